"""Backups and restores with the real ``dossier-desk`` command, on a copy of the demo, also while another process
writes."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSWORD
from tests.e2e.test_cli import run
from tests.unit.safety.backup_support import referenced_hashes, scan_files, table_rows, without_backup_settings

# A server's backups (pg_dump or the export) and restores: tests/postgres/test_server_backup.py.
pytestmark = pytest.mark.file_only("a file's backups, and restores into files")

ROOT = Path(__file__).resolve().parents[2]


def back_up(db: Path, folder: Path, user: str = "admin") -> dict[str, Any]:
    done = run("backup", "--db", db, "--to", folder, "--user", user, "--json", password=PASSWORD)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def one_line_error(done: subprocess.CompletedProcess[str], code: int = 1) -> str:
    assert done.returncode == code, done.stdout + done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    return lines[0]


def test_round_trip_on_the_demo_and_a_second_backup_copies_no_scan(demo_copy: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    first = back_up(demo_copy, folder)
    original_rows = without_backup_settings(table_rows(demo_copy))
    hashes = referenced_hashes(demo_copy)
    assert first["scans"] == len(hashes) == first["copied"] > 100 and first["already_there"] == 0
    assert first["folder_saved"] is True

    target = tmp_path / "restored" / "dossiers.db"
    done = run("restore", first["folder"], "--db", target, "--user", "admin", "--json", password=PASSWORD)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["replaced"] is False and report["upgraded_from"] is None
    assert without_backup_settings(table_rows(target)) == original_rows
    restored = scan_files(Path(f"{target}-attachments"))
    assert restored == {sha: sha for sha in hashes}  # every scan there, its bytes hashing to its name
    assert run("check", "--db", target).returncode == 0

    second = back_up(demo_copy, folder)
    assert second["copied"] == 0 and second["already_there"] == first["scans"] == second["scans"]
    assert second["bytes_written"] < first["bytes_written"]
    listed = run("backups", "--db", demo_copy)
    assert listed.returncode == 0, listed.stderr
    # Both on one day: rotation keeps the newer one.
    assert "1 backup(s)" in listed.stdout and Path(second["folder"]).name in listed.stdout


WRITER = """
import datetime as dt, sqlite3, sys, time
from pathlib import Path
from app.desk import Desk
from app.dossier import DocumentInput, add_document
from app.people import log_in
from tests.unit.unit_support import make_pdf

db, stop, written, scratch = map(Path, sys.argv[1:5])
with sqlite3.connect(db) as conn:
    dossier = conn.execute("SELECT id FROM dossier WHERE status = 'live' ORDER BY id LIMIT 1").fetchone()[0]
desk = Desk.open(db)
clerk = log_in(desk, "clerk", sys.argv[5])
n = 0
while not stop.exists():
    scan = make_pdf(scratch / f"letter-{n}.pdf", pages=1, text=f"letter {n}")
    with desk.work(clerk) as work:  # takes the write lock first: it waits while a backup records itself
        add_document(work, dossier, DocumentInput("correspondence", dt.date(2026, 6, 1), f"来函 {n}"), [scan])
    n += 1
    written.write_text(str(n))
    time.sleep(0.02)  # a busy clerk, not a busy loop: the two-core CI machine also runs the backups
