"""Fit-out projects (二装, R11): the application, the supervisor's or manager's decision, the works, extensions, the
inspection (again after a failed one) and the refund of the fit-out deposit — every step with who and when.

The project's deposit is a deposit of the fees register (app/fees), never a second copy: the project is marked
refunded only once the fees register has decided all of it (refunded, or retained with the manager's approval).
Its papers are the dossier's documents of category ``fit_out`` (二装资料); violations found during the works are
rows of the violation register that name the project (written by app/registers/violations.py, read here).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, case, func, select

from app.desk import Work, expect_version
from app.dossier import DocumentRow, dossier_documents
from app.errors import Conflict, NotFound, ValidationError
from app.fees import deposit, deposits_of, money_text
from app.permissions import Action
from app.registers.machines import FIT_OUT
from app.registers.transitions import StepInfo
from app.text import QT_TRANSLATE_NOOP
from app.validation import a_date, limited_text, required_text, within_years
from db.models import Building, Customer, Dossier, FitOutProject, Floor, Tenancy, TenancyUnit, Unit, Violation

# Works going on in the unit: the card shows 装修中 and the building-wide list's "in progress" filter means these.
OPEN_STATES = ("approved", "in_progress", "inspection", "failed")
# Past its (extended) end and not yet accepted: overdue. An application not yet decided has no works to be late.
LATE_STATES = OPEN_STATES
DOCUMENT_CATEGORY = "fit_out"  # 二装资料
DEFAULT_PAGE = 200


@dataclass(frozen=True)
class FitOutDraft:
    """The application's fields as the form has them (a new project, or an edit while applied/approved)."""

    applied_on: dt.date
    scope: str
    contractor: str = ""
    person_in_charge: str = ""
    phone: str = ""
    planned_start: dt.date | None = None
    planned_end: dt.date | None = None
    deposit_id: int | None = None  # a fit-out deposit of the tenancy in the fees register


@dataclass(frozen=True)
class ViolationLine:
    """A violation found during the project, as the project shows it (the violation register keeps it)."""

    id: int
    found_on: dt.date
    what: str
    status: str
    rectify_by: dt.date | None
    rectified_on: dt.date | None


@dataclass(frozen=True)
class FitOutInfo:
    id: int
    version: int
    tenancy_id: int
    dossier_id: int | None
    unit_id: int
    unit: str
    customer: str
    status: str
    applied_on: dt.date
    scope: str
    contractor: str
    person_in_charge: str
    phone: str
    planned_start: dt.date | None
    planned_end: dt.date | None
    extended_to: dt.date | None
    actual_start: dt.date | None
    actual_end: dt.date | None
    deposit_id: int | None
    deposit_fen: int | None  # the deposit's amount (None: the project has none)
    deposit_state: str | None  # app.fees' deposit state: received / partly_refunded / … / refunded / retained
    overdue: bool  # past its (extended) end, works not accepted
    steps: tuple[StepInfo, ...] = ()
    documents: tuple[DocumentRow, ...] = ()
    violations: tuple[ViolationLine, ...] = ()

    @property
    def end(self) -> dt.date | None:
        """When the works are due to end: the latest extension, else the planned end."""
        return self.extended_to or self.planned_end


@dataclass(frozen=True)
class FitOutFilter:
    """The building-wide list's filters; ``status`` "open" means any of OPEN_STATES (works going on)."""

    building_id: int | None = None
    floor_id: int | None = None
    status: str | None = None
    overdue_only: bool = False
    applied_from: dt.date | None = None
    applied_to: dt.date | None = None


@dataclass(frozen=True)
class FitOutRow:
    id: int
    version: int
    tenancy_id: int
    dossier_id: int | None
    building: str
    floor: str
    unit: str
    customer: str
    status: str
    applied_on: dt.date
    contractor: str
    person_in_charge: str
    phone: str
    planned_start: dt.date | None
    end: dt.date | None  # the (extended) end
    actual_end: dt.date | None
    overdue: bool


