"""The staff room's screens (R11 人事变动): a customer's people and what they hold, and the to-recover list.

Other rooms and the window use what is named here; the modules inside are this room's own.
"""

from __future__ import annotations

from ui.staff.dialogs import LinkItemDialog, PersonDialog, ReturnedDialog
from ui.staff.menu import StaffMenu
from ui.staff.windows import StaffWindow, ToRecoverList

__all__ = [
    "LinkItemDialog",
    "PersonDialog",
    "ReturnedDialog",
    "StaffMenu",
    "StaffWindow",
    "ToRecoverList",
]
