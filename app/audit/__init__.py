"""The audit room (R16): the hash-chained, append-only audit log — reading it with filters, verifying its chain
(against an anchor kept outside the file too), and a dossier's status against its recorded history.

Other rooms, the command line and the window use what is named here; the modules inside are this room's own.
"""

from __future__ import annotations

from app.audit.chain import (
    Anchor,
    ChainBreak,
    ChainReport,
    chain_head,
    compare_with_anchor,
    verify_chain,
    verify_connection,
)
from app.audit.log import (
    AuditEntry,
    AuditFilter,
    AuditLog,
    AuditUser,
    audit_actions,
    audit_log,
    audit_user_id,
    audit_users,
)
from app.audit.statuses import StatusDisagreement, check_statuses, recorded_statuses, status_disagreements

__all__ = [
    "Anchor",
    "AuditEntry",
    "AuditFilter",
    "AuditLog",
    "AuditUser",
    "ChainBreak",
    "ChainReport",
    "StatusDisagreement",
    "audit_actions",
    "audit_log",
    "audit_user_id",
    "audit_users",
    "chain_head",
    "check_statuses",
    "compare_with_anchor",
    "recorded_statuses",
    "status_disagreements",
    "verify_chain",
    "verify_connection",
]