@dataclass(frozen=True)
class FitOutList:
    rows: list[FitOutRow]
    total: int  # rows matching the filters (all pages)
    by_state: dict[str, int]  # matching rows by state
    overdue: int  # matching rows overdue


# -- reading ---------------------------------------------------------------------------------------


def _is_overdue(status: str, end: dt.date | None, today: dt.date) -> bool:
    return status in LATE_STATES and end is not None and end < today


def _project(work: Work, project_id: int, expected_version: int | None = None) -> FitOutProject:
    found = work.session.get(FitOutProject, project_id)
    if found is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("app", "There is no fit-out project with id {id}."), field="fit_out", id=project_id
        )
    if expected_version is not None:
        expect_version(
            found,
            expected_version,
            QT_TRANSLATE_NOOP("app", "This fit-out project was changed meanwhile by someone else; check it again."),
        )
    return found


def _dossier_id(work: Work, tenancy_id: int) -> int | None:
    return work.session.execute(select(Dossier.id).where(Dossier.tenancy_id == tenancy_id)).scalar()


def _info(work: Work, project: FitOutProject, *, full: bool) -> FitOutInfo:
    unit_number = work.session.execute(select(Unit.number).where(Unit.id == project.unit_id)).scalar_one()
    customer = work.session.execute(
        select(Customer.name).join(Tenancy, Tenancy.customer_id == Customer.id).where(Tenancy.id == project.tenancy_id)
    ).scalar_one()
    dossier_id = _dossier_id(work, project.tenancy_id)
    deposit_fen = deposit_state = None
    if project.deposit_id is not None:
        held = deposit(work, project.deposit_id)
        deposit_fen, deposit_state = held.amount_fen, held.state
    steps: tuple[StepInfo, ...] = ()
    documents: tuple[DocumentRow, ...] = ()
    violations: tuple[ViolationLine, ...] = ()
    if full:
        steps = tuple(FIT_OUT.steps(work, project.id))
        if dossier_id is not None:
            documents = tuple(dossier_documents(work, dossier_id, DOCUMENT_CATEGORY))
        violations = tuple(_violations(work, [project.id]).get(project.id, []))
    end = project.extended_to or project.planned_end
    return FitOutInfo(
        id=project.id,
        version=project.version,
        tenancy_id=project.tenancy_id,
        dossier_id=dossier_id,
        unit_id=project.unit_id,
        unit=unit_number,
        customer=customer,
        status=project.status,
        applied_on=project.applied_on,
        scope=project.scope,
        contractor=project.contractor,
        person_in_charge=project.person_in_charge,
        phone=project.phone,
        planned_start=project.planned_start,
        planned_end=project.planned_end,
        extended_to=project.extended_to,
        actual_start=project.actual_start,
        actual_end=project.actual_end,
        deposit_id=project.deposit_id,
        deposit_fen=deposit_fen,
        deposit_state=deposit_state,
        overdue=_is_overdue(project.status, end, work.today),
        steps=steps,
        documents=documents,
        violations=violations,
    )


def _violations(work: Work, project_ids: Sequence[int]) -> dict[int, list[ViolationLine]]:
    found: dict[int, list[ViolationLine]] = {}
    if not project_ids:
        return found
    rows = work.session.execute(
        select(Violation).where(Violation.fit_out_id.in_(list(project_ids))).order_by(Violation.found_on, Violation.id)
    ).scalars()
    for v in rows:
        assert v.fit_out_id is not None
        found.setdefault(v.fit_out_id, []).append(
            ViolationLine(v.id, v.found_on, v.what, v.status, v.rectify_by, v.rectified_on)
        )
    return found


def fit_out_project(work: Work, project_id: int) -> FitOutInfo:
    """One project with its history, its papers (二装资料 of the dossier) and the violations found during it."""
    work.require_read()
    return _info(work, _project(work, project_id), full=True)


