"""The dossier's dialogs and models on their own: app errors beside the field, print preview, model checks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.building import buildings
from app.desk import Actor, Desk
from app.dossier import dossiers
from app.dossier.documents import inspect_scan
from app.dossier.dossiers import HistoryLine
from tests.ui.dossier.test_dossier import make_pdf, open_dossier, tool_button, wait_shown
from ui.dossier.document_dialog import DocumentDialog
from ui.dossier.models import (
    CategoriesModel,
    FormerNamesModel,
    HistoryModel,
    TenancyUnitsModel,
    history_action,
    history_details,
)
from ui.dossier.view import DossierPage
from ui.main_window import MainWindow
from ui.printing.print_preview import PrintPreviewDialog, print_pdf

pytestmark = pytest.mark.qt


def _dossier(desk: Desk) -> dossiers.DossierView:
    with desk.read(None) as work:
        building = buildings.list_buildings(work)[0]
        cards = buildings.unit_cards(work, building_id=building.id)
        dossier_id = next(c.dossier_id for c in cards if c.dossier_id is not None)
        return dossiers.read_dossier(work, dossier_id)


def test_app_error_lands_beside_its_field(qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor, tmp_path: Path) -> None:
    view = _dossier(demo_desk)
    scan = inspect_scan(make_pdf(tmp_path / "contract.pdf", 2))
    dialog = DocumentDialog(demo_desk, demo_clerk, view.id, scans=[scan])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.pages_spin.value() == 2 and dialog.title_edit.text() == "contract"
    dialog.title_edit.setText("x" * 301)  # the app's limit is 300; the dialog leaves length to the app
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog.errors["document.title"]
    assert error.isVisible() and "too long" in error.text()
    assert dialog.isVisible() and dialog.result_value is None  # nothing saved, the dialog stays
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Backspace)
    assert not error.isVisible()  # editing the field clears the app's message
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_a_bad_scan_added_in_the_dialog_is_named(
    qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor, tmp_path: Path
) -> None:
    dialog = DocumentDialog(demo_desk, demo_clerk, _dossier(demo_desk).id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.pages_spin.text() == "not counted"  # a new paper's pages are not known yet: it says so
    bad = tmp_path / "scan.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\nbroken")
    assert not dialog.add_scans([bad])
    error = dialog.errors["document.attachments"]
    assert error.isVisible() and "scan.png" in error.text()
    assert dialog.add_scans([make_pdf(tmp_path / "ok.pdf", 4)])
    assert dialog.pages_spin.value() == 4 and dialog.scan_list.count() == 1


def test_print_preview_pages_zoom_print_and_save(qtbot: QtBot, tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "card.pdf", 2)
    dialog = PrintPreviewDialog(pdf, "Test card")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.page_count() == 2
    assert (dialog.page_box.value(), dialog.page_label.text()) == (1, "of 2")
    assert not dialog.previous_action.isEnabled()
    dialog.next_action.trigger()
    qtbot.waitUntil(lambda: dialog.page_box.value() == 2)
    assert dialog.current_page() == 1
    assert not dialog.next_action.isEnabled()
    zoom = dialog.view.zoomFactor()
    dialog.zoom_in_action.trigger()
    assert dialog.view.zoomFactor() == pytest.approx(zoom * 1.25)
    dialog.fit_action.trigger()
    assert dialog.view.zoomMode() == dialog.view.ZoomMode.FitToWidth

    printer = dialog.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf(dialog.document, printer) == 2
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 2

    assert dialog.save_copy(tmp_path / "saved")
    assert (tmp_path / "saved.pdf").read_bytes() == pdf.read_bytes()  # the very file the app made


def test_contact_card_opens_in_print_preview(window: MainWindow, qtbot: QtBot) -> None:
    page = open_dossier(window, qtbot)
    page.sections.tabBar().setCurrentIndex(DossierPage.CONTACTS)
    qtbot.mouseClick(tool_button(page, page.print_card_action.text()), Qt.MouseButton.LeftButton)
    preview = wait_shown(qtbot, page, PrintPreviewDialog)
    assert preview.page_count() >= 1
    assert page.view is not None and page.view.number in preview.windowTitle()
    assert preview.pdf.is_file()
    preview.reject()


def test_history_details_read_like_sentences() -> None:
    at = dt.datetime(2026, 6, 15, 10, 30)
    edit = HistoryLine(at, "王小明", "document", "update", {"title": ["Old", "New"], "category": ["other", "repairs"]})
    assert history_action(edit) == "Document edited"
    assert history_details(edit) == "Title: Old → New; Category: Other → Repairs"
    attach = HistoryLine(at, "王小明", "document", "attach", {"files": ["a.pdf", "b.png"]})
    assert history_details(attach) == "Scans: a.pdf, b.png"
    move_in = HistoryLine(at, "", "tenancy", "move_in", {"units": ["801", "802"], "move_out": None})
    assert history_details(move_in) == "Units: 801, 802; Move-out date: —"


def test_models(qtmodeltester: ModelTester, demo_desk: Desk) -> None:
    view = _dossier(demo_desk)
    categories = CategoriesModel()
    qtmodeltester.check(categories)
    categories.set_counts({"move_in": 3, "repairs": 1})
    qtmodeltester.check(categories)
    assert categories.count(None) == 4 and categories.count("repairs") == 1 and categories.count("other") == 0
    with demo_desk.read(None) as work:
        lines = dossiers.dossier_history(work, view.id)
    history = HistoryModel()
    history.set_rows(lines)
    qtmodeltester.check(history)
    assert history.rowCount() == len(lines) > 0
    names = FormerNamesModel()
    names.set_rows(view.customer.former_names)
    qtmodeltester.check(names)
    units = TenancyUnitsModel()
    units.set_rows(view.units)
    qtmodeltester.check(units)
