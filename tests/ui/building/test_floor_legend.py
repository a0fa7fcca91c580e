"""The floor grid's legend (what the card colours and badges mean) keeps every caption beside its swatch or badge
and inside the window, wrapping onto a second line where one is too narrow. On the front desk's screens (1024×768 and
1366×768, at 100 % and 125 %, in Chinese and in English) ``legend_faults`` is checked by ``tests/ui/tour/check_fit.py``
in the processes ``tests/ui/test_every_window.py`` runs per screen: a process of its own costs a minute (a demo)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from ui.building.floor_view import BADGE_COLOURS, STATUS_COLOURS
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt

NAMES = [f"legend-{status.value}" for status in STATUS_COLOURS] + [f"legend-badge-{kind}" for kind in BADGE_COLOURS]


def _rect_in(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def legend_faults(window: MainWindow) -> list[str]:
    """What is wrong with the legend as shown: a caption missing, hidden, cut short, outside the window, away from
    its sign, or over the floor tabs."""
    legend = window.floors_page.legend
    inside = window.rect()
    tabs_top = _rect_in(window.floors_page.floor_tabs, window).top()
    found = []
    for name in NAMES:
        label = legend.findChild(QLabel, name)
        if label is None or not label.isVisible():
            found.append(f"{name}: not shown")
            continue
        rect = _rect_in(label, window)
        if label.width() < label.sizeHint().width():
            found.append(f"{name} “{label.text()}” cut short: {label.width()} of {label.sizeHint().width()} px")
        if not inside.contains(rect):
            found.append(f"{name} “{label.text()}” at {rect.getRect()} runs outside the window {inside.getRect()}")
        if rect.bottom() >= tabs_top:
            found.append(f"{name} “{label.text()}” at {rect.getRect()} lies over the floor tabs (top {tabs_top})")
        sign = label.parentWidget().layout().itemAt(0).widget()
        if _rect_in(sign, window).center().y() not in range(rect.top(), rect.bottom() + 1):
            found.append(f"{name} “{label.text()}” is not on the line of its sign")
    return found


def test_the_legend_wraps_in_a_narrow_window(window: MainWindow, qtbot: QtBot) -> None:
    """In English, in a window narrower than the legend's one line: two lines, every caption whole."""
    legend = window.floors_page.legend
    window.resize(legend.sizeHint().width() - 100, 700)
    qtbot.wait(50)
    assert window.width() < legend.sizeHint().width()
    assert legend_faults(window) == []
    tops = {_rect_in(legend.findChild(QLabel, name), window).top() for name in NAMES}
    assert len(tops) == 2, "the legend wraps onto a second line"
