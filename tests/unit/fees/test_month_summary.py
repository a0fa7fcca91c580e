"""The month-end summary (月末汇总): 应收 of the month's lines, 实收 allocated to them by payments up to the month's
end, 欠收 the difference — by fee item and by floor, with totals."""

from __future__ import annotations

import datetime as dt

import pytest

from app.building.buildings import BuildingInfo
from app.desk import Actor, Desk
from app.errors import NotFound, ValidationError
from app.fees.charging import add_charge, generate_month
from app.fees.payments import record_payment, reverse_payment
from app.fees.summary import SummaryRow, month_summary
from tests.unit.fees.fees_support import fee_item, give_areas, tenant

D = dt.date


@pytest.fixture
def may(desk: Desk, manager: Actor, clerk: Actor, building: BuildingInfo) -> dict[str, int]:
    """May 2026 charged: 甲 in 101 (100 m²), 乙 in 201 (50 m²); 物业管理费 30/m², 垃圾清运费 60 a unit."""
    give_areas(desk, manager, {"101": "100", "201": "50"})
    fee_item(desk, manager, "物业管理费", "area", {D(2026, 1, 1): "30"}, due_days=10)
    fee_item(desk, manager, "垃圾清运费", "fixed", {D(2026, 1, 1): "60"}, due_days=10)
    repair = fee_item(desk, manager, "维修费", "one_off", {})
    first = tenant(desk, clerk, "甲公司", ["101"], D(2025, 1, 1))
    second = tenant(desk, clerk, "乙公司", ["201"], D(2025, 1, 1))
    with desk.work(manager) as work:
        generate_month(work, "2026-05")  # 甲: 3000.00 + 60.00; 乙: 1500.00 + 60.00
    with desk.work(clerk) as work:
        add_charge(work, first, repair, 20000, period="2026-05", description="换门锁")  # no unit: 甲's floor
    return {"first": first, "second": second}


def test_nothing_paid_is_all_outstanding(desk: Desk, clerk: Actor, may: dict[str, int]) -> None:
    with desk.read(clerk) as work:
        summary = month_summary(work, "2026-05")
    assert summary.by_item == (
        SummaryRow("物业管理费", 450000, 0),
        SummaryRow("垃圾清运费", 12000, 0),
        SummaryRow("维修费", 20000, 0),
    )
    assert summary.by_floor == (SummaryRow("1F", 326000, 0), SummaryRow("2F", 156000, 0))
    assert summary.total == SummaryRow("", 482000, 0) and summary.total.outstanding_fen == 482000
    assert summary.lines == 5


def test_received_counts_what_payments_up_to_the_month_end_paid_of_its_lines(
    desk: Desk, clerk: Actor, may: dict[str, int]
) -> None:
    with desk.work(clerk) as work:
        # 甲 pays 3,100.00 on 31 May: oldest due first — 3000.00 of the property fee, 60.00 of the bin fee, and
        # 40.00 of the repair; 乙 pays 500.00 of the property fee on 1 June (after the month's end: not counted).
        record_payment(work, may["first"], 310000, paid_on=D(2026, 5, 31), method="cash")
        record_payment(work, may["second"], 50000, paid_on=D(2026, 6, 1), method="cash")
        # and 1,000.00 more, prepaid: no line's, so not 实收 of May.
        record_payment(work, may["second"], 100000, paid_on=D(2026, 5, 20), method="transfer", allocations=[])
    with desk.read(clerk) as work:
        summary = month_summary(work, "2026-05")
    assert summary.by_item == (
        SummaryRow("物业管理费", 450000, 300000),
        SummaryRow("垃圾清运费", 12000, 6000),
        SummaryRow("维修费", 20000, 4000),
    )
    assert summary.by_floor == (SummaryRow("1F", 326000, 310000), SummaryRow("2F", 156000, 0))
    assert summary.total.outstanding_fen == 482000 - 310000


def test_a_reversal_by_the_month_end_takes_its_payment_back(
    desk: Desk, clerk: Actor, manager: Actor, may: dict[str, int]
) -> None:
    with desk.work(clerk) as work:
        paid = record_payment(work, may["second"], 156000, paid_on=D(2026, 5, 10), method="cash")
    with desk.work(manager) as work:
        reverse_payment(work, paid.id, "记错单元", day=D(2026, 5, 30))
    with desk.read(clerk) as work:
        summary = month_summary(work, "2026-05")
    assert summary.by_floor[1] == SummaryRow("2F", 156000, 0)


def test_one_building_and_other_months(desk: Desk, clerk: Actor, may: dict[str, int], building: BuildingInfo) -> None:
    with desk.read(clerk) as work:
        assert month_summary(work, "2026-05", building.id).building == "测试大厦"
        assert month_summary(work, "2026-04").total == SummaryRow("", 0, 0)
        with pytest.raises(ValidationError):
            month_summary(work, "2025-13")
        with pytest.raises(NotFound):
            month_summary(work, "2026-05", 9999)
