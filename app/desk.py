"""An open dossier database and the unit of work every user action runs in.

One ``Work`` per user action (SQLAlchemy's advice for GUI programs): it opens a session,
checks the acting user's permission for each step, collects what changed, and commits
everything or nothing. Results leave as frozen dataclasses, never ORM objects.

Several desks (windows, commands) may use one file at once. ``Desk.work`` takes SQLite's write
lock before its first read, so writes wait their turn (up to the busy timeout) and never fail
half-way because another desk wrote meanwhile; a lock held too long is the ``Busy`` app error.
``Desk.read`` is for actions that only read: no lock, never waits. A form saved over a record
someone else changed since it was read is refused (``ChangedMeanwhile``, the record's version).

A desk may also be a database on a PostgreSQL server (``Desk.create(url)`` / ``Desk.open(url)`` with a
``postgresql://`` URL): the same units of work, the server's own locks (db/engine.py), the audit log's appends
serialised across desks by an advisory lock (db/audit_chain.py). Such a desk has no file (``Desk.path`` is for files;
``Desk.location`` names either); its scans are kept in the database itself or in a shared folder, as the administrator
chose (db/blob_store.py).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.errors import AppError, Busy, ChangedMeanwhile, Conflict, DatabaseUnusable, PermissionDenied, ReadOnly
from app.file_lock import FileLock
from app.network_share import on_network_share
from app.permissions import READING_ACTIONS, Action, Role, allowed, require
from app.text import QT_TRANSLATE_NOOP
from db import audit_chain, blob_store, change_notices, search_index
from db.attachment_store import AttachmentStore, FolderAttachmentStore, attachments_folder_for
from db.engine import DEFERRED, is_server_url
from db.models import Change, User
from db.protection import PREFIX as PROTECTION_PREFIX
from db.schema import (
    SchemaError,
    create_database,
    create_server_database,
    open_database,
    open_server_database,
    shown_location,
)


class ReadOnlyReason(StrEnum):
    """Why a desk may not write."""

    ASKED = "asked"  # opened read-only on purpose, e.g. because another window has the file open
    NETWORK = "network"  # the file is on a network share, where SQLite's WAL cannot be shared safely


@dataclass(frozen=True)
class Actor:
    """The logged-in user an action is done by."""

    user_id: int
    login: str
    display_name: str
    role: Role
    # An administrator set the password: until its user changes it, that is all they may do (Work.require).
    must_change_password: bool = False


@dataclass(frozen=True)
class ChangeSet:
    """What one committed action touched, so views refresh only that."""

    buildings: frozenset[int] = frozenset()
    units: frozenset[int] = frozenset()
    customers: frozenset[int] = frozenset()
    dossiers: frozenset[int] = frozenset()
    documents: frozenset[int] = frozenset()
    boxes: frozenset[int] = frozenset()  # archive boxes made, moved, or whose contents changed
    approvals: frozenset[int] = frozenset()  # requests for the manager's consent made, decided or used
    users: frozenset[int] = frozenset()  # user accounts changed (a window re-reads its user's rights)
    # Live dossiers whose label text changed (the tenant was renamed): their printed label is out of date (R5).
    relabelled: frozenset[int] = frozenset()
    # issue 15: tenancies whose charges, payments, deposits or chasing log changed (their ledger and arrears).
    fees: frozenset[int] = frozenset()
    # issue 16: the registers with a record added or moved on ("repair", "complaint", "violation", "fit_out",
    # "survey", "form"): their building-wide lists and the dashboard re-read, even for a record with no unit.
    registers: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return any(
            (
                self.buildings,
                self.units,
                self.customers,
                self.dossiers,
                self.documents,
                self.boxes,
                self.approvals,
                self.users,
                self.relabelled,
                self.fees,
                self.registers,
            )
        )


@dataclass
class _Touched:
    buildings: set[int] = field(default_factory=set)
    units: set[int] = field(default_factory=set)
    customers: set[int] = field(default_factory=set)
    dossiers: set[int] = field(default_factory=set)
    documents: set[int] = field(default_factory=set)
    boxes: set[int] = field(default_factory=set)
    approvals: set[int] = field(default_factory=set)
    users: set[int] = field(default_factory=set)
    relabelled: set[int] = field(default_factory=set)
    fees: set[int] = field(default_factory=set)
    registers: set[str] = field(default_factory=set)

    def freeze(self) -> ChangeSet:
        return ChangeSet(
            frozenset(self.buildings),
            frozenset(self.units),
            frozenset(self.customers),
            frozenset(self.dossiers),
            frozenset(self.documents),
            frozenset(self.boxes),
            frozenset(self.approvals),
            frozenset(self.users),
            frozenset(self.relabelled),
            frozenset(self.fees),
            frozenset(self.registers),
        )


class Work:
    """A unit of work: one session, one acting user, one transaction."""

    def __init__(
        self,
        session: Session,
        store: AttachmentStore,
        actor: Actor | None,
        now: dt.datetime,
        *,
        refusal: ReadOnly | None = None,
        reading: bool = False,
        place_of_scans: Callable[[Connection], AttachmentStore] | None = None,
    ):
        self.session = session
        self._store = store
        # A server desk's: the store the shared setting names now, asked the first time this unit of work needs it.
        self._place_of_scans = place_of_scans
        self.actor = actor
        self.now = now
        self.touched = _Touched()
        self.new_blobs: list[str] = []  # scans first stored by this action
        self._refusal = refusal  # why nothing may change: the file is open read-only
        self._reading = reading  # a Desk.read: a write here is a mistake in the program
        self._chain_head: tuple[int, str] | None = None  # the audit log's newest line (seq, hash), once read
        self.logged: list[int] = []  # the seq of each audit line this unit of work wrote
        self.actor_changed = False  # the acting user's rights as recorded differ from the actor handed in
        if refusal is not None or reading:
            # The last line: whatever tries to save an ORM change is stopped before any SQL is sent.
            event.listen(session, "before_flush", self._refuse_flush)

    @property
    def store(self) -> AttachmentStore:
        """Where the scans are: the folder beside a file, or on a server what the shared setting says at this moment
        (read once per unit of work that touches a scan, so every other action costs no extra round trip)."""
        if self._place_of_scans is not None:
            self._store = self._place_of_scans(self.session.connection())
            self._place_of_scans = None
        return self._store

    @property
    def writable(self) -> bool:
        """Whether this unit of work may change anything (not a read, not a read-only file)."""
        return not self._reading and self._refusal is None

    @property
    def today(self) -> dt.date:
        return self.now.date()

    def require_read(self) -> None:
        """Reading without a user is the program's own (a command checks its arguments before the password is
        asked): personal data read so is masked (app.privacy), and no command shows customers' data without --user."""
        if self.actor is not None:
            self._refuse_until_password_changed(Action.READ)
            require(self.actor.role, Action.READ)

    def require(self, action: Action) -> Actor:
        """The acting user, if they may do ``action`` here and now; every app call that writes asks this first."""
        if self.actor is None:
            raise PermissionDenied(QT_TRANSLATE_NOOP("app", "Log in first: this needs a user."))
        if action not in READING_ACTIONS:
            if self._reading:
                raise RuntimeError(f"{action} needs Desk.work(), not Desk.read()")
            if self._refusal is not None:
                raise self._refusal
        self._refuse_until_password_changed(action)
        require(self.actor.role, action)
        return self.actor

    def _refuse_until_password_changed(self, action: Action) -> None:
        # A password an administrator set is known to two people: nothing is done in its name until it is changed.
        if self.actor is not None and self.actor.must_change_password and action != Action.CHANGE_OWN_PASSWORD:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "app", "Your password was set by an administrator: change it first, then you can carry on."
                ),
                field="user.password",
            )

    def _refuse_flush(self, session: Session, *_args: object) -> None:
        if not (session.new or session.dirty or session.deleted):
            return
        if self._refusal is not None:
            raise self._refusal
        raise RuntimeError("Desk.read() changed records; use Desk.work() for an action that writes")

    def log(
        self, dossier_id: int | None, entity: str, entity_id: int | None, action: str, details: dict[str, Any]
    ) -> None:
        """Add a line to the audit log (who, when, what), chained to the line before it (db/audit_chain.py).

        The newest line is read once per unit of work and then followed in memory: a writing unit of work holds
        SQLite's write lock from its start (``BEGIN IMMEDIATE``), so no other desk can add a line meanwhile; on a
        server the log's advisory lock, taken before that read and held to the commit, does the same.
        """
        if self._chain_head is None:
            audit_chain.lock_for_append(self.session.connection())
            newest = self.session.execute(select(Change.seq, Change.hash).order_by(Change.seq.desc()).limit(1)).first()
            self._chain_head = (newest[0], newest[1]) if newest is not None else (0, audit_chain.GENESIS)
        seq, previous = self._chain_head[0] + 1, self._chain_head[1]
        user_id = self.actor.user_id if self.actor else None
        text = json.dumps(details, ensure_ascii=False, default=str)
        digest = audit_chain.entry_hash(seq, self.now, user_id, dossier_id, entity, entity_id, action, text, previous)
        self.session.add(
            Change(
                at=self.now,
                user_id=user_id,
                dossier_id=dossier_id,
                entity=entity,
                entity_id=entity_id,
                action=action,
                details=text,
                seq=seq,
                prev_hash=previous,
                hash=digest,
            )
        )
        self._chain_head = (seq, digest)
        self.logged.append(seq)


