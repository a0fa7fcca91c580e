"""Backups of a server database: with pg_dump when it is there, else the program's own export — and the backup
says which; either is verified, restores into an empty server database equal to the original (rows counted per
table, scans by hash, ``check`` passing), and the export restores into a new file too. A database that is not empty
is never restored over."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from app import safety
from app.desk import Desk
from app.errors import AppError
from app.people import users
from app.safety import server_backup, server_copy
from app.safety.copying import BackupFailed
from app.safety.server_backup import restore_to_server
from app.safety.server_check import check_server
from tests.conftest import PASSWORD
from tests.e2e.test_cli import run
from tests.postgres_server import PostgresServer


@pytest.fixture
def demo_on_server(demo_copy: Path, pg_url: str) -> str:
    server_copy.migrate_to_server(demo_copy, pg_url, "admin", PASSWORD)
    return pg_url


@pytest.fixture
def no_pg_dump(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A PC without PostgreSQL's client programs: nothing on PATH, no Debian folder."""
    empty = tmp_path / "no-programs"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.setattr(server_backup, "DEBIAN_BINARIES", empty)


def rows(location: Path | str) -> dict[str, int]:
    with Desk.open(location, read_only=True) as desk, desk.engine.connect() as conn, conn.begin():
        return server_copy.count_rows(conn)


def scans(location: Path | str) -> list[str]:
    with Desk.open(location, read_only=True) as desk, desk.engine.connect() as conn, conn.begin():
        return server_copy.referenced_scans(conn)


