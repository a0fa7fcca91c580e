"""The demo's money (issue 15): eight years (here the test demo's three) of monthly charges made by the monthly run,
payments as tenants really pay — on time, late, a few long-term debtors —, deposits in every state, and a file
that still passes its check. Built once for this module at the shared test demo's size, then only read."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import demo, fees
from app.desk import Desk, Work
from app.safety import check_file
from db.models import (
    Approval,
    Customer,
    Deposit,
    DepositMove,
    FeeCharge,
    FeeItem,
    FeePayment,
    MeterReading,
    MoveOut,
    Tenancy,
    User,
)
from tests.conftest import NOW, PASSWORD
from tests.postgres.server_desk import demo_on_server
from tests.server_templates import ServerTemplates
from tests.unit.unit_support import FILE, SERVER

TODAY = NOW.date()  # the test demo's as-of day


@pytest.fixture(scope="module")
def money_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tests' demo (tests/conftest.py ``demo_db``: seed 7, 6 floors × 4 units, 3 years) with its money."""
    path = tmp_path_factory.mktemp("money") / "demo.db"
    demo.build_demo(path, seed=7, floors=6, units_per_floor=4, years=3, password=PASSWORD, as_of=TODAY)
    return path


@pytest.fixture(scope="module", params=[FILE, SERVER])
def money_database(money_db: Path, request: pytest.FixtureRequest) -> Iterator[Path | str]:
    """The demo with its money as ``Desk.open`` takes it: the file, or a database on the test server it was moved
    to once (``migrate-to-server``) for this module. Only read: every test of the module may share it."""
    if request.param == SERVER:
        templates: ServerTemplates = request.getfixturevalue("server_templates")
        url = templates.copy("money", demo_on_server(money_db))
        yield url
        templates.drop(url)
    else:
        yield money_db


@pytest.fixture(scope="module")
def work(money_database: Path | str) -> Iterator[Work]:
    with Desk.open(money_database) as desk, desk.read(None) as reading:
        yield reading


def test_the_demo_with_its_money_passes_the_file_check(money_db: Path) -> None:
    report = check_file(money_db)
    assert report.ok, report.problems


