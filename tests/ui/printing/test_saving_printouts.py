"""Saving or building a printout onto a full disk or a folder: the app's words (the same as the command line), and
no half file, no temporary file."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import BinaryIO

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app import archive, files
from app.desk import Actor, Desk, Work
from tests.ui.dossier.test_dossier import make_pdf
from tests.unit.unit_support import fill_the_disk_for_pdfs
from ui.printing.print_preview import PrintoutBuilder, PrintPreviewDialog

pytestmark = pytest.mark.qt

FULL = "The disk is full"


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

    with demo_desk.read(None) as work:
        year = archive.boxes(work)[0].year

    def build(work: Work, target: Path) -> None:
        archive.print_year_directory(work, year, target)

    assert builder.build(build, "year.pdf", "Year")
    qtbot.waitUntil(lambda: not builder.busy(), timeout=20000)
    assert builder.preview is None
    assert len(told) == 1 and told[0].startswith("The printout could not be made: The disk is full: ")
    assert [p.name for p in Path(builder._folder.name).iterdir()] == []  # no half PDF, no temporary file
    builder.cleanup()
