"""The building room: buildings, floors and units, their numbering, and the unit cards of the floor grid.

Other rooms and the window use what is named here; the modules inside are this room's own.
"""

from __future__ import annotations

from app.building.buildings import (
    DEFAULT_NUMBERING,
    MAX_FLOORS,
    MAX_UNITS_PER_FLOOR,
    STATUS_NAMES,
    BuildingInfo,
    FloorInfo,
    UnitCard,
    UnitStatus,
    create_building,
    find_units,
    list_buildings,
    list_floors,
    unit_cards,
    unit_number,
    update_unit,
)

__all__ = [
    "DEFAULT_NUMBERING",
    "MAX_FLOORS",
    "MAX_UNITS_PER_FLOOR",
    "STATUS_NAMES",
    "BuildingInfo",
    "FloorInfo",
    "UnitCard",
    "UnitStatus",
    "create_building",
    "find_units",
    "list_buildings",
    "list_floors",
    "unit_cards",
    "unit_number",
    "update_unit",
]
