"""Filing the inbox's bundles as documents, and moving the scans out of the inbox once that is committed.

Nothing lost, nothing twice (issue 21):
- a bundle is filed through ``add_document`` (app/dossier), so every rule of a document added by hand applies;
- in the same unit of work each of its files' shares is recorded in ``scan_bundle`` (file hash, bundle index:
  unique), and a file whose every bundle is now done is claimed in ``scan_claim`` (its hash: unique). Those rows are
  written first, so a clash with another desk stops the action before anything else is written;
- the scans are moved (``tidy_inbox``) only after that commit, and a filed file only once every stored copy of its
  bundles is verified against its hash. A crash before the move leaves the file in the inbox: its hash is claimed,
  so the next look moves it to ``processed/`` without filing it again. A kill before the commit leaves no document
  and no claim: the file is taken again.
- a file of several bundles stays in the inbox until its last bundle is filed or put aside; the bundles filed
  meanwhile are remembered by (file hash, bundle index) and not offered again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from app.archive import archive_settings
from app.desk import Actor, Desk, Work
from app.dossier import (
    BY_CODE,
    ISSUER_CUSTOMER,
    ISSUER_OFFICE,
    DocumentInput,
    DocumentRow,
    add_document,
    find_dossier_by_number,
)
from app.errors import AppError, Conflict, ValidationError
from app.inbox.reading import (
    IMAGE_SUFFIXES,
    PROCESSED,
    UNREADABLE,
    UNSORTED,
    Bundle,
    FileScan,
    FileState,
    Inbox,
    InboxFile,
    InboxWatch,
    file_hash,
    page_images,
    split,
)
from app.permissions import Action
from app.text import QT_TRANSLATE_NOOP
from db.attachment_store import BlobState
from db.models import Attachment, Customer, Dossier, ScanBundle, ScanClaim, Tenancy

_FOLDER_OF = {"filed": PROCESSED, "unsorted": UNSORTED, "unreadable": UNREADABLE}


@dataclass(frozen=True)
class Filing:
    """What the clerk chose for a bundle; empty values take the cover's (the dossier, the category, its date and
    title), then the defaults: the scan's date, the category's name as the title. ``prefill`` adds the category's
    defaults for original or working copy and 责任者."""

    dossier_number: str = ""
    category: str = ""
    title: str = ""
    doc_date: dt.date | None = None
    is_original: bool = False
    issuer: str = ""


@dataclass(frozen=True)
class Moved:
    source: Path
    target: Path
    outcome: str  # filed, unsorted, unreadable


def read_inbox(work: Work, watch: InboxWatch) -> Inbox:
    """The inbox folder now: every scan file (waiting, ready, unreadable; taken before) and the bundles still to file.

    Files are read (rendered, decoded) once while they stay unchanged; the folder must exist."""
    work.require_read()
    folder = watch.folder
    if not folder.is_dir():
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "The inbox folder {folder} does not exist."), field="inbox.folder", folder=folder
        )
    polled = watch.poll()
    files: list[InboxFile] = []
    scans: list[FileScan] = []
    stack_complete = True
    for path, size, settled in polled:
        image = path.suffix.lower() in IMAGE_SUFFIXES
        if not settled:
            stack_complete = stack_complete and not image
            files.append(InboxFile(path, size, FileState.WAITING))
            continue
        try:
            scan = watch.read(path)
        except OSError:
            continue  # moved away meanwhile
        if isinstance(scan, str) and not path.exists():
            continue  # moved away while it was read (another desk): not unreadable
        if isinstance(scan, str):
            # An image of the stack that cannot be read holds the stack back (its bundle would lose the page) until
            # it is set aside to unreadable/.
            stack_complete = stack_complete and not image
            files.append(InboxFile(path, size, FileState.UNREADABLE, problem=scan))
            continue
        scans.append(scan)
        files.append(InboxFile(path, size, FileState.READY, sha256=scan.sha256, pages=len(scan.covers)))
    hashes = [s.sha256 for s in scans]
    claimed: set[str] = set()
    done: set[tuple[str, int]] = set()
    if hashes:
        claimed = set(work.session.scalars(select(ScanClaim.sha256).where(ScanClaim.sha256.in_(hashes))))
        filed = select(ScanBundle.sha256, ScanBundle.bundle).where(ScanBundle.sha256.in_(hashes))
        done = {(sha, index) for sha, index in work.session.execute(filed)}
    files = [f if f.sha256 not in claimed else _taken(f) for f in files]
    bundles = [
        b
        for b in split([s for s in scans if s.sha256 not in claimed], stack_complete)
        if not all((p.sha256, p.index) in done for p in b.parts)
    ]
    return Inbox(folder, tuple(files), tuple(bundles))


def _taken(file: InboxFile) -> InboxFile:
    return InboxFile(file.path, file.size, file.state, file.problem, file.sha256, file.pages, taken=True)


def proposal(bundle: Bundle) -> Filing:
    """What the window prefills for ``bundle`` (every value editable): the cover's dossier and category, its title or
    else the category's name, its date or else the scan's; a working copy, no 责任者 (no category has defaults for
    them in the house yet)."""
    cover = bundle.cover
    category = cover.category if cover else ""
    named = BY_CODE[category].chinese if category in BY_CODE else ""
    return Filing(
        dossier_number=(cover.dossier_number or "") if cover else "",
        category=category,
        title=(cover.title if cover else "") or named,
        doc_date=(cover.day if cover else None) or bundle.scanned_on,
    )


def prefill(work: Work, bundle: Bundle, dossier_number: str = "", category: str = "") -> Filing:
    """What the window shows for ``bundle`` before the clerk changes anything, and what filing it untouched (the
    command, the window's automatic filing) records: ``proposal`` plus the category's defaults, an original or a
    working copy and its 责任者 (the dossier's customer, or the office that keeps the record). ``dossier_number``
    and ``category`` are the clerk's choice for a bundle whose cover names none."""
    work.require_read()
    proposed = proposal(bundle)
    number = dossier_number.strip() or proposed.dossier_number
    code = category or proposed.category
    kind = BY_CODE.get(code)
    if kind is None:
        return replace(proposed, dossier_number=number, category=code)
    issuer = ""
    if kind.issuer == ISSUER_OFFICE:
        issuer = archive_settings(work).fonds_name
    elif kind.issuer == ISSUER_CUSTOMER and number:
        issuer = _customer_of(work, number)
    title = proposed.title if code == proposed.category else kind.chinese
    return replace(
        proposed, dossier_number=number, category=code, title=title, is_original=kind.original, issuer=issuer
    )


def _customer_of(work: Work, number: str) -> str:
    try:
        dossier_id = find_dossier_by_number(work, number)
    except AppError:
        return ""  # filing says why; a prefill only leaves the 责任者 empty
    name = work.session.scalar(
        select(Customer.name)
        .join(Tenancy, Tenancy.customer_id == Customer.id)
        .join(Dossier, Dossier.tenancy_id == Tenancy.id)
        .where(Dossier.id == dossier_id)
    )
    return name or ""


def file_bundle(work: Work, bundle: Bundle, filing: Filing | None = None) -> DocumentRow:
    """File ``bundle`` as a document of its dossier with one scan (its pages as a PDF, the cover left out); without
    ``filing``, as ``prefill`` proposes; what ``filing`` leaves empty is taken from ``proposal(bundle)``."""
    work.require(Action.FILE_SCANS)
    filing = filing or prefill(work, bundle)
    proposed = proposal(bundle)
    number = filing.dossier_number.strip() or proposed.dossier_number
    if not number:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Choose the dossier for the scan “{file}”: it has no cover naming one."),
            field="inbox.dossier",
            file=bundle.names,
        )
    category = filing.category or proposed.category
    if not category:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Choose the category for the scan “{file}”: it has no cover naming one."),
            field="document.category",
            file=bundle.names,
        )
    if not bundle.pages:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "The scan “{file}” has no pages after its cover sheet."),
            field="inbox.file",
            file=bundle.names,
        )
    dossier_id = find_dossier_by_number(work, number)
    claims = _claim(work, bundle)
    named = BY_CODE[category].chinese if category in BY_CODE else category  # a wrong code: add_document says so
    title = filing.title.strip() or (proposed.title if category == proposed.category else "") or named
    day = filing.doc_date or proposed.doc_date
    data = DocumentInput(
        category=category, doc_date=day, title=title, is_original=filing.is_original, issuer=filing.issuer
    )
    with tempfile.TemporaryDirectory(prefix="dossier-desk-inbox-") as scratch:
        pdf = Path(scratch) / _attachment_name(bundle)
        write_bundle_pdf(bundle, pdf)
        row = add_document(work, dossier_id, data, [pdf])
    for claim in claims:
        claim.document_id = row.id
    work.session.flush()
    _claim_files_done(work, bundle)
    return row


