"""Typed confirmations (issue 12): a decision that cannot be undone — approving a destruction list (R15) — is given
only once the manager has typed what they approve (the list's number), so a click on the wrong row destroys nothing.
"""

from __future__ import annotations

from app.approvals import ApprovalInfo, ApprovalKind
from app.archive import destruction_list
from app.desk import Desk
from app.errors import AppError


def typed_confirmation(desk: Desk, request: ApprovalInfo) -> str | None:
    """What the manager types to approve ``request`` (a destruction list's number), or None when a click does."""
    if request.kind is not ApprovalKind.DESTRUCTION or request.entity != "destruction_list":
        return None
    try:
        with desk.read(None) as work:
            return destruction_list(work, request.entity_id).number
    except AppError:
        return None


def confirmed(expected: str | None, typed: str) -> bool:
    return expected is None or typed.strip().upper() == expected.upper()