def fit_out_projects_of(work: Work, tenancy_id: int) -> list[FitOutInfo]:
    """A tenancy's projects, newest application first, each with its history, papers and violations."""
    work.require_read()
    projects = work.session.execute(
        select(FitOutProject)
        .where(FitOutProject.tenancy_id == tenancy_id)
        .order_by(FitOutProject.applied_on.desc(), FitOutProject.id.desc())
    ).scalars()
    return [_info(work, p, full=True) for p in projects]


def fit_out_deposits(work: Work, tenancy_id: int) -> list[tuple[int, int, dt.date]]:
    """The tenancy's fit-out deposits a project may name: (deposit id, amount in fen, received on)."""
    work.require_read()
    return [(d.id, d.amount_fen, d.received_on) for d in deposits_of(work, tenancy_id) if d.kind == "fit_out"]


def fit_out_register(
    work: Work, filters: FitOutFilter | None = None, *, offset: int = 0, limit: int | None = DEFAULT_PAGE
) -> FitOutList:
    """Every project of the building(s) with the filters, newest application first; totals over every page."""
    work.require_read()
    filters = filters or FitOutFilter()
    today = work.today
    end = func.coalesce(FitOutProject.extended_to, FitOutProject.planned_end)
    overdue = and_(FitOutProject.status.in_(LATE_STATES), end.is_not(None), end < today)
    conditions = []
    if filters.building_id is not None:
        conditions.append(Floor.building_id == filters.building_id)
    if filters.floor_id is not None:
        conditions.append(Unit.floor_id == filters.floor_id)
    if filters.applied_from is not None:
        conditions.append(FitOutProject.applied_on >= filters.applied_from)
    if filters.applied_to is not None:
        conditions.append(FitOutProject.applied_on <= filters.applied_to)
    if filters.overdue_only:
        conditions.append(overdue)
    # The totals by state are over the other filters, so the list's state filter does not hide the other states.
    base = (
        select(FitOutProject.status, func.count(FitOutProject.id))
        .join(Unit, Unit.id == FitOutProject.unit_id)
        .join(Floor, Floor.id == Unit.floor_id)
        .where(*conditions)
        .group_by(FitOutProject.status)
    )
    by_state = {status: count for status, count in work.session.execute(base).all()}
    if filters.status == "open":
        conditions.append(FitOutProject.status.in_(OPEN_STATES))
    elif filters.status:
        conditions.append(FitOutProject.status == filters.status)
    query = (
        select(FitOutProject, Unit.number, Floor.label, Building.name, Customer.name, Dossier.id)
        .join(Unit, Unit.id == FitOutProject.unit_id)
        .join(Floor, Floor.id == Unit.floor_id)
        .join(Building, Building.id == Floor.building_id)
        .join(Tenancy, Tenancy.id == FitOutProject.tenancy_id)
        .join(Customer, Customer.id == Tenancy.customer_id)
        .outerjoin(Dossier, Dossier.tenancy_id == Tenancy.id)
        .where(*conditions)
    )
    counted = work.session.execute(
        select(func.count(), func.coalesce(func.sum(case((overdue, 1), else_=0)), 0))
        .select_from(FitOutProject)
        .join(Unit, Unit.id == FitOutProject.unit_id)
        .join(Floor, Floor.id == Unit.floor_id)
        .where(*conditions)
    ).one()
    page = work.session.execute(
        query.order_by(FitOutProject.applied_on.desc(), FitOutProject.id.desc()).offset(offset).limit(limit)
    ).all()
    rows = []
    for p, unit, floor, building, customer, dossier_id in page:
        p_end = p.extended_to or p.planned_end
        rows.append(
            FitOutRow(
                id=p.id,
                version=p.version,
                tenancy_id=p.tenancy_id,
                dossier_id=dossier_id,
                building=building,
                floor=floor,
                unit=unit,
                customer=customer,
                status=p.status,
                applied_on=p.applied_on,
                contractor=p.contractor,
                person_in_charge=p.person_in_charge,
                phone=p.phone,
                planned_start=p.planned_start,
                end=p_end,
                actual_end=p.actual_end,
                overdue=_is_overdue(p.status, p_end, today),
            )
        )
    return FitOutList(rows=rows, total=counted[0], by_state=by_state, overdue=int(counted[1] or 0))


