"""The demo building: its options are checked before anything is made, and it appears whole or not at all."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import random
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app import archive, customers, demo, demo_services, dossier, fees, people
from app.demo import _BulkMaker
from app.desk import Desk
from app.errors import FileProblem, ValidationError
from app.forms import form_definitions
from app.registers import MACHINES
from app.safety import check_file
from db.models import COMPLAINT_STATES, FIT_OUT_STATES, REPAIR_STATES, VIOLATION_STATES, CustomerName, Dossier
from tests.conftest import PASSWORD

SMALL = {"floors": 2, "units_per_floor": 3, "years": 3, "password": PASSWORD, "as_of": dt.date(2026, 6, 15)}


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"seed": -1}, "demo.seed"),
        ({"seed": 2**31}, "demo.seed"),
        ({"floors": 0}, "demo.floors"),
        ({"floors": 201}, "demo.floors"),
        ({"units_per_floor": 10**30}, "demo.units_per_floor"),
        ({"years": 51}, "demo.years"),
        ({"as_of": dt.date(9999, 12, 31)}, "demo.as_of"),
        ({"as_of": dt.date(1899, 12, 31)}, "demo.as_of"),
        ({"as_of": dt.date(1920, 1, 1), "years": 21}, "demo.years"),
    ],
)
def test_demo_options_out_of_range_are_refused_before_anything_is_made(
    tmp_path: Path, options: dict[str, object], field: str
) -> None:
    chosen = {"seed": 1, "floors": 2, "units_per_floor": 2, "years": 1, "as_of": None} | options
    with pytest.raises(ValidationError) as info:
        demo.check_options(**chosen)  # type: ignore[arg-type]
    assert info.value.field == field
    with pytest.raises(ValidationError):
        demo.build_demo(tmp_path / "d.db", password=PASSWORD, **chosen)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_a_year_back_from_29_february_is_28_february() -> None:
    assert demo.years_before(dt.date(2024, 2, 29), 3) == dt.date(2021, 2, 28)
    assert demo.years_before(dt.date(2024, 2, 29), 4) == dt.date(2020, 2, 29)
    assert demo.years_before(dt.date(2026, 6, 15), 0) == dt.date(2026, 6, 15)


def test_a_demo_built_on_29_february(tmp_path: Path) -> None:
    summary = demo.build_demo(tmp_path / "d.db", **(SMALL | {"as_of": dt.date(2024, 2, 29)}))  # type: ignore[arg-type]
    assert summary.tenancies > 0


def test_a_demo_appears_whole_under_its_name(tmp_path: Path) -> None:
    summary = demo.build_demo(tmp_path / "d.db", **SMALL)  # type: ignore[arg-type]
    assert summary.path == tmp_path / "d.db" and summary.attachments > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.db", "d.db-attachments"]
    with Desk.open(tmp_path / "d.db") as desk, desk.read(None) as work:
        assert archive.archive_years(work)


def test_a_demo_that_fails_halfway_leaves_nothing_and_may_be_built_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def power_cut(*_args: object, **_kwargs: object) -> None:
        # By now the users, the building, tenancies and scans are made: all of it must go.
        raise KeyboardInterrupt

    monkeypatch.setattr(archive, "archive_year", power_cut)
    with pytest.raises(KeyboardInterrupt):
        demo.build_demo(tmp_path / "d.db", **SMALL)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []
    monkeypatch.undo()
    demo.build_demo(tmp_path / "d.db", **SMALL)  # type: ignore[arg-type]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.db", "d.db-attachments"]


def test_a_demo_is_never_built_over_a_file_or_into_a_missing_folder(tmp_path: Path) -> None:
    (tmp_path / "taken.db").write_bytes(b"somebody's")
    with pytest.raises(FileProblem, match="already exists"):
        demo.build_demo(tmp_path / "taken.db", **SMALL)  # type: ignore[arg-type]
    with pytest.raises(FileProblem, match="does not exist"):
        demo.build_demo(tmp_path / "missing" / "d.db", **SMALL)  # type: ignore[arg-type]
    assert [p.name for p in tmp_path.iterdir()] == ["taken.db"]
    assert (tmp_path / "taken.db").read_bytes() == b"somebody's"


def test_company_names_never_run_out_and_never_repeat() -> None:
    """A large demo needs more companies than city × trade name × trade gives (~3 000): 20 000 distinct names
    come, the later ones branches of the first (…有限公司第二分公司), and the generator always ends."""
    names = demo.CompanyNames(random.Random(7))
    given = [names.next() for _ in range(20_000)]
    assert len(set(given)) == 20_000
    branches = [name for name in given if name.endswith("分公司")]
    assert branches and all("第" in name for name in branches)
    assert not any(name.endswith("分公司") for name in given[:1_000])  # a small demo's names are plain companies


@pytest.mark.parametrize(
    ("n", "written"), [(2, "二"), (10, "十"), (11, "十一"), (20, "二十"), (99, "九十九"), (100, "100")]
)
def test_a_branch_is_numbered_as_on_its_papers(n: int, written: str) -> None:
    assert demo.chinese_number(n) == written


# -- the portfolio-scale demo, built in bulk (issue 14) at a size CI affords

TINY = demo.Scale(buildings=2, floors=3, units_per_floor=4, years=3)
AS_OF = dt.date(2026, 6, 15)


@pytest.fixture(scope="module")
def bulk_demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, demo.DemoSummary, list[tuple[int, int]]]:
    path = tmp_path_factory.mktemp("bulk") / "big.db"
    steps: list[tuple[int, int]] = []
    summary = demo.build_large_demo(
        path, TINY, password=PASSWORD, as_of=AS_OF, progress=lambda done, total: steps.append((done, total))
    )
    return path, summary, steps


def _one(path: Path, sql: str, *params: object) -> object:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql, params).fetchone()[0]


def test_a_bulk_demo_passes_the_file_check(bulk_demo: tuple[Path, demo.DemoSummary, list[tuple[int, int]]]) -> None:
    path, _summary, _steps = bulk_demo
    report = check_file(path)
    assert report.ok, report.problems
    assert report.audit_entries and 0 < report.scans <= _BulkMaker.POOL  # a few shared scans, each stored once


def test_a_bulk_demo_has_the_counts_it_reports(bulk_demo: tuple[Path, demo.DemoSummary, list[tuple[int, int]]]) -> None:
    path, summary, steps = bulk_demo
    assert summary.buildings == 2 and summary.units == 24
    assert _one(path, "SELECT count(*) FROM building") == 2
    assert _one(path, "SELECT count(*) FROM unit") == 24
    assert _one(path, "SELECT count(*) FROM tenancy") == summary.tenancies
    assert _one(path, "SELECT count(*) FROM dossier WHERE status = 'live'") == summary.live_dossiers
    assert _one(path, "SELECT count(*) FROM dossier WHERE status != 'live'") == summary.departed_dossiers
    assert _one(path, "SELECT count(*) FROM document") == summary.documents
    assert _one(path, "SELECT count(*) FROM attachment") == summary.attachments
    assert summary.departed_dossiers > 0 and summary.documents > 20 * summary.tenancies
    assert _one(path, "SELECT count(*) FROM contact WHERE mobile != ''") >= 2 * summary.tenancies
    assert steps[-1] == (24, 24) and [done for done, _ in steps] == sorted(done for done, _ in steps)
    # The users as in the small demo, every one able to log in.
    with Desk.open(path) as desk:
        for login in ("admin", "clerk", "supervisor", "manager"):
            assert people.log_in(desk, login, PASSWORD).login == login


def test_a_bulk_demo_has_departed_dossiers_with_documents_and_former_names(
    bulk_demo: tuple[Path, demo.DemoSummary, list[tuple[int, int]]],
) -> None:
    path, _summary, _steps = bulk_demo
    with Desk.open(path) as desk, desk.read(people.log_in(desk, "clerk", PASSWORD)) as work:
        departed = work.session.scalar(select(Dossier.id).where(Dossier.status == "departed").limit(1))
        assert departed is not None
        view = dossier.read_dossier(work, departed)
        assert view.status == "departed" and dossier.dossier_documents(work, departed)
        former = work.session.scalar(select(CustomerName.name).limit(1))
        assert former is not None  # R5: found by the name it had
        assert any(former in m.former_names for m in customers.find_customers(work, former))


def test_a_bulk_demo_archived_every_year_but_the_last_as_the_program_does(
    bulk_demo: tuple[Path, demo.DemoSummary, list[tuple[int, int]]],
) -> None:
    path, _summary, _steps = bulk_demo
    with Desk.open(path) as desk, desk.read(people.log_in(desk, "supervisor", PASSWORD)) as work:
        years = {y.year: y for y in archive.archive_years(work)}
        for year, summary in years.items():
            if year < AS_OF.year - 1:
                assert summary.departed == summary.bound == 0 and summary.archived > 0, year
            else:
                assert summary.archived == 0, year
        settings = archive.archive_settings(work)
        boxed = work.session.scalars(select(Dossier).where(Dossier.status == "archived")).all()
        assert boxed
        for d in boxed:
            assert d.file_year is not None and d.file_serial is not None and d.box_id is not None
            # The 档号 the archive settings compose, numbered on within each year.
            assert d.file_number == archive.compose_code(
                settings, year=d.file_year, retention=d.retention or "", serial=d.file_serial
            )
            directory = archive.in_file_directory(work, d.id)
            items = [item.item_no for item in directory.items]
            assert items == list(range(1, len(items) + 1))
        for b in archive.boxes(work):
            assert b.number.startswith(f"{b.year}-{b.floor}-")
        serials: dict[int, list[int]] = {}
        for d in sorted(boxed, key=lambda d: d.file_serial or 0):
            serials.setdefault(d.file_year or 0, []).append(d.file_serial or 0)
        assert all(s == list(range(1, len(s) + 1)) for s in serials.values())


def test_a_bulk_demo_is_deterministic_and_refuses_bad_shapes(tmp_path: Path) -> None:
    small = demo.Scale(buildings=1, floors=1, units_per_floor=3, years=2)
    first = demo.build_large_demo(tmp_path / "a.db", small, seed=3, password=PASSWORD, as_of=AS_OF)
    second = demo.build_large_demo(tmp_path / "b.db", small, seed=3, password=PASSWORD, as_of=AS_OF)
    assert dataclasses.replace(first, path=second.path) == second
    query = "SELECT group_concat(title || doc_date, '|') FROM (SELECT * FROM document ORDER BY id)"
    assert _one(first.path, query) == _one(second.path, query)
    steps = "SELECT group_concat(register || record_id || action || recorded_at, '|') FROM register_step"
    assert _one(first.path, steps) == _one(second.path, steps)
    assert check_file(first.path).ok  # a scan of the pool no document shows is not left in the store as a stray
    empty = demo.build_large_demo(
        tmp_path / "e.db", dataclasses.replace(small, years=0), password=PASSWORD, as_of=AS_OF
    )
    assert check_file(empty.path).ok
    with pytest.raises(ValidationError) as info:
        demo.build_large_demo(tmp_path / "c.db", dataclasses.replace(small, buildings=0), password=PASSWORD)
    assert info.value.field == "demo.buildings"
    with pytest.raises(ValidationError) as info:
        demo.build_large_demo(tmp_path / "c.db", dataclasses.replace(small, floors=0), password=PASSWORD)
    assert info.value.field == "demo.floors"
    assert not (tmp_path / "c.db").exists()


# -- the service registers (issue 16): fit-out projects, repairs, complaints, violations, surveys

REGISTER_TABLES = {
    "fit_out": ("fit_out_project", FIT_OUT_STATES),
    "repair": ("repair", REPAIR_STATES),
    "complaint": ("complaint", COMPLAINT_STATES),
    "violation": ("violation", VIOLATION_STATES),
}


@pytest.fixture(scope="module")
def services_built(tmp_path_factory: pytest.TempPathFactory) -> demo.DemoSummary:
    """A small demo with its money (the fit-out projects name their deposits), three years to 20 November."""
    path = tmp_path_factory.mktemp("services") / "d.db"
    return demo.build_demo(path, seed=5, floors=3, units_per_floor=4, years=3, password=PASSWORD, as_of=SERVICES_DAY)


@pytest.fixture(scope="module")
def services_demo(services_built: demo.DemoSummary) -> Path:
    return services_built.path


SERVICES_DAY = dt.date(2026, 11, 20)


def _all(path: Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql, params).fetchall()


@pytest.mark.parametrize("register", list(REGISTER_TABLES))
def test_the_demo_has_every_state_of_every_register_and_each_record_s_history_leads_to_it(
    services_demo: Path, register: str
) -> None:
    table, states = REGISTER_TABLES[register]
    assert {s for (s,) in _all(services_demo, f"SELECT DISTINCT status FROM {table}")} == set(states)
    machine = MACHINES[register]
    steps: dict[int, list[tuple[str, str, str, str]]] = {}
    for record_id, action, before, after, on in _all(
        services_demo,
        "SELECT record_id, action, from_state, to_state, on_date FROM register_step WHERE register = ? ORDER BY id",
        register,
    ):
        steps.setdefault(record_id, []).append((action, before, after, on))
    records = _all(services_demo, f"SELECT id, status FROM {table}")
    assert len(steps) == len(records)
    for record_id, status in records:
        history = steps[record_id]
        assert history[0][:3] == ("create", "", machine.start)
        for (_, _, previous, day_before), (action, before, after, day) in itertools.pairwise(history):
            # Every move one the machine allows, from where the last one left it, never on an earlier day.
            assert before == previous and machine.next_state(before, action) == after and day >= day_before
        assert history[-1][2] == status and history[-1][3] <= SERVICES_DAY.isoformat()
    # Every step after the creation is a line of the audit log (the creation has its own).
    logged = _one(services_demo, "SELECT count(*) FROM change WHERE entity = ?", register)
    assert logged == sum(len(h) for h in steps.values())


def test_the_demo_s_repairs_are_done_in_days_and_most_customers_are_satisfied(services_demo: Path) -> None:
    path = services_demo
    units = _one(path, "SELECT count(*) FROM unit")
    repairs = _one(path, "SELECT count(*) FROM repair")
    complaints = _one(path, "SELECT count(*) FROM complaint")
    assert isinstance(repairs, int) and isinstance(complaints, int)
    assert 0.15 * units * 3 <= repairs <= 0.8 * units * 3  # about 0.4 a unit a year
    assert 0 < complaints < repairs
    assert {u for (u,) in _all(path, "SELECT DISTINCT urgency FROM repair")} == {"normal", "urgent", "emergency"}
    # The departments of the building's office, the engineering department doing most of the repairs.
    departments = _all(
        path,
        """SELECT department, count(*) FROM (SELECT department FROM repair UNION ALL SELECT department FROM complaint)
           WHERE department != '' GROUP BY department ORDER BY count(*) DESC""",
    )
    assert departments[0][0] == "工程部" and {d for d, _ in departments} <= set(demo_services.STAFF)
    # Assigned within hours of the call, done within a week (a reopened one excepted).
    for reported, assigned, done, reopened in _all(
        path,
        """SELECT r.reported_at, min(a.recorded_at), r.done_on,
                  (SELECT count(*) FROM register_step o WHERE o.register = 'repair' AND o.record_id = r.id
                   AND o.action = 'reopen')
           FROM repair r JOIN register_step a ON a.register = 'repair' AND a.record_id = r.id AND a.action = 'assign'
           GROUP BY r.id""",
    ):
        waited = dt.datetime.fromisoformat(assigned) - dt.datetime.fromisoformat(reported)
        assert dt.timedelta(0) <= waited <= dt.timedelta(hours=5)
        if done is not None and not reopened:
            assert 0 <= (dt.date.fromisoformat(done) - dt.date.fromisoformat(reported[:10])).days <= 7
    # Each visited repair and fed-back complaint has its one return visit; most customers are satisfied.
    assert _one(path, "SELECT count(*) FROM repair WHERE status = 'visited'") == _one(
        path, "SELECT count(*) FROM return_visit WHERE subject = 'repair'"
    )
    assert _one(path, "SELECT count(*) FROM complaint WHERE status IN ('fed_back', 'closed')") == _one(
        path, "SELECT count(*) FROM return_visit WHERE subject = 'complaint'"
    )
    moods = dict(_all(path, "SELECT satisfaction, count(*) FROM return_visit GROUP BY satisfaction"))
    assert moods["satisfied"] > 2 * (moods.get("fair", 0) + moods.get("dissatisfied", 0))
    # A few still open at the demo's today, some of them overdue (open for days).
    open_for = [
        (SERVICES_DAY - dt.date.fromisoformat(at[:10])).days
        for (at,) in _all(path, "SELECT reported_at FROM repair WHERE status IN ('reported', 'assigned')")
    ]
    assert 2 <= len(open_for) <= 10 and sum(days > 5 for days in open_for) >= 2
    assert _one(path, "SELECT count(*) FROM complaint WHERE status != 'closed'") in range(5, 11)


def test_the_demo_s_fit_out_projects_follow_the_tenancies_and_their_deposits(services_demo: Path) -> None:
    path = services_demo
    rows = _all(
        path,
        """SELECT p.status, p.planned_end, t.fit_out_until, d.tenancy_id = p.tenancy_id, d.kind, d.amount_fen,
                  (SELECT coalesce(sum(m.amount_fen), 0) FROM deposit_move m WHERE m.deposit_id = d.id)
           FROM fit_out_project p JOIN tenancy t ON t.id = p.tenancy_id JOIN deposit d ON d.id = p.deposit_id""",
    )
    assert len(rows) > 5
    for status, planned_end, fit_out_until, same_tenancy, kind, amount, decided in rows:
        assert same_tenancy and kind == "fit_out" and planned_end == fit_out_until
        if status == "refunded":
            assert decided == amount  # the project's deposit is refunded in the fees register too
    found_during = _one(path, "SELECT count(*) FROM violation WHERE fit_out_id IS NOT NULL")
    assert isinstance(found_during, int) and found_during >= 1
    # The approvals and inspections are the supervisor's or the manager's; the daily steps the clerk's.
    by_action = dict(
        _all(
            path,
            """SELECT s.action, group_concat(DISTINCT u.login) FROM register_step s JOIN user u ON u.id = s.recorded_by
               WHERE s.register = 'fit_out' GROUP BY s.action""",
        )
    )
    for action in ("approve", "reject", "pass", "fail"):
        assert set(by_action[action].split(",")) <= {"supervisor", "manager"}
    for action in ("create", "start", "ask_inspection", "refund"):
        assert by_action[action] == "clerk"


def test_the_demo_has_two_survey_years_with_a_weaker_item_and_its_corrective_actions(services_demo: Path) -> None:
    path = services_demo
    rounds = _all(
        path,
        """SELECT r.year, r.target, count(s.id), avg(s.service_score), avg(s.price_score), avg(s.company_score)
           FROM survey_round r JOIN survey_response s ON s.round_id = r.id GROUP BY r.id ORDER BY r.year""",
    )
    assert [r[0] for r in rounds] == [SERVICES_DAY.year - 1, SERVICES_DAY.year]
    below: dict[int, set[str]] = {}
    for year, target, answers, service, price, company in rounds:
        opened = dt.date(year, 9, 10)
        there = _one(
            path,
            "SELECT count(*) FROM tenancy WHERE move_in <= ? AND (move_out IS NULL OR move_out > ?)",
            opened.isoformat(),
            opened.isoformat(),
        )
        assert isinstance(there, int) and 0.6 * there <= answers <= there  # most of the tenants there answered
        assert price < target and price < min(service, company)  # the price is the weaker item
        below[year] = {
            topic for topic, score in (("service", service), ("price", price), ("company", company)) if score < target
        }
    actions = _all(
        path, "SELECT r.year, a.topic, a.done_on FROM corrective_action a JOIN survey_round r ON r.id = a.round_id"
    )
    # Every item below the target, and only those, has its corrective actions in that year.
    assert {(year, topic) for year, topic, _ in actions} == {
        (y, topic) for y, topics in below.items() for topic in topics
    }
    assert any(done for _, _, done in actions) and not all(done for _, _, done in actions)


def test_the_demo_with_its_registers_passes_the_file_check_and_is_the_same_on_every_run(
    services_demo: Path, tmp_path: Path
) -> None:
    report = check_file(services_demo)
    assert report.ok, report.problems
    again = tmp_path / "again.db"
    demo.build_demo(again, seed=5, floors=3, units_per_floor=4, years=3, password=PASSWORD, as_of=SERVICES_DAY)
    for sql in (
        "SELECT * FROM register_step ORDER BY id",
        "SELECT * FROM repair ORDER BY id",
        "SELECT * FROM complaint ORDER BY id",
        "SELECT * FROM fit_out_project ORDER BY id",
        "SELECT * FROM violation ORDER BY id",
        "SELECT * FROM return_visit ORDER BY id",
        "SELECT * FROM survey_response ORDER BY id",
        "SELECT * FROM corrective_action ORDER BY id",
        'SELECT code, tenancy_id, form_date, handled_by, "values", fact_id FROM form_record ORDER BY id',
    ):
        assert _all(again, sql) == _all(services_demo, sql), sql


def test_a_bulk_demo_has_its_registers_too(bulk_demo: tuple[Path, demo.DemoSummary, list[tuple[int, int]]]) -> None:
    path, _summary, _steps = bulk_demo
    for register, (table, states) in REGISTER_TABLES.items():
        assert {s for (s,) in _all(path, f"SELECT DISTINCT status FROM {table}")} == set(states), register
        # Every record's history is written, ending where the record is.
        assert (
            _one(
                path,
                f"""SELECT count(*) FROM {table} r WHERE r.status != (SELECT s.to_state FROM register_step s
                WHERE s.register = ? AND s.record_id = r.id ORDER BY s.id DESC LIMIT 1)""",
                register,
            )
            == 0
        )
    assert _one(path, "SELECT count(*) FROM survey_round") == 2
    assert _one(path, "SELECT count(*) FROM return_visit WHERE satisfaction IS NOT NULL") > 0


def test_the_demo_has_filled_forms_of_every_kind_filed_in_the_dossiers(services_built: demo.DemoSummary) -> None:
    path = services_built.path
    codes = dict(_all(path, "SELECT code, count(*) FROM form_record GROUP BY code"))
    assert set(codes) == set(form_definitions())
    # Filed under the form's category (the move-in papers and the key custody form are in the dossiers already).
    for code, category, filed in _all(
        path,
        """SELECT f.code, d.category, d.reference_no FROM form_record f JOIN document d ON d.id = f.document_id""",
    ):
        assert category == form_definitions()[code].category and filed == code
    assert _one(path, "SELECT count(*) FROM form_record WHERE document_id IS NULL") == sum(
        codes[code] for code in ("qms-pm-31301", "qms-pm-31302", "qms-pm-31317")
    )
    # The meters' form is the fees register's reading (one fact, one record), and it changes no month's charges.
    months = {
        fees.Month(day.year, day.month)
        for (day,) in _all(
            path,
            """SELECT m.read_on FROM form_record f JOIN meter_reading m ON m.id = f.fact_id
               WHERE f.code = 'qms-pm-31318'""",
        )
        for day in [dt.date.fromisoformat(day)]
    }
    assert months
    with Desk.open(path) as desk, desk.read(people.log_in(desk, "supervisor", PASSWORD)) as work:
        for month in months:
            assert fees.plan_month(work, month.code).nothing_new, month
    assert services_built.documents == _one(path, "SELECT count(*) FROM document")


def test_the_demo_grades_its_customers_and_has_a_year_of_visits_some_overdue(services_demo: Path) -> None:
    """Customer care (issue 20): every live customer graded, one raised to a key customer mid-year; a year of planned
    visits (subject NULL) around their due days; at the demo's day some tenancies overdue, most not."""
    from app.care.visits import visits_due, week_of
    from app.desk import Desk
    from app.people import users

    live = _one(services_demo, "SELECT count(*) FROM tenancy WHERE move_out IS NULL OR move_out > ?", SERVICES_DAY)
    graded = _one(services_demo, "SELECT count(DISTINCT customer_id) FROM customer_grade")
    assert graded == live
    raised = _all(services_demo, "SELECT customer_id FROM customer_grade GROUP BY customer_id HAVING count(*) > 1")
    assert len(raised) == 1
    grades = _all(services_demo, "SELECT grade FROM customer_grade WHERE customer_id = ? ORDER BY since", raised[0][0])
    assert grades == [("ordinary",), ("key",)]
    planned = _all(services_demo, "SELECT min(visited_on), max(visited_on) FROM return_visit WHERE subject IS NULL")
    first, last = (dt.date.fromisoformat(d) for d in planned[0])
    assert first >= SERVICES_DAY - dt.timedelta(days=375) and last < SERVICES_DAY
    with Desk.open(services_demo) as desk, desk.read(users.log_in(desk, "clerk", PASSWORD)) as work:
        due = visits_due(work, *week_of(SERVICES_DAY))
    overdue = [d for d in due if d.overdue]
    assert overdue and len(overdue) < live
