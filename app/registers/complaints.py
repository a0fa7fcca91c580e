"""Complaints (投诉, R13): received, assigned to the department responsible, handled (the result written), the result
approved by the supervisor or the manager (or sent back), fed back to the customer, closed.

The feedback is the complaint's return visit: on which day, how, by whom (the user who records it) and the
customer's satisfaction, written as the one ``return_visit`` row the customer-care list reads too. A complaint is
closed only after it was fed back; the machine (``machines.COMPLAINT``) refuses it before, saying so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import Select, func, select

from app.desk import Work, expect_version
from app.errors import ValidationError
from app.permissions import Action
from app.registers.machines import COMPLAINT
from app.registers.transitions import StepInfo
from app.registers.visits import VisitInfo, VisitInput, add_subject_visit, checked_visit, visit_of
from app.registers.where import (
    PLACE_COLUMNS,
    Place,
    PlaceFilter,
    choice,
    customer_of,
    existing_tenancy,
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
from app.text import QT_TRANSLATE_NOOP
from app.validation import limited_text, required_text, within_years
from db.models import COMPLAINT_CHANNELS, COMPLAINT_STATES, Complaint, User

OPEN_STATES = ("received", "assigned", "handled", "approved", "fed_back")


@dataclass(frozen=True)
class ComplaintInfo:
    id: int
    version: int
    status: str
    place: Place
    unit_id: int | None
    received_at: dt.datetime
    channel: str
    complainant: str
    content: str
    department: str
    result: str
    approved_by: str
    feedback_on: dt.date | None
    feedback_how: str | None
    feedback_by: str
    actions: tuple[str, ...]
    steps: tuple[StepInfo, ...]
    visit: VisitInfo | None


@dataclass(frozen=True)
class ComplaintFilter:
    place: PlaceFilter = field(default_factory=PlaceFilter)
    status: str | None = None  # one of COMPLAINT_STATES
    open_only: bool = False
    date_from: dt.date | None = None  # received on or after
    date_to: dt.date | None = None


@dataclass(frozen=True)
class ComplaintRow:
    id: int
    version: int
    status: str
    place: Place
    received_at: dt.datetime
    channel: str
    complainant: str
    content: str
    department: str
    result: str
    feedback_on: dt.date | None


@dataclass(frozen=True)
class ComplaintTotals:
    count: int
    by_state: Mapping[str, int]


_MISSING = QT_TRANSLATE_NOOP("app", "There is no complaint {number}.")


def _complaint(work: Work, complaint_id: int, expected_version: int) -> Complaint:
    found = found_record(work, Complaint, complaint_id, _MISSING, "complaint.record")
    expect_version(
        found,
        expected_version,
        QT_TRANSLATE_NOOP("app", "Complaint {number} was changed meanwhile; look at it again, then repeat the step."),
        number=found.id,
    )
    return found


def _step(
    work: Work, complaint: Complaint, action: str, on_date: dt.date, note: str, details: dict[str, object]
) -> None:
    step_record(work, COMPLAINT, complaint, action, on_date, note, details)


def receive_complaint(
    work: Work,
    channel: str,
    complainant: str,
    content: str,
    *,
    unit_id: int | None = None,
    tenancy_id: int | None = None,
    received_at: dt.datetime | None = None,
) -> ComplaintInfo:
    """Record a complaint as received. With a unit, the tenancy in it then is filled in; with only a tenancy (from
    its dossier) that one; with neither, a complaint about the building at large."""
    actor = work.require(Action.HANDLE_COMPLAINT)
    at = received_at or work.now
    if not isinstance(at, dt.datetime):
        raise ValidationError(QT_TRANSLATE_NOOP("app", "{field} must be a date."), field="complaint.received_at")
    within_years(at.date(), "complaint.received_at")
    if at > work.now + dt.timedelta(minutes=5):
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} is in the future ({value})."),
            field="complaint.received_at",
            value=at.strftime("%Y-%m-%d %H:%M"),
        )
    if unit_id is not None:
        unit_id = existing_unit(work, unit_id, "complaint.unit").id
        if tenancy_id is None:
            tenancy_id = tenancy_in_unit(work, unit_id, at.date())
    if tenancy_id is not None:
        tenancy_id = existing_tenancy(work, tenancy_id, "complaint.tenancy").id
    complaint = Complaint(
        unit_id=unit_id,
        tenancy_id=tenancy_id,
        status=COMPLAINT.start,
        received_at=at.replace(second=0, microsecond=0),
        channel=choice(channel, COMPLAINT_CHANNELS, "complaint.channel"),
        complainant=limited_text(complainant, "complaint.complainant", 100),
        content=required_text(content, "complaint.content", 4000),
        created_by=actor.user_id,
        created_at=work.now,
    )
    work.session.add(complaint)
    work.session.flush()
    place = place_of(work, unit_id, tenancy_id)
    COMPLAINT.started(work, complaint, at.date(), dossier_id=place.dossier_id)
    work.log(
        place.dossier_id,
        "complaint",
        complaint.id,
        "create",
        {"unit": place.unit, "channel": complaint.channel, "content": complaint.content},
    )
    touch(work, unit_id, tenancy_id)
    return _read(work, complaint)


def assign_complaint(
    work: Work,
    complaint_id: int,
    expected_version: int,
    department: str,
    note: str = "",
    on_date: dt.date | None = None,
) -> ComplaintInfo:
    """Hand the complaint to the department responsible for it (again, to another one)."""
    work.require(Action.HANDLE_COMPLAINT)
    complaint = _complaint(work, complaint_id, expected_version)
    complaint.department = required_text(department, "complaint.department", 100)
    _step(work, complaint, "assign", on_date or work.today, note, {"department": complaint.department})
    return _read(work, complaint)


def handle_complaint(
    work: Work, complaint_id: int, expected_version: int, result: str, on_date: dt.date | None = None
) -> ComplaintInfo:
    """The department's result, for the supervisor or the manager to approve."""
    work.require(Action.HANDLE_COMPLAINT)
    complaint = _complaint(work, complaint_id, expected_version)
    complaint.result = required_text(result, "complaint.result", 4000)
    _step(work, complaint, "handle", on_date or work.today, "", {"result": complaint.result})
    return _read(work, complaint)


