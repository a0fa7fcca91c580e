"""The floor shown is remembered for the next start and for a successor window, without a write on every switch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from app.desk import Desk
from app.people.users import log_in
from tests.conftest import PASSWORD
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt


def _next_floor(window: MainWindow, qtbot: QtBot) -> str:
    grid = window.current_grid()
    assert grid is not None
    qtbot.keyClick(grid, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    tabs = window.floors_page.floor_tabs
    return tabs.tabText(tabs.currentIndex())


def test_switching_floors_writes_no_settings_until_the_window_closes(
    window: MainWindow, qtbot: QtBot, settings: QSettings
) -> None:
    before = settings.value("window/floor")
    label = _next_floor(window, qtbot)
    _next_floor(window, qtbot)
    label = _next_floor(window, qtbot)
    assert settings.value("window/floor") == before  # a switch costs no write of the settings file
    window.close()
    assert settings.value("window/floor") == label


def test_a_successor_window_opens_on_the_floor_shown(
    window: MainWindow, qtbot: QtBot, demo_desk: Desk, settings: QSettings
) -> None:
    label = _next_floor(window, qtbot)
    successor = window.act_as(log_in(demo_desk, "supervisor", PASSWORD))
    qtbot.addWidget(successor)
    tabs = successor.floors_page.floor_tabs
    assert tabs.tabText(tabs.currentIndex()) == label
