"""The archiving screens driven like the supervisor: the annual wizard, the archive browser, binding one dossier."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from app import archive
from app.desk import Actor, Desk
from app.dossier import documents
from app.dossier.documents import DocumentInput
from app.errors import PermissionDenied
from app.people.users import log_in
from tests.conftest import PASSWORD
from ui import messages
from ui.archive import ArchiveMenu
from ui.archive.browser import ArchiveBrowser
from ui.archive.wizard import ArchiveWizard, CandidatesModel
from ui.dossier.models import DocumentsModel
from ui.dossier.view import DossierPage
from ui.main_window import MainWindow
from ui.printing.print_preview import PrintoutBuilder, PrintPreviewDialog

pytestmark = pytest.mark.qt


def open_window(qtbot: QtBot, desk: Desk, actor: Actor, settings: QSettings) -> MainWindow:
    win = MainWindow(desk, actor, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def supervisor_window(qtbot: QtBot, demo_desk: Desk, settings: QSettings) -> MainWindow:
    return open_window(qtbot, demo_desk, log_in(demo_desk, "supervisor", PASSWORD), settings)


def click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def wait_preview(qtbot: QtBot, printouts: PrintoutBuilder) -> PrintPreviewDialog:
    """A printout is built on a worker thread; the preview opens when it is done."""
    qtbot.waitUntil(lambda: printouts.preview is not None and not printouts.busy(), timeout=20000)
    preview = printouts.preview
    assert preview is not None
    qtbot.waitExposed(preview)
    return preview


def test_the_supervisor_archives_a_year_and_finds_it_in_the_archive_browser(
    supervisor_window: MainWindow, qtbot: QtBot, demo_desk: Desk, qtmodeltester: object
) -> None:
    window = supervisor_window
    assert window.part(ArchiveMenu).archive_action.isEnabled()
    with demo_desk.read(None) as work:
        years = archive.archive_years(work)
    to_do = [y.year for y in years if y.departed + y.bound]
    year = min(to_do)  # the demo has archived every year but the last ones; take the older one left
    wizard = window.part(ArchiveMenu).archive_wizard()
    assert isinstance(wizard, ArchiveWizard)
    qtbot.waitExposed(wizard)
    # The most recent year that has ended comes first (the demo's today is mid-2026: 2025).
    assert wizard.year() == max(y for y in to_do if y < demo_desk.clock().year)
    wizard.year_page.year_box.setCurrentIndex(wizard.year_page.year_box.findData(year))
    assert "not bound" in wizard.year_page.year_box.currentText()
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))

    # The year's departed tenancies, each warned as not bound; Next waits for the binding.
    page = wizard.candidates_page
    assert wizard.currentPage() is page
    with demo_desk.read(None) as work:
        expected = archive.candidates(work, year)
    rows = page.model.rows()
    assert [c.dossier_id for c in rows] == [c.dossier_id for c in expected] and rows
    assert all(c.status == "departed" and "unbound" in c.warnings for c in rows)
    warning = page.model.index(0, CandidatesModel.WARNINGS)
    assert "not bound yet" in warning.data()
    assert not warning.data(Qt.ItemDataRole.DecorationRole).isNull()
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    click(qtbot, page.leave_check)  # leaving them for later would allow Next, but there is nothing bound yet
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    click(qtbot, page.leave_check)

    click(qtbot, page.bind_button)  # asks first: binding is for good
    question = page.bind_question
    assert question is not None and question.isVisible() and str(len(rows)) in question.text()
    bind = next(b for b in question.buttons() if question.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    click(qtbot, bind)  # one transaction on a worker
    qtbot.waitUntil(lambda: not wizard.busy() and page.unbound() == 0, timeout=10000)
    assert all(c.status == "bound" and c.file_number for c in page.model.rows())
    assert "Bound" in page.message.text()
    assert not page.print_button.isEnabled()
    page.table.selectRow(0)  # the list prints too: the chosen dossier's in-file directory
    click(qtbot, page.print_button)
    preview = wait_preview(qtbot, wizard.printouts)
    assert preview.page_count() > 0
    preview.reject()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))

    # The boxes as they will be filled, by floor, each box with its dossiers under it.
    boxes_page = wizard.boxes_page
    assert wizard.currentPage() is boxes_page
    with demo_desk.read(None) as work:
        plans = archive.plan_boxes(work, year, boxes_page.options(), include_unbound=False)
    model = boxes_page.model
    assert model.rowCount() == len(plans)
    for row, plan in enumerate(plans):
        assert model.item(row, 0).text() == plan.number and model.item(row, 1).text() == plan.floor
        assert model.item(row, 0).rowCount() == len(plan.dossiers)
    boxes_page.shelf_edit.insert("档案室 26 号柜")  # as typed through an input method (keyClicks is ASCII only)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is wizard.confirm_page
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.currentId() == ArchiveWizard.RESULT, timeout=10000)

    with demo_desk.read(None) as work:
        made = archive.boxes(work, year=year)
        every_box = archive.boxes(work)
    assert [b.number for b in wizard.created_boxes()] == [b.number for b in made] == [p.number for p in plans]
    assert wizard.result_page.model.rowCount() == len(made)
    assert all(b.shelf_location == "档案室 26 号柜" for b in made)

    # The year's combined PDF, built off the UI thread, in the print preview.
    click(qtbot, wizard.result_page.preview_button)
    preview = wait_preview(qtbot, wizard.printouts)
    assert preview.page_count() > 0
    preview.reject()

    # The archive browser: the same boxes as the app, and a company found with its box and shelf.
    click(qtbot, wizard.result_page.browser_button)
    browser = window.part(ArchiveMenu).archive_browser_dialog
    assert isinstance(browser, ArchiveBrowser)
    qtbot.waitExposed(browser)
    assert [b.number for b in browser.tree_boxes()] == [b.number for b in every_box]
    assert browser.chosen_year() == year
    wizard.close()

    wanted = rows[-1]
    browser.search_edit.insert(wanted.customer)
    qtbot.waitUntil(lambda: browser.hits.rowCount() > 0)
    hit = next(
        browser.hits.row(r)
        for r in range(browser.hits.rowCount())
        if browser.hits.row(r).dossier_id == wanted.dossier_id
    )
    assert hit.year == year and hit.shelf_location == "档案室 26 号柜"
    # The results take the browser's whole width, above the boxes, each saying what matched.
    assert browser.hits_table.isVisible() and browser.hits_box.width() >= 0.9 * browser.splitter.width()
    assert all(browser.hits.index(r, browser.hits.MATCHED).data() for r in range(browser.hits.rowCount()))
    browser.hits_printer.action.trigger()  # the search results print as a list, with where each box stands
    found = wait_preview(qtbot, browser.printouts)
    printed = subprocess.run(["pdftotext", str(found.pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert hit.box_number in printed and "档案室" in printed
    found.reject()
    row = next(r for r in range(browser.hits.rowCount()) if browser.hits.row(r) == hit)
    index = browser.hits.index(row, 0)
    click_at = browser.hits_table.visualRect(index).center()
    qtbot.mouseClick(browser.hits_table.viewport(), Qt.MouseButton.LeftButton, pos=click_at)
    assert browser.current_box is not None and browser.current_box.id == hit.box_id
    selected = browser.entries_table.selectionModel().selectedRows()
    assert [browser.entries.row(i.row()).dossier_id for i in selected] == [wanted.dossier_id]
    qtmodeltester.check(browser.entries)  # type: ignore[attr-defined]
    browser.entries_table.doubleClicked.emit(selected[0])  # opens the dossier in the main window
    page = window.workspace.currentWidget()
    assert isinstance(page, DossierPage) and page.dossier_id == wanted.dossier_id
    assert page.fields["file_number"].text() == hit.file_number
    assert page.fields["box"].text() == hit.box_number

    # Running the wizard again for the year: nothing left, nothing shown twice.
    again = window.part(ArchiveMenu).archive_wizard(year)
    assert again is not None and again.year() == year and not again.year_page.isComplete()
    again.reject()
    browser.reject()


def test_a_clerk_cannot_run_the_archiving(window: MainWindow, demo_desk: Desk, demo_clerk: Actor) -> None:
    assert not window.part(ArchiveMenu).archive_action.isEnabled()
    assert window.part(ArchiveMenu).archive_wizard() is None
    with pytest.raises(PermissionDenied), demo_desk.work(demo_clerk) as work:
        archive.archive_year(work, 2025)  # the app refuses whatever the menu shows
    browser = window.part(ArchiveMenu).archive_browser()  # reading the archive is for everyone
    assert browser.shelf_edit.isReadOnly() and not browser.shelf_button.isVisible()
    browser.reject()


def test_binding_one_departed_dossier_from_its_view(
    supervisor_window: MainWindow, qtbot: QtBot, demo_desk: Desk
) -> None:
    with demo_desk.read(None) as work:
        year = next(y.year for y in archive.archive_years(work) if y.departed)
        dossier_id = next(c.dossier_id for c in archive.candidates(work, year) if c.status == "departed")
    page = supervisor_window.open_dossier(dossier_id)
    assert isinstance(page, DossierPage)
    assert page.editable() and page.bind_button.isVisible() and not page.fields["file_number"].isVisible()
    click(qtbot, page.bind_button)
    dialog = page.bind_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.retention.currentData() == archive.DEFAULT_RETENTION
    dialog.retention.setCurrentIndex(dialog.retention.findData("10y"))
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: page.view is not None and page.view.status == "bound")  # via the change set
    assert dialog.file_number and page.fields["file_number"].text() == dialog.file_number
    assert page.fields["file_number"].isVisible() and page.fields["retention"].text() == "10 years"
    assert not page.editable() and not page.bind_button.isVisible()
    assert not page.documents_section.add_action.isEnabled()  # a late paper is the manager's
    # The list stays newest first (R4) and now shows each document's 件号 and 页号, item 1 from page 1.
    assert not page.documents_table.isColumnHidden(DocumentsModel.ITEM)
    items = [page.documents.index(r, DocumentsModel.ITEM).data() for r in range(page.documents.rowCount())]
    assert sorted(int(i.split(" ")[0]) for i in items) == list(range(1, len(items) + 1))
    assert any(i.startswith("1 (1") for i in items)
    manager_page = DossierPage(demo_desk, log_in(demo_desk, "manager", PASSWORD), dossier_id)
    qtbot.addWidget(manager_page)
    assert manager_page.documents_section.add_action.isEnabled() and not manager_page.editable()

    click(qtbot, page.print_directory_button)
    preview = wait_preview(qtbot, page.printouts)
    assert preview.page_count() > 0
    preview.reject()


def test_a_dossier_with_an_unpaged_document_is_bound_only_when_told(
    supervisor_window: MainWindow, qtbot: QtBot, demo_desk: Desk
) -> None:
    supervisor = log_in(demo_desk, "supervisor", PASSWORD)
    with demo_desk.work(supervisor) as work:
        year = next(y.year for y in archive.archive_years(work) if y.departed)
        dossier_id = next(c.dossier_id for c in archive.candidates(work, year) if c.status == "departed")
        documents.add_document(work, dossier_id, DocumentInput("other", dt.date(year, 1, 2), "未数页的函", pages=0))
    page = supervisor_window.open_dossier(dossier_id)
    assert isinstance(page, DossierPage)
    click(qtbot, page.bind_button)
    dialog = page.bind_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.as_it_is.isVisible() and not dialog.as_it_is.isChecked()
    assert "未数页的函" in dialog.as_it_is.toolTip()
    click(qtbot, dialog.ok_button)  # refused: the app names the document and the dialog stays open
    assert dialog.isVisible() and "未数页的函" in dialog.error.text()
    click(qtbot, dialog.as_it_is)
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: page.view is not None and page.view.status == "bound")


def test_a_box_moved_meanwhile_at_another_desk_is_shown_where_it_is_and_the_place_typed_is_kept(
    qtbot: QtBot, demo_desk: Desk, demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(messages, "tell", lambda _parent, text, **_kw: told.append(text))
    supervisor = log_in(demo_desk, "supervisor", PASSWORD)
    browser = ArchiveBrowser(demo_desk, supervisor)
    qtbot.addWidget(browser)
    browser.show()
    box = browser.tree_boxes()[0]
    assert browser.select_box(box.id)
    with Desk.open(demo_copy) as other_desk, other_desk.work(log_in(other_desk, "manager", PASSWORD)) as work:
        archive.set_shelf_location(work, box.id, "档案室 9 号柜", expected_version=box.version)  # moved elsewhere
    browser.shelf_edit.selectAll()
    browser.shelf_edit.insert("档案室 3 号柜")
    assert not browser.save_shelf_location()
    assert told and "was changed meanwhile by someone else" in told[-1]
    assert browser.current_box is not None and browser.current_box.shelf_location == "档案室 9 号柜"  # reloaded
    assert browser.shelf_edit.text() == "档案室 3 号柜" and browser.shelf_button.isEnabled()  # kept, to save again
    assert browser.save_shelf_location()
    with demo_desk.read(None) as work:
        assert archive.box(work, box.id).shelf_location == "档案室 3 号柜"
    browser.reject()


def test_the_hand_over_list_prints_for_the_chosen_year_or_box(
    window: MainWindow, qtbot: QtBot, demo_desk: Desk
) -> None:
    with demo_desk.read(None) as work:
        every_box = archive.boxes(work)
    year = every_box[0].year
    browser = window.part(ArchiveMenu).archive_browser()
    qtbot.waitExposed(browser)
    assert browser.select_year(year)
    assert browser.print_handover_action.isEnabled()  # a clerk prints what the archive holds
    browser.print_handover_action.trigger()
    preview = wait_preview(qtbot, browser.printouts)
    printed = subprocess.run(["pdftotext", str(preview.pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = "".join(printed.split())
    assert "档案移交清单" in flat and f"移交范围：{year}年度" in flat
    assert all(b.first_file_number in flat for b in every_box if b.year == year)
    assert "移交人" in flat and "接收人" in flat and "监交人" in flat
    preview.reject()

    chosen = every_box[-1]
    assert browser.select_box(chosen.id)
    browser.print_handover_action.trigger()
    preview = wait_preview(qtbot, browser.printouts)
    printed = subprocess.run(["pdftotext", str(preview.pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = "".join(printed.split())
    assert f"移交范围：盒号{chosen.number}" in flat and f"合计{chosen.dossiers}卷，1盒" in flat
    preview.reject()
    browser.reject()


def test_a_file_opened_from_the_browser_comes_to_the_front(window: MainWindow, qtbot: QtBot) -> None:
    browser = window.part(ArchiveMenu).archive_browser()
    qtbot.waitExposed(browser)
    browser.activateWindow()
    qtbot.waitUntil(browser.isActiveWindow)
    box = next(b for b in browser.tree_boxes() if b.dossiers)
    assert browser.select_box(box.id)
    qtbot.waitUntil(lambda: browser.entries.rowCount() > 0)
    browser.entries_table.selectRow(0)
    browser._entry_activated(browser.entries.index(0, 0))  # a double click on the file
    page = window.workspace.currentWidget()
    assert isinstance(page, DossierPage) and page.dossier_id == browser.entries.row(0).dossier_id
    qtbot.waitUntil(window.isActiveWindow)  # the opened file is in front, not behind the browser
    assert not browser.isActiveWindow()
