"""Documents in a dossier and their scanned attachments (R3, R4, R9, R11)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import func, select

from app.approvals import ApprovalInfo, ApprovalKind, request_approval, take_approval
from app.desk import Work, expect_version
from app.dossier.access import dossier_for_change, dossier_for_late_paper
from app.dossier.categories import BY_CODE
from app.dossier.numbering import number_late_paper
from app.errors import Conflict, DataDamaged, NotFound, ValidationError
from app.files import file_error, written_atomically
from app.permissions import Action
from app.text import QT_TRANSLATE_NOOP
from app.validation import a_date, limited_text, required_text, whole_number
from db.attachment_store import BlobState, InvalidHash
from db.blob_store import StoredScanDamaged
from db.models import Attachment, Document, DocumentVersion, Requirement, User

MAX_PAGES = 100_000


@dataclass(frozen=True)
class DocumentInput:
    category: str
    doc_date: dt.date
    title: str
    reference_no: str = ""
    issuer: str = ""
    pages: int | None = None  # None: count the pages of the attached scans
    is_original: bool = False
    paper_location: str = ""
    notes: str = ""
    requirement: str | None = None  # code of the checklist item this document fulfils


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    original_name: str
    size: int
    media_type: str
    sha256: str


@dataclass(frozen=True)
class DocumentRow:
    id: int
    dossier_id: int
    category: str
    doc_date: dt.date
    title: str
    reference_no: str
    issuer: str
    pages: int
    is_original: bool
    paper_location: str
    notes: str
    recorded_by: str
    recorded_at: dt.datetime
    attachments: tuple[AttachmentInfo, ...]
    version: int  # as read: saving the edited details refuses a document changed meanwhile
    # Once the dossier is bound (R6): 件号, 页号 from–to, and whether it came later (补充).
    item_no: int | None = None
    page_from: int | None = None
    page_to: int | None = None
    supplement: bool = False


@dataclass(frozen=True)
class Scan:
    """What a file on disk is, checked before anything is stored."""

    path: Path
    media_type: str
    pages: int


_SIGNATURES = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)


def inspect_scan(path: Path) -> Scan:
    """Check that ``path`` is a readable PDF, JPEG, PNG or TIFF and count its pages."""
    unreadable = ValidationError(
        QT_TRANSLATE_NOOP("app", "“{file}” is not a readable file."), field="document.attachments", file=str(path)
    )
    try:
        with Path(path).open("rb") as f:
            head = f.read(16)
    except OSError:
        raise unreadable from None
    media_type = next((t for sig, t in _SIGNATURES if head.startswith(sig)), None)
    if media_type is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "“{file}” is not a PDF, JPG, PNG or TIFF scan."),
            field="document.attachments",
            file=Path(path).name,
        )
    # Imported here, where a scan is read: pypdf and Pillow cost ~150 ms of every start that never reads one.
    from PIL import Image, UnidentifiedImageError
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        if media_type == "application/pdf":
            pages = len(PdfReader(path).pages)
        else:
            with Image.open(path) as image:
                pages = getattr(image, "n_frames", 1)
                image.load()  # decodes the pixels: a truncated JPEG fails here, verify() misses it
    except (PyPdfError, UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "“{file}” is damaged and cannot be read ({problem})."),
            field="document.attachments",
            file=Path(path).name,
            problem=str(exc)[:200],
        ) from None
    return Scan(Path(path), media_type, pages)


def _clean(data: DocumentInput) -> DocumentInput:
    if data.category not in BY_CODE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "“{category}” is not a document category."),
            field="document.category",
            category=data.category,
        )
    pages = data.pages
    if pages is not None:
        whole_number(pages, "document.pages", 0, MAX_PAGES)
    return replace(
        data,
        doc_date=a_date(data.doc_date, "document.doc_date"),
        title=required_text(data.title, "document.title", 300),
        reference_no=limited_text(data.reference_no, "document.reference_no", 100),
        issuer=limited_text(data.issuer, "document.issuer", 200),
        paper_location=limited_text(data.paper_location, "document.paper_location", 200),
        notes=limited_text(data.notes, "document.notes", 4000),
        is_original=bool(data.is_original),
    )


def document_row(doc: Document, recorder: str) -> DocumentRow:
    return DocumentRow(
        id=doc.id,
        dossier_id=doc.dossier_id,
        category=doc.category,
        doc_date=doc.doc_date,
        title=doc.title,
        reference_no=doc.reference_no,
        issuer=doc.issuer,
        pages=doc.pages,
        is_original=doc.is_original,
        paper_location=doc.paper_location,
        notes=doc.notes,
        recorded_by=recorder,
        recorded_at=doc.recorded_at,
        attachments=tuple(
            AttachmentInfo(a.id, a.original_name, a.size, a.media_type, a.sha256) for a in doc.attachments
        ),
        version=doc.version,
        item_no=doc.item_no,
        page_from=doc.page_from,
        page_to=doc.page_to,
        supplement=doc.supplement,
    )


def _store(work: Work, doc: Document, scans: Sequence[Scan]) -> None:
    """Copy the scans into the store; a full disk or a read-only folder stops the action, and the unit of work
    takes out the scans it stored before (``work.new_blobs``), so nothing is left half-saved."""
    for scan in scans:
        try:
            blob = work.store.put(scan.path)
        except OSError as exc:
            if exc.filename is not None and Path(exc.filename) == scan.path:
                raise file_error(exc, scan.path, writing=False) from None
            raise file_error(exc, Path(work.store.place) / scan.path.name) from None
        if blob.created:
            work.new_blobs.append(blob.sha256)
        doc.attachments.append(
            Attachment(
                sha256=blob.sha256,
                original_name=scan.path.name[:260],
                size=blob.size,
                media_type=scan.media_type,
                added_at=work.now,
            )
        )


def _keep_version(work: Work, doc: Document, kind: str, *, approval_id: int | None, reason: str) -> None:
    """Keep ``doc`` as it is now, before a change of ``kind`` makes it the next version.

    Written and flushed before the change itself: for an original the trigger (db/protection.py) lets a corrected
    content through only when this row is already there.
    """
    assert work.actor is not None  # the change asked work.require(...) first
    actor = work.actor
    work.session.add(
        DocumentVersion(
            document_id=doc.id,
            version=doc.version,
            kind=kind,
            dossier_id=doc.dossier_id,
            category=doc.category,
            doc_date=doc.doc_date,
            title=doc.title,
            reference_no=doc.reference_no,
            issuer=doc.issuer,
            pages=doc.pages,
            is_original=doc.is_original,
            paper_location=doc.paper_location,
            notes=doc.notes,
            attachments=json.dumps(
                [{"name": a.original_name, "sha256": a.sha256} for a in doc.attachments], ensure_ascii=False
            ),
            changed_at=work.now,
            changed_by=actor.user_id,
            approval_id=approval_id,
            reason=reason,
        )
    )
    work.session.flush()


def _touch(work: Work, doc: Document) -> None:
    work.touched.documents.add(doc.id)
    work.touched.dossiers.add(doc.dossier_id)


def _recorder(work: Work, doc: Document) -> str:
    return work.session.scalar(select(User.display_name).where(User.id == doc.recorded_by)) or ""


def add_document(work: Work, dossier_id: int, data: DocumentInput, attachments: Sequence[Path] = ()) -> DocumentRow:
    """Record a document, copying its scans into the attachment store; pages default to the scans' pages."""
    actor = work.require(Action.RECORD_DOCUMENT)
    data = _clean(data)
    dossier = dossier_for_late_paper(work, dossier_id)
    requirement_id = _requirement_id(work, data.requirement)
    scans = [inspect_scan(Path(p)) for p in attachments]
    pages = data.pages if data.pages is not None else sum(s.pages for s in scans)
    doc = Document(
        dossier_id=dossier_id,
        category=data.category,
        doc_date=data.doc_date,
        title=data.title,
        reference_no=data.reference_no,
        issuer=data.issuer,
        pages=pages,
        is_original=data.is_original,
        paper_location=data.paper_location,
        notes=data.notes,
        recorded_by=actor.user_id,
        recorded_at=work.now,
        requirement_id=requirement_id,
        attachments=[],  # a new document's list is known to be empty: no lazy load later
    )
    if dossier.file_number is not None:
        if doc.pages <= 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "app", "A late paper needs its page count: it is numbered on after the bound pages ({field})."
                ),
                field="document.pages",
            )
        doc.paper_location = doc.paper_location or dossier.location  # it goes into the bound file
        number_late_paper(work, doc)
        if dossier.box_id is not None:
            work.touched.boxes.add(dossier.box_id)  # its box now holds more pages
    work.session.add(doc)
    _store(work, doc, scans)
    work.session.flush()
    _touch(work, doc)
    details: dict[str, object] = {"title": doc.title, "attachments": len(scans)}
    if doc.supplement:
        details |= {"supplement": True, "item_no": doc.item_no}
    work.log(dossier_id, "document", doc.id, "create", details)
    return document_row(doc, actor.display_name)


