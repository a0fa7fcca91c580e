"""Loans (R8): a dossier leaves the cabinet only as a loan the department manager approved; every step is recorded."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select
from sqlalchemy import text as sql_text

from app.approvals import ApprovalStatus, approvals_for, decide, pending_approvals, withdraw
from app.building import buildings
from app.customers.details import CustomerInput
from app.desk import Actor, Desk
from app.errors import ChangedMeanwhile, Conflict, NeedsApproval, NotFound, PermissionDenied, ValidationError
from app.loans import LoanState, hand_out, list_loans, loan_info, on_loan, overdue_loans, request_loan, take_back
from app.loans.loans import loan_requests
from app.tenancy import lifecycle as tenancy
from db import protection
from db.models import Change, Dossier
from tests.conftest import NOW
from tests.unit.unit_support import DRIVER_INTEGRITY_ERRORS, plain_sql, refused, shell, unit_id

TODAY = NOW.date()


@pytest.fixture
def second(desk: Desk, clerk: Actor, building: buildings.BuildingInfo) -> tenancy.MoveIn:
    """乙贸易 in unit 102."""
    with desk.work(clerk) as work:
        return tenancy.move_in(
            work,
            customer=CustomerInput(name="乙贸易有限公司"),
            unit_ids=[unit_id(desk, "102")],
            move_in=dt.date(2025, 3, 1),
        )


def _request(desk: Desk, actor: Actor, *dossier_ids: int, **kwargs: object) -> int:
    with desk.work(actor) as work:
        info = request_loan(work, list(dossier_ids), "林芳", "工程部", "核对装修图纸", **kwargs)  # type: ignore[arg-type]
    return info.id


def _approve(desk: Desk, manager: Actor, loan_id: int, approve: bool = True, note: str = "同意") -> None:
    with desk.read(manager) as work:
        approval_id = loan_info(work, loan_id).approval_id
    assert approval_id is not None
    with desk.work(manager) as work:
        decide(work, approval_id, approve=approve, note=note)


def _info(desk: Desk, loan_id: int) -> object:
    with desk.read(None) as work:
        return loan_info(work, loan_id)


def _later(desk: Desk, days: int, hour: int = 16) -> None:
    """Move the desk's clock ``days`` on (the loan runs over days)."""
    moment = dt.datetime.combine(TODAY + dt.timedelta(days=days), dt.time(hour, 0))
    desk.clock = lambda: moment


def test_a_loan_end_to_end_request_approve_hand_out_overdue_return_incomplete(
    desk: Desk, clerk: Actor, supervisor: Actor, manager: Actor, tenant: tenancy.MoveIn
) -> None:
    loan_id = _request(desk, clerk, tenant.dossier_id)
    with desk.read(manager) as work:
        info = loan_info(work, loan_id)
        waiting = pending_approvals(work)
    # Same day by default, read in the office only by default; the manager sees it in the list.
    assert info.state == LoanState.REQUESTED and info.expected_return == TODAY and info.in_office_only
    assert info.requested_by == "王小明"
    assert [a.id for a in waiting] == [info.approval_id]
    assert "林芳" in waiting[0].summary and tenant.dossier_number in waiting[0].summary

    _approve(desk, manager, loan_id)
    assert _info(desk, loan_id).state == LoanState.APPROVED  # type: ignore[attr-defined]
    with desk.work(supervisor) as work:
        out = hand_out(work, loan_id)
    assert out.state == LoanState.OUT and out.handed_out_by == "陈主管" and out.approved_by == "李经理"
    with desk.read(clerk) as work:
        held = on_loan(work, [tenant.dossier_id])
        assert overdue_loans(work) == []
    assert held[tenant.dossier_id].borrower == "林芳" and held[tenant.dossier_id].lent_on == TODAY

    _later(desk, 2)
    with desk.read(clerk) as work:
        (late,) = overdue_loans(work)
    assert late.id == loan_id and late.overdue

    with desk.work(clerk) as work:
        back = take_back(work, loan_id, complete=False, missing_note="缺第3页装修图")
    assert back.state == LoanState.RETURNED and back.complete is False and back.missing_note == "缺第3页装修图"
    assert back.returned_by == "王小明" and not back.overdue
    with desk.read(clerk) as work:
        assert on_loan(work, [tenant.dossier_id]) == {}
        assert overdue_loans(work) == []
    # Every step is in the dossier's record, with who did it.
    with desk.read(None) as work:
        lines = work.session.scalars(
            select(Change).where(Change.entity == "loan", Change.dossier_id == tenant.dossier_id).order_by(Change.id)
        ).all()
    assert [line.action for line in lines] == ["loan_requested", "loan_handed_out", "loan_returned"]
    assert json.loads(lines[-1].details)["missing"] == "缺第3页装修图"