Clock = Callable[[], dt.datetime]

# How many of its own newest audit lines a desk remembers, so its poll for other desks' changes skips them.
OWN_LINES_KEPT = 10_000


def change_notice(sender: str, seq: int, changes: ChangeSet) -> str:
    """The text of a notice telling the other desks what one commit changed (app/other_desks.py reads it):
    JSON of the sending desk, its newest audit line and the change set's ids by field; a change set too big for a
    notice is sent as "everything changed"."""
    notice: dict[str, Any] = {"desk": sender, "seq": seq}
    notice["changes"] = {
        f.name: sorted(getattr(changes, f.name)) for f in fields(ChangeSet) if getattr(changes, f.name)
    }
    text = json.dumps(notice, separators=(",", ":"))
    if len(text.encode()) <= change_notices.MAX_PAYLOAD:
        return text
    return json.dumps({"desk": sender, "seq": seq, "everything": True}, separators=(",", ":"))


# Audit lines that record a reading (written by ``Desk.record``), not a change: a dossier's History leaves them out.
READ_RECORDS = ("view", "print", "export")


def expect_version(record: Any, expected: int, template: str, **params: Any) -> None:
    """Refuse to save a form over ``record`` if someone changed it since the form read it (optimistic locking).

    ``expected`` is the version the form was read at (every info dataclass a form edits carries it);
    ``template`` names the record for the person ("The customer “{name}” was changed meanwhile…").
    """
    if record.version != expected:
        raise ChangedMeanwhile(template, **params)


