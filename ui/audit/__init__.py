"""The audit room's screens: the Audit window (the audit log with filters and Print list) and its menu entry.

Other rooms and the window use what is named here; the modules inside are this room's own.
"""

from __future__ import annotations

from ui.audit.audit_window import AuditModel, AuditWindow
from ui.audit.menu import AuditMenu

__all__ = [
    "AuditMenu",
    "AuditModel",
    "AuditWindow",
]
