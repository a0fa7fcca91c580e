"""The yearly satisfaction survey (R14): rounds, answers, the summary's figures worked out by hand, corrective actions.

The building (tests/conftest.py): B1, 1F–3F, four units a floor; units above ground are offices, B1 is storage.
Today is 2026-06-15. The 2026 round opens on 2026-03-01 with target 4.0: A (101, 1F), B (102, 1F, a shop) and C
(201, 2F) are live that day; D moved into 301 after it opened; E left 302 at the end of 2025.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.building import buildings
from app.building.buildings import BuildingInfo
from app.desk import Actor, Desk
from app.errors import ChangedMeanwhile, Conflict, NotFound, PermissionDenied, ValidationError
from app.registers import survey
from app.registers.survey import AnswerInfo, AnswerInput
from tests.unit.fees.fees_support import tenant
from tests.unit.unit_support import unit_id

D = dt.date
Q = Decimal


@pytest.fixture
def people(desk: Desk, manager: Actor, clerk: Actor, building: BuildingInfo) -> dict[str, int]:
    with desk.work(manager) as work:
        card = buildings.unit_cards(work, unit_ids=[unit_id(desk, "102")])[0]
        buildings.update_unit(work, card.unit_id, area=card.area, use="shop", expected_version=card.version)
    return {
        "A": tenant(desk, clerk, "甲公司", ["101"], D(2025, 1, 1)),
        "B": tenant(desk, clerk, "乙商店", ["102"], D(2025, 3, 1)),
        "C": tenant(desk, clerk, "丙公司", ["201", "202"], D(2025, 6, 1)),
        "D": tenant(desk, clerk, "丁公司", ["301"], D(2026, 5, 1)),
        "E": tenant(desk, clerk, "戊公司", ["302"], D(2024, 1, 1), move_out=D(2025, 12, 31)),
    }


OPENED = D(2026, 3, 1)


def _open(desk: Desk, who: Actor, year: int = 2026, opened: dt.date = OPENED, target: str = "4.0") -> None:
    with desk.work(who) as work:
        survey.open_round(work, year, opened, target)


def _answer(
    desk: Desk, who: Actor, tenancy: int, scores: tuple[int, int, int], *, year: int = 2026, comment: str = ""
) -> AnswerInfo:
    with desk.work(who) as work:
        return survey.record_answer(
            work, year, AnswerInput(tenancy, D(year, 4, 2), *scores, respondent="张三", comment=comment)
        )


def _summary(desk: Desk, who: Actor, year: int = 2026) -> survey.Summary:
    with desk.read(who) as work:
        return survey.summary(work, year)


@pytest.fixture
def opened(desk: Desk, supervisor: Actor, people: dict[str, int]) -> dict[str, int]:
    _open(desk, supervisor)
    return people


# --- rounds


def test_a_round_a_year_opened_by_the_supervisor_or_the_manager(
    desk: Desk, clerk: Actor, supervisor: Actor, manager: Actor
) -> None:
    with pytest.raises(PermissionDenied):
        _open(desk, clerk)
    _open(desk, supervisor)
    with pytest.raises(Conflict, match="already open"):
        _open(desk, manager, opened=D(2026, 9, 1))
    _open(desk, manager, year=2025, opened=D(2025, 2, 1))
    with desk.read(clerk) as work:
        assert [(r.year, r.target) for r in survey.rounds(work)] == [(2026, Q("4.0")), (2025, Q("4.0"))]


@pytest.mark.parametrize(
    ("target", "ok"), [("1", True), ("5", True), ("3.5", True), ("0.9", False), ("5.1", False), ("x", False)]
)
def test_the_target_is_a_score_from_1_to_5(desk: Desk, supervisor: Actor, target: str, ok: bool) -> None:
    if ok:
        _open(desk, supervisor, target=target)
    else:
        with pytest.raises(ValidationError, match="score from 1 to 5"):
            _open(desk, supervisor, target=target)


def test_a_round_opens_on_a_day_of_its_year(desk: Desk, supervisor: Actor) -> None:
    with pytest.raises(ValidationError, match="must be a day of 2026"):
        _open(desk, supervisor, opened=D(2025, 12, 31))


def test_the_target_is_changed_with_a_version_check(desk: Desk, supervisor: Actor, manager: Actor) -> None:
    _open(desk, supervisor)
    with desk.work(manager) as work:
        changed = survey.change_round(work, 2026, target="3.5", note="", expected_version=1)
    assert changed.target == Q("3.5")
    with pytest.raises(ChangedMeanwhile), desk.work(manager) as work:
        survey.change_round(work, 2026, target="3", note="", expected_version=1)


def test_a_year_without_a_round_is_named(desk: Desk, clerk: Actor) -> None:
    with pytest.raises(NotFound, match="no satisfaction survey for 2030"), desk.read(clerk) as work:
        survey.summary(work, 2030)


# --- who is asked and the answers


def test_those_asked_are_the_tenancies_live_the_day_the_round_opened(
    desk: Desk, clerk: Actor, opened: dict[str, int]
) -> None:
    with desk.read(clerk) as work:
        rows = survey.respondents(work, 2026)
    assert [(r.customer, r.units, r.floor, r.use, r.answer) for r in rows] == [
        ("甲公司", "101", "1F", "office", None),
        ("乙商店", "102", "1F", "shop", None),
        ("丙公司", "201, 202", "2F", "office", None),
    ]


def test_a_customer_who_moved_in_later_in_the_year_answers_and_counts_among_those_asked(
    desk: Desk, clerk: Actor, opened: dict[str, int]
) -> None:
    _answer(desk, clerk, opened["D"], (5, 5, 5))
    with desk.read(clerk) as work:
        assert [r.customer for r in survey.respondents(work, 2026)][-1] == "丁公司"
    got = _summary(desk, clerk)
    assert (got.asked, got.answered, got.response_rate) == (4, 1, Q("25.0"))


def test_a_customer_gone_before_the_year_cannot_answer(desk: Desk, clerk: Actor, opened: dict[str, int]) -> None:
    with pytest.raises(Conflict, match="was not a customer in 2026"):
        _answer(desk, clerk, opened["E"], (3, 3, 3))


@pytest.mark.parametrize("scores", [(0, 3, 3), (3, 6, 3), (3, 3, -1)])
def test_scores_are_1_to_5(desk: Desk, clerk: Actor, opened: dict[str, int], scores: tuple[int, int, int]) -> None:
    with pytest.raises(ValidationError, match="score from 1 to 5"):
        _answer(desk, clerk, opened["A"], scores)


def test_answered_within_the_rounds_year_and_not_after_today(desk: Desk, clerk: Actor, opened: dict[str, int]) -> None:
    for day, message in ((D(2025, 12, 31), "a day of 2026"), (D(2026, 6, 16), "after today")):
        with pytest.raises(ValidationError, match=message), desk.work(clerk) as work:
            survey.record_answer(work, 2026, AnswerInput(opened["A"], day, 4, 4, 4))


def test_one_answer_per_customer_a_round_changed_with_a_version_check(
    desk: Desk, clerk: Actor, opened: dict[str, int]
) -> None:
    first = _answer(desk, clerk, opened["A"], (2, 2, 2))
    with pytest.raises(Conflict, match="already answered"):
        _answer(desk, clerk, opened["A"], (3, 3, 3))
    with desk.work(clerk) as work:
        changed = survey.record_answer(
            work, 2026, AnswerInput(opened["A"], D(2026, 4, 3), 3, 4, 5, comment="好"), expected_version=first.version
        )
    assert (changed.service, changed.price, changed.company, changed.version) == (3, 4, 5, first.version + 1)
    with pytest.raises(ChangedMeanwhile), desk.work(clerk) as work:
        survey.record_answer(
            work, 2026, AnswerInput(opened["A"], D(2026, 4, 3), 1, 1, 1), expected_version=first.version
        )
    assert _summary(desk, clerk).overall.service == Q("3.00")


# --- the summary's figures


def test_an_empty_round(desk: Desk, clerk: Actor, opened: dict[str, int]) -> None:
    got = _summary(desk, clerk)
    assert (got.asked, got.answered, got.response_rate) == (3, 0, Q("0.0"))
    assert (got.overall.service, got.overall.price, got.overall.company, got.overall.below) == (None, None, None, ())
    assert got.by_floor == got.by_use == got.comments == got.actions == ()
    assert got.distribution == {t: (0, 0, 0, 0, 0) for t in ("service", "price", "company")}
    assert got.last_year is None


def test_a_round_nobody_was_asked_has_no_response_rate(
    desk: Desk, clerk: Actor, supervisor: Actor, building: BuildingInfo
) -> None:
    _open(desk, supervisor)
    assert _summary(desk, clerk).response_rate is None


def test_one_answer(desk: Desk, clerk: Actor, opened: dict[str, int]) -> None:
    _answer(desk, clerk, opened["A"], (5, 3, 4), comment="电梯太慢")
    got = _summary(desk, clerk)
    assert (got.answered, got.response_rate) == (1, Q("33.3"))  # 1 of 3
    assert (got.overall.service, got.overall.price, got.overall.company) == (Q("5.00"), Q("3.00"), Q("4.00"))
    assert got.below_target == ("price",)  # 3.00 < 4.0; company's 4.00 equals the target: not below
    assert [(g.label, g.answers) for g in got.by_floor] == [("1F", 1)]
    assert [(g.label, g.answers) for g in got.by_use] == [("office", 1)]
    assert got.distribution == {"service": (0, 0, 0, 0, 1), "price": (0, 0, 1, 0, 0), "company": (0, 0, 0, 1, 0)}
    assert [(c.customer, c.units, c.text) for c in got.comments] == [("甲公司", "101", "电梯太慢")]


def test_every_figure_of_three_answers(desk: Desk, clerk: Actor, opened: dict[str, int]) -> None:
    _answer(desk, clerk, opened["A"], (5, 3, 4))  # 1F office
    _answer(desk, clerk, opened["B"], (4, 4, 4))  # 1F shop
    _answer(desk, clerk, opened["C"], (2, 5, 4))  # 2F office
    got = _summary(desk, clerk)
    assert (got.asked, got.answered, got.response_rate) == (3, 3, Q("100.0"))
    # service 11/3 = 3.666… → 3.67 (below 4.0); price 12/3 = 4.00 and company 12/3 = 4.00 tie with the target.
    assert (got.overall.service, got.overall.price, got.overall.company) == (Q("3.67"), Q("4.00"), Q("4.00"))
    assert got.below_target == ("service",)
    floors = [(g.label, g.answers, g.service, g.price, g.company, g.below) for g in got.by_floor]
    assert floors == [
        ("1F", 2, Q("4.50"), Q("3.50"), Q("4.00"), ("price",)),  # (5+4)/2, (3+4)/2, (4+4)/2
        ("2F", 1, Q("2.00"), Q("5.00"), Q("4.00"), ("service",)),
    ]
    assert got.floors_below == (("1F", "price"), ("2F", "service"))
    uses = [(g.label, g.answers, g.service, g.price, g.company, g.below) for g in got.by_use]
    assert uses == [
        ("office", 2, Q("3.50"), Q("4.00"), Q("4.00"), ("service",)),  # A and C: (5+2)/2, (3+5)/2, (4+4)/2
        ("shop", 1, Q("4.00"), Q("4.00"), Q("4.00"), ()),
    ]
    assert got.distribution == {
        "service": (0, 1, 0, 1, 1),
        "price": (0, 0, 1, 1, 1),
        "company": (0, 0, 0, 3, 0),
    }


def _answers(scores: list[int]) -> list[AnswerInfo]:
    return [AnswerInfo(i, 1, i, D(2026, 1, 1), "", s, s, s, "") for i, s in enumerate(scores)]


def test_averages_round_half_up_to_two_places() -> None:
    got = survey.averages("", _answers([3] * 7 + [4]), Q("3.2"))  # 25/8 = 3.125
    assert got.service == Q("3.13")
    assert got.below == ("service", "price", "company")


def test_below_target_is_judged_on_the_average_as_printed() -> None:
    # 799/200 = 3.995 prints as 4.00: the report does not flag a figure that reads as the target itself.
    got = survey.averages("", _answers([4] * 199 + [3]), Q("4.0"))
    assert (got.service, got.below) == (Q("4.00"), ())
    # 3.99 is under 4.0.
    got = survey.averages("", _answers([4] * 99 + [3]), Q("4.0"))
    assert (got.service, got.below) == (Q("3.99"), ("service", "price", "company"))


def test_last_years_averages_stand_beside_this_years(
    desk: Desk, clerk: Actor, supervisor: Actor, opened: dict[str, int]
) -> None:
    _open(desk, supervisor, year=2025, opened=D(2025, 2, 1), target="3.5")
    _answer(desk, clerk, opened["A"], (5, 4, 3), year=2025)
    _answer(desk, clerk, opened["E"], (2, 3, 3), year=2025)  # gone since, still last year's figure
    _answer(desk, clerk, opened["A"], (4, 4, 4))
    got = _summary(desk, clerk)
    last = got.last_year
    assert last is not None
    assert (last.answers, last.service, last.price, last.company) == (2, Q("3.50"), Q("3.50"), Q("3.00"))
    assert last.below == ("company",)  # judged against 2025's own target, 3.5
    assert {k: v.service for k, v in got.last_year_by_floor.items()} == {"1F": Q("5.00"), "3F": Q("2.00")}
    with desk.read(clerk) as work:
        assert survey.summary(work, 2025).asked == 2  # A and E were live on 2025-02-01


# --- corrective actions


def test_corrective_actions_are_planned_by_the_supervisor_or_manager_and_overdue_once_due_and_not_done(
    desk: Desk, clerk: Actor, manager: Actor, opened: dict[str, int]
) -> None:
    with pytest.raises(PermissionDenied), desk.work(clerk) as work:
        survey.add_corrective_action(work, 2026, topic="service", action="培训", owner="王", due_on=D(2026, 6, 1))
    with desk.work(manager) as work:
        late = survey.add_corrective_action(
            work, 2026, topic="service", action="培训前台", owner="王", due_on=D(2026, 6, 14)
        )
        today = survey.add_corrective_action(work, 2026, topic=None, action="回访", owner="李", due_on=D(2026, 6, 15))
        done = survey.add_corrective_action(
            work, 2026, topic="price", action="说明收费", owner="赵", due_on=D(2026, 5, 1)
        )
        survey.mark_action_done(work, done.id, D(2026, 6, 15), expected_version=done.version)
    assert [(a.action, a.overdue, a.done_on) for a in _summary(desk, clerk).actions] == [
        ("说明收费", False, D(2026, 6, 15)),
        ("培训前台", True, None),  # due 06-14, today is 06-15
        ("回访", False, None),  # due today: not yet overdue
    ]
    with desk.read(clerk) as work:
        assert [a.overdue for a in survey.corrective_actions(work, 2026, as_of=D(2026, 6, 16))] == [False, True, True]
    with pytest.raises(ValidationError, match="after today"), desk.work(manager) as work:
        survey.mark_action_done(work, late.id, D(2026, 6, 16), expected_version=late.version)
    with pytest.raises(ChangedMeanwhile), desk.work(manager) as work:
        survey.mark_action_done(work, done.id, None, expected_version=done.version)
    assert today.topic is None


@pytest.mark.parametrize(
    ("topic", "action", "owner", "message"),
    [
        ("speed", "x", "y", "survey's items"),
        ("service", "", "y", "must not be empty"),
        ("service", "x", " ", "must not be empty"),
    ],
)
def test_a_corrective_action_needs_an_item_an_action_and_an_owner(
    desk: Desk, manager: Actor, opened: dict[str, int], topic: str, action: str, owner: str, message: str
) -> None:
    with pytest.raises(ValidationError, match=message), desk.work(manager) as work:
        survey.add_corrective_action(work, 2026, topic=topic, action=action, owner=owner, due_on=D(2026, 7, 1))


def test_every_change_is_in_the_audit_log_and_an_answer_in_the_customers_dossier_history(
    desk: Desk, clerk: Actor, supervisor: Actor, opened: dict[str, int]
) -> None:
    import json

    from sqlalchemy import select

    from db.models import Change, Dossier

    answer = _answer(desk, clerk, opened["A"], (2, 3, 4))
    with desk.work(clerk) as work:
        survey.record_answer(
            work, 2026, AnswerInput(opened["A"], D(2026, 4, 2), 2, 5, 4), expected_version=answer.version
        )
    with desk.work(supervisor) as work:
        added = survey.add_corrective_action(work, 2026, topic="price", action="说明", owner="王", due_on=D(2026, 7, 1))
        survey.mark_action_done(work, added.id, D(2026, 6, 1), expected_version=added.version)
    with desk.read(clerk) as work:
        dossier = work.session.scalar(select(Dossier.id).where(Dossier.tenancy_id == opened["A"]))
        lines = work.session.execute(
            select(Change.entity, Change.action, Change.dossier_id, Change.details)
            .where(Change.entity.in_(["survey", "survey_answer", "corrective_action"]))
            .order_by(Change.seq)
        ).all()
    assert [(e, a) for e, a, _d, _x in lines] == [
        ("survey", "create"),
        ("survey_answer", "create"),
        ("survey_answer", "update"),
        ("corrective_action", "create"),
        ("corrective_action", "update"),
    ]
    assert lines[1][2] == lines[2][2] == dossier is not None
    assert json.loads(lines[2][3])["price_score"] == {"from": 3, "to": 5}