def test_every_month_from_the_start_is_charged_by_the_monthly_run(work: Work) -> None:
    start = demo.years_before(TODAY, 3)
    periods = set(work.session.scalars(select(FeeCharge.period).where(FeeCharge.kind == "generated")))
    month, expected = fees.Month(start.year, start.month), set()
    while month.first <= TODAY:
        expected.add(month.code)
        month = fees.Month(month.year + month.month // 12, month.month % 12 + 1)
    assert periods == expected
    # Generating any month again finds it right: nothing new, not even an adjustment.
    for code in (min(expected), "2025-02", max(expected)):
        assert fees.plan_month(work, code).nothing_new


def test_the_demo_has_every_kind_of_fee_item_and_line(work: Work) -> None:
    items = {item.name: item for item in work.session.scalars(select(FeeItem))}
    assert {item.basis for item in items.values()} == {"area", "fixed", "metered", "one_off"}
    kinds = {kind for (kind,) in work.session.execute(select(FeeCharge.kind).distinct())}
    assert {"generated", "one_off"} <= kinds
    metered = [items["电费"].id, items["水费"].id]
    assert work.session.scalar(select(func.count()).where(FeeCharge.item_id.in_(metered))) > 0
    assert work.session.scalar(select(func.count()).select_from(MeterReading)) > 0
    # The property fee went up on a 1 January during the demo: lines at both rates.
    rates = set(
        work.session.scalars(select(FeeCharge.rate).where(FeeCharge.item_id == items["物业管理费"].id).distinct())
    )
    assert {demo.DEMO_FEE_ITEMS[0][6], demo.DEMO_PROPERTY_FEE_RAISE} <= {f"{r:.4f}" for r in rates if r is not None}
    # The fit-out free period: a tenancy that moved in during the demo pays no property fee before its fit-out end.
    fitted = work.session.execute(
        select(Tenancy.id, Tenancy.fit_out_until).where(Tenancy.move_in >= demo.years_before(TODAY, 2))
    ).all()
    assert fitted
    for tenancy_id, fit_out_until in fitted:
        first_charged = work.session.scalar(
            select(func.min(FeeCharge.period)).where(
                FeeCharge.tenancy_id == tenancy_id, FeeCharge.item_id == items["物业管理费"].id
            )
        )
        assert first_charged is None or first_charged >= f"{fit_out_until:%Y-%m}"


def test_debtors_in_every_ageing_column_and_long_term_ones_among_them(work: Work) -> None:
    rows = fees.arrears(work, as_of=TODAY)
    for column in range(4):
        assert any(row.buckets[column] > 0 for row in rows), fees.BUCKET_NAMES[column]
    long_term = [row for row in rows if row.buckets[3] > 0]
    assert len(long_term) >= 2
    assert any(row.moved_out is not None for row in long_term)  # one of them departed owing
    assert any(row.moved_out is None for row in long_term)
    # Most pay: those behind are a minority of the tenancies charged this year.
    charged = work.session.scalar(
        select(func.count(FeeCharge.tenancy_id.distinct())).where(FeeCharge.period >= f"{TODAY.year}-01")
    )
    assert len(rows) < charged / 2
    # The long-term debtors have been chased.
    assert all(row.last_chased is not None for row in long_term)


def test_balances_are_charges_less_payments_to_the_fen(work: Work) -> None:
    charged = {
        t: int(fen)
        for t, fen in work.session.execute(
            select(FeeCharge.tenancy_id, func.sum(FeeCharge.amount_fen)).group_by(FeeCharge.tenancy_id)
        )
    }
    paid = {
        t: int(fen)
        for t, fen in work.session.execute(
            select(FeePayment.tenancy_id, func.sum(FeePayment.amount_fen)).group_by(FeePayment.tenancy_id)
        )
    }
    assert charged and paid
    found = fees.for_tenancies(work, None)
    for tenancy_id in set(charged) | set(paid):
        owed = charged.get(tenancy_id, 0) - paid.get(tenancy_id, 0)
        assert fees.ledger(work, tenancy_id).balance_fen == owed
        open_fen = sum(line.open_fen for line in found.lines.get(tenancy_id, []))
        assert open_fen - found.credit.get(tenancy_id, 0) == owed


def test_payments_reversals_and_receipts(work: Work) -> None:
    payments = work.session.scalars(select(FeePayment)).all()
    reversals = [p for p in payments if p.reverses_id is not None]
    assert len(payments) > 100 and reversals
    assert all(p.amount_fen < 0 and p.receipt_no is None for p in reversals)
    numbers = [p.receipt_no for p in payments if p.receipt_no is not None]
    assert len(numbers) == len(set(numbers)) and all(n.startswith("SK") for n in numbers)
    # Paid on time by most: a payment is in the month its period is billed, or later, never before the demo.
    assert min(p.paid_on for p in payments) >= demo.years_before(TODAY, 3).replace(day=1)
    assert max(p.paid_on for p in payments) <= TODAY


def test_deposits_in_every_state_and_none_left_undecided_at_a_move_out(work: Work) -> None:
    tenancy_ids = set(work.session.scalars(select(Deposit.tenancy_id)))
    states = {d.state for t in tenancy_ids for d in fees.deposits_of(work, t)}
    assert states == set(fees.DEPOSIT_STATE_NAMES)
    for tenancy_id in work.session.scalars(select(MoveOut.tenancy_id)):
        assert fees.undecided_fen(work, tenancy_id) == 0
    # Every retention was the department manager's own decision, with the reason.
    retained = work.session.scalars(select(DepositMove).where(DepositMove.kind == "retain")).all()
    assert retained
    for move in retained:
        assert move.reason and move.approval_id is not None
        approval = work.session.get(Approval, move.approval_id)
        assert approval is not None and approval.kind == "deposit"
        decider = work.session.get(User, approval.decided_by)
        assert decider is not None and decider.login == "manager"


def test_the_fee_letterhead_is_filled_in(work: Work) -> None:
    assert fees.fee_settings(work) == demo.DEMO_FEE_SETTINGS


def test_the_rest_of_the_demo_is_drawn_as_before_the_fees_came(work: Work, demo_db: Path) -> None:
    """The money draws from a generator of its own: a seed's names, stays and papers are those of the demo without
    it (the UI tests find their tenants by name)."""

    def drawn(reading: Work) -> list[tuple[object, ...]]:
        return [
            tuple(row)
            for row in reading.session.execute(
                select(Tenancy.id, Tenancy.move_in, Tenancy.move_out, Customer.name)
                .join(Customer, Customer.id == Tenancy.customer_id)
                .order_by(Tenancy.id)
            )
        ]

    with Desk.open(demo_db) as desk, desk.read(None) as without:
        assert drawn(work) == drawn(without)
        assert without.session.scalar(select(func.count()).select_from(FeeCharge)) == 0
