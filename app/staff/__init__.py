"""The customer's people (R11 人事变动): staff with joined and left dates, the cards, keys and parking permits they hold
(links to the records of forms qms-pm-31313, 31317 and 31306), and what is still to be recovered from those who left.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.lazy import loaded_when_asked
from app.staff.people import (
    ITEM_KINDS,
    LEAVING_FORM,
    LinkableRecord,
    RecoverRow,
    StaffInfo,
    StaffInput,
    StaffItemInfo,
    add_staff,
    customer_staff,
    link_item,
    linkable_records,
    mark_returned,
    staff_member,
    to_recover,
    unlink_item,
    update_staff,
)

if TYPE_CHECKING:  # what type checkers and the import contracts see; at run time it comes from __getattr__ below
    from app.staff.printout import print_to_recover

# The printout brings reportlab (~100 ms): loaded when first asked for, not by the window's start (the staff menu is
# part of the window).
__getattr__ = loaded_when_asked(__name__, {"print_to_recover": "app.staff.printout"})

__all__ = [
    "ITEM_KINDS",
    "LEAVING_FORM",
    "LinkableRecord",
    "RecoverRow",
    "StaffInfo",
    "StaffInput",
    "StaffItemInfo",
    "add_staff",
    "customer_staff",
    "link_item",
    "linkable_records",
    "mark_returned",
    "print_to_recover",
    "staff_member",
    "to_recover",
    "unlink_item",
    "update_staff",
]
