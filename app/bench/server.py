"""The benchmark on a PostgreSQL server (issue 19): the same demo in fresh databases of the server named by
``dossier-desk bench --db URL``, dropped afterwards.

The demo is built as a file first (the same code and seed as the file's benchmark; its scans need a file's folder)
and its rows are then copied to the server with COPY, table by table, in the order their references need: at the
portfolio scale that takes a fraction of the file's own build, where building through the application on the server
would send one statement per row. The server's search index is then made from the copied rows (its own tables, not
SQLite's FTS) and the tables analysed, as ``check --repair`` and autovacuum would leave them.

The copy goes into a *base* database that nobody keeps open; the benchmark measures a copy of it made by the server
(``CREATE DATABASE … TEMPLATE``), and an operation that writes (a month's charges) gets a fresh copy per sample, as on
a file it gets a fresh copy of the file.
"""

from __future__ import annotations

import re
import secrets
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import MetaData
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from app.bench.bare import conninfo
from app.bench.operations import Measurable, Row
from app.bench.processes import BenchFailed
from app.errors import AppError
from db import search_index
from db.engine import is_server_url, make_server_engine, server_url
from db.schema import create_server_database, shown_location

# Tables the copy leaves out: the search index is each database's own (FTS5 in a file, pg_trgm on a server) and is
# made afresh from the copied rows; the schema's version is written by the server's own create.
_NOT_COPIED = re.compile(r"^(search_.*|alembic_version|sqlite_.*)$")
COPY_BATCH = 5_000  # rows read from the file at a time: bounds the memory of a 350 000-document table


class ServerRefused(BenchFailed):
    """The server cannot be used for the benchmark (unreachable, no right to create databases): one line to show."""


def check_url(url: str) -> str:
    """``url`` as a psycopg URL, or ServerRefused saying what a server URL looks like."""
    if not is_server_url(url):
        raise ServerRefused(f"--db takes a PostgreSQL server URL (postgresql://user@host/database), not {url!r}")
    try:
        return server_url(url)
    except Exception as exc:  # an unparsable URL: SQLAlchemy's own ArgumentError or ValueError
        raise ServerRefused(f"not a PostgreSQL server URL: {_masked(url)} ({exc})") from None


def _masked(url: str) -> str:
    """``url`` as a message may show it: a password in it replaced by stars."""
    return re.sub(r"(//[^:/@]*:)[^@/]*@", r"\1***@", url)