def units_fitting_out(work: Work, unit_ids: Sequence[int]) -> set[int]:
    """Of these units, those with works going on (a project approved, in progress, awaiting or failed inspection).

    One query for any number of units: the floor grid asks it once per floor for its cards' 装修中.
    """
    work.require_read()
    if not unit_ids:
        return set()
    rows = work.session.execute(
        select(FitOutProject.unit_id)
        .where(FitOutProject.unit_id.in_(list(unit_ids)), FitOutProject.status.in_(OPEN_STATES))
        .distinct()
    ).scalars()
    return set(rows)


# -- the application -------------------------------------------------------------------------------


def _checked_draft(work: Work, tenancy: Tenancy, draft: FitOutDraft) -> FitOutDraft:
    applied_on = within_years(a_date(draft.applied_on, "fit_out.applied_on"), "fit_out.applied_on")
    if applied_on > work.today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} is still to come ({date})."),
            field="fit_out.applied_on",
            date=applied_on.isoformat(),
        )
    planned_start = draft.planned_start
    planned_end = draft.planned_end
    if planned_start is not None:
        within_years(a_date(planned_start, "fit_out.planned_start"), "fit_out.planned_start")
    if planned_end is not None:
        within_years(a_date(planned_end, "fit_out.planned_end"), "fit_out.planned_end")
    if planned_start is not None and planned_end is not None and planned_end < planned_start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "The planned end ({end}) comes before the planned start ({start})."),
            field="fit_out.planned_end",
            end=planned_end.isoformat(),
            start=planned_start.isoformat(),
        )
    if draft.deposit_id is not None:
        kinds = {d.id: d.kind for d in deposits_of(work, tenancy.id)}
        if kinds.get(draft.deposit_id) != "fit_out":
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Deposit {id} is not a fit-out deposit of this tenancy."),
                field="fit_out.deposit",
                id=draft.deposit_id,
            )
    return FitOutDraft(
        applied_on=applied_on,
        scope=required_text(draft.scope, "fit_out.scope", 4000),
        contractor=limited_text(draft.contractor, "fit_out.contractor", 200),
        person_in_charge=limited_text(draft.person_in_charge, "fit_out.person_in_charge", 100),
        phone=limited_text(draft.phone, "fit_out.phone", 40),
        planned_start=planned_start,
        planned_end=planned_end,
        deposit_id=draft.deposit_id,
    )


def _touch(work: Work, project: FitOutProject, dossier_id: int | None) -> None:
    # The unit's card shows 装修中 from the project; the dossier's fit-out tab lists it.
    work.touched.units.add(project.unit_id)
    if dossier_id is not None:
        work.touched.dossiers.add(dossier_id)


def apply_fit_out(work: Work, tenancy_id: int, unit_id: int, draft: FitOutDraft) -> FitOutInfo:
    """Record a fit-out application (申请) for one unit of the tenancy; it waits for the supervisor's decision."""
    actor = work.require(Action.RECORD_FIT_OUT)
    tenancy = work.session.get(Tenancy, tenancy_id)
    if tenancy is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("app", "There is no tenancy with id {id}."), field="fit_out.tenancy", id=tenancy_id
        )
    link = work.session.execute(
        select(TenancyUnit).where(TenancyUnit.tenancy_id == tenancy_id, TenancyUnit.unit_id == unit_id)
    ).scalar()
    if link is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "The unit is not one of this tenancy's units."), field="fit_out.unit"
        )
    if link.end_date is not None and link.end_date <= work.today:  # the unit was handed back already
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "The tenant has moved out of this unit: there is no fit-out to apply for."),
            field="fit_out.unit",
        )
    checked = _checked_draft(work, tenancy, draft)
    project = FitOutProject(
        tenancy_id=tenancy_id,
        unit_id=unit_id,
        status=FIT_OUT.start,
        applied_on=checked.applied_on,
        scope=checked.scope,
        contractor=checked.contractor,
        person_in_charge=checked.person_in_charge,
        phone=checked.phone,
        planned_start=checked.planned_start,
        planned_end=checked.planned_end,
        deposit_id=checked.deposit_id,
        created_by=actor.user_id,
        created_at=work.now,
    )
    work.session.add(project)
    work.session.flush()
    dossier_id = _dossier_id(work, tenancy_id)
    FIT_OUT.started(work, project, checked.applied_on, dossier_id=dossier_id)
    work.log(dossier_id, "fit_out", project.id, "create", _fields(project))
    _touch(work, project, dossier_id)
    return _info(work, project, full=True)


