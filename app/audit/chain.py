"""Verifying the audit log's hash chain, and comparing it with an anchor kept outside the file (R16).

The chain is recomputed line by line (db/audit_chain.py says what a line's hash covers). The first line that
does not fit is named, with what most likely happened to it:

* altered: its content no longer gives its hash (it was changed after it was written);
* rewritten: the line is whole but the one before it is not what it was linked to (that one was changed and
  its hash recomputed);
* deleted: lines are missing before it (its place number jumps, its link points at a line that is not there);
* inserted: a line that neither links to the one before it nor matches its own hash, or has no hash at all
  (written past the program, e.g. with the sqlite3 shell).

A consistent chain only proves that nobody changed it *without recomputing the hashes after the change*: the
hash function is public. What was written before the newest anchor (a backup's manifest, the printed hand-over
list) is proven by comparing with it: the anchored line must still be there with the anchored hash.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from app.desk import Work
from db import audit_chain
from db.models import Change

_HEX64 = re.compile(r"[0-9a-f]{64}")

# The columns verification reads, in this order (plain SQL: any database's driver can run it).
CHAIN_QUERY = (
    "SELECT seq, at, user_id, dossier_id, entity, entity_id, action, details, prev_hash, hash, id "
    "FROM change ORDER BY seq, id"
)


@dataclass(frozen=True)
class ChainBreak:
    """The first line of the audit log that does not fit the chain."""

    kind: str  # "altered", "rewritten", "deleted" or "inserted"
    seq: int  # the place of the line named (for "deleted": the first line after the gap)
    entry_id: int  # its row id in the file
    at: str
    entity: str
    entity_id: int | None
    action: str
    missing: int = 0  # for "deleted": how many place numbers are missing before it

    def describe(self) -> str:
        line = f"audit entry {self.seq} (id {self.entry_id}, {self.at}, {self.entity} {self.entity_id or ''} "
        line = line.rstrip() + f" {self.action})"
        if self.kind == "altered":
            return f"{line} no longer matches its hash: it was changed after it was written"
        if self.kind == "rewritten":
            return f"{line} is linked to a different entry {self.seq - 1} than the one there: that one was changed"
        if self.kind == "deleted":
            if self.missing:
                return f"{self.missing} audit entr{'y' if self.missing == 1 else 'ies'} before {line} were deleted"
            return f"the audit entry before {line} was deleted (its link leads to a line that is not there)"
        return f"{line} was inserted: it is not linked into the chain the program wrote"


@dataclass(frozen=True)
class ChainReport:
    """The audit log as verified: how many lines, the head (the newest line's hash), the first break if any."""

    count: int  # lines in the log
    verified: int  # lines verified before the first break (all of them when it is whole)
    head_hash: str  # the newest line's stored hash (GENESIS for an empty log)
    first_break: ChainBreak | None
    hashes: dict[int, str]  # seq → stored hash, for comparing with anchors

    @property
    def ok(self) -> bool:
        return self.first_break is None


@dataclass(frozen=True)
class Anchor:
    """The chain's head as recorded outside the file: after ``count`` lines, the newest one's hash."""

    count: int
    hash: str
    where: str  # e.g. "the backup 2026-06-15_103000_dossiers (2026-06-15 10:30)"
    made_at: dt.datetime | None = None


def _break(kind: str, row: Sequence[Any], missing: int = 0) -> ChainBreak:
    seq, at, _user, _dossier, entity, entity_id, action = row[:7]
    return ChainBreak(kind, int(seq), int(row[10]), str(at)[:19], str(entity), entity_id, str(action), missing)


def _hash_of(row: Sequence[Any]) -> str | None:
    try:
        return audit_chain.row_hash(row)
    except (ValueError, TypeError):  # a time that is no time, written by hand: it cannot match
        return None


def verify_chain(rows: Iterable[Sequence[Any]]) -> ChainReport:
    """Recompute the chain over ``rows`` (the columns of ``CHAIN_QUERY``, in its order) and find the first break."""
    previous_seq, previous_hash = 0, audit_chain.GENESIS
    first: ChainBreak | None = None
    count = verified = 0
    hashes: dict[int, str] = {}
    for row in rows:
        count += 1
        seq, prev_hash, stored = row[0], row[8], row[9]
        hashes[int(seq)] = str(stored)
        if first is None:
            wellformed = isinstance(stored, str) and bool(_HEX64.fullmatch(stored))
            content_ok = wellformed and _hash_of(row) == stored
            link_ok = prev_hash == previous_hash
            seq_ok = seq == previous_seq + 1
            if content_ok and link_ok and seq_ok:
                verified += 1
            elif not wellformed or not isinstance(prev_hash, str) or not _HEX64.fullmatch(prev_hash):
                first = _break("inserted", row)
            elif content_ok and seq > previous_seq + 1:
                first = _break("deleted", row, missing=int(seq) - previous_seq - 1)
            elif content_ok and seq_ok:
                # The line is whole; the one before it is not the line it was linked to.
                first = _break("rewritten", row) if count > 1 else _break("deleted", row)
            elif link_ok and seq_ok:
                first = _break("altered", row)
            else:
                first = _break("inserted", row)
        previous_seq, previous_hash = int(seq), str(stored)
    head = previous_hash if count else audit_chain.GENESIS
    return ChainReport(count, verified, head, first, hashes)


def chain_head(work: Work) -> tuple[int, str]:
    """The log's entries and its newest line's hash now: the anchor a printout (the hand-over list) carries."""
    work.require_read()
    count = work.session.scalar(select(func.count(Change.id))) or 0
    head = work.session.scalar(select(Change.hash).order_by(Change.seq.desc()).limit(1))
    return count, head or audit_chain.GENESIS


def verify_connection(connection: Any) -> ChainReport:
    """Verify the log of a DB-API connection (``sqlite3`` for ``check``, which reads the file without a Desk)."""
    cursor = connection.execute(CHAIN_QUERY)

    def batches() -> Iterable[Sequence[Any]]:
        # In batches: stepping the cursor row by row costs more than the hashing (measured on 100 000 lines).
        while rows := cursor.fetchmany(5000):
            yield from rows

    return verify_chain(batches())


def compare_with_anchor(report: ChainReport, anchor: Anchor) -> str | None:
    """What is wrong when the file's chain does not continue the anchored one; None when it does."""
    if anchor.count == 0:
        return None
    if report.count < anchor.count:
        return (
            f"the audit log has {report.count} entries, but {anchor.where} recorded {anchor.count}: the newest "
            f"{anchor.count - report.count} were cut off (or an older backup was restored)"
        )
    if report.hashes.get(anchor.count) != anchor.hash:
        return (
            f"audit entry {anchor.count} is not the one {anchor.where} recorded (hash {anchor.hash[:12]}…): "
            "the log was rewritten up to there"
        )
    return None
