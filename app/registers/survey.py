"""The yearly customer-satisfaction survey (R14): a round a year, each customer's three scores, the summary report and
the corrective actions that low scores lead to.

A round is opened for a year by the supervisor or the manager (MANAGE_SURVEY) with the target score an item's
average must reach. The customers asked are the tenancies live on the day the round opened; the desk records each
one's answers (RECORD_SURVEY): service quality, price and the opinion of the company on a 1–5 scale, who answered and
a comment. A tenancy that moved in later in the year may answer too; it then counts among those asked, so the
response rate never passes 100 %.

The summary groups answers by the floor and the use (office, shop, …) of the tenancy's first unit, rounds every
average once to two places (half up) from the exact sum, and calls an item "below target" when its average is less
than the round's target (equal is not below).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select

from app.desk import Work, expect_version
from app.errors import Conflict, NotFound, ValidationError
from app.permissions import Action
from app.text import QT_TRANSLATE_NOOP
from app.validation import a_date, limited_text, required_text, whole_number, within_years
from db.models import (
    SURVEY_TOPICS,
    Building,
    CorrectiveAction,
    Customer,
    Dossier,
    Floor,
    SurveyResponse,
    SurveyRound,
    Tenancy,
    TenancyUnit,
    Unit,
)

ROUND_ENTITY = "survey"  # its details named by the survey.* fields
ANSWER_ENTITY = "survey_answer"
ACTION_ENTITY = "corrective_action"

TOPICS = SURVEY_TOPICS  # ("service", "price", "company"), the order every table shows them in
TOPIC_NAMES = {
    "service": QT_TRANSLATE_NOOP("survey", "Service quality"),
    "price": QT_TRANSLATE_NOOP("survey", "Price"),
    "company": QT_TRANSLATE_NOOP("survey", "Opinion of the company"),
}
SCORES = (1, 2, 3, 4, 5)
DEFAULT_TARGET = Decimal("4.0")

MAX_NOTE = 1000
MAX_RESPONDENT = 100
MAX_COMMENT = 2000
MAX_ACTION = 1000
MAX_OWNER = 100

_TWO_PLACES = Decimal("0.01")
_ONE_PLACE = Decimal("0.1")


@dataclass(frozen=True)
class RoundInfo:
    id: int
    version: int
    year: int
    opened_on: dt.date
    target: Decimal
    note: str


@dataclass(frozen=True)
class AnswerInput:
    """One customer's answers as typed: three scores 1–5, who answered, on which day, a comment."""

    tenancy_id: int
    answered_on: dt.date
    service: int
    price: int
    company: int
    respondent: str = ""
    comment: str = ""


@dataclass(frozen=True)
class AnswerInfo:
    id: int
    version: int
    tenancy_id: int
    answered_on: dt.date
    respondent: str
    service: int
    price: int
    company: int
    comment: str

    def score(self, topic: str) -> int:
        return {"service": self.service, "price": self.price, "company": self.company}[topic]


@dataclass(frozen=True)
class Respondent:
    """A customer the round asks (or who answered): the data-entry table's row."""

    tenancy_id: int
    customer: str
    units: str  # "1201, 1202", building order
    floor: str  # the floor of the tenancy's first unit
    use: str  # that unit's use ("office", "shop", …; "" if not recorded)
    dossier_id: int | None
    answer: AnswerInfo | None


@dataclass(frozen=True)
class Averages:
    """The answers of a group (everyone, a floor, a use): how many, and each item's average to two places."""

    label: str
    answers: int
    service: Decimal | None
    price: Decimal | None
    company: Decimal | None
    below: tuple[str, ...]  # the items whose average is under the round's target

    def average(self, topic: str) -> Decimal | None:
        return {"service": self.service, "price": self.price, "company": self.company}[topic]


@dataclass(frozen=True)
class Comment:
    customer: str
    units: str
    answered_on: dt.date
    text: str


