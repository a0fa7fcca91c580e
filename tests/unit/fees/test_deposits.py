"""Deposits (R11): received, partly refunded, refunded, retained — retained only with the reason and the
department manager's approval; never more than is still held."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from app.approvals import ApprovalKind, decide, request_approval
from app.building.buildings import BuildingInfo
from app.desk import Actor, Desk
from app.errors import NeedsApproval, ValidationError
from app.fees.deposits import deposits_of, record_deposit, refund_deposit, retain_deposit, undecided_fen
from tests.unit.fees.fees_support import tenant
from tests.unit.unit_support import row_counts

D = dt.date


@pytest.fixture
def held(desk: Desk, clerk: Actor, building: BuildingInfo) -> tuple[int, int]:
    """(tenancy, deposit): a fit-out deposit of 5,000.00 received on 1 March 2026."""
    t = tenant(desk, clerk, "甲公司", ["101"], D(2026, 3, 1))
    with desk.work(clerk) as work:
        d = record_deposit(work, t, "fit_out", 500000, received_on=D(2026, 3, 1), receipt_no="YJ-001", payer="甲公司")
    return t, d.id


def _state(desk: Desk, clerk: Actor, t: int) -> list[tuple[str, int, int, int]]:
    with desk.read(clerk) as work:
        return [(d.state, d.refunded_fen, d.retained_fen, d.undecided_fen) for d in deposits_of(work, t)]


def test_a_received_deposit_is_undecided(desk: Desk, clerk: Actor, held: tuple[int, int]) -> None:
    assert _state(desk, clerk, held[0]) == [("received", 0, 0, 500000)]
    with desk.read(clerk) as work:
        assert undecided_fen(work, held[0]) == 500000


def test_refunded_in_part_then_in_full(desk: Desk, clerk: Actor, held: tuple[int, int]) -> None:
    t, d = held
    with desk.work(clerk) as work:
        refund_deposit(work, d, 200000, day=D(2026, 6, 1))
    assert _state(desk, clerk, t) == [("partly_refunded", 200000, 0, 300000)]
    with desk.work(clerk) as work:
        refund_deposit(work, d, 300000, day=D(2026, 6, 2))
    assert _state(desk, clerk, t) == [("refunded", 500000, 0, 0)]


def test_the_manager_retains_part_with_a_reason(
    desk: Desk, clerk: Actor, manager: Actor, held: tuple[int, int]
) -> None:
    t, d = held
    with desk.work(manager) as work:
        info = retain_deposit(work, d, 120000, day=D(2026, 6, 1), reason="墙面修复")
        refund_deposit(work, d, 380000, day=D(2026, 6, 1))
    assert info.moves[0].approval_id is not None
    assert _state(desk, clerk, t) == [("retained", 380000, 120000, 0)]


def test_a_clerk_retains_only_with_the_managers_approval(
    desk: Desk, clerk: Actor, manager: Actor, held: tuple[int, int]
) -> None:
    t, d = held
    before = row_counts(desk)
    with pytest.raises(NeedsApproval), desk.work(clerk) as work:
        retain_deposit(work, d, 120000, day=D(2026, 6, 1), reason="墙面修复")
    assert row_counts(desk) == before
    with desk.work(clerk) as work:
        asked = request_approval(work, ApprovalKind.DEPOSIT, "deposit", d, dossier_id=None, summary="扣留 1,200.00")
    with desk.work(manager) as work:
        decide(work, asked.id, approve=True, note="同意")
    with desk.work(clerk) as work:
        retain_deposit(work, d, 120000, day=D(2026, 6, 1), reason="墙面修复")
    assert _state(desk, clerk, t) == [("partly_retained", 0, 120000, 380000)]


@pytest.mark.parametrize(
    ("kind", "amount", "reason", "field"),
    [
        ("refund", 500001, "", "deposit.amount"),
        ("refund", 0, "", "deposit.amount"),
        ("retain", 100, "", "deposit.reason"),
    ],
)
def test_bad_moves_are_refused(
    desk: Desk, manager: Actor, held: tuple[int, int], kind: str, amount: int, reason: str, field: str
) -> None:
    before = row_counts(desk)
    with pytest.raises(ValidationError) as caught, desk.work(manager) as work:
        if kind == "refund":
            refund_deposit(work, held[1], amount, day=D(2026, 6, 1))
        else:
            retain_deposit(work, held[1], amount, day=D(2026, 6, 1), reason=reason)
    assert caught.value.field == field
    assert row_counts(desk) == before


def test_plain_sql_cannot_rewrite_a_deposit_or_a_refund(desk: Desk, manager: Actor, held: tuple[int, int]) -> None:
    with desk.work(manager) as work:
        refund_deposit(work, held[1], 100, day=D(2026, 6, 1))
    for statement in (
        "UPDATE deposit SET amount_fen = 1",
        "DELETE FROM deposit",
        "UPDATE deposit_move SET amount_fen = 1",
        "DELETE FROM deposit_move",
    ):
        # One transaction each: a server aborts the whole transaction at the first refusal.
        with pytest.raises(Exception, match="dossier-desk refuses"), desk.engine.begin() as connection:
            connection.execute(text(statement))
