"""Run by ``tests/ui/test_every_window.py`` in a process whose screen is a front desk's (not collected alone: the
name has no ``test_``): every window of the program, opened in zh_CN (or ``TOUR_LANGUAGE``), fits the screen's
free area, and can be made small enough to fit with its title bar; the main window filling the screen shows every
entry of the floor grid's legend whole (``tests/ui/building/test_floor_legend.py`` runs that one on one more screen)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.building.test_floor_legend import legend_faults
from tests.ui.speaking import speaking
from tests.ui.tour import load_openers
from tests.ui.tour.registry import Tour, open_window
from tests.ui.tour.screens import name, windows_of_the_program

pytestmark = pytest.mark.qt

load_openers()
TITLE_BAR = 32  # a Windows title bar at 100 %, in logical pixels: the window needs it above its contents


@pytest.fixture(autouse=True)
def language(qapp: QApplication) -> Iterator[None]:
    with speaking(qapp, os.environ.get("TOUR_LANGUAGE", "zh_CN")):
        yield


@pytest.mark.parametrize("cls", windows_of_the_program(), ids=name)
def test_the_window_fits(tour: Tour, qapp: QApplication, cls: type) -> None:
    window = open_window(tour, cls).window()
    tour.qtbot.wait(20)  # windows that size themselves to the screen do it once shown
    free = window.screen().availableGeometry()
    frame = window.frameGeometry()
    assert free.contains(frame), f"{name(cls)} at {frame.getRect()} runs off the free screen {free.getRect()}"
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert least.width() <= free.width(), f"{name(cls)} cannot be narrower than {least.width()} px"
    assert least.height() + TITLE_BAR <= free.height(), (
        f"{name(cls)} cannot be lower than {least.height()} px, with its title bar more than the "
        f"{free.height()} px the screen has free"
    )


def test_the_floor_legend_is_whole(qtbot: QtBot, request: pytest.FixtureRequest) -> None:
    window = request.getfixturevalue("window")  # built inside the language, as a clerk's log-in builds it
    free = window.screen().availableGeometry()
    window.setGeometry(free.x(), free.y() + TITLE_BAR, free.width(), free.height() - TITLE_BAR)
    qtbot.wait(50)
    assert window.width() == free.width(), f"the window cannot be as narrow as the {free.width()} px screen"
    assert legend_faults(window) == []