desk.close()
"""


def _documents(db: Path) -> int:
    with closing(sqlite3.connect(db)) as conn:
        return int(conn.execute("SELECT count(*) FROM document").fetchone()[0])


def test_a_backup_while_another_process_writes_is_consistent(demo_copy: Path, tmp_path: Path) -> None:
    """Each backup is one moment of the file: restored, it passes check and holds exactly its manifest's rows."""
    stop, written, scratch = tmp_path / "stop", tmp_path / "written", tmp_path / "scratch"
    scratch.mkdir()
    # A first backup before: it names the database (a write), as every later one would find it named.
    back_up(demo_copy, tmp_path / "backups")
    before = _documents(demo_copy)
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, demo_copy, stop, written, scratch, PASSWORD],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        deadline = time.monotonic() + 60
        while not (written.exists() and int(written.read_text() or 0) >= 3):  # it is writing before we start
            assert writer.poll() is None and time.monotonic() < deadline, "the writer did not get going"
            time.sleep(0.05)
        for n in range(2):
            made = back_up(demo_copy, tmp_path / "backups")
            # Restored (before rotation takes it: the next backup is of the same day), checked, counted.
            manifest = json.loads((Path(made["folder"]) / "manifest.json").read_text(encoding="utf-8"))
            assert manifest["tables"]["document"] > before
            target = tmp_path / f"restored-{n}" / "d.db"
            done = run("restore", made["folder"], "--db", target, "--user", "admin", password=PASSWORD)
            assert done.returncode == 0, done.stderr
            check = run("check", "--db", target)
            assert check.returncode == 0, check.stderr
            with closing(sqlite3.connect(target)) as conn:
                counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in manifest["tables"]}
            # The restore logs in to the backup's accounts, and the log-in is recorded in the restored file.
            assert counts == manifest["tables"] | {"change": manifest["tables"]["change"] + 1}
        assert writer.poll() is None  # still writing after the last backup
    finally:
        stop.touch()
        writer.wait(timeout=60)
    assert writer.returncode == 0
    assert _documents(demo_copy) > manifest["tables"]["document"]


def test_restore_refusals_are_one_line_and_change_nothing(demo_copy: Path, tmp_path: Path) -> None:
    made = back_up(demo_copy, tmp_path / "backups")
    target = tmp_path / "restored.db"
    line = one_line_error(run("restore", made["folder"], "--db", target, "--user", "clerk", password=PASSWORD))
    assert "may not restore" in line
    line = one_line_error(run("restore", made["folder"], "--db", demo_copy, "--user", "admin", password=PASSWORD))
    assert "already exists" in line
    line = one_line_error(run("restore", tmp_path / "backups", "--db", target, "--user", "admin", password=PASSWORD))
    assert "choose one of the dated folders" in line
    assert run("restore", "--db", target, "--user", "admin").returncode == 2  # BACKUP_DIR missing: usage
    manifest = Path(made["folder"]) / "manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["schema_revision"] = "0099"
    manifest.write_text(json.dumps(data), encoding="utf-8")
    line = one_line_error(run("restore", made["folder"], "--db", target, "--user", "admin", password=PASSWORD))
    assert "newer version of Dossier Desk" in line
    assert not target.exists()


def test_replace_backs_the_target_up_first(demo_copy: Path, tmp_path: Path) -> None:
    made = back_up(demo_copy, tmp_path / "backups")
    before = table_rows(demo_copy)
    done = run(
        "restore", made["folder"], "--db", demo_copy, "--replace", "--user", "admin", "--json", password=PASSWORD
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    safety_copy = Path(report["safety_backup"])
    assert report["replaced"] is True and safety_copy.parent == tmp_path / "backups"
    database = next(p for p in safety_copy.iterdir() if p.suffix == ".db")
    assert table_rows(database) == before  # the replaced file, every row, including the record of its backup
    assert run("check", "--db", demo_copy).returncode == 0


def test_backup_needs_a_user_and_a_folder_and_a_clerk_does_not_change_it(demo_copy: Path, tmp_path: Path) -> None:
    line = one_line_error(run("backup", "--db", demo_copy, "--user", "clerk", password=PASSWORD))
    assert "No backup folder is set" in line
    done = run("backup", "--db", demo_copy, "--to", tmp_path / "stick", "--user", "clerk", password=PASSWORD)
    assert done.returncode == 0, done.stderr
    assert "backup verified" in done.stdout and "setting was left as it is" in done.stderr
    line = one_line_error(run("backups", "--db", demo_copy))
    assert "no backup folder is set" in line
    listed = run("backups", "--folder", tmp_path / "stick", "--json")
    assert len(json.loads(listed.stdout)["backups"]) == 1
    assert "--user" in one_line_error(run("backup", "--db", demo_copy, password=PASSWORD))
