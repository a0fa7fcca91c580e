"""The service registers' windows (issue 16): the repair, complaint and violation dialogs from a unit card and a
dossier's Repairs & complaints tab, a step's dialog, the Services menu's lists and a record opened from them, and
the overdue settings — each opened the way the clerk (or the supervisor) opens it, on the demo with one record of
each register."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from app.building import UnitCard
from app.registers import receive_complaint, record_violation, report_repair
from tests.ui.tour.registry import Tour, W, opens
from ui.dossier.view import DossierPage
from ui.registers import ServiceSection, ServicesMenu
from ui.registers.complaints_dialog import ReceiveComplaintDialog
from ui.registers.menu import OverdueHoursDialog
from ui.registers.repairs_dialog import ReportRepairDialog
from ui.registers.service import RecordDialog, StepDialog
from ui.registers.service_lists import ComplaintsList, RepairsList, ViolationsList
from ui.registers.violations_dialog import RecordViolationDialog


def _shown(tour: Tour, window: W | None) -> W:
    assert window is not None, "nothing was opened"
    window.tour_parent = window.parentWidget()  # type: ignore[attr-defined]
    tour.qtbot.waitExposed(window)
    return window


def _occupied_card(tour: Tour, login: str = "clerk") -> UnitCard:
    grid = tour.main(login).current_grid()
    assert grid is not None
    for card in grid.card_model().cards():
        if card.customer and card.dossier_id:
            return card
    raise AssertionError("no occupied unit on the first floor shown")


def _records(tour: Tour) -> None:
    """One repair, complaint and violation in the live dossier the tour opens (its first unit)."""
    page = tour.main().open_dossier(tour.dossier_id("live"))
    assert isinstance(page, DossierPage) and page.view is not None
    unit_id = page.view.units[0].unit_id
    with tour.desk.work(tour.actor()) as work:
        report_repair(
            work, unit_id, "phone", "urgent", "王经理", "会议室空调漏水", "会议室", dt.datetime(2026, 6, 10, 9)
        )
        receive_complaint(work, "phone", "王经理", "夜间施工噪音", unit_id=unit_id)
        record_violation(work, unit_id, "占用消防通道堆放杂物", dt.date(2026, 6, 1))


def _section(tour: Tour) -> ServiceSection:
    _records(tour)
    page = tour.main().open_dossier(tour.dossier_id("live"))
    assert isinstance(page, DossierPage) and page.service_section is not None
    page.sections.setCurrentWidget(page.service_section)
    return page.service_section


@opens(ReportRepairDialog)
def _repair(tour: Tour, _cls: type[QWidget]) -> QWidget:
    return _shown(tour, tour.main().part(ServicesMenu).report_repair(_occupied_card(tour)))


@opens(ReceiveComplaintDialog)
def _complaint(tour: Tour, _cls: type[QWidget]) -> QWidget:
    return _shown(tour, tour.main().part(ServicesMenu).receive_complaint(_occupied_card(tour)))


@opens(RecordViolationDialog)
def _violation(tour: Tour, _cls: type[QWidget]) -> QWidget:
    return _shown(tour, _section(tour).record_violation())


@opens(StepDialog)
def _step(tour: Tour, _cls: type[QWidget]) -> QWidget:
    section = _section(tour)
    panel = section.panes["repair"].panel
    section.panes["repair"].table.selectRow(0)
    assert panel.record is not None
    return _shown(tour, panel.take_step("assign"))


@opens(RepairsList, ComplaintsList, ViolationsList)
def _list(tour: Tour, cls: type[QWidget]) -> QWidget:
    _records(tour)
    return _shown(tour, tour.main().part(ServicesMenu).show_list(cls))  # type: ignore[arg-type]


@opens(RecordDialog)
def _record(tour: Tour, _cls: type[QWidget]) -> QWidget:
    _records(tour)
    repairs = _shown(tour, tour.main().part(ServicesMenu).show_list(RepairsList))
    return _shown(tour, repairs.open_record(0))


@opens(OverdueHoursDialog)
def _hours(tour: Tour, _cls: type[QWidget]) -> QWidget:
    return _shown(tour, tour.main("supervisor").part(ServicesMenu).overdue_settings())
