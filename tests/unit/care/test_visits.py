"""Customer care on a database (issue 20): grades set by the supervisor, the manager's contact plans, the visits due
this week, a planned visit recorded (it leaves the list), a complaint's visit counting as the tenancy's, a tenancy
ended owing nothing, the monthly plan printed with every customer due."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from app.building.buildings import BuildingInfo
from app.care.grades import ContactPlan, contact_plans, grade_of, set_contact_plans, set_grade
from app.care.printouts import print_visit_plan, print_visit_record
from app.care.visits import CareVisitInput, care_visit, due_this_week, record_visit, visits_due
from app.desk import Actor, Desk
from app.errors import NotFound, PermissionDenied, ValidationError
from app.registers import approve_complaint, assign_complaint, feed_back_complaint, handle_complaint, receive_complaint
from tests.unit.fees.fees_support import tenant
from tests.unit.unit_support import refused, unit_id

D = dt.date  # the clock of the tests is 15 June 2026, a Monday


@pytest.fixture
def leased(desk: Desk, clerk: Actor, building: BuildingInfo) -> int:
    """甲公司 in 101 since 1 March 2026: monthly visits, due 1 April, 1 May, 1 June, 1 July…"""
    return tenant(desk, clerk, "甲公司", ["101"], D(2026, 3, 1))


def _customer(desk: Desk, clerk: Actor, tenancy_id: int) -> int:
    with desk.read(clerk) as work:
        return next(d.customer_id for d in visits_due(work, D(2020, 1, 1), D(2030, 1, 1)) if d.tenancy_id == tenancy_id)


def test_the_supervisor_grades_a_customer_a_clerk_may_not(
    desk: Desk, clerk: Actor, supervisor: Actor, leased: int
) -> None:
    customer_id = _customer(desk, clerk, leased)
    with refused(desk, PermissionDenied, None), desk.work(clerk) as work:
        set_grade(work, customer_id, "key")
    with refused(desk, ValidationError, "customer_grade.grade", "vip"), desk.work(supervisor) as work:
        set_grade(work, customer_id, "vip")
    with refused(desk, NotFound, "customer_grade.customer"), desk.work(supervisor) as work:
        set_grade(work, 9999, "key")
    with desk.work(supervisor) as work:
        info = set_grade(work, customer_id, "key")
    assert info.grade == "key" and info.since == D(2026, 6, 15)
    with desk.read(clerk) as work:
        assert grade_of(work, customer_id).grade == "key"


def test_the_manager_changes_the_plans(desk: Desk, supervisor: Actor, manager: Actor) -> None:
    with desk.read(manager) as work:
        assert [(p.grade, p.every_months, p.how) for p in contact_plans(work)] == [
            ("key", 1, "visit"),
            ("ordinary", 3, "phone"),
            ("small", 6, "phone"),
        ]
    plans = [ContactPlan("key", 2, "visit"), ContactPlan("ordinary", 3, "phone"), ContactPlan("small", 12, "email")]
    with refused(desk, PermissionDenied, None), desk.work(supervisor) as work:
        set_contact_plans(work, plans)
    bad = [ContactPlan("key", 0, "visit")]
    with refused(desk, ValidationError, "contact_plan.every_months"), desk.work(manager) as work:
        set_contact_plans(work, bad)
    with desk.work(manager) as work:
        set_contact_plans(work, plans)
    with desk.read(manager) as work:
        assert [(p.every_months, p.how) for p in contact_plans(work)] == [(2, "visit"), (3, "phone"), (12, "email")]


def test_a_recorded_visit_leaves_the_weeks_list(desk: Desk, clerk: Actor, leased: int) -> None:
    with desk.read(clerk) as work:
        due = due_this_week(work)
    assert [(d.customer, d.units, d.due_on, d.overdue) for d in due] == [("甲公司", "101", D(2026, 4, 1), True)]
    with refused(desk, ValidationError, "return_visit.how"), desk.work(clerk) as work:
        record_visit(work, leased, CareVisitInput(D(2026, 6, 15), "fax"))
    with desk.work(clerk) as work:
        visit_id = record_visit(
            work,
            leased,
            CareVisitInput(D(2026, 6, 15), "visit", "王经理", "空调噪音", "约工程部下周检查", "fair", "总体还行"),
        )
    with desk.read(clerk) as work:
        assert due_this_week(work) == []
        # the slot it fell in (2 June – 1 July) is done: the next is 1 August
        assert [d.due_on for d in visits_due(work, D(2026, 8, 1), D(2026, 8, 31))] == [D(2026, 8, 1)]
        shown = care_visit(work, visit_id)
    assert (shown.customer, shown.units, shown.discussed, shown.follow_ups, shown.subject) == (
        "甲公司",
        "101",
        "空调噪音",
        "约工程部下周检查",
        None,
    )


def test_a_complaints_visit_counts_for_the_tenancy(desk: Desk, clerk: Actor, supervisor: Actor, leased: int) -> None:
    with desk.work(clerk) as work:
        complaint_id = receive_complaint(work, "phone", "王经理", "楼道噪音", unit_id=unit_id(desk, "101")).id
        info = assign_complaint(work, complaint_id, 1, "保安部")
        info = handle_complaint(work, complaint_id, info.version, "已处理")
    with desk.work(supervisor) as work:
        info = approve_complaint(work, complaint_id, info.version)
    with desk.work(clerk) as work:
        feed_back_complaint(work, complaint_id, info.version, D(2026, 6, 10), "phone", "satisfied", "", "王经理")
    with desk.read(clerk) as work:
        # fed back on 10 June: the visit of the slot 2 June – 1 July, so the overdue April one is caught up too
        assert due_this_week(work) == []
        assert visits_due(work, D(2026, 7, 1), D(2026, 7, 31)) == []
        assert [d.due_on for d in visits_due(work, D(2026, 8, 1), D(2026, 8, 31))] == [D(2026, 8, 1)]


def test_an_ended_tenancy_owes_nothing(desk: Desk, clerk: Actor, building: BuildingInfo) -> None:
    tenant(desk, clerk, "乙公司", ["102"], D(2026, 1, 1), move_out=D(2026, 5, 20))
    with desk.read(clerk) as work:
        assert visits_due(work, D(2026, 6, 1), D(2026, 12, 31)) == []


def test_the_monthly_plan_prints_every_customer_due(
    desk: Desk, clerk: Actor, supervisor: Actor, building: BuildingInfo, tmp_path: Path
) -> None:
    names = ["甲公司", "乙科技有限公司", "丙律师事务所"]
    for n, name in enumerate(names):
        tenant(desk, clerk, name, [f"10{n + 1}"], D(2026, 3, 10 + n))
    out = tmp_path / "计划.pdf"
    with desk.read(clerk) as work:
        print_visit_plan(work, 2026, 7, out)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "客户回访计划" in text and "2026年7月" in text
    for name in names:
        assert name in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])  # every font embedded


def test_a_visit_record_form_prints(desk: Desk, clerk: Actor, leased: int, tmp_path: Path) -> None:
    with desk.work(clerk) as work:
        visit_id = record_visit(work, leased, CareVisitInput(D(2026, 6, 15), "visit", "王经理", "续租意向", "报价"))
    out = tmp_path / "回访.pdf"
    with desk.read(clerk) as work:
        print_visit_record(work, visit_id, out)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    for shown in ("回访记录表", "甲公司", "王经理", "续租意向", "报价", "上门"):
        assert shown in text
