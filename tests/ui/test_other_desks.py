"""A window shows what another desk changed without being told to: the floor grid's card of a unit moved into at
another desk fills in within seconds (a file: the window's look every few seconds, ui/other_desks.py)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.building.buildings import BuildingInfo
from app.customers.details import CustomerInput
from app.desk import Actor, Desk
from app.people.users import log_in
from app.tenancy import lifecycle
from tests.conftest import PASSWORD, fixed_clock
from tests.unit.unit_support import unit_id
from ui.main_window import MainWindow
from ui.other_desks import LOOK_EVERY_MS


def _card_101(window: MainWindow) -> str | None:
    grid = window.current_grid()
    assert grid is not None
    return next(card.customer for card in grid.card_model().cards() if card.number == "101")


def test_the_floor_grid_shows_a_unit_moved_into_at_another_desk(
    qtbot: QtBot, desk: Desk, clerk: Actor, building: BuildingInfo, settings: QSettings
) -> None:
    window = MainWindow(desk, clerk, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.floors_page.floor_tabs.setCurrentIndex(1)  # 1F (B1 is first)
    qtbot.waitUntil(lambda: window.current_grid() is not None and window.current_grid().card_model().loaded)
    assert _card_101(window) is None  # vacant

    other = Desk.open(desk.path, clock=fixed_clock)  # another desk on the same file
    try:
        with other.work(log_in(other, "clerk", PASSWORD)) as work:
            lifecycle.move_in(
                work,
                customer=CustomerInput(name="甲公司"),
                unit_ids=[unit_id(other, "101")],
                move_in=dt.date(2026, 6, 1),
            )
    finally:
        other.close()

    qtbot.waitUntil(lambda: _card_101(window) == "甲公司", timeout=LOOK_EVERY_MS + 3000)
    window.close()