def approve_complaint(
    work: Work, complaint_id: int, expected_version: int, note: str = "", on_date: dt.date | None = None
) -> ComplaintInfo:
    """The supervisor or the manager approves the result; it may then go back to the customer (R13)."""
    actor = work.require(Action.APPROVE_COMPLAINT)
    complaint = _complaint(work, complaint_id, expected_version)
    complaint.approved_by = actor.user_id
    _step(work, complaint, "approve", on_date or work.today, note, {})
    return _read(work, complaint)


def send_back_complaint(
    work: Work, complaint_id: int, expected_version: int, note: str, on_date: dt.date | None = None
) -> ComplaintInfo:
    """The supervisor or the manager sends the result back to be handled again, saying why."""
    work.require(Action.APPROVE_COMPLAINT)
    complaint = _complaint(work, complaint_id, expected_version)
    reason = required_text(note, "register_step.note", 2000)
    _step(work, complaint, "send_back", on_date or work.today, reason, {})
    return _read(work, complaint)


def feed_back_complaint(
    work: Work,
    complaint_id: int,
    expected_version: int,
    fed_back_on: dt.date,
    how: str,
    satisfaction: str | None,
    comment: str = "",
    contact: str = "",
) -> ComplaintInfo:
    """The approved result told to the customer: when, how, by whom (the user recording it), whether they are
    satisfied — the complaint's one return-visit record."""
    actor = work.require(Action.HANDLE_COMPLAINT)
    complaint = _complaint(work, complaint_id, expected_version)
    checked = checked_visit(VisitInput(fed_back_on, how, contact, satisfaction, comment))
    COMPLAINT.next_state(complaint.status, "feed_back")  # refused before the visit row is written
    row = add_subject_visit(
        work, "complaint", complaint.id, complaint.tenancy_id, customer_of(work, complaint.tenancy_id), checked
    )
    complaint.feedback_on = checked.visited_on
    complaint.feedback_how = checked.how
    complaint.feedback_by = actor.user_id
    _step(
        work,
        complaint,
        "feed_back",
        checked.visited_on,
        checked.comment,
        {"visit": row.id, "how": checked.how, "satisfaction": checked.satisfaction},
    )
    return _read(work, complaint)