class Desk:
    """One open dossier database (a file and its attachment folder, or a database on a server)."""

    def __init__(
        self,
        location: Path | str,
        engine: Engine,
        clock: Clock = dt.datetime.now,
        *,
        read_only: ReadOnlyReason | None = None,
    ) -> None:
        self._path = location if isinstance(location, Path) else None
        # What messages and titles name: the file, or the server database (user@host/name, never the password).
        self.location = str(location) if isinstance(location, Path) else shown_location(location)
        self.engine = engine
        self.store: AttachmentStore
        self._scan_place: tuple[str, str] | None = None  # a server desk's: where the shared setting keeps the scans
        if self._path is not None:
            self.store = FolderAttachmentStore(attachments_folder_for(self._path))
        else:
            with engine.connect() as conn:
                self._use_scan_place(conn)
        self.clock = clock
        self.read_only_reason = read_only
        self.file_lock: FileLock | None = None  # the window's record that it has the file open
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._readers = sessionmaker(engine.execution_options(**DEFERRED), expire_on_commit=False)
        self._listeners: list[Callable[[ChangeSet], None]] = []
        # Other desks' changes (app/other_desks.py): this desk's notices name it, so it knows its own when they come
        # back, and the audit lines it wrote lately are not taken for another desk's.
        self.token = uuid.uuid4().hex
        self.own_lines: deque[int] = deque(maxlen=OWN_LINES_KEPT)

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @property
    def on_server(self) -> bool:
        """Whether this desk is a database on a server rather than a file on this PC."""
        return self._path is None

    @property
    def path(self) -> Path:
        """The database file; a server desk has none (what needs a file — backups, the file lock — is not for it)."""
        if self._path is None:
            raise RuntimeError(f"{self.location} is a server database, not a file: this needs a file")
        return self._path

    @classmethod
    def create(cls, path: Path | str, clock: Clock = dt.datetime.now) -> Desk:
        """Create a new dossier file, or the schema in an empty database on a server (``path`` a URL)."""
        if isinstance(path, str):
            return cls._on_server(path, clock, create=True)
        if on_network_share(path.parent):
            raise DatabaseUnusable(
                QT_TRANSLATE_NOOP(
                    "app",
                    "{path} is on a network share; a dossier file must be kept on this PC's own disk "
                    "(SQLite cannot share a file between PCs safely).",
                ),
                field="path",
                path=str(path),
            )
        try:
            return cls(path, create_database(path), clock)
        except SchemaError as exc:
            raise _unusable(exc) from exc
        except (DBAPIError, sqlite3.Error) as exc:
            mapped = _database_error(exc, path, None)
            if mapped is None:
                raise
            raise mapped from exc

    @classmethod
    def open(cls, path: Path | str, clock: Clock = dt.datetime.now, *, read_only: bool = False) -> Desk:
        """Open a dossier file, or a dossier database on a server (``path`` a URL); ``read_only`` (or a file on a
        network share) opens it without ever writing to it.

        A read-only desk does not upgrade an older file and refuses every change with ``ReadOnly``.
        """
        if isinstance(path, str):
            return cls._on_server(path, clock, read_only=read_only)
        reason = ReadOnlyReason.NETWORK if on_network_share(path) else ReadOnlyReason.ASKED if read_only else None
        try:
            return cls(path, open_database(path, read_only=reason is not None), clock, read_only=reason)
        except SchemaError as exc:
            raise _unusable(exc) from exc
        except (DBAPIError, sqlite3.Error) as exc:
            mapped = _database_error(exc, path, reason)
            if mapped is None:
                raise
            raise mapped from exc

    @classmethod
    def _on_server(cls, url: str, clock: Clock, *, create: bool = False, read_only: bool = False) -> Desk:
        if not is_server_url(url):
            raise DatabaseUnusable(
                QT_TRANSLATE_NOOP("app", "{location} is not a server address (postgresql://user@host/database)."),
                field="path",
                location=url,
            )
        reason = ReadOnlyReason.ASKED if read_only else None
        try:
            engine = create_server_database(url) if create else open_server_database(url, read_only=read_only)
        except SchemaError as exc:
            raise _unusable(exc) from exc
        except DBAPIError as exc:
            raise _server_unreachable(exc, shown_location(url)) from exc
        return cls(url, engine, clock, read_only=reason)

    def may(self, actor: Actor | None, action: Action) -> bool:
        """Whether ``actor`` may do ``action`` on this file now: their role allows it, and it only reads or the
        file is open for changes (for greying out menus and buttons; the app checks again when it is done)."""
        if actor is None:
            return False
        try:
            with self.read(actor) as work:
                current = work.actor  # the rights as recorded now (a demotion greys at once)
        except AppError:  # disabled, or the file cannot be read just now: nothing to offer
            return False
        if current is None or not allowed(current.role, action):
            return False
        if current.must_change_password and action != Action.CHANGE_OWN_PASSWORD:
            return False
        return action in READING_ACTIONS or not self.read_only

    def keep_lock(self, lock: FileLock) -> None:
        """Hold ``lock`` (the window's record that it has this file open) until the desk is closed."""
        self.file_lock = lock

    def close(self) -> None:
        self.store.close()
        self.engine.dispose()
        if self.file_lock is not None:
            self.file_lock.release()

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def subscribe(self, listener: Callable[[ChangeSet], None]) -> None:
        """Be told after each commit what changed (the UI turns this into a Qt signal)."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[ChangeSet], None]) -> None:
        """Stop telling ``listener`` (a closed window) about changes."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    @contextmanager
    def work(self, actor: Actor | None) -> Iterator[Work]:
        """Run one user action: commit if it returns, roll back everything if it raises.

        The write lock is taken first (``BEGIN IMMEDIATE``): the action waits while another desk
        saves, and ``Busy`` says so if that takes longer than the busy timeout.
        """
        refusal = self._refusal()
        with self._sessions() as session:
            work = Work(
                session,
                self.store,
                actor,
                self.clock().replace(microsecond=0),
                refusal=refusal,
                place_of_scans=self._use_scan_place if self.on_server else None,
            )
            try:
                try:
                    with session.begin():
                        session.connection()  # BEGIN IMMEDIATE now, before anything is read
                        self._afresh(work)
                        yield work
                        session.flush()
                        # The search index takes in what this action changed, in its transaction (db/search_index.py).
                        if work.writable:
                            search_index.catch_up(session.connection())
                            self._announce(session, work)
                except (DBAPIError, sqlite3.Error, StaleDataError) as exc:
                    mapped = self._app_error(exc)
                    if mapped is None:
                        raise
                    raise mapped from exc
            except BaseException:
                # The rows pointing at scans this action stored are gone: take the files out too.
                for sha in work.new_blobs:
                    work.store.discard(sha)
                self._tell_actor_changed(work)
                raise
        self.own_lines.extend(work.logged)
        self.tell(work.touched.freeze())

    def tell(self, changes: ChangeSet) -> None:
        """Call the listeners with ``changes`` (after a commit here, or one at another desk: app/other_desks.py)."""
        if changes:
            for listener in list(self._listeners):
                listener(changes)

    def _announce(self, session: Session, work: Work) -> None:
        """On a server, tell the other desks what this unit of work changed: a notice sent with its commit (NOTIFY
        is delivered when the transaction commits, never for one rolled back)."""
        changes = work.touched.freeze()
        if self.on_server and changes:
            notice = change_notice(self.token, work.logged[-1] if work.logged else 0, changes)
            change_notices.send(session.connection(), notice)

    @contextmanager
    def read(self, actor: Actor | None) -> Iterator[Work]:
        """Run an action that only reads: one consistent snapshot, no write lock, never waiting for a writer.

        Anything written here is a mistake in the program (a ``RuntimeError``), never saved. Leaving the
        block closes the session: the read transaction ends and what was read stays readable.
        """
        with self._readers() as session:
            work = Work(
                session,
                self.store,
                actor,
                self.clock().replace(microsecond=0),
                reading=True,
                place_of_scans=self._use_scan_place if self.on_server else None,
            )
            try:
                self._afresh(work)
                yield work
                session.flush()  # a change made here is refused (see Work), not silently dropped
            except (DBAPIError, sqlite3.Error) as exc:
                mapped = self._app_error(exc)
                if mapped is None:
                    raise
                raise mapped from exc
            finally:
                self._tell_actor_changed(work)

    def record(
        self,
        actor: Actor | None,
        entity: str,
        entity_id: int | None,
        action: str,
        details: dict[str, Any],
        dossier_id: int | None = None,
    ) -> bool:
        """Append one line to the audit log outside any other action (a view, a print, an export, a log-in).

        A short write of its own after the read, so recording never blocks what was recorded: False when it
        could not be written (the file is open read-only, or another desk held the lock too long).
        """
        if self.read_only:
            return False
        try:
            with self.work(actor) as work:
                work.log(dossier_id, entity, entity_id, action, details)
        except (Busy, ReadOnly):
            return False
        return True

    def _use_scan_place(self, conn: Connection) -> AttachmentStore:
        """A server desk's scans are where the shared setting says now (db/blob_store.py): an administrator may have
        changed it since this desk opened (refused while scans are kept in the old place, so none is left behind)."""
        place = blob_store.chosen_place(conn)
        if place != self._scan_place:
            if self._scan_place is not None:
                self.store.close()
            self.store = blob_store.store_for_server(self.engine, self.location, place)
            self._scan_place = place
        return self.store

    def _afresh(self, work: Work) -> None:
        """Rights read afresh: the acting user's role, active state and must-change flag as recorded now (one
        primary-key SELECT in this unit of work's transaction), so a demotion or a disabled account counts at once,
        also for a window that logged in before it. The window learns of it by a change set naming the user."""
        actor = work.actor
        if actor is None:
            return
        row = work.session.execute(
            select(User.role, User.active, User.must_change_password).where(User.id == actor.user_id)
        ).one_or_none()
        if row is None or not row.active:
            work.actor_changed = True
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("app", "Your account was disabled; ask an administrator."), field="user.active"
            )
        current = replace(actor, role=Role(row.role), must_change_password=bool(row.must_change_password))
        if current != actor:
            work.actor = current
            work.actor_changed = True
            work.touched.users.add(actor.user_id)

    def _tell_actor_changed(self, work: Work) -> None:
        """A unit of work that did not commit (a read, a refused action) still tells that its user's rights changed."""
        if work.actor_changed and work.actor is not None:
            for listener in self._listeners:
                listener(ChangeSet(users=frozenset({work.actor.user_id})))

    def _refusal(self) -> ReadOnly | None:
        if self.read_only_reason is None:
            return None
        return _read_only_error(self.location, self.read_only_reason)

    def _app_error(self, exc: BaseException) -> AppError | None:
        if isinstance(exc, StaleDataError):
            # The form's own check names the record; this is the last line, for a save that slipped past it.
            return ChangedMeanwhile(
                QT_TRANSLATE_NOOP(
                    "app", "A record was changed meanwhile by someone else; nothing was saved: reload it and try again."
                )
            )
        if self.on_server:
            return _server_error(exc, self.location, self.read_only_reason)
        return _database_error(exc, self.path, self.read_only_reason)


