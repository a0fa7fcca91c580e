"""A dossier's status is protected like the log: check reports one that disagrees with its recorded history."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from contextlib import closing
from decimal import Decimal
from pathlib import Path

from sqlalchemy import text

from app import audit, safety
from app.desk import Actor, Desk
from app.tenancy import lifecycle as tenancy
from tests.unit.unit_support import checked


def _statuses(path: Path) -> tuple[dict[int, str], dict[int, str]]:
    with closing(sqlite3.connect(path)) as conn:
        actual = dict(conn.execute("SELECT id, status FROM dossier"))
        recorded = audit.recorded_statuses(
            conn.execute("SELECT dossier_id, action, details, at FROM change WHERE dossier_id IS NOT NULL ORDER BY seq")
        )
    return actual, recorded


def test_every_demo_dossiers_status_is_what_its_history_says(demo_db: Path) -> None:
    actual, recorded = _statuses(demo_db)
    assert set(actual.values()) >= {"live", "departed", "archived"}
    assert recorded == actual
    report = safety.check_file(demo_db)
    assert report.ok, report.problems
    assert report.audit_entries is not None and report.audit_entries > 1000


def test_a_status_set_by_sql_is_reported_by_name(demo_copy: Path) -> None:
    with closing(sqlite3.connect(demo_copy)) as conn:
        dossier_id, number = conn.execute("SELECT id, number FROM dossier WHERE status = 'archived' LIMIT 1").fetchone()
        conn.execute("DROP TRIGGER IF EXISTS dossier_status_forward")  # as someone with the sqlite3 shell would
        conn.execute("UPDATE dossier SET status = 'live' WHERE id = ?", (dossier_id,))
        conn.commit()
    report = safety.check_file(demo_copy)
    (problem,) = report.problems
    assert problem.kind == "status_disagrees"
    assert f"dossier {number} (id {dossier_id}) is “live”" in problem.detail and "“archived”" in problem.detail


def test_a_status_moved_forward_by_sql_is_reported_too(demo_copy: Path) -> None:
    """The file's own trigger lets a status move forward (live → departed); without the move-out it is still wrong."""
    with closing(sqlite3.connect(demo_copy)) as conn:
        number = conn.execute("SELECT number FROM dossier WHERE status = 'live' LIMIT 1").fetchone()[0]
        conn.execute("UPDATE dossier SET status = 'departed' WHERE number = ?", (number,))
        conn.commit()
    (problem,) = safety.check_file(demo_copy).problems
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
