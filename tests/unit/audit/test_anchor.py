"""The chain's head anchored outside the file: every backup's manifest records it, and check compares the file with
the newest one — cutting off the newest entries, or rewriting the whole chain consistently, is found that way."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from app import audit, safety, settings
from app.desk import Actor, Desk
from app.tenancy.lifecycle import MoveIn
from db import audit_chain

# The anchor is written into a file backup's manifest (a server's backups are pg_dump's: tests/postgres).
about_a_file_backup = pytest.mark.file_only("the chain's anchor in a file backup's manifest")


@pytest.fixture
def backed_up(desk: Desk, clerk: Actor, manager: Actor, tenant: MoveIn, tmp_path: Path) -> safety.BackupReport:
    root = tmp_path / "备份"
    with desk.work(manager) as work:
        settings.set_backup_folder(work, root)
    return safety.back_up(desk, clerk)


def _head(database: Path | str) -> tuple[int, str]:
    """The log's length and last hash, verified past the app with the driver's own connection (sqlite3 or psycopg)."""
    if isinstance(database, str):
        with psycopg.connect(make_url(database).set(drivername="postgresql").render_as_string(False)) as conn:
            report = audit.verify_connection(conn)
    else:
        with closing(sqlite3.connect(database)) as conn:
            report = audit.verify_connection(conn)
    return report.count, report.head_hash


@about_a_file_backup
def test_a_backups_manifest_records_the_chain_head(desk: Desk, backed_up: safety.BackupReport) -> None:
    document = json.loads((backed_up.folder / "manifest.json").read_text(encoding="utf-8"))
    count, head = _head(backed_up.backup.database_path)
    assert document["audit"] == {"entries": count, "head": head}
    assert safety.read_backup(backed_up.folder).audit == (count, head)
    assert count > 0 and _head(desk.path)[0] >= count
    report = safety.check_file(desk.path)
    assert report.ok and report.anchor.startswith(f"the backup {backed_up.folder.name}")


def _drop_triggers(conn: sqlite3.Connection) -> None:
    for name in audit_chain.TRIGGERS:
        conn.execute(f"DROP TRIGGER {name}")


@about_a_file_backup
def test_entries_cut_off_after_the_anchor_are_found(desk: Desk, backed_up: safety.BackupReport) -> None:
    _count, _ = _head(desk.path)
    anchored = backed_up.backup.audit
    assert anchored is not None
    with closing(sqlite3.connect(desk.path)) as conn:
        _drop_triggers(conn)
        conn.execute("DELETE FROM change WHERE seq >= ?", (anchored[0] - 1,))
        conn.commit()
    report = safety.check_file(desk.path)
    (problem,) = report.problems
    assert problem.kind == "audit_cut"
    assert f"has {anchored[0] - 2} entries" in problem.detail and f"recorded {anchored[0]}" in problem.detail
    assert backed_up.folder.name in problem.detail


@about_a_file_backup
def test_a_chain_rewritten_consistently_is_found_by_the_anchor(desk: Desk, backed_up: safety.BackupReport) -> None:
    """An attacker who knows the hash function rewrites an entry and recomputes every hash after it."""
    with closing(sqlite3.connect(desk.path)) as conn:
        _drop_triggers(conn)
        rows = conn.execute(f"SELECT id, {', '.join(audit_chain.CHAIN_COLUMNS)} FROM change ORDER BY seq").fetchall()
        previous = audit_chain.GENESIS
        for row_id, *values in rows:
            values[-1] = previous
            if values[0] == 2:
                values[7] = json.dumps({"login": "intruder"})
            digest = audit_chain.entry_hash(*values)
            conn.execute(
                "UPDATE change SET details = ?, prev_hash = ?, hash = ? WHERE id = ?",
                (values[7], previous, digest, row_id),
            )
            previous = digest
        conn.commit()
    with closing(sqlite3.connect(desk.path)) as conn:
        assert audit.verify_connection(conn).ok  # the chain alone cannot see it
    (problem,) = safety.check_file(desk.path).problems
    assert problem.kind == "audit_anchor_differs" and "rewritten" in problem.detail


@about_a_file_backup
def test_the_anchor_of_a_copy_a_restore_made_is_not_this_files(desk: Desk, backed_up: safety.BackupReport) -> None:
    manifest = backed_up.folder / "manifest.json"
    document = json.loads(manifest.read_text(encoding="utf-8"))
    document["audit"]["entries"] += 100
    document["reason"] = "before_restore"
    manifest.write_text(json.dumps(document), encoding="utf-8")
    assert safety.check_file(desk.path).ok


@about_a_file_backup
def test_a_malformed_anchor_makes_the_manifest_unreadable(backed_up: safety.BackupReport) -> None:
    manifest = backed_up.folder / "manifest.json"
    document = json.loads(manifest.read_text(encoding="utf-8"))
    document["audit"]["head"] = "../../etc"
    manifest.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(safety.BackupFailed):
        safety.read_backup(backed_up.folder)


def test_the_years_directory_of_boxes_prints_the_chain_head(demo_database: Path | str, tmp_path: Path) -> None:
    from app import archive, people
    from tests.conftest import PASSWORD
    from tests.unit.archive.test_archive_print import pdftext, squash

    with Desk.open(demo_database) as desk:
        clerk = people.log_in(desk, "clerk", PASSWORD)
        with desk.read(clerk) as work:
            year = min(y.year for y in archive.archive_years(work) if y.archived)
            count, head = audit.chain_head(work)
            pdf = archive.print_year_directory(work, year, tmp_path / "year.pdf")
    text = squash("".join(pdftext(pdf)))
    assert f"审计日志共{count}条" in text and head in text
    assert (count, head) == _head(demo_database)
