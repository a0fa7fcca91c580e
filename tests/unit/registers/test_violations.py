"""Violations (违规): found, a notice issued (number, day, rectify by), followed up (notes appended with their day),
rectified, closed — never closed before it was rectified; the list by state and place."""

from __future__ import annotations

import datetime as dt

import pytest

from app.building.buildings import BuildingInfo
from app.desk import Actor, Desk
from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.registers import (
    PlaceFilter,
    ViolationFilter,
    close_violation,
    follow_up_violation,
    notify_violation,
    record_violation,
    rectify_violation,
    violation,
    violation_register,
    violation_totals,
)
from tests.unit.fees.fees_support import tenant
from tests.unit.unit_support import refused, unit_id

D = dt.date
FOUND = D(2026, 6, 10)


@pytest.fixture
def leased(desk: Desk, clerk: Actor, building: BuildingInfo) -> int:
    return tenant(desk, clerk, "甲公司", ["101"], D(2026, 3, 1))


def _record(desk: Desk, clerk: Actor, number: str = "101", found_on: dt.date = FOUND) -> int:
    with desk.work(clerk) as work:
        return record_violation(work, unit_id(desk, number), "占用消防通道堆放杂物", found_on).id


def test_every_state_through_to_closed(desk: Desk, clerk: Actor, leased: int) -> None:
    violation_id = _record(desk, clerk)
    with desk.work(clerk) as work:
        info = notify_violation(work, violation_id, 1, "WG-2026-001", D(2026, 6, 11), D(2026, 6, 14))
        assert (info.status, info.notice_no, info.rectify_by) == ("notified", "WG-2026-001", D(2026, 6, 14))
        info = follow_up_violation(work, violation_id, info.version, "电话提醒", D(2026, 6, 12))
        info = follow_up_violation(work, violation_id, info.version, "现场查看，已清理一半", D(2026, 6, 13))
        assert info.follow_up == "2026-06-12 电话提醒\n2026-06-13 现场查看，已清理一半"
        info = rectify_violation(work, violation_id, info.version, D(2026, 6, 14))
        info = close_violation(work, violation_id, info.version)
    assert info.status == "closed" and info.rectified_on == D(2026, 6, 14) and info.actions == ()
    assert info.place.tenancy_id == leased
    assert [s.action for s in info.steps] == ["create", "notify", "follow_up", "follow_up", "rectify", "close"]


def test_closing_before_rectified_is_refused_saying_why(desk: Desk, clerk: Actor, leased: int) -> None:
    violation_id = _record(desk, clerk)
    with refused(desk, Conflict, "violation.status", "rectified"), desk.work(clerk) as work:
        close_violation(work, violation_id, 1)


def test_a_follow_up_needs_a_notice_first(desk: Desk, clerk: Actor, leased: int) -> None:
    violation_id = _record(desk, clerk)
    with refused(desk, Conflict, "violation.status"), desk.work(clerk) as work:
        follow_up_violation(work, violation_id, 1, "电话提醒")


def test_rectified_without_a_notice(desk: Desk, clerk: Actor, leased: int) -> None:
    violation_id = _record(desk, clerk)
    with desk.work(clerk) as work:
        assert rectify_violation(work, violation_id, 1, D(2026, 6, 10), "当场整改").status == "rectified"


@pytest.mark.parametrize(
    ("notice_on", "rectify_by", "field"),
    [
        (D(2026, 6, 9), D(2026, 6, 14), "violation.notice_on"),
        (D(2026, 6, 11), D(2026, 6, 10), "violation.rectify_by"),
    ],
)
def test_notice_dates_in_order(
    desk: Desk, clerk: Actor, leased: int, notice_on: dt.date, rectify_by: dt.date, field: str
) -> None:
    violation_id = _record(desk, clerk)
    with refused(desk, ValidationError, field), desk.work(clerk) as work:
        notify_violation(work, violation_id, 1, "WG-1", notice_on, rectify_by)


def test_bad_records_are_refused(desk: Desk, clerk: Actor, leased: int) -> None:
    with refused(desk, ValidationError, "violation.what"), desk.work(clerk) as work:
        record_violation(work, unit_id(desk, "101"), "", D(2026, 6, 1))
    with refused(desk, ValidationError, "violation.found_on"), desk.work(clerk) as work:
        record_violation(work, unit_id(desk, "101"), "噪音", D(2026, 6, 16))
    with refused(desk, NotFound, "violation.fit_out"), desk.work(clerk) as work:
        record_violation(work, unit_id(desk, "101"), "噪音", D(2026, 6, 1), fit_out_id=99)
    with refused(desk, NotFound, "violation.unit"), desk.work(clerk) as work:
        record_violation(work, 9999, "噪音", D(2026, 6, 1))


def test_an_administrator_may_not_record_one(desk: Desk, admin: Actor, leased: int) -> None:
    with refused(desk, PermissionDenied, None), desk.work(admin) as work:
        record_violation(work, unit_id(desk, "101"), "噪音", D(2026, 6, 1))


def test_the_list_marks_late_notices_and_totals(desk: Desk, clerk: Actor, leased: int) -> None:
    late = _record(desk, clerk, "101", D(2026, 6, 1))
    other = _record(desk, clerk, "102", D(2026, 6, 10))
    with desk.work(clerk) as work:
        notify_violation(work, late, 1, "WG-1", D(2026, 6, 2), D(2026, 6, 5))
    with desk.read(clerk) as work:
        rows = violation_register(work, ViolationFilter())
        assert [(r.id, r.late) for r in rows] == [(other, False), (late, True)]
        assert [r.id for r in violation_register(work, ViolationFilter(status="notified"))] == [late]
        unit_102 = unit_id(desk, "102")
        assert [r.id for r in violation_register(work, ViolationFilter(place=PlaceFilter(unit_id=unit_102)))] == [other]
        totals = violation_totals(work, ViolationFilter())
        assert totals.count == 2 and totals.by_state == {"found": 1, "notified": 1, "rectified": 0, "closed": 0}
        assert violation(work, other).place.tenancy_id is None
