"""Repairs (报修): reported with the unit's tenant filled in, assigned, done, visited (one return-visit record),
reopened, cancelled; refused steps write nothing; overdue by the hours set per urgency; the list's filters and
totals."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.building.buildings import BuildingInfo
from app.desk import Actor, Desk
from app.errors import ChangedMeanwhile, Conflict, PermissionDenied, ValidationError
from app.registers import (
    PlaceFilter,
    RepairFilter,
    assign_repair,
    cancel_repair,
    finish_repair,
    overdue_hours,
    reopen_repair,
    repair,
    repair_register,
    repair_totals,
    report_repair,
    set_overdue_hours,
    visit_repair,
    visits_of_tenancy,
)
from db.models import Change, Floor, RegisterStep, ReturnVisit
from tests.conftest import NOW
from tests.unit.fees.fees_support import tenant
from tests.unit.unit_support import refused, unit_id

D = dt.date


@pytest.fixture
def leased(desk: Desk, clerk: Actor, building: BuildingInfo) -> int:
    """甲公司 in 101 since 1 March 2026 (its tenancy id)."""
    return tenant(desk, clerk, "甲公司", ["101"], D(2026, 3, 1))


def _report(desk: Desk, actor: Actor, number: str = "101", **kw: object) -> int:
    values: dict[str, object] = {
        "channel": "phone",
        "urgency": "normal",
        "reported_by": "王经理",
        "what": "空调漏水",
        "location": "会议室",
    }
    values.update(kw)
    with desk.work(actor) as work:
        return report_repair(work, unit_id(desk, number), **values).id  # type: ignore[arg-type]


def _version(desk: Desk, clerk: Actor, repair_id: int) -> int:
    with desk.read(clerk) as work:
        return repair(work, repair_id).version


def test_a_repair_is_reported_with_the_tenancy_and_dossier_filled_in(desk: Desk, clerk: Actor, leased: int) -> None:
    repair_id = _report(desk, clerk)
    with desk.read(clerk) as work:
        info = repair(work, repair_id)
    assert info.status == "reported"
    assert info.place.tenancy_id == leased and info.place.customer == "甲公司" and info.place.unit == "101"
    assert info.place.dossier_id is not None
    assert info.reported_at == NOW.replace(second=0, microsecond=0)
    assert info.actions == ("assign", "cancel")
    assert [(s.action, s.to_state) for s in info.steps] == [("create", "reported")]
    assert info.visit is None
    with desk.read(clerk) as work:
        line = work.session.scalars(select(Change).where(Change.entity == "repair")).one()
    assert line.dossier_id == info.place.dossier_id and line.action == "create"


def test_a_vacant_units_repair_has_no_tenancy(desk: Desk, clerk: Actor, building: BuildingInfo) -> None:
    repair_id = _report(desk, clerk, "102")
    with desk.read(clerk) as work:
        info = repair(work, repair_id)
    assert info.place.tenancy_id is None and info.place.customer == "" and info.place.dossier_id is None


def test_the_tenancy_is_the_one_in_the_unit_when_it_was_reported(
    desk: Desk, clerk: Actor, building: BuildingInfo
) -> None:
    old = tenant(desk, clerk, "旧公司", ["103"], D(2025, 1, 1), move_out=D(2026, 1, 31))
    new = tenant(desk, clerk, "新公司", ["103"], D(2026, 2, 1))
    before = _report(desk, clerk, "103", reported_at=dt.datetime(2026, 1, 20, 9, 0))
    after = _report(desk, clerk, "103")
    with desk.read(clerk) as work:
        assert repair(work, before).place.tenancy_id == old
        assert repair(work, after).place.tenancy_id == new


def test_every_step_through_to_the_return_visit(desk: Desk, clerk: Actor, leased: int) -> None:
    repair_id = _report(desk, clerk)
    with desk.work(clerk) as work:
        info = assign_repair(work, repair_id, 1, "工程部", "李师傅")
        assert (info.status, info.department, info.assignee) == ("assigned", "工程部", "李师傅")
        info = assign_repair(work, repair_id, info.version, "工程部", "张师傅", note="李师傅休假")
        info = finish_repair(work, repair_id, info.version, D(2026, 6, 15), "更换排水管", "排水管 1 根")
        assert (info.status, info.done_on, info.materials) == ("done", D(2026, 6, 15), "排水管 1 根")
        assert info.actions == ("visit", "reopen")
        info = visit_repair(work, repair_id, info.version, D(2026, 6, 15), "phone", "satisfied", "很及时", "王经理")
    assert info.status == "visited" and info.actions == ()
    assert info.visit is not None
    assert (info.visit.satisfaction, info.visit.comment, info.visit.contact, info.visit.how) == (
        "satisfied",
        "很及时",
        "王经理",
        "phone",
    )
    assert [s.action for s in info.steps] == ["create", "assign", "assign", "finish", "visit"]
    assert info.steps[2].note == "李师傅休假"
    with desk.read(clerk) as work:
        (visit,) = visits_of_tenancy(work, leased)
        row = work.session.scalars(select(ReturnVisit)).one()
    assert (visit.subject, visit.subject_id) == ("repair", repair_id)
    assert row.customer_id is not None and row.tenancy_id == leased


def test_a_visit_before_the_repair_is_done_is_refused_and_writes_no_visit(
    desk: Desk, clerk: Actor, leased: int
) -> None:
    repair_id = _report(desk, clerk)
    with refused(desk, Conflict, "repair.status", "return visit"), desk.work(clerk) as work:
        visit_repair(work, repair_id, 1, D(2026, 6, 15), "phone", "satisfied")


def test_a_visit_needs_the_satisfaction(desk: Desk, clerk: Actor, leased: int) -> None:
    repair_id = _report(desk, clerk)
    with desk.work(clerk) as work:
        info = assign_repair(work, repair_id, 1, "工程部", "李师傅")
        info = finish_repair(work, repair_id, info.version, D(2026, 6, 15), "修好")
    with refused(desk, ValidationError, "return_visit.satisfaction"), desk.work(clerk) as work:
        visit_repair(work, repair_id, info.version, D(2026, 6, 15), "phone", "")
    with refused(desk, ValidationError, "return_visit.satisfaction"), desk.work(clerk) as work:
        visit_repair(work, repair_id, info.version, D(2026, 6, 15), "phone", "happy")
    with refused(desk, ValidationError, "return_visit.visited_on", "2026-06-14"), desk.work(clerk) as work:
        visit_repair(work, repair_id, info.version, D(2026, 6, 14), "phone", "satisfied")
    with refused(desk, ValidationError, "return_visit.how"), desk.work(clerk) as work:
        visit_repair(work, repair_id, info.version, D(2026, 6, 15), "pigeon", "satisfied")


def test_reopened_then_done_again(desk: Desk, clerk: Actor, leased: int) -> None:
    repair_id = _report(desk, clerk)
    with desk.work(clerk) as work:
        info = assign_repair(work, repair_id, 1, "工程部", "李师傅")
        info = finish_repair(work, repair_id, info.version, D(2026, 6, 15), "修好")
    with refused(desk, ValidationError, "register_step.note"), desk.work(clerk) as work:
        reopen_repair(work, repair_id, info.version, "")
    with desk.work(clerk) as work:
        info = reopen_repair(work, repair_id, info.version, "还在漏")
        assert (info.status, info.done_on) == ("assigned", None)
        info = finish_repair(work, repair_id, info.version, D(2026, 6, 15), "重新密封")
    assert info.status == "done" and info.work_done == "重新密封"


def test_cancelled_with_a_reason_and_then_final(desk: Desk, clerk: Actor, leased: int) -> None:
    repair_id = _report(desk, clerk)
    with desk.work(clerk) as work:
        info = cancel_repair(work, repair_id, 1, "重复登记")
    assert info.status == "cancelled" and info.actions == ()
    with refused(desk, Conflict, "repair.status", "cancelled"), desk.work(clerk) as work:
        assign_repair(work, repair_id, info.version, "工程部", "李师傅")


def test_finishing_a_repair_not_assigned_is_refused(desk: Desk, clerk: Actor, leased: int) -> None:
    repair_id = _report(desk, clerk)
    with refused(desk, Conflict, "repair.status", "reported"), desk.work(clerk) as work:
        finish_repair(work, repair_id, 1, D(2026, 6, 15), "修好")


def test_a_stale_version_is_refused(desk: Desk, clerk: Actor, leased: int) -> None:
    repair_id = _report(desk, clerk)
    with desk.work(clerk) as work:
        assign_repair(work, repair_id, 1, "工程部", "李师傅")
    with refused(desk, ChangedMeanwhile, None, str(repair_id)), desk.work(clerk) as work:
        assign_repair(work, repair_id, 1, "保安部", "赵")


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"what": "  "}, "repair.what"),
        ({"channel": "fax"}, "repair.channel"),
        ({"urgency": "soon"}, "repair.urgency"),
        ({"reported_by": "x" * 101}, "repair.reported_by"),
        ({"reported_at": dt.datetime(2026, 6, 16, 10, 0)}, "repair.reported_at"),
    ],
)
def test_bad_input_is_refused(desk: Desk, clerk: Actor, leased: int, values: dict[str, object], field: str) -> None:
    with refused(desk, ValidationError, field):
        _report(desk, clerk, **values)


def test_done_before_reported_is_refused(desk: Desk, clerk: Actor, leased: int) -> None:
    repair_id = _report(desk, clerk)
    with desk.work(clerk) as work:
        info = assign_repair(work, repair_id, 1, "工程部", "")
    with refused(desk, ValidationError, "repair.done_on", "2026-06-14"), desk.work(clerk) as work:
        finish_repair(work, repair_id, info.version, D(2026, 6, 14), "修好")


def test_overdue_by_the_hours_of_its_urgency(desk: Desk, clerk: Actor, supervisor: Actor, leased: int) -> None:
    emergency = _report(desk, clerk, urgency="emergency", reported_at=NOW - dt.timedelta(hours=5))
    urgent = _report(desk, clerk, urgency="urgent", reported_at=NOW - dt.timedelta(hours=5))
    normal = _report(desk, clerk, reported_at=NOW - dt.timedelta(hours=80))
    fresh = _report(desk, clerk, reported_at=NOW - dt.timedelta(hours=1))
    with desk.read(clerk) as work:
        assert overdue_hours(work) == {"normal": 72, "urgent": 24, "emergency": 4}
        late = {r.id for r in repair_register(work, RepairFilter(overdue_only=True))}
        assert late == {emergency, normal}
        assert repair_totals(work, RepairFilter()).overdue == 2
        assert repair(work, emergency).overdue and not repair(work, fresh).overdue
    with desk.work(supervisor) as work:
        set_overdue_hours(work, {"urgent": 4, "normal": 100})
    with desk.read(clerk) as work:
        assert {r.id for r in repair_register(work, RepairFilter(overdue_only=True))} == {emergency, urgent}
    with desk.work(clerk) as work:  # assigned still counts as open; done does not
        info = assign_repair(work, emergency, 1, "工程部", "李师傅")
        finish_repair(work, emergency, info.version, D(2026, 6, 15), "修好")
    with desk.read(clerk) as work:
        assert {r.id for r in repair_register(work, RepairFilter(overdue_only=True))} == {urgent}


def test_only_the_supervisor_or_the_manager_sets_the_overdue_hours(
    desk: Desk, clerk: Actor, manager: Actor, building: BuildingInfo
) -> None:
    with refused(desk, PermissionDenied, None), desk.work(clerk) as work:
        set_overdue_hours(work, {"normal": 48})
    with refused(desk, ValidationError, "repair.overdue_hours"), desk.work(manager) as work:
        set_overdue_hours(work, {"normal": 0})
    with refused(desk, ValidationError, "repair.urgency"), desk.work(manager) as work:
        set_overdue_hours(work, {"later": 5})
    with desk.work(manager) as work:
        assert set_overdue_hours(work, {"normal": 48})["normal"] == 48


def test_the_list_filters_and_totals(desk: Desk, clerk: Actor, building: BuildingInfo) -> None:
    first = tenant(desk, clerk, "甲公司", ["101"], D(2026, 3, 1))
    tenant(desk, clerk, "乙公司", ["201"], D(2026, 3, 1))
    a = _report(desk, clerk, "101", reported_at=dt.datetime(2026, 5, 1, 9, 0))
    b = _report(desk, clerk, "101", urgency="urgent")
    c = _report(desk, clerk, "201", reported_at=dt.datetime(2026, 6, 1, 9, 0))
    with desk.work(clerk) as work:
        cancel_repair(work, c, 1, "重复")
    with desk.read(clerk) as work:
        everything = repair_register(work, RepairFilter())
        assert [r.id for r in everything] == [b, c, a]  # newest first
        assert everything[0].place.customer == "甲公司" and everything[0].place.floor == "1F"
        assert [r.id for r in repair_register(work, RepairFilter(place=PlaceFilter(tenancy_id=first)))] == [b, a]
        floor_2 = work.session.scalar(select(Floor.id).where(Floor.label == "2F"))
        assert [r.id for r in repair_register(work, RepairFilter(place=PlaceFilter(floor_id=floor_2)))] == [c]
        assert [r.id for r in repair_register(work, RepairFilter(open_only=True))] == [b, a]
        assert [r.id for r in repair_register(work, RepairFilter(urgency="urgent"))] == [b]
        assert [r.id for r in repair_register(work, RepairFilter(status="cancelled"))] == [c]
        may = RepairFilter(date_from=D(2026, 5, 1), date_to=D(2026, 6, 1))
        assert [r.id for r in repair_register(work, may)] == [c, a]
        assert [r.id for r in repair_register(work, RepairFilter(), offset=1, limit=1)] == [c]
        totals = repair_totals(work, RepairFilter())
        assert totals.count == 3 and totals.by_state["reported"] == 2 and totals.by_state["cancelled"] == 1
        with pytest.raises(ValidationError):
            repair_register(work, RepairFilter(date_from=D(2026, 6, 2), date_to=D(2026, 6, 1)))
        with pytest.raises(ValidationError):
            repair_register(work, RepairFilter(), limit=5000)


def test_a_refused_step_writes_no_step_and_no_audit_line(desk: Desk, clerk: Actor, leased: int) -> None:
    repair_id = _report(desk, clerk)
    with desk.read(clerk) as work:
        steps = len(work.session.scalars(select(RegisterStep)).all())
    with pytest.raises(Conflict), desk.work(clerk) as work:
        finish_repair(work, repair_id, 1, D(2026, 6, 15), "修好")
    with desk.read(clerk) as work:
        assert len(work.session.scalars(select(RegisterStep)).all()) == steps


def test_a_step_touches_the_unit_and_the_dossier(desk: Desk, clerk: Actor, leased: int) -> None:
    repair_id = _report(desk, clerk)
    with desk.work(clerk) as work:
        info = assign_repair(work, repair_id, 1, "工程部", "李师傅")
        touched = work.touched.freeze()
    assert info.unit_id in touched.units and info.place.dossier_id in touched.dossiers
