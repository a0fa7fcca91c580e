"""The manager's consent (R8, R9): asked for once, decided by the manager only, used up by one action, kept."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from app.approvals import (
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
from app.desk import Actor, Desk
from app.errors import ChangedMeanwhile, Conflict, NeedsApproval, NotFound, PermissionDenied, ValidationError
from db.models import Change

EDIT = ApprovalKind.EDIT_WORKING_COPY


def _ask(desk: Desk, actor: Actor, entity_id: int = 7, reason: str = "地址写错") -> int:
    with desk.work(actor) as work:
        info = request_approval(
            work, EDIT, "document", entity_id, dossier_id=None, summary="改正工作件的题名", reason=reason
        )
    assert info.status == ApprovalStatus.PENDING and info.requested_by == "王小明"
    return info.id


def _take(desk: Desk, actor: Actor, entity_id: int = 7, reason: str = "") -> int:
    with desk.work(actor) as work:
        return take_approval(work, EDIT, "document", entity_id, dossier_id=None, summary="改题名", reason=reason).id


def test_a_clerk_asks_the_manager_approves_and_one_edit_uses_it(desk: Desk, clerk: Actor, manager: Actor) -> None:
    asked = _ask(desk, clerk)
    with desk.read(manager) as work:
        assert [a.id for a in pending_approvals(work)] == [asked]
    with desk.work(manager) as work:
        decided = decide(work, asked, approve=True, note="同意")
    assert decided.status == ApprovalStatus.APPROVED and decided.decided_by == "李经理"
    assert _take(desk, clerk) == asked
    with desk.read(clerk) as work:
        used = approval(work, asked)
        assert pending_approvals(work) == []
    assert used.status == ApprovalStatus.USED and used.used_at is not None
    # One approval, one action: the next edit needs a new one.
    with pytest.raises(NeedsApproval):
        _take(desk, clerk)


def test_without_an_approval_the_clerk_is_refused_and_nothing_is_written(desk: Desk, clerk: Actor) -> None:
    with pytest.raises(NeedsApproval, match="approval first"):
        _take(desk, clerk)
    asked = _ask(desk, clerk)
    with pytest.raises(NeedsApproval, match="still waiting"):
        _take(desk, clerk)
    with desk.read(clerk) as work:
        assert approval(work, asked).status == ApprovalStatus.PENDING


def test_the_supervisor_cannot_approve(desk: Desk, clerk: Actor, supervisor: Actor) -> None:
    asked = _ask(desk, clerk)
    with pytest.raises(PermissionDenied), desk.work(supervisor) as work:
        decide(work, asked, approve=True)


def test_a_refusal_needs_a_reason_and_ends_the_request(desk: Desk, clerk: Actor, manager: Actor) -> None:
    asked = _ask(desk, clerk)
    with pytest.raises(ValidationError) as raised, desk.work(manager) as work:
        decide(work, asked, approve=False, note="  ")
    assert raised.value.field == "approval.decision_note"
    with desk.work(manager) as work:
        decide(work, asked, approve=False, note="原件为准，不改")
    with pytest.raises(Conflict, match="no longer waiting"), desk.work(manager) as work:
        decide(work, asked, approve=True)
    with pytest.raises(NeedsApproval), desk.work(clerk) as work:
        take_approval(work, EDIT, "document", 7, dossier_id=None, summary="x")
    # Refused, the clerk may ask again (a new request).
    assert _ask(desk, clerk) != asked


def test_one_open_request_per_record(desk: Desk, clerk: Actor, supervisor: Actor) -> None:
    _ask(desk, clerk)
    with pytest.raises(Conflict, match="already a request"), desk.work(supervisor) as work:
        request_approval(work, EDIT, "document", 7, dossier_id=None, summary="再问一次")
    # Another record, or another kind of consent for the same record, is a request of its own.
    _ask(desk, clerk, entity_id=8)
    with desk.work(clerk) as work:
        request_approval(work, ApprovalKind.TRASH_WORKING_COPY, "document", 7, dossier_id=None, summary="删除")


def test_the_managers_own_action_is_recorded_with_its_reason(desk: Desk, manager: Actor) -> None:
    with pytest.raises(ValidationError) as raised:
        _take(desk, manager)
    assert raised.value.field == "approval.reason"
    own = _take(desk, manager, reason="客户来函更正")
    with desk.read(manager) as work:
        info = approval(work, own)
    assert (info.status, info.requested_by, info.decided_by, info.decision_note) == (
        ApprovalStatus.USED,
        "李经理",
        "李经理",
        "客户来函更正",
    )


def test_the_manager_acting_on_a_waiting_request_decides_and_uses_it(desk: Desk, clerk: Actor, manager: Actor) -> None:
    asked = _ask(desk, clerk)
    assert _take(desk, manager, reason="当面核对") == asked
    with desk.read(manager) as work:
        assert approval(work, asked).status == ApprovalStatus.USED


def test_withdraw_by_the_asker_or_the_manager_only(desk: Desk, clerk: Actor, supervisor: Actor, manager: Actor) -> None:
    asked = _ask(desk, clerk)
    with pytest.raises(Conflict, match="Only the person who asked"), desk.work(supervisor) as work:
        withdraw(work, asked)
    with desk.work(clerk) as work:
        assert withdraw(work, asked).status == ApprovalStatus.WITHDRAWN
    with desk.read(clerk) as work:
        assert pending_approvals(work) == []


def test_two_managers_deciding_the_same_version_cannot_both_win(desk: Desk, clerk: Actor, manager: Actor) -> None:
    asked = _ask(desk, clerk)
    with desk.read(manager) as work:
        seen = approval(work, asked)
    with desk.work(manager) as work:
        decide(work, asked, approve=True, expected_version=seen.version)
    with pytest.raises((ChangedMeanwhile, Conflict)), desk.work(manager) as work:
        decide(work, asked, approve=False, note="不同意", expected_version=seen.version)


def test_history_of_a_record_and_the_audit_lines(desk: Desk, clerk: Actor, manager: Actor) -> None:
    asked = _ask(desk, clerk)
    with desk.work(manager) as work:
        decide(work, asked, approve=True, note="可以", countersigned=True)
    _take(desk, clerk)
    with desk.read(clerk) as work:
        assert [a.id for a in approvals_for(work, "document", 7)] == [asked]
        assert approvals_for(work, "document", 8) == []
        lines = work.session.scalars(select(Change).where(Change.entity == "approval").order_by(Change.id)).all()
    assert [line.action for line in lines] == ["request", "approve", "use"]
    assert json.loads(lines[1].details)["countersigned"] is True
    assert [line.user_id for line in lines] == [clerk.user_id, manager.user_id, clerk.user_id]


@pytest.mark.parametrize(
    ("kind", "summary", "field"),
    [("no_such_kind", "x", "approval.kind"), (EDIT, "", "approval.summary"), (EDIT, "长" * 301, "approval.summary")],
)
def test_bad_requests_are_refused_with_the_field(desk: Desk, clerk: Actor, kind: str, summary: str, field: str) -> None:
    with pytest.raises(ValidationError) as raised, desk.work(clerk) as work:
        request_approval(work, kind, "document", 1, dossier_id=None, summary=summary)
    assert raised.value.field == field
    with desk.read(clerk) as work:
        assert pending_approvals(work) == []


def test_an_unknown_request_is_not_found(desk: Desk, manager: Actor) -> None:
    with pytest.raises(NotFound), desk.work(manager) as work:
        decide(work, 999, approve=True)
    with pytest.raises(NotFound), desk.read(manager) as work:
        approval(work, 999)


def test_changes_name_the_request(desk: Desk, clerk: Actor) -> None:
    heard = []
    desk.subscribe(heard.append)
    asked = _ask(desk, clerk)
    assert heard[-1].approvals == frozenset({asked})
