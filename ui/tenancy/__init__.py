"""The tenancy room's screens: the move-in wizard, move-out and notice dialogs, a unit's past tenancies, the labels
dialog and the label check.

Other rooms and the window use what is named here; the modules inside are this room's own.
"""

from __future__ import annotations

from ui.tenancy.label_check_dialog import LabelCheckDialog
from ui.tenancy.labels_dialog import (
    CODE_KEY,
    LAYOUT_KEY,
    OFFSET_X_KEY,
    OFFSET_Y_KEY,
    LabelsDialog,
    record_when_delivered,
)
from ui.tenancy.menu import TenancyMenu
from ui.tenancy.move_in_wizard import MoveInWizard
from ui.tenancy.move_out_dialog import MoveOutDialog, NoticeDialog
from ui.tenancy.unit_history import UnitHistoryList

__all__ = [
    "CODE_KEY",
    "LAYOUT_KEY",
    "OFFSET_X_KEY",
    "OFFSET_Y_KEY",
    "LabelCheckDialog",
    "LabelsDialog",
    "MoveInWizard",
    "MoveOutDialog",
    "NoticeDialog",
    "TenancyMenu",
    "UnitHistoryList",
    "record_when_delivered",
]
