"""The customer-care visits: who is due a return visit (回访), and recording one.

The schedule is app/care/schedule.py's pure function; this module reads what it needs for the whole building in a
handful of queries (the live tenancies, their units, each tenancy's latest visit, the customers' grades) and records
a planned visit as a ``return_visit`` row with no subject — the same table the repairs' and complaints' visits are
in, so each visit is one record, shown in its repair or complaint and in the customer-care list alike, and a repair's
visit counts as the tenancy's visit for the slot it falls in.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from app.care.grades import DEFAULT_PLANS, contact_plans, current_grades, grade_spans
from app.care.schedule import due_in
from app.desk import Work
from app.errors import NotFound
from app.permissions import Action
from app.registers import VisitInput, checked_visit
from app.text import QT_TRANSLATE_NOOP
from app.validation import limited_text
from db.models import Customer, Dossier, Floor, ReturnVisit, Tenancy, TenancyUnit, Unit, User


@dataclass(frozen=True)
class DueVisit:
    tenancy_id: int
    customer_id: int
    customer: str
    floor: str
    units: str  # "1201、1202"
    first_unit_id: int | None
    dossier_id: int | None
    grade: str | None  # None: not graded
    how: str  # as the grade's plan says (a phone call when ungraded)
    due_on: dt.date
    last_visit: dt.date | None
    overdue: bool  # due before today and not visited


@dataclass(frozen=True)
class CareVisitInput:
    """A planned visit as the desk records it (one dialog): date, how, who, what was discussed, follow-ups, score."""

    visited_on: dt.date
    how: str
    contact: str = ""
    discussed: str = ""
    follow_ups: str = ""
    satisfaction: str | None = None
    comment: str = ""


@dataclass(frozen=True)
class CareVisit:
    id: int
    tenancy_id: int | None
    customer: str
    units: str
    subject: str | None  # None: a planned visit; "repair" / "complaint": that record's visit
    visited_on: dt.date
    how: str
    contact: str
    discussed: str
    follow_ups: str
    satisfaction: str | None
    comment: str
    visited_by: str


def _live_tenancies(work: Work, first: dt.date) -> list[tuple[int, int, str, dt.date, dt.date | None]]:
    return [
        tuple(row)  # type: ignore[misc]
        for row in work.session.execute(
            select(Tenancy.id, Tenancy.customer_id, Customer.name, Tenancy.move_in, Tenancy.move_out)
            .join(Customer, Customer.id == Tenancy.customer_id)
            .where(Tenancy.move_out.is_(None) | (Tenancy.move_out > first))
        )
    ]


def _places(work: Work, tenancy_ids: list[int]) -> dict[int, tuple[str, str, int]]:
    """Each tenancy's floor, unit numbers and first unit (its current units; the last ones for a tenancy ended)."""
    rows = work.session.execute(
        select(TenancyUnit.tenancy_id, Floor.level, Floor.label, Unit.number, Unit.id, TenancyUnit.end_date)
        .join(Unit, Unit.id == TenancyUnit.unit_id)
        .join(Floor, Floor.id == Unit.floor_id)
        .where(TenancyUnit.tenancy_id.in_(tenancy_ids))
        .order_by(TenancyUnit.tenancy_id, Floor.level, Unit.number)
    ).all()
    grouped: dict[int, list[tuple[str, str, int, bool]]] = {}
    for tenancy_id, _level, floor, number, unit_id, end in rows:
        grouped.setdefault(tenancy_id, []).append((floor, number, unit_id, end is None))
    places = {}
    for tenancy_id, units in grouped.items():
        current = [u for u in units if u[3]] or units
        places[tenancy_id] = (current[0][0], "、".join(u[1] for u in current), current[0][2])
    return places


def _last_visits(work: Work) -> dict[int, dt.date]:
    return dict(
        work.session.execute(  # type: ignore[arg-type]
            select(ReturnVisit.tenancy_id, func.max(ReturnVisit.visited_on))
            .where(ReturnVisit.tenancy_id.is_not(None))
            .group_by(ReturnVisit.tenancy_id)
        ).all()
    )


