"""The dashboard's windows (issue 16): the list behind a figure, opened by a click on the dashboard's tile of the
dossiers missing move-in papers, as a clerk opens it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.ui.tour.registry import Tour, opens
from ui.dashboard import BehindWindow


@opens(BehindWindow)
def _behind(tour: Tour, _cls: type[QWidget]) -> QWidget:
    window = tour.main("clerk")
    page = window.dashboard_page
    window.workspace.setCurrentWidget(page)
    tour.qtbot.waitUntil(lambda: page.figures is not None, timeout=60_000)
    tour.qtbot.mouseClick(page.tiles["missing_papers"], Qt.MouseButton.LeftButton)
    shown = [w for w in window.findChildren(BehindWindow) if w.isVisible()]
    assert shown, "the tile opened no list"
    dialog = shown[-1]
    dialog.tour_parent = dialog.parentWidget()  # type: ignore[attr-defined]
    tour.qtbot.waitExposed(dialog)
    return dialog