@dataclass(frozen=True)
class Done:
    """What ``file_and_tidy`` did: each bundle filed (its document) or not (why), the files moved, the folder after."""

    filed: tuple[tuple[Bundle, int], ...]
    refused: tuple[tuple[Bundle, Exception], ...]
    moved: tuple[Moved, ...]
    inbox: Inbox


def file_and_tidy(desk: Desk, actor: Actor, watch: InboxWatch, seen: Inbox, to_file: Sequence[Bundle]) -> Done:
    """What a look at the inbox leads to, for the command's ``--file`` and the window's watcher alike: ``to_file``
    filed as prefilled, each unreadable file set aside, every file done moved out of the folder.

    Each step is a unit of work of its own: one bundle refused (a rule, a file gone from the share, a damaged PDF) is
    reported and the others are still filed; an unreadable file that cannot be read now either waits for the next
    look."""
    with desk.work(actor) as work:
        work.require(Action.FILE_SCANS)  # first: a user who may not file is told once, before any step
    filed: list[tuple[Bundle, int]] = []
    refused: list[tuple[Bundle, Exception]] = []
    for bundle in to_file:
        try:
            with desk.work(actor) as work:
                filed.append((bundle, file_bundle(work, bundle).id))
        except Exception as exc:  # reported with its bundle; the next bundle is filed all the same
            refused.append((bundle, exc))
    for file in seen.files:
        if file.state is FileState.UNREADABLE and not file.taken:
            try:
                with desk.work(actor) as work:
                    set_aside_unreadable(work, file)
            except (AppError, OSError):
                continue
    with desk.work(actor) as work:
        now = read_inbox(work, watch)
        moved = tidy_inbox(work, now)
    if moved:
        with desk.read(actor) as work:
            now = read_inbox(work, watch)
    return Done(tuple(filed), tuple(refused), tuple(moved), now)


