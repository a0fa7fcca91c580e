"""The tenancy room: moving in, notice, moving out (one unit of several at a time), each unit's past tenancies, and the
dossier labels (标牌) with the label check.

Other rooms and the window use what is named here; the modules inside are this room's own.
"""

from __future__ import annotations

from app.tenancy.labels import (
    CODES,
    DEFAULT_LAYOUT,
    LAYOUTS,
    LabelLayout,
    LabelRow,
    check_layout,
    label_check,
    labels_for,
    mark_printed,
    print_labels,
    save_printed_labels,
    with_offsets,
)
from app.tenancy.lifecycle import (
    MOVE_OUT_ITEMS,
    DepositsHeld,
    MoveIn,
    MoveOutChecklist,
    MoveOutResult,
    UnitStay,
    deposit_line,
    dossier_number,
    give_notice,
    missing_move_out_items,
    move_in,
    move_out,
    unit_history,
    unit_place,
    with_deposit_register,
)

__all__ = [
    "CODES",
    "DEFAULT_LAYOUT",
    "LAYOUTS",
    "MOVE_OUT_ITEMS",
    "DepositsHeld",
    "LabelLayout",
    "LabelRow",
    "MoveIn",
    "MoveOutChecklist",
    "MoveOutResult",
    "UnitStay",
    "check_layout",
    "deposit_line",
    "dossier_number",
    "give_notice",
    "label_check",
    "labels_for",
    "mark_printed",
    "missing_move_out_items",
    "move_in",
    "move_out",
    "print_labels",
    "save_printed_labels",
    "unit_history",
    "unit_place",
    "with_deposit_register",
    "with_offsets",
]
