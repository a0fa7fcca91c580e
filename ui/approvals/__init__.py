"""The approvals room's screens: the manager's countersign at someone else's desk.

Other rooms and the window use what is named here; the modules inside are this room's own.
"""

from __future__ import annotations

from ui.approvals.countersign_dialog import CountersignDialog, countersign

__all__ = [
    "CountersignDialog",
    "countersign",
]