def put_aside(work: Work, bundle: Bundle) -> None:
    """Put a bundle the clerk will not file (no cover, or not a dossier's paper) aside: not offered again; its files
    go to ``unsorted/`` once all their bundles are done."""
    work.require(Action.FILE_SCANS)
    _claim(work, bundle)
    _claim_files_done(work, bundle)


def set_aside_unreadable(work: Work, file: InboxFile) -> None:
    """Record an unreadable file (its hash, the problem), so ``tidy_inbox`` moves it to ``unreadable/``."""
    actor = work.require(Action.FILE_SCANS)
    try:
        sha = file_hash(file.path)
    except FileNotFoundError:
        return  # taken out of the inbox meanwhile (another desk)
    if work.session.scalar(select(ScanClaim.id).where(ScanClaim.sha256 == sha)) is not None:
        return  # the same bytes were found unreadable (or taken) before: only to be moved
    work.session.add(
        ScanClaim(
            sha256=sha,
            name=file.path.name[:260],
            outcome="unreadable",
            message=file.problem[:500],
            claimed_by=actor.user_id,
            claimed_at=work.now,
        )
    )
    work.session.flush()


def _claim(work: Work, bundle: Bundle) -> list[ScanBundle]:
    """Record the bundle's shares of its files first: a share recorded before (here or at another desk) refuses."""
    actor = work.require(Action.FILE_SCANS)
    twice = Conflict(
        QT_TRANSLATE_NOOP(
            "app", "The scan “{file}” was filed before (here or at another desk); it is not filed twice."
        ),
        field="inbox.file",
        file=bundle.names,
    )
    hashes = [p.sha256 for p in bundle.parts]
    if work.session.scalar(select(func.count()).select_from(ScanClaim).where(ScanClaim.sha256.in_(hashes))):
        raise twice
    for part in bundle.parts:
        if file_hash(part.path) != part.sha256:
            raise Conflict(
                QT_TRANSLATE_NOOP("app", "The scan “{file}” changed since it was read; look at the inbox again."),
                field="inbox.file",
                file=part.path.name,
            )
    claims = [
        ScanBundle(sha256=p.sha256, bundle=p.index, document_id=None, filed_by=actor.user_id, filed_at=work.now)
        for p in bundle.parts
    ]
    try:
        with work.session.begin_nested():  # a clash (another desk was quicker) undoes only these rows
            work.session.add_all(claims)
            work.session.flush()
    except IntegrityError:
        raise twice from None
    return claims


