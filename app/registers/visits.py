"""Return visits (回访): after a repair is done and when a complaint's result is fed back, the desk asks the
customer whether they are satisfied (满意 / 基本满意 / 不满意).

One visit, one ``return_visit`` row: the repair or complaint names it by ``subject``/``subject_id`` (at most one
each), and the customer-care list of a tenancy (issue 20) reads the same rows, so a visit is never typed twice.
The row is written by the repair's or complaint's step (``repairs.visit_repair``, ``complaints.feed_back``),
inside that step's unit of work; this module keeps the checks and the reading.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app.desk import Work
from app.permissions import Action
from app.registers.where import choice
from app.validation import a_date, limited_text, within_years
from db.models import SATISFACTION, VISIT_HOWS, VISIT_SUBJECTS, ReturnVisit, User


@dataclass(frozen=True)
class VisitInput:
    """What the desk types for a return visit."""

    visited_on: dt.date
    how: str  # one of VISIT_HOWS
    contact: str = ""  # whom the desk spoke to
    satisfaction: str | None = None  # one of SATISFACTION
    comment: str = ""


@dataclass(frozen=True)
class VisitInfo:
    id: int
    version: int
    subject: str | None
    subject_id: int | None
    tenancy_id: int | None
    visited_on: dt.date
    how: str
    contact: str
    satisfaction: str | None
    comment: str
    visited_by: str
    recorded_at: dt.datetime


def checked_visit(visit: VisitInput) -> VisitInput:
    """The visit as it will be stored, or a ValidationError naming the field that is wrong."""
    day = within_years(a_date(visit.visited_on, "return_visit.visited_on"), "return_visit.visited_on")
    how = choice(visit.how, VISIT_HOWS, "return_visit.how")
    assert how is not None
    return VisitInput(
        visited_on=day,
        how=how,
        contact=limited_text(visit.contact, "return_visit.contact", 100),
        satisfaction=choice(visit.satisfaction or None, SATISFACTION, "return_visit.satisfaction"),
        comment=limited_text(visit.comment, "return_visit.comment", 2000),
    )


def add_subject_visit(
    work: Work, subject: str, subject_id: int, tenancy_id: int | None, customer_id: int | None, visit: VisitInput
) -> ReturnVisit:
    """Write the one visit of a repair or complaint, inside that record's step; ``visit`` as ``checked_visit``."""
    actor = work.require(Action.RECORD_VISIT)
    assert subject in VISIT_SUBJECTS
    row = ReturnVisit(
        subject=subject,
        subject_id=subject_id,
        tenancy_id=tenancy_id,
        customer_id=customer_id,
        visited_on=visit.visited_on,
        how=visit.how,
        contact=visit.contact,
        satisfaction=visit.satisfaction,
        comment=visit.comment,
        visited_by=actor.user_id,
        recorded_at=work.now,
    )
    work.session.add(row)
    work.session.flush()
    return row


def _info(row: ReturnVisit, who: str) -> VisitInfo:
    return VisitInfo(
        id=row.id,
        version=row.version,
        subject=row.subject,
        subject_id=row.subject_id,
        tenancy_id=row.tenancy_id,
        visited_on=row.visited_on,
        how=row.how,
        contact=row.contact,
        satisfaction=row.satisfaction,
        comment=row.comment,
        visited_by=who,
        recorded_at=row.recorded_at,
    )


def visit_of(work: Work, subject: str, subject_id: int) -> VisitInfo | None:
    """The return visit of one repair or complaint, if it was made."""
    work.require_read()
    row = work.session.execute(
        select(ReturnVisit, User.display_name)
        .join(User, User.id == ReturnVisit.visited_by)
        .where(ReturnVisit.subject == subject, ReturnVisit.subject_id == subject_id)
    ).first()
    return _info(row[0], row[1]) if row is not None else None


def visits_of_tenancy(work: Work, tenancy_id: int) -> list[VisitInfo]:
    """Every return visit to a tenancy, newest first: after repairs, after complaints and (later) customer care."""
    work.require_read()
    rows = work.session.execute(
        select(ReturnVisit, User.display_name)
        .join(User, User.id == ReturnVisit.visited_by)
        .where(ReturnVisit.tenancy_id == tenancy_id)
        .order_by(ReturnVisit.visited_on.desc(), ReturnVisit.id.desc())
    ).all()
    return [_info(row, who) for row, who in rows]
