"""The approvals room: requests for the department manager's consent and the decisions (R8, R9).

Other rooms (loans, documents) call ``take_approval`` inside the action that needs consent; the window lists
what waits (``pending_approvals``) and lets the manager decide (``decide``), at their desk or by countersigning.
"""

from __future__ import annotations

from app.approvals.requests import (
    KIND_NAMES,
    STATUS_NAMES,
    ApprovalInfo,
    ApprovalKind,
    ApprovalStatus,
    approval,
    approvals_for,
    decide,
    pending_approvals,
    request_approval,
    take_approval,
    withdraw,
)

__all__ = [
    "KIND_NAMES",
    "STATUS_NAMES",
    "ApprovalInfo",
    "ApprovalKind",
    "ApprovalStatus",
    "approval",
    "approvals_for",
    "decide",
    "pending_approvals",
    "request_approval",
    "take_approval",
    "withdraw",
]
