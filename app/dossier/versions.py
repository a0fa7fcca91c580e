"""Every version of a document (R9): the content a change replaced, who replaced it, when, why, with whose consent."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select

from app.desk import Work
from app.errors import NotFound
from app.text import QT_TRANSLATE_NOOP
from db.models import Document, DocumentVersion, User

# What kind of change replaced a version (document_version.kind), as the history names it.
VERSION_KIND_NAMES = {
    "edit": QT_TRANSLATE_NOOP("version", "Edited"),
    "correction": QT_TRANSLATE_NOOP("version", "Typo corrected"),
    "trash": QT_TRANSLATE_NOOP("version", "Moved to the trash"),
    "restore": QT_TRANSLATE_NOOP("version", "Restored from the trash"),
    "attach": QT_TRANSLATE_NOOP("version", "Scans attached"),
}


@dataclass(frozen=True)
class DocumentVersionRow:
    """One version of a document's content; ``replaced_at`` is None for the current one."""

    number: int  # 1 for the document as first recorded, counting its changes of content
    version: int  # the record's version (binding and refiling count too)
    category: str
    doc_date: dt.date
    title: str
    reference_no: str
    issuer: str
    pages: int
    is_original: bool
    paper_location: str
    notes: str
    attachments: tuple[str, ...]  # the scans' file names
    # The change that replaced this version: what, when, by whom, why, under which approval.
    change: str | None
    replaced_at: dt.datetime | None
    replaced_by: str
    reason: str
    approval_id: int | None

    @property
    def current(self) -> bool:
        return self.replaced_at is None


def document_history(work: Work, document_id: int) -> list[DocumentVersionRow]:
    """Every version of the document, newest first: the current content, then each one a change replaced."""
    work.require_read()
    doc = work.session.get(Document, document_id)
    if doc is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no document with id {id}."), field="document", id=document_id)
    kept = work.session.execute(
        select(DocumentVersion, User.display_name)
        .join(User, User.id == DocumentVersion.changed_by)
        .where(DocumentVersion.document_id == document_id)
        .order_by(DocumentVersion.version.desc())
    ).all()
    rows = [
        DocumentVersionRow(
            number=len(kept) + 1,
            version=doc.version,
            category=doc.category,
            doc_date=doc.doc_date,
            title=doc.title,
            reference_no=doc.reference_no,
            issuer=doc.issuer,
            pages=doc.pages,
            is_original=doc.is_original,
            paper_location=doc.paper_location,
            notes=doc.notes,
            attachments=tuple(a.original_name for a in doc.attachments),
            change=None,
            replaced_at=None,
            replaced_by="",
            reason="",
            approval_id=None,
        )
    ]
    for n, (version, name) in enumerate(kept):
        rows.append(
            DocumentVersionRow(
                number=len(kept) - n,
                version=version.version,
                category=version.category,
                doc_date=version.doc_date,
                title=version.title,
                reference_no=version.reference_no,
                issuer=version.issuer,
                pages=version.pages,
                is_original=version.is_original,
                paper_location=version.paper_location,
                notes=version.notes,
                attachments=tuple(a["name"] for a in json.loads(version.attachments or "[]")),
                change=version.kind,
                replaced_at=version.changed_at,
                replaced_by=name,
                reason=version.reason,
                approval_id=version.approval_id,
            )
        )
    return rows
