"""Fixtures for the UI tests: settings in a temporary file, a writable copy of the demo, a main window."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.desk import Actor, Desk
from app.users import log_in
from tests.conftest import PASSWORD, fixed_clock
from ui.main_window import MainWindow

# The offscreen platform plugin warns whenever a top-level window with a layout gets size
# constraints (every dialog and main window); it is the test platform talking, not our code.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.get_closest_marker("qt"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Never the real user's settings."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def demo_copy(demo_db: Path, tmp_path: Path) -> Path:
    """The session's demo database copied (with its attachments) so a test may write to it."""
    folder = tmp_path / "copy"
    folder.mkdir()
    for item in demo_db.parent.iterdir():
        if item.name.startswith(demo_db.name):
            if item.is_dir():
                shutil.copytree(item, folder / item.name)
            else:
                shutil.copy2(item, folder / item.name)
    return folder / demo_db.name


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
