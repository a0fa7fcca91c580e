"""Violations of the building's rules (违规, R11 "violations and arrears"): what was found in which unit and when,
the rectification notice (its number, the day it was issued, rectify by), the follow-up while it is not put right,
the day it was rectified, closed.

A violation found during a fit-out project names the project. The follow-up notes are appended, each with its day,
never rewritten; every step is a ``register_step`` row and an audit line (``machines.VIOLATION``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import Select, func, select

from app.desk import Work, expect_version
from app.errors import NotFound, ValidationError
from app.permissions import Action
from app.registers.machines import VIOLATION
from app.registers.transitions import StepInfo
from app.registers.where import (
    PLACE_COLUMNS,
    Place,
    PlaceFilter,
    choice,
    existing_unit,
    found_record,
    page,
    period,
    place_from,
    place_of,
    step_record,
    tenancy_in_unit,
    touch,
    with_place,
)
from app.text import QT_TRANSLATE_NOOP
from app.validation import a_date, limited_text, required_text, within_years
from db.models import VIOLATION_STATES, FitOutProject, Violation

OPEN_STATES = ("found", "notified", "rectified")


@dataclass(frozen=True)
class ViolationInfo:
    id: int
    version: int
    status: str
    place: Place
    unit_id: int
    fit_out_id: int | None
    found_on: dt.date
    what: str
    notice_no: str
    notice_on: dt.date | None
    rectify_by: dt.date | None
    rectified_on: dt.date | None
    follow_up: str
    actions: tuple[str, ...]
    steps: tuple[StepInfo, ...]


@dataclass(frozen=True)
class ViolationFilter:
    place: PlaceFilter = field(default_factory=PlaceFilter)
    status: str | None = None  # one of VIOLATION_STATES
    open_only: bool = False
    date_from: dt.date | None = None  # found on or after
    date_to: dt.date | None = None


@dataclass(frozen=True)
class ViolationRow:
    id: int
    version: int
    status: str
    place: Place
    found_on: dt.date
    what: str
    notice_no: str
    notice_on: dt.date | None
    rectify_by: dt.date | None
    rectified_on: dt.date | None
    late: bool  # notified, not rectified, past its rectify-by day


@dataclass(frozen=True)
class ViolationTotals:
    count: int
    by_state: Mapping[str, int]


_MISSING = QT_TRANSLATE_NOOP("app", "There is no violation {number}.")


def _day(value: dt.date, name: str) -> dt.date:
    return within_years(a_date(value, name), name)


def _violation(work: Work, violation_id: int, expected_version: int) -> Violation:
    found = found_record(work, Violation, violation_id, _MISSING, "violation.record")
    expect_version(
        found,
        expected_version,
        QT_TRANSLATE_NOOP("app", "Violation {number} was changed meanwhile; look at it again, then repeat the step."),
        number=found.id,
    )
    return found


def _not_before(day: dt.date, earliest: dt.date, name: str) -> None:
    if day < earliest:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} ({day}) is before the violation was found ({found})."),
            field=name,
            day=day.isoformat(),
            found=earliest.isoformat(),
        )


def _step(
    work: Work, violation: Violation, action: str, on_date: dt.date, note: str, details: dict[str, object]
) -> None:
    step_record(work, VIOLATION, violation, action, on_date, note, details)


def record_violation(
    work: Work, unit_id: int, what: str, found_on: dt.date, fit_out_id: int | None = None
) -> ViolationInfo:
    """Record a violation found in a unit on a day (during a fit-out project, if named)."""
    actor = work.require(Action.RECORD_VIOLATION)
    unit = existing_unit(work, unit_id, "violation.unit")
    day = _day(found_on, "violation.found_on")
    if day > work.today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} is in the future ({value})."),
            field="violation.found_on",
            value=day.isoformat(),
        )
    if fit_out_id is not None:
        project = work.session.get(FitOutProject, fit_out_id) if isinstance(fit_out_id, int) else None
        if project is None or project.unit_id != unit.id:
            raise NotFound(
                QT_TRANSLATE_NOOP("app", "Unit {unit} has no fit-out project {number}."),
                field="violation.fit_out",
                unit=unit.number,
                number=fit_out_id,
            )
    violation = Violation(
        unit_id=unit.id,
        tenancy_id=tenancy_in_unit(work, unit.id, day),
        fit_out_id=fit_out_id,
        status=VIOLATION.start,
        found_on=day,
        what=required_text(what, "violation.what", 2000),
        created_by=actor.user_id,
        created_at=work.now,
    )
    work.session.add(violation)
    work.session.flush()
    place = place_of(work, violation.unit_id, violation.tenancy_id)
    VIOLATION.started(work, violation, day, dossier_id=place.dossier_id)
    work.log(
        place.dossier_id,
        "violation",
        violation.id,
        "create",
        {"unit": place.unit, "found_on": day.isoformat(), "what": violation.what, "fit_out": fit_out_id},
    )
    touch(work, violation.unit_id, violation.tenancy_id)
    return _read(work, violation)


def notify_violation(
    work: Work, violation_id: int, expected_version: int, notice_no: str, notice_on: dt.date, rectify_by: dt.date
) -> ViolationInfo:
    """The rectification notice issued: its number, the day, and by when to put it right."""
    work.require(Action.RECORD_VIOLATION)
    violation = _violation(work, violation_id, expected_version)
    day = _day(notice_on, "violation.notice_on")
    _not_before(day, violation.found_on, "violation.notice_on")
    by = _day(rectify_by, "violation.rectify_by")
    if by < day:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} ({day}) is before the notice was issued ({issued})."),
            field="violation.rectify_by",
            day=by.isoformat(),
            issued=day.isoformat(),
        )
    violation.notice_no = required_text(notice_no, "violation.notice_no", 40)
    violation.notice_on = day
    violation.rectify_by = by
    _step(
        work,
        violation,
        "notify",
        day,
        "",
        {"notice_no": violation.notice_no, "rectify_by": by.isoformat()},
    )
    return _read(work, violation)


def follow_up_violation(
    work: Work, violation_id: int, expected_version: int, note: str, on_date: dt.date | None = None
) -> ViolationInfo:
    """A follow-up of a notified violation (called, visited, reminded): appended to its follow-up notes."""
    work.require(Action.RECORD_VIOLATION)
    violation = _violation(work, violation_id, expected_version)
    day = _day(on_date or work.today, "register_step.on_date")
    text = required_text(note, "violation.follow_up", 1000)
    line = f"{day.isoformat()} {text}"
    joined = f"{violation.follow_up}\n{line}" if violation.follow_up else line
    violation.follow_up = limited_text(joined, "violation.follow_up", 20000)
    _step(work, violation, "follow_up", day, text, {})
    return _read(work, violation)


def rectify_violation(
    work: Work, violation_id: int, expected_version: int, rectified_on: dt.date, note: str = ""
) -> ViolationInfo:
    """The violation was put right on a day."""
    work.require(Action.RECORD_VIOLATION)
    violation = _violation(work, violation_id, expected_version)
    day = _day(rectified_on, "violation.rectified_on")
    _not_before(day, violation.found_on, "violation.rectified_on")
    violation.rectified_on = day
    _step(work, violation, "rectify", day, note, {"rectified_on": day.isoformat()})
    return _read(work, violation)


def close_violation(
    work: Work, violation_id: int, expected_version: int, note: str = "", on_date: dt.date | None = None
) -> ViolationInfo:
    """Close a rectified violation (refused before it was rectified)."""
    work.require(Action.RECORD_VIOLATION)
    violation = _violation(work, violation_id, expected_version)
    _step(work, violation, "close", on_date or work.today, note, {})
    return _read(work, violation)


def _read(work: Work, violation: Violation) -> ViolationInfo:
    work.session.flush()
    return ViolationInfo(
        id=violation.id,
        version=violation.version,
        status=violation.status,
        place=place_of(work, violation.unit_id, violation.tenancy_id),
        unit_id=violation.unit_id,
        fit_out_id=violation.fit_out_id,
        found_on=violation.found_on,
        what=violation.what,
        notice_no=violation.notice_no,
        notice_on=violation.notice_on,
        rectify_by=violation.rectify_by,
        rectified_on=violation.rectified_on,
        follow_up=violation.follow_up,
        actions=tuple(VIOLATION.actions_from(violation.status)),
        steps=tuple(VIOLATION.steps(work, violation.id)),
    )


def violation(work: Work, violation_id: int) -> ViolationInfo:
    """One violation with its history."""
    work.require_read()
    found = found_record(work, Violation, violation_id, _MISSING, "violation.record")
    return _read(work, found)


def _filtered(query: Select, wanted: ViolationFilter) -> Select:
    choice(wanted.status, VIOLATION_STATES, "violation.status")
    first, last = period(wanted.date_from, wanted.date_to)
    query = with_place(query, Violation.unit_id, Violation.tenancy_id, wanted.place)
    if first is not None:
        query = query.where(Violation.found_on >= first)
    if last is not None:
        query = query.where(Violation.found_on <= last)
    if wanted.status is not None:
        query = query.where(Violation.status == wanted.status)
    if wanted.open_only:
        query = query.where(Violation.status.in_(OPEN_STATES))
    return query


def violation_register(work: Work, wanted: ViolationFilter, *, offset: int = 0, limit: int = 100) -> list[ViolationRow]:
    """A page of the matching violations, newest found first."""
    work.require_read()
    offset, limit = page(offset, limit)
    query = _filtered(select(Violation, *PLACE_COLUMNS), wanted)
    rows = work.session.execute(
        query.order_by(Violation.found_on.desc(), Violation.id.desc()).offset(offset).limit(limit)
    )
    today = work.today
    return [
        ViolationRow(
            id=v.id,
            version=v.version,
            status=v.status,
            place=place_from(row, v.tenancy_id),
            found_on=v.found_on,
            what=v.what,
            notice_no=v.notice_no,
            notice_on=v.notice_on,
            rectify_by=v.rectify_by,
            rectified_on=v.rectified_on,
            late=v.status == "notified" and v.rectify_by is not None and v.rectify_by < today,
        )
        for row in rows
        for v in (row[0],)
    ]


def violation_totals(work: Work, wanted: ViolationFilter) -> ViolationTotals:
    """How many violations match, by state."""
    work.require_read()
    by_state = {state: 0 for state in VIOLATION_STATES}
    query = _filtered(select(Violation.status, func.count(Violation.id)), wanted).group_by(Violation.status)
    for state, count in work.session.execute(query):
        by_state[state] = int(count)
    return ViolationTotals(sum(by_state.values()), by_state)