@dataclass(frozen=True)
class ActionInfo:
    """A corrective action; ``overdue`` when its due day has passed (before ``as_of``) and it is not done."""

    id: int
    version: int
    topic: str | None
    action: str
    owner: str
    due_on: dt.date
    done_on: dt.date | None
    overdue: bool


@dataclass(frozen=True)
class Summary:
    """The figures of the report: response rate, averages (overall, by floor, by use), distribution, what is below
    target, the comments, the corrective actions and last year's averages beside this year's."""

    round: RoundInfo
    asked: int
    answered: int
    response_rate: Decimal | None  # percent, one place; None when nobody was asked
    overall: Averages
    by_floor: tuple[Averages, ...]  # building order
    by_use: tuple[Averages, ...]  # by use name
    distribution: dict[str, tuple[int, int, int, int, int]]  # topic -> how many answered 1, 2, 3, 4, 5
    comments: tuple[Comment, ...]  # in the order answered
    actions: tuple[ActionInfo, ...]
    last_year: Averages | None  # the round of the year before, if there was one
    last_year_by_floor: dict[str, Averages]
    last_year_by_use: dict[str, Averages]

    @property
    def below_target(self) -> tuple[str, ...]:
        return self.overall.below

    @property
    def floors_below(self) -> tuple[tuple[str, str], ...]:
        """(floor, item) for every item under target on a floor."""
        return tuple((group.label, topic) for group in self.by_floor for topic in group.below)


# --- rounds


def _round_info(r: SurveyRound) -> RoundInfo:
    return RoundInfo(r.id, r.version, r.year, r.opened_on, Decimal(r.target), r.note)


def _year(year: int) -> int:
    return whole_number(year, "survey.year", 1900, 2200)


def _target(target: Decimal | int | str) -> Decimal:
    try:
        value = Decimal(str(target)).quantize(_ONE_PLACE, rounding=ROUND_HALF_UP)
    except ArithmeticError:
        value = Decimal(-1)
    if not Decimal(1) <= value <= Decimal(5):
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be a score from 1 to 5, not “{value}”."),
            field="survey.target",
            value=target,
        )
    return value


def _round(work: Work, year: int) -> SurveyRound:
    found = work.session.scalar(select(SurveyRound).where(SurveyRound.year == year))
    if found is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("app", "There is no satisfaction survey for {year}: open its round first."),
            field="survey.year",
            year=year,
        )
    return found


def open_round(
    work: Work, year: int, opened_on: dt.date, target: Decimal | int | str = DEFAULT_TARGET, note: str = ""
) -> RoundInfo:
    """Open the survey round of ``year`` (one a year), asking the tenancies live on ``opened_on``."""
    actor = work.require(Action.MANAGE_SURVEY)
    work.touched.registers.add("survey")
    year = _year(year)
    opened_on = within_years(a_date(opened_on, "survey.opened_on"), "survey.opened_on")
    if opened_on.year != year:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be a day of {year}, not {value}."),
            field="survey.opened_on",
            year=year,
            value=opened_on,
        )
    value = _target(target)
    text = limited_text(note, "survey.note", MAX_NOTE)
    if work.session.scalar(select(SurveyRound.id).where(SurveyRound.year == year)) is not None:
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "The satisfaction survey of {year} is already open: one round a year."),
            field="survey.year",
            year=year,
        )
    r = SurveyRound(
        year=year, opened_on=opened_on, target=value, note=text, created_by=actor.user_id, created_at=work.now
    )
    work.session.add(r)
    work.session.flush()
    work.log(None, ROUND_ENTITY, r.id, "create", {"year": year, "opened_on": opened_on, "target": str(value)})
    return _round_info(r)


def change_round(work: Work, year: int, *, target: Decimal | int | str, note: str, expected_version: int) -> RoundInfo:
    """Change a round's target or note (the day it opened, and so who is asked, stays)."""
    work.require(Action.MANAGE_SURVEY)
    work.touched.registers.add("survey")
    r = _round(work, _year(year))
    expect_version(
        r,
        expected_version,
        QT_TRANSLATE_NOOP("app", "The survey of {year} was changed meanwhile; look again."),
        year=r.year,
    )
    value = _target(target)
    text = limited_text(note, "survey.note", MAX_NOTE)
    before = str(r.target)
    r.target, r.note = value, text
    work.session.flush()
    work.log(None, ROUND_ENTITY, r.id, "update", {"target": {"from": before, "to": str(value)}})
    return _round_info(r)


