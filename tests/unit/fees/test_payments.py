"""Payments (R11): allocation oldest first or as chosen, part payments, credit, receipt numbers, reversals."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.building.buildings import BuildingInfo
from app.desk import Actor, Desk
from app.errors import Conflict, PermissionDenied, ValidationError
from app.fees.charging import generate_month
from app.fees.ledgers import ledger
from app.fees.payments import open_charges, record_payment, reverse_payment
from db.models import FeePayment
from tests.unit.fees.fees_support import fee_item, give_areas, tenant
from tests.unit.unit_support import row_counts

D = dt.date


@pytest.fixture
def owing(desk: Desk, manager: Actor, clerk: Actor, building: BuildingInfo) -> int:
    """A tenant charged 1,000.00 for each of January, February and March 2026 (due on the 16th)."""
    give_areas(desk, manager, {"101": "100"})
    fee_item(desk, manager, "物业管理费", "area", {D(2025, 1, 1): "10"})
    t = tenant(desk, clerk, "甲公司", ["101"], D(2025, 1, 1))
    with desk.work(manager) as work:
        for month in ("2026-01", "2026-02", "2026-03"):
            generate_month(work, month)
    return t


def _open(desk: Desk, clerk: Actor, t: int) -> tuple[list[tuple[str, int]], int]:
    with desk.read(clerk) as work:
        lines, credit = open_charges(work, t)
    return [(line.period, line.open_fen) for line in lines], credit


def test_a_payment_pays_the_oldest_charges_first(desk: Desk, clerk: Actor, owing: int) -> None:
    with desk.work(clerk) as work:
        paid = record_payment(work, owing, 150000, paid_on=D(2026, 4, 1), method="transfer")
    assert [(a.period, a.amount_fen) for a in paid.allocations] == [("2026-01", 100000), ("2026-02", 50000)]
    assert _open(desk, clerk, owing) == ([("2026-02", 50000), ("2026-03", 100000)], 0)


def test_chosen_charges_are_paid_exactly_and_the_rest_is_credit(desk: Desk, clerk: Actor, owing: int) -> None:
    with desk.read(clerk) as work:
        ids = {line.period: line.id for line in open_charges(work, owing)[0]}
    with desk.work(clerk) as work:
        paid = record_payment(
            work,
            owing,
            180000,
            paid_on=D(2026, 4, 1),
            method="cash",
            allocations=[(ids["2026-03"], 100000), (ids["2026-02"], 30000)],
        )
    assert paid.unallocated_fen == 50000
    assert _open(desk, clerk, owing) == ([("2026-01", 100000), ("2026-02", 70000)], 50000)
    with desk.read(clerk) as work:
        assert ledger(work, owing).balance_fen == 300000 - 180000


def test_more_than_is_owed_leaves_a_credit(desk: Desk, clerk: Actor, owing: int) -> None:
    with desk.work(clerk) as work:
        record_payment(work, owing, 350000, paid_on=D(2026, 4, 1), method="cash")
    assert _open(desk, clerk, owing) == ([], 50000)
    with desk.read(clerk) as work:
        assert ledger(work, owing).balance_fen == -50000


def test_receipt_numbers_run_on_per_year_and_are_unique(desk: Desk, clerk: Actor, owing: int) -> None:
    with desk.work(clerk) as work:
        first = record_payment(work, owing, 100, paid_on=D(2026, 4, 1), method="cash")
        second = record_payment(work, owing, 100, paid_on=D(2026, 4, 2), method="cash")
        typed = record_payment(work, owing, 100, paid_on=D(2026, 4, 2), method="cash", receipt_no="A-0001")
    assert (first.receipt_no, second.receipt_no, typed.receipt_no) == ("SK2026-000001", "SK2026-000002", "A-0001")
    before = row_counts(desk)
    with pytest.raises(Conflict), desk.work(clerk) as work:
        record_payment(work, owing, 100, paid_on=D(2026, 4, 2), method="cash", receipt_no="A-0001")
    assert row_counts(desk) == before


def test_a_reversal_is_a_new_line_and_opens_the_charges_again(
    desk: Desk, clerk: Actor, supervisor: Actor, owing: int
) -> None:
    with desk.work(clerk) as work:
        paid = record_payment(work, owing, 150000, paid_on=D(2026, 4, 1), method="cash")
    with desk.work(supervisor) as work:
        reversal = reverse_payment(work, paid.id, "收错了户")
    assert reversal.amount_fen == -150000 and reversal.reverses_id == paid.id and reversal.receipt_no is None
    assert _open(desk, clerk, owing) == ([("2026-01", 100000), ("2026-02", 100000), ("2026-03", 100000)], 0)
    with desk.read(clerk) as work:
        rows = work.session.execute(select(FeePayment.amount_fen).order_by(FeePayment.id)).scalars().all()
        book = ledger(work, owing)
    assert rows == [150000, -150000]  # the payment itself is untouched
    assert [line.entry for line in book.lines][-2:] == ["payment", "reversal"] and book.balance_fen == 300000
    with pytest.raises(Conflict), desk.work(supervisor) as work:
        reverse_payment(work, paid.id, "again")
    with pytest.raises(Conflict), desk.work(supervisor) as work:
        reverse_payment(work, reversal.id, "a reversal of a reversal")


def test_a_clerk_may_not_reverse_a_payment(desk: Desk, clerk: Actor, owing: int) -> None:
    with desk.work(clerk) as work:
        paid = record_payment(work, owing, 100, paid_on=D(2026, 4, 1), method="cash")
    with pytest.raises(PermissionDenied), desk.work(clerk) as work:
        reverse_payment(work, paid.id, "mistake")


@pytest.mark.parametrize(
    ("amount", "day", "method", "allocations", "field"),
    [
        (0, D(2026, 4, 1), "cash", None, "payment.amount"),
        (-5, D(2026, 4, 1), "cash", None, "payment.amount"),
        (10**15, D(2026, 4, 1), "cash", None, "payment.amount"),
        (100, D(2026, 7, 1), "cash", None, "payment.paid_on"),  # still to come
        (100, D(2026, 4, 1), "gold", None, "payment.method"),
        (100, D(2026, 4, 1), "cash", [(999, 100)], "payment.allocations"),
    ],
)
def test_bad_payments_are_refused_and_change_nothing(
    desk: Desk, clerk: Actor, owing: int, amount: int, day: dt.date, method: str, allocations: list, field: str
) -> None:
    before = row_counts(desk)
    with pytest.raises(ValidationError) as caught, desk.work(clerk) as work:
        record_payment(work, owing, amount, paid_on=day, method=method, allocations=allocations)
    assert caught.value.field == field
    assert row_counts(desk) == before


def test_allocating_more_than_is_owed_or_paid_is_refused(desk: Desk, clerk: Actor, owing: int) -> None:
    with desk.read(clerk) as work:
        first = open_charges(work, owing)[0][0].id
    with pytest.raises(ValidationError), desk.work(clerk) as work:
        record_payment(work, owing, 200000, paid_on=D(2026, 4, 1), method="cash", allocations=[(first, 100001)])
    with pytest.raises(ValidationError), desk.work(clerk) as work:
        record_payment(work, owing, 500, paid_on=D(2026, 4, 1), method="cash", allocations=[(first, 600)])


def test_payments_and_deposits_share_one_receipt_series(desk: Desk, clerk: Actor, owing: int) -> None:
    from app.fees.deposits import record_deposit

    with desk.work(clerk) as work:
        record_deposit(work, owing, "key", 20000, received_on=D(2026, 4, 1), receipt_no="SK2026-000007")
        paid = record_payment(work, owing, 100, paid_on=D(2026, 4, 1), method="cash")
    assert paid.receipt_no == "SK2026-000008"
    with pytest.raises(Conflict), desk.work(clerk) as work:
        record_payment(work, owing, 100, paid_on=D(2026, 4, 1), method="cash", receipt_no="SK2026-000007")