def desks_own_database(server: PostgresServer) -> str:
    """An empty database owned by an ordinary role (what an office's administrator makes for the desks)."""
    import psycopg

    name = f"owned_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(host=str(server.socket_folder), user="dossier", dbname="postgres", autocommit=True) as admin:
        admin.execute("DO $$ BEGIN CREATE ROLE desks LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
        admin.execute(f"CREATE DATABASE \"{name}\" OWNER desks TEMPLATE template0 ENCODING 'UTF8'")
    return f"postgresql+psycopg://desks@/{name}?host={server.socket_folder}"


def without_settings(counts: dict[str, int]) -> dict[str, int]:
    return {table: n for table, n in counts.items() if table != "setting"}


def without_search(counts: dict[str, int]) -> dict[str, int]:
    """The records' tables of an export's manifest (it counts the file's every table: its search index, its version,
    the server store's tables, empty in a file)."""
    return {
        table: n
        for table, n in counts.items()
        if not table.startswith(("search_", "alembic_")) and table not in server_copy.STORE_TABLES
    }


def back_up(url: str, folder: Path) -> safety.BackupReport:
    with Desk.open(url) as desk:
        admin = users.log_in(desk, "admin", PASSWORD)
        return safety.back_up(desk, admin, folder)


def manifest(report: safety.BackupReport) -> dict[str, object]:
    document = json.loads((report.folder / "manifest.json").read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    return document


def test_pg_dump_backs_up_a_server_database_and_it_restores_equal(
    demo_on_server: str, postgres_server: PostgresServer, tmp_path: Path
) -> None:
    report = back_up(demo_on_server, tmp_path / "backups")
    made = report.backup
    assert made.method == "pg_dump" and made.database_file == "database.dump"
    # The scans kept in the database are in the dump: listed by hash and size, none shelved beside it.
    assert report.scans == len(scans(demo_on_server)) > 0 and all(size > 0 for _sha, size in made.scans)
    assert not (tmp_path / "backups" / "attachments").exists()
    assert manifest(report)["database"] == {**manifest(report)["database"], "method": "pg_dump"}  # type: ignore[dict-item]
    # The rows the manifest counted are the database's at the dump (after it, the backup was recorded in settings).
    assert without_settings(dict(made.tables)) == without_settings(rows(demo_on_server))
    # Named like a file's backups: a date, a time and the database's name.
    assert made.folder.name.endswith("_" + str(make_url(demo_on_server).database))
    assert safety.list_backups(tmp_path / "backups")[0].method == "pg_dump"

    target = postgres_server.create_database()
    restored = restore_to_server(made.folder, target, "admin", PASSWORD)
    assert restored.method == "pg_dump" and restored.check.ok, restored.check.problems
    # Every row the dump held, and one audit line more: the log-in of the administrator who restored it.
    assert rows(target) == {**dict(made.tables), "change": made.rows("change") + 1}
    assert scans(target) == scans(demo_on_server)

    # Never over a live database: the restored one is not empty now.
    with pytest.raises(AppError, match="already has tables"):
        restore_to_server(made.folder, target, "admin", PASSWORD)
    # The desks' own role restores it too (not a superuser: no owner, no privileges, no comment on an extension).
    owned = desks_own_database(postgres_server)
    assert restore_to_server(made.folder, owned, "admin", PASSWORD).check.ok

    # A dump is not a file: the file restore says what to do instead.
    with pytest.raises(BackupFailed, match="export-to-file"):
        safety.restore(made.folder, tmp_path / "restored.db", "admin", PASSWORD)


def test_without_pg_dump_the_program_exports_itself_and_says_so(
    demo_on_server: str, postgres_server: PostgresServer, tmp_path: Path, no_pg_dump: None
) -> None:
    report = back_up(demo_on_server, tmp_path / "backups")
    made = report.backup
    assert made.method == "logical_export" and made.method_reason == "pg_dump was not found"
    assert manifest(report)["database"]["method"] == "logical_export"  # type: ignore[index]
    assert report.scans == len(scans(demo_on_server)) > 0

    target = postgres_server.create_database()
    restored = restore_to_server(made.folder, target, "admin", PASSWORD)
    assert restored.method == "logical_export" and restored.check.ok, restored.check.problems
    assert rows(target) == without_search(dict(made.tables)) and scans(target) == scans(demo_on_server)
    assert without_settings(rows(target)) == without_settings(rows(demo_on_server))

    # The export is a dossier file: it restores as a new file with the ordinary restore, and checks clean.
    file = tmp_path / "branch" / "dossiers.db"
    file.parent.mkdir()
    safety.restore(made.folder, file, "admin", PASSWORD)
    # (The file restore records its administrator's log-in in the restored file: one audit line more.)
    assert rows(file) == {**rows(target), "change": rows(target)["change"] + 1}
    assert scans(file) == scans(demo_on_server)
    assert safety.check_file(file).ok


def test_a_failed_restore_leaves_the_server_database_empty(
    demo_on_server: str, postgres_server: PostgresServer, tmp_path: Path
) -> None:
    made = back_up(demo_on_server, tmp_path / "backups").backup
    target = postgres_server.create_database()
    with pytest.raises(AppError, match="Unknown user or wrong password"):
        restore_to_server(made.folder, target, "admin", "wrong")
    report = check_server(target)
    assert [p.kind for p in report.problems] == ["not_a_dossier_database"]
    assert "no tables" in report.problems[0].detail


def test_the_real_commands_back_up_a_server_database_and_restore_it(
    demo_on_server: str, postgres_server: PostgresServer, tmp_path: Path
) -> None:
    """``dossier-desk backup --db URL`` says how the backup was made; ``backups`` lists it; ``restore --db URL``
    puts it into an empty server database."""
    typed = demo_on_server.replace("postgresql+psycopg://", "postgresql://")
    made = run("backup", "--db", typed, "--to", tmp_path / "backups", "--user", "admin", password=PASSWORD)
    assert made.returncode == 0, made.stderr
    assert "backup verified:" in made.stdout and "made with pg_dump" in made.stdout
    listed = run("backups", "--folder", tmp_path / "backups", "--json")
    (backup,) = json.loads(listed.stdout)["backups"]
    assert backup["method"] == "pg_dump"

    target = postgres_server.create_database().replace("postgresql+psycopg://", "postgresql://")
    restored = run("restore", backup["folder"], "--db", target, "--user", "admin", password=PASSWORD)
    assert restored.returncode == 0, restored.stderr
    assert "pg_dump) into" in restored.stdout and "check passed" in restored.stdout
    assert run("check", "--db", target).returncode == 0