def close_complaint(
    work: Work, complaint_id: int, expected_version: int, note: str = "", on_date: dt.date | None = None
) -> ComplaintInfo:
    """Close a complaint fed back to the customer (refused before, R13)."""
    work.require(Action.HANDLE_COMPLAINT)
    complaint = _complaint(work, complaint_id, expected_version)
    _step(work, complaint, "close", on_date or work.today, note, {})
    return _read(work, complaint)


def _user_name(work: Work, user_id: int | None) -> str:
    if user_id is None:
        return ""
    return work.session.scalar(select(User.display_name).where(User.id == user_id)) or ""


def _read(work: Work, complaint: Complaint) -> ComplaintInfo:
    work.session.flush()
    return ComplaintInfo(
        id=complaint.id,
        version=complaint.version,
        status=complaint.status,
        place=place_of(work, complaint.unit_id, complaint.tenancy_id),
        unit_id=complaint.unit_id,
        received_at=complaint.received_at,
        channel=complaint.channel,
        complainant=complaint.complainant,
        content=complaint.content,
        department=complaint.department,
        result=complaint.result,
        approved_by=_user_name(work, complaint.approved_by),
        feedback_on=complaint.feedback_on,
        feedback_how=complaint.feedback_how,
        feedback_by=_user_name(work, complaint.feedback_by),
        actions=tuple(COMPLAINT.actions_from(complaint.status)),
        steps=tuple(COMPLAINT.steps(work, complaint.id)),
        visit=visit_of(work, "complaint", complaint.id),
    )


def complaint(work: Work, complaint_id: int) -> ComplaintInfo:
    """One complaint with its history and its feedback."""
    work.require_read()
    found = found_record(work, Complaint, complaint_id, _MISSING, "complaint.record")
    return _read(work, found)


def _filtered(query: Select, wanted: ComplaintFilter) -> Select:
    choice(wanted.status, COMPLAINT_STATES, "complaint.status")
    first, last = period(wanted.date_from, wanted.date_to)
    query = with_place(query, Complaint.unit_id, Complaint.tenancy_id, wanted.place)
    query = in_period(query, Complaint.received_at, first, last)
    if wanted.status is not None:
        query = query.where(Complaint.status == wanted.status)
    if wanted.open_only:
        query = query.where(Complaint.status.in_(OPEN_STATES))
    return query


def complaint_register(work: Work, wanted: ComplaintFilter, *, offset: int = 0, limit: int = 100) -> list[ComplaintRow]:
    """A page of the matching complaints, newest received first."""
    work.require_read()
    offset, limit = page(offset, limit)
    query = _filtered(select(Complaint, *PLACE_COLUMNS), wanted)
    rows = work.session.execute(
        query.order_by(Complaint.received_at.desc(), Complaint.id.desc()).offset(offset).limit(limit)
    )
    return [
        ComplaintRow(
            id=c.id,
            version=c.version,
            status=c.status,
            place=place_from(row, c.tenancy_id),
            received_at=c.received_at,
            channel=c.channel,
            complainant=c.complainant,
            content=c.content,
            department=c.department,
            result=c.result,
            feedback_on=c.feedback_on,
        )
        for row in rows
        for c in (row[0],)
    ]


def complaint_totals(work: Work, wanted: ComplaintFilter) -> ComplaintTotals:
    """How many complaints match, by state."""
    work.require_read()
    by_state = {state: 0 for state in COMPLAINT_STATES}
    query = _filtered(select(Complaint.status, func.count(Complaint.id)), wanted).group_by(Complaint.status)
    for state, count in work.session.execute(query):
        by_state[state] = int(count)
    return ComplaintTotals(sum(by_state.values()), by_state)
