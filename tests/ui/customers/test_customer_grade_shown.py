"""The customer form says the customer's grade (issue 20: 重点 / 一般 / 零散 and since when), read-only: the clerk sees
it where they look at the customer, without opening customer care."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.care.grades import set_grade
from app.desk import Desk
from app.people import log_in
from tests.conftest import PASSWORD
from tests.ui.dossier.test_dossier import open_dossier, wait_shown
from tests.ui.speaking import speaking
from ui.customers.customer_dialog import CustomerDialog
from ui.dossier.view import DossierPage
from ui.main_window import MainWindow
from ui.translations import format_date

pytestmark = pytest.mark.qt


def _open_form(window: MainWindow, qtbot: QtBot) -> CustomerDialog:
    page = open_dossier(window, qtbot)
    page.sections.tabBar().setCurrentIndex(DossierPage.OVERVIEW)
    qtbot.mouseClick(page.edit_customer_button, Qt.MouseButton.LeftButton)
    return wait_shown(qtbot, page, CustomerDialog)


def _grade_line(dialog: CustomerDialog) -> tuple[str, str]:
    """The row as the clerk reads it: its caption and its text."""
    label = dialog.findChild(QLabel, "customer-grade")
    assert label is not None and label.isVisible()
    caption = dialog.form.labelForField(label)
    assert isinstance(caption, QLabel)
    return caption.text(), label.text()


def test_the_form_shows_the_customers_grade_since_its_day(window: MainWindow, qtbot: QtBot, demo_desk: Desk) -> None:
    dialog = _open_form(window, qtbot)
    assert _grade_line(dialog) == ("Customer grade:", "Not graded")  # the test demo grades no one
    customer_id = dialog.customer.id
    dialog.reject()

    supervisor = log_in(demo_desk, "supervisor", PASSWORD)
    with demo_desk.work(supervisor) as work:
        set_grade(work, customer_id, "ordinary", dt.date(2025, 1, 6))
        set_grade(work, customer_id, "key", dt.date(2026, 3, 1))  # raised: the latest grade is the one shown

    dialog = _open_form(window, qtbot)
    assert _grade_line(dialog) == ("Customer grade:", f"Key customer, since {format_date(dt.date(2026, 3, 1))}")
    assert not isinstance(dialog.inputs.get("customer-grade"), QLabel)  # shown, not an input the form saves


def test_the_grade_line_in_chinese(window: MainWindow, qtbot: QtBot, demo_desk: Desk, qapp: QApplication) -> None:
    supervisor = log_in(demo_desk, "supervisor", PASSWORD)
    dialog = _open_form(window, qtbot)
    with demo_desk.work(supervisor) as work:
        set_grade(work, dialog.customer.id, "small", dt.date(2026, 3, 1))
    dialog.reject()
    with speaking(qapp, "zh_CN"):
        dialog = _open_form(window, qtbot)
        line = _grade_line(dialog)
    assert line == ("客户等级：", "零散客户（自 2026/3/1 起）")


def test_the_unit_panel_says_the_tenants_grade_and_follows_a_change(
    window: MainWindow, qtbot: QtBot, demo_desk: Desk
) -> None:
    """Clicking a tenant's card: the panel beside the grid says the grade; the supervisor grading the customer
    elsewhere changes it there without a refresh asked for."""
    grid = window.current_grid()
    assert grid is not None
    model = grid.card_model()
    row = next(r for r in range(model.rowCount()) if model.card(r).customer_id is not None)
    card = model.card(row)
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.visualRect(model.index(row, 0)).center())
    panel = window.floors_page.unit_panel
    assert panel.card is not None and panel.card.unit_id == card.unit_id
    caption = panel.layout().itemAt(0).layout().labelForField(panel.fields["grade"])
    assert caption.text() == "Customer grade:" and panel.fields["grade"].text() == "Not graded"

    supervisor = log_in(demo_desk, "supervisor", PASSWORD)
    with demo_desk.work(supervisor) as work:
        set_grade(work, card.customer_id, "key", dt.date(2026, 3, 1))
    shown = f"Key customer, since {format_date(dt.date(2026, 3, 1))}"
    qtbot.waitUntil(lambda: panel.fields["grade"].text() == shown)

    vacant = next(r for r in range(model.rowCount()) if model.card(r).customer_id is None)  # the demo's 1F has one
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.visualRect(model.index(vacant, 0)).center())
    assert panel.fields["grade"].text() == "—"
