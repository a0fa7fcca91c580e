"""The dossier page opened from the main window, clicked through like a clerk would.

Documents: drop a scan, see it on top, filter by category, edit a working copy, be refused on
an original, trash, refile several; Contacts with checks as you type; History; the preview.
"""

from __future__ import annotations

import errno
import re
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from app.approvals import ApprovalKind
from app.dossier.categories import BY_CODE
from app.dossier.documents import DocumentRow, trash_documents
from app.people.users import log_in
from db import attachment_store
from tests.conftest import PASSWORD
from tests.ui.archive.test_archive_ui import wait_preview
from tests.ui.dossier.consent_support import approved_beforehand
from tests.unit.unit_support import fill_the_disk_for_scans, stored_files
from ui.building.floor_view import CARD_ROLE
from ui.dossier.contact_dialog import ContactDialog
from ui.dossier.document_dialog import DocumentDialog, RefileDialog
from ui.dossier.history_dialog import DocumentHistoryDialog
from ui.dossier.models import DocumentsModel
from ui.dossier.scan_preview import ScanPreview
from ui.dossier.trash_dialog import TrashDialog
from ui.dossier.view import DossierPage
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt

W = TypeVar("W", bound=QWidget)


# -- helpers shared by the dossier tests --------------------------------------------------------------


def make_pdf(path: Path, pages: int) -> Path:
    """A real PDF of ``pages`` A4 pages, as a scanner would leave one."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for page in range(pages):
        pdf.drawString(72, 720, f"Scanned page {page + 1}")
        pdf.showPage()
    pdf.save()
    return path


def make_png(path: Path) -> Path:
    image = QImage(60, 80, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    assert image.save(str(path))
    return path


def open_dossier(window: MainWindow, qtbot: QtBot) -> DossierPage:
    """Walk the floors by keyboard to an occupied unit and open it with Enter."""
    for _ in range(window.floors_page.floor_tabs.count()):
        grid = window.current_grid()
        assert grid is not None
        model = grid.card_model()
        rows = [r for r in range(model.rowCount()) if model.card(r).dossier_id and model.card(r).customer]
        if rows:
            grid.setCurrentIndex(model.index(rows[0], 0))
            grid.setFocus()
            qtbot.keyClick(grid, Qt.Key.Key_Return)
            page = window.workspace.currentWidget()
            assert isinstance(page, DossierPage)
            assert page.dossier_id == model.index(rows[0], 0).data(CARD_ROLE).dossier_id
            return page
        qtbot.keyClick(grid, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    raise AssertionError("no occupied unit in the demo")


def shown(parent: QWidget, kind: type[W]) -> W | None:
    """The visible widget of ``kind`` under ``parent`` (an open dialog or message box)."""
    found = [w for w in parent.findChildren(kind) if w.isVisible()]
    return found[-1] if found else None


def wait_shown(qtbot: QtBot, parent: QWidget, kind: type[W]) -> W:
    qtbot.waitUntil(lambda: shown(parent, kind) is not None)
    widget = shown(parent, kind)
    assert widget is not None
    return widget


def drop_files(qtbot: QtBot, view: QAbstractItemView, files: list[Path], pos: QPoint) -> None:
    """What a real drop delivers to the view's viewport: enter, then drop, with file URLs."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(pos, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(pos), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), drop)
    assert drop.isAccepted()


def below_rows(view: QAbstractItemView) -> QPoint:
    """A point of the list that is not on a document (the empty area, else the very bottom edge)."""
    model = view.model()
    last = view.visualRect(model.index(model.rowCount() - 1, 0))
    y = min(last.bottom() + 5, view.viewport().height() - 2)
    if view.indexAt(QPoint(10, y)).isValid():
        view.scrollToBottom()
        last = view.visualRect(model.index(model.rowCount() - 1, 0))
        y = last.bottom() + 2
    return QPoint(10, y)


def click_row(qtbot: QtBot, page: DossierPage, row: int, modifier: Qt.KeyboardModifier | None = None) -> None:
    table = page.documents_table
    table.scrollTo(page.documents.index(row, 0))
    pos = table.visualRect(page.documents.index(row, DocumentsModel.TITLE)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier or Qt.KeyboardModifier.NoModifier, pos)


def row_where(page: DossierPage, test: Callable[[DocumentRow], bool]) -> int:
    rows = [r for r in range(page.documents.rowCount()) if test(page.documents.row(r))]
    assert rows, "no such document in the demo dossier"
    return rows[0]


