"""The scan inbox's windows (issue 21): the cover sheets dialog, opened from Tools with a dossier in front, so that
its three choices (this dossier, this floor, blank) are all offered."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tests.ui.tour.registry import Tour, opens
from ui.inbox import CoversMenu
from ui.inbox.covers_dialog import CoverSheetsDialog


@opens(CoverSheetsDialog)
def _cover_sheets(tour: Tour, cls: type[QWidget]) -> QWidget:
    main = tour.main()
    main.open_dossier(tour.dossier_id("live"))  # the dossier in front is the one chosen
    dialog = main.part(CoversMenu).print_covers()
    tour.qtbot.addWidget(dialog)
    tour.qtbot.waitExposed(dialog)
    return dialog
