"""Moving the demo to a server and back (``migrate-to-server``, ``export-to-file``): every row and every scan arrives
(counts and hashes compared), ``check`` passes on both ends, the copy works as a desk (a new record gets a new id);
a target that is not empty is refused untouched, and a move failing half-way leaves the target as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from app.desk import Desk
from app.errors import AuthenticationFailed, DatabaseUnusable, PermissionDenied
from app.people import users
from app.permissions import Role
from app.safety import check_file, server_copy
from app.safety.server_check import check_server
from app.safety.server_copy import CopyFailed, export_to_file, migrate_to_server
from db.postgres.triggers import table_names
from db.schema import shown_location
from tests.conftest import PASSWORD
from tests.e2e.test_cli import run


def rows(location: Path | str) -> dict[str, int]:
    with Desk.open(location, read_only=True) as desk, desk.engine.connect() as conn, conn.begin():
        return server_copy.count_rows(conn)


def scans(location: Path | str) -> list[str]:
    with Desk.open(location, read_only=True) as desk, desk.engine.connect() as conn, conn.begin():
        return server_copy.referenced_scans(conn)


def test_the_demo_goes_to_the_server_and_back_whole(demo_copy: Path, pg_url: str, tmp_path: Path) -> None:
    before, hashes = rows(demo_copy), scans(demo_copy)
    assert hashes and before["change"] > 100  # the demo has scans and a long audit log

    there = migrate_to_server(demo_copy, pg_url, "admin", PASSWORD)
    assert dict(there.tables) == before and there.scans == len(hashes)
    assert rows(pg_url) == before and scans(pg_url) == hashes
    server = check_server(pg_url)
    assert server.ok, server.problems
    assert server.audit_entries == before["change"]

    back = tmp_path / "back" / "branch.db"
    back.parent.mkdir()
    returned = export_to_file(pg_url, back, "admin", PASSWORD)
    assert returned.check.ok and returned.scans == len(hashes)
    assert rows(back) == before and scans(back) == hashes
    assert check_file(back).ok and check_file(demo_copy).ok
    assert not list(back.parent.glob(".*"))  # nothing of the build left beside it

    # The copy works as a desk, its users log in with their passwords, and a new record gets an id past the copied
    # ones (the server's sequences were set past them).
    with Desk.open(pg_url) as desk:
        admin = users.log_in(desk, "admin", PASSWORD)
        with desk.work(admin) as work:
            made = users.create_user(work, "newclerk", "新员工", Role.CLERK, PASSWORD)
        assert made.id > before["user"]


def test_a_server_database_that_is_not_empty_is_refused_untouched(demo_copy: Path, pg_url: str) -> None:
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE ledger (id int)"))
    with pytest.raises(DatabaseUnusable, match="already has tables"):
        migrate_to_server(demo_copy, pg_url, "admin", PASSWORD)
    with engine.connect() as conn:
        assert table_names(conn) == {"ledger"}
    engine.dispose()


def test_only_an_administrator_with_the_password_moves_the_record(demo_copy: Path, pg_url: str) -> None:
    with pytest.raises(AuthenticationFailed):
        migrate_to_server(demo_copy, pg_url, "admin", "wrong")
    with pytest.raises(PermissionDenied):
        migrate_to_server(demo_copy, pg_url, "manager", PASSWORD)
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        assert table_names(conn) == set()
    engine.dispose()


def test_a_move_failing_half_way_leaves_the_server_database_empty(
    demo_copy: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = server_copy._copy_scans
    hashes = scans(demo_copy)

    def scans_cut_off(*args: object) -> int:
        real(*args)  # the rows are committed and the scans stored: then a piece of one is changed past the program
        damage = create_engine(pg_url, isolation_level="AUTOCOMMIT")
        with damage.connect() as conn:
            conn.execute(text("SET session_replication_role = replica"))
            conn.execute(
                text("UPDATE attachment_chunk SET data = 'not the scan' WHERE n = 0 AND sha256 = :s"), {"s": hashes[0]}
            )
        damage.dispose()
        return 0

    monkeypatch.setattr(server_copy, "_copy_scans", scans_cut_off)
    with pytest.raises(CopyFailed, match="did not pass the check"):
        migrate_to_server(demo_copy, pg_url, "admin", PASSWORD)
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        assert table_names(conn) == set()
        functions = conn.execute(
            text(
                "SELECT count(*) FROM pg_proc WHERE pronamespace = current_schema()::regnamespace AND prolang = "
                "(SELECT oid FROM pg_language WHERE lanname = 'plpgsql')"
            )
        ).scalar()
        assert functions == 0
    engine.dispose()
    # A new try on the emptied database works.
    monkeypatch.setattr(server_copy, "_copy_scans", real)
    assert migrate_to_server(demo_copy, pg_url, "admin", PASSWORD).check.ok


def test_the_real_commands_move_the_demo_to_the_server_and_back(demo_copy: Path, pg_url: str, tmp_path: Path) -> None:
    """``dossier-desk migrate-to-server`` and ``export-to-file`` as an administrator types them; ``check`` then
    passes on the server and on the file that came back."""
    source = demo_copy
    there = run("migrate-to-server", "--db", source, "--url", pg_url, "--user", "admin", "--json", password=PASSWORD)
    assert there.returncode == 0, there.stderr
    moved = json.loads(there.stdout)
    assert moved["tables"] == rows(source) and moved["check"]["ok"] is True
    assert moved["target"] == shown_location(pg_url) and "dossier@" in moved["target"]

    back = tmp_path / "返回" / "分部 档案.db"
    back.parent.mkdir()
    returned = run("export-to-file", "--db", pg_url, "--out", back, "--user", "admin", password=PASSWORD)
    assert returned.returncode == 0, returned.stderr
    assert f"copied {shown_location(pg_url)} to {back}" in returned.stdout
    assert "check passed" in returned.stdout
    assert rows(back) == rows(source) and scans(back) == scans(source)
    for where in (pg_url.split("+psycopg")[0] + pg_url.split("+psycopg")[1], back):
        checked = run("check", "--db", where)
        assert checked.returncode == 0, checked.stderr
        assert "OK" in checked.stdout

    # A second move into the same (no longer empty) database is refused, and says why.
    again = run("migrate-to-server", "--db", source, "--url", pg_url, "--user", "admin", password=PASSWORD)
    assert again.returncode == 1 and "already has tables" in again.stderr
    assert again.stderr.count("\n") == 1