def test_one_request_names_several_dossiers_and_all_of_them_go_out(
    desk: Desk, clerk: Actor, manager: Actor, tenant: tenancy.MoveIn, second: tenancy.MoveIn
) -> None:
    loan_id = _request(desk, clerk, tenant.dossier_id, second.dossier_id, tenant.dossier_id)
    info = _info(desk, loan_id)
    assert [d.dossier_id for d in info.dossiers] == sorted([tenant.dossier_id, second.dossier_id])  # type: ignore[attr-defined]
    _approve(desk, manager, loan_id)
    with desk.work(clerk) as work:
        hand_out(work, loan_id)
    with desk.read(clerk) as work:
        assert set(on_loan(work, [tenant.dossier_id, second.dossier_id])) == {tenant.dossier_id, second.dossier_id}


def test_hand_out_needs_the_managers_approval(
    desk: Desk, clerk: Actor, supervisor: Actor, manager: Actor, tenant: tenancy.MoveIn
) -> None:
    loan_id = _request(desk, clerk, tenant.dossier_id)
    with refused(desk, NeedsApproval, None, "still waiting"), desk.work(supervisor) as work:
        hand_out(work, loan_id)
    _approve(desk, manager, loan_id, approve=False, note="施工期间不外借")
    assert _info(desk, loan_id).state == LoanState.REFUSED  # type: ignore[attr-defined]
    with refused(desk, Conflict, "loan", "refused"), desk.work(supervisor) as work:
        hand_out(work, loan_id)
    # A refused request does not hold the dossier: it can be asked for again.
    again = _request(desk, clerk, tenant.dossier_id)
    assert _info(desk, again).state == LoanState.REQUESTED  # type: ignore[attr-defined]