def _read_only_error(path: Path | str, reason: ReadOnlyReason) -> ReadOnly:
    name = path.name if isinstance(path, Path) else path
    if reason == ReadOnlyReason.NETWORK:
        return ReadOnly(
            QT_TRANSLATE_NOOP(
                "app",
                "{file} is on a network share, so it is open read-only: SQLite cannot share a file between PCs "
                "safely. Several desks working together need a database on a PostgreSQL server.",
            ),
            file=name,
        )
    return ReadOnly(
        QT_TRANSLATE_NOOP("app", "{file} is open read-only here; nothing can be changed."),
        file=name,
    )


def _database_error(exc: BaseException, path: Path, reason: ReadOnlyReason | None) -> AppError | None:
    """SQLite's "busy"/"locked" and "read-only" as the app errors a person understands; None for anything else."""
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(original, sqlite3.Error):
        return None
    # SQLite's primary result code: the low byte of an extended one such as SQLITE_BUSY_SNAPSHOT.
    code = (getattr(original, "sqlite_errorcode", 0) or 0) & 0xFF
    text = str(original).lower()
    busy = code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    if busy or "database is locked" in text or "database is busy" in text:
        return Busy(QT_TRANSLATE_NOOP("app", "Another desk is saving; try again in a moment."))
    if isinstance(original, sqlite3.IntegrityError) and str(original).startswith(PROTECTION_PREFIX):
        # A trigger of db/protection.py refused: the app checks first, so this is the last line — one clear refusal
        # (an original changed, a status set back), never a traceback; nothing was written.
        return Conflict(
            QT_TRANSLATE_NOOP("app", "The record refused this change ({rule}); nothing was saved."),
            rule=str(original).removeprefix(PROTECTION_PREFIX),
        )
    if code == sqlite3.SQLITE_READONLY or "readonly database" in text:
        if reason is not None:
            return _read_only_error(path, reason)
        return ReadOnly(
            QT_TRANSLATE_NOOP("app", "{file} cannot be changed: the file or its folder is read-only."),
            file=path.name,
        )
    return None


