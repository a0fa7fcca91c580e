"""Notices between the desks on one PostgreSQL server: what a commit changed, sent with it (NOTIFY), heard by every
other desk that listens (LISTEN), within a moment of the commit.

A notice sent inside a transaction is delivered when it commits, and never when it rolls back, so a desk hears of
exactly what was saved. A file has nothing of the kind: there the desks compare the audit log's newest line instead
(app/other_desks.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, Engine, text

CHANNEL = "dossier_desk_changes"
# PostgreSQL refuses a payload of 8000 bytes or more; a bigger change is sent as "everything changed".
MAX_PAYLOAD = 7900


def send(connection: Connection, payload: str) -> None:
    """Send ``payload`` to the listening desks when this transaction commits (on a file: nothing)."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": payload})


class Listening:
    """A connection of its own, out of the engine's pool, that listens for the notices (psycopg 3).

    Made with the engine's own settings (server, user, password), so whatever let the desk in lets its listener in.
    Used from one thread: the desk's listener (``heard``), then ``close``.
    """

    def __init__(self, engine: Engine) -> None:
        pooled = engine.raw_connection()
        self._connection: Any = pooled.driver_connection
        pooled.detach()  # closed for good with this listener, never handed back to the pool
        self._connection.rollback()  # the pool's ping may have opened a transaction; autocommit needs none open
        self._connection.autocommit = True  # a LISTEN takes effect at once, and notices arrive between statements
        self._connection.execute(f"LISTEN {CHANNEL}")

    def heard(self, timeout: float) -> Iterator[str]:
        """The payloads of the notices that arrive within ``timeout`` seconds (none: an empty iteration)."""
        for notice in self._connection.notifies(timeout=timeout):
            yield notice.payload

    def close(self) -> None:
        self._connection.close()
