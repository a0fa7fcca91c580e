"""The inbox every desk watches: which folder (the copier's scan-to-folder target, often a network share) and whether
bundles with a readable cover file themselves.

Kept in the database's settings table (ARCHITECTURE.md, "Where settings live"): every desk on one record watches the
same folder and files by the same rule, and ``dossier-desk inbox`` finds the folder without being told. Several desks
may watch one folder; the claims in ``scan_claim`` keep a scan from being filed twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from app.desk import Work
from app.errors import ValidationError
from app.permissions import Action
from app.settings import checked_folder, forget, store, stored
from app.text import QT_TRANSLATE_NOOP
from db.models import Customer, Document, Dossier, Tenancy, Unit

INBOX_FOLDER = "inbox.folder"
INBOX_FILES_ITSELF = "inbox.files_itself"
TITLES_OFFERED = 30


@dataclass(frozen=True)
class InboxSettings:
    folder: Path | None  # None: no inbox is watched
    files_itself: bool  # bundles whose cover names a dossier are filed without the clerk (as prefilled)


@dataclass(frozen=True)
class DossierChoice:
    """A dossier a bundle without a cover may be filed into, as the window offers it."""

    id: int
    number: str
    unit: str
    customer: str
    status: str


def inbox_settings(work: Work) -> InboxSettings:
    work.require_read()
    folder = stored(work, INBOX_FOLDER)
    return InboxSettings(folder=Path(folder) if folder else None, files_itself=stored(work, INBOX_FILES_ITSELF) == "1")


def change_inbox_settings(work: Work, *, folder: Path | str | None, files_itself: bool) -> InboxSettings:
    """Save the watched folder (empty: none) and whether readable covers file themselves. The folder must exist now:
    a mistyped share would otherwise be watched in silence."""
    work.require(Action.CONFIGURE_INBOX)
    checked = checked_folder(work, folder, "inbox.folder")
    if checked is None:
        forget(work, INBOX_FOLDER)
    else:
        if not checked.is_dir():
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "The inbox folder {folder} does not exist."),
                field="inbox.folder",
                folder=str(checked),
            )
        store(work, INBOX_FOLDER, str(checked))
    store(work, INBOX_FILES_ITSELF, "1" if files_itself else "0")
    return inbox_settings(work)


def dossiers_to_file_into(work: Work) -> list[DossierChoice]:
    """Every dossier a paper may still be filed into (all but the destroyed ones; the rules of a departed or bound
    dossier are said when filing), live ones first, then by number."""
    work.require_read()
    rows = work.session.execute(
        select(Dossier.id, Dossier.number, Unit.number, Customer.name, Dossier.status)
        .join(Tenancy, Tenancy.id == Dossier.tenancy_id)
        .join(Customer, Customer.id == Tenancy.customer_id)
        .join(Unit, Unit.id == Dossier.unit_id)
        .where(Dossier.status != "destroyed")
        .order_by((Dossier.status != "live"), Dossier.number)
    ).all()
    return [DossierChoice(r[0], r[1], r[2], r[3], r[4]) for r in rows]


def titles_used(work: Work, category: str, limit: int = TITLES_OFFERED) -> list[str]:
    """The titles the desk has given documents of ``category`` most often (then most recently): the Inbox offers them
    to pick, so the same paper is titled the same way in every dossier. One indexed query on the category."""
    work.require_read()
    rows = work.session.execute(
        select(Document.title)
        .where(Document.category == category, Document.trashed_at.is_(None))
        .group_by(Document.title)
        .order_by(func.count().desc(), func.max(Document.id).desc())
        .limit(limit)
    ).scalars()
    return [title for title in rows if title.strip()]