def _get(work: Work, document_id: int) -> Document:
    """A document to change, if its dossier may still change (R6)."""
    doc = work.session.get(Document, document_id)
    if doc is None or doc.trashed_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no document with id {id}."), field="document", id=document_id)
    dossier_for_change(work, doc.dossier_id)
    return doc


def read_document(work: Work, document_id: int) -> DocumentRow:
    """One document as the dossier lists it now (a form reloads it after a change made meanwhile)."""
    work.require_read()
    doc = work.session.get(Document, document_id)
    if doc is None or doc.trashed_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no document with id {id}."), field="document", id=document_id)
    return document_row(doc, _recorder(work, doc))


def _requirement_id(work: Work, code: str | None) -> int | None:
    if code is None:
        return None
    requirement_id = work.session.scalar(select(Requirement.id).where(Requirement.code == code))
    if requirement_id is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "“{code}” is not an item of the move-in checklist."),
            field="document.requirement",
            code=code,
        )
    return requirement_id


def _refuse_original(doc: Document) -> None:
    if doc.is_original:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "app",
                "“{title}” is an original document; originals are never changed. An obvious typo can be corrected "
                "with the department manager's approval (Correct typo…).",
            ),
            field="document.is_original",
            title=doc.title,
        )


def _summary(doc: Document) -> str:
    """What an approval is about, as the manager's list shows it: the dossier and the document."""
    return f"{doc.dossier.number} · {doc.title}"[:300]


