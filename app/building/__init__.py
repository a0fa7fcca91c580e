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
from app.building.editor import (
    FloorEntry,
    Removal,
    UnitEntry,
    UnitState,
    add_floor,
    add_unit,
    edit_unit,
    editor_floors,
    editor_units,
    merge_units,
    rename_floor,
    renumber_unit,
    retire_floor,
    retire_unit,
    split_unit,
)

__all__ = [
    "DEFAULT_NUMBERING",
    "MAX_FLOORS",
    "MAX_UNITS_PER_FLOOR",
    "STATUS_NAMES",
    "BuildingInfo",
    "FloorEntry",
    "FloorInfo",
    "Removal",
    "UnitCard",
    "UnitEntry",
    "UnitState",
    "UnitStatus",
    "add_floor",
    "add_unit",
    "create_building",
    "edit_unit",
    "editor_floors",
    "editor_units",
    "find_units",
    "list_buildings",
    "list_floors",
    "merge_units",
    "rename_floor",
    "renumber_unit",
    "retire_floor",
    "retire_unit",
    "split_unit",
    "unit_cards",
    "unit_number",
    "update_unit",
]