def rounds(work: Work) -> list[RoundInfo]:
    """Every round, the newest year first."""
    work.require_read()
    return [_round_info(r) for r in work.session.scalars(select(SurveyRound).order_by(SurveyRound.year.desc()))]


def round_of(work: Work, year: int) -> RoundInfo:
    work.require_read()
    return _round_info(_round(work, _year(year)))


# --- who is asked, and their answers


def _live_on(day: dt.date):
    # Moved out on the day means gone that day, as the floor grid shows it.
    return (Tenancy.move_in <= day) & (Tenancy.move_out.is_(None) | (Tenancy.move_out > day))


def _live_in_year(year: int):
    return (Tenancy.move_in <= dt.date(year, 12, 31)) & (
        Tenancy.move_out.is_(None) | (Tenancy.move_out >= dt.date(year, 1, 1))
    )


@dataclass(frozen=True)
class _Place:
    customer: str
    units: str
    floor_key: tuple[int, int, int]  # building id, floor level, floor id: building order
    floor: str
    use: str
    dossier_id: int | None


def _places(work: Work, tenancy_ids: Iterable[int]) -> dict[int, _Place]:
    """Each tenancy's customer, units, and the floor and use of its first unit (the one it moved into first)."""
    ids = sorted(set(tenancy_ids))
    if not ids:
        return {}
    several_buildings = (work.session.scalar(select(func.count(Building.id))) or 0) > 1
    rows = work.session.execute(
        select(
            TenancyUnit.tenancy_id,
            Unit.number,
            Unit.use,
            Floor.id,
            Floor.level,
            Floor.label,
            Building.id,
            Building.name,
        )
        .join(Unit, Unit.id == TenancyUnit.unit_id)
        .join(Floor, Floor.id == Unit.floor_id)
        .join(Building, Building.id == Floor.building_id)
        .where(TenancyUnit.tenancy_id.in_(ids))
        .order_by(TenancyUnit.tenancy_id, TenancyUnit.id)
    ).all()
    first: dict[int, tuple[str, tuple[int, int, int], str]] = {}
    numbers: dict[int, list[tuple[tuple[int, int], str]]] = {}
    for tenancy_id, number, use, floor_id, level, label, building_id, building_name in rows:
        if tenancy_id not in first:
            shown = f"{building_name} {label}" if several_buildings else label
            first[tenancy_id] = (use or "", (building_id, level, floor_id), shown)
        numbers.setdefault(tenancy_id, []).append(((building_id, level), number))
    names = dict(
        work.session.execute(
            select(Tenancy.id, Customer.name)
            .join(Customer, Customer.id == Tenancy.customer_id)
            .where(Tenancy.id.in_(ids))
        ).all()
    )
    dossiers = dict(
        work.session.execute(select(Dossier.tenancy_id, Dossier.id).where(Dossier.tenancy_id.in_(ids))).all()
    )
    places = {}
    for tenancy_id in ids:
        use, key, floor = first.get(tenancy_id, ("", (0, 0, 0), ""))
        units = ", ".join(dict.fromkeys(n for _k, n in sorted(numbers.get(tenancy_id, []))))
        places[tenancy_id] = _Place(names.get(tenancy_id, ""), units, key, floor, use, dossiers.get(tenancy_id))
    return places


def _answer_info(a: SurveyResponse) -> AnswerInfo:
    return AnswerInfo(
        a.id,
        a.version,
        a.tenancy_id,
        a.answered_on,
        a.respondent,
        a.service_score,
        a.price_score,
        a.company_score,
        a.comment,
    )


