"""Fixtures for the UI tests: settings in a temporary file, a writable copy of the demo, a main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.desk import Actor, Desk
from app.people.users import log_in
from tests.conftest import PASSWORD, fixed_clock
from tests.ui.tour.registry import Tour
from ui import messages
from ui.loans.menu import LoansMenu
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def quiet_overdue_notice(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo has an overdue loan, and a window tells it after log-in in a window-modal box that takes the focus.
    Tests of other things open their window without that box; tests marked ``overdue_notice`` keep it."""
    if request.node.get_closest_marker("overdue_notice") is None:
        monkeypatch.setattr(LoansMenu, "overdue_after_log_in", lambda _self: None)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Never the real user's settings."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages the window would show (``ui.messages.tell``), captured instead of shown."""
    captured: list[str] = []
    monkeypatch.setattr(messages, "tell", lambda _parent, text, **_kwargs: captured.append(text))
    return captured


@pytest.fixture
def demo_desk(demo_copy: Path) -> Iterator[Desk]:
    desk = Desk.open(demo_copy, clock=fixed_clock)
    yield desk
    desk.close()


@pytest.fixture
def demo_clerk(demo_desk: Desk) -> Actor:
    return log_in(demo_desk, "clerk", PASSWORD)


@pytest.fixture
def window(qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor, settings: QSettings) -> MainWindow:
    win = MainWindow(demo_desk, demo_clerk, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: win.isActiveWindow())
    return win


@pytest.fixture
def tour(qtbot: QtBot, demo_copy: Path, settings: QSettings, tmp_path: Path) -> Iterator[Tour]:
    """A tour of the program's windows (tests/ui/tour) on a writable copy of the demo."""
    desk = Desk.open(demo_copy, clock=fixed_clock)
    yield Tour(qtbot, desk, demo_copy, settings, tmp_path)
    desk.close()
