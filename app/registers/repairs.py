"""Repairs (报修, R11): reported by phone, at the desk or by the staff themselves; assigned to a department and a
person; done (what was done, with which materials); then the return visit asks whether the customer is satisfied.

A repair names its unit and the tenancy in the unit when it was reported (a vacant unit's repair has none); every
step is a ``register_step`` row and an audit line (``machines.REPAIR``). A repair still open (reported or assigned)
longer than the hours the supervisor set for its urgency is overdue; the hours are database settings, so every
desk and the command line agree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, Select, and_, false, func, or_, select

from app.desk import Work, expect_version
from app.errors import ValidationError
from app.permissions import Action
from app.registers.machines import REPAIR
from app.registers.transitions import StepInfo
from app.registers.visits import VisitInfo, VisitInput, add_subject_visit, checked_visit, visit_of
from app.registers.where import (
    PLACE_COLUMNS,
    Place,
    PlaceFilter,
    choice,
    customer_of,
    existing_unit,
    found_record,
    in_period,
    page,
    period,
    place_from,
    place_of,
    step_record,
    tenancy_in_unit,
    touch,
    with_place,
)
from app.settings import store, stored
from app.text import QT_TRANSLATE_NOOP
from app.validation import a_date, limited_text, required_text, whole_number, within_years
from db.models import REPAIR_CHANNELS, REPAIR_STATES, REPAIR_URGENCIES, Repair

OPEN_STATES = ("reported", "assigned")  # what still needs someone to act
# Hours a repair may stay open before it is overdue, by urgency, until the supervisor or the manager sets others.
DEFAULT_OVERDUE_HOURS = {"emergency": 4, "urgent": 24, "normal": 72}
MAX_OVERDUE_HOURS = 24 * 90
OVERDUE_KEY = "registers.repair.overdue_hours."  # + urgency


@dataclass(frozen=True)
class RepairInfo:
    id: int
    version: int
    status: str
    place: Place
    unit_id: int
    reported_at: dt.datetime
    channel: str
    urgency: str
    reported_by: str
    what: str
    location: str
    department: str
    assignee: str
    done_on: dt.date | None
    work_done: str
    materials: str
    overdue: bool
    actions: tuple[str, ...]  # the steps open to it now (the UI's buttons)
    steps: tuple[StepInfo, ...]
    visit: VisitInfo | None


@dataclass(frozen=True)
class RepairFilter:
    place: PlaceFilter = field(default_factory=PlaceFilter)
    status: str | None = None  # one of REPAIR_STATES
    urgency: str | None = None
    open_only: bool = False
    overdue_only: bool = False
    date_from: dt.date | None = None  # reported on or after
    date_to: dt.date | None = None  # reported on or before


@dataclass(frozen=True)
class RepairRow:
    id: int
    version: int
    status: str
    place: Place
    reported_at: dt.datetime
    channel: str
    urgency: str
    reported_by: str
    what: str
    location: str
    department: str
    assignee: str
    done_on: dt.date | None
    overdue: bool


@dataclass(frozen=True)
class RepairTotals:
    count: int
    by_state: Mapping[str, int]  # every state, 0 where none
    overdue: int


# -- the overdue hours --------------------------------------------------------------------------------------------


_MISSING = QT_TRANSLATE_NOOP("app", "There is no repair {number}.")


def _hours(text: str | None, default: int) -> int:
    try:
        value = int(text) if text is not None else default
    except ValueError:
        return default  # a hand-edited row must not stop the desk
    return value if 1 <= value <= MAX_OVERDUE_HOURS else default


def overdue_hours(work: Work) -> dict[str, int]:
    """Hours a repair of each urgency may stay open before it is overdue."""
    work.require_read()
    return {u: _hours(stored(work, OVERDUE_KEY + u), DEFAULT_OVERDUE_HOURS[u]) for u in REPAIR_URGENCIES}


def set_overdue_hours(work: Work, hours: Mapping[str, int]) -> dict[str, int]:
    """The supervisor or the manager sets how long a repair of each urgency may stay open."""
    work.require(Action.CONFIGURE_REGISTERS)
    for urgency, value in hours.items():
        choice(urgency, REPAIR_URGENCIES, "repair.urgency")
        whole_number(value, "repair.overdue_hours", 1, MAX_OVERDUE_HOURS)
    before = overdue_hours(work)
    for urgency, value in hours.items():
        store(work, OVERDUE_KEY + urgency, str(value))
    after = overdue_hours(work)
    if after != before:
        work.log(None, "setting", None, "repair_overdue_hours", {"before": before, "after": after})
    return after


def _overdue_condition(now: dt.datetime, hours: Mapping[str, int]) -> ColumnElement[bool]:
    """In SQL: open and reported longer ago than its urgency allows."""
    late = [and_(Repair.urgency == u, Repair.reported_at < now - dt.timedelta(hours=h)) for u, h in hours.items()]
    return and_(Repair.status.in_(OPEN_STATES), or_(*late) if late else false())


def _is_overdue(repair: Repair, now: dt.datetime, hours: Mapping[str, int]) -> bool:
    limit = hours.get(repair.urgency, DEFAULT_OVERDUE_HOURS["normal"])
    return repair.status in OPEN_STATES and repair.reported_at < now - dt.timedelta(hours=limit)


# -- recording ----------------------------------------------------------------------------------------------------


def _repair(work: Work, repair_id: int, expected_version: int) -> Repair:
    repair = found_record(work, Repair, repair_id, _MISSING, "repair.record")
    expect_version(
        repair,
        expected_version,
        QT_TRANSLATE_NOOP("app", "Repair {number} was changed meanwhile; look at it again, then repeat the step."),
        number=repair.id,
    )
    return repair


def _step(work: Work, repair: Repair, action: str, on_date: dt.date, note: str, details: dict[str, object]) -> None:
    step_record(work, REPAIR, repair, action, on_date, note, details)


def report_repair(
    work: Work,
    unit_id: int,
    channel: str,
    urgency: str,
    reported_by: str,
    what: str,
    location: str = "",
    reported_at: dt.datetime | None = None,
) -> RepairInfo:
    """Record a repair as reported (at ``reported_at``, default now); the tenancy in the unit then is filled in.

    ``channel``: one of REPAIR_CHANNELS (phone, walk_in, self); ``urgency``: one of REPAIR_URGENCIES.
    """
    actor = work.require(Action.RECORD_REPAIR)
    unit = existing_unit(work, unit_id, "repair.unit")
    at = reported_at or work.now
    if not isinstance(at, dt.datetime):
        raise ValidationError(QT_TRANSLATE_NOOP("app", "{field} must be a date."), field="repair.reported_at")
    within_years(at.date(), "repair.reported_at")
    if at > work.now + dt.timedelta(minutes=5):
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} is in the future ({value})."),
            field="repair.reported_at",
            value=at.strftime("%Y-%m-%d %H:%M"),
        )
    repair = Repair(
        unit_id=unit.id,
        tenancy_id=tenancy_in_unit(work, unit.id, at.date()),
        status=REPAIR.start,
        reported_at=at.replace(second=0, microsecond=0),
        channel=choice(channel, REPAIR_CHANNELS, "repair.channel"),
        urgency=choice(urgency, REPAIR_URGENCIES, "repair.urgency"),
        reported_by=limited_text(reported_by, "repair.reported_by", 100),
        what=required_text(what, "repair.what", 2000),
        location=limited_text(location, "repair.location", 200),
        created_by=actor.user_id,
        created_at=work.now,
    )
    work.session.add(repair)
    work.session.flush()
    place = place_of(work, repair.unit_id, repair.tenancy_id)
    REPAIR.started(work, repair, at.date(), dossier_id=place.dossier_id)
    work.log(
        place.dossier_id,
        "repair",
        repair.id,
        "create",
        {"unit": place.unit, "channel": repair.channel, "urgency": repair.urgency, "what": repair.what},
    )
    touch(work, repair.unit_id, repair.tenancy_id)
    return _read(work, repair)


def assign_repair(
    work: Work,
    repair_id: int,
    expected_version: int,
    department: str,
    assignee: str,
    on_date: dt.date | None = None,
    note: str = "",
) -> RepairInfo:
    """Assign (or reassign) the repair to a department and a person."""
    work.require(Action.RECORD_REPAIR)
    repair = _repair(work, repair_id, expected_version)
    repair.department = required_text(department, "repair.department", 100)
    repair.assignee = limited_text(assignee, "repair.assignee", 100)
    _step(work, repair, "assign", on_date or work.today, note, {"department": repair.department, "to": repair.assignee})
    return _read(work, repair)


def finish_repair(
    work: Work,
    repair_id: int,
    expected_version: int,
    done_on: dt.date,
    work_done: str,
    materials: str = "",
    note: str = "",
) -> RepairInfo:
    """The repair was done: when, what was done, with which materials."""
    work.require(Action.RECORD_REPAIR)
    repair = _repair(work, repair_id, expected_version)
    day = within_years(a_date(done_on, "repair.done_on"), "repair.done_on")
    if day < repair.reported_at.date():
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} ({day}) is before the repair was reported ({reported})."),
            field="repair.done_on",
            day=day.isoformat(),
            reported=repair.reported_at.date().isoformat(),
        )
    repair.done_on = day
    repair.work_done = required_text(work_done, "repair.work_done", 2000)
    repair.materials = limited_text(materials, "repair.materials", 2000)
    _step(work, repair, "finish", day, note, {"work_done": repair.work_done, "materials": repair.materials})
    return _read(work, repair)


def visit_repair(
    work: Work,
    repair_id: int,
    expected_version: int,
    visited_on: dt.date,
    how: str,
    satisfaction: str,
    comment: str = "",
    contact: str = "",
) -> RepairInfo:
    """The return visit after the repair: how, whom the desk spoke to, the customer's satisfaction (one of
    SATISFACTION: 满意 / 基本满意 / 不满意) and comment; written as the repair's one return-visit record."""
    work.require(Action.RECORD_REPAIR)
    repair = _repair(work, repair_id, expected_version)
    checked = checked_visit(VisitInput(visited_on, how, contact, satisfaction, comment))
    if checked.satisfaction is None:
        raise ValidationError(QT_TRANSLATE_NOOP("app", "{field} must not be empty."), field="return_visit.satisfaction")
    REPAIR.next_state(repair.status, "visit")  # refused before the visit row is written
    if repair.done_on is not None and checked.visited_on < repair.done_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} ({day}) is before the repair was done ({done})."),
            field="return_visit.visited_on",
            day=checked.visited_on.isoformat(),
            done=repair.done_on.isoformat(),
        )
    row = add_subject_visit(work, "repair", repair.id, repair.tenancy_id, customer_of(work, repair.tenancy_id), checked)
    _step(
        work,
        repair,
        "visit",
        checked.visited_on,
        checked.comment,
        {"visit": row.id, "satisfaction": checked.satisfaction, "how": checked.how},
    )
    return _read(work, repair)


