"""Customer grades (重点 / 一般 / 零散) and the contact plan of each grade.

The supervisor grades a customer (from a day on: ``customer_grade`` keeps the history the visit schedule reads); the
department manager decides each grade's plan — how often and how the desk keeps in touch — kept as shared settings
(``care.plan.<grade>`` = "<months> <how>") so every desk and the command line plan the same visits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app.care.schedule import GradeSpan
from app.desk import Work
from app.errors import NotFound, ValidationError
from app.permissions import Action
from app.settings import hold_settings, store, stored
from app.text import QT_TRANSLATE_NOOP
from app.validation import a_date, whole_number, within_years
from db.models import CUSTOMER_GRADES, VISIT_HOWS, Customer, CustomerGrade

PLAN_KEY = "care.plan."


def choice(value: str, allowed: tuple[str, ...], field: str) -> str:
    if value not in allowed:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be one of {allowed}, not “{value}”."),
            field=field,
            allowed=", ".join(allowed),
            value=str(value),
        )
    return value


MAX_EVERY_MONTHS = 24

GRADE_TEXT = {"key": "重点", "ordinary": "一般", "small": "零散"}  # as the printouts write them


@dataclass(frozen=True)
class ContactPlan:
    grade: str
    every_months: int  # a visit or call every this many months
    how: str  # one of VISIT_HOWS


DEFAULT_PLANS = {
    "key": ContactPlan("key", 1, "visit"),
    "ordinary": ContactPlan("ordinary", 3, "phone"),
    "small": ContactPlan("small", 6, "phone"),
}


@dataclass(frozen=True)
class GradeInfo:
    grade: str | None  # None: not graded yet
    since: dt.date | None


def _read_plan(work: Work, grade: str) -> ContactPlan:
    text = stored(work, PLAN_KEY + grade)
    default = DEFAULT_PLANS[grade]
    if not text:
        return default
    months, _, how = text.partition(" ")
    try:
        every = int(months)
    except ValueError:
        return default  # a hand-edited row must not stop the desk
    if not 1 <= every <= MAX_EVERY_MONTHS or how not in VISIT_HOWS:
        return default
    return ContactPlan(grade, every, how)


def contact_plans(work: Work) -> list[ContactPlan]:
    """The plan of each grade, key first."""
    work.require_read()
    return [_read_plan(work, grade) for grade in CUSTOMER_GRADES]


def set_contact_plans(work: Work, plans: list[ContactPlan]) -> list[ContactPlan]:
    """Keep the plans as given (the department manager's); a wrong value names its field and nothing is kept."""
    work.require(Action.CONFIGURE_CONTACT_PLANS)
    hold_settings(work, PLAN_KEY)
    checked = []
    for plan in plans:
        grade = choice(plan.grade or "", CUSTOMER_GRADES, "customer_grade.grade")
        every = whole_number(plan.every_months, "contact_plan.every_months", 1, MAX_EVERY_MONTHS)
        how = choice(plan.how or "", VISIT_HOWS, "contact_plan.how")
        checked.append(ContactPlan(grade, every, how))
    before = {p.grade: f"{p.every_months} {p.how}" for p in (_read_plan(work, g) for g in CUSTOMER_GRADES)}
    for plan in checked:
        store(work, PLAN_KEY + plan.grade, f"{plan.every_months} {plan.how}")
    after = {p.grade: f"{p.every_months} {p.how}" for p in (_read_plan(work, g) for g in CUSTOMER_GRADES)}
    if after != before:
        work.log(None, "setting", None, "contact_plans", {"before": before, "after": after})
    work.touched.registers.add("visit")
    return [_read_plan(work, grade) for grade in CUSTOMER_GRADES]


def grade_of(work: Work, customer_id: int) -> GradeInfo:
    """The customer's grade now."""
    work.require_read()
    row = work.session.execute(
        select(CustomerGrade.grade, CustomerGrade.since)
        .where(CustomerGrade.customer_id == customer_id)
        .order_by(CustomerGrade.since.desc())
        .limit(1)
    ).first()
    return GradeInfo(row[0], row[1]) if row is not None else GradeInfo(None, None)


def set_grade(work: Work, customer_id: int, grade: str, since: dt.date | None = None) -> GradeInfo:
    """Grade the customer from ``since`` (today when not given) on; a grade set twice on one day is corrected."""
    actor = work.require(Action.SET_CUSTOMER_GRADE)
    customer = work.session.get(Customer, customer_id) if isinstance(customer_id, int) else None
    if customer is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("app", "There is no customer {number}."),
            field="customer_grade.customer",
            number=customer_id,
        )
    checked = choice(grade or "", CUSTOMER_GRADES, "customer_grade.grade")
    day = within_years(a_date(since or work.today, "customer_grade.since"), "customer_grade.since")
    row = work.session.scalar(
        select(CustomerGrade).where(CustomerGrade.customer_id == customer_id, CustomerGrade.since == day)
    )
    before = grade_of(work, customer_id).grade
    if row is None:
        row = CustomerGrade(customer_id=customer_id, grade=checked, since=day, set_by=actor.user_id, set_at=work.now)
        work.session.add(row)
    else:
        row.grade, row.set_by, row.set_at = checked, actor.user_id, work.now
    work.session.flush()
    details = {"customer": customer.name, "grade": {"from": before, "to": checked}, "since": day.isoformat()}
    work.log(None, "customer_grade", row.id, "update" if before else "create", details)
    work.touched.customers.add(customer_id)
    work.touched.registers.add("visit")
    return grade_of(work, customer_id)


def grade_spans(work: Work, customer_ids: list[int] | None = None) -> dict[int, list[GradeSpan]]:
    """Each customer's grades as the schedule reads them (the plan's months from each grade's day on)."""
    plans = {p.grade: p for p in (_read_plan(work, g) for g in CUSTOMER_GRADES)}
    query = select(CustomerGrade.customer_id, CustomerGrade.grade, CustomerGrade.since).order_by(
        CustomerGrade.customer_id, CustomerGrade.since
    )
    if customer_ids is not None:
        query = query.where(CustomerGrade.customer_id.in_(customer_ids))
    spans: dict[int, list[GradeSpan]] = {}
    for customer_id, grade, since in work.session.execute(query):
        spans.setdefault(customer_id, []).append(GradeSpan(since, plans[grade].every_months))
    return spans


def current_grades(work: Work) -> dict[int, str]:
    """Each graded customer's grade now."""
    found: dict[int, str] = {}
    for customer_id, grade in work.session.execute(
        select(CustomerGrade.customer_id, CustomerGrade.grade).order_by(CustomerGrade.customer_id, CustomerGrade.since)
    ):
        found[customer_id] = grade
    return found
