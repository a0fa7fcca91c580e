"""Complaints (投诉, R13): received, assigned, handled, the result approved by the supervisor or the manager (or sent
back), fed back to the customer (the one return-visit record), closed — never closed before the feedback."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.building.buildings import BuildingInfo
from app.desk import Actor, Desk
from app.errors import ChangedMeanwhile, Conflict, PermissionDenied, ValidationError
from app.registers import (
    ComplaintFilter,
    PlaceFilter,
    approve_complaint,
    assign_complaint,
    close_complaint,
    complaint,
    complaint_register,
    complaint_totals,
    feed_back_complaint,
    handle_complaint,
    receive_complaint,
    send_back_complaint,
    visit_of,
)
from db.models import ReturnVisit
from tests.unit.fees.fees_support import tenant
from tests.unit.unit_support import refused, unit_id

D = dt.date


@pytest.fixture
def leased(desk: Desk, clerk: Actor, building: BuildingInfo) -> int:
    return tenant(desk, clerk, "甲公司", ["101"], D(2026, 3, 1))


def _receive(desk: Desk, clerk: Actor, number: str | None = "101", **kw: object) -> int:
    with desk.work(clerk) as work:
        uid = unit_id(desk, number) if number else None
        return receive_complaint(work, "phone", "王经理", "楼道噪音太大", unit_id=uid, **kw).id  # type: ignore[arg-type]


def _handled(desk: Desk, clerk: Actor, complaint_id: int) -> int:
    with desk.work(clerk) as work:
        info = assign_complaint(work, complaint_id, 1, "保安部")
        info = handle_complaint(work, complaint_id, info.version, "已提醒施工单位控制时间")
    return info.version


def test_received_with_the_units_tenant(desk: Desk, clerk: Actor, leased: int) -> None:
    complaint_id = _receive(desk, clerk)
    with desk.read(clerk) as work:
        info = complaint(work, complaint_id)
    assert info.status == "received" and info.place.tenancy_id == leased and info.place.customer == "甲公司"
    assert info.actions == ("assign",)
    assert [s.action for s in info.steps] == ["create"]


def test_a_complaint_from_a_dossier_without_a_unit(desk: Desk, clerk: Actor, leased: int) -> None:
    with desk.work(clerk) as work:
        info = receive_complaint(work, "letter", "", "收费不透明", tenancy_id=leased)
    assert info.place.tenancy_id == leased and info.place.unit == "" and info.unit_id is None


def test_every_state_through_to_closed(desk: Desk, clerk: Actor, supervisor: Actor, leased: int) -> None:
    complaint_id = _receive(desk, clerk)
    version = _handled(desk, clerk, complaint_id)
    with desk.work(supervisor) as work:
        info = approve_complaint(work, complaint_id, version)
    assert info.status == "approved" and info.approved_by == supervisor.display_name
    with desk.work(clerk) as work:
        info = feed_back_complaint(
            work, complaint_id, info.version, D(2026, 6, 15), "phone", "fair", "还可以", "王经理"
        )
    assert info.status == "fed_back" and info.feedback_on == D(2026, 6, 15) and info.feedback_how == "phone"
    assert info.feedback_by == clerk.display_name
    assert info.visit is not None and info.visit.satisfaction == "fair" and info.visit.contact == "王经理"
    with desk.work(clerk) as work:
        info = close_complaint(work, complaint_id, info.version)
    assert info.status == "closed" and info.actions == ()
    assert [s.action for s in info.steps] == ["create", "assign", "handle", "approve", "feed_back", "close"]
    with desk.read(clerk) as work:
        assert visit_of(work, "complaint", complaint_id) == info.visit


def test_closing_before_feedback_is_refused_saying_why(
    desk: Desk, clerk: Actor, supervisor: Actor, leased: int
) -> None:
    complaint_id = _receive(desk, clerk)
    version = _handled(desk, clerk, complaint_id)
    with refused(desk, Conflict, "complaint.status", "fed back to the customer"), desk.work(clerk) as work:
        close_complaint(work, complaint_id, version)
    with desk.work(supervisor) as work:
        info = approve_complaint(work, complaint_id, version)
    with refused(desk, Conflict, "complaint.status", "fed back to the customer"), desk.work(clerk) as work:
        close_complaint(work, complaint_id, info.version)


def test_feedback_before_approval_is_refused_and_writes_no_visit(desk: Desk, clerk: Actor, leased: int) -> None:
    complaint_id = _receive(desk, clerk)
    version = _handled(desk, clerk, complaint_id)
    with refused(desk, Conflict, "complaint.status", "approved"), desk.work(clerk) as work:
        feed_back_complaint(work, complaint_id, version, D(2026, 6, 15), "phone", "satisfied")
    with desk.read(clerk) as work:
        assert work.session.scalars(select(ReturnVisit)).all() == []


def test_only_the_supervisor_or_the_manager_approves(desk: Desk, clerk: Actor, manager: Actor, leased: int) -> None:
    complaint_id = _receive(desk, clerk)
    version = _handled(desk, clerk, complaint_id)
    with refused(desk, PermissionDenied, None), desk.work(clerk) as work:
        approve_complaint(work, complaint_id, version)
    with refused(desk, PermissionDenied, None), desk.work(clerk) as work:
        send_back_complaint(work, complaint_id, version, "不够")
    with desk.work(manager) as work:
        assert approve_complaint(work, complaint_id, version).status == "approved"


def test_sent_back_then_handled_again(desk: Desk, clerk: Actor, manager: Actor, leased: int) -> None:
    complaint_id = _receive(desk, clerk)
    version = _handled(desk, clerk, complaint_id)
    with refused(desk, ValidationError, "register_step.note"), desk.work(manager) as work:
        send_back_complaint(work, complaint_id, version, " ")
    with desk.work(manager) as work:
        info = send_back_complaint(work, complaint_id, version, "请写明整改时间")
    assert info.status == "assigned"
    with desk.work(clerk) as work:
        info = handle_complaint(work, complaint_id, info.version, "每日 8:00 前不施工")
    assert info.status == "handled" and info.result == "每日 8:00 前不施工"
    assert info.steps[-2].note == "请写明整改时间"


@pytest.mark.parametrize(
    ("channel", "content", "field"),
    [("fax", "噪音", "complaint.channel"), ("phone", "", "complaint.content")],
)
def test_bad_input_is_refused(desk: Desk, clerk: Actor, leased: int, channel: str, content: str, field: str) -> None:
    with refused(desk, ValidationError, field), desk.work(clerk) as work:
        receive_complaint(work, channel, "", content, unit_id=unit_id(desk, "101"))


def test_a_stale_version_is_refused(desk: Desk, clerk: Actor, leased: int) -> None:
    complaint_id = _receive(desk, clerk)
    with desk.work(clerk) as work:
        assign_complaint(work, complaint_id, 1, "保安部")
    with refused(desk, ChangedMeanwhile, None), desk.work(clerk) as work:
        assign_complaint(work, complaint_id, 1, "工程部")


def test_the_list_filters_and_totals(desk: Desk, clerk: Actor, building: BuildingInfo) -> None:
    first = tenant(desk, clerk, "甲公司", ["101"], D(2026, 3, 1))
    tenant(desk, clerk, "乙公司", ["201"], D(2026, 3, 1))
    a = _receive(desk, clerk, "101", received_at=dt.datetime(2026, 5, 2, 9, 0))
    b = _receive(desk, clerk, "201")
    with desk.work(clerk) as work:
        assign_complaint(work, b, 1, "工程部")
    with desk.read(clerk) as work:
        assert [c.id for c in complaint_register(work, ComplaintFilter())] == [b, a]
        only = ComplaintFilter(place=PlaceFilter(tenancy_id=first))
        assert [c.id for c in complaint_register(work, only)] == [a]
        assert [c.id for c in complaint_register(work, ComplaintFilter(status="assigned"))] == [b]
        assert [c.id for c in complaint_register(work, ComplaintFilter(date_to=D(2026, 5, 31)))] == [a]
        totals = complaint_totals(work, ComplaintFilter(open_only=True))
        assert totals.count == 2 and totals.by_state["received"] == 1 and totals.by_state["assigned"] == 1


def test_a_complaint_about_the_building_at_large_still_tells_the_open_lists(desk: Desk, clerk: Actor) -> None:
    heard: list[object] = []
    desk.subscribe(heard.append)
    with desk.work(clerk) as work:
        receive_complaint(work, "phone", "路过的访客", "大堂地面湿滑")
    (changes,) = heard
    assert changes.registers == {"complaint"}  # type: ignore[attr-defined]
    assert not changes.units and not changes.dossiers  # type: ignore[attr-defined]