def reopen_repair(
    work: Work, repair_id: int, expected_version: int, note: str, on_date: dt.date | None = None
) -> RepairInfo:
    """A repair done badly goes back to its repairer."""
    work.require(Action.RECORD_REPAIR)
    repair = _repair(work, repair_id, expected_version)
    reason = required_text(note, "register_step.note", 2000)
    repair.done_on = None
    _step(work, repair, "reopen", on_date or work.today, reason, {})
    return _read(work, repair)


def cancel_repair(
    work: Work, repair_id: int, expected_version: int, note: str, on_date: dt.date | None = None
) -> RepairInfo:
    """A repair reported by mistake (or twice) is cancelled, saying why; it stays in the register."""
    work.require(Action.RECORD_REPAIR)
    repair = _repair(work, repair_id, expected_version)
    reason = required_text(note, "register_step.note", 2000)
    _step(work, repair, "cancel", on_date or work.today, reason, {})
    return _read(work, repair)


# -- reading ------------------------------------------------------------------------------------------------------


def _read(work: Work, repair: Repair) -> RepairInfo:
    work.session.flush()
    hours = overdue_hours(work)
    return RepairInfo(
        id=repair.id,
        version=repair.version,
        status=repair.status,
        place=place_of(work, repair.unit_id, repair.tenancy_id),
        unit_id=repair.unit_id,
        reported_at=repair.reported_at,
        channel=repair.channel,
        urgency=repair.urgency,
        reported_by=repair.reported_by,
        what=repair.what,
        location=repair.location,
        department=repair.department,
        assignee=repair.assignee,
        done_on=repair.done_on,
        work_done=repair.work_done,
        materials=repair.materials,
        overdue=_is_overdue(repair, work.now, hours),
        actions=tuple(REPAIR.actions_from(repair.status)),
        steps=tuple(REPAIR.steps(work, repair.id)),
        visit=visit_of(work, "repair", repair.id),
    )