def visits_due(work: Work, first: dt.date, last: dt.date) -> list[DueVisit]:
    """Every visit due from ``first`` to ``last`` (and every overdue one before), most overdue first.

    One row per due date: the next visit of each tenancy if due by ``last`` (overdue when before today), then the
    tenancy's later due dates inside the span (a month's plan printed ahead lists them all)."""
    work.require_read()
    tenancies = _live_tenancies(work, first)
    if not tenancies:
        return []
    ids = [t[0] for t in tenancies]
    places = _places(work, ids)
    last_visits = _last_visits(work)
    spans = grade_spans(work)
    grades = current_grades(work)
    plans = {p.grade: p for p in contact_plans(work)}
    dossiers = dict(
        work.session.execute(select(Dossier.tenancy_id, Dossier.id).where(Dossier.tenancy_id.in_(ids))).all()
    )
    due: list[DueVisit] = []
    for tenancy_id, customer_id, name, move_in, move_out in tenancies:
        visited = last_visits.get(tenancy_id)
        days = due_in(move_in, move_out, spans.get(customer_id, ()), visited, first, last)
        if not days:
            continue
        floor, units, unit_id = places.get(tenancy_id, ("", "", None))
        grade = grades.get(customer_id)
        how = plans[grade].how if grade else DEFAULT_PLANS["ordinary"].how
        for day in days:
            due.append(
                DueVisit(
                    tenancy_id,
                    customer_id,
                    name,
                    floor,
                    units,
                    unit_id,
                    dossiers.get(tenancy_id),
                    grade,
                    how,
                    day,
                    visited,
                    day < work.today,
                )
            )
    due.sort(key=lambda d: (d.due_on, d.floor, d.units))
    return due


def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """Monday to Sunday of ``day``'s week."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def month_of(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def due_this_week(work: Work) -> list[DueVisit]:
    """The visits due by the end of this week, overdue ones included: the dashboard's and Tools' list."""
    return visits_due(work, *week_of(work.today))


def _tenancy(work: Work, tenancy_id: int) -> Tenancy:
    ok = isinstance(tenancy_id, int) and not isinstance(tenancy_id, bool)
    tenancy = work.session.get(Tenancy, tenancy_id) if ok else None
    if tenancy is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("app", "There is no tenancy {number}."), field="return_visit.tenancy", number=tenancy_id
        )
    return tenancy


def record_visit(work: Work, tenancy_id: int, visit: CareVisitInput) -> int:
    """Record a planned visit of a tenancy (subject NULL); it satisfies the slot it falls in. Returns its id."""
    actor = work.require(Action.RECORD_VISIT)
    tenancy = _tenancy(work, tenancy_id)
    checked = checked_visit(VisitInput(visit.visited_on, visit.how, visit.contact, visit.satisfaction, visit.comment))
    discussed = limited_text(visit.discussed, "return_visit.discussed", 2000)
    follow_ups = limited_text(visit.follow_ups, "return_visit.follow_ups", 2000)
    row = ReturnVisit(
        subject=None,
        subject_id=None,
        tenancy_id=tenancy.id,
        customer_id=tenancy.customer_id,
        visited_on=checked.visited_on,
        how=checked.how,
        contact=checked.contact,
        discussed=discussed,
        follow_ups=follow_ups,
        satisfaction=checked.satisfaction,
        comment=checked.comment,
        visited_by=actor.user_id,
        recorded_at=work.now,
    )
    work.session.add(row)
    work.session.flush()
    work.touched.registers.add("visit")
    work.touched.customers.add(tenancy.customer_id)
    dossier_id = work.session.scalar(select(Dossier.id).where(Dossier.tenancy_id == tenancy.id))
    if dossier_id is not None:
        work.touched.dossiers.add(dossier_id)
    details = {"visited_on": row.visited_on.isoformat(), "how": row.how, "contact": row.contact}
    work.log(dossier_id, "return_visit", row.id, "create", details)
    return row.id


def last_visit_id(work: Work, tenancy_id: int) -> int | None:
    """The tenancy's latest return visit of any kind (planned, a repair's, a complaint's), if any: the one whose
    record form the unit card prints."""
    work.require_read()
    return work.session.scalar(
        select(ReturnVisit.id)
        .where(ReturnVisit.tenancy_id == tenancy_id)
        .order_by(ReturnVisit.visited_on.desc(), ReturnVisit.id.desc())
        .limit(1)
    )


def care_visit(work: Work, visit_id: int) -> CareVisit:
    """One visit as its record form (回访记录表) prints it."""
    work.require_read()
    ok = isinstance(visit_id, int) and not isinstance(visit_id, bool)
    row = work.session.get(ReturnVisit, visit_id) if ok else None
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("app", "There is no return visit {number}."),
            field="return_visit.subject",
            number=visit_id,
        )
    who = work.session.scalar(select(User.display_name).where(User.id == row.visited_by)) or ""
    customer = work.session.scalar(select(Customer.name).where(Customer.id == row.customer_id)) or ""
    units = _places(work, [row.tenancy_id])[row.tenancy_id][1] if row.tenancy_id else ""
    return CareVisit(
        row.id,
        row.tenancy_id,
        customer,
        units,
        row.subject,
        row.visited_on,
        row.how,
        row.contact,
        row.discussed,
        row.follow_ups,
        row.satisfaction,
        row.comment,
        who,
    )