def reactivate(qtbot: QtBot, widget: QWidget) -> None:
    """The offscreen platform gives no window the focus back after a message box closes; a desktop does."""
    qtbot.waitUntil(lambda: shown(widget.window(), QMessageBox) is None)
    widget.window().activateWindow()
    qtbot.waitUntil(lambda: widget.window().isActiveWindow())


def tool_button(toolbar_owner: QWidget, text: str) -> QToolButton:
    for button in toolbar_owner.findChildren(QToolButton):
        if button.defaultAction() is not None and button.defaultAction().text() == text:
            return button
    raise AssertionError(f"no button {text!r}")


@pytest.fixture
def page(window: MainWindow, qtbot: QtBot) -> DossierPage:
    window.resize(1366, 768)  # the usual desk: wide enough for the scan preview beside the list
    return open_dossier(window, qtbot)


# -- documents ----------------------------------------------------------------------------------------


def test_opens_on_documents_newest_first_with_counts(page: DossierPage) -> None:
    assert page.sections.currentWidget() is page.documents_section
    rows = page.documents.rows()
    assert rows and [r.doc_date for r in rows] == sorted((r.doc_date for r in rows), reverse=True)  # R4
    categories = page.documents_section.categories
    assert categories.rowCount() == 1 + len(BY_CODE)  # "All" and every category
    assert categories.count(None) == len(rows)
    assert page.documents_table.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection
    # Newest first (R4) until the clerk clicks another column's header: the indicator says so.
    header = page.documents_table.horizontalHeader()
    assert page.documents_table.isSortingEnabled()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        DocumentsModel.DATE,
        Qt.SortOrder.DescendingOrder,
    )
    assert page.documents_section.selected() == [rows[0]]  # the newest, previewed