def _server_unreachable(exc: DBAPIError, location: str) -> DatabaseUnusable:
    """A server that cannot be reached, a login it refuses, a database it does not have: each said plainly."""
    import psycopg

    original = exc.orig
    state = original.sqlstate if isinstance(original, psycopg.Error) else None
    text = str(original)
    # At connecting, libpq gives no SQLSTATE: the server's words say which refusal it was.
    unknown_role = text.count('role "') > 0 and "does not exist" in text
    if state in ("28P01", "28000") or "password authentication failed" in text or "no password supplied" in text:
        refused_login = True
    else:
        refused_login = unknown_role
    if refused_login:
        template = QT_TRANSLATE_NOOP(
            "app", "The server refused the user name or password for {location}; check them and try again."
        )
    elif state == "3D000" or ("database" in text and "does not exist" in text):
        template = QT_TRANSLATE_NOOP(
            "app",
            "The server has no database {location}; ask its administrator to create it (createdb), or check the name.",
        )
    elif isinstance(original, psycopg.OperationalError):
        template = QT_TRANSLATE_NOOP(
            "app",
            "The server for {location} cannot be reached ({detail}); check the address and that the server is "
            "running, then try again.",
        )
    else:
        template = QT_TRANSLATE_NOOP("app", "The server database {location} cannot be used ({detail}).")
    first_line = text.strip().splitlines()[0] if text.strip() else type(original).__name__
    return DatabaseUnusable(template, field="path", location=location, detail=first_line)


