"""The department manager's approval of a document change, given beforehand at the manager's own desk (R9)."""

from __future__ import annotations

from app.approvals import ApprovalKind, decide
from app.desk import Actor, Desk
from app.dossier import request_document_change
from app.people.users import log_in
from tests.conftest import PASSWORD


def approved_beforehand(desk: Desk, asker: Actor, document_id: int, kind: ApprovalKind) -> int:
    """``asker`` asked, the manager approved: the change can be made once. The request's id."""
    with desk.work(asker) as work:
        asked = request_document_change(work, document_id, kind, "客户来函更正")
    manager = log_in(desk, "manager", PASSWORD)
    with desk.work(manager) as work:
        decide(work, asked.id, approve=True, note="同意")
    return asked.id
