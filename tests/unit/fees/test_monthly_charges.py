"""The month's charges (R11): area × rate, a rate change, pro rata move-in and move-out, two units, the fit-out
free period, metered readings; generating twice changes nothing; a later change becomes an adjustment line."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.building.buildings import BuildingInfo
from app.desk import Actor, Desk
from app.errors import NotFound, PermissionDenied, ValidationError
from app.fees.charging import generate_month, parse_month, plan_month
from app.fees.meters import record_reading
from db.models import FeeCharge
from tests.unit.fees.fees_support import fee_item, give_areas, tenant
from tests.unit.unit_support import row_counts, unit_id

D = dt.date


def _lines(desk: Desk) -> list[tuple[int, int | None, int, str, str, int]]:
    with desk.read(None) as work:
        return [
            (c.tenancy_id, c.unit_id, c.item_id, c.period, c.kind, c.amount_fen)
            for c in work.session.execute(select(FeeCharge).order_by(FeeCharge.id)).scalars()
        ]


@pytest.fixture
def property_fee(desk: Desk, manager: Actor, building: BuildingInfo) -> int:
    give_areas(desk, manager, {"101": "120.50", "102": "80", "201": "100"})
    return fee_item(desk, manager, "物业管理费", "area", {D(2026, 1, 1): "28.50"}, free_during_fit_out=True)


def test_a_whole_month_is_area_times_rate(desk: Desk, manager: Actor, clerk: Actor, property_fee: int) -> None:
    t = tenant(desk, clerk, "甲公司", ["101"], D(2025, 12, 1))
    with desk.work(manager) as work:
        plan = generate_month(work, "2026-03")
    assert _lines(desk) == [(t, unit_id(desk, "101"), property_fee, "2026-03", "generated", 343425)]  # 120.50×28.50
    assert plan.total_fen == 343425 and plan.unchanged == 0
    assert plan.lines[0].due_on == D(2026, 3, 16)


def test_moving_in_mid_month_pays_the_days_occupied(
    desk: Desk, manager: Actor, clerk: Actor, property_fee: int
) -> None:
    tenant(desk, clerk, "甲公司", ["102"], D(2026, 4, 16))  # 15 of April's 30 days
    tenant(desk, clerk, "乙公司", ["201"], D(2025, 1, 1), move_out=D(2026, 4, 11))  # free from the 11th: 10 days
    with desk.work(manager) as work:
        generate_month(work, "2026-04")
    amounts = sorted(line[5] for line in _lines(desk))
    assert amounts == [95000, 114000]  # 100×28.5×10/30 = 950.00; 80×28.5×15/30 = 1140.00


def test_a_rate_change_mid_month_charges_each_day_at_its_rate(
    desk: Desk, manager: Actor, clerk: Actor, building: BuildingInfo
) -> None:
    give_areas(desk, manager, {"101": "100"})
    item = fee_item(desk, manager, "物业管理费", "area", {D(2026, 1, 1): "30", D(2026, 7, 11): "33"})
    tenant(desk, clerk, "甲公司", ["101"], D(2025, 1, 1))
    with desk.work(manager) as work:
        generate_month(work, "2026-06")
        generate_month(work, "2026-07")
        generate_month(work, "2026-08")
    assert [line[5] for line in _lines(desk) if line[2] == item] == [
        300000,
        # 10 days at 30, 21 at 33, of 31: 100 × (300 + 693) / 31 = 3203.2258… → 3203.23
        320323,
        330000,
    ]


def test_two_units_of_one_tenancy_are_two_lines_each_with_its_area(
    desk: Desk, manager: Actor, clerk: Actor, property_fee: int
) -> None:
    t = tenant(desk, clerk, "甲公司", ["101", "102"], D(2025, 1, 1))
    with desk.work(manager) as work:
        generate_month(work, "2026-02")
    assert sorted((line[1], line[5]) for line in _lines(desk) if line[0] == t) == sorted(
        [(unit_id(desk, "101"), 343425), (unit_id(desk, "102"), 228000)]
    )


def test_the_fit_out_free_period_is_not_charged(desk: Desk, manager: Actor, clerk: Actor, property_fee: int) -> None:
    fixed = fee_item(desk, manager, "垃圾清运费", "fixed", {D(2026, 1, 1): "62"})
    tenant(desk, clerk, "甲公司", ["201"], D(2026, 5, 1), fit_out_until=D(2026, 5, 20))
    with desk.work(manager) as work:
        generate_month(work, "2026-05")
    by_item = {line[2]: line[5] for line in _lines(desk)}
    assert by_item[property_fee] == 101129  # 100 × 28.5 × 11 / 31 = 1011.290… → 1011.29
    assert by_item[fixed] == 6200  # not free during fit-out


def test_generating_a_month_twice_changes_nothing(desk: Desk, manager: Actor, clerk: Actor, property_fee: int) -> None:
    tenant(desk, clerk, "甲公司", ["101"], D(2025, 1, 1))
    tenant(desk, clerk, "乙公司", ["102"], D(2026, 3, 10))
    with desk.work(manager) as work:
        first = generate_month(work, "2026-03")
    before = (_lines(desk), row_counts(desk))
    with desk.work(manager) as work:
        again = generate_month(work, "2026-03")
    assert not first.nothing_new and again.nothing_new and again.unchanged == 2
    assert (_lines(desk), row_counts(desk)) == before


def test_a_tenancy_changed_afterwards_gets_an_adjustment_line(
    desk: Desk, manager: Actor, clerk: Actor, property_fee: int
) -> None:
    from app.tenancy.lifecycle import MoveOutChecklist, move_out

    t = tenant(desk, clerk, "甲公司", ["102"], D(2025, 1, 1))
    with desk.work(manager) as work:
        generate_month(work, "2026-06")  # the whole of June: 2280.00
    with desk.work(clerk) as work:
        move_out(
            work,
            t,
            day=D(2026, 6, 11),
            checklist=MoveOutChecklist(True, True, Decimal(1), Decimal(1), "none", "", "13800000000"),
        )
    with desk.work(manager) as work:
        plan = generate_month(work, "2026-06")
    assert plan.adjustments == 1
    lines = _lines(desk)
    assert [line[4:] for line in lines] == [("generated", 228000), ("adjustment", -152000)]  # 10 days: 760.00
    assert sum(line[5] for line in lines) == 76000


def test_metered_items_charge_the_difference_of_readings(
    desk: Desk, manager: Actor, clerk: Actor, building: BuildingInfo
) -> None:
    power = fee_item(desk, manager, "电费", "metered", {D(2026, 1, 1): "1.2"}, meter_kind="electricity")
    t = tenant(desk, clerk, "甲公司", ["101"], D(2025, 1, 1))
    with desk.work(clerk) as work:
        record_reading(work, unit_id(desk, "101"), "electricity", "1000.5", read_on=D(2026, 4, 30))
        record_reading(work, unit_id(desk, "101"), "electricity", "1360.25", read_on=D(2026, 5, 31))
    with desk.work(manager) as work:
        plan = generate_month(work, "2026-05")
    assert _lines(desk) == [(t, unit_id(desk, "101"), power, "2026-05", "generated", 43170)]  # 359.75 × 1.2
    assert plan.lines[0].quantity == Decimal("359.75")


def test_a_first_reading_is_the_base_and_said_so(
    desk: Desk, manager: Actor, clerk: Actor, building: BuildingInfo
) -> None:
    fee_item(desk, manager, "电费", "metered", {D(2026, 1, 1): "1.2"}, meter_kind="electricity")
    tenant(desk, clerk, "甲公司", ["101"], D(2025, 1, 1))
    with desk.work(clerk) as work:
        record_reading(work, unit_id(desk, "101"), "electricity", "1000", read_on=D(2026, 5, 31))
    with desk.read(None) as work:
        plan = plan_month(work, "2026-05")
    assert plan.nothing_new and [n.code for n in plan.notes] == ["no_previous_reading"]


@pytest.mark.parametrize("text", ["2025-13", "2025-00", "March", "2026/03", "", "99999-01", "2026-1-1"])
def test_a_bad_month_is_refused(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_month(text)
    assert caught.value.field == "fees.month"


def test_bad_requests_change_nothing(desk: Desk, manager: Actor, clerk: Actor, property_fee: int) -> None:
    tenant(desk, clerk, "甲公司", ["101"], D(2025, 1, 1))
    before = row_counts(desk)
    with pytest.raises(ValidationError), desk.work(manager) as work:
        generate_month(work, "2025-13")
    with pytest.raises(NotFound), desk.work(manager) as work:
        generate_month(work, "2026-03", building_id=999)
    with pytest.raises(PermissionDenied), desk.work(clerk) as work:
        generate_month(work, "2026-03")
    assert row_counts(desk) == before
