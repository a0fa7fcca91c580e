"""The building room's screens: the floor grid and its unit cards, a new building, the first-run welcome, the
building editor.

Other rooms and the window use what is named here; the modules inside are this room's own.
"""

from __future__ import annotations

from ui.building.building_dialogs import use_shown
from ui.building.building_editor import BuildingEditor
from ui.building.floor_view import (
    CARD_ROLE,
    CARD_SIZE_KEY,
    CARD_SIZES,
    DEFAULT_CARD_SIZE,
    FloorGrid,
    StatusLegend,
    UnitCardModel,
    card_badges,
    status_name,
)
from ui.building.floors_page import FloorsPage
from ui.building.menu import BuildingMenu
from ui.building.server_dialog import ServerDialog, open_server_for_window
from ui.building.welcome_dialog import WelcomeDialog

__all__ = [
    "CARD_ROLE",
    "CARD_SIZES",
    "CARD_SIZE_KEY",
    "DEFAULT_CARD_SIZE",
    "BuildingEditor",
    "BuildingMenu",
    "FloorGrid",
    "FloorsPage",
    "ServerDialog",
    "StatusLegend",
    "UnitCardModel",
    "WelcomeDialog",
    "card_badges",
    "open_server_for_window",
    "status_name",
    "use_shown",
]