def _content(data: DocumentInput, doc: Document) -> dict[str, object]:
    return {
        "category": data.category,
        "doc_date": data.doc_date,
        "title": data.title,
        "reference_no": data.reference_no,
        "issuer": data.issuer,
        "pages": data.pages if data.pages is not None else doc.pages,
        "is_original": data.is_original,
        "paper_location": data.paper_location,
        "notes": data.notes,
    }


def edit_document(
    work: Work, document_id: int, data: DocumentInput, *, expected_version: int, reason: str = ""
) -> DocumentRow:
    """Change a working copy's details within the department manager's approval (R9); originals are refused.

    One approval is one edit: the approved request for this document is used up (or the manager's own edit is
    recorded with ``reason``); without one, ``NeedsApproval``. The content it replaces is kept as a version.
    ``expected_version`` is the ``DocumentRow.version`` the form was filled from: a document changed
    meanwhile (edited, scans attached, refiled) is refused, never overwritten with older values.
    """
    work.require(Action.EDIT_DOCUMENT)
    doc = _get(work, document_id)
    _expect(doc, expected_version)
    _refuse_original(doc)
    return _change_content(work, doc, _clean(data), ApprovalKind.EDIT_WORKING_COPY, reason)


def correct_original(
    work: Work, document_id: int, data: DocumentInput, *, expected_version: int, reason: str = ""
) -> DocumentRow:
    """Correct an obvious typo in an original's details, with the department manager's approval (R9).

    The original stays an original in its dossier; the content it had is kept as the previous version, visible in
    the document's history. The manager's own correction records ``reason``; anyone else's uses up the manager's
    approval of their request, or is refused with ``NeedsApproval``.
    """
    work.require(Action.CORRECT_ORIGINAL)
    doc = _get(work, document_id)
    _expect(doc, expected_version)
    if not doc.is_original:
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "“{title}” is a working copy: edit it instead of correcting it."),
            field="document.is_original",
            title=doc.title,
        )
    data = _clean(data)
    if not data.is_original:
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "“{title}” stays an original: a correction fixes a typo, not what the paper is."),
            field="document.is_original",
            title=doc.title,
        )
    return _change_content(work, doc, data, ApprovalKind.CORRECT_ORIGINAL, reason)


