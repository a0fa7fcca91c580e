"""Run by ``tests/ui/building/test_floor_legend.py`` in a process whose screen is a front desk's (not collected alone:
the name has no ``test_``): the main window filling the screen's free area, in ``TOUR_LANGUAGE``, shows every entry
of the floor grid's legend whole and inside the window."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.building.test_floor_legend import legend_faults
from tests.ui.speaking import speaking
from tests.ui.tour.check_fit import TITLE_BAR

pytestmark = pytest.mark.qt


@pytest.fixture(autouse=True)
def language(qapp: QApplication) -> Iterator[None]:
    with speaking(qapp, os.environ.get("TOUR_LANGUAGE", "zh_CN")):
        yield


def test_the_legend_fits_the_maximised_window(qtbot: QtBot, request: pytest.FixtureRequest) -> None:
    window = request.getfixturevalue("window")  # built inside the language, as a clerk's log-in builds it
    free = window.screen().availableGeometry()
    window.setGeometry(free.x(), free.y() + TITLE_BAR, free.width(), free.height() - TITLE_BAR)
    qtbot.wait(50)
    assert window.width() == free.width(), f"the window cannot be as narrow as the {free.width()} px screen"
    assert legend_faults(window) == []
