"""A full disk, a folder where a file should go, a commit that fails: the window says what happened in the app's
words (the same as the command line) and leaves no half file and no half record."""

from __future__ import annotations

import errno
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import event
from sqlalchemy.orm import Session

from app import files
from app.desk import Actor, Desk, Work
from app.errors import Conflict
from app.tenancy import labels
from db import attachment_store
from tests.ui.dossier.test_dossier import (
    below_rows,
    click_row,
    drop_files,
    make_pdf,
    open_dossier,
    row_where,
    wait_shown,
)
from tests.unit.unit_support import fill_the_disk_for_pdfs, fill_the_disk_for_scans, stored_files
from ui import messages
from ui.building import new_building_dialog
from ui.building.new_building_dialog import NewBuildingDialog
from ui.dossier.document_dialog import DocumentDialog
from ui.dossier.view import DossierPage
from ui.main_window import MainWindow
from ui.printing.print_preview import PrintoutBuilder, PrintPreviewDialog
from ui.tenancy import TenancyMenu
from ui.tenancy.labels_dialog import TO_REPRINT

pytestmark = pytest.mark.qt

FULL = "The disk is full"


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages the window would show, captured instead of shown."""
    captured: list[str] = []
    monkeypatch.setattr(messages, "tell", lambda _parent, text, **_kwargs: captured.append(text))
    return captured


@pytest.fixture
def page(window: MainWindow, qtbot: QtBot) -> DossierPage:
    return open_dossier(window, qtbot)


@pytest.fixture
def preview(qtbot: QtBot, tmp_path: Path) -> PrintPreviewDialog:
    dialog = PrintPreviewDialog(make_pdf(tmp_path / "made.pdf", 2), "Test")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_saving_a_printout_onto_a_full_disk_says_so_and_leaves_nothing(
    preview: PrintPreviewDialog, tmp_path: Path, told: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    delivered: list[bool] = []
    preview.delivered.connect(lambda: delivered.append(True))

    def half_then_full(src: BinaryIO, dst: BinaryIO, _size: int = 0) -> None:
        dst.write(src.read(1000))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.shutil, "copyfileobj", half_then_full)
    assert not preview.save_copy(out / "saved.pdf")
    assert told == [f"{FULL}: {out / 'saved.pdf'} was not written. Free some space or choose another disk."]
    assert list(out.iterdir()) == [] and not delivered
    monkeypatch.undo()
    assert preview.save_copy(out / "saved.pdf") and delivered == [True]
    assert (out / "saved.pdf").read_bytes() == preview.pdf.read_bytes()


def test_saving_a_printout_onto_a_folder_says_so(preview: PrintPreviewDialog, tmp_path: Path, told: list[str]) -> None:
    folder = tmp_path / "looks like a file.pdf"
    folder.mkdir()
    assert not preview.save_copy(folder)
    assert told == [f"{folder} is a folder; give the name of a file."]
    assert list(folder.iterdir()) == []


def test_a_printout_built_onto_a_full_disk_says_so(
    qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor, told: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    host = QLabel()
    qtbot.addWidget(host)
    builder = PrintoutBuilder(demo_desk, demo_clerk, host)
    fill_the_disk_for_pdfs(monkeypatch)

    def build(work: Work, target: Path) -> None:
        labels.print_labels(work, labels.labels_for(work), target, record=False)

    assert builder.build(build, "labels.pdf", "Labels")
    qtbot.waitUntil(lambda: not builder.busy(), timeout=20000)
    assert builder.preview is None
    assert len(told) == 1 and told[0].startswith("The printout could not be made: The disk is full: ")
    assert [p.name for p in Path(builder._folder.name).iterdir()] == []  # no half PDF, no temporary file
    builder.cleanup()


@contextmanager
def commits_refused() -> Iterator[None]:
    """Every commit is refused with an app error, as when another desk holds the file too long."""

    def busy(_session: Session) -> None:
        raise Conflict("Another desk is saving; try again.")

    event.listen(Session, "before_commit", busy)
    try:
        yield
    finally:
        event.remove(Session, "before_commit", busy)


def test_labels_saved_while_the_record_cannot_be_committed_leave_no_pdf(
    window: MainWindow, qtbot: QtBot, demo_desk: Desk, tmp_path: Path, told: list[str]
) -> None:
    dialog = window.part(TenancyMenu).print_labels()
    qtbot.mouseClick(dialog.scope_buttons[TO_REPRINT], Qt.MouseButton.LeftButton)
    with demo_desk.work(None) as work:
        waiting = labels.label_check(work)
    assert waiting, "the demo has labels to print"
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    preview = wait_shown(qtbot, dialog, PrintPreviewDialog)
    target = tmp_path / "out" / "labels.pdf"
    with commits_refused():
        assert not preview.save_copy(target)
    assert told == ["Another desk is saving; try again."]
    assert not target.parent.exists() or list(target.parent.iterdir()) == []
    with demo_desk.work(None) as work:
        assert labels.label_check(work) == waiting  # still to print: nothing recorded, no PDF to be fooled by
    assert preview.save_copy(target)
    assert target.read_bytes() == preview.pdf.read_bytes()
    with demo_desk.work(None) as work:
        assert labels.label_check(work) == []
    preview.reject()
    dialog.reject()


def test_a_scan_saved_onto_a_full_disk_is_not_recorded_and_the_dialog_says_why(
    page: DossierPage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before_rows = page.documents.rowCount()
    before_files = stored_files(page.desk)
    scan = make_pdf(tmp_path / "Landlord letter.pdf", 3)
    drop_files(qtbot, page.documents_table, [scan], below_rows(page.documents_table))
    dialog = wait_shown(qtbot, page, DocumentDialog)
    fill_the_disk_for_scans(monkeypatch)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "error:general")
    assert error is not None
    qtbot.waitUntil(error.isVisible)
    assert error.text().startswith(FULL) and "Landlord letter.pdf" in error.text()
    assert dialog.isVisible()  # the clerk may free some space and save again
    assert page.documents.rowCount() == before_rows
    assert stored_files(page.desk) == before_files
    monkeypatch.undo()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.documents.rowCount() == before_rows + 1)


def test_opening_a_scan_onto_a_full_disk_says_so(
    page: DossierPage, qtbot: QtBot, told: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    row = row_where(page, lambda d: bool(d.attachments))
    click_row(qtbot, page, row)

    def copy_onto_a_full_disk(_source: Path, _target: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(attachment_store.shutil, "copyfile", copy_onto_a_full_disk)
    qtbot.mouseClick(page.documents_section.preview.open_button, Qt.MouseButton.LeftButton)
    assert len(told) == 1 and told[0].startswith(FULL)


def test_a_new_building_that_cannot_be_made_leaves_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "a-file").write_text("x")
    dialog = NewBuildingDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.file_edit, str(folder / "a-file" / "new.db"))
    dialog.name_edit.setText("新大厦")
    qtbot.keyClicks(dialog.password_edit, "admin-pass-1")
    qtbot.keyClicks(dialog.repeat_edit, "admin-pass-1")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "error:file")
    assert error is not None and error.isVisible() and "a part of its path is a file" in error.text()
    assert dialog.desk is None
    assert [p.name for p in folder.iterdir()] == ["a-file"]


def test_a_new_building_is_put_in_place_only_when_complete(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def the_power_fails(*_args: object, **_kwargs: object) -> None:
        raise Conflict("The power failed.")  # after the administrator, before the building

    monkeypatch.setattr(new_building_dialog, "create_building", the_power_fails)
    dialog = NewBuildingDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    folder = tmp_path / "out"
    folder.mkdir()
    qtbot.keyClicks(dialog.file_edit, str(folder / "new.db"))
    dialog.name_edit.setText("新大厦")
    qtbot.keyClicks(dialog.password_edit, "admin-pass-1")
    qtbot.keyClicks(dialog.repeat_edit, "admin-pass-1")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.desk is None
    assert list(folder.iterdir()) == []  # no file with an administrator and no building; the name is free
    monkeypatch.undo()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.desk is not None
    assert sorted(p.name for p in folder.iterdir()) == ["new.db"]
    dialog.desk.close()
    shutil.rmtree(folder)
