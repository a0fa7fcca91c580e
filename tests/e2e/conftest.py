"""What the end-to-end tests share: a small demo made by the real command, copies of it, and the record's hash."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.e2e.test_cli import run

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


def copy_database(source: Path, target: Path) -> Path:
    """A private copy of a database and its scans folder (SQLite's backup: consistent even if WAL is in use)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    shutil.copytree(f"{source}-attachments", f"{target}-attachments")
    return target


# The audit lines a log-in writes (issue 11): a command refused after its user logged in still records the log-in.
LOG_IN_LINES = "entity = 'user' AND action IN ('log_in', 'log_in_failed', 'locked')"


def record_hash(db: Path, *, without_log_ins: bool = False) -> str:
    """A hash of every row of every table (``without_log_ins``: but the audit lines of log-ins and the count of wrong
    passwords they keep on the account). The connection may
    only read (query_only); it is an ordinary one so that closing it takes SQLite's -wal and -shm files away again
    (a read-only one leaves them beside the file)."""
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