def _server_error(exc: BaseException, location: str, reason: ReadOnlyReason | None) -> AppError | None:
    """The server's refusals as the app errors a person understands; None for anything else (a program error)."""
    import psycopg

    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(original, psycopg.Error):
        return None
    if isinstance(original, psycopg.errors.IntegrityConstraintViolation) and str(original).startswith(
        PROTECTION_PREFIX
    ):
        # A PL/pgSQL trigger (db/postgres/triggers.py) refused: the same message as SQLite's trigger.
        return Conflict(
            QT_TRANSLATE_NOOP("app", "The record refused this change ({rule}); nothing was saved."),
            rule=str(original).splitlines()[0].removeprefix(PROTECTION_PREFIX),
        )
    if isinstance(original, psycopg.errors.ReadOnlySqlTransaction) and reason is not None:
        return _read_only_error(location, reason)
    if isinstance(original, psycopg.errors.SerializationFailure | psycopg.errors.DeadlockDetected):
        return Busy(QT_TRANSLATE_NOOP("app", "Another desk is saving; try again in a moment."))
    if isinstance(original, psycopg.errors.UniqueViolation):
        # The last line behind the locks of a check-then-insert (a number, "is it free"): another desk's commit took
        # the value between this desk's check and its insert. Trying again reads that commit and takes the next one.
        return ChangedMeanwhile(
            QT_TRANSLATE_NOOP("app", "Another desk saved the same thing meanwhile; nothing was saved here: try again.")
        )
    if isinstance(original, psycopg.OperationalError):
        return _server_unreachable(exc, location) if isinstance(exc, DBAPIError) else None
    return None


