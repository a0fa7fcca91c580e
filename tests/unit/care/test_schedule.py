"""The return-visit schedule (issue 20) as a pure function: monthly in a tenancy's first year, quarterly after; the
grade's plan where it is more frequent, from the day it was set; month ends and leap years; a visit of any kind
satisfies the slot it falls in; nothing after the move-out."""

from __future__ import annotations

import datetime as dt

from app.care.schedule import GradeSpan, due_dates, due_in, next_visit, plus_months

D = dt.date
FAR = D(2030, 12, 31)


def _dates(move_in: dt.date, until: dt.date, move_out: dt.date | None = None, grades=()) -> list[dt.date]:
    return list(due_dates(move_in, move_out, grades, until=until))


def test_monthly_in_the_first_year_then_quarterly() -> None:
    days = _dates(D(2025, 1, 10), D(2026, 12, 31))
    assert days[:12] == [D(2025, m, 10) for m in range(2, 13)] + [D(2026, 1, 10)]
    assert days[12:] == [D(2026, 4, 10), D(2026, 7, 10), D(2026, 10, 10)]


def test_a_key_customer_stays_monthly_after_the_first_year() -> None:
    days = _dates(D(2025, 1, 10), D(2026, 6, 30), grades=[GradeSpan(D(2025, 1, 10), 1)])
    assert days[11:] == [D(2026, m, 10) for m in range(1, 7)]


def test_a_plan_less_frequent_than_the_rule_changes_nothing() -> None:
    plain = _dates(D(2025, 1, 10), FAR)
    assert _dates(D(2025, 1, 10), FAR, grades=[GradeSpan(D(2025, 1, 10), 6)]) == plain


def test_a_grade_changed_mid_year_counts_from_its_day_only() -> None:
    # quarterly in the second year (April, July …) until made a key customer on 1 May 2026: monthly from 10 May
    days = _dates(D(2025, 1, 10), D(2026, 9, 30), grades=[GradeSpan(D(2026, 5, 1), 1)])
    assert days[12:] == [D(2026, 4, 10), D(2026, 5, 10), D(2026, 6, 10), D(2026, 7, 10), D(2026, 8, 10), D(2026, 9, 10)]
    # … and back to ordinary on 1 August: the next slot after 10 August is the quarter's
    back = [GradeSpan(D(2026, 5, 1), 1), GradeSpan(D(2026, 8, 1), 3)]
    days = _dates(D(2025, 1, 10), D(2026, 12, 31), grades=back)
    assert days[12:] == [D(2026, 4, 10), D(2026, 5, 10), D(2026, 6, 10), D(2026, 7, 10), D(2026, 10, 10)]


def test_moved_in_on_the_31st_is_due_on_the_last_day_of_shorter_months() -> None:
    days = _dates(D(2025, 1, 31), D(2025, 7, 31))
    assert days == [D(2025, 2, 28), D(2025, 3, 31), D(2025, 4, 30), D(2025, 5, 31), D(2025, 6, 30), D(2025, 7, 31)]


def test_leap_years() -> None:
    assert _dates(D(2024, 1, 31), D(2024, 2, 29)) == [D(2024, 2, 29)]
    # moved in on 29 February: a year on is 28 February, then back to the 29th in the next leap year's quarters
    days = _dates(D(2024, 2, 29), D(2028, 3, 31))
    assert D(2025, 2, 28) in days and D(2028, 2, 29) in days
    assert plus_months(D(2024, 2, 29), 12) == D(2025, 2, 28)
    assert plus_months(D(2023, 11, 30), 3) == D(2024, 2, 29)


def test_nothing_is_due_on_or_after_the_move_out() -> None:
    days = _dates(D(2025, 1, 10), FAR, move_out=D(2025, 5, 10))
    assert days == [D(2025, 2, 10), D(2025, 3, 10), D(2025, 4, 10)]
    assert next_visit(D(2025, 1, 10), D(2025, 5, 10), (), D(2025, 4, 12), until=FAR) is None


def test_the_next_visit_is_the_slot_after_the_latest_visit() -> None:
    move_in = D(2025, 1, 10)
    # never visited: the first month's
    assert next_visit(move_in, None, (), None, until=FAR).due_on == D(2025, 2, 10)  # type: ignore[union-attr]
    # visited on the due day: that slot is done
    assert next_visit(move_in, None, (), D(2025, 2, 10), until=FAR).due_on == D(2025, 3, 10)  # type: ignore[union-attr]
    # an early visit satisfies the slot it falls in (11 Feb – 10 Mar): the next is April's
    assert next_visit(move_in, None, (), D(2025, 2, 20), until=FAR).due_on == D(2025, 4, 10)  # type: ignore[union-attr]


def test_a_visit_after_a_complaint_satisfies_its_slot() -> None:
    # a quarterly tenancy whose complaint was fed back by telephone on 2 June 2026: the July slot (11 Apr – 10 Jul)
    # is satisfied, the next visit is October's
    move_in = D(2025, 1, 10)
    assert next_visit(move_in, None, (), D(2026, 6, 2), until=FAR).due_on == D(2026, 10, 10)  # type: ignore[union-attr]


def test_missed_slots_are_not_owed_twice() -> None:
    move_in = D(2025, 1, 10)
    # last visited in February, now mid-May: one visit is owed, overdue since 10 March
    found = next_visit(move_in, None, (), D(2025, 2, 10), until=D(2025, 5, 15))
    assert found is not None and found.due_on == D(2025, 3, 10)
    # a late visit on 20 April catches up and is the visit of the slot it falls in (11 Apr – 10 May): next, June's
    assert next_visit(move_in, None, (), D(2025, 4, 20), until=FAR).due_on == D(2025, 6, 10)  # type: ignore[union-attr]


def test_a_months_plan_lists_the_overdue_visit_and_the_months_own() -> None:
    move_in = D(2025, 1, 10)
    assert due_in(move_in, None, (), D(2025, 2, 10), D(2025, 5, 1), D(2025, 5, 31)) == [D(2025, 3, 10), D(2025, 5, 10)]
    assert due_in(move_in, None, (), D(2025, 5, 2), D(2025, 5, 1), D(2025, 5, 31)) == []
