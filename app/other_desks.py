"""What other desks changed, told to this desk's listeners as its own commits are (``Desk.tell``), so the floor grid
and the open dossiers follow the other desks within a few seconds.

Two ways, one result:
- on a server every commit sends a notice of its change set (``Desk._announce``, db/change_notices.py); ``listen``
  starts a thread that hears them and tells the desk's listeners (from that thread: the UI's ``DeskChanges`` hands
  them to the UI thread);
- on a file, or as the server's fallback, ``poll`` compares the audit log's newest line with the one it saw last and
  builds the change set from the new lines (entity, entity id, dossier), or says "everything changed" when the lines
  do not say what they touched. A command that wrote to the file is seen this way.

A desk's own lines and notices are left out: its own commits were told already.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterable, Sequence
from dataclasses import fields
from typing import Any

from sqlalchemy import or_, select

from app.desk import READ_RECORDS, ChangeSet, Desk, Work
from db import change_notices
from db.models import REGISTERS, Approval, ArchiveBox, Change, Dossier, Floor, Tenancy, TenancyUnit, Unit

# More new lines than this at one poll (a month's charges, an archiving run, an import): everything changed.
MOST_LINES = 500
# How long the listener waits for a notice before it looks whether it should stop (seconds).
LISTEN_STEP = 1.0
# After the listening connection broke (the server restarted): wait this long, then listen again; polls meanwhile.
RETRY_AFTER = 5.0

# The registers' audit entities (their lists re-read on a change); the surveys and forms are registers too.
_REGISTER_ENTITIES = {*REGISTERS, "survey", "survey_answer", "form_record"}
_REGISTER_NAMES = {"survey_answer": "survey", "form_record": "form"}
# issue 20: the customers' people and the cards and keys to recover are the staff register's lines.
_REGISTER_ENTITIES |= {"staff_member", "staff_item"}
_REGISTER_NAMES |= {"staff_member": "staff", "staff_item": "staff"}
# Lines that change nothing another desk shows: readings of the record, log-ins.
_NOT_CHANGES = {*READ_RECORDS, "log_in", "log_in_failed"}


def changes_from_notice(payload: str) -> tuple[str, int, ChangeSet | None]:
    """A notice's sending desk, its newest audit line and its change set (None: everything changed)."""
    notice: dict[str, Any] = json.loads(payload)
    if notice.get("everything"):
        return notice["desk"], int(notice.get("seq", 0)), None
    known = {f.name for f in fields(ChangeSet)}
    given = {name: frozenset(ids) for name, ids in notice.get("changes", {}).items() if name in known}
    return notice["desk"], int(notice.get("seq", 0)), ChangeSet(**given)


def everything(work: Work) -> ChangeSet:
    """A change set naming everything a view shows (a change too big to say, or a line that does not say)."""
    session = work.session
    return ChangeSet(
        units=frozenset(session.scalars(select(Unit.id))),
        dossiers=frozenset(session.scalars(select(Dossier.id))),
        boxes=frozenset(session.scalars(select(ArchiveBox.id))),
        approvals=frozenset(session.scalars(select(Approval.id))),
        fees=frozenset(session.scalars(select(Tenancy.id))),
        registers=frozenset({*REGISTERS, "survey", "form"}),
    )