def repair(work: Work, repair_id: int) -> RepairInfo:
    """One repair with its history and its return visit."""
    work.require_read()
    found = found_record(work, Repair, repair_id, _MISSING, "repair.record")
    return _read(work, found)


def _filtered(query: Select, wanted: RepairFilter, now: dt.datetime, hours: Mapping[str, int]) -> Select:
    choice(wanted.status, REPAIR_STATES, "repair.status")
    choice(wanted.urgency, REPAIR_URGENCIES, "repair.urgency")
    first, last = period(wanted.date_from, wanted.date_to)
    query = with_place(query, Repair.unit_id, Repair.tenancy_id, wanted.place)
    query = in_period(query, Repair.reported_at, first, last)
    if wanted.status is not None:
        query = query.where(Repair.status == wanted.status)
    if wanted.urgency is not None:
        query = query.where(Repair.urgency == wanted.urgency)
    if wanted.open_only:
        query = query.where(Repair.status.in_(OPEN_STATES))
    if wanted.overdue_only:
        query = query.where(_overdue_condition(now, hours))
    return query


def repair_register(work: Work, wanted: RepairFilter, *, offset: int = 0, limit: int = 100) -> list[RepairRow]:
    """A page of the matching repairs, newest reported first."""
    work.require_read()
    offset, limit = page(offset, limit)
    hours = overdue_hours(work)
    query = _filtered(select(Repair, *PLACE_COLUMNS), wanted, work.now, hours)
    rows = work.session.execute(query.order_by(Repair.reported_at.desc(), Repair.id.desc()).offset(offset).limit(limit))
    return [
        RepairRow(
            id=r.id,
            version=r.version,
            status=r.status,
            place=place_from(row, r.tenancy_id),
            reported_at=r.reported_at,
            channel=r.channel,
            urgency=r.urgency,
            reported_by=r.reported_by,
            what=r.what,
            location=r.location,
            department=r.department,
            assignee=r.assignee,
            done_on=r.done_on,
            overdue=_is_overdue(r, work.now, hours),
        )
        for row in rows
        for r in (row[0],)
    ]


def repair_totals(work: Work, wanted: RepairFilter) -> RepairTotals:
    """How many repairs match, by state, and how many of them are overdue (one grouped query and one count)."""
    work.require_read()
    hours = overdue_hours(work)
    by_state = {state: 0 for state in REPAIR_STATES}
    query = _filtered(select(Repair.status, func.count(Repair.id)), wanted, work.now, hours).group_by(Repair.status)
    for state, count in work.session.execute(query):
        by_state[state] = int(count)
    overdue = work.session.scalar(
        _filtered(select(func.count(Repair.id)), wanted, work.now, hours).where(_overdue_condition(work.now, hours))
    )
    return RepairTotals(sum(by_state.values()), by_state, int(overdue or 0))
