"""The Qt binding itself: a release that miscounts references would abort the program after a long session."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.qt


def test_calls_returning_nothing_keep_none_alive(qtbot: QtBot) -> None:
    """PySide6 6.12.0 on CPython 3.11 lost one reference to None per such call: after some thousands of them (a
    morning of painting unit cards) Python aborts with "none_dealloc". pyproject.toml keeps that release out."""
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("一户一档")
    assert sys.getrefcount(None) - before > -100  # Python's own use of None moves it a little, never by thousands
