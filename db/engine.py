"""Engine for one SQLite file with the pragmas every connection must have, or for a PostgreSQL server.

Every transaction that may write starts with ``BEGIN IMMEDIATE``: it takes SQLite's write lock
before the first read, so it waits (up to the busy timeout) for another desk's write to end
instead of reading first and then finding, at its first write, that the file changed meanwhile
(SQLite then fails at once: the busy timeout cannot help a reader that wants to become a writer).
A unit of work that only reads asks for a deferred ``BEGIN`` (``DEFERRED``): in WAL mode it reads
a consistent snapshot and never waits for a writer.

On a PostgreSQL server (a ``postgresql`` URL) a writer runs at READ COMMITTED: rows are locked by the statements that
change them, records carry a version (optimistic locking) and what must be serialised across desks takes an advisory
lock (the audit chain, db/postgres/audit_chain.py). ``DEFERRED`` there means ``REPEATABLE READ, READ ONLY``: one
snapshot for the whole reading unit of work, as SQLite's WAL reader has, that never waits for a writer, and a write
slipped into it is refused by the server itself.
"""

from __future__ import annotations

import sqlite3
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import QueuePool

from db.integrity import file_uri

# How long a write waits for another desk's write to end before giving up with "busy". Long
# enough for an ordinary save of another desk (milliseconds) or a small archiving run, short
# enough that a window never looks frozen for long.
BUSY_TIMEOUT_MS = 5000

# Execution option of a connection whose transactions only read (``engine.execution_options(**DEFERRED)``).
BEGIN_OPTION = "dossier_desk_begin"
DEFERRED = {BEGIN_OPTION: "deferred"}

# What a server shows for this program's connections (pg_stat_activity): which sessions are the desks'.
APPLICATION_NAME = "dossier-desk"
# How long a connection attempt to a server waits before the desk says the server cannot be reached.
CONNECT_TIMEOUT_S = 10


def is_server_url(location: Path | str) -> bool:
    """Whether ``location`` names a PostgreSQL server database (a URL) rather than a local file."""
    return isinstance(location, str) and location.startswith("postgresql")


def server_url(url: str) -> str:
    """``url`` with the psycopg 3 driver: a plain ``postgresql://`` (as a person types it) means psycopg."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise ValueError(f"not a PostgreSQL URL: {parsed.render_as_string(hide_password=True)}")
    return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)


def _set_pragmas(dbapi_connection: Any, _record: Any, *, read_only: bool) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so DDL in
    # migrations is transactional too (SQLAlchemy's documented pysqlite recipe).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if read_only:
            # Belt and braces over mode=ro: no statement of this connection may write.
            cursor.execute("PRAGMA query_only=ON")
            return
        cursor.execute("PRAGMA journal_mode=WAL")
        # FULL: a power cut at the desk must not lose a committed change (R16).
        cursor.execute("PRAGMA synchronous=FULL")
    finally:
        cursor.close()


def _begin(connection: Connection) -> None:
    if connection.get_execution_options().get(BEGIN_OPTION) == "deferred":
        connection.exec_driver_sql("BEGIN")
    else:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def _begin_deferred(connection: Connection) -> None:
    # A read-only file never takes the write lock (SQLite would grant it and then refuse every write).
    connection.exec_driver_sql("BEGIN")


def _transactions_on_server(connection: Connection, *, read_only: bool) -> None:
    """Each connection taken from the pool: how its transactions begin, set on the psycopg connection itself.

    psycopg opens a transaction with its first statement and sends the isolation level and read-only with that BEGIN
    (``BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY``), so a reading unit of work costs no statement of its own for
    them (a ``SET TRANSACTION`` was one more round trip per read). Set at every checkout, for both kinds, because a
    pooled connection serves readers and writers in turn.
    """
    reading = read_only or connection.get_execution_options().get(BEGIN_OPTION) == "deferred"
    import psycopg

    raw = connection.connection.dbapi_connection
    # Between transactions at a checkout (the pool rolled back at the return); psycopg refuses a change inside one.
    raw.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ if reading else psycopg.IsolationLevel.READ_COMMITTED
    raw.read_only = reading


def make_server_engine(url: str, *, read_only: bool = False) -> Engine:
    """An engine on a PostgreSQL database; ``read_only``: every transaction is READ ONLY (the server refuses writes)."""
    engine = create_engine(
        server_url(url),
        isolation_level="READ COMMITTED",
        pool_pre_ping=True,  # a desk left open overnight finds its pooled connections closed by the server
        connect_args={"application_name": APPLICATION_NAME, "connect_timeout": CONNECT_TIMEOUT_S},
    )
    event.listen(engine, "engine_connect", partial(_transactions_on_server, read_only=read_only))
    return engine


def make_engine(location: Path | str, *, read_only: bool = False) -> Engine:
    """An engine on the file ``location`` (``read_only`` opens it with ``mode=ro``: no write, no WAL switch, no
    upgrade) or on the server database that the URL ``location`` names."""
    if isinstance(location, str):
        return make_server_engine(location, read_only=read_only)
    path = location
    if read_only:
        uri = file_uri(path, "mode=ro")
        engine = create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
            poolclass=QueuePool,  # "sqlite://" alone would mean one in-memory connection per thread
        )
        event.listen(engine, "connect", partial(_set_pragmas, read_only=True))
        event.listen(engine, "begin", _begin_deferred)
        return engine
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", partial(_set_pragmas, read_only=False))
    event.listen(engine, "begin", _begin)
    return engine
