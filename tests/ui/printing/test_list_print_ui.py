"""Print list… on the list screens: the preview's PDF holds every row the screen shows."""

from __future__ import annotations

import re
import subprocess

import pytest
from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QMessageBox, QTableView, QTableWidget, QTableWidgetItem, QWidget, QWizard
from pytestqt.qtbot import QtBot

from app.building.buildings import UnitCard
from app.desk import Actor, Desk
from app.dossier import completeness, documents, dossiers
from app.people.users import log_in
from tests.conftest import PASSWORD
from tests.ui.archive.test_archive_ui import wait_preview
from ui.archive.wizard import ArchiveWizard
from ui.dossier import PapersMenu
from ui.dossier.missing_report_dialog import MissingReportDialog
from ui.dossier.trash_dialog import TrashDialog
from ui.main_window import MainWindow
from ui.printing.list_print import ListPrinter, model_text
from ui.printing.print_preview import PrintPreviewDialog
from ui.tenancy import TenancyMenu
from ui.tenancy.label_check_dialog import LabelCheckDialog

pytestmark = pytest.mark.qt


def pdf_text(preview: PrintPreviewDialog) -> str:
    """The printout's text with the whitespace taken out: long cells wrap anywhere."""
    out = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(preview.pdf), "-"], capture_output=True, text=True, check=True
    )
    return re.sub(r"\s+", "", out.stdout)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def table_rows(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def floor_with_missing_papers(window: MainWindow, qtbot: QtBot, desk: Desk) -> None:
    for _ in range(window.floors_page.floor_tabs.count()):
        floor = window.current_floor()
        assert floor is not None
        with desk.read(None) as work:
            if completeness.floor_missing_report(work, floor.id):
                return
        qtbot.keyClick(window.current_grid(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    pytest.skip("the demo holds every paper")


def test_the_missing_papers_report_prints_every_row(window: MainWindow, qtbot: QtBot, demo_desk: Desk) -> None:
    floor_with_missing_papers(window, qtbot, demo_desk)
    dialog = window.part(PapersMenu).missing_report()
    assert isinstance(dialog, MissingReportDialog)
    qtbot.waitExposed(dialog)
    shown = table_rows(dialog.table)
    assert shown
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    preview = wait_preview(qtbot, dialog.list_printer.printouts)
    text = pdf_text(preview)
    assert squash(dialog.windowTitle()) in text
    for header in ("Unit", "Dossier", "Customer", "Missing papers"):
        assert squash(header) in text
    for row in shown:
        assert all(squash(cell) in text for cell in row), row
    assert "第1页共" in text
    preview.reject()
    dialog.reject()


def test_the_label_check_prints_its_list_not_labels(window: MainWindow, qtbot: QtBot) -> None:
    dialog = window.part(TenancyMenu).label_check()
    assert isinstance(dialog, LabelCheckDialog)
    qtbot.waitExposed(dialog)
    assert dialog.print_list_button.text() == "Print &list…" and dialog.print_list_button.isEnabled()
    shown = table_rows(dialog.table)
    qtbot.mouseClick(dialog.print_list_button, Qt.MouseButton.LeftButton)
    preview = wait_preview(qtbot, dialog.list_printer.printouts)
    text = pdf_text(preview)
    assert "Labelcheck" in text and "Currentname" in text and "Printedlabel" in text
    for row in shown:
        assert all(squash(cell) in text for cell in row), row
    if not shown:
        assert "(none)" in text
    assert dialog.labels_dialog is None  # no label was printed
    preview.reject()
    dialog.reject()


def test_the_print_shortcut_prints_the_list_of_the_dialog_in_focus(window: MainWindow, qtbot: QtBot) -> None:
    dialog = window.part(TenancyMenu).label_check()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.table.setFocus()
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    qtbot.keyClick(dialog.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = wait_preview(qtbot, dialog.list_printer.printouts)
    assert preview.page_count() >= 1
    preview.reject()
    dialog.reject()


def test_the_model_is_read_as_shown_every_row_and_column_in_screen_order(qtbot: QtBot) -> None:
    model = QStandardItemModel(0, 3)
    model.setHorizontalHeaderLabels(["A", "B", "Count"])
    for n in range(3):
        count = QStandardItem(str(n))
        count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        parent = [QStandardItem(f"a{n}"), QStandardItem(f"b{n}"), count]
        parent[0].appendRow([QStandardItem(f"child{n}"), QStandardItem(""), QStandardItem("")])
        model.appendRow(parent)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.horizontalHeader().moveSection(2, 0)  # Count shown first
    view.setColumnHidden(1, True)
    listed = model_text(model, view)
    assert listed.headers == ["Count", "A"]
    assert listed.rows[0] == ["0", "a0"] and listed.rows[1] == ["", "　child0"]  # the child indented in its column
    assert len(listed.rows) == 6 and listed.numeric == (0,)


class Lazy(QStringListModel):
    """Hands out its rows ten at a time, like a list that loads as it is scrolled."""

    def __init__(self, rows: list[str]) -> None:
        super().__init__()
        self.all = rows
        self.shown = 10
        self.setStringList(rows[:10])

    def canFetchMore(self, parent: object) -> bool:
        return self.shown < len(self.all)

    def fetchMore(self, parent: object) -> None:
        self.shown += 10
        self.setStringList(self.all[: self.shown])


def test_a_lazily_loaded_list_prints_to_the_end(qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    view = QTableView(host)
    view.setModel(Lazy([f"row {n}" for n in range(35)]))
    printer = ListPrinter(demo_desk, demo_clerk, host, view, "Lazy list")
    assert len(printer.list_text().rows) == 35
    assert printer.print_list()
    preview = wait_preview(qtbot, printer.printouts)
    text = pdf_text(preview)
    assert "row34" in text and "Lazylist" in text
    preview.reject()
    printer.cleanup()


def test_an_item_table_prints_with_its_headers(qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor) -> None:
    table = QTableWidget(2, 2)
    qtbot.addWidget(table)
    table.setHorizontalHeaderLabels(["名称", "数量"])
    for r, (name, count) in enumerate([("钥匙", "3"), ("门禁卡", "2")]):
        table.setItem(r, 0, QTableWidgetItem(name))
        table.setItem(r, 1, QTableWidgetItem(count))
    listed = ListPrinter(demo_desk, demo_clerk, table, table, "物品").list_text()
    assert listed.headers == ["名称", "数量"] and listed.rows == [["钥匙", "3"], ["门禁卡", "2"]]


def a_tenant_card(window: MainWindow, qtbot: QtBot) -> UnitCard:
    for _ in range(window.floors_page.floor_tabs.count()):
        grid = window.current_grid()
        assert grid is not None
        cards = [c for c in grid.card_model().cards() if c.dossier_id is not None]
        if cards:
            return cards[0]
        qtbot.keyClick(grid, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    raise AssertionError("no floor with a tenant")


def test_the_trash_prints_its_documents_and_whose_trash_it_is(
    window: MainWindow, qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor
) -> None:
    card = a_tenant_card(window, qtbot)
    assert card.dossier_id is not None
    manager = log_in(demo_desk, "manager", PASSWORD)
    with demo_desk.work(manager) as work:  # trashing a working copy: the manager's own decision, with why (R9)
        document = next(d for d in dossiers.dossier_documents(work, card.dossier_id) if not d.is_original)
        documents.trash_documents(work, [document.id], reason="重复")
    dialog = TrashDialog(demo_desk, demo_clerk, card.dossier_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    preview = wait_preview(qtbot, dialog.list_printer.printouts)
    text = pdf_text(preview)
    assert squash(document.title) in text and squash(card.dossier_number or "") in text
    preview.reject()
    dialog.reject()


def test_the_unit_history_prints_from_its_context_menu(window: MainWindow, qtbot: QtBot, demo_desk: Desk) -> None:
    card = a_tenant_card(window, qtbot)
    grid = window.current_grid()
    assert grid is not None
    grid.setCurrentIndex(grid.card_model().index(grid.card_model().cards().index(card), 0))
    history = window.floors_page.unit_history
    qtbot.waitUntil(lambda: history.unit_id == card.unit_id)
    assert history.list_printer.action in history.actions() and history.list_printer.action.isEnabled()
    history.list_printer.action.trigger()
    preview = wait_preview(qtbot, history.list_printer.printouts)
    text = pdf_text(preview)
    assert all(squash(name) in text for name in history.customers())
    assert squash(card.number) in text  # the subtitle names the unit
    preview.reject()


def test_the_archive_wizard_prints_its_candidates_and_its_box_plan(qtbot: QtBot, demo_desk: Desk) -> None:
    supervisor = log_in(demo_desk, "supervisor", PASSWORD)
    wizard = ArchiveWizard(demo_desk, supervisor)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.candidates_page
    assert wizard.currentPage() is page and page.model.rowCount()
    qtbot.mouseClick(page.print_list_button, Qt.MouseButton.LeftButton)
    preview = wait_preview(qtbot, wizard.printouts)
    text = pdf_text(preview)
    assert all(squash(c.customer) in text for c in page.model.rows())
    preview.reject()
    qtbot.mouseClick(page.bind_button, Qt.MouseButton.LeftButton)
    question = page.bind_question
    assert question is not None
    next(b for b in question.buttons() if question.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
    qtbot.waitUntil(lambda: not wizard.busy() and page.unbound() == 0, timeout=10000)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    boxes = wizard.boxes_page
    assert wizard.currentPage() is boxes and boxes.plans and boxes.print_list_button.isEnabled()
    qtbot.mouseClick(boxes.print_list_button, Qt.MouseButton.LeftButton)
    preview = wait_preview(qtbot, wizard.printouts)
    text = pdf_text(preview)
    for plan in boxes.plans:
        assert squash(plan.number) in text
        assert all(squash(d.file_number or "") in text for d in plan.dossiers)
    preview.reject()
    wizard.reject()
