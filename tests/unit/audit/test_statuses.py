"""A dossier's status is protected like the log: check reports one that disagrees with its recorded history."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

from sqlalchemy import text

from app import audit
from app.desk import Actor, Desk
from app.tenancy import lifecycle as tenancy
from tests.unit.unit_support import checked, checked_database, plain_connection


def _statuses(database: Path | str) -> tuple[dict[int, str], dict[int, str]]:
    with plain_connection(database) as conn:
        actual = {int(i): str(status) for i, status in conn.exec_driver_sql("SELECT id, status FROM dossier")}
        recorded = audit.recorded_statuses(
            conn.exec_driver_sql(
                "SELECT dossier_id, action, details, at FROM change WHERE dossier_id IS NOT NULL ORDER BY seq"
            )
        )
    return actual, recorded


def test_every_demo_dossiers_status_is_what_its_history_says(demo_database: Path | str) -> None:
    actual, recorded = _statuses(demo_database)
    assert set(actual.values()) >= {"live", "departed", "archived"}
    assert recorded == actual
    report = checked_database(demo_database)
    assert report.ok, report.problems
    assert report.audit_entries is not None and report.audit_entries > 1000


def test_a_status_set_by_sql_is_reported_by_name(demo_database: Path | str) -> None:
    with plain_connection(demo_database) as conn:
        archived = "SELECT id, number FROM dossier WHERE status = 'archived' LIMIT 1"
        dossier_id, number = conn.exec_driver_sql(archived).one()
        # As someone with the sqlite3 shell or psql would (a server's trigger is named with its table).
        on_table = " ON dossier" if conn.dialect.name == "postgresql" else ""
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS dossier_status_forward{on_table}")
        conn.execute(text("UPDATE dossier SET status = 'live' WHERE id = :id"), {"id": dossier_id})
    report = checked_database(demo_database)
    problems = {p.kind: p for p in report.problems}
    assert len(problems) == len(report.problems)
    problem = problems.pop("status_disagrees")
    if isinstance(demo_database, str):  # a server's check names the dropped trigger too
        assert list(problems) == ["protection_missing"] and "dossier_status_forward" in problems.popitem()[1].detail
    assert problems == {}
    assert f"dossier {number} (id {dossier_id}) is “live”" in problem.detail and "“archived”" in problem.detail


def test_a_status_moved_forward_by_sql_is_reported_too(demo_database: Path | str) -> None:
    """The database's own trigger lets a status move forward (live → departed); without the move-out it is still
    wrong."""
    with plain_connection(demo_database) as conn:
        number = conn.exec_driver_sql("SELECT number FROM dossier WHERE status = 'live' LIMIT 1").scalar_one()
        conn.execute(text("UPDATE dossier SET status = 'departed' WHERE number = :n"), {"n": number})
    (problem,) = checked_database(demo_database).problems
    assert problem.kind == "status_disagrees" and f"dossier {number} " in problem.detail and "“live”" in problem.detail


def test_a_move_out_logs_the_status_old_and_new(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    with desk.work(clerk) as work:
        tenancy.move_out(
            work,
            tenant.tenancy_id,
            day=dt.date(2026, 6, 1),
            checklist=tenancy.MoveOutChecklist(
                keys_returned=True,
                access_cards_returned=True,
                electricity_reading=Decimal("100"),
                water_reading=Decimal("20"),
                deposit="none",
                forwarding_contact="李四 13900000000",
            ),
        )
    with desk.engine.connect() as conn:
        lines = conn.execute(
            text("SELECT action, details FROM change WHERE dossier_id = :id ORDER BY seq"), {"id": tenant.dossier_id}
        ).all()
    statuses = [json.loads(details).get("status") for _action, details in lines]
    assert [s for s in statuses if s] == [[None, "live"], ["live", "departed"]]
    assert checked(desk).ok


def test_lines_from_before_statuses_were_logged_are_read_by_what_they_did() -> None:
    lines = [
        (1, "move_in", json.dumps({"move_out": None}), "2020-01-01 09:00:00"),
        (2, "move_in", json.dumps({"move_out": "2021-01-01"}), "2022-01-01 09:00:00"),
        (1, "move_out", json.dumps({"departed": True}), "2023-01-01 09:00:00"),
        (1, "bind", "{}", "2023-02-01 09:00:00"),
        (1, "archive", "{}", "2024-01-01 09:00:00"),
        (3, "move_in", json.dumps({"move_out": None}), "2020-01-01 09:00:00"),
        (3, "move_out", json.dumps({"departed": False}), "2021-01-01 09:00:00"),
    ]
    assert audit.recorded_statuses(lines) == {1: "archived", 2: "departed", 3: "live"}
    dossiers = [(1, "D1", "archived"), (2, "D2", "live"), (3, "D3", "live"), (4, "D4", "bound")]
    (wrong,) = audit.status_disagreements(dossiers, lines)
    assert (wrong.number, wrong.status, wrong.recorded) == ("D2", "live", "departed")
