"""The demo building's customer care (issue 20): every live customer graded (a few key customers, most ordinary,
some small; one raised to key mid-year), and a year of planned return visits recorded through the app as the desk
would, around each due date — a few customers left unvisited lately, so the due list has overdue visits.

It draws from a random generator of its own (seeded from the demo's seed): the rest of the demo is the same file it
was before customer care came.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import select

from app.care.grades import grade_spans, set_grade
from app.care.schedule import due_dates
from app.care.visits import CareVisitInput, record_visit
from app.desk import Actor, Work
from db.models import ReturnVisit, Tenancy

_TOPICS = (
    ("空调温度偏高，希望延长供冷时间", "已转工程部调整"),
    ("询问续租政策", "下月发续租方案"),
    ("电梯高峰等候时间长", "反馈物业部优化电梯运行"),
    ("卫生间保洁频次", "已增加午间保洁一次"),
    ("停车位不足", "登记车位申请，排队中"),
    ("近期无特别意见", ""),
    ("网络线路改造", "协调电信上门勘察"),
    ("访客登记流程繁琐", "已向保安部反映"),
)
_MOODS = (("satisfied", "fair", "dissatisfied"), (16, 3, 1))  # most customers are satisfied
_CONTACTS = ("王经理", "李主任", "张总", "刘小姐", "陈先生", "行政部赵小姐")


@dataclass(frozen=True)
class CareCounts:
    graded: int
    visits: int


def build_care(work: Work, *, supervisor: Actor, clerk: Actor, today: dt.date, seed: int) -> CareCounts:
    """Grades and a year of visits for the tenancies live on ``today``; the acting user and clock are put back."""
    actor, now = work.actor, work.now
    rng = random.Random(f"care-{seed}")
    live = work.session.execute(
        select(Tenancy.id, Tenancy.customer_id, Tenancy.move_in)
        .where(Tenancy.move_out.is_(None) | (Tenancy.move_out > today), Tenancy.move_in <= today)
        .order_by(Tenancy.id)
    ).all()
    work.actor = supervisor
    graded = 0
    raised = False
    for _tenancy_id, customer_id, move_in in live:
        grade = rng.choices(("key", "ordinary", "small"), weights=(2, 5, 3))[0]
        work.now = dt.datetime.combine(move_in, dt.time(11, rng.randrange(60)))
        if not raised and move_in < today - dt.timedelta(days=540):
            # raised to a key customer mid-year: its visits are monthly from that day on
            set_grade(work, customer_id, "ordinary", move_in)
            since = today - dt.timedelta(days=120)
            work.now = dt.datetime.combine(since, dt.time(11, 0))
            set_grade(work, customer_id, "key", since)
            raised = True
        else:
            set_grade(work, customer_id, grade, move_in)
        graded += 1
    spans = grade_spans(work)
    first = today - dt.timedelta(days=365)
    work.actor = clerk
    visits = 0
    for n, (tenancy_id, customer_id, move_in) in enumerate(live):
        lapsed = n % 6 == 2  # one in six not visited for the last two months or so: overdue now
        stop = today - dt.timedelta(days=rng.randrange(50, 80)) if lapsed else today - dt.timedelta(days=1)
        visited = set(work.session.scalars(select(ReturnVisit.visited_on).where(ReturnVisit.tenancy_id == tenancy_id)))
        for due in due_dates(move_in, None, spans.get(customer_id, ()), until=stop):
            if due < first or rng.random() < 0.08:  # now and then a slot missed and caught up by the next visit
                continue
            day = min(due + dt.timedelta(days=rng.randrange(-6, 4)), stop)
            if day <= move_in or day in visited:
                continue
            discussed, follow_up = rng.choice(_TOPICS)
            satisfaction = rng.choices(*_MOODS)[0]
            how = "visit" if rng.random() < 0.4 else "phone"
            work.now = dt.datetime.combine(day, dt.time(rng.randrange(9, 17), rng.randrange(60)))
            record_visit(
                work,
                tenancy_id,
                CareVisitInput(day, how, rng.choice(_CONTACTS), discussed, follow_up, satisfaction),
            )
            visited.add(day)
            visits += 1
    work.actor, work.now = actor, now
    return CareCounts(graded, visits)
