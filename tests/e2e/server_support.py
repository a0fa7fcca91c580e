"""A database for an end-to-end test: a file, or a database on the test server, as ``--db`` names it.

The e2e tests run the real command, which takes ``--db FILE`` or ``--db postgresql://…``; a test's checks behind
the command's back (a row counted, a date moved back by SQL) go through ``E2EDatabase`` so that the same test reads
either. SQL given here must be portable (named parameters ``:name``, no SQLite pragmas).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, NullPool, create_engine, inspect, text

FILE = "file"
SERVER = "server"


def typed(url: str) -> str:
    """The test server's URL as a person types it (plain ``postgresql://``, psycopg implied)."""
    return url.replace("postgresql+psycopg://", "postgresql://")


@dataclass(frozen=True)
class E2EDatabase:
    """One test's database: ``kind`` is ``file`` or ``server``; ``location`` the file's path or the SQLAlchemy URL."""

    kind: str
    location: Path | str

    @property
    def arg(self) -> str:
        """What a person types after ``--db``: the file's path, or the server's ``postgresql://…`` address."""
        return str(self.location) if self.kind == FILE else typed(str(self.location))

    @property
    def path(self) -> Path:
        """The file (only a file-only test asks: a server database has none)."""
        assert isinstance(self.location, Path), "a server database has no file"
        return self.location

    def __fspath__(self) -> str:
        # So that ``run("units", "--db", db)`` passes what a person would type, whichever the database is.
        return self.arg

    def __str__(self) -> str:
        return self.arg

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A connection in one transaction, committed on leaving (NullPool: nothing stays open between checks, so a
        file's -wal and -shm go away and a server database can be dropped)."""
        url = f"sqlite:///{self.location}" if self.kind == FILE else str(self.location)
        engine = create_engine(url, poolclass=NullPool)
        try:
            with engine.begin() as conn:
                yield conn
        finally:
            engine.dispose()

    def one(self, sql: str, params: Mapping[str, Any] | None = None) -> tuple[Any, ...]:
        """The first row of ``sql`` (asserted to exist)."""
        with self.connect() as conn:
            row = conn.execute(text(sql), dict(params or {})).first()
        assert row is not None, sql
        return tuple(row)

    def all(self, sql: str, params: Mapping[str, Any] | None = None) -> list[tuple[Any, ...]]:
        with self.connect() as conn:
            return [tuple(row) for row in conn.execute(text(sql), dict(params or {}))]

    def tamper(self, *statements: str, file_triggers: tuple[str, ...]) -> None:
        """Change rows the program itself refuses to change, as someone with the database's own tools would: on a
        file the sqlite3 shell, its ``file_triggers`` dropped first; on a server a superuser's session with every
        trigger off (``session_replication_role = replica``)."""
        with self.connect() as conn:
            if self.kind == FILE:
                for name in file_triggers:
                    conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
            else:
                conn.execute(text("SET session_replication_role = replica"))
            for statement in statements:
                conn.execute(text(statement))

    def execute(self, sql: str, params: Mapping[str, Any] | None = None) -> None:
        """Change rows behind the program's back (as a test's setup does), committed."""
        with self.connect() as conn:
            conn.execute(text(sql), dict(params or {}))


def from_json(value: Any) -> Any:
    """A JSON column as read back: SQLite gives its text, PostgreSQL (jsonb) the value already decoded."""
    import json

    return json.loads(value) if isinstance(value, str) else value


def server_record_hash(db: E2EDatabase, *, log_ins: str | None = None) -> str:
    """A hash of every row of every table of a server database, each table in its primary key's order (``log_ins``:
    a condition on ``change`` whose lines are left out, with the user's count of wrong passwords). What
    conftest.record_hash is for a file."""
    import hashlib

    digest = hashlib.sha256()
    with db.connect() as conn:
        inspector = inspect(conn)
        for table in sorted(inspector.get_table_names()):
            digest.update(table.encode())
            columns = [c["name"] for c in inspector.get_columns(table)]
            if log_ins is not None and table == "user":
                columns = [c for c in columns if c not in ("failed_logins", "locked_until")]
            order = inspector.get_pk_constraint(table)["constrained_columns"] or columns
            where = f" WHERE NOT ({log_ins})" if log_ins is not None and table == "change" else ""
            listed = ", ".join(f'"{c}"' for c in columns)
            ordered = ", ".join(f'"{c}"' for c in order)
            for row in conn.execute(text(f'SELECT {listed} FROM "{table}"{where} ORDER BY {ordered}')):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()
