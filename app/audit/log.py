"""Reading the audit log: who did what, when, to which record — filtered by who, what, which dossier and when (R16).

The log holds every change (written by ``Work.log`` in the action that made it) and every view, print and
export (``Desk.record``, a short write after the read). Reading it is itself a reading action for those who
answer for the record (``Action.READ_AUDIT``).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, func, select

from app.desk import Work
from app.permissions import Action
from db.models import Change, Dossier, User


@dataclass(frozen=True)
class AuditFilter:
    """What to show; every field left empty means "any"."""

    user_id: int | None = None  # who did it
    actions: tuple[str, ...] = ()  # e.g. ("view", "print", "export")
    entity: str = ""  # e.g. "document", "dossier", "user"
    dossier_id: int | None = None
    since: dt.date | None = None  # from this day on
    until: dt.date | None = None  # up to and including this day
    limit: int | None = None  # the newest so many lines


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: dt.datetime
    user_id: int | None
    login: str  # "" for a line written without a user (the first administrator's creation)
    user_name: str
    dossier_id: int | None
    dossier_number: str
    entity: str
    entity_id: int | None
    action: str
    details: dict[str, Any]


@dataclass(frozen=True)
class AuditLog:
    entries: tuple[AuditEntry, ...]  # newest first
    total: int  # lines matching the filter (more than ``entries`` when a limit cut them)


@dataclass(frozen=True)
class AuditUser:
    id: int
    login: str
    display_name: str


def _conditions(query: AuditFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if query.user_id is not None:
        conditions.append(Change.user_id == query.user_id)
    if query.actions:
        conditions.append(Change.action.in_(query.actions))
    if query.entity:
        conditions.append(Change.entity == query.entity)
    if query.dossier_id is not None:
        conditions.append(Change.dossier_id == query.dossier_id)
    if query.since is not None:
        conditions.append(Change.at >= dt.datetime.combine(query.since, dt.time()))
    if query.until is not None:
        conditions.append(Change.at < dt.datetime.combine(query.until + dt.timedelta(days=1), dt.time()))
    return conditions


def _details(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {"?": text}  # a line altered by hand still shows; check names it
    return value if isinstance(value, dict) else {"?": value}


def audit_log(work: Work, query: AuditFilter = AuditFilter()) -> AuditLog:
    """The lines matching ``query``, newest first, and how many matched."""
    work.require(Action.READ_AUDIT)
    conditions = _conditions(query)
    total = work.session.scalar(select(func.count(Change.id)).where(*conditions)) or 0
    statement = (
        select(Change, User.login, User.display_name, Dossier.number)
        .outerjoin(User, Change.user_id == User.id)
        .outerjoin(Dossier, Change.dossier_id == Dossier.id)
        .where(*conditions)
        .order_by(Change.seq.desc())
    )
    if query.limit is not None:
        statement = statement.limit(query.limit)
    entries = tuple(
        AuditEntry(
            seq=c.seq,
            at=c.at,
            user_id=c.user_id,
            login=login or "",
            user_name=name or "",
            dossier_id=c.dossier_id,
            dossier_number=number or "",
            entity=c.entity,
            entity_id=c.entity_id,
            action=c.action,
            details=_details(c.details),
        )
        for c, login, name, number in work.session.execute(statement)
    )
    return AuditLog(entries, total)


def audit_users(work: Work) -> list[AuditUser]:
    """Everyone who may appear in the log (for the "who" filter), by login."""
    work.require(Action.READ_AUDIT)
    rows = work.session.execute(select(User.id, User.login, User.display_name).order_by(User.login))
    return [AuditUser(*row) for row in rows]


def audit_user_id(work: Work, login: str) -> int | None:
    """The id of the user with ``login``; None when there is none."""
    work.require(Action.READ_AUDIT)
    return work.session.scalar(select(User.id).where(User.login == login))


def audit_actions(work: Work) -> list[str]:
    """The kinds of lines the log holds (create, update, view, print, export, …), for the "what" filter."""
    work.require(Action.READ_AUDIT)
    return list(work.session.scalars(select(Change.action).distinct().order_by(Change.action)))