def _asked_ids(work: Work, r: SurveyRound) -> set[int]:
    live = set(work.session.scalars(select(Tenancy.id).where(_live_on(r.opened_on))))
    answered = set(work.session.scalars(select(SurveyResponse.tenancy_id).where(SurveyResponse.round_id == r.id)))
    return live | answered


def respondents(work: Work, year: int) -> list[Respondent]:
    """The round's customers for data entry: those live the day it opened, and any other who answered; in building
    order (floor, then unit), each with its answer if there is one."""
    work.require_read()
    r = _round(work, _year(year))
    ids = _asked_ids(work, r)
    places = _places(work, ids)
    answers = {
        a.tenancy_id: _answer_info(a)
        for a in work.session.scalars(select(SurveyResponse).where(SurveyResponse.round_id == r.id))
    }
    order = sorted(ids, key=lambda t: (places[t].floor_key, places[t].units, t))
    return [
        Respondent(
            t, places[t].customer, places[t].units, places[t].floor, places[t].use, places[t].dossier_id, answers.get(t)
        )
        for t in order
    ]


def _score(value: int, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value not in SCORES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be a score from 1 to 5, not “{value}”."), field=field, value=value
        )
    return value


def record_answer(work: Work, year: int, answer: AnswerInput, *, expected_version: int | None = None) -> AnswerInfo:
    """Record a customer's answers in the round of ``year``, or change them (``expected_version``: the version the
    form read; ``None`` for a first answer)."""
    actor = work.require(Action.RECORD_SURVEY)
    work.touched.registers.add("survey")
    r = _round(work, _year(year))
    service = _score(answer.service, "survey.service_score")
    price = _score(answer.price, "survey.price_score")
    company = _score(answer.company, "survey.company_score")
    answered_on = within_years(a_date(answer.answered_on, "survey.answered_on"), "survey.answered_on")
    if answered_on.year != r.year:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be a day of {year}, not {value}."),
            field="survey.answered_on",
            year=r.year,
            value=answered_on,
        )
    if answered_on > work.today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} cannot be after today ({value})."),
            field="survey.answered_on",
            value=answered_on,
        )
    respondent = limited_text(answer.respondent, "survey.respondent", MAX_RESPONDENT)
    comment = limited_text(answer.comment, "survey.comment", MAX_COMMENT)
    tenancy = work.session.get(Tenancy, answer.tenancy_id)
    if tenancy is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("app", "There is no such customer (tenancy {id})."),
            field="survey.tenancy",
            id=answer.tenancy_id,
        )
    customer = work.session.scalar(select(Customer.name).where(Customer.id == tenancy.customer_id)) or ""
    if not (
        tenancy.move_in <= dt.date(r.year, 12, 31)
        and (tenancy.move_out is None or tenancy.move_out >= dt.date(r.year, 1, 1))
    ):
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "{customer} was not a customer in {year}: they cannot answer its survey."),
            field="survey.tenancy",
            customer=customer,
            year=r.year,
        )
    existing = work.session.scalar(
        select(SurveyResponse).where(SurveyResponse.round_id == r.id, SurveyResponse.tenancy_id == tenancy.id)
    )
    dossier_id = work.session.scalar(select(Dossier.id).where(Dossier.tenancy_id == tenancy.id))
    details: dict[str, object] = {
        "year": r.year,
        "customer": customer,
        "answered_on": answered_on,
        "service_score": service,
        "price_score": price,
        "company_score": company,
    }
    if existing is None:
        if expected_version is not None:
            raise Conflict(
                QT_TRANSLATE_NOOP("app", "{customer}'s answers for {year} were removed meanwhile; look again."),
                customer=customer,
                year=r.year,
            )
        row = SurveyResponse(
            round_id=r.id,
            tenancy_id=tenancy.id,
            answered_on=answered_on,
            respondent=respondent,
            service_score=service,
            price_score=price,
            company_score=company,
            comment=comment,
            recorded_by=actor.user_id,
            recorded_at=work.now,
        )
        work.session.add(row)
        work.session.flush()
        work.log(dossier_id, ANSWER_ENTITY, row.id, "create", details)
        return _answer_info(row)
    if expected_version is None:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "app", "{customer} has already answered the survey of {year}: change that answer instead."
            ),
            field="survey.tenancy",
            customer=customer,
            year=r.year,
        )
    expect_version(
        existing,
        expected_version,
        QT_TRANSLATE_NOOP("app", "{customer}'s answers for {year} were changed meanwhile by someone else; look again."),
        customer=customer,
        year=r.year,
    )
    before = {"service_score": existing.service_score, "price_score": existing.price_score}
    before["company_score"] = existing.company_score
    existing.answered_on, existing.respondent, existing.comment = answered_on, respondent, comment
    existing.service_score, existing.price_score, existing.company_score = service, price, company
    existing.recorded_by, existing.recorded_at = actor.user_id, work.now
    work.session.flush()
    work.log(
        dossier_id,
        ANSWER_ENTITY,
        existing.id,
        "update",
        {**details, **{key: {"from": was, "to": details[key]} for key, was in before.items() if was != details[key]}},
    )
    return _answer_info(existing)


