"""SQLite's refusing triggers, the same rules, as PL/pgSQL triggers on a PostgreSQL server.

The rules are written once, as the SQLite triggers of db/protection.py and db/audit_chain.py (each one a ``BEFORE``
event, an optional ``WHEN`` condition and one ``RAISE(ABORT, message)``). This module reads those and makes each
a PL/pgSQL function and a row trigger of the same name: the two databases cannot drift apart. PostgreSQL's trigger
``WHEN`` may not hold a subquery, so the condition moves into the function (``IF … THEN RAISE``); SQLite's
null-safe ``IS``/``IS NOT`` between values become ``IS NOT DISTINCT FROM``/``IS DISTINCT FROM``.

A refusal is raised with SQLSTATE 23000 (integrity_constraint_violation): the driver reports it as an
``IntegrityError`` with the message as SQLite's, so the app maps both the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection

_SQLITE_TRIGGER = re.compile(
    r"CREATE TRIGGER (?:IF NOT EXISTS )?(?P<name>\w+)\s+BEFORE (?P<event>.+?) ON (?P<table>\w+)\s+"
    r"(?:WHEN (?P<condition>.*?)\s+)?BEGIN SELECT RAISE\(ABORT, '(?P<message>.*)'\);\s*END\s*$",
    re.DOTALL,
)
_IS_NOT = re.compile(r"\bIS NOT (?!NULL\b)")
_IS = re.compile(r"\bIS (?!NOT\b|NULL\b|DISTINCT\b)")


@dataclass(frozen=True)
class Refusal:
    """One trigger: refuse ``event`` on ``table`` when ``condition`` holds (always when None), saying ``message``."""

    name: str
    event: str  # "UPDATE OF a, b", "DELETE", "INSERT"
    table: str
    condition: str | None  # SQL over NEW/OLD in PostgreSQL's dialect
    message: str  # already quoted for a SQL literal ('' for ')

    @property
    def columns(self) -> tuple[str, ...]:
        """The columns of an ``UPDATE OF`` event (PostgreSQL checks they exist when the trigger is made)."""
        _update, _of, named = self.event.partition(" OF ")
        return tuple(c.strip() for c in named.split(",")) if named else ()


def from_sqlite(ddl: str) -> Refusal:
    """The rule of one SQLite trigger of this program, in PostgreSQL's dialect."""
    match = _SQLITE_TRIGGER.match(ddl.strip())
    if match is None:
        raise ValueError(f"not a refusing trigger of the form this module translates: {ddl[:80]}")
    condition = match["condition"]
    if condition is not None:
        condition = _IS.sub("IS NOT DISTINCT FROM ", _IS_NOT.sub("IS DISTINCT FROM ", condition))
    return Refusal(match["name"], " ".join(match["event"].split()), match["table"], condition, match["message"])


def _function(refusal: Refusal) -> str:
    # The row returned lets the change through: NEW for an insert or update, OLD for a delete (NEW is NULL there).
    row = "OLD" if refusal.event == "DELETE" else "NEW"
    raise_ = f"RAISE EXCEPTION USING MESSAGE = '{refusal.message}', ERRCODE = 'integrity_constraint_violation';"
    body = raise_ if refusal.condition is None else f"IF {refusal.condition} THEN {raise_} END IF;"
    return (
        f"CREATE OR REPLACE FUNCTION {refusal.name}() RETURNS trigger LANGUAGE plpgsql AS $body$ "
        f"BEGIN {body} RETURN {row}; END $body$"
    )


def drop(connection: Connection, refusal: Refusal) -> None:
    connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {refusal.name} ON {refusal.table}")
    connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS {refusal.name}()")


def create(connection: Connection, refusal: Refusal) -> None:
    """(Re)create the function and the row trigger of ``refusal``; its table must exist."""
    drop(connection, refusal)
    connection.exec_driver_sql(_function(refusal))
    connection.exec_driver_sql(
        f"CREATE TRIGGER {refusal.name} BEFORE {refusal.event} ON {refusal.table} "
        f"FOR EACH ROW EXECUTE FUNCTION {refusal.name}()"
    )


def columns_of(connection: Connection) -> dict[str, set[str]]:
    """Each table of the connection's current schema and its columns."""
    query = "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()"
    found: dict[str, set[str]] = {}
    for table, column in connection.exec_driver_sql(query):
        found.setdefault(str(table), set()).add(str(column))
    return found


def table_names(connection: Connection) -> set[str]:
    """The tables of the connection's current schema."""
    query = "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
    return set(connection.exec_driver_sql(query).scalars())