def test_a_withdrawn_request_frees_the_dossier(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    loan_id = _request(desk, clerk, tenant.dossier_id)
    with desk.work(clerk) as work:
        withdraw(work, loan_info(work, loan_id).approval_id or 0)
    assert _info(desk, loan_id).state == LoanState.WITHDRAWN  # type: ignore[attr-defined]
    _request(desk, clerk, tenant.dossier_id)


def test_an_approved_loan_nobody_collects_can_be_withdrawn(
    desk: Desk, clerk: Actor, manager: Actor, tenant: tenancy.MoveIn
) -> None:
    loan_id = _request(desk, clerk, tenant.dossier_id)
    _approve(desk, manager, loan_id)
    with desk.work(clerk) as work:
        withdraw(work, loan_info(work, loan_id).approval_id or 0)
    assert _info(desk, loan_id).state == LoanState.WITHDRAWN  # type: ignore[attr-defined]
    with refused(desk, Conflict, "loan", "withdrawn"), desk.work(clerk) as work:
        hand_out(work, loan_id)
    _request(desk, clerk, tenant.dossier_id)  # the dossier is free again


def test_the_manager_cannot_hand_out_nor_take_back_the_desk_does(
    desk: Desk, clerk: Actor, manager: Actor, admin: Actor, tenant: tenancy.MoveIn
) -> None:
    loan_id = _request(desk, manager, tenant.dossier_id)
    _approve(desk, manager, loan_id)
    for actor in (manager, admin):
        with refused(desk, PermissionDenied, None, "may not hand out"), desk.work(actor) as work:
            hand_out(work, loan_id)
    with desk.work(clerk) as work:
        hand_out(work, loan_id)
    for actor in (manager, admin):
        with refused(desk, PermissionDenied, None, "may not take back"), desk.work(actor) as work:
            take_back(work, loan_id, complete=True)
    with refused(desk, PermissionDenied, None, "may not ask to borrow"), desk.work(admin) as work:
        request_loan(work, [tenant.dossier_id], "林芳", "", "查阅")


def test_a_dossier_out_or_asked_for_cannot_be_asked_for_again(
    desk: Desk, clerk: Actor, manager: Actor, tenant: tenancy.MoveIn, second: tenancy.MoveIn
) -> None:
    loan_id = _request(desk, clerk, tenant.dossier_id)
    with refused(desk, Conflict, "loan.dossiers", tenant.dossier_number, "already asked for by 林芳"):
        _request(desk, clerk, second.dossier_id, tenant.dossier_id)
    _approve(desk, manager, loan_id)
    with refused(desk, Conflict, "loan.dossiers", "already asked for"):
        _request(desk, clerk, tenant.dossier_id)
    with desk.work(clerk) as work:
        hand_out(work, loan_id)
    with refused(desk, Conflict, "loan.dossiers", "is out on loan to 林芳 since 2026-06-15"):
        _request(desk, clerk, tenant.dossier_id)
    with desk.work(clerk) as work:
        take_back(work, loan_id, complete=True)
    _request(desk, clerk, tenant.dossier_id)  # back in the cabinet: may be lent again


def test_bad_requests_are_refused_and_write_nothing(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    d = [tenant.dossier_id]
    cases: list[tuple[dict[str, object], type[Exception], str, str]] = [
        ({"borrower": " "}, ValidationError, "loan.borrower", "must not be empty"),
        ({"purpose": ""}, ValidationError, "loan.purpose", "must not be empty"),
        ({"borrower": "林" * 101}, ValidationError, "loan.borrower", "too long"),
        ({"expected_return": TODAY - dt.timedelta(days=1)}, ValidationError, "loan.expected_return", "before today"),
        ({"dossier_ids": []}, ValidationError, "loan.dossiers", "at least one dossier"),
        ({"dossier_ids": [99999]}, NotFound, "loan.dossiers", "no dossier with id 99999"),
    ]
    for change, error, field, says in cases:
        args: dict[str, object] = {"dossier_ids": d, "borrower": "林芳", "department": "", "purpose": "查阅", **change}
        with refused(desk, error, field, says), desk.work(clerk) as work:  # type: ignore[arg-type]
            request_loan(work, **args)  # type: ignore[arg-type]


def test_a_destroyed_dossier_cannot_be_lent(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    with plain_sql(desk) as conn:
        # The database lets a status only move forward (db/protection.py): the test takes the triggers away to make
        # a destroyed dossier at once.
        protection.uninstall(conn)
        conn.execute(sql_text("UPDATE dossier SET status = 'destroyed' WHERE id = :id"), {"id": tenant.dossier_id})
    with refused(desk, Conflict, "loan.dossiers", "was destroyed"):
        _request(desk, clerk, tenant.dossier_id)


def test_taking_back_incomplete_needs_a_note_and_only_an_out_loan_comes_back(
    desk: Desk, clerk: Actor, manager: Actor, tenant: tenancy.MoveIn
) -> None:
    loan_id = _request(desk, clerk, tenant.dossier_id)
    with refused(desk, Conflict, "loan", "never handed out"), desk.work(clerk) as work:
        take_back(work, loan_id, complete=True)
    _approve(desk, manager, loan_id)
    with desk.work(clerk) as work:
        hand_out(work, loan_id)
    with refused(desk, ValidationError, "loan.missing_note", "what was missing"), desk.work(clerk) as work:
        take_back(work, loan_id, complete=False, missing_note="  ")
    with refused(desk, Conflict, "loan", "handed out already"), desk.work(clerk) as work:
        hand_out(work, loan_id)
    with desk.work(clerk) as work:
        take_back(work, loan_id, complete=True)
    with refused(desk, Conflict, "loan", "came back already"), desk.work(clerk) as work:
        take_back(work, loan_id, complete=True)


def test_a_step_saved_over_a_change_made_meanwhile_is_refused(
    desk: Desk, clerk: Actor, manager: Actor, tenant: tenancy.MoveIn
) -> None:
    loan_id = _request(desk, clerk, tenant.dossier_id)
    _approve(desk, manager, loan_id)
    seen = _info(desk, loan_id).version  # type: ignore[attr-defined]
    with desk.work(clerk) as work:
        hand_out(work, loan_id, expected_version=seen)
    with refused(desk, ChangedMeanwhile, None, "changed meanwhile"), desk.work(clerk) as work:
        take_back(work, loan_id, complete=True, expected_version=seen)


def test_the_schema_refuses_steps_out_of_order(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    """A raw SQL edit cannot return a dossier that never left, nor record 是否完好=否 without what was missing."""
    loan_id = _request(desk, clerk, tenant.dossier_id)
    bad = [
        "UPDATE loan SET returned_at = '2026-06-15 11:00:00', returned_by = 1, complete = true WHERE id = ?",
        "UPDATE loan SET handed_out_at = '2026-06-15 11:00:00' WHERE id = ?",  # by nobody
        "UPDATE loan SET handed_out_at = '2026-06-15 11:00:00', handed_out_by = 1, approval_id = NULL WHERE id = ?",
    ]
    for statement in bad:
        with pytest.raises(DRIVER_INTEGRITY_ERRORS, match=r"(?i)check"), shell(desk) as conn:
            conn.execute(statement, (loan_id,))
    with shell(desk) as conn:
        conn.execute(
            "UPDATE loan SET handed_out_at = '2026-06-15 11:00:00', handed_out_by = 1 WHERE id = ?", (loan_id,)
        )
    for statement in (
        "UPDATE loan SET returned_at = '2026-06-16 09:00:00', returned_by = 1, complete = false WHERE id = ?",
        "UPDATE loan SET returned_at = '2026-06-14 09:00:00', returned_by = 1, complete = true WHERE id = ?",
    ):
        with pytest.raises(DRIVER_INTEGRITY_ERRORS, match=r"(?i)check"), shell(desk) as conn:
            conn.execute(statement, (loan_id,))


def test_listing_by_period_overdue_and_open(
    desk: Desk, clerk: Actor, manager: Actor, tenant: tenancy.MoveIn, second: tenancy.MoveIn
) -> None:
    first = _request(desk, clerk, tenant.dossier_id, expected_return=TODAY + dt.timedelta(days=1))
    _approve(desk, manager, first)
    with desk.work(clerk) as work:
        hand_out(work, first)
    _later(desk, 20)
    later = _request(desk, clerk, second.dossier_id)
    with desk.read(clerk) as work:
        assert [x.id for x in list_loans(work)] == [later, first]  # newest first
        assert [x.id for x in list_loans(work, period=(TODAY, TODAY))] == [first]
        assert [x.id for x in list_loans(work, period=(TODAY + dt.timedelta(days=20),) * 2)] == [later]
        assert [x.id for x in list_loans(work, overdue_only=True)] == [first]
        assert {x.id for x in list_loans(work, open_only=True)} == {first, later}
        assert set(loan_requests(work, [tenant.dossier_id, second.dossier_id])) == {
            tenant.dossier_id,
            second.dossier_id,
        }
        assert set(on_loan(work, [tenant.dossier_id, second.dossier_id])) == {tenant.dossier_id}


def test_approval_history_names_the_loan(desk: Desk, clerk: Actor, manager: Actor, tenant: tenancy.MoveIn) -> None:
    loan_id = _request(desk, clerk, tenant.dossier_id)
    _approve(desk, manager, loan_id)
    with desk.work(clerk) as work:
        hand_out(work, loan_id)
    with desk.read(None) as work:
        (used,) = approvals_for(work, "loan", loan_id)
        dossier = work.session.get(Dossier, tenant.dossier_id)
        assert dossier is not None and dossier.status == "live"
    assert used.status == ApprovalStatus.USED and used.dossier_id == tenant.dossier_id
