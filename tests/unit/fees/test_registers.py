"""The building-wide registers (R11): charges, payments and deposits filtered, paged in order, with totals that
agree with the lines."""

from __future__ import annotations

import datetime as dt

import pytest

from app.building.buildings import BuildingInfo, list_floors
from app.desk import Actor, Desk
from app.errors import ValidationError
from app.fees.charging import generate_month
from app.fees.deposits import record_deposit, refund_deposit, retain_deposit
from app.fees.payments import record_payment, reverse_payment
from app.fees.registers import (
    ChargeFilter,
    DepositFilter,
    PaymentFilter,
    charge_register,
    charge_totals,
    deposit_register,
    payment_register,
    payment_totals,
)
from tests.unit.fees.fees_support import fee_item, give_areas, tenant

D = dt.date


@pytest.fixture
def charged(desk: Desk, manager: Actor, clerk: Actor, building: BuildingInfo) -> tuple[int, int, int]:
    give_areas(desk, manager, {"101": "100", "201": "50"})
    item = fee_item(desk, manager, "物业管理费", "area", {D(2026, 1, 1): "30"})
    first = tenant(desk, clerk, "甲公司", ["101"], D(2025, 12, 1))
    second = tenant(desk, clerk, "乙公司", ["201"], D(2025, 12, 1))
    with desk.work(manager) as work:
        for month in ("2026-03", "2026-04", "2026-05"):
            generate_month(work, month)
    return item, first, second


def test_charges_are_filtered_by_period_and_floor_with_totals(
    desk: Desk, manager: Actor, building: BuildingInfo, charged: tuple[int, int, int]
) -> None:
    item, first, _second = charged
    with desk.read(manager) as work:
        every = charge_totals(work, ChargeFilter())
        april = ChargeFilter(month_from="2026-04", month_to="2026-04")
        april_rows = charge_register(work, april)
        april_totals = charge_totals(work, april)
        first_floor = next(f for f in list_floors(work, building.id) if f.label == "1F")
        on_1f = charge_register(work, ChargeFilter(floor_id=first_floor.id, item_id=item))
    assert every.lines == 6 and every.amount_fen == 3 * (300000 + 150000)
    assert [(r.period, r.unit, r.customer, r.amount_fen) for r in april_rows] == [
        ("2026-04", "101", "甲公司", 300000),
        ("2026-04", "201", "乙公司", 150000),
    ]
    assert april_totals.lines == 2 and april_totals.amount_fen == 450000 and april_totals.paid_fen == 0
    assert [r.period for r in on_1f] == ["2026-05", "2026-04", "2026-03"]  # newest period first
    assert {r.tenancy_id for r in on_1f} == {first}


def test_charges_page_in_order_and_paid_amounts_follow_payments(
    desk: Desk, manager: Actor, clerk: Actor, charged: tuple[int, int, int]
) -> None:
    _item, first, _second = charged
    with desk.work(clerk) as work:
        record_payment(work, first, 400000, paid_on=D(2026, 6, 1), method="cash")  # March whole, April 1000
    with desk.read(manager) as work:
        pages = [charge_register(work, ChargeFilter(), offset=o, limit=4) for o in (0, 4)]
        totals = charge_totals(work, ChargeFilter())
    rows = pages[0] + pages[1]
    assert len(pages[0]) == 4 and len(pages[1]) == 2
    assert [r.period for r in rows] == ["2026-05", "2026-05", "2026-04", "2026-04", "2026-03", "2026-03"]
    paid = {(r.period, r.unit): r.paid_fen for r in rows}
    assert paid[("2026-03", "101")] == 300000 and paid[("2026-04", "101")] == 100000
    assert paid[("2026-05", "101")] == 0 and paid[("2026-03", "201")] == 0
    assert totals.paid_fen == 400000 and totals.open_fen == 950000


def test_payments_register_shows_reversals_and_nets_them(
    desk: Desk, manager: Actor, clerk: Actor, charged: tuple[int, int, int]
) -> None:
    _item, first, second = charged
    with desk.work(clerk) as work:
        kept = record_payment(work, first, 100000, paid_on=D(2026, 5, 20), method="cash")
        undone = record_payment(work, second, 50000, paid_on=D(2026, 6, 2), method="transfer")
    with desk.work(manager) as work:
        reverse_payment(work, undone.id, "写错户", day=D(2026, 6, 3))
    with desk.read(manager) as work:
        rows = payment_register(work, PaymentFilter())
        totals = payment_totals(work, PaymentFilter())
        june = payment_totals(work, PaymentFilter(date_from=D(2026, 6, 1), date_to=D(2026, 6, 30)))
        cash = payment_register(work, PaymentFilter(method="cash"))
        no_reversals = payment_register(work, PaymentFilter(include_reversals=False))
    assert [(r.amount_fen, r.reversed, r.reverses_id) for r in rows] == [
        (-50000, False, undone.id),
        (50000, True, None),
        (100000, False, None),
    ]
    assert rows[2].receipt_no == kept.receipt_no and rows[2].units == "101" and rows[2].customer == "甲公司"
    assert (totals.lines, totals.payments, totals.received_fen, totals.reversed_fen, totals.net_fen) == (
        3,
        2,
        150000,
        50000,
        100000,
    )
    assert (june.payments, june.net_fen) == (1, 0)
    assert [r.id for r in cash] == [kept.id]
    assert len(no_reversals) == 2


def test_deposits_register_states_and_totals(
    desk: Desk, manager: Actor, clerk: Actor, charged: tuple[int, int, int]
) -> None:
    _item, first, second = charged
    with desk.work(clerk) as work:
        fit_out = record_deposit(work, first, "fit_out", 1000000, received_on=D(2025, 12, 1))
        record_deposit(work, first, "key", 20000, received_on=D(2025, 12, 1))
        card = record_deposit(work, second, "access_card", 10000, received_on=D(2025, 12, 2))
        refund_deposit(work, card.id, 10000, day=D(2026, 6, 1))
    with desk.work(manager) as work:
        refund_deposit(work, fit_out.id, 600000, day=D(2026, 6, 1))
        retain_deposit(work, fit_out.id, 100000, day=D(2026, 6, 1), reason="墙面损坏")
    with desk.read(manager) as work:
        every = deposit_register(work, DepositFilter())
        partly = deposit_register(work, DepositFilter(state="partly_refunded"))
        keys = deposit_register(work, DepositFilter(kind="key"))
    assert {r.kind: r.state for r in every.rows} == {
        "fit_out": "partly_refunded",
        "key": "received",
        "access_card": "refunded",
    }
    assert every.amount_fen == 1030000 and every.refunded_fen == 610000 and every.retained_fen == 100000
    assert every.held_fen == 300000 + 20000
    assert [r.id for r in partly.rows] == [fit_out.id]
    assert [r.kind for r in keys.rows] == ["key"]


def test_bad_filters_are_clear_errors(desk: Desk, manager: Actor) -> None:
    with desk.read(manager) as work:
        with pytest.raises(ValidationError):
            charge_register(work, ChargeFilter(month_from="2025-13"))
        with pytest.raises(ValidationError):
            charge_totals(work, ChargeFilter(month_from="2026-05", month_to="2026-04"))
        with pytest.raises(ValidationError):
            payment_register(work, PaymentFilter(method="gold"))
        with pytest.raises(ValidationError):
            payment_register(work, PaymentFilter(date_from=D(2026, 5, 2), date_to=D(2026, 5, 1)))
        with pytest.raises(ValidationError):
            deposit_register(work, DepositFilter(state="lost"))
        with pytest.raises(ValidationError):
            charge_register(work, ChargeFilter(), limit=100_000)