@dataclass
class BenchServer:
    """The server the person named, and the databases the benchmark made on it (dropped by ``close``)."""

    url: str  # as given: the database in it is where the benchmark connects to create its own
    made: list[str] = field(default_factory=list)
    version: str = ""

    @staticmethod
    def connect(url: str) -> BenchServer:
        """Check that the server answers and that its user may create databases."""
        server = BenchServer(check_url(url))
        try:
            with server._admin() as admin:
                version = admin.execute("SHOW server_version").fetchone()
                row = admin.execute(
                    "SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user"
                ).fetchone()
        except psycopg.Error as exc:
            raise ServerRefused(f"cannot reach {server.shown}: {_first_line(exc)}") from None
        if not (row and row[0]):
            raise ServerRefused(
                f"{server.shown}: this user may not create databases (CREATEDB); the benchmark makes its own "
                "bench_… databases and drops them afterwards — use a server (or a role) of your own"
            )
        server.version = str(version[0]) if version else ""
        return server

    @property
    def shown(self) -> str:
        return shown_location(self.url)

    def describe(self) -> str:
        """The database column of the table: which server software (where it is: ``shown``)."""
        return f"PostgreSQL {self.version.split()[0]}" if self.version else "PostgreSQL"

    @contextmanager
    def _admin(self) -> Iterator[psycopg.Connection[Any]]:
        # CREATE/DROP DATABASE cannot run in a transaction.
        with psycopg.connect(conninfo(self.url), autocommit=True, connect_timeout=10) as admin:
            yield admin

    def database_url(self, name: str) -> str:
        return make_url(self.url).set(database=name).render_as_string(hide_password=False)

    def new_name(self, scale: str) -> str:
        return f"bench_{scale}_{secrets.token_hex(4)}"

    def create(self, name: str, template: str | None = None) -> str:
        """A new database (a copy of ``template`` when given, made by the server itself); its URL."""
        with self._admin() as admin:
            statement = sql.SQL("CREATE DATABASE {} TEMPLATE {} ENCODING 'UTF8'").format(
                sql.Identifier(name), sql.Identifier(template or "template0")
            )
            if template and admin.info.server_version >= 150000:
                # PostgreSQL 15 copies through the WAL by default, block by block: a file copy after a checkpoint is
                # several times faster for a database of hundreds of MB (and nothing else writes to the template).
                statement = sql.SQL("{} STRATEGY = FILE_COPY").format(statement)
            self.made.append(name)
            admin.execute(statement)
        return self.database_url(name)

    def drop(self, name: str) -> None:
        with self._admin() as admin:
            force = sql.SQL(" WITH (FORCE)") if admin.info.server_version >= 130000 else sql.SQL("")
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}{}").format(sql.Identifier(name), force))
        if name in self.made:
            self.made.remove(name)

    def close(self) -> None:
        """Drop every database the benchmark made, the newest first."""
        for name in reversed(list(self.made)):
            self.drop(name)


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def copy_file(path: Path, url: str, progress: Callable[[str], None] | None = None) -> dict[str, int]:
    """The rows of the dossier file ``path`` copied into the empty server database ``url``: the schema made by the
    program (``create_server_database``), every table's rows by COPY in the order of their references, the id
    sequences moved past the copied ids, the search index made and the tables analysed. Returns rows per table."""
    say = progress or (lambda _text: None)
    engine = create_server_database(url)
    try:
        metadata = MetaData()
        metadata.reflect(engine)
        tables = [t for t in metadata.sorted_tables if not _NOT_COPIED.match(t.name)]
    finally:
        engine.dispose()
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    counts: dict[str, int] = {}
    try:
        in_file = {name for (name,) in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        with psycopg.connect(conninfo(url)) as target:
            names = [t.name for t in tables]
            # The server's create seeds what a new database starts with (the required papers): the file has them too.
            target.execute(sql.SQL("TRUNCATE {} CASCADE").format(sql.SQL(", ").join(map(sql.Identifier, names))))
            for table in tables:
                if table.name not in in_file:
                    continue
                # The rows are copied as the file holds them, already checked by its own triggers: the server's
                # (protection, the search index's queue) would only mark every row for an index made afterwards.
                target.execute(sql.SQL("ALTER TABLE {} DISABLE TRIGGER USER").format(sql.Identifier(table.name)))
                say(f"copying {table.name}")
                counts[table.name] = _copy_table(source, target, table.name, [c.name for c in table.columns])
            for name in counts:
                _move_sequence(target, name)
            for name in counts:
                target.execute(sql.SQL("ALTER TABLE {} ENABLE TRIGGER USER").format(sql.Identifier(name)))
            target.commit()
    finally:
        source.close()
    say("making the server's search index")
    engine = make_server_engine(url)
    try:
        with engine.begin() as connection:
            search_index.rebuild(connection)
    finally:
        engine.dispose()
    with psycopg.connect(conninfo(url), autocommit=True) as target:
        # Statistics for the planner and the visibility map for index-only scans: what autovacuum leaves a database
        # that has been in use for a while, rather than the state of one just loaded.
        target.execute("VACUUM ANALYZE")
    return counts


def _move_sequence(target: psycopg.Connection[Any], table: str) -> None:
    """The table's id sequence (if it has one) past the copied ids, so the next row the program adds gets a new one."""
    row = target.execute(
        "SELECT pg_get_serial_sequence(%s, 'id') FROM information_schema.columns "
        "WHERE table_schema = 'public' AND table_name = %s AND column_name = 'id'",
        (table, table),
    ).fetchone()
    if row and row[0]:
        target.execute(
            sql.SQL("SELECT setval(%s, (SELECT coalesce(max(id), 0) + 1 FROM {}), false)").format(
                sql.Identifier(table)
            ),
            (row[0],),
        )


def _copy_table(source: sqlite3.Connection, target: psycopg.Connection[Any], table: str, columns: list[str]) -> int:
    present = {row[1] for row in source.execute(f'PRAGMA table_info("{table}")')}
    shared = [c for c in columns if c in present]
    listed = ", ".join(f'"{c}"' for c in shared)
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, shared))
    )
    count = 0
    order = " ORDER BY id" if "id" in present else ""  # rows referring to earlier rows of their table come after them
    cursor = source.execute(f'SELECT {listed} FROM "{table}"{order}')
    with target.cursor().copy(statement) as copy:
        while batch := cursor.fetchmany(COPY_BATCH):
            for row in batch:
                copy.write_row(row)
            count += len(batch)
    return count


@dataclass
class ServerCopies:
    """The databases of one benchmark run: the base the file was copied into (kept closed: the server copies it), the
    copy measured, and a fresh copy for each sample of an operation that writes."""

    server: BenchServer
    base: str
    measured_url: str
    count: int = 0

    def fresh(self) -> str:
        self.count += 1
        return self.server.create(f"{self.base}_copy{self.count}", template=self.base)

    def done(self, url: str) -> None:
        name = make_url(url).database
        if name:
            self.server.drop(name)

    def close(self) -> None:
        """Nothing of its own: the server drops every database the run made (``BenchServer.close``)."""

    def size_mb(self) -> float:
        """The measured database's size on the server (tables, indexes, the search index)."""
        import psycopg

        with psycopg.connect(conninfo(self.measured_url)) as connection:
            row = connection.execute("SELECT pg_database_size(current_database())").fetchone()
        return round(int(row[0]) / 1e6, 1) if row else 0.0


def prepare(server: BenchServer, path: Path, scale: str, progress: Callable[[str], None]) -> ServerCopies:
    """The file's rows in a new base database on ``server``, and the copy of it to measure."""
    base = server.new_name(scale)
    url = server.create(base)
    progress(f"copying the {scale} demo into {base} on {server.shown}")
    copy_file(path, url, progress)
    measured = server.create(f"{base}_measured", template=base)
    return ServerCopies(server, base, measured)


def measure_or_say_why(operation: Measurable[Any], subject: Any, runs: int, database: str) -> list[Row]:
    """The operation's rows on the server, or one row without a time saying what the server answered: an operation
    the program cannot yet do on a server stays in the table (as "—") with the reason, and the rest are measured."""
    try:
        return [row.on(database) for row in operation.measure(subject, runs)]
    except (DBAPIError, AppError) as exc:
        name = getattr(operation, "name", type(operation).__name__)
        unit = getattr(operation, "unit", "ms")
        return [Row.missing(name, unit, database, f"failed on the server: {_first_line(getattr(exc, 'orig', exc))}")]