# --- the summary


def _mean(values: Sequence[int]) -> Decimal | None:
    if not values:
        return None
    return (Decimal(sum(values)) / Decimal(len(values))).quantize(_TWO_PLACES, rounding=ROUND_HALF_UP)


def averages(label: str, answers: Sequence[AnswerInfo], target: Decimal) -> Averages:
    """A group's averages; an item is below target when its (rounded) average is less than ``target``."""
    means = {topic: _mean([a.score(topic) for a in answers]) for topic in TOPICS}
    below = tuple(topic for topic in TOPICS if means[topic] is not None and means[topic] < target)
    return Averages(label, len(answers), means["service"], means["price"], means["company"], below)


def _grouped(
    answers: Sequence[AnswerInfo], places: dict[int, _Place], key: str, target: Decimal
) -> tuple[Averages, ...]:
    groups: dict[object, tuple[str, list[AnswerInfo]]] = {}
    for a in answers:
        place = places[a.tenancy_id]
        sort_key: object = place.floor_key if key == "floor" else place.use
        label = place.floor if key == "floor" else place.use
        groups.setdefault(sort_key, (label, []))[1].append(a)
    return tuple(
        averages(label, members, target) for _k, (label, members) in sorted(groups.items(), key=lambda i: i[0])
    )  # type: ignore[arg-type,return-value]


def _figures(work: Work, r: SurveyRound) -> tuple[list[AnswerInfo], dict[int, _Place], int]:
    answers = [
        _answer_info(a)
        for a in work.session.scalars(
            select(SurveyResponse)
            .where(SurveyResponse.round_id == r.id)
            .order_by(SurveyResponse.answered_on, SurveyResponse.id)
        )
    ]
    asked = _asked_ids(work, r)
    return answers, _places(work, asked), len(asked)


def summary(work: Work, year: int, *, as_of: dt.date | None = None) -> Summary:
    """The report's figures for the round of ``year``; corrective actions overdue as of ``as_of`` (default today)."""
    work.require_read()
    r = _round(work, _year(year))
    info = _round_info(r)
    answers, places, asked = _figures(work, r)
    rate = (
        (Decimal(100 * len(answers)) / Decimal(asked)).quantize(_ONE_PLACE, rounding=ROUND_HALF_UP) if asked else None
    )
    distribution = {
        topic: tuple(sum(1 for a in answers if a.score(topic) == s) for s in SCORES)  # type: ignore[misc]
        for topic in TOPICS
    }
    comments = tuple(
        Comment(places[a.tenancy_id].customer, places[a.tenancy_id].units, a.answered_on, a.comment)
        for a in answers
        if a.comment
    )
    before = work.session.scalar(select(SurveyRound).where(SurveyRound.year == r.year - 1))
    last, last_floor, last_use = None, {}, {}
    if before is not None:
        old_answers, old_places, _asked = _figures(work, before)
        old_target = Decimal(before.target)
        last = averages("", old_answers, old_target)
        last_floor = {g.label: g for g in _grouped(old_answers, old_places, "floor", old_target)}
        last_use = {g.label: g for g in _grouped(old_answers, old_places, "use", old_target)}
    return Summary(
        round=info,
        asked=asked,
        answered=len(answers),
        response_rate=rate,
        overall=averages("", answers, info.target),
        by_floor=_grouped(answers, places, "floor", info.target),
        by_use=_grouped(answers, places, "use", info.target),
        distribution=distribution,  # type: ignore[arg-type]
        comments=comments,
        actions=tuple(_actions(work, r, as_of or work.today)),
        last_year=last,
        last_year_by_floor=last_floor,
        last_year_by_use=last_use,
    )


