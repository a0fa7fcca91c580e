"""The move-out checklist's deposit line decided by the deposit register (issue 15, R11): refused while a deposit
still holds money undecided, naming the amounts; the outcome derived once every deposit is settled."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.approvals import ApprovalKind, decide, request_approval
from app.building.buildings import BuildingInfo
from app.desk import Actor, Desk
from app.errors import Conflict
from app.fees.deposits import record_deposit, refund_deposit, retain_deposit
from app.tenancy import lifecycle as tenancy
from app.tenancy.lifecycle import DepositsHeld, MoveOutChecklist, deposit_line
from db.models import MoveOut
from tests.unit.tenancy.test_move_out import DONE, TODAY, dossier_status
from tests.unit.unit_support import refused

NOT_SET = replace(DONE, deposit="", deposit_note="")


def deposit(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, kind: str, fen: int) -> int:
    with desk.work(clerk) as work:
        return record_deposit(work, tenant.tenancy_id, kind, fen, received_on=dt.date(2026, 1, 5)).id


def retain_with_manager(desk: Desk, clerk: Actor, manager: Actor, deposit_id: int, fen: int, reason: str) -> None:
    """What the clerk's desk does: the request, the manager approves it, then the clerk retains."""
    with desk.work(clerk) as work:
        request = request_approval(
            work, ApprovalKind.DEPOSIT, "deposit", deposit_id, dossier_id=None, summary="retain", reason=reason
        )
    with desk.work(manager) as work:
        decide(work, request.id, approve=True, note="ok", expected_version=request.version)
    with desk.work(clerk) as work:
        retain_deposit(work, deposit_id, fen, day=TODAY, reason=reason)


def recorded_outcome(desk: Desk, tenancy_id: int) -> tuple[str, str]:
    with desk.read(None) as work:
        row = work.session.execute(select(MoveOut).where(MoveOut.tenancy_id == tenancy_id)).scalar_one()
        return row.deposit_outcome, row.deposit_note


def test_a_deposit_still_held_refuses_the_move_out_naming_kind_and_amount(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn
) -> None:
    fit_out = deposit(desk, clerk, tenant, "fit_out", 500_000)
    deposit(desk, clerk, tenant, "key", 20_000)
    with desk.work(clerk) as work:
        refund_deposit(work, fit_out, 100_000, day=TODAY)
    # Even with "refunded" ticked the way the old checklist had it: the register decides.
    held = refused(desk, DepositsHeld, "move_out.deposit", "Fit-out deposit 4,000.00", "Key deposit 200.00")
    with held, desk.work(clerk) as work:
        tenancy.move_out(work, tenant.tenancy_id, day=TODAY, checklist=DONE)
    assert dossier_status(desk, tenant.dossier_id) == "live"


def test_the_refusal_is_a_conflict_translated_with_the_kind_names(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn
) -> None:
    deposit(desk, clerk, tenant, "rental", 1_000_000)
    with pytest.raises(Conflict) as info, desk.work(clerk) as work:
        tenancy.move_out(work, tenant.tenancy_id, day=TODAY, checklist=DONE)
    words = {"Rental deposit": "租赁押金"}
    shown = info.value.text(lambda _context, text, *_rest: words.get(text, text))
    assert "租赁押金 10,000.00" in shown


def test_every_deposit_refunded_moves_out_as_refunded(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    key = deposit(desk, clerk, tenant, "key", 20_000)
    with desk.work(clerk) as work:
        refund_deposit(work, key, 20_000, day=TODAY)
    with desk.work(clerk) as work:  # the radio buttons' value is not asked for: the register has deposits
        result = tenancy.move_out(work, tenant.tenancy_id, day=TODAY, checklist=NOT_SET)
    assert result.departed
    assert recorded_outcome(desk, tenant.tenancy_id) == ("refunded", "")


def test_a_retention_makes_the_outcome_retained_with_its_reason(
    desk: Desk, clerk: Actor, manager: Actor, tenant: tenancy.MoveIn
) -> None:
    fit_out = deposit(desk, clerk, tenant, "fit_out", 500_000)
    retain_with_manager(desk, clerk, manager, fit_out, 80_000, "墙面损坏修复")
    with desk.work(clerk) as work:
        refund_deposit(work, fit_out, 420_000, day=TODAY)
    with desk.work(clerk) as work:
        tenancy.move_out(work, tenant.tenancy_id, day=TODAY, checklist=replace(DONE, deposit="none"))
    assert recorded_outcome(desk, tenant.tenancy_id) == ("retained", "墙面损坏修复")


def test_without_deposits_in_the_register_the_checklist_line_stays_as_before(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn
) -> None:
    missing = refused(desk, Conflict, "move_out.deposit", "deposit refunded, or retained with a reason")
    with missing, desk.work(clerk) as work:
        tenancy.move_out(work, tenant.tenancy_id, day=TODAY, checklist=NOT_SET)
    with desk.work(clerk) as work:
        tenancy.move_out(work, tenant.tenancy_id, day=TODAY, checklist=replace(DONE, deposit="none"))
    assert recorded_outcome(desk, tenant.tenancy_id) == ("none", "")


def test_the_deposit_line_of_the_register() -> None:
    assert deposit_line([]) == ("refunded", "")
    assert tenancy.with_deposit_register(MoveOutChecklist(deposit="none"), []).deposit == "none"


def test_a_partial_move_out_keeps_the_deposits_held(desk: Desk, clerk: Actor, building: BuildingInfo) -> None:
    from app.fees import deposits_of, record_deposit, refund_deposit
    from app.tenancy.lifecycle import MoveOutChecklist, move_out
    from db.models import MoveOut
    from tests.unit.fees.fees_support import tenant
    from tests.unit.unit_support import unit_id

    t = tenant(desk, clerk, "两间公司", ["101", "102"], dt.date(2025, 1, 1))
    with desk.work(clerk) as work:
        held = record_deposit(work, t, "rental", 300000, received_on=dt.date(2025, 1, 1))
    checklist = MoveOutChecklist(True, True, Decimal(1), Decimal(1), "", "", "13800000000")
    with desk.work(clerk) as work:  # one unit of two: the deposit stays with the unit kept
        move_out(work, t, day=dt.date(2026, 6, 1), checklist=checklist, unit_ids=[unit_id(desk, "102")])
    with desk.read(clerk) as work:
        assert [m.deposit_outcome for m in work.session.query(MoveOut)] == ["held"]
    with pytest.raises(Conflict), desk.work(clerk) as work:  # the last unit: settled first
        move_out(work, t, day=dt.date(2026, 6, 10), checklist=checklist)
    with pytest.raises(Conflict), desk.work(clerk) as work:  # "held" typed in is no settlement of the last unit
        move_out(work, t, day=dt.date(2026, 6, 10), checklist=replace(checklist, deposit="held"))
    with desk.work(clerk) as work:
        refund_deposit(work, held.id, 300000, day=dt.date(2026, 6, 10))
        move_out(work, t, day=dt.date(2026, 6, 10), checklist=checklist)
    with desk.read(clerk) as work:
        assert deposits_of(work, t)[0].state == "refunded"
