"""The audit log's hash chain and the SQLite triggers that keep it append-only (R16).

Each line of the ``change`` table stores the SHA-256 of its own content and of the line before it
(``prev_hash``), so a line altered, deleted or slipped in afterwards no longer fits the chain. The hash is
computed here, in one place, for the program that writes a line (``Work.log``), the migration that chains the
history written before the chain existed, and ``check`` that recomputes it.

The triggers are SQLite's (on a server the same rules in PL/pgSQL, db/postgres/triggers.py): UPDATE and DELETE
on the log are refused, and an INSERT must continue the chain (the next ``seq`` after the newest line, linked to its
hash). Someone with the file and the sqlite3 shell can drop them; the chain and the anchors kept outside the file
(backup manifests, the printed hand-over list) are what finds that. On a server, appends are serialised across
desks by an advisory lock (``lock_for_append``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from sqlalchemy import Connection, text

from db.postgres import triggers

GENESIS = "0" * 64  # the "previous hash" of the first line

# The advisory lock a server desk holds while it appends to the log (pg_advisory_xact_lock takes a bigint). Fixed and
# never changed: every desk of every version must take the same one. Other advisory locks (archiving, fee runs) use
# other keys.
APPEND_LOCK_KEY = 0xD0551E4_C4A1

# The columns a line's hash covers, in the order ``entry_hash`` takes them (``prev_hash`` last).
CHAIN_COLUMNS = ("seq", "at", "user_id", "dossier_id", "entity", "entity_id", "action", "details", "prev_hash")

TRIGGERS = {
    "change_append_only_update": (
        "CREATE TRIGGER IF NOT EXISTS change_append_only_update BEFORE UPDATE ON change "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: a line cannot be changed'); END"
    ),
    "change_append_only_delete": (
        "CREATE TRIGGER IF NOT EXISTS change_append_only_delete BEFORE DELETE ON change "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: a line cannot be deleted'); END"
    ),
    # A line written past the program (or by a program mistake) must at least continue the chain.
    "change_append_only_insert": (
        "CREATE TRIGGER IF NOT EXISTS change_append_only_insert BEFORE INSERT ON change "
        "WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM change) "
        "OR NEW.prev_hash IS NOT coalesce((SELECT hash FROM change ORDER BY seq DESC LIMIT 1), "
        f"'{GENESIS}') "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is a chain: a line must follow the newest one'); END"
    ),
}


def _timestamp(at: dt.datetime | str) -> str:
    """``at`` as one canonical text, whether it comes as a datetime (the ORM) or as SQLite's text (raw SQL).

    SQLAlchemy stores a DateTime in SQLite as exactly this text ("2026-06-15 10:30:00.000000"), so such a text is
    taken as it is: verifying 100 000 lines does not parse 100 000 dates.
    """
    if isinstance(at, str) and len(at) == 26 and at[10] == " " and at[19] == ".":
        return at
    when = at if isinstance(at, dt.datetime) else dt.datetime.fromisoformat(str(at))
    return when.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def entry_hash(
    seq: int,
    at: dt.datetime | str,
    user_id: int | None,
    dossier_id: int | None,
    entity: str,
    entity_id: int | None,
    action: str,
    details: str,
    prev_hash: str,
) -> str:
    """The hex SHA-256 of one line: its content (``details`` as the JSON text stored) and the previous line's hash.

    The serialisation is a JSON array with fixed separators, so the same content always gives the same bytes.
    """
    content = [int(seq), _timestamp(at), user_id, dossier_id, entity, entity_id, action, details, prev_hash]
    canonical = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def row_hash(row: Any) -> str:
    """``entry_hash`` of a row read with the columns of ``CHAIN_COLUMNS`` (a tuple, or a mapping)."""
    values = [row[c] for c in CHAIN_COLUMNS] if hasattr(row, "keys") else list(row)[: len(CHAIN_COLUMNS)]
    return entry_hash(*values)


def install(connection: Connection) -> None:
    """Create the triggers that keep the log append-only (a new file, and migration 0008); on a server in PL/pgSQL."""
    if connection.dialect.name == "postgresql":
        for refusal in server_refusals():
            triggers.create(connection, refusal)
        return
    if connection.dialect.name != "sqlite":
        return
    for ddl in TRIGGERS.values():
        connection.execute(text(ddl))


def uninstall(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        for refusal in server_refusals():
            triggers.drop(connection, refusal)
        return
    if connection.dialect.name != "sqlite":
        return
    for name in TRIGGERS:
        connection.execute(text(f"DROP TRIGGER IF EXISTS {name}"))


def server_refusals() -> list[triggers.Refusal]:
    """The triggers above in PostgreSQL's dialect (db/postgres/triggers.py translates them)."""
    return [triggers.from_sqlite(ddl) for ddl in TRIGGERS.values()]


def lock_for_append(connection: Connection) -> None:
    """Serialise appends to the log across desks, before the newest line is read (held until this transaction ends).

    SQLite needs nothing: a writing unit of work holds the file's write lock from its start (``BEGIN IMMEDIATE``).
    On a server two desks could otherwise both read line n as the newest and both write an n + 1: the chain would
    fork (and the append-only trigger, reading before the other commits, would not see it). A transaction-level
    advisory lock under one fixed key makes the second desk wait until the first one has committed.
    """
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": APPEND_LOCK_KEY})
