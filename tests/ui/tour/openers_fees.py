"""The Fees menu's windows (issue 15): the monthly run's preview, the registers, fee items and their forms, the
fee settings, meter readings and the choices before the arrears notices and the month-end summary — each opened
from the menu as the program opens it, on the demo (given a fee item if it has none)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from app.fees.items import FeeItemDraft, fee_items, save_fee_item, set_rate
from tests.ui.tour.registry import Tour, W, opens
from ui.fees.generate_dialog import GenerateChargesDialog
from ui.fees.items_dialog import FeeItemDialog, FeeItemsDialog, FeeSettingsDialog, RateDialog
from ui.fees.menu import FeesMenu, NoticesChoice, SummaryChoice
from ui.fees.meters_dialog import MeterReadingsDialog
from ui.fees.registers import ArrearsRegister, ChargesRegister, DepositsRegister, PaymentsRegister


def _menu(tour: Tour, login: str = "manager") -> FeesMenu:
    with tour.desk.work(tour.actor("manager")) as work:
        if not fee_items(work):
            item = save_fee_item(work, FeeItemDraft(name="物业管理费", basis="area", free_during_fit_out=True))
            set_rate(work, item.id, dt.date(2020, 1, 1), "28.50")
    return tour.main(login).part(FeesMenu)


def _shown(tour: Tour, window: W | None) -> W:
    assert window is not None, "the menu item did nothing"
    window.tour_parent = window.parentWidget()  # type: ignore[attr-defined]
    tour.qtbot.waitExposed(window)
    return window


@opens(GenerateChargesDialog)
def _generate(tour: Tour, _cls: type[QWidget]) -> QWidget:
    dialog = _shown(tour, _menu(tour).generate())
    tour.qtbot.waitUntil(lambda: dialog.task is None and dialog.plan is not None, timeout=60_000)
    return dialog


@opens(ChargesRegister, PaymentsRegister, DepositsRegister, ArrearsRegister)
def _register(tour: Tour, cls: type[QWidget]) -> QWidget:
    window = _shown(tour, _menu(tour).show_register(cls))  # type: ignore[arg-type]
    if isinstance(window, ArrearsRegister):
        tour.qtbot.waitUntil(lambda: window.task is None, timeout=60_000)
    return window


@opens(FeeItemsDialog)
def _items(tour: Tour, _cls: type[QWidget]) -> QWidget:
    return _shown(tour, _menu(tour).fee_items())


@opens(FeeItemDialog)
def _item(tour: Tour, _cls: type[QWidget]) -> QWidget:
    items = _shown(tour, _menu(tour).fee_items())
    items.table.selectRow(0)
    return _shown(tour, items.edit())


@opens(RateDialog)
def _rate(tour: Tour, _cls: type[QWidget]) -> QWidget:
    items = _shown(tour, _menu(tour).fee_items())
    items.table.selectRow(0)
    return _shown(tour, items.set_rate())


@opens(FeeSettingsDialog)
def _settings(tour: Tour, _cls: type[QWidget]) -> QWidget:
    return _shown(tour, _menu(tour).fee_settings())


@opens(MeterReadingsDialog)
def _meters(tour: Tour, _cls: type[QWidget]) -> QWidget:
    return _shown(tour, _menu(tour, "clerk").meter_readings())


@opens(NoticesChoice)
def _notices(tour: Tour, _cls: type[QWidget]) -> QWidget:
    return _shown(tour, _menu(tour, "clerk").arrears_notices())


@opens(SummaryChoice)
def _summary(tour: Tour, _cls: type[QWidget]) -> QWidget:
    return _shown(tour, _menu(tour).month_summary())