def changes_from_lines(work: Work, lines: Sequence[Change]) -> ChangeSet:
    """What the audit lines ``lines`` changed, as the views need it: a dossier's line touches its tenancy's units and
    customer too (the floor grid's cards); a line that names nothing narrower means everything changed."""
    buildings: set[int] = set()
    units: set[int] = set()
    customers: set[int] = set()
    dossiers: set[int] = set()
    documents: set[int] = set()
    boxes: set[int] = set()
    approvals: set[int] = set()
    users: set[int] = set()
    tenancies: set[int] = set()
    registers: set[str] = set()
    floors: set[int] = set()
    named = {
        "building": buildings,
        "unit": units,
        "customer": customers,
        "dossier": dossiers,
        "document": documents,
        "archive_box": boxes,
        "approval": approvals,
        "user": users,
        "tenancy": tenancies,
        "floor": floors,
    }
    for line in lines:
        if line.action in _NOT_CHANGES:
            continue
        if line.dossier_id is not None:
            dossiers.add(line.dossier_id)
        if line.entity in _REGISTER_ENTITIES:
            registers.add(_REGISTER_NAMES.get(line.entity, line.entity))
        elif line.entity in named and line.entity_id is not None:
            named[line.entity].add(line.entity_id)
        elif line.dossier_id is None:
            return everything(work)
    if floors:
        buildings |= set(work.session.scalars(select(Floor.building_id).where(Floor.id.in_(floors))))
    if dossiers or tenancies:
        rows = work.session.execute(
            select(Tenancy.id, Tenancy.customer_id, Dossier.id, TenancyUnit.unit_id)
            .join(Dossier, Dossier.tenancy_id == Tenancy.id, isouter=True)
            .join(TenancyUnit, TenancyUnit.tenancy_id == Tenancy.id, isouter=True)
            .where(or_(Dossier.id.in_(dossiers), Tenancy.id.in_(tenancies)))
        ).all()
        for tenancy_id, customer_id, dossier_id, unit_id in rows:
            tenancies.add(tenancy_id)
            customers.add(customer_id)
            if dossier_id is not None:
                dossiers.add(dossier_id)
            if unit_id is not None:
                units.add(unit_id)
    return ChangeSet(
        buildings=frozenset(buildings),
        units=frozenset(units),
        customers=frozenset(customers),
        dossiers=frozenset(dossiers),
        documents=frozenset(documents),
        boxes=frozenset(boxes),
        approvals=frozenset(approvals),
        users=frozenset(users),
        fees=frozenset(tenancies),
        registers=frozenset(registers),
    )


class OtherDesks:
    """Follows what other desks change in ``desk``'s database and tells ``desk``'s listeners."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self._lock = threading.Lock()  # the listener thread and the poll both move ``_seen``
        self._seen = self._newest()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def listening(self) -> bool:
        """Whether notices are heard (a server desk after ``listen``); else only ``poll`` sees other desks."""
        return self._thread is not None and self._thread.is_alive()

    def _newest(self) -> int:
        with self.desk.read(None) as work:
            return work.session.scalar(select(Change.seq).order_by(Change.seq.desc()).limit(1)) or 0

    def _saw(self, seq: int) -> None:
        with self._lock:
            self._seen = max(self._seen, seq)

    def poll(self) -> ChangeSet | None:
        """Look whether other desks wrote since the last look; tell the listeners what they changed (also returned;
        None when nothing new). One short read: the newest lines past the last one seen."""
        with self._lock:
            seen = self._seen
        with self.desk.read(None) as work:
            lines = work.session.scalars(
                select(Change).where(Change.seq > seen).order_by(Change.seq).limit(MOST_LINES + 1)
            ).all()
            if not lines:
                return None
            newest = lines[-1].seq
            own = set(self.desk.own_lines)
            theirs = [line for line in lines if line.seq not in own]
            if len(lines) > MOST_LINES:
                newest = work.session.scalar(select(Change.seq).order_by(Change.seq.desc()).limit(1)) or newest
                changes = everything(work)
            else:
                changes = changes_from_lines(work, theirs) if theirs else ChangeSet()
        self._saw(newest)
        self.desk.tell(changes)
        return changes if changes else None

    def listen(self) -> None:
        """On a server, hear the other desks' notices on a thread of its own until ``close`` (on a file: nothing)."""
        if not self.desk.on_server or self._thread is not None:
            return
        self._thread = threading.Thread(target=self._listen, name="other-desks", daemon=True)
        self._thread.start()

    def _listen(self) -> None:
        while not self._stop.is_set():
            try:
                listening = change_notices.Listening(self.desk.engine)
            except Exception:  # the server cannot be reached just now: the poll carries on meanwhile
                self._stop.wait(RETRY_AFTER)
                continue
            try:
                while not self._stop.is_set():
                    self.heard(listening.heard(LISTEN_STEP))
            except Exception:  # the connection broke: listen again after a pause
                self._stop.wait(RETRY_AFTER)
            finally:
                with contextlib.suppress(Exception):  # a broken connection may refuse even to close
                    listening.close()

    def heard(self, payloads: Iterable[str]) -> None:
        """Tell the listeners what the notices with ``payloads`` say, leaving out this desk's own."""
        for payload in payloads:
            sender, seq, changes = changes_from_notice(payload)
            if sender == self.desk.token:
                continue  # this desk's own commit, told already
            if changes is None:
                with self.desk.read(None) as work:
                    changes = everything(work)
            self._saw(seq)
            self.desk.tell(changes)

    def close(self) -> None:
        """Stop listening (the thread ends within ``LISTEN_STEP``)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(LISTEN_STEP + 2)
            self._thread = None
