"""The satisfaction survey's commands with the real ``dossier-desk`` on a copy of the small demo (R14), a file and a
server database: ``survey`` (text and ``--json``) against the figures the app computes, and ``print survey-report``
read back with pdftotext — the title, the response rate, each average with last year's beside it, the item below
target, the comments and the corrective actions, with the CJK font embedded."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.desk import Desk
from app.people import users
from app.registers import AnswerInput, add_corrective_action, open_round, record_answer, respondents, summary
from tests.e2e.conftest import DEMO_PASSWORD, copy_database, migrated
from tests.e2e.server_support import FILE, SERVER, E2EDatabase
from tests.e2e.test_cli import run
from tests.e2e.test_fees_cli import embeds_the_cjk_font, flat_text

CLERK = ("--user", "clerk")
D = dt.date


# Module-scoped, so parametrised here (the conftest's database_kind is per test): one database of each kind.
@pytest.fixture(scope="module", params=[FILE, SERVER])
def surveyed(
    request: pytest.FixtureRequest, small_demo: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[E2EDatabase]:
    """Two survey years on the small demo: 2025 (everyone answers 3, 3, 3) and 2026 (scores that differ, a comment,
    a corrective action)."""
    if request.param == SERVER:
        templates = request.getfixturevalue("server_templates")
        db = E2EDatabase(SERVER, templates.copy("small_demo", migrated(small_demo), prefix="e2e"))
    else:
        db = E2EDatabase(FILE, copy_database(small_demo, tmp_path_factory.mktemp("survey") / "F.db"))
    # The demo comes with two survey years of its own (app/demo_services.py): these figures are made here instead.
    for table in ("corrective_action", "survey_response", "survey_round"):
        db.execute(f"DELETE FROM {table}")
    with Desk.open(db.location) as desk:
        supervisor = users.log_in(desk, "supervisor", DEMO_PASSWORD)
        clerk = users.log_in(desk, "clerk", DEMO_PASSWORD)
        for year in (2025, 2026):
            with desk.work(supervisor) as work:
                open_round(work, year, D(year, 3, 1), "4.0")
            with desk.read(clerk) as work:
                asked = [r.tenancy_id for r in respondents(work, year)]
            with desk.work(clerk) as work:
                for n, tenancy in enumerate(asked[:4]):
                    scores = (3, 3, 3) if year == 2025 else (5, 2 + n % 2, 4)
                    comment = "电梯等候时间太长" if (year, n) == (2026, 0) else ""
                    record_answer(work, year, AnswerInput(tenancy, D(year, 4, 1), *scores, comment=comment))
        with desk.work(supervisor) as work:
            add_corrective_action(
                work, 2026, topic="price", action="公示物业费收支", owner="客务部李经理", due_on=D(2026, 6, 30)
            )
    yield db
    if request.param == SERVER:
        templates.drop(str(db.location))


def test_survey_prints_the_figures_the_app_computes(surveyed: E2EDatabase) -> None:
    done = run("survey", "--db", surveyed, "--year", "2026", "--json", *CLERK, password=DEMO_PASSWORD)
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)
    with Desk.open(surveyed.location) as desk, desk.read(users.log_in(desk, "clerk", DEMO_PASSWORD)) as work:
        expected = summary(work, 2026)
    assert (got["asked"], got["answered"]) == (expected.asked, 4)
    assert got["response_rate"] == str(expected.response_rate)
    # Four answers: service 5, 5, 5, 5; price 2, 3, 2, 3; company 4 each. Last year: 3, 3, 3 everywhere.
    assert got["overall"] == {
        "answers": 4,
        "service": "5.00",
        "price": "2.50",
        "company": "4.00",
        "below_target": ["price"],
    }
    assert got["last_year"]["service"] == got["last_year"]["price"] == "3.00"
    assert got["distribution"] == {"service": [0, 0, 0, 0, 4], "price": [0, 2, 2, 0, 0], "company": [0, 0, 0, 4, 0]}
    assert [c["comment"] for c in got["comments"]] == ["电梯等候时间太长"]
    assert got["corrective_actions"][0]["owner"] == "客务部李经理"
    text = run("survey", "--db", surveyed, "--year", "2026", *CLERK, password=DEMO_PASSWORD)
    assert text.returncode == 0, text.stderr
    assert f"4 of {expected.asked} answered" in text.stdout
    assert "2.50 *" in text.stdout  # price, below target


def test_the_printed_report_reads_back(surveyed: E2EDatabase, tmp_path: Path) -> None:
    out = tmp_path / "满意度 报告.pdf"
    done = run("print", "survey-report", "--db", surveyed, "--year", "2026", "-o", out, *CLERK, password=DEMO_PASSWORD)
    assert done.returncode == 0, done.stderr
    assert embeds_the_cjk_font(out)
    text = flat_text(out)
    assert "客户满意度调查报告2026" in text
    assert "回复户数：4" in text
    # Each item: this year's average, last year's, the change, the target and the verdict.
    assert "服务质量5.003.00+2.004.0达到目标" in text
    assert "收费价格2.503.00-0.504.0低于目标" in text
    assert "对公司的总体评价4.003.00+1.004.0达到目标" in text
    assert "全体：收费价格2.50" in text
    assert "电梯等候时间太长" in text
    assert "公示物业费收支客务部李经理2026-06-30" in text
    assert not list(tmp_path.glob("*.tmp*"))  # written under its own name only when complete


def test_a_report_of_a_year_without_answers_still_prints(surveyed: E2EDatabase, tmp_path: Path) -> None:
    with Desk.open(surveyed.location) as desk, desk.work(users.log_in(desk, "manager", DEMO_PASSWORD)) as work:
        open_round(work, 2024, D(2024, 3, 1), "4.5")
    out = tmp_path / "empty.pdf"
    done = run("print", "survey-report", "--db", surveyed, "--year", "2024", "-o", out, *CLERK, password=DEMO_PASSWORD)
    assert done.returncode == 0, done.stderr
    assert "本年度尚无回复" in flat_text(out)
