"""The benchmark on a PostgreSQL server (issue 19): ``dossier-desk bench --db URL`` at small scale against the test
server — the same operations as on a file, in a table whose database column names the server, the window's rows
kept as "—" with their reason, and the databases it made dropped afterwards. How fast anything is, is not asserted."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg

from app import people
from app.bench.bare import conninfo
from app.desk import Desk
from app.search import search
from tests.bench.test_bench_command import OPERATIONS
from tests.conftest import PASSWORD
from tests.e2e.test_cli import run
from tests.postgres_server import ADMIN, PostgresServer

WINDOW = {"cold start to the painted window", "floor tab switch", "open the largest dossier", "peak memory"}


def _databases(server: PostgresServer) -> set[str]:
    with psycopg.connect(host=str(server.socket_folder), user=ADMIN, dbname="postgres") as admin:
        return {name for (name,) in admin.execute("SELECT datname FROM pg_database")}


def test_bench_on_a_server_prints_the_same_table_naming_the_server_and_drops_its_databases(
    postgres_server: PostgresServer,
) -> None:
    before = _databases(postgres_server)
    result = run(
        "bench", "--scale", "small", "--runs", "1", "--db", postgres_server.url(), env={"QT_QPA_PLATFORM": "offscreen"}
    )
    assert result.returncode == 0, result.stderr
    heading, _, rest = result.stdout.partition("\n\n")
    table, _, notes = rest.partition("\n\n")
    # The heading says which server (never a password: the test server has none) and how long the copy took.
    assert heading.startswith("PostgreSQL 1"), heading
    assert f"{ADMIN}@{postgres_server.socket_folder}/postgres" in heading
    assert "copied to the server in " in heading and "units 48" in heading
    lines = table.splitlines()
    assert lines[0].split() == ["operation", "database", "ours", "floor", "ratio"]
    by_name = {name: next(line for line in lines[2:] if line.startswith(name)) for name in OPERATIONS}
    for name, line in by_name.items():
        assert " PostgreSQL 1" in line, line  # the database column names the server on every row
        cells = line.split()
        if name in WINDOW:
            assert cells[-3:] == ["—", "—", "—"], line
        else:
            assert cells[-4] == "ms" and cells[-2] == "ms" and cells[-1].endswith("×"), line
            assert float(cells[-5]) > 0 and float(cells[-3]) > 0, line
    assert len(lines) - 2 == len(OPERATIONS) + 1  # and peak memory, on a file only
    assert "cold start to the painted window, floor tab switch, open the largest dossier, peak memory: " in notes
    # Progress says where the copy went; every bench_… database is gone afterwards.
    assert " on " in result.stderr and "bench: copying the small demo into bench_small_" in result.stderr
    made = result.stderr.split("bench: copying the small demo into ", 1)[1].split()[0]
    after = _databases(postgres_server)
    assert made not in after and not {name for name in after - before if name.startswith("bench_")}


def test_the_copy_to_a_server_keeps_every_row_and_leaves_a_database_the_program_works_on(
    demo_db: Path, pg_url: str
) -> None:
    from app.bench.server import copy_file  # the benchmark's own copy (what bench --db measures on)

    counts = copy_file(demo_db, pg_url)
    file = sqlite3.connect(f"file:{demo_db}?mode=ro", uri=True)
    server = psycopg.connect(conninfo(pg_url))
    try:
        tables = [
            name
            for (name,) in file.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
            if not name.startswith("search_") and name != "alembic_version"
        ]
        assert {"customer", "dossier", "document", "change", "user"} <= set(tables)
        for name in tables:
            (in_file,) = file.execute(f'SELECT count(*) FROM "{name}"').fetchone()
            (on_server,) = server.execute(f'SELECT count(*) FROM "{name}"').fetchone() or (None,)
            assert (name, on_server) == (name, in_file) and counts.get(name, 0) == in_file
        # The next row the program adds gets a new id; the protection triggers are on again.
        (fresh,) = server.execute("SELECT nextval(pg_get_serial_sequence('customer', 'id'))").fetchone() or (0,)
        assert fresh > file.execute("SELECT max(id) FROM customer").fetchone()[0]
        disabled = server.execute("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled = 'D'").fetchall()
        assert disabled == []
        name, initials = file.execute("SELECT name, name_initials FROM customer ORDER BY id LIMIT 1").fetchone()
    finally:
        server.close()
        file.close()
    # The program opens it, logs in with the demo's password, and quick find finds a customer by its name and its
    # pinyin initials in the server's own search index (made from the copied rows).
    with Desk.open(pg_url) as desk:
        actor = people.log_in(desk, "clerk", PASSWORD)
        with desk.read(actor) as work:
            assert search(work, name[:4], 50), name
            assert search(work, initials[:4], 50), initials
