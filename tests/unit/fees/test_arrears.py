"""Arrears (R11): aged 0–30 / 31–60 / 61–90 / over 90 days at any date, month ends and 29 February; credit pays
the oldest first; the badge bands; the chasing log."""

from __future__ import annotations

import datetime as dt

import pytest

from app.building.buildings import BuildingInfo
from app.desk import Actor, Desk
from app.errors import ValidationError
from app.fees.ageing import arrears, band_of, bucket_of, chases_of, overdue_by_tenancy, record_chase
from app.fees.charging import add_charge, generate_month
from app.fees.payments import record_payment
from tests.unit.fees.fees_support import fee_item, give_areas, tenant

D = dt.date


@pytest.mark.parametrize(("days", "bucket"), [(1, 0), (30, 0), (31, 1), (60, 1), (61, 2), (90, 2), (91, 3), (4000, 3)])
def test_the_ageing_columns_meet_at_30_60_and_90_days(days: int, bucket: int) -> None:
    assert bucket_of(days) == bucket


@pytest.mark.parametrize(
    ("fen", "band"),
    [(0, None), (-5, None), (1, "low"), (99_999, "low"), (100_000, "medium"), (999_999, "medium"), (1_000_000, "high")],
)
def test_the_badge_bands(fen: int, band: str | None) -> None:
    assert band_of(fen) == band


@pytest.fixture
def monthly(desk: Desk, manager: Actor, clerk: Actor, building: BuildingInfo) -> int:
    """1,000.00 a month for 2025-10 … 2026-05, billed on the 1st and due on the 1st (due days 0)."""
    give_areas(desk, manager, {"101": "100"})
    fee_item(desk, manager, "物业管理费", "area", {D(2025, 1, 1): "10"}, due_days=0)
    t = tenant(desk, clerk, "甲公司", ["101"], D(2025, 1, 1))
    with desk.work(manager) as work:
        for month in ("2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05"):
            generate_month(work, month)
    return t


def _buckets(desk: Desk, clerk: Actor, as_of: dt.date) -> tuple[int, int, int, int] | None:
    with desk.read(clerk) as work:
        rows = arrears(work, as_of=as_of)
    return rows[0].buckets if rows else None


def test_ageing_at_a_month_end(desk: Desk, clerk: Actor, monthly: int) -> None:
    # 31 March 2026: March is 30 days late, February 58, January 89, December 120, November 151, October 181.
    assert _buckets(desk, clerk, D(2026, 3, 31)) == (100000, 100000, 100000, 300000)


def test_ageing_on_29_february(desk: Desk, manager: Actor, clerk: Actor, building: BuildingInfo) -> None:
    give_areas(desk, manager, {"102": "100"})
    fee_item(desk, manager, "物业管理费", "area", {D(2023, 1, 1): "10"}, due_days=0)
    tenant(desk, clerk, "乙公司", ["102"], D(2023, 1, 1))
    with desk.work(manager) as work:
        for month in ("2023-11", "2023-12", "2024-01", "2024-02"):
            generate_month(work, month)
    # 29 Feb 2024: February due on the 1st is 28 days late, January 59, December 90, November 120.
    assert _buckets(desk, clerk, D(2024, 2, 29)) == (100000, 100000, 100000, 100000)
    # 1 March 2024: one more day each: December crosses into "over 90".
    assert _buckets(desk, clerk, D(2024, 3, 1)) == (100000, 100000, 0, 200000)


def test_nothing_is_overdue_on_its_due_day(desk: Desk, clerk: Actor, monthly: int) -> None:
    with desk.read(clerk) as work:
        rows = arrears(work, as_of=D(2025, 10, 1))
    assert rows == []


def test_arrears_at_a_past_date_ignore_later_payments(desk: Desk, clerk: Actor, monthly: int) -> None:
    with desk.work(clerk) as work:
        record_payment(work, monthly, 800000, paid_on=D(2026, 6, 1), method="transfer")
    assert _buckets(desk, clerk, D(2026, 6, 15)) is None
    assert _buckets(desk, clerk, D(2026, 3, 31)) == (100000, 100000, 100000, 300000)


def test_credit_pays_the_oldest_lines_first(desk: Desk, clerk: Actor, monthly: int) -> None:
    with desk.read(clerk) as work:
        from app.fees.payments import open_charges

        newest = open_charges(work, monthly)[0][-1].id
    with desk.work(clerk) as work:  # the tenant pays May exactly and 2,500.00 on top: credit
        record_payment(work, monthly, 350000, paid_on=D(2026, 5, 10), method="cash", allocations=[(newest, 100000)])
    # 31 May: the 2,500.00 credit pays October, November and half of December; the rest keeps its age: April is
    # 60 days late, March 91, the half of December, January and February longer.
    assert _buckets(desk, clerk, D(2026, 5, 31)) == (0, 100000, 0, 350000)


def test_over_days_and_the_badge_amounts(desk: Desk, clerk: Actor, monthly: int) -> None:
    with desk.read(clerk) as work:
        assert len(arrears(work, as_of=D(2026, 1, 31), over_days=90)) == 1
        assert len(arrears(work, as_of=D(2025, 12, 31), over_days=90)) == 1  # October is 91 days late on 31 Dec
        assert arrears(work, as_of=D(2025, 12, 30), over_days=90) == []  # … and 90 the day before
        assert overdue_by_tenancy(work, [monthly], D(2026, 1, 2)) == {monthly: 400000}
    with desk.work(clerk) as work:
        record_payment(work, monthly, 800000, paid_on=D(2026, 6, 1), method="cash")
    with desk.read(clerk) as work:
        assert overdue_by_tenancy(work, [monthly]) == {}


def test_a_one_off_charge_ages_from_its_own_due_day(
    desk: Desk, manager: Actor, clerk: Actor, building: BuildingInfo
) -> None:
    overtime = fee_item(desk, manager, "加班费", "one_off", {}, due_days=10)
    t = tenant(desk, clerk, "甲公司", ["101"], D(2025, 1, 1))
    with desk.work(clerk) as work:
        add_charge(work, t, overtime, 45000, description="周六加班空调")
    with desk.read(clerk) as work:
        assert arrears(work, as_of=D(2026, 6, 25)) == []  # billed 15 June, due 25 June
        assert arrears(work, as_of=D(2026, 6, 26))[0].buckets == (45000, 0, 0, 0)


def test_the_chasing_log(desk: Desk, clerk: Actor, monthly: int) -> None:
    with desk.work(clerk) as work:
        record_chase(
            work,
            monthly,
            chased_on=D(2026, 6, 1),
            method="phone",
            contact="张会计",
            outcome="答应月底付",
            promised_on=D(2026, 6, 30),
        )
        record_chase(work, monthly, chased_on=D(2026, 6, 10), method="letter", outcome="寄出催款通知单")
    with desk.read(clerk) as work:
        log = chases_of(work, monthly)
        rows = arrears(work, as_of=D(2026, 6, 15))
    assert [(c.chased_on, c.method) for c in log] == [(D(2026, 6, 10), "letter"), (D(2026, 6, 1), "phone")]
    assert rows[0].last_chased == D(2026, 6, 10)
    with pytest.raises(ValidationError), desk.work(clerk) as work:
        record_chase(work, monthly, chased_on=D(2026, 6, 10), method="phone", promised_on=D(2026, 6, 1))
    with pytest.raises(ValidationError), desk.work(clerk) as work:
        record_chase(work, monthly, chased_on=D(2026, 6, 10), method="pigeon")