def test_dropped_pdf_becomes_newest_document_with_its_pages(page: DossierPage, qtbot: QtBot, tmp_path: Path) -> None:
    section = page.documents_section
    before = section.categories.count("correspondence")
    scan = make_pdf(tmp_path / "Landlord letter.pdf", 3)
    drop_files(qtbot, page.documents_table, [scan], below_rows(page.documents_table))
    dialog = wait_shown(qtbot, page, DocumentDialog)
    assert dialog.pages_spin.value() == 3  # counted from the file
    assert dialog.title_edit.text() == "Landlord letter"
    assert dialog.save_button.isEnabled()
    dialog.category_box.setCurrentIndex(dialog.category_box.findData("correspondence"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.documents.row(0).title == "Landlord letter")
    top = page.documents.row(0)
    assert top.pages == 3 and len(top.attachments) == 1
    assert section.categories.count("correspondence") == before + 1
    assert section.selected() == [top]  # the new document is selected and previewed
    preview = section.preview
    qtbot.waitUntil(lambda: preview.stack.currentIndex() == ScanPreview.PDF)
    assert preview.page_count() == 3
    assert "3" in preview.info.text()


def test_a_bad_file_is_named_and_nothing_opens(
    page: DossierPage, qtbot: QtBot, tmp_path: Path, told: list[str]
) -> None:
    bad = tmp_path / "notes.pdf"
    bad.write_text("not really a pdf")
    drop_files(qtbot, page.documents_table, [bad], below_rows(page.documents_table))
    assert told and "notes.pdf" in told[0]
    assert shown(page, DocumentDialog) is None


def test_scans_dropped_on_a_document_are_attached(page: DossierPage, qtbot: QtBot, tmp_path: Path) -> None:
    row = row_where(page, lambda d: not d.is_original)
    document = page.documents.row(row)
    approved_beforehand(page.desk, page.actor, document.id, ApprovalKind.EDIT_WORKING_COPY)  # R9
    table = page.documents_table
    table.scrollTo(page.documents.index(row, 0))
    on_row = table.visualRect(page.documents.index(row, 2)).center()
    drop_files(qtbot, table, [make_png(tmp_path / "photo.png")], on_row)
    question = wait_shown(qtbot, page, QMessageBox)
    assert "photo.png" in question.text() and document.title in question.text()
    attach = next(b for b in question.findChildren(QPushButton) if b.text() == "Attach")
    qtbot.mouseClick(attach, Qt.MouseButton.LeftButton)

    def attached() -> bool:
        index = page.documents.row_of(document.id)
        return index >= 0 and len(page.documents.row(index).attachments) == len(document.attachments) + 1

    qtbot.waitUntil(attached)
    updated = page.documents.row(page.documents.row_of(document.id))
    assert updated.pages == document.pages + 1  # a working copy's page count grows by the scan's pages
    assert page.documents_section.selected() == [updated]
    preview = page.documents_section.preview
    preview.selector.setCurrentIndex(preview.selector.count() - 1)
    qtbot.waitUntil(lambda: preview.stack.currentIndex() == ScanPreview.IMAGE)  # decoded off the UI thread
    assert not preview.image_view.pixmap().isNull()


def test_side_list_filters_by_category(page: DossierPage, qtbot: QtBot) -> None:
    section = page.documents_section
    code = page.documents.row(0).category
    expected = [d for d in page.documents.rows() if d.category == code]
    index = section.categories.index(section.categories.row_of(code), 0)
    where = section.category_list.visualRect(index).center()
    qtbot.mouseClick(section.category_list.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert section.current_category() == code
    assert page.documents.rows() == expected  # the same rows, in the app's order
    assert section.categories.count(code) == len(expected)
    qtbot.mouseClick(
        section.category_list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=section.category_list.visualRect(section.categories.index(0, 0)).center(),
    )
    assert page.documents.rowCount() == section.categories.count(None)


def test_edit_a_working_copy(page: DossierPage, qtbot: QtBot) -> None:
    row = row_where(page, lambda d: not d.is_original)
    document = page.documents.row(row)
    approved_beforehand(page.desk, page.actor, document.id, ApprovalKind.EDIT_WORKING_COPY)  # R9
    click_row(qtbot, page, row)
    page.documents_table.setFocus()
    qtbot.keyClick(page.documents_table, Qt.Key.Key_Return)
    dialog = wait_shown(qtbot, page, DocumentDialog)
    assert dialog.title_edit.text() == document.title and not dialog.read_only
    dialog.title_edit.clear()
    assert not dialog.save_button.isEnabled()
    error = dialog.errors["document.title"]
    assert error.isVisible() and error.text()  # said beside the field
    qtbot.keyClicks(dialog.title_edit, "Revised lease copy")
    assert dialog.save_button.isEnabled() and not error.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.documents.row(page.documents.row_of(document.id)).title == "Revised lease copy")


def test_an_original_opens_read_only_with_why_and_its_edit_is_greyed(page: DossierPage, qtbot: QtBot) -> None:
    row = row_where(page, lambda d: d.is_original)
    original = page.documents.row(row)
    click_row(qtbot, page, row)
    section = page.documents_section
    for action in (section.trash_action, section.attach_action):
        assert not action.isEnabled() and "never changed" in action.toolTip()  # greyed, and says why
    assert section.edit_action.isEnabled() and "never changed" in section.edit_action.toolTip()
    page.documents_table.setFocus()
    qtbot.keyClick(page.documents_table, Qt.Key.Key_Return)  # Enter shows it, read-only
    details = wait_shown(qtbot, page, DocumentDialog)
    assert details.document == original and details.read_only
    note = details.findChild(QWidget, "original-note")
    assert note is not None and note.isVisible() and "typo" in note.text()
    assert details.title_edit.isReadOnly() and not details.save_button.isVisible()
    assert details.correct_button.isVisible() and details.correct_button.isEnabled()
    assert details.history_button.isVisible()
    details.reject()


def test_trash_a_working_copy_but_not_an_original(page: DossierPage, qtbot: QtBot, told: list[str]) -> None:
    section = page.documents_section
    row = row_where(page, lambda d: not d.is_original)
    document = page.documents.row(row)
    total = section.categories.count(None)
    approved_beforehand(page.desk, page.actor, document.id, ApprovalKind.TRASH_WORKING_COPY)  # R9
    click_row(qtbot, page, row)
    page.documents_table.setFocus()
    qtbot.keyClick(page.documents_table, Qt.Key.Key_Delete)
    question = wait_shown(qtbot, page, QMessageBox)
    assert document.title in question.text()
    confirm = next(b for b in question.findChildren(QPushButton) if b.text() == "Move to trash")
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.documents.row_of(document.id) < 0)
    assert section.categories.count(None) == total - 1
    reactivate(qtbot, page)

    original = row_where(page, lambda d: d.is_original)
    working = row_where(page, lambda d: not d.is_original)
    names = {page.documents.row(original).title}
    click_row(qtbot, page, original)
    click_row(qtbot, page, working, Qt.KeyboardModifier.ControlModifier)
    assert len(section.selected()) == 2
    assert not section.trash_action.isEnabled() and "never changed" in section.trash_action.toolTip()
    page.documents_table.setFocus()
    qtbot.keyClick(page.documents_table, Qt.Key.Key_Delete)
    assert told == [] and shown(page, QMessageBox) is None  # greyed: Delete does nothing
    section._trash(section.selected())  # and were it reached anyway, the app refuses, naming the original
    assert told and any(name in told[0] for name in names) and "never changed" in told[0]
    assert section.categories.count(None) == total - 1  # nothing moved


