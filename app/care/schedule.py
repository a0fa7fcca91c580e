"""When a tenancy is due a return visit (回访): the schedule as a pure function, no database, no clock.

The rule (issue 20), worked in whole months counted from the move-in day:

- In the tenancy's first year a visit is due every month (move-in + 1, + 2, … + 12 months); after it every
  quarter (+ 15, + 18, …).
- The customer's grade has a contact plan (every N months, app/care/plans.py). Where the plan is more frequent than
  the rule above, the plan wins — from the day the grade was set: a grade changed mid-year changes the slots that fall
  on or after that day, never the earlier ones.
- Month ends: a due date is move-in + N months, kept on the move-in's day of the month where the month has it and on
  its last day where it does not (moved in on the 31st: due on 30 April, 28 or 29 February, then 31 May again).
- A slot is the time from the previous due date (the move-in for the first) to its own due date. A visit of any kind
  — a planned one, or the return visit of a repair or a complaint of the tenancy — satisfies the slot it falls in; a
  late visit satisfies the slot it catches up with, and the missed slots before it are not owed twice. So the next
  visit due is the due date of the slot after the one holding the latest visit.
- Nothing is due on or after the tenancy's move-out.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

FIRST_YEAR_EVERY = 1  # months between visits in the first year
AFTER_EVERY = 3  # … and after it
FIRST_YEAR_MONTHS = 12
MAX_SLOTS = 2400  # 200 years of monthly visits: a bound against a loop on a nonsense date


@dataclass(frozen=True)
class GradeSpan:
    """A grade's contact plan from a day on: visits every ``every_months`` months."""

    since: dt.date
    every_months: int


def plus_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved on by whole months, on the last day of a month too short for its day (31 Jan + 1 = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _plan_every(grades: Sequence[GradeSpan], day: dt.date) -> int | None:
    """The plan's months between visits on ``day``: the newest grade set on or before it, if any."""
    every = None
    for span in grades:  # sorted by since
        if span.since <= day:
            every = span.every_months
    return every


def due_dates(
    move_in: dt.date, move_out: dt.date | None, grades: Sequence[GradeSpan] = (), *, until: dt.date
) -> Iterator[dt.date]:
    """Every due date of a tenancy up to ``until`` (inclusive), in order; none on or after its move-out."""
    spans = sorted(grades, key=lambda s: s.since)
    offset = 0
    for _ in range(MAX_SLOTS):
        rule = FIRST_YEAR_EVERY if offset < FIRST_YEAR_MONTHS else AFTER_EVERY
        step = rule
        for every in sorted({s.every_months for s in spans if 0 < s.every_months < rule}):
            # the plan's slot is taken when the grade was in force on its day (more frequent wins)
            if _plan_every(spans, plus_months(move_in, offset + every)) == every:
                step = every
                break
        offset += step
        day = plus_months(move_in, offset)
        if day > until or (move_out is not None and day >= move_out):
            return
        yield day


@dataclass(frozen=True)
class NextVisit:
    due_on: dt.date  # the next visit's due date
    slot_from: dt.date  # the start of its slot: a visit after this day satisfies it (the previous due date)


def next_visit(
    move_in: dt.date,
    move_out: dt.date | None,
    grades: Sequence[GradeSpan],
    last_visit: dt.date | None,
    *,
    until: dt.date,
) -> NextVisit | None:
    """The next visit due up to ``until``, or None (none due by then, or the tenancy has ended)."""
    previous = move_in
    for day in due_dates(move_in, move_out, grades, until=until):
        if last_visit is None or last_visit <= previous:
            return NextVisit(day, previous)
        previous = day
    return None


def due_in(
    move_in: dt.date,
    move_out: dt.date | None,
    grades: Sequence[GradeSpan],
    last_visit: dt.date | None,
    first: dt.date,
    last: dt.date,
) -> list[dt.date]:
    """The open due dates from ``first`` to ``last``: the next visit if on or before ``last`` (overdue ones
    included), then every later due date in the span (a month's plan printed ahead lists what falls in it)."""
    found = next_visit(move_in, move_out, grades, last_visit, until=last)
    if found is None:
        return []
    days = [found.due_on]
    days += [d for d in due_dates(move_in, move_out, grades, until=last) if d > found.due_on and d >= first]
    return days
