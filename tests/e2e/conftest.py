"""What the end-to-end tests share: a small demo made by the real command, copies of it, and the record's hash.

A test that takes ``database_kind`` (directly or through ``demo_database``) runs twice, ids ``[file]`` and
``[server]``: the real command on a file and on a database of the test server, typed as a person types it. Tests about
the file itself are marked ``@pytest.mark.file_only("why")`` and get only ``[file]`` (as in tests/unit/conftest.py).
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest

from tests.conftest import PASSWORD
from tests.e2e.server_support import FILE, SERVER, E2EDatabase, server_record_hash
from tests.e2e.test_cli import run
from tests.server_templates import ServerTemplates

# The brief's small demo: three floors of four units, three years, so a kill can land anywhere in a few seconds.
# As of a fixed day, so every run has the same record; 2025 is left for the archiving, earlier years are boxed.
DEMO_PASSWORD = "demo-pass-1"
SMALL_DEMO = ("--floors", "3", "--units-per-floor", "4", "--years", "3", "--password", DEMO_PASSWORD)
AS_OF = ("--as-of", "2026-06-15")
OPEN_YEAR = "2025"
BOXED_YEAR = "2024"


@pytest.fixture(scope="session")
def small_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo, made once by ``dossier-desk demo`` (so its passwords are hashed as the command hashes them,
    and logging in never rewrites them); copy it before running anything that may write."""
    path = tmp_path_factory.mktemp("small-demo") / "F.db"
    made = run("demo", path, *SMALL_DEMO, *AS_OF)
    assert made.returncode == 0, made.stderr
    return path


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "database_kind" not in metafunc.fixturenames:
        return
    kinds = [FILE] if metafunc.definition.get_closest_marker("file_only") else [FILE, SERVER]
    metafunc.parametrize("database_kind", kinds, indirect=True)


@pytest.fixture
def database_kind(request: pytest.FixtureRequest) -> str:
    """Which database this test's command works on: ``file`` or ``server``."""
    return str(getattr(request, "param", FILE))


def migrated(source: Path, password: str = DEMO_PASSWORD) -> Callable[[str], None]:
    """Fill a template with the file ``source`` as an office moves its file to a server (migrate-to-server)."""

    def build(url: str) -> None:
        from app.safety import server_copy

        server_copy.migrate_to_server(source, url, "admin", password)

    return build


@pytest.fixture
def demo_database(
    database_kind: str, small_demo: Path, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[E2EDatabase]:
    """A private copy of the small demo: a file, or a server database copied from a template that holds the demo
    moved to the server once per test process (``CREATE DATABASE … TEMPLATE``), dropped after the test."""
    if database_kind == SERVER:
        templates: ServerTemplates = request.getfixturevalue("server_templates")
        url = templates.copy("small_demo", migrated(small_demo), prefix="e2e")
        yield E2EDatabase(SERVER, url)
        templates.drop(url)
    else:
        yield E2EDatabase(FILE, copy_database(small_demo, tmp_path / "F.db"))


@pytest.fixture
def demo_copy_database(
    database_kind: str, demo_db: Path, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[E2EDatabase]:
    """A private copy of the shared test demo (tests/conftest.py ``demo_db``, password ``PASSWORD``, without money):
    a file as ``demo_copy``, or a server database copied from a template holding it, dropped after the test. The
    template is the unit tests' own "demo" (tests/server_templates.py): the demo is moved to the server once per
    test process, not once for each suite."""
    if database_kind == SERVER:
        templates: ServerTemplates = request.getfixturevalue("server_templates")
        url = templates.copy("demo", migrated(demo_db, PASSWORD), prefix="e2e")
        yield E2EDatabase(SERVER, url)
        templates.drop(url)
    else:
        yield E2EDatabase(FILE, request.getfixturevalue("demo_copy"))


def copy_database(source: Path, target: Path) -> Path:
    """A private copy of a database and its scans folder (SQLite's backup: consistent even if WAL is in use)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    shutil.copytree(f"{source}-attachments", f"{target}-attachments")
    return target


# The audit lines a log-in writes (issue 11): a command refused after its user logged in still records the log-in.
LOG_IN_LINES = "entity = 'user' AND action IN ('log_in', 'log_in_failed', 'locked')"


def record_hash(db: Path | E2EDatabase, *, without_log_ins: bool = False) -> str:
    """A hash of every row of every table (``without_log_ins``: but the audit lines of log-ins and the count of wrong
    passwords they keep on the account). The connection may
    only read (query_only); it is an ordinary one so that closing it takes SQLite's -wal and -shm files away again
    (a read-only one leaves them beside the file)."""
    if isinstance(db, E2EDatabase):
        if db.kind == SERVER:
            return server_record_hash(db, log_ins=LOG_IN_LINES if without_log_ins else None)
        db = db.path
    digest = hashlib.sha256()
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA query_only = ON")
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            digest.update(table.encode())
            where = f" WHERE NOT ({LOG_IN_LINES})" if without_log_ins and table == "change" else ""
            columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
            if without_log_ins and table == "user":  # and the count of wrong passwords a refused log-in adds to
                columns = [c for c in columns if c not in ("failed_logins", "locked_until")]
            listed = ", ".join(f'"{c}"' for c in columns)
            (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()
            order = listed if "WITHOUT ROWID" in (sql or "").upper() else "rowid"  # the search index's own tables
            for row in conn.execute(f'SELECT {listed} FROM "{table}"{where} ORDER BY {order}'):
                digest.update(repr(row).encode())
    return digest.hexdigest()


def listing(folder: Path) -> list[str]:
    """Every file and folder under ``folder``, hidden (temporary) names included."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))