def _fields(project: FitOutProject) -> dict[str, object]:
    return {
        "unit_id": project.unit_id,
        "applied_on": project.applied_on.isoformat(),
        "scope": project.scope,
        "contractor": project.contractor,
        "person_in_charge": project.person_in_charge,
        "phone": project.phone,
        "planned_start": project.planned_start.isoformat() if project.planned_start else None,
        "planned_end": project.planned_end.isoformat() if project.planned_end else None,
        "deposit_id": project.deposit_id,
    }


def edit_fit_out(work: Work, project_id: int, expected_version: int, draft: FitOutDraft) -> FitOutInfo:
    """Correct the application's fields while it is applied for or approved (before the works start)."""
    work.require(Action.RECORD_FIT_OUT)
    work.touched.registers.add("fit_out")
    project = _project(work, project_id, expected_version)
    if project.status not in ("applied", "approved"):
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "The application can be changed only before the works start."),
            field="fit_out.status",
        )
    tenancy = work.session.get(Tenancy, project.tenancy_id)
    assert tenancy is not None
    checked = _checked_draft(work, tenancy, draft)
    before = _fields(project)
    project.applied_on = checked.applied_on
    project.scope = checked.scope
    project.contractor = checked.contractor
    project.person_in_charge = checked.person_in_charge
    project.phone = checked.phone
    project.planned_start = checked.planned_start
    project.planned_end = checked.planned_end
    project.deposit_id = checked.deposit_id
    after = _fields(project)
    diff = {key: [before[key], after[key]] for key in after if before[key] != after[key]}
    dossier_id = _dossier_id(work, project.tenancy_id)
    if diff:
        work.session.flush()
        work.log(dossier_id, "fit_out", project.id, "edit", diff)
    _touch(work, project, dossier_id)
    return _info(work, project, full=True)


# -- the steps -------------------------------------------------------------------------------------


def _on_day(work: Work, on_date: dt.date) -> dt.date:
    day = within_years(a_date(on_date, "register_step.on_date"), "register_step.on_date")
    if day > work.today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} is still to come ({date})."),
            field="register_step.on_date",
            date=day.isoformat(),
        )
    return day


def _step(
    work: Work,
    project: FitOutProject,
    action: str,
    on_date: dt.date,
    note: str,
    details: dict[str, object] | None = None,
) -> FitOutInfo:
    dossier_id = _dossier_id(work, project.tenancy_id)
    FIT_OUT.step(work, project, action, on_date, note, dossier_id=dossier_id, details=details)
    work.session.flush()
    _touch(work, project, dossier_id)
    return _info(work, project, full=True)


def approve_fit_out(work: Work, project_id: int, expected_version: int, on_date: dt.date, note: str = "") -> FitOutInfo:
    """The supervisor or the manager approves the application (conditions in ``note``)."""
    work.require(Action.DECIDE_FIT_OUT)
    project = _project(work, project_id, expected_version)
    return _step(work, project, "approve", _on_day(work, on_date), note)


def reject_fit_out(work: Work, project_id: int, expected_version: int, on_date: dt.date, note: str) -> FitOutInfo:
    """The supervisor or the manager rejects the application; ``note`` is the reason the tenant is told."""
    work.require(Action.DECIDE_FIT_OUT)
    project = _project(work, project_id, expected_version)
    FIT_OUT.next_state(project.status, "reject")  # a refused move says so before the missing reason does
    note = required_text(note, "register_step.note", 2000)
    return _step(work, project, "reject", _on_day(work, on_date), note)


