"""An open dossier database and the unit of work every user action runs in.

One ``Work`` per user action (SQLAlchemy's advice for GUI programs): it opens a session,
checks the acting user's permission for each step, collects what changed, and commits
everything or nothing. Results leave as frozen dataclasses, never ORM objects.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.errors import DatabaseUnusable, PermissionDenied
from app.permissions import Action, Role, require
from app.text import QT_TRANSLATE_NOOP
from db.attachment_store import FolderAttachmentStore, attachments_folder_for
from db.models import Change
from db.schema import SchemaError, create_database, open_database


@dataclass(frozen=True)
class Actor:
    """The logged-in user an action is done by."""

    user_id: int
    login: str
    display_name: str
    role: Role


@dataclass(frozen=True)
class ChangeSet:
    """What one committed action touched, so views refresh only that."""

    buildings: frozenset[int] = frozenset()
    units: frozenset[int] = frozenset()
    customers: frozenset[int] = frozenset()
    dossiers: frozenset[int] = frozenset()
    documents: frozenset[int] = frozenset()
    boxes: frozenset[int] = frozenset()  # archive boxes made, moved, or whose contents changed

    def __bool__(self) -> bool:
        return any((self.buildings, self.units, self.customers, self.dossiers, self.documents, self.boxes))


@dataclass
class _Touched:
    buildings: set[int] = field(default_factory=set)
    units: set[int] = field(default_factory=set)
    customers: set[int] = field(default_factory=set)
    dossiers: set[int] = field(default_factory=set)
    documents: set[int] = field(default_factory=set)
    boxes: set[int] = field(default_factory=set)

    def freeze(self) -> ChangeSet:
        return ChangeSet(
            frozenset(self.buildings),
            frozenset(self.units),
            frozenset(self.customers),
            frozenset(self.dossiers),
            frozenset(self.documents),
            frozenset(self.boxes),
        )


class Work:
    """A unit of work: one session, one acting user, one transaction."""

    def __init__(self, session: Session, store: FolderAttachmentStore, actor: Actor | None, now: dt.datetime):
        self.session = session
        self.store = store
        self.actor = actor
        self.now = now
        self.touched = _Touched()
        self.new_blobs: list[str] = []  # scans first stored by this action

    @property
    def today(self) -> dt.date:
        return self.now.date()

    def require_read(self) -> None:
        """Reading needs no log-in yet (the command line reads without --user); views are audited later."""
        if self.actor is not None:
            require(self.actor.role, Action.READ)

    def require(self, action: Action) -> Actor:
        if self.actor is None:
            raise PermissionDenied(QT_TRANSLATE_NOOP("app", "Log in first: this needs a user."))
        require(self.actor.role, action)
        return self.actor

    def log(
        self, dossier_id: int | None, entity: str, entity_id: int | None, action: str, details: dict[str, Any]
    ) -> None:
        """Add a line to the dossier's history (who, when, what)."""
        self.session.add(
            Change(
                at=self.now,
                user_id=self.actor.user_id if self.actor else None,
                dossier_id=dossier_id,
                entity=entity,
                entity_id=entity_id,
                action=action,
                details=json.dumps(details, ensure_ascii=False, default=str),
            )
        )


Clock = Callable[[], dt.datetime]


class Desk:
    """One open dossier database file and its attachment folder."""

    def __init__(self, path: Path, engine: Engine, clock: Clock = dt.datetime.now) -> None:
        self.path = path
        self.engine = engine
        self.store = FolderAttachmentStore(attachments_folder_for(path))
        self.clock = clock
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._listeners: list[Callable[[ChangeSet], None]] = []

    @classmethod
    def create(cls, path: Path, clock: Clock = dt.datetime.now) -> Desk:
        try:
            return cls(path, create_database(path), clock)
        except SchemaError as exc:
            raise _unusable(exc) from exc

    @classmethod
    def open(cls, path: Path, clock: Clock = dt.datetime.now) -> Desk:
        try:
            return cls(path, open_database(path), clock)
        except SchemaError as exc:
            raise _unusable(exc) from exc

    def close(self) -> None:
        self.engine.dispose()

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
        """Run one user action: commit if it returns, roll back everything if it raises."""
        with self._sessions() as session:
            work = Work(session, self.store, actor, self.clock().replace(microsecond=0))
            try:
                with session.begin():
                    yield work
                    session.flush()
            except BaseException:
                # The rows pointing at scans this action stored are gone: take the files out too.
                for sha in work.new_blobs:
                    self.store.discard(sha)
                raise
        changes = work.touched.freeze()
        if changes:
            for listener in self._listeners:
                listener(changes)


def _unusable(exc: SchemaError) -> DatabaseUnusable:
    messages = {
        "file already exists": QT_TRANSLATE_NOOP("app", "A file already exists at {path}; choose a new name."),
        "no such database file": QT_TRANSLATE_NOOP("app", "There is no database file at {path}."),
        "not a dossier database": QT_TRANSLATE_NOOP("app", "{path} is not a Dossier Desk database ({detail})."),
        "made by a newer version of Dossier Desk": QT_TRANSLATE_NOOP(
            "app", "{path} was made by a newer version of Dossier Desk ({detail}); update the program to open it."
        ),
        "upgrade broke references": QT_TRANSLATE_NOOP("app", "Upgrading {path} failed and was undone ({detail})."),
        "damaged": QT_TRANSLATE_NOOP(
            "app",
            "{path} is damaged ({detail}), so it was not opened and nothing was saved into it. "
            "Restore the last good backup (Backup ▸ Restore…, or dossier-desk restore); "
            "dossier-desk check shows what is damaged.",
        ),
        "cannot be read": QT_TRANSLATE_NOOP("app", "{path} cannot be read just now ({detail}); nothing was changed."),
    }
    return DatabaseUnusable(messages[exc.reason], path=str(exc.path), detail=exc.detail)