# --- corrective actions


def _action_info(a: CorrectiveAction, as_of: dt.date) -> ActionInfo:
    return ActionInfo(
        a.id, a.version, a.topic, a.action, a.owner, a.due_on, a.done_on, a.done_on is None and a.due_on < as_of
    )


def _actions(work: Work, r: SurveyRound, as_of: dt.date) -> list[ActionInfo]:
    rows = work.session.scalars(
        select(CorrectiveAction)
        .where(CorrectiveAction.round_id == r.id)
        .order_by(CorrectiveAction.due_on, CorrectiveAction.id)
    )
    return [_action_info(a, as_of) for a in rows]


def corrective_actions(work: Work, year: int, *, as_of: dt.date | None = None) -> list[ActionInfo]:
    """The round's corrective actions, the earliest due first."""
    work.require_read()
    return _actions(work, _round(work, _year(year)), as_of or work.today)


def _topic(topic: str | None) -> str | None:
    if topic is not None and topic not in TOPICS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be one of the survey's items, not “{value}”."),
            field="corrective_action.topic",
            value=topic,
        )
    return topic


def add_corrective_action(
    work: Work, year: int, *, topic: str | None, action: str, owner: str, due_on: dt.date
) -> ActionInfo:
    """Plan what the office will do about a low score: the action, who owns it, by when."""
    actor = work.require(Action.MANAGE_SURVEY)
    work.touched.registers.add("survey")
    r = _round(work, _year(year))
    chosen = _topic(topic)
    text = required_text(action, "corrective_action.action", MAX_ACTION)
    who = required_text(owner, "corrective_action.owner", MAX_OWNER)
    due = within_years(a_date(due_on, "corrective_action.due_on"), "corrective_action.due_on")
    row = CorrectiveAction(
        round_id=r.id, topic=chosen, action=text, owner=who, due_on=due, created_by=actor.user_id, created_at=work.now
    )
    work.session.add(row)
    work.session.flush()
    work.log(None, ACTION_ENTITY, row.id, "create", {"year": r.year, "topic": chosen, "owner": who, "due_on": due})
    return _action_info(row, work.today)


def mark_action_done(work: Work, action_id: int, done_on: dt.date | None, *, expected_version: int) -> ActionInfo:
    """Mark a corrective action done on ``done_on`` (``None`` takes the mark back: it was marked by mistake)."""
    work.require(Action.MANAGE_SURVEY)
    work.touched.registers.add("survey")
    row = work.session.get(CorrectiveAction, action_id)
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("app", "There is no corrective action {id}."),
            field="corrective_action.action",
            id=action_id,
        )
    expect_version(
        row,
        expected_version,
        QT_TRANSLATE_NOOP("app", "The corrective action “{action}” was changed meanwhile by someone else; look again."),
        action=row.action,
    )
    if done_on is not None:
        done_on = within_years(a_date(done_on, "corrective_action.done_on"), "corrective_action.done_on")
        if done_on > work.today:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "{field} cannot be after today ({value})."),
                field="corrective_action.done_on",
                value=done_on,
            )
    before = row.done_on
    row.done_on = done_on
    work.session.flush()
    work.log(None, ACTION_ENTITY, row.id, "update", {"done_on": {"from": before, "to": done_on}})
    return _action_info(row, work.today)