def start_fit_out(work: Work, project_id: int, expected_version: int, on_date: dt.date, note: str = "") -> FitOutInfo:
    """The works started on ``on_date`` (the actual start)."""
    work.require(Action.RECORD_FIT_OUT)
    project = _project(work, project_id, expected_version)
    day = _on_day(work, on_date)
    FIT_OUT.next_state(project.status, "start")
    project.actual_start = day
    return _step(work, project, "start", day, note, {"actual_start": day.isoformat()})


def extend_fit_out(
    work: Work, project_id: int, expected_version: int, on_date: dt.date, new_end: dt.date, note: str = ""
) -> FitOutInfo:
    """The works may go on until ``new_end`` (after the current end); ``note`` why."""
    work.require(Action.RECORD_FIT_OUT)
    project = _project(work, project_id, expected_version)
    day = _on_day(work, on_date)
    FIT_OUT.next_state(project.status, "extend")
    new_end = within_years(a_date(new_end, "fit_out.extended_to"), "fit_out.extended_to")
    current = project.extended_to or project.planned_end
    if current is not None and new_end <= current:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "The new end ({end}) must come after the current end ({current})."),
            field="fit_out.extended_to",
            end=new_end.isoformat(),
            current=current.isoformat(),
        )
    before = project.extended_to
    project.extended_to = new_end
    details = {"extended_to": [before.isoformat() if before else None, new_end.isoformat()]}
    return _step(work, project, "extend", day, note, details)


def ask_fit_out_inspection(
    work: Work, project_id: int, expected_version: int, on_date: dt.date, note: str = ""
) -> FitOutInfo:
    """The works are finished (or put right after a failed inspection): the tenant asks for the inspection."""
    work.require(Action.RECORD_FIT_OUT)
    project = _project(work, project_id, expected_version)
    return _step(work, project, "ask_inspection", _on_day(work, on_date), note)


def pass_fit_out(work: Work, project_id: int, expected_version: int, on_date: dt.date, note: str = "") -> FitOutInfo:
    """The works passed the inspection on ``on_date`` (the actual end)."""
    work.require(Action.DECIDE_FIT_OUT)
    project = _project(work, project_id, expected_version)
    day = _on_day(work, on_date)
    FIT_OUT.next_state(project.status, "pass")
    project.actual_end = day
    return _step(work, project, "pass", day, note, {"actual_end": day.isoformat()})


def fail_fit_out(work: Work, project_id: int, expected_version: int, on_date: dt.date, note: str) -> FitOutInfo:
    """The works failed the inspection; ``note`` says what is to be put right before the next one."""
    work.require(Action.DECIDE_FIT_OUT)
    project = _project(work, project_id, expected_version)
    FIT_OUT.next_state(project.status, "fail")
    note = required_text(note, "register_step.note", 2000)
    return _step(work, project, "fail", _on_day(work, on_date), note)


def refund_fit_out(work: Work, project_id: int, expected_version: int, on_date: dt.date, note: str = "") -> FitOutInfo:
    """Close the project once its fit-out deposit is decided in the fees register (refunded, or retained there).

    The money moves in the fees register only (one fact, one record): this step checks nothing of the deposit is
    still held undecided. A project without a deposit simply moves.
    """
    work.require(Action.RECORD_FIT_OUT)
    project = _project(work, project_id, expected_version)
    FIT_OUT.next_state(project.status, "refund")
    if project.deposit_id is not None:
        held = deposit(work, project.deposit_id)
        if held.undecided_fen > 0:
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "app",
                    "The fit-out deposit still holds {amount} yuan not yet refunded: refund it (or retain it) "
                    "under Fees first, then mark the project refunded.",
                ),
                field="fit_out.deposit",
                amount=money_text(held.undecided_fen),
            )
    return _step(work, project, "refund", _on_day(work, on_date), note)