# How each kind of consented change is kept: the version's kind and the audit line's action.
_CHANGE_RECORDS = {
    ApprovalKind.EDIT_WORKING_COPY: ("edit", "update"),
    ApprovalKind.CORRECT_ORIGINAL: ("correction", "correct"),
}


def _change_content(work: Work, doc: Document, data: DocumentInput, kind: ApprovalKind, reason: str) -> DocumentRow:
    """Apply ``data`` within the manager's consent of ``kind``: the old content kept as a version, the change logged.

    Nothing to change uses up no approval.
    """
    new = _content(data, doc)
    changed = {k: [getattr(doc, k), v] for k, v in new.items() if getattr(doc, k) != v}
    if not changed:
        return document_row(doc, _recorder(work, doc))
    approval = take_approval(
        work, kind, "document", doc.id, dossier_id=doc.dossier_id, summary=_summary(doc), reason=reason
    )
    version_kind, action = _CHANGE_RECORDS[kind]
    _keep_version(work, doc, version_kind, approval_id=approval.id, reason=approval.reason)
    for key, value in new.items():
        setattr(doc, key, value)
    work.session.flush()
    _touch(work, doc)
    work.log(doc.dossier_id, "document", doc.id, action, changed | {"approval": approval.id})
    return document_row(doc, _recorder(work, doc))


def _expect(doc: Document, expected_version: int) -> None:
    expect_version(
        doc,
        expected_version,
        QT_TRANSLATE_NOOP(
            "app",
            "The document “{title}” was changed meanwhile by someone else; it has been reloaded — check it and "
            "save again.",
        ),
        title=doc.title,
    )


# What a person may ask the manager for about a document, and which documents it fits.
_CHANGE_KINDS = (ApprovalKind.EDIT_WORKING_COPY, ApprovalKind.TRASH_WORKING_COPY, ApprovalKind.CORRECT_ORIGINAL)


def request_document_change(work: Work, document_id: int, kind: ApprovalKind, reason: str) -> ApprovalInfo:
    """Ask the department manager to allow one change of a document (R9): an edit or trashing (or restoring) of a
    working copy, or the correction of a typo in an original. The request waits in the manager's list."""
    work.require(Action.EDIT_DOCUMENT)
    doc = work.session.get(Document, document_id)
    if doc is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no document with id {id}."), field="document", id=document_id)
    dossier_for_change(work, doc.dossier_id)
    if kind not in _CHANGE_KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "A document's change is an edit, trashing or a typo correction."), field="approval"
        )
    if kind is ApprovalKind.CORRECT_ORIGINAL:
        if not doc.is_original:
            raise Conflict(
                QT_TRANSLATE_NOOP("app", "“{title}” is a working copy: edit it instead of correcting it."),
                field="document.is_original",
                title=doc.title,
            )
    else:
        _refuse_original(doc)
    return request_approval(
        work, kind, "document", doc.id, dossier_id=doc.dossier_id, summary=_summary(doc), reason=reason
    )