def test_a_trashed_document_is_restored_from_the_trash_dialog(page: DossierPage, qtbot: QtBot, told: list[str]) -> None:
    section = page.documents_section
    document = page.documents.row(row_where(page, lambda d: not d.is_original))
    total = section.categories.count(None)
    with page.desk.work(log_in(page.desk, "manager", PASSWORD)) as work:
        trash_documents(work, [document.id], reason="重复")
    qtbot.waitUntil(lambda: section.categories.count(None) == total - 1)
    approved_beforehand(page.desk, page.actor, document.id, ApprovalKind.TRASH_WORKING_COPY)  # to restore it

    section.trash_view_action.trigger()
    dialog = wait_shown(qtbot, page, TrashDialog)
    assert [r.title for r in dialog.model.rows()] == [document.title]
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 0 and dialog.empty.isVisible()
    qtbot.waitUntil(lambda: page.documents.row_of(document.id) >= 0)
    assert section.categories.count(None) == total
    assert told == []
    dialog.close()


def test_bulk_change_of_location(page: DossierPage, qtbot: QtBot) -> None:
    click_row(qtbot, page, 0)
    click_row(qtbot, page, 1, Qt.KeyboardModifier.ControlModifier)
    ids = {d.id for d in page.documents_section.selected()}
    assert len(ids) == 2
    page.documents_table.setFocus()
    qtbot.keyClick(page.documents_table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = wait_shown(qtbot, page, RefileDialog)
    assert not dialog.save_button.isEnabled()  # nothing chosen yet
    box = dialog.change_location
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # on the box itself
    dialog.location_edit.clear()
    qtbot.keyClicks(dialog.location_edit, "Cabinet 9, shelf 1")
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    def refiled() -> bool:
        return {d.paper_location for d in page.documents.rows() if d.id in ids} == {"Cabinet 9, shelf 1"}

    qtbot.waitUntil(refiled)
    assert {d.id for d in page.documents_section.selected()} == ids  # still selected after the refresh


def test_ctrl_n_opens_an_empty_new_document(page: DossierPage, qtbot: QtBot) -> None:
    page.documents_table.setFocus()
    qtbot.keyClick(page.documents_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = wait_shown(qtbot, page, DocumentDialog)
    assert dialog.title_edit.text() == "" and not dialog.save_button.isEnabled()
    assert dialog.date_edit.calendarPopup()
    dialog.reject()


def test_open_with_system_viewer_uses_a_copy(
    page: DossierPage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    row = row_where(page, lambda d: bool(d.attachments))
    click_row(qtbot, page, row)
    document = page.documents.row(row)
    qtbot.mouseClick(page.documents_section.preview.open_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    path = Path(opened[0].toLocalFile())
    assert path.is_file() and path.name == Path(document.attachments[0].original_name).name
    assert page.desk.store.root not in path.parents  # never the stored file itself


# -- contacts and history -----------------------------------------------------------------------------


def test_add_contact_checks_as_you_type(page: DossierPage, qtbot: QtBot) -> None:
    page.sections.tabBar().setCurrentIndex(DossierPage.CONTACTS)
    count = page.contacts.rowCount()
    qtbot.mouseClick(tool_button(page, page.add_contact_action.text()), Qt.MouseButton.LeftButton)
    dialog = wait_shown(qtbot, page, ContactDialog)
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Li")
    dialog.name_edit.clear()
    error = dialog.errors["contact.name"]
    assert error.isVisible() and error.text()  # beside the field
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Li Lei")
    assert not error.isVisible()
    qtbot.keyClicks(dialog.phone_edit, "1")
    dialog.phone_edit.clear()
    assert dialog.errors["contact.phone"].isVisible()  # a phone or a mobile is needed
    qtbot.keyClicks(dialog.mobile_edit, "13800138000")
    emergency = dialog.emergency_box
    qtbot.mouseClick(emergency, Qt.MouseButton.LeftButton, pos=QPoint(8, emergency.height() // 2))
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.contacts.rowCount() == count + 1)
    added = next(c for c in page.contacts.rows() if c.name == "Li Lei")
    assert added.is_emergency and added.mobile == "13800138000"
    assert "(" in page.sections.tabText(DossierPage.CONTACTS)


def test_history_lists_the_edits(page: DossierPage, qtbot: QtBot) -> None:
    row = row_where(page, lambda d: not d.is_original)
    document = page.documents.row(row)
    approved_beforehand(page.desk, page.actor, document.id, ApprovalKind.EDIT_WORKING_COPY)  # R9
    click_row(qtbot, page, row)
    dialog = page.documents_section.edit_selected()
    assert dialog is not None
    dialog.title_edit.setText("Checked title")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.documents.row(page.documents.row_of(document.id)).title == "Checked title")
    page.sections.tabBar().setCurrentIndex(DossierPage.HISTORY)
    history = page.history
    assert history.rowCount() > 0
    top = [history.index(0, c).data() for c in range(history.columnCount())]
    assert top[1] == page.actor.display_name
    assert top[2] == "Document edited"
    assert f"Title: {document.title} → Checked title" in top[3]
    whats = {history.index(r, 2).data() for r in range(history.rowCount())}
    assert "Moved in" in whats


def test_overview_shows_customer_names_and_units(page: DossierPage) -> None:
    view = page.view
    assert view is not None
    assert page.customer_fields["name"].text() == view.customer.name
    assert page.units_model.rowCount() == len(view.units)
    assert page.former_names.rowCount() == len(view.customer.former_names)


def test_ctrl_tab_switches_sections_inside_the_dossier(page: DossierPage, qtbot: QtBot, window: MainWindow) -> None:
    page.documents_table.setFocus()
    qtbot.keyClick(page.documents_table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert page.sections.currentIndex() == DossierPage.CONTACTS
    assert window.workspace.currentWidget() is page  # still this dossier


def test_the_documents_list_prints_as_shown(page: DossierPage, qtbot: QtBot) -> None:
    """Print list… on the Documents tab: the filtered list, newest first, in the print preview."""
    category = next(
        r for r in range(page.documents_section.category_list.model().rowCount()) if r > 0
    )  # the first real category, not "All"
    page.documents_section.category_list.setCurrentIndex(
        page.documents_section.category_list.model().index(category, 0)
    )
    shown_titles = [page.documents.index(r, DocumentsModel.TITLE).data() for r in range(page.documents.rowCount())]
    assert shown_titles
    page.documents_printer.action.trigger()
    preview = wait_preview(qtbot, page.printouts)
    text = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(preview.pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = re.sub(r"\s+", "", text)
    assert page.view is not None and page.view.number in flat
    for title in shown_titles:
        assert re.sub(r"\s+", "", title) in flat
    preview.reject()


# -- a damaged or tampered record shows an error, never another file -----------------------------------------


def test_a_tampered_scan_hash_shows_an_error_not_the_file_it_names(
    page: DossierPage, qtbot: QtBot, told: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    selected = page.documents_section.selected()[0]
    # A working copy's: an original's scans cannot be touched even by SQL (the triggers refuse).
    row = row_where(page, lambda d: bool(d.attachments) and not d.is_original and d.id != selected.id)
    attachment = page.documents.row(row).attachments[0]
    # What the stored value names if it is made into a path: a real image beside the database.
    attack = "x/../../../secret.png"
    secret = make_png(page.desk.path.parent / "secret.png")
    assert (page.desk.store.root / attack[:2] / attack).resolve() == secret.resolve()
    with sqlite3.connect(page.desk.path) as raw:
        raw.execute("UPDATE attachment SET sha256 = ? WHERE id = ?", (attack, attachment.id))
    raw.close()

    click_row(qtbot, page, row)
    preview = page.documents_section.preview
    qtbot.waitUntil(lambda: preview.current_attachment_id() == attachment.id)
    assert preview.stack.currentIndex() == ScanPreview.NOTE
    assert "is damaged" in preview.note.text() and attachment.original_name in preview.note.text()
    assert preview.image_view.pixmap().isNull()

    qtbot.mouseClick(preview.open_button, Qt.MouseButton.LeftButton)
    assert opened == []
    assert len(told) == 1 and "is damaged" in told[0]


# -- a full disk -------------------------------------------------------------------------------------

FULL = "The disk is full"


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


def test_a_documents_history_opens_from_the_list(page: DossierPage, qtbot: QtBot) -> None:
    row = row_where(page, lambda d: not d.is_original)
    document = page.documents.row(row)
    click_row(qtbot, page, row)
    page.documents_section.history_action.trigger()
    dialog = wait_shown(qtbot, page, DocumentHistoryDialog)
    assert document.title in dialog.windowTitle()
    assert [r.title for r in dialog.model.rows()] == [document.title]  # never changed: only the current version
    dialog.reject()
