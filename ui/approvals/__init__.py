"""The approvals room's screens: the manager's countersign at someone else's desk, and the manager's list of
requests waiting (Approvals waiting).

Other rooms and the window use what is named here; the modules inside are this room's own.
"""

from __future__ import annotations

from ui.approvals.consent_dialog import NOTE_STYLE, ConsentDialog
from ui.approvals.countersign_dialog import CountersignDialog, countersign
from ui.approvals.waiting_window import ApprovalsWaitingWindow

__all__ = [
    "NOTE_STYLE",
    "ApprovalsWaitingWindow",
    "ConsentDialog",
    "CountersignDialog",
    "countersign",
]