def attach_scans(work: Work, document_id: int, files: Sequence[Path], *, reason: str = "") -> DocumentRow:
    """Attach more scans to a working copy, within the manager's approval of an edit (R9); its page count grows by
    their pages. An original's scans came with it and never change."""
    work.require(Action.EDIT_DOCUMENT)
    doc = _get(work, document_id)
    if not files:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Choose at least one file to attach."), field="document.attachments"
        )
    if doc.is_original:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "app", "“{title}” is an original document: its scans came with it, and no scan is added later."
            ),
            field="document.attachments",
            title=doc.title,
        )
    scans = [inspect_scan(Path(p)) for p in files]
    approval = take_approval(
        work,
        ApprovalKind.EDIT_WORKING_COPY,
        "document",
        doc.id,
        dossier_id=doc.dossier_id,
        summary=_summary(doc),
        reason=reason,
    )
    _keep_version(work, doc, "attach", approval_id=approval.id, reason=approval.reason)
    _store(work, doc, scans)
    doc.pages += sum(s.pages for s in scans)
    work.session.flush()
    _touch(work, doc)
    work.log(
        doc.dossier_id, "document", doc.id, "attach", {"files": [s.path.name for s in scans], "approval": approval.id}
    )
    return document_row(doc, _recorder(work, doc))


def trash_documents(work: Work, document_ids: Sequence[int], *, reason: str = "") -> int:
    """Move working copies to the trash (kept, restorable, never erased), each within the manager's approval (R9).

    Originals are refused, and then nothing is trashed."""
    work.require(Action.EDIT_DOCUMENT)
    docs = [_get(work, i) for i in dict.fromkeys(document_ids)]
    for doc in docs:
        _refuse_original(doc)
    for doc in docs:
        approval = take_approval(
            work,
            ApprovalKind.TRASH_WORKING_COPY,
            "document",
            doc.id,
            dossier_id=doc.dossier_id,
            summary=_summary(doc),
            reason=reason,
        )
        _keep_version(work, doc, "trash", approval_id=approval.id, reason=approval.reason)
        doc.trashed_at = work.now
        _touch(work, doc)
        work.log(doc.dossier_id, "document", doc.id, "trash", {"title": doc.title, "approval": approval.id})
    return len(docs)


def restore_documents(work: Work, document_ids: Sequence[int], *, reason: str = "") -> int:
    """Take documents back out of the trash: undoing a trashing needs the manager's approval as trashing did."""
    work.require(Action.EDIT_DOCUMENT)
    docs = work.session.scalars(
        select(Document).where(Document.id.in_(list(document_ids)), Document.trashed_at.is_not(None))
    ).all()
    for doc in docs:
        dossier_for_change(work, doc.dossier_id)
        approval = take_approval(
            work,
            ApprovalKind.TRASH_WORKING_COPY,
            "document",
            doc.id,
            dossier_id=doc.dossier_id,
            summary=_summary(doc),
            reason=reason,
        )
        _keep_version(work, doc, "restore", approval_id=approval.id, reason=approval.reason)
        doc.trashed_at = None
        _touch(work, doc)
        work.log(doc.dossier_id, "document", doc.id, "restore", {"title": doc.title, "approval": approval.id})
    return len(docs)


def refile_documents(
    work: Work, document_ids: Sequence[int], *, category: str | None = None, paper_location: str | None = None
) -> int:
    """Change the category and/or paper location of several documents at once.

    The paper location is where the paper stands, not the document: it may change for originals too. An original's
    category is part of what it is (R9): refiling one to another category is refused, and then nothing changes.
    """
    work.require(Action.EDIT_DOCUMENT)
    if category is not None and category not in BY_CODE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "“{category}” is not a document category."),
            field="document.category",
            category=category,
        )
    location = limited_text(paper_location, "document.paper_location", 200) if paper_location is not None else None
    docs = [_get(work, i) for i in dict.fromkeys(document_ids)]
    if category is not None:
        for doc in docs:
            if doc.is_original and doc.category != category:
                _refuse_original(doc)
    changed = 0
    for doc in docs:
        diff: dict[str, list[str]] = {}
        if category is not None and doc.category != category:
            diff["category"] = [doc.category, category]
            doc.category = category
        if location is not None and doc.paper_location != location:
            diff["paper_location"] = [doc.paper_location, location]
            doc.paper_location = location
        if diff:
            changed += 1
            _touch(work, doc)
            work.log(doc.dossier_id, "document", doc.id, "refile", diff)
    return changed


