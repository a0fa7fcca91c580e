"""The Fees menu clicked through (R11): the monthly run with its preview (then nothing new), the arrears register
with a known debtor's ageing, the other registers' totals, fee items and rates as the manager, read-only for a
clerk, meter readings, and the floor grid's arrears badge going when the debt is paid."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from app.building.buildings import BuildingInfo
from app.desk import Actor, Desk
from app.fees.charging import generate_month
from app.fees.deposits import record_deposit
from app.fees.items import fee_items, set_rate
from app.fees.payments import record_payment
from tests.unit.fees.fees_support import fee_item, give_areas, tenant
from ui.building.floor_view import card_badges
from ui.fees.generate_dialog import GenerateChargesDialog
from ui.fees.items_dialog import FeeItemsDialog, FeeSettingsDialog
from ui.fees.menu import FeesMenu
from ui.fees.meters_dialog import MeterReadingsDialog
from ui.fees.registers import ArrearsRegister, ChargesRegister, DepositsRegister, PaymentsRegister
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt
D = dt.date


@pytest.fixture
def debtor(desk: Desk, manager: Actor, clerk: Actor, building: BuildingInfo) -> int:
    """甲公司 in 101 (100 m² at ¥30): February to May charged, none paid; today is 2026-06-15."""
    give_areas(desk, manager, {"101": "100", "102": "20"})
    fee_item(desk, manager, "物业管理费", "area", {D(2026, 1, 1): "30"}, due_days=15)
    behind = tenant(desk, clerk, "甲公司", ["101"], D(2025, 12, 1))
    with desk.work(manager) as work:
        for month in ("2026-02", "2026-03", "2026-04", "2026-05"):
            generate_month(work, month)
    return behind


def _cell(view: object, row: int, column: int) -> str:
    model = view.model()  # type: ignore[attr-defined]
    return str(model.index(row, column).data())


def test_generate_a_month_with_its_preview_then_nothing_new(
    qtbot: QtBot, desk: Desk, manager: Actor, clerk: Actor, building: BuildingInfo
) -> None:
    give_areas(desk, manager, {"101": "120.50", "102": "80"})
    fee_item(desk, manager, "物业管理费", "area", {D(2026, 1, 1): "28.50"})
    tenant(desk, clerk, "甲公司", ["101"], D(2025, 12, 1))
    tenant(desk, clerk, "乙公司", ["102", "103"], D(2025, 12, 1))  # 103 has no area: a note
    dialog = GenerateChargesDialog(desk, manager)
    qtbot.addWidget(dialog)
    dialog.month.setDate(QDate(2026, 3, 1))
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.plan.month.code == "2026-03")
    # 120.50 × 28.50 = 3434.25 and 80 × 28.50 = 2280.00
    assert [_cell(dialog.table, 0, c) for c in range(4)] == ["物业管理费", "2", "5,714.25", "5,714.25"]
    assert "5,714.25" in dialog.summary.text()
    assert any("103" in dialog.notes.item(n).text() for n in range(dialog.notes.count()))
    assert dialog.generate_button.isEnabled()
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None and dialog.plan is not None and dialog.task is None)
    assert dialog.plan is not None and dialog.plan.nothing_new
    assert "Written for 2026-03: 2 new lines" in dialog.summary.text()
    assert "Nothing new: every charge of 2026-03 is already there" in dialog.summary.text()
    assert not dialog.generate_button.isEnabled()
    assert [_cell(dialog.table, 0, c) for c in range(4)] == ["物业管理费", "2", "5,714.25", "0.00"]


def test_a_clerk_previews_but_may_not_generate(qtbot: QtBot, desk: Desk, clerk: Actor, debtor: int) -> None:
    dialog = GenerateChargesDialog(desk, clerk)
    qtbot.addWidget(dialog)
    dialog.month.setDate(QDate(2026, 6, 1))
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.plan.month.code == "2026-06")
    assert not dialog.plan.nothing_new and not dialog.generate_button.isEnabled()


def test_the_arrears_register_ages_a_known_debtor(qtbot: QtBot, desk: Desk, clerk: Actor, debtor: int) -> None:
    opened: list[int] = []
    window = ArrearsRegister(desk, clerk, opened.append)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.task is None and window.model.rowCount() == 2)
    rows = window.model.debtors()
    assert [r.tenancy_id for r in rows] == [debtor]
    # due 05-16: 30 days (0–30); 04-16: 60 days (31–60); 03-16: 91 and 02-16: 119 days (over 90)
    assert [_cell(window.table, 0, c) for c in (0, 3, 4, 5, 6, 7, 8)] == [
        "甲公司", "101", "3,000.00", "3,000.00", "0.00", "6,000.00", "12,000.00",
    ]  # fmt: skip
    assert _cell(window.table, 1, 8) == "12,000.00"  # the totals row
    assert "12,000.00" in window.count.text()
    window.over_days.setValue(100)
    qtbot.waitUntil(lambda: window.task is None and window.model.rowCount() == 2)
    window.over_days.setValue(120)
    qtbot.waitUntil(lambda: window.task is None and window.model.rowCount() == 0)
    window.over_days.setValue(0)
    qtbot.waitUntil(lambda: window.task is None and window.model.rowCount() == 2)
    window.open_row(0)
    assert opened == [rows[0].dossier_id] and rows[0].dossier_id is not None
    window.open_row(1)  # the totals row opens nothing
    assert len(opened) == 1


def test_the_other_registers_list_and_total(
    qtbot: QtBot, desk: Desk, clerk: Actor, manager: Actor, debtor: int
) -> None:
    with desk.work(clerk) as work:
        record_payment(work, debtor, 150000, paid_on=D(2026, 6, 10), method="cash")
        record_deposit(work, debtor, "fit_out", 500000, received_on=D(2026, 6, 1))
    charges = ChargesRegister(desk, clerk)
    qtbot.addWidget(charges)
    assert charges.model.rowCount() == 0  # June: nothing charged yet
    charges.month_from.setDate(QDate(2026, 2, 1))
    assert charges.model.rowCount() == 4
    assert _cell(charges.table, 3, 0) == "2026-02" and _cell(charges.table, 3, 8) == "1,500.00"
    assert "charged ¥12,000.00, paid ¥1,500.00, open ¥10,500.00" in charges.count.text()
    payments = PaymentsRegister(desk, clerk)
    qtbot.addWidget(payments)
    assert payments.model.rowCount() == 1 and _cell(payments.table, 0, 6) == "1,500.00"
    assert "net ¥1,500.00" in payments.count.text()
    deposits = DepositsRegister(desk, clerk)
    qtbot.addWidget(deposits)
    assert deposits.model.rowCount() == 1 and "held ¥5,000.00" in deposits.count.text()


def test_the_manager_adds_a_fee_item_and_its_rate(qtbot: QtBot, desk: Desk, manager: Actor) -> None:
    window = FeeItemsDialog(desk, manager)
    qtbot.addWidget(window)
    assert window.model.rowCount() == 0
    form = window.add()
    assert form is not None
    form.name.setText("空调费")
    form.basis.setCurrentIndex(form.basis.findData("fixed"))
    form.due_days.setValue(10)
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == 1 and window.model.row(0).name == "空调费"
    window.table.selectRow(0)
    rate = window.set_rate()
    assert rate is not None
    rate.valid_from.setDate(QDate(2026, 6, 1))
    rate.rate.setText("12.5")
    qtbot.mouseClick(rate.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert _cell(window.table, 0, 5) == "10" and _cell(window.table, 0, 8) == "12.5000"


def test_a_clerk_sees_fee_items_and_settings_read_only(qtbot: QtBot, desk: Desk, clerk: Actor, debtor: int) -> None:
    window = FeeItemsDialog(desk, clerk)
    qtbot.addWidget(window)
    assert window.model.rowCount() == 1 and _cell(window.table, 0, 8) == "30.0000"
    assert not any(b.isEnabled() for b in (window.add_button, window.edit_button, window.rate_button))
    assert window.add() is None and window.edit() is None
    settings = FeeSettingsDialog(desk, clerk)
    qtbot.addWidget(settings)
    assert all(e.isReadOnly() for e in settings.findChildren(QLineEdit))
    assert not settings.save_button.isVisible()


def test_meter_readings_of_a_typed_unit(qtbot: QtBot, desk: Desk, clerk: Actor, building: BuildingInfo) -> None:
    dialog = MeterReadingsDialog(desk, clerk)
    qtbot.addWidget(dialog)
    dialog.number.setText("203")
    dialog.find_typed()
    assert dialog.unit.currentText().startswith("203")
    dialog.kind.setCurrentIndex(dialog.kind.findData("electricity"))
    dialog.reading.setText("1234.5")
    dialog.meter_no.setText("E-203")
    dialog.confirmed_by.setText("张三")
    dialog.read_on.setDate(QDate(2026, 6, 1))
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 1 and _cell(dialog.table, 0, 3) == "1234.50"
    dialog.reading.setText("1000")  # lower than before on the same meter: refused, said
    dialog.read_on.setDate(QDate(2026, 6, 10))
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert not dialog.error.isHidden() and "lower" in dialog.error.text() and dialog.model.rowCount() == 1


def test_the_badge_shows_arrears_and_goes_when_paid(
    qtbot: QtBot, desk: Desk, clerk: Actor, debtor: int, settings: QSettings
) -> None:
    window = MainWindow(desk, clerk, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    grid = window.current_grid()
    assert grid is not None
    row = next(n for n, c in enumerate(grid.card_model().cards()) if c.number == "101")
    owed = [b for b in card_badges(grid.card_model().card(row)) if b.kind == "arrears"]
    assert len(owed) == 1 and "12,000.00" in owed[0].tooltip
    fees = window.part(FeesMenu)
    assert not fees.generate_action.isEnabled()  # a clerk does not run the month
    with desk.work(clerk) as work:
        record_payment(work, debtor, 1200000, paid_on=D(2026, 6, 15), method="transfer")
    qtbot.waitUntil(lambda: not [b for b in card_badges(grid.card_model().card(row)) if b.kind == "arrears"])


def test_the_charges_register_reads_a_page_at_a_time(
    qtbot: QtBot, desk: Desk, manager: Actor, clerk: Actor, debtor: int
) -> None:
    tenant(desk, clerk, "乙公司", ["102"], D(2022, 1, 1))
    with desk.work(manager) as work:
        set_rate(work, fee_items(work)[0].id, D(2022, 1, 1), "30")
        for year in (2022, 2023, 2024, 2025):
            for month in range(1, 13):
                generate_month(work, f"{year}-{month:02d}")
    window = ChargesRegister(desk, clerk)
    qtbot.addWidget(window)
    window.month_from.setDate(QDate(2022, 1, 1))
    # 乙: 48 months of 2022–2025; 甲 (in from 2025-12-01): December 2025 and February to May 2026
    assert window.model.total() == 48 + 1 + 4
    assert window.model.rowCount() == window.model.PAGE and window.model.canFetchMore()
    window.model.fetchMore()
    assert window.model.rowCount() == window.model.total() and not window.model.canFetchMore()
    assert "%n" not in window.count.text() and "53" in window.count.text()


def test_the_menu_greys_out_what_a_role_may_not(
    qtbot: QtBot, desk: Desk, manager: Actor, building: BuildingInfo, settings: QSettings
) -> None:
    window = MainWindow(desk, manager, settings)
    qtbot.addWidget(window)
    fees = window.part(FeesMenu)
    assert fees.generate_action.isEnabled() and fees.items_action.isEnabled()
    register = fees.show_register(ArrearsRegister)
    assert fees.show_register(ArrearsRegister) is register  # one at a time
    register.close()