def _claim_files_done(work: Work, bundle: Bundle) -> None:
    """Claim each file of the bundle whose every bundle is now done: filed, or unsorted if one was put aside."""
    actor = work.actor
    assert actor is not None
    for part in bundle.parts:
        rows = work.session.execute(select(ScanBundle.document_id).where(ScanBundle.sha256 == part.sha256)).all()
        if len(rows) < part.of:
            continue
        outcome = "filed" if all(r.document_id is not None for r in rows) else "unsorted"
        work.session.add(
            ScanClaim(
                sha256=part.sha256,
                name=part.path.name[:260],
                outcome=outcome,
                message="",
                claimed_by=actor.user_id,
                claimed_at=work.now,
            )
        )
    work.session.flush()


def _attachment_name(bundle: Bundle) -> str:
    first = bundle.parts[0]
    stem = Path(first.path.name).stem[:100]
    return f"{stem}-{first.index + 1}.pdf" if first.of > 1 else f"{stem}.pdf"


def write_bundle_pdf(bundle: Bundle, target: Path) -> None:
    """The bundle's pages as one PDF: a PDF's pages copied as they are (not rendered again), images as PDF pages."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    readers: dict[Path, PdfReader] = {}
    for page in bundle.pages:
        if page.media_type == "application/pdf":
            if page.path not in readers:
                readers[page.path] = PdfReader(page.path)
            writer.add_page(readers[page.path].pages[page.page])
            continue
        for image in page_images(page.path, page.media_type, only=page.page):
            dpi = image.info.get("dpi", (200, 200))[0] or 200
            out = io.BytesIO()
            (image if image.mode in ("1", "L", "RGB") else image.convert("RGB")).save(
                out, format="PDF", resolution=float(dpi)
            )
            writer.add_page(PdfReader(out).pages[0])
    with target.open("wb") as f:
        writer.write(f)


def tidy_inbox(work: Work, inbox: Inbox) -> list[Moved]:
    """Move each file taken before out of the inbox: to ``processed/`` once the stored copies of its documents' scans
    are verified (a copy not verified leaves the file where it is), to ``unsorted/`` or to ``unreadable/`` (with a
    ``.txt`` beside it saying why). Moving scans out of the shared inbox is the filing desk's act: a unit of work of
    its own, after the one that filed (nothing in the record changes here)."""
    work.require(Action.FILE_SCANS)
    moved: list[Moved] = []
    for file in inbox.files:
        if not file.taken:
            if file.state is FileState.UNREADABLE:
                claim = _claim_of(work, file)
                if claim is not None:
                    _move_or_leave(moved, inbox.folder, file.path, claim)
            continue
        found = work.session.execute(
            select(ScanClaim.outcome, ScanClaim.message).where(ScanClaim.sha256 == file.sha256)
        ).one()
        if found.outcome == "filed" and not _stored_copies_verified(work, file.sha256 or ""):
            continue
        _move_or_leave(moved, inbox.folder, file.path, (found.outcome, found.message))
    return moved


def _move_or_leave(moved: list[Moved], folder: Path, source: Path, claim: tuple[str, str]) -> None:
    """Move one file; one that cannot be moved now (held open by a viewer or another desk on Windows, gone meanwhile)
    stays for the next look, and the others are still moved."""
    with contextlib.suppress(OSError):
        moved.append(_move(folder, source, claim))


def _claim_of(work: Work, file: InboxFile) -> tuple[str, str] | None:
    try:
        sha = file_hash(file.path)
    except OSError:
        return None
    row = work.session.execute(
        select(ScanClaim.outcome, ScanClaim.message).where(ScanClaim.sha256 == sha)
    ).one_or_none()
    return (row.outcome, row.message) if row is not None else None


def _stored_copies_verified(work: Work, sha: str) -> bool:
    stored = work.session.scalars(
        select(Attachment.sha256)
        .join(ScanBundle, ScanBundle.document_id == Attachment.document_id)
        .where(ScanBundle.sha256 == sha)
    ).all()
    return bool(stored) and all(work.store.verify(s) is BlobState.OK for s in stored)


def _move(folder: Path, source: Path, claim: tuple[str, str]) -> Moved:
    outcome, message = claim
    target_folder = folder / _FOLDER_OF[outcome]
    target_folder.mkdir(exist_ok=True)
    target = target_folder / source.name
    n = 1
    while target.exists():  # a scan of the same name moved before: both kept
        n += 1
        target = target_folder / f"{source.stem} ({n}){source.suffix}"
    os.rename(source, target)  # within one folder: never half a file; gone meanwhile (another desk) raises
    if outcome == "unreadable" and message:
        target.with_name(target.name + ".txt").write_text(message + "\n", encoding="utf-8")
    return Moved(source, target, outcome)
