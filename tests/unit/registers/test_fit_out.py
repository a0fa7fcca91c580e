"""Fit-out projects (二装): the application, every step with who and when, the deposit rule (refunded in the fees
register first), the project's papers and violations, the building-wide list and the unit card's 装修中."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, select

from app.building import buildings
from app.customers.details import CustomerInput
from app.desk import Actor, Desk, Work
from app.dossier import DocumentInput, add_document
from app.errors import ChangedMeanwhile, Conflict, NotFound, PermissionDenied, ValidationError
from app.fees import record_deposit, refund_deposit, retain_deposit
from app.registers import (
    FitOutDraft,
    FitOutFilter,
    FitOutInfo,
    apply_fit_out,
    approve_fit_out,
    ask_fit_out_inspection,
    edit_fit_out,
    extend_fit_out,
    fail_fit_out,
    fit_out_deposits,
    fit_out_project,
    fit_out_projects_of,
    fit_out_register,
    pass_fit_out,
    refund_fit_out,
    reject_fit_out,
    start_fit_out,
    units_fitting_out,
)
from app.tenancy import lifecycle as tenancy
from db.models import Change, Violation
from tests.unit.unit_support import refused, unit_id

D = dt.date
TODAY = D(2026, 6, 15)  # tests/conftest.py's clock


def _draft(**changes: object) -> FitOutDraft:
    values: dict[str, object] = {
        "applied_on": D(2026, 6, 1),
        "scope": "隔墙、吊顶、地毯",
        "contractor": "深圳美家装饰",
        "person_in_charge": "赵工",
        "phone": "13800138000",
        "planned_start": D(2026, 6, 5),
        "planned_end": D(2026, 6, 30),
    }
    values.update(changes)
    return FitOutDraft(**values)  # type: ignore[arg-type]


@pytest.fixture
def applied(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> FitOutInfo:
    with desk.work(clerk) as work:
        return apply_fit_out(work, tenant.tenancy_id, unit_id(desk, "101"), _draft())


def _through(desk: Desk, clerk: Actor, manager: Actor, project: FitOutInfo, until: str) -> FitOutInfo:
    """Take ``project`` along the happy path until it is in state ``until``."""
    steps = [
        ("approved", manager, lambda w, p: approve_fit_out(w, p.id, p.version, D(2026, 6, 3), "按图施工")),
        ("in_progress", clerk, lambda w, p: start_fit_out(w, p.id, p.version, D(2026, 6, 5))),
        ("inspection", clerk, lambda w, p: ask_fit_out_inspection(w, p.id, p.version, D(2026, 6, 10))),
        ("accepted", manager, lambda w, p: pass_fit_out(w, p.id, p.version, D(2026, 6, 12), "合格")),
    ]
    for state, who, act in steps:
        if project.status == until:
            break
        with desk.work(who) as work:
            project = act(work, project)
        assert project.status == state
    return project


def test_an_application_is_recorded_with_its_first_step(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, applied: FitOutInfo
) -> None:
    assert applied.status == "applied"
    assert (applied.unit, applied.customer, applied.contractor) == ("101", "甲科技有限公司", "深圳美家装饰")
    assert applied.dossier_id == tenant.dossier_id
    assert [(s.action, s.to_state, s.recorded_by) for s in applied.steps] == [("create", "applied", "王小明")]
    assert applied.end == D(2026, 6, 30) and not applied.overdue
    with desk.read(clerk) as work:
        logged = work.session.execute(select(Change.action).where(Change.entity == "fit_out")).scalars().all()
    assert logged == ["create"]


def test_an_application_needs_its_scope_and_sensible_dates(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    unit = unit_id(desk, "101")
    with refused(desk, ValidationError, "fit_out.scope"), desk.work(clerk) as work:
        apply_fit_out(work, tenant.tenancy_id, unit, _draft(scope="  "))
    with refused(desk, ValidationError, "fit_out.planned_end", "2026-06-01"), desk.work(clerk) as work:
        apply_fit_out(work, tenant.tenancy_id, unit, _draft(planned_end=D(2026, 6, 1)))
    with refused(desk, ValidationError, "fit_out.applied_on"), desk.work(clerk) as work:
        apply_fit_out(work, tenant.tenancy_id, unit, _draft(applied_on=TODAY + dt.timedelta(days=1)))
    with refused(desk, ValidationError, "fit_out.unit"), desk.work(clerk) as work:
        apply_fit_out(work, tenant.tenancy_id, unit_id(desk, "102"), _draft())
    with refused(desk, NotFound, "fit_out.tenancy"), desk.work(clerk) as work:
        apply_fit_out(work, 999, unit, _draft())


def test_the_deposit_must_be_a_fit_out_deposit_of_the_tenancy(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    with desk.work(clerk) as work:
        key = record_deposit(work, tenant.tenancy_id, "key", 20000, received_on=D(2026, 6, 1))
        fit = record_deposit(work, tenant.tenancy_id, "fit_out", 500000, received_on=D(2026, 6, 1))
    with desk.read(clerk) as work:
        assert fit_out_deposits(work, tenant.tenancy_id) == [(fit.id, 500000, D(2026, 6, 1))]
    with refused(desk, ValidationError, "fit_out.deposit"), desk.work(clerk) as work:
        apply_fit_out(work, tenant.tenancy_id, unit_id(desk, "101"), _draft(deposit_id=key.id))
    with desk.work(clerk) as work:
        project = apply_fit_out(work, tenant.tenancy_id, unit_id(desk, "101"), _draft(deposit_id=fit.id))
    assert (project.deposit_fen, project.deposit_state) == (500000, "received")


def test_the_application_is_edited_until_the_works_start(
    desk: Desk, clerk: Actor, manager: Actor, applied: FitOutInfo
) -> None:
    with desk.work(clerk) as work:
        edited = edit_fit_out(work, applied.id, applied.version, _draft(contractor="华艺装饰", phone="0755-1234"))
    assert (edited.contractor, edited.phone) == ("华艺装饰", "0755-1234")
    with refused(desk, ChangedMeanwhile, None), desk.work(clerk) as work:
        edit_fit_out(work, applied.id, applied.version, _draft(contractor="又一家"))
    started = _through(desk, clerk, manager, edited, "in_progress")
    with refused(desk, Conflict, "fit_out.status"), desk.work(clerk) as work:
        edit_fit_out(work, started.id, started.version, _draft(contractor="又一家"))


def test_every_step_of_the_happy_path_with_who_and_when(
    desk: Desk, clerk: Actor, manager: Actor, applied: FitOutInfo
) -> None:
    done = _through(desk, clerk, manager, applied, "accepted")
    with desk.work(clerk) as work:
        done = refund_fit_out(work, done.id, done.version, D(2026, 6, 14))
    assert done.status == "refunded"
    assert (done.actual_start, done.actual_end) == (D(2026, 6, 5), D(2026, 6, 12))
    assert [(s.action, s.from_state, s.to_state, s.on_date, s.recorded_by, s.note) for s in done.steps] == [
        ("create", "", "applied", D(2026, 6, 1), "王小明", ""),
        ("approve", "applied", "approved", D(2026, 6, 3), "李经理", "按图施工"),
        ("start", "approved", "in_progress", D(2026, 6, 5), "王小明", ""),
        ("ask_inspection", "in_progress", "inspection", D(2026, 6, 10), "王小明", ""),
        ("pass", "inspection", "accepted", D(2026, 6, 12), "李经理", "合格"),
        ("refund", "accepted", "refunded", D(2026, 6, 14), "王小明", ""),
    ]


def test_a_rejection_needs_its_reason(desk: Desk, supervisor: Actor, applied: FitOutInfo) -> None:
    with refused(desk, ValidationError, "register_step.note"), desk.work(supervisor) as work:
        reject_fit_out(work, applied.id, applied.version, D(2026, 6, 2), " ")
    with desk.work(supervisor) as work:
        rejected = reject_fit_out(work, applied.id, applied.version, D(2026, 6, 2), "图纸不全")
    assert rejected.status == "rejected" and rejected.steps[-1].note == "图纸不全"
    with refused(desk, Conflict, "fit_out.status"), desk.work(supervisor) as work:
        approve_fit_out(work, rejected.id, rejected.version, D(2026, 6, 3))


def test_a_failed_inspection_is_inspected_again_after_the_works_are_put_right(
    desk: Desk, clerk: Actor, manager: Actor, applied: FitOutInfo
) -> None:
    project = _through(desk, clerk, manager, applied, "inspection")
    with refused(desk, ValidationError, "register_step.note"), desk.work(manager) as work:
        fail_fit_out(work, project.id, project.version, D(2026, 6, 11), "")
    with desk.work(manager) as work:
        project = fail_fit_out(work, project.id, project.version, D(2026, 6, 11), "消防喷淋被吊顶遮挡")
    assert project.status == "failed" and project.actual_end is None
    with desk.work(clerk) as work:
        project = extend_fit_out(work, project.id, project.version, D(2026, 6, 11), D(2026, 7, 10), "整改")
        project = ask_fit_out_inspection(work, project.id, project.version, D(2026, 6, 13))
    with desk.work(manager) as work:
        project = pass_fit_out(work, project.id, project.version, D(2026, 6, 14))
    assert (project.status, project.extended_to, project.actual_end) == ("accepted", D(2026, 7, 10), D(2026, 6, 14))


def test_an_extension_must_end_after_the_current_end(
    desk: Desk, clerk: Actor, manager: Actor, applied: FitOutInfo
) -> None:
    project = _through(desk, clerk, manager, applied, "in_progress")
    with refused(desk, ValidationError, "fit_out.extended_to", "2026-06-30"), desk.work(clerk) as work:
        extend_fit_out(work, project.id, project.version, D(2026, 6, 12), D(2026, 6, 30))
    with desk.work(clerk) as work:
        project = extend_fit_out(work, project.id, project.version, D(2026, 6, 12), D(2026, 7, 15), "材料未到")
    assert (project.status, project.end) == ("in_progress", D(2026, 7, 15))
    assert project.steps[-1].action == "extend" and project.steps[-1].note == "材料未到"
    with refused(desk, ValidationError, "fit_out.extended_to", "2026-07-15"), desk.work(clerk) as work:
        extend_fit_out(work, project.id, project.version, D(2026, 6, 13), D(2026, 7, 15))


def test_refused_moves_name_the_state(desk: Desk, clerk: Actor, manager: Actor, applied: FitOutInfo) -> None:
    with refused(desk, Conflict, "fit_out.status"), desk.work(clerk) as work:
        start_fit_out(work, applied.id, applied.version, D(2026, 6, 5))
    with refused(desk, Conflict, "fit_out.status"), desk.work(clerk) as work:
        refund_fit_out(work, applied.id, applied.version, D(2026, 6, 5))
    with refused(desk, Conflict, "fit_out.status"), desk.work(manager) as work:
        pass_fit_out(work, applied.id, applied.version, D(2026, 6, 5))
    with refused(desk, Conflict, "fit_out.status"), desk.work(clerk) as work:
        extend_fit_out(work, applied.id, applied.version, D(2026, 6, 5), D(2026, 8, 1))
    with refused(desk, ValidationError, "register_step.on_date"), desk.work(manager) as work:
        approve_fit_out(work, applied.id, applied.version, TODAY + dt.timedelta(days=1))


def test_a_clerk_neither_approves_nor_inspects(
    desk: Desk, clerk: Actor, supervisor: Actor, manager: Actor, applied: FitOutInfo
) -> None:
    for decide in (approve_fit_out, reject_fit_out, pass_fit_out, fail_fit_out):
        with refused(desk, PermissionDenied, None), desk.work(clerk) as work:
            decide(work, applied.id, applied.version, D(2026, 6, 3), "x")
    with desk.work(supervisor) as work:
        assert approve_fit_out(work, applied.id, applied.version, D(2026, 6, 3)).status == "approved"


class TestTheDepositRule:
    """The project is marked refunded only once the fees register decided all of its fit-out deposit."""

    @pytest.fixture
    def accepted(self, desk: Desk, clerk: Actor, manager: Actor, tenant: tenancy.MoveIn) -> tuple[FitOutInfo, int]:
        with desk.work(clerk) as work:
            d = record_deposit(work, tenant.tenancy_id, "fit_out", 500000, received_on=D(2026, 6, 1))
            project = apply_fit_out(work, tenant.tenancy_id, unit_id(desk, "101"), _draft(deposit_id=d.id))
        return _through(desk, clerk, manager, project, "accepted"), d.id

    def test_refused_while_the_deposit_is_held(
        self, desk: Desk, clerk: Actor, accepted: tuple[FitOutInfo, int]
    ) -> None:
        project, d = accepted
        with refused(desk, Conflict, "fit_out.deposit", "5,000.00"), desk.work(clerk) as work:
            refund_fit_out(work, project.id, project.version, D(2026, 6, 14))
        with desk.work(clerk) as work:
            refund_deposit(work, d, 200000, day=D(2026, 6, 13))
        with refused(desk, Conflict, "fit_out.deposit", "3,000.00"), desk.work(clerk) as work:
            refund_fit_out(work, project.id, project.version, D(2026, 6, 14))

    def test_moves_once_refunded_in_full(self, desk: Desk, clerk: Actor, accepted: tuple[FitOutInfo, int]) -> None:
        project, d = accepted
        with desk.work(clerk) as work:
            refund_deposit(work, d, 500000, day=D(2026, 6, 13))
            done = refund_fit_out(work, project.id, project.version, D(2026, 6, 14))
        assert (done.status, done.deposit_state) == ("refunded", "refunded")

    def test_moves_once_partly_retained_and_the_rest_refunded(
        self, desk: Desk, clerk: Actor, manager: Actor, accepted: tuple[FitOutInfo, int]
    ) -> None:
        project, d = accepted
        with desk.work(manager) as work:
            retain_deposit(work, d, 100000, day=D(2026, 6, 13), reason="损坏公共走廊地面")
            refund_deposit(work, d, 400000, day=D(2026, 6, 13))
        with desk.work(clerk) as work:
            done = refund_fit_out(work, project.id, project.version, D(2026, 6, 14))
        assert (done.status, done.deposit_state) == ("refunded", "retained")


def test_the_projects_papers_and_violations_are_listed_with_it(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, applied: FitOutInfo
) -> None:
    with desk.work(clerk) as work:
        add_document(
            work,
            tenant.dossier_id,
            DocumentInput(category="fit_out", doc_date=D(2026, 6, 1), title="二装申请表及图纸"),
        )
        add_document(work, tenant.dossier_id, DocumentInput(category="move_in", doc_date=D(2026, 6, 1), title="入住"))
        # The violation register (app/registers/violations.py) writes these; here only its row matters.
        work.session.add(
            Violation(
                unit_id=applied.unit_id,
                tenancy_id=tenant.tenancy_id,
                fit_out_id=applied.id,
                found_on=D(2026, 6, 8),
                what="夜间施工",
                created_by=clerk.user_id,
                created_at=dt.datetime(2026, 6, 8, 22, 0),
            )
        )
    with desk.read(clerk) as work:
        project = fit_out_project(work, applied.id)
        of_tenancy = fit_out_projects_of(work, tenant.tenancy_id)
    assert [d.title for d in project.documents] == ["二装申请表及图纸"]
    assert [(v.found_on, v.what, v.status) for v in project.violations] == [(D(2026, 6, 8), "夜间施工", "found")]
    assert [p.id for p in of_tenancy] == [applied.id]
    with pytest.raises(NotFound), desk.read(clerk) as work:
        fit_out_project(work, 999)


class TestTheBuildingWideList:
    @pytest.fixture
    def three(self, desk: Desk, clerk: Actor, manager: Actor, building: buildings.BuildingInfo) -> list[FitOutInfo]:
        """102 applied; 201 in progress and overdue (ended 06-10); 301 accepted long ago."""
        made = []
        for number, applied_on, end, until in (
            ("102", D(2026, 6, 1), D(2026, 6, 30), "applied"),
            ("201", D(2026, 5, 1), D(2026, 6, 10), "in_progress"),
            ("301", D(2026, 3, 1), D(2026, 4, 1), "accepted"),
        ):
            with desk.work(clerk) as work:
                moved = tenancy.move_in(
                    work,
                    customer=CustomerInput(name=f"{number} 公司"),
                    unit_ids=[unit_id(desk, number)],
                    move_in=D(2026, 1, 5),
                )
                project = apply_fit_out(
                    work,
                    moved.tenancy_id,
                    unit_id(desk, number),
                    _draft(applied_on=applied_on, planned_start=applied_on, planned_end=end),
                )
            made.append(_through(desk, clerk, manager, project, until))
        return made

    def test_filters_totals_and_overdue(
        self, desk: Desk, clerk: Actor, building: buildings.BuildingInfo, three: list[FitOutInfo]
    ) -> None:
        with desk.read(clerk) as work:
            everything = fit_out_register(work)
            open_ = fit_out_register(work, FitOutFilter(status="open"))
            late = fit_out_register(work, FitOutFilter(overdue_only=True))
            second = fit_out_register(work, FitOutFilter(floor_id=_floor(work, building.id, "2F")))
            since_may = fit_out_register(work, FitOutFilter(applied_from=D(2026, 5, 1), applied_to=D(2026, 5, 31)))
            paged = fit_out_register(work, offset=1, limit=1)
        assert [r.unit for r in everything.rows] == ["102", "201", "301"]  # newest application first
        assert everything.total == 3 and everything.overdue == 1
        assert everything.by_state == {"applied": 1, "in_progress": 1, "accepted": 1}
        assert [(r.unit, r.overdue) for r in open_.rows] == [("201", True)]
        assert open_.by_state == everything.by_state  # the totals show every state whatever the state filter
        assert [r.unit for r in late.rows] == ["201"]
        assert [r.unit for r in second.rows] == ["201"] and second.by_state == {"in_progress": 1}
        assert [r.unit for r in since_may.rows] == ["201"]
        assert [r.unit for r in paged.rows] == ["201"] and paged.total == 3
        assert everything.rows[0].customer == "102 公司" and everything.rows[0].dossier_id is not None

    def test_the_unit_cards_show_fitting_out_from_an_open_project(
        self, desk: Desk, clerk: Actor, building: buildings.BuildingInfo, three: list[FitOutInfo]
    ) -> None:
        with desk.read(clerk) as work:
            assert units_fitting_out(work, [unit_id(desk, n) for n in ("102", "201", "301")]) == {unit_id(desk, "201")}
            cards = {c.number: c.status for c in buildings.unit_cards(work, building_id=building.id)}
        assert cards["201"] == buildings.UnitStatus.FITTING_OUT  # the project, the tenancy has no fit-out dates
        assert cards["102"] == buildings.UnitStatus.OCCUPIED  # applied, not approved: no works yet
        assert cards["301"] == buildings.UnitStatus.OCCUPIED  # accepted: the works are over

    def test_the_project_rule_costs_one_query_per_floor_not_one_per_card(
        self, desk: Desk, clerk: Actor, manager: Actor, building: buildings.BuildingInfo, three: list[FitOutInfo]
    ) -> None:
        def statements(floor: str) -> int:
            seen: list[str] = []
            listen = lambda *args: seen.append(args[2])  # noqa: E731 - (conn, cursor, statement, …)
            event.listen(desk.engine, "before_cursor_execute", listen)
            try:
                with desk.read(clerk) as work:
                    buildings.unit_cards(work, floor_id=_floor(work, building.id, floor))
            finally:
                event.remove(desk.engine, "before_cursor_execute", listen)
            return sum("fit_out_project" in s for s in seen)

        assert statements("2F") == 1  # one tenant, its project open
        applied_now = []
        with desk.work(clerk) as work:  # three more tenants on the floor, two with works going on
            for number in ("202", "203", "204"):
                unit = unit_id(desk, number)
                moved = tenancy.move_in(
                    work, customer=CustomerInput(name=f"{number} 公司"), unit_ids=[unit], move_in=D(2026, 1, 5)
                )
                if number != "204":
                    applied_now.append(apply_fit_out(work, moved.tenancy_id, unit, _draft()))
        with desk.work(manager) as work:
            for project in applied_now:
                approve_fit_out(work, project.id, project.version, D(2026, 6, 3))
        assert statements("2F") == 1


def _floor(work: Work, building_id: int, label: str) -> int:
    return next(f.id for f in buildings.list_floors(work, building_id) if f.label == label)
