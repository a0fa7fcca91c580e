"""Server-side advisory locks that keep two desks from doing one thing at the same time.

On a file nothing here is needed: a writing unit of work holds SQLite's write lock from its start (``BEGIN
IMMEDIATE``), so two desks' writes never interleave. On a PostgreSQL server writers run side by side at READ
COMMITTED, so what reads "the highest number so far" or "what is not done yet" and then writes must hold a lock of its
own until its transaction ends (``pg_advisory_xact_lock``: released by the commit or the rollback, never left behind by
a desk that crashed).

Two kinds:
- a *run* (archiving a year, generating a month's charges, carrying out a destruction) is tried, never waited for
  (``try_take``): the second desk is told at once that the run is under way elsewhere;
- a *number series* (receipt numbers, 档号, destruction list numbers) is waited for (``take``): numbering is a
  moment's work, and the second desk then reads the first one's number and takes the next.

The keys are fixed: every desk of every version must take the same one for the same thing. They differ from the
program's other advisory locks (the audit log's, the schema's, the search index's).
"""

from __future__ import annotations

from enum import IntEnum

from sqlalchemy import Connection, text


class Lock(IntEnum):
    """One advisory lock key (a bigint) per run or number series."""

    ARCHIVING = 0xD0551E4_A001  # boxing (and binding) a year's dossiers
    FEE_GENERATION = 0xD0551E4_A002  # writing a month's charges
    DESTRUCTION = 0xD0551E4_A003  # carrying out a destruction list
    RECEIPT_NUMBERS = 0xD0551E4_B001  # the receipt series of payments and deposits
    FILE_NUMBERS = 0xD0551E4_B002  # 案卷号 / 档号 given at binding
    DESTRUCTION_LIST_NUMBERS = 0xD0551E4_B003  # 2026-XH-01, …


def _on_server(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql"


def take(connection: Connection, lock: Lock) -> None:
    """Wait for ``lock`` and hold it until this transaction ends (on a file: nothing, the write lock is held)."""
    if _on_server(connection):
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": int(lock)})


def try_take(connection: Connection, lock: Lock) -> bool:
    """Take ``lock`` if no other desk holds it, held until this transaction ends; False when another desk has it.

    Taking it again in the same transaction succeeds (advisory locks stack within a session).
    """
    if not _on_server(connection):
        return True
    return bool(connection.execute(text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": int(lock)}).scalar())