def _unusable(exc: SchemaError) -> DatabaseUnusable:
    messages = {
        "file already exists": QT_TRANSLATE_NOOP("app", "A file already exists at {path}; choose a new name."),
        "no such database file": QT_TRANSLATE_NOOP("app", "There is no database file at {path}."),
        "not a dossier database": QT_TRANSLATE_NOOP("app", "{path} is not a Dossier Desk database ({detail})."),
        "made by a newer version of Dossier Desk": QT_TRANSLATE_NOOP(
            "app", "{path} was made by a newer version of Dossier Desk ({detail}); update the program to open it."
        ),
        "upgrade broke references": QT_TRANSLATE_NOOP("app", "Upgrading {path} failed and was undone ({detail})."),
        "older schema, read-only": QT_TRANSLATE_NOOP(
            "app",
            "{path} was made by an older version of Dossier Desk ({detail}) and must be upgraded before it can be "
            "read here, which a read-only opening cannot do; open it for changes once.",
        ),
        "damaged": QT_TRANSLATE_NOOP(
            "app",
            "{path} is damaged ({detail}), so it was not opened and nothing was saved into it. "
            "Restore the last good backup (Backup ▸ Restore…, or dossier-desk restore); "
            "dossier-desk check shows what is damaged.",
        ),
        "cannot be read": QT_TRANSLATE_NOOP("app", "{path} cannot be read just now ({detail}); nothing was changed."),
        "server database not empty": QT_TRANSLATE_NOOP(
            "app",
            "The server database {path} already has tables ({detail}); a new dossier database needs an empty one.",
        ),
        "upgrade failed": QT_TRANSLATE_NOOP("app", "Upgrading {path} failed and was undone ({detail})."),
        "cannot copy before upgrading": QT_TRANSLATE_NOOP(
            "app", "{path} was not upgraded: the copy made before upgrading could not be written ({detail})."
        ),
    }
    return DatabaseUnusable(messages[exc.reason], path=str(exc.path), detail=exc.detail)
