"""Customer care's commands with the real ``dossier-desk`` on a copy of the small demo (issue 20), a file and a server
database: ``visits`` (text and ``--json``) against the list the app computes — the demo's grades and year of visits,
stopped at its day, so today some are overdue — and ``print visit-plan`` / ``print visit-record`` read back with
pdftotext: every customer due in the month is on the plan, with the CJK font embedded."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from app.care.visits import month_of, visits_due, week_of
from app.desk import Desk
from app.people import users
from db.models import ReturnVisit
from tests.e2e.conftest import DEMO_PASSWORD
from tests.e2e.server_support import E2EDatabase
from tests.e2e.test_cli import run
from tests.e2e.test_fees_cli import embeds_the_cjk_font, flat_text

CLERK = ("--user", "clerk")


def test_visits_lists_what_the_app_computes(demo_database: E2EDatabase) -> None:
    done = run("visits", "--db", demo_database, "--json", *CLERK, password=DEMO_PASSWORD)
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)
    with Desk.open(demo_database.location) as desk, desk.read(users.log_in(desk, "clerk", DEMO_PASSWORD)) as work:
        expected = visits_due(work, *week_of(work.today))
    assert got["due"] and [(d["tenancy_id"], d["due_on"], d["overdue"]) for d in got["due"]] == [
        (d.tenancy_id, d.due_on.isoformat(), d.overdue) for d in expected
    ]
    assert any(d["overdue"] for d in got["due"])  # the demo stopped visiting at its day
    text = run("visits", "--db", demo_database, "--due", "month", *CLERK, password=DEMO_PASSWORD)
    assert text.returncode == 0, text.stderr
    assert "OVERDUE" in text.stdout and expected[0].customer in text.stdout


def test_the_months_plan_shows_every_customer_due(demo_database: E2EDatabase, tmp_path: Path) -> None:
    with Desk.open(demo_database.location) as desk, desk.read(users.log_in(desk, "clerk", DEMO_PASSWORD)) as work:
        day = work.today
        due = visits_due(work, *month_of(day.year, day.month))
        visit_id = work.session.scalar(select(ReturnVisit.id).where(ReturnVisit.subject.is_(None)).limit(1))
    assert due and visit_id is not None
    plan = tmp_path / "回访计划.pdf"
    month = f"{day.year}-{day.month:02d}"
    done = run(
        "print", "visit-plan", "--db", demo_database, "--month", month, "-o", plan, *CLERK, password=DEMO_PASSWORD
    )
    assert done.returncode == 0, done.stderr
    text = flat_text(plan)
    assert "客户回访计划" in text and embeds_the_cjk_font(plan)
    for d in due:
        assert d.customer.replace(" ", "") in text, d.customer
    record = tmp_path / "回访记录表.pdf"
    done = run(
        "print",
        "visit-record",
        "--db",
        demo_database,
        "--visit",
        str(visit_id),
        "-o",
        record,
        *CLERK,
        password=DEMO_PASSWORD,
    )
    assert done.returncode == 0, done.stderr
    assert "回访记录表" in flat_text(record) and embeds_the_cjk_font(record)
