"""The scan inbox in the window (issue 21): a stack the copier drops into the watched folder appears in the Inbox list
within seconds, prefilled from its cover, is filed with one action, and the dossier shows the new document with its
scan; a stack without a cover waits for the clerk to choose the dossier; a refusal is said in the window and the
bundle stays; with the setting on, a readable cover files itself."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.archive import archive_settings
from app.desk import Actor, Desk
from app.dossier import read_dossier
from app.inbox import CoverCode, change_inbox_settings, titles_used
from app.people.users import log_in
from db.models import Customer, Dossier, Tenancy
from tests.conftest import PASSWORD
from tests.unit.inbox.stacks import cover_page, save_jpegs, save_pdf, text_page
from ui.dossier.view import DossierPage
from ui.inbox import InboxMenu, InboxWindow
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt

APPEARS_MS = 15_000  # "within a few seconds": 3 s to settle, a look, the pages read


def live_dossier(desk: Desk) -> tuple[int, str, str]:
    with desk.read(None) as work:
        row = work.session.execute(
            select(Dossier.id, Dossier.number, Customer.name)
            .join(Tenancy, Tenancy.id == Dossier.tenancy_id)
            .join(Customer, Customer.id == Tenancy.customer_id)
            .where(Dossier.status == "live")
            .order_by(Dossier.number)
            .limit(1)
        ).one()
    return row[0], row[1], row[2]


def watch_folder(desk: Desk, actor: Actor, folder: Path, *, files_itself: bool = False) -> None:
    supervisor = log_in(desk, "supervisor", PASSWORD)
    with desk.work(supervisor) as work:
        change_inbox_settings(work, folder=folder, files_itself=files_itself)


@pytest.fixture
def inbox_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "扫描 收件箱"
    folder.mkdir()
    return folder


def open_inbox(window: MainWindow, qtbot: QtBot) -> InboxWindow:
    part = window.part(InboxMenu)
    part.watcher.configure()
    inbox_window = part.show_inbox()
    qtbot.waitExposed(inbox_window)
    return inbox_window


def drop(stack_dir: Path, inbox: Path, name: str) -> Path:
    """The copier writes the job elsewhere and it lands whole (a share's rename), as most copiers do."""
    target = inbox / name
    shutil.move(str(stack_dir), str(target))
    return target


def test_a_dropped_stack_is_listed_filed_and_shown_in_its_dossier(
    window: MainWindow,
    qtbot: QtBot,
    demo_desk: Desk,
    demo_clerk: Actor,
    inbox_folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dossier_id, number, customer = live_dossier(demo_desk)
    watch_folder(demo_desk, demo_clerk, inbox_folder)
    inbox_window = open_inbox(window, qtbot)
    assert str(inbox_folder) in inbox_window.folder_label.text()
    assert inbox_window.model.rowCount() == 0

    pages = [
        cover_page(CoverCode(number, "move_in", None, "租赁合同"), angle=3, noise=0.001),
        text_page("lease page one", angle=-3, noise=0.001),
        text_page("lease page two"),
    ]
    save_pdf(pages, tmp_path / "job.pdf")
    drop(tmp_path / "job.pdf", inbox_folder, "SCAN0001.pdf")

    qtbot.waitUntil(lambda: inbox_window.model.rowCount() == 1, timeout=APPEARS_MS)
    assert inbox_window.table.currentIndex().row() == 0
    model = inbox_window.model
    assert [model.index(0, c).data() for c in (0, 1, 3)] == ["SCAN0001.pdf", number, 2]
    # Prefilled from the cover and the category's defaults: a move-in paper is the customer's original.
    assert inbox_window.dossier_number() == number
    assert inbox_window.category_box.currentData() == "move_in"
    assert inbox_window.title_edit.text() == "租赁合同"
    assert inbox_window.original_box.isChecked()
    assert inbox_window.issuer_edit.text() == customer
    assert inbox_window.pages.count() == 3  # the cover and two pages
    qtbot.waitUntil(lambda: not inbox_window.pages.item(1).icon().isNull())  # thumbnails drawn off the UI thread
    viewed: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: viewed.append(url.toLocalFile()) or True)
    qtbot.mouseClick(inbox_window.view_button, Qt.MouseButton.LeftButton)  # the pages to be filed, read first
    qtbot.waitUntil(lambda: bool(viewed))
    assert len(PdfReader(viewed[0]).pages) == 2 and Path(viewed[0]).parent != inbox_folder

    qtbot.mouseClick(inbox_window.file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox_window.model.rowCount() == 0, timeout=APPEARS_MS)
    qtbot.waitUntil(lambda: (inbox_folder / "processed" / "SCAN0001.pdf").is_file(), timeout=APPEARS_MS)
    assert not (inbox_folder / "SCAN0001.pdf").exists()
    assert number in inbox_window.status_label.text()

    qtbot.mouseClick(inbox_window.open_button, Qt.MouseButton.LeftButton)
    page = window.workspace.currentWidget()
    assert isinstance(page, DossierPage) and page.dossier_id == dossier_id
    assert inbox_window.last_document is not None
    document_id = inbox_window.last_document[1]
    qtbot.waitUntil(lambda: page.documents.row_of(document_id) >= 0)
    document = page.documents.row(page.documents.row_of(document_id))
    assert document.title == "租赁合同" and document.category == "move_in" and document.is_original
    assert document.issuer == customer and document.pages == 2  # the cover is left out
    assert len(document.attachments) == 1


def test_a_stack_without_cover_waits_for_the_clerk_to_choose_the_dossier(
    window: MainWindow, qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor, inbox_folder: Path, tmp_path: Path
) -> None:
    dossier_id, number, _customer = live_dossier(demo_desk)
    watch_folder(demo_desk, demo_clerk, inbox_folder, files_itself=True)  # nothing to file by itself: no cover
    inbox_window = open_inbox(window, qtbot)
    stack = tmp_path / "stack"
    stack.mkdir()
    save_jpegs([text_page("a letter"), text_page("its second page")], stack, stem="IMG")
    for image in sorted(stack.iterdir()):
        shutil.move(str(image), str(inbox_folder / image.name))
    qtbot.waitUntil(lambda: inbox_window.model.rowCount() == 1, timeout=APPEARS_MS)
    assert inbox_window.model.index(0, 1).data() == "No cover"
    assert inbox_window.model.index(0, 5).data() == "Choose the dossier"
    assert inbox_window.dossier_number() == ""

    qtbot.mouseClick(inbox_window.file_button, Qt.MouseButton.LeftButton)  # no dossier yet: said, nothing filed
    qtbot.waitUntil(lambda: inbox_window.error_label.isVisible())
    assert "dossier" in inbox_window.error_label.text()
    assert inbox_window.model.rowCount() == 1 and inbox_window.dossier_box.hasFocus()

    inbox_window.dossier_box.setEditText(number)
    inbox_window.category_box.setCurrentIndex(inbox_window.category_box.findData("correspondence"))
    inbox_window.title_edit.setText("业主来函")
    qtbot.keyClick(inbox_window.title_edit, Qt.Key.Key_Return)  # Enter files it
    qtbot.waitUntil(lambda: inbox_window.model.rowCount() == 0, timeout=APPEARS_MS)
    qtbot.waitUntil(lambda: len(list((inbox_folder / "processed").glob("IMG*.jpg"))) == 2, timeout=APPEARS_MS)
    with demo_desk.read(None) as work:
        filed = [d for d in read_dossier(work, dossier_id).documents if d.title == "业主来函"]
    assert len(filed) == 1 and filed[0].pages == 2 and filed[0].category == "correspondence"


def test_a_refusal_is_said_and_the_bundle_stays(
    window: MainWindow, qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor, inbox_folder: Path, tmp_path: Path
) -> None:
    watch_folder(demo_desk, demo_clerk, inbox_folder)
    inbox_window = open_inbox(window, qtbot)
    save_pdf([cover_page(CoverCode("NO-SUCH-1", "correspondence", None, "")), text_page("x")], tmp_path / "a.pdf")
    drop(tmp_path / "a.pdf", inbox_folder, "a.pdf")
    qtbot.waitUntil(lambda: inbox_window.model.rowCount() == 1, timeout=APPEARS_MS)
    qtbot.mouseClick(inbox_window.file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox_window.error_label.isVisible())
    assert "NO-SUCH-1" in inbox_window.error_label.text()
    assert inbox_window.model.rowCount() == 1 and (inbox_folder / "a.pdf").is_file()


def test_with_the_setting_on_a_readable_cover_files_itself(
    window: MainWindow, qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor, inbox_folder: Path, tmp_path: Path
) -> None:
    dossier_id, number, _customer = live_dossier(demo_desk)
    watch_folder(demo_desk, demo_clerk, inbox_folder, files_itself=True)
    part = window.part(InboxMenu)
    part.watcher.configure()  # no Inbox window open: the watcher works for the whole window
    save_pdf(
        [cover_page(CoverCode(number, "fees_deposits", None, "押金收据")), text_page("receipt")], tmp_path / "r.pdf"
    )
    drop(tmp_path / "r.pdf", inbox_folder, "receipt.pdf")
    qtbot.waitUntil(lambda: (inbox_folder / "processed" / "receipt.pdf").is_file(), timeout=APPEARS_MS)
    qtbot.waitUntil(lambda: "filed" in window.statusBar().currentMessage())  # said once the job has ended
    with demo_desk.read(None) as work:
        filed = [d for d in read_dossier(work, dossier_id).documents if d.title == "押金收据"]
        office = archive_settings(work).fonds_name
    assert len(filed) == 1 and not filed[0].is_original and filed[0].category == "fees_deposits"
    assert filed[0].issuer == office  # the office that keeps the record issued the receipt


def test_an_unreadable_file_is_set_aside_with_a_note(
    window: MainWindow, qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor, inbox_folder: Path, tmp_path: Path
) -> None:
    watch_folder(demo_desk, demo_clerk, inbox_folder)
    inbox_window = open_inbox(window, qtbot)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\nthis is not a PDF at all\n%%EOF\n")
    drop(broken, inbox_folder, "SCAN0002.pdf")
    moved = inbox_folder / "unreadable" / "SCAN0002.pdf"
    qtbot.waitUntil(moved.is_file, timeout=APPEARS_MS)
    note = moved.with_name("SCAN0002.pdf.txt")
    assert note.is_file() and note.read_text(encoding="utf-8").strip()
    assert inbox_window.model.rowCount() == 0 and not (inbox_folder / "SCAN0002.pdf").exists()


def test_titles_the_desk_gives_the_category_are_offered_to_pick(
    window: MainWindow, qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor, inbox_folder: Path, tmp_path: Path
) -> None:
    _dossier_id, number, _customer = live_dossier(demo_desk)
    with demo_desk.read(None) as work:
        used = titles_used(work, "correspondence")
    assert used, "the demo has correspondence with titles"
    watch_folder(demo_desk, demo_clerk, inbox_folder)
    inbox_window = open_inbox(window, qtbot)
    save_pdf([cover_page(CoverCode(number, "correspondence", None, "")), text_page("a letter")], tmp_path / "l.pdf")
    drop(tmp_path / "l.pdf", inbox_folder, "letter.pdf")
    qtbot.waitUntil(lambda: inbox_window.model.rowCount() == 1, timeout=APPEARS_MS)
    assert inbox_window.titles.stringList() == used
    qtbot.mouseClick(inbox_window.titles_button, Qt.MouseButton.LeftButton)
    popup = inbox_window.title_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().rowCount() == len(used)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    inbox_window.category_box.setCurrentIndex(inbox_window.category_box.findData("fit_out"))
    with demo_desk.read(None) as work:
        assert inbox_window.titles.stringList() == titles_used(work, "fit_out")


def test_a_scan_gone_before_it_is_filed_is_said_and_the_window_goes_on(
    window: MainWindow, qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor, inbox_folder: Path, tmp_path: Path
) -> None:
    """The share went offline (or another program took the file) between the look and the click: not an error of the
    record, but the clerk reads what happened and may go on filing."""
    _dossier_id, number, _customer = live_dossier(demo_desk)
    watch_folder(demo_desk, demo_clerk, inbox_folder)
    inbox_window = open_inbox(window, qtbot)
    save_pdf([cover_page(CoverCode(number, "correspondence", None, "来函")), text_page("x")], tmp_path / "g.pdf")
    drop(tmp_path / "g.pdf", inbox_folder, "gone.pdf")
    qtbot.waitUntil(lambda: inbox_window.model.rowCount() == 1, timeout=APPEARS_MS)
    window.part(InboxMenu).watcher.stop()  # no look meanwhile: the list still shows the file
    (inbox_folder / "gone.pdf").unlink()
    qtbot.mouseClick(inbox_window.file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox_window.error_label.isVisible())
    assert "gone.pdf" in inbox_window.error_label.text()
    assert inbox_window.file_button.isEnabled() and inbox_window.model.index(0, 5).data() != "To file"
    with demo_desk.read(None) as work:
        assert not [d for d in read_dossier(work, _dossier_id).documents if d.title == "来函"]
