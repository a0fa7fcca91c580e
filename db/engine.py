"""Engine for one SQLite file with the pragmas every connection must have.

Every transaction that may write starts with ``BEGIN IMMEDIATE``: it takes SQLite's write lock
before the first read, so it waits (up to the busy timeout) for another desk's write to end
instead of reading first and then finding, at its first write, that the file changed meanwhile
(SQLite then fails at once: the busy timeout cannot help a reader that wants to become a writer).
A unit of work that only reads asks for a deferred ``BEGIN`` (``DEFERRED``): in WAL mode it reads
a consistent snapshot and never waits for a writer.
"""

from __future__ import annotations

import sqlite3
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from db.integrity import file_uri

# How long a write waits for another desk's write to end before giving up with "busy". Long
# enough for an ordinary save of another desk (milliseconds) or a small archiving run, short
# enough that a window never looks frozen for long.
BUSY_TIMEOUT_MS = 5000

# Execution option of a connection whose transactions only read (``engine.execution_options(**DEFERRED)``).
BEGIN_OPTION = "dossier_desk_begin"
DEFERRED = {BEGIN_OPTION: "deferred"}


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


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine on ``path``; ``read_only`` opens it with ``mode=ro`` (no write, no WAL switch, no upgrade)."""
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