def category_counts(work: Work, dossier_id: int) -> dict[str, int]:
    """How many documents of each category the dossier holds (the side list of the Documents tab)."""
    work.require_read()
    rows = work.session.execute(
        select(Document.category, func.count(Document.id))
        .where(Document.dossier_id == dossier_id, Document.trashed_at.is_(None))
        .group_by(Document.category)
    )
    return {category: count for category, count in rows}


@dataclass(frozen=True)
class AttachmentFile:
    path: Path  # read-only file in the attachment store
    original_name: str
    media_type: str
    sha256: str


def attachment_file(work: Work, attachment_id: int) -> AttachmentFile:
    """Where a scan's bytes are, for the preview; refuses a missing file, a malformed hash or a link with a message.

    The stored hash becomes a path only once it is known to be a SHA-256, and a link in the store is never
    followed: either could otherwise show any file on the disk as this scan.
    """
    work.require_read()
    attachment = work.session.get(Attachment, attachment_id)
    if attachment is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("app", "There is no scan with id {id}."), field="document.attachments", id=attachment_id
        )
    destroyed = attachment.document.destroyed_at
    if destroyed is not None:  # issue 12: destruction (R15) — the scan is gone for good, not to be restored
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "app", "The scan “{file}” was destroyed on {date} with the manager's approval; only its record remains."
            ),
            field="document.attachments",
            file=attachment.original_name,
            date=destroyed.date().isoformat(),
        )
    try:
        state = work.store.presence(attachment.sha256)
    except InvalidHash:
        raise DataDamaged(
            QT_TRANSLATE_NOOP(
                "app",
                "The record of the scan “{file}” is damaged (its SHA-256 fingerprint is malformed), so it was not "
                "opened. Restore the file from a backup; dossier-desk check lists every damaged record.",
            ),
            field="document.attachments",
            file=attachment.original_name,
        ) from None
    if state is BlobState.LINKED:
        raise DataDamaged(
            QT_TRANSLATE_NOOP(
                "app",
                "The scan “{file}” in {folder} has been replaced by a link to another place, so it was not opened. "
                "Restore it from a backup.",
            ),
            field="document.attachments",
            file=attachment.original_name,
            folder=work.store.place,
        )
    missing = NotFound(
        QT_TRANSLATE_NOOP("app", "The scan “{file}” is missing from {folder}; restore it from a backup."),
        field="document.attachments",
        file=attachment.original_name,
        folder=work.store.place,
    )
    if state is not BlobState.OK:
        raise missing
    try:
        # In a folder, the stored file itself; on a server, a viewing copy checked against the hash (db/blob_store.py).
        path = work.store.local_path(attachment.sha256)
    except FileNotFoundError:
        raise missing from None  # taken out by another desk (a destruction) since the look above
    except StoredScanDamaged:
        raise DataDamaged(
            QT_TRANSLATE_NOOP(
                "app",
                "The scan “{file}” kept in {folder} is not what was stored (its SHA-256 fingerprint differs), so it "
                "was not opened. Restore it from a backup; dossier-desk check lists every damaged scan.",
            ),
            field="document.attachments",
            file=attachment.original_name,
            folder=work.store.place,
        ) from None
    return AttachmentFile(path, attachment.original_name, attachment.media_type, attachment.sha256)


def export_attachment(work: Work, attachment_id: int, folder: Path) -> Path:
    """A copy of a scan under its original name, for the system's own viewer (never the stored file).

    Written under a temporary name first: a viewer never opens half a scan, and a full disk says so."""
    source = attachment_file(work, attachment_id)
    target = folder / Path(source.original_name).name
    with written_atomically(target) as partial:
        work.store.copy_out(source.sha256, partial)
    return target
