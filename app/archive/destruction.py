"""Retention and approved destruction (R15): the appraisal of what is past its retention (到期鉴定), the destruction
list the supervisor proposes, the department manager's approval, and the destruction recorded before two 监销人.

Nothing is destroyed any other way: db/protection.py lets a dossier become ``destroyed`` and a document get its
tombstone only as an item "destroy" of a list whose approval the manager gave, and ``record_destruction`` is the one
code path that does it. The records stay as tombstones (档号, 题名, 年度, counts, 已销毁 with the date and approval);
what goes is the scans: after the commit, each file that no surviving document uses is deleted from the scans folder
(content-addressed, so a scan shared with a kept document stays). A file that cannot be deleted is a stray that
``check`` reports — never a lost record.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select

from app.approvals import ApprovalKind, ApprovalStatus, approval, request_approval, take_approval
from app.archive.directory import file_title
from app.archive.queries import chunks, dossier_query, page_stats, units_text
from app.desk import Actor, Desk, Work, expect_version
from app.errors import Conflict, NotFound, ValidationError
from app.permissions import Action
from app.run_locks import Lock, number_in_turn, run_alone
from app.text import QT_TRANSLATE_NOOP
from app.validation import limited_text, required_text
from db.attachment_store import valid_hash
from db.blob_store import DatabaseAttachmentStore
from db.models import (
    Approval,
    ArchiveBox,
    Attachment,
    DestructionItem,
    DestructionList,
    Document,
    DocumentVersion,
    Dossier,
    Specimen,
    User,
)

ENTITY = "destruction_list"  # what the approval of a list is about (db/protection.py names it too)
# 保管期限 in years; a permanent file is never due.
RETENTION_YEARS = {"30y": 30, "10y": 10}
MAX_OPINION_LENGTH = 2000
MAX_REASON_LENGTH = 500
MAX_WITNESS_LENGTH = 100  # destruction_list.witness_1 / witness_2
MAX_KEEP_YEARS = 100  # kept longer by at most this many years from the appraisal


class ListState(StrEnum):
    WAITING = "waiting"
    APPROVED = "approved"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"
    DESTROYED = "destroyed"


STATE_NAMES = {
    ListState.WAITING: QT_TRANSLATE_NOOP("destruction", "Waiting for approval"),
    ListState.APPROVED: QT_TRANSLATE_NOOP("destruction", "Approved, not yet destroyed"),
    ListState.REFUSED: QT_TRANSLATE_NOOP("destruction", "Refused"),
    ListState.WITHDRAWN: QT_TRANSLATE_NOOP("destruction", "Withdrawn"),
    ListState.DESTROYED: QT_TRANSLATE_NOOP("destruction", "Destroyed"),
}


@dataclass(frozen=True)
class DueDossier:
    """A bound dossier whose retention has run out by the appraisal's day: a row of the 到期鉴定 list."""

    dossier_id: int
    file_number: str  # 档号
    title: str  # 案卷题名
    year: int  # 年度: the archiving year the retention counts from
    retention: str
    documents: int  # 件数
    pages: int  # 页数
    box_id: int | None
    box_number: str  # 盒号 ("" while bound and not yet boxed)
    due_from: dt.date
    kept_until_year: int | None  # an earlier appraisal kept it longer, until the end of this year


@dataclass(frozen=True)
class DueBox:
    """A box with due dossiers; ``whole`` when every dossier still in it is due (the box can go as a whole)."""

    box_id: int
    number: str
    year: int
    retention: str
    dossiers: int  # in the box, not yet destroyed
    due: int

    @property
    def whole(self) -> bool:
        return self.due == self.dossiers


@dataclass(frozen=True)
class Appraisal:
    as_of: dt.date
    dossiers: tuple[DueDossier, ...]
    boxes: tuple[DueBox, ...]


@dataclass(frozen=True)
class Proposal:
    """What the supervisor proposes for one due dossier: destroy it, or keep it until the end of a later year."""

    dossier_id: int
    destroy: bool = True
    keep_until_year: int | None = None
    reason: str = ""  # why it is kept longer (required then); a remark (备注) for a destroyed one


@dataclass(frozen=True)
class DestructionEntry:
    """One dossier of a destruction list, as the register (销毁清册) prints it."""

    position: int  # 序号
    dossier_id: int
    file_number: str
    title: str
    year: int
    retention: str
    documents: int
    pages: int
    box_number: str
    destroy: bool
    keep_until_year: int | None
    reason: str
    destroyed_at: dt.datetime | None  # its tombstone's date, once destroyed


@dataclass(frozen=True)
class DestructionListInfo:
    id: int
    version: int
    number: str  # 2026-XH-01
    as_of: dt.date
    opinion: str  # 鉴定意见
    proposed_by: str
    proposed_at: dt.datetime
    approval_id: int | None
    approval_status: ApprovalStatus | None
    decided_by: str | None  # 批准人
    decided_at: dt.datetime | None
    decision_note: str
    witnesses: tuple[str, str]  # 监销人
    destroyed_at: dt.datetime | None
    destroyed_by: str | None
    entries: tuple[DestructionEntry, ...]

    @property
    def state(self) -> ListState:
        if self.destroyed_at is not None:
            return ListState.DESTROYED
        if self.approval_status in (ApprovalStatus.APPROVED, ApprovalStatus.USED):
            return ListState.APPROVED
        if self.approval_status is ApprovalStatus.REFUSED:
            return ListState.REFUSED
        if self.approval_status is ApprovalStatus.WITHDRAWN:
            return ListState.WITHDRAWN
        return ListState.WAITING

    @property
    def to_destroy(self) -> tuple[DestructionEntry, ...]:
        return tuple(e for e in self.entries if e.destroy)

    @property
    def kept(self) -> tuple[DestructionEntry, ...]:
        return tuple(e for e in self.entries if not e.destroy)


@dataclass(frozen=True)
class DestructionRecord:
    """What recording a destruction did; ``scans`` are the files no surviving document uses, to delete after the
    commit (``remove_destroyed_scans``)."""

    destruction_list: DestructionListInfo
    dossiers: int
    documents: int
    scans: tuple[str, ...]


@dataclass(frozen=True)
class ScanRemoval:
    removed: int
    left: tuple[str, ...]  # files that could not be deleted: strays for check to report


# -- the appraisal ------------------------------------------------------------------------------------------------


def archiving_year(dossier: Dossier, box_year: int | None) -> int | None:
    """The year the retention counts from: the box's year, else the year the file number was given in."""
    if box_year is not None:
        return box_year
    if dossier.file_year is not None:
        return dossier.file_year
    return dossier.bound_at.year if dossier.bound_at is not None else None


def retention_ends(year: int, retention: str | None) -> dt.date | None:
    """The first day a file of ``year`` is past its retention: counted from the END of the archiving year (a 10-year
    file of 2015 is due from 2026-01-01); a permanent one never."""
    years = RETENTION_YEARS.get(retention or "")
    return None if years is None else dt.date(year + years + 1, 1, 1)


def _open_or_kept(work: Work) -> tuple[set[int], dict[int, int]]:
    """Dossiers on a list still waiting or approved and not yet carried out, and the year each dossier was kept
    until by an approved appraisal (the latest)."""
    rows = work.session.execute(
        select(
            DestructionItem.dossier_id,
            DestructionItem.decision,
            DestructionItem.keep_until_year,
            DestructionList.destroyed_at,
            DestructionList.approval_id,
        ).join(DestructionList, DestructionList.id == DestructionItem.list_id)
    ).all()
    statuses = _approval_statuses(work, {r.approval_id for r in rows if r.approval_id is not None})
    on_open: set[int] = set()
    kept: dict[int, int] = {}
    for dossier_id, decision, keep_until, destroyed_at, approval_id in rows:
        status = statuses.get(approval_id) if approval_id is not None else ApprovalStatus.PENDING
        consented = status in (ApprovalStatus.APPROVED, ApprovalStatus.USED)
        if decision == "keep" and consented:
            kept[dossier_id] = max(kept.get(dossier_id, keep_until or 0), keep_until or 0)
        elif status is ApprovalStatus.PENDING or (decision == "destroy" and destroyed_at is None and consented):
            on_open.add(dossier_id)  # waiting for the manager, or approved and not yet carried out
    return on_open, kept


def _approval_statuses(work: Work, ids: set[int]) -> dict[int, ApprovalStatus]:
    found: dict[int, ApprovalStatus] = {}
    for chunk in chunks(sorted(ids)):
        for approval_id, status in work.session.execute(
            select(Approval.id, Approval.status).where(Approval.id.in_(chunk))
        ):
            found[approval_id] = ApprovalStatus(status)
    return found


def due_for_appraisal(work: Work, as_of: dt.date) -> Appraisal:
    """Bound and archived dossiers whose retention has run out by ``as_of`` (R15), file number order, with their
    boxes. A dossier on a list still waiting (or approved) is not listed again; one kept longer only from the
    1 January after the year it was kept until."""
    work.require_read()
    on_open, kept = _open_or_kept(work)
    dossiers = work.session.scalars(
        dossier_query().where(Dossier.status.in_(("bound", "archived")), Dossier.retention.in_(RETENTION_YEARS))
    ).all()
    box_rows = {
        b.id: b
        for b in work.session.scalars(
            select(ArchiveBox).where(ArchiveBox.id.in_({d.box_id for d in dossiers if d.box_id is not None}))
        )
    }
    due: list[tuple[Dossier, int, dt.date]] = []
    for d in dossiers:
        if d.id in on_open:
            continue
        box = box_rows.get(d.box_id) if d.box_id is not None else None
        year = archiving_year(d, box.year if box is not None else None)
        ends = retention_ends(year, d.retention) if year is not None else None
        if ends is None:
            continue
        if d.id in kept:
            ends = max(ends, dt.date(kept[d.id] + 1, 1, 1))
        if ends <= as_of:
            due.append((d, year, ends))  # type: ignore[arg-type]
    stats = page_stats(work, [d.id for d, _y, _e in due])
    rows = []
    for d, year, ends in due:
        box = box_rows.get(d.box_id) if d.box_id is not None else None
        documents, pages, _unpaged = stats.get(d.id, (0, 0, 0))
        tenancy = d.tenancy
        rows.append(
            DueDossier(
                dossier_id=d.id,
                file_number=d.file_number or "",
                title=file_title(d.label_text, units_text(tenancy), tenancy.move_in, tenancy.move_out),
                year=year,
                retention=d.retention or "",
                documents=documents,
                pages=pages,
                box_id=d.box_id,
                box_number=box.number if box is not None else "",
                due_from=ends,
                kept_until_year=kept.get(d.id),
            )
        )
    rows.sort(key=lambda r: (r.year, r.box_number, r.file_number))
    return Appraisal(as_of, tuple(rows), tuple(_due_boxes(work, rows, box_rows)))


def _due_boxes(work: Work, rows: Sequence[DueDossier], box_rows: dict[int, ArchiveBox]) -> list[DueBox]:
    due_in: dict[int, int] = defaultdict(int)
    for r in rows:
        if r.box_id is not None:
            due_in[r.box_id] += 1
    if not due_in:
        return []
    standing = dict(
        work.session.execute(
            select(Dossier.box_id, func.count(Dossier.id))
            .where(Dossier.box_id.in_(due_in), Dossier.status != "destroyed")
            .group_by(Dossier.box_id)
        ).all()
    )
    boxes = [
        DueBox(b, box_rows[b].number, box_rows[b].year, box_rows[b].retention, standing.get(b, 0), n)
        for b, n in due_in.items()
    ]
    return sorted(boxes, key=lambda b: (b.year, b.number))


# -- the destruction list -------------------------------------------------------------------------------------------


def propose_destruction(work: Work, as_of: dt.date, proposals: Sequence[Proposal], opinion: str) -> DestructionListInfo:
    """The supervisor's destruction list (R15): for each due dossier, destroy or keep longer (a year and a reason),
    with the 鉴定意见; it waits for the department manager's approval (kind destruction, about this list)."""
    actor = work.require(Action.PROPOSE_DESTRUCTION)
    opinion = required_text(opinion, "destruction_list.opinion", MAX_OPINION_LENGTH)
    if not proposals:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Choose at least one dossier for the destruction list."),
            field="destruction_item",
        )
    due = {d.dossier_id: d for d in due_for_appraisal(work, as_of).dossiers}
    seen: set[int] = set()
    checked: list[tuple[Proposal, str]] = []
    for p in proposals:
        if p.dossier_id in seen:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "A dossier is named twice in the destruction list."),
                field="destruction_item.dossier_id",
            )
        seen.add(p.dossier_id)
        found = due.get(p.dossier_id)
        if found is None:
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "app",
                    "Dossier {id} is not due for appraisal on {date}: its retention has not run out, it is already "
                    "on a destruction list, or it was kept longer.",
                ),
                field="destruction_item.dossier_id",
                id=p.dossier_id,
                date=as_of.isoformat(),
            )
        reason = limited_text(p.reason, "destruction_item.reason", MAX_REASON_LENGTH)
        if not p.destroy:
            if p.keep_until_year is None or not (as_of.year <= p.keep_until_year <= as_of.year + MAX_KEEP_YEARS):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "app", "A file kept longer ({file_number}) is kept until a year from {first} to {last}."
                    ),
                    field="destruction_item.keep_until_year",
                    file_number=found.file_number,
                    first=as_of.year,
                    last=as_of.year + MAX_KEEP_YEARS,
                )
            if not reason:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("app", "Say why {file_number} is kept longer (延长保管的理由)."),
                    field="destruction_item.reason",
                    file_number=found.file_number,
                )
        checked.append((p, reason))
    year = work.today.year
    number_in_turn(work, Lock.DESTRUCTION_LIST_NUMBERS)
    sequence = (
        work.session.scalar(select(func.max(DestructionList.sequence)).where(DestructionList.year == year)) or 0
    ) + 1
    listed = DestructionList(
        number=f"{year}-XH-{sequence:02d}",
        year=year,
        sequence=sequence,
        as_of=as_of,
        opinion=opinion,
        proposed_by=actor.user_id,
        proposed_at=work.now,
    )
    work.session.add(listed)
    work.session.flush()
    ordered = sorted(checked, key=lambda c: (due[c[0].dossier_id].year, due[c[0].dossier_id].file_number))
    for position, (p, reason) in enumerate(ordered, start=1):
        work.session.add(
            DestructionItem(
                list_id=listed.id,
                dossier_id=p.dossier_id,
                position=position,
                decision="destroy" if p.destroy else "keep",
                keep_until_year=None if p.destroy else p.keep_until_year,
                reason=reason,
            )
        )
    work.session.flush()
    destroyed = sum(1 for p, _r in checked if p.destroy)
    asked = request_approval(
        work,
        ApprovalKind.DESTRUCTION,
        ENTITY,
        listed.id,
        dossier_id=None,
        summary=f"销毁清册 {listed.number}：销毁 {destroyed} 卷，延长保管 {len(checked) - destroyed} 卷",
        reason=opinion,
    )
    listed.approval_id = asked.id
    work.session.flush()
    work.log(
        None,
        ENTITY,
        listed.id,
        "propose",
        {
            "number": listed.number,
            "as_of": as_of.isoformat(),
            "destroy": [due[p.dossier_id].file_number for p, _r in ordered if p.destroy],
            "keep": [due[p.dossier_id].file_number for p, _r in ordered if not p.destroy],
            "opinion": opinion,
            "approval": asked.id,
        },
    )
    for p, _r in checked:
        work.touched.dossiers.add(p.dossier_id)
    return _list_info(work, listed.id)


def destruction_lists(work: Work) -> list[DestructionListInfo]:
    """Every destruction list, newest first, with its state."""
    work.require_read()
    ids = work.session.scalars(select(DestructionList.id).order_by(DestructionList.id.desc())).all()
    return [_list_info(work, i) for i in ids]


def destruction_list(work: Work, list_id: int) -> DestructionListInfo:
    work.require_read()
    return _list_info(work, list_id)


def find_destruction_list(work: Work, number_or_id: str) -> DestructionListInfo:
    """A list by its number (2026-XH-01) or its id, as typed on the command line."""
    work.require_read()
    text = (number_or_id or "").strip()
    found = work.session.scalar(select(DestructionList.id).where(DestructionList.number == text))
    if found is None and text.isdigit():
        found = work.session.scalar(select(DestructionList.id).where(DestructionList.id == int(text)))
    if found is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("app", "There is no destruction list {number}."), field="destruction_list", number=text
        )
    return _list_info(work, found)


def _list_info(work: Work, list_id: int) -> DestructionListInfo:
    listed = work.session.get(DestructionList, list_id)
    if listed is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("app", "There is no destruction list {number}."),
            field="destruction_list",
            number=list_id,
        )
    names = dict(work.session.execute(select(User.id, User.display_name)).all())
    consent = approval(work, listed.approval_id) if listed.approval_id is not None else None
    items = list(listed.items)
    ids = [i.dossier_id for i in items]
    dossiers = {d.id: d for d in work.session.scalars(dossier_query().where(Dossier.id.in_(ids)))} if ids else {}
    box_ids = {d.box_id for d in dossiers.values() if d.box_id is not None}
    boxes = {b.id: b for b in work.session.scalars(select(ArchiveBox).where(ArchiveBox.id.in_(box_ids)))}
    stats = page_stats(work, ids)
    tombstones = dict(
        work.session.execute(
            select(Document.dossier_id, func.max(Document.destroyed_at))
            .where(Document.dossier_id.in_(ids))
            .group_by(Document.dossier_id)
        ).all()
    )
    entries = []
    for item in items:
        d = dossiers[item.dossier_id]
        box = boxes.get(d.box_id) if d.box_id is not None else None
        documents, pages, _unpaged = stats.get(d.id, (0, 0, 0))
        tenancy = d.tenancy
        entries.append(
            DestructionEntry(
                position=item.position,
                dossier_id=d.id,
                file_number=d.file_number or "",
                title=file_title(d.label_text, units_text(tenancy), tenancy.move_in, tenancy.move_out),
                year=archiving_year(d, box.year if box is not None else None) or 0,
                retention=d.retention or "",
                documents=documents,
                pages=pages,
                box_number=box.number if box is not None else "",
                destroy=item.decision == "destroy",
                keep_until_year=item.keep_until_year,
                reason=item.reason,
                destroyed_at=tombstones.get(d.id) if d.status == "destroyed" else None,
            )
        )
    return DestructionListInfo(
        id=listed.id,
        version=listed.version,
        number=listed.number,
        as_of=listed.as_of,
        opinion=listed.opinion,
        proposed_by=names.get(listed.proposed_by, ""),
        proposed_at=listed.proposed_at,
        approval_id=listed.approval_id,
        approval_status=consent.status if consent is not None else None,
        decided_by=consent.decided_by if consent is not None else None,
        decided_at=consent.decided_at if consent is not None else None,
        decision_note=consent.decision_note if consent is not None else "",
        witnesses=(listed.witness_1, listed.witness_2),
        destroyed_at=listed.destroyed_at,
        destroyed_by=names.get(listed.destroyed_by) if listed.destroyed_by is not None else None,
        entries=tuple(entries),
    )


# -- the destruction ----------------------------------------------------------------------------------------------


def record_destruction(
    work: Work, list_id: int, witnesses: Sequence[str], *, expected_version: int | None = None
) -> DestructionRecord:
    """Carry out an approved destruction list (R15) before two 监销人: its documents get their tombstone, its
    dossiers become ``destroyed``, the approval is used up, everything is in the audit log. The scans that no
    surviving document uses are returned, to be deleted once this is committed (``remove_destroyed_scans``)."""
    actor = work.require(Action.RECORD_DESTRUCTION)
    run_alone(work, Lock.DESTRUCTION)
    names = tuple((w or "").strip() for w in witnesses)
    if len(names) != 2 or not all(names):
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "A destruction is witnessed by two people (监销人): name both."),
            field="destruction_list.witness_1",
        )
    for name in names:
        limited_text(name, "destruction_list.witness_1", MAX_WITNESS_LENGTH)
    if names[0] == names[1]:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "The two witnesses (监销人) must be two different people."),
            field="destruction_list.witness_2",
        )
    listed = work.session.get(DestructionList, list_id)
    if listed is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("app", "There is no destruction list {number}."),
            field="destruction_list",
            number=list_id,
        )
    if expected_version is not None:
        expect_version(
            listed,
            expected_version,
            QT_TRANSLATE_NOOP("app", "Destruction list {number} was changed meanwhile; look at it again."),
            number=listed.number,
        )
    if listed.destroyed_at is not None:
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "Destruction list {number} was already carried out."),
            field="destruction_list",
            number=listed.number,
        )
    info = _list_info(work, list_id)
    if info.approval_status is not ApprovalStatus.APPROVED:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "app",
                "Destruction list {number} is not approved by the department manager: nothing is destroyed.",
            ),
            field="destruction_list",
            number=listed.number,
        )
    used = take_approval(
        work, ApprovalKind.DESTRUCTION, ENTITY, listed.id, dossier_id=None, summary=f"销毁清册 {listed.number}"
    )
    destroy_ids = [e.dossier_id for e in info.to_destroy]
    documents = 0
    for dossier_id in destroy_ids:
        dossier = work.session.get(Dossier, dossier_id)
        assert dossier is not None
        if dossier.status not in ("bound", "archived"):
            raise Conflict(
                QT_TRANSLATE_NOOP("app", "Dossier {number} is no longer bound or archived: nothing is destroyed."),
                field="dossier",
                number=dossier.file_number or dossier.number,
            )
        papers = work.session.scalars(select(Document).where(Document.dossier_id == dossier_id)).all()
        for document in papers:
            document.destroyed_at = work.now
            document.destruction_approval_id = used.id
            work.touched.documents.add(document.id)
        documents += len(papers)
        before = dossier.status
        dossier.status = "destroyed"
        work.session.flush()
        work.log(
            dossier_id,
            "dossier",
            dossier_id,
            "destroy",
            {
                "status": [before, "destroyed"],  # the status history check reads (app/audit/statuses.py)
                "file_number": dossier.file_number,
                "list": listed.number,
                "approval": used.id,
                "documents": len(papers),
                "witnesses": list(names),
            },
        )
        work.touched.dossiers.add(dossier_id)
        if dossier.box_id is not None:
            work.touched.boxes.add(dossier.box_id)
    listed.witness_1, listed.witness_2 = names
    listed.destroyed_at = work.now
    listed.destroyed_by = actor.user_id
    work.session.flush()
    scans = _scans_only_destroyed(work, destroy_ids)
    work.log(
        None,
        ENTITY,
        listed.id,
        "destroy",
        {
            "number": listed.number,
            "approval": used.id,
            "dossiers": [e.file_number for e in info.to_destroy],
            "documents": documents,
            "scans": len(scans),
            "witnesses": list(names),
        },
    )
    return DestructionRecord(_list_info(work, list_id), len(destroy_ids), documents, tuple(scans))


def _scans_only_destroyed(work: Work, dossier_ids: Sequence[int]) -> list[str]:
    """The scans of these dossiers' documents that no surviving document uses — neither now nor in a version it
    keeps (its History can show an earlier scan)."""
    if not dossier_ids:
        return []
    theirs: set[str] = set()
    for chunk in chunks(list(dossier_ids)):
        theirs |= set(
            work.session.scalars(
                select(Attachment.sha256)
                .join(Document, Document.id == Attachment.document_id)
                .where(Document.dossier_id.in_(chunk))
            )
        )
    return sorted(theirs - surviving_scans(work, theirs))


def surviving_scans(work: Work, among: set[str]) -> set[str]:
    """Which of ``among`` a document that is not destroyed still uses (also in a kept version)."""
    work.require_read()
    used: set[str] = set()
    shas = sorted(among)
    for chunk in chunks(shas):  # type: ignore[arg-type]  # chunks of text as well as of ids
        used |= set(
            work.session.scalars(
                select(Attachment.sha256)
                .join(Document, Document.id == Attachment.document_id)
                .where(Attachment.sha256.in_(chunk), Document.destroyed_at.is_(None))
            )
        )
    # issue 20: a seal's or signature's specimen may be the very same picture as a destroyed document's scan
    for chunk in chunks(shas):  # type: ignore[arg-type]
        used |= set(work.session.scalars(select(Specimen.sha256).where(Specimen.sha256.in_(chunk))))
    for (kept,) in work.session.execute(
        select(DocumentVersion.attachments)
        .join(Document, Document.id == DocumentVersion.document_id)
        .where(Document.destroyed_at.is_(None), DocumentVersion.attachments != "[]")
    ):
        try:
            used |= {a.get("sha256") for a in json.loads(kept) if isinstance(a, dict)} & among
        except (ValueError, TypeError):
            continue
    return used


def remove_destroyed_scans(desk: Desk, actor: Actor, scans: Sequence[str]) -> ScanRemoval:
    """After the destruction is committed: delete each scan file that no surviving document uses (looked at again
    now, so a scan another desk attached meanwhile stays). A file that cannot be deleted stays as a stray that
    ``check`` reports; the record is already complete."""
    with desk.read(actor) as work:
        keep = surviving_scans(work, set(scans))
        store = work.store
    removed = 0
    left: list[str] = []
    for sha in scans:
        if sha in keep or not valid_hash(sha):
            continue
        if isinstance(store, DatabaseAttachmentStore):
            # Kept in a server database: a blob a document attached meanwhile is refused by its trigger and stays.
            removed += store.remove(sha)
            continue
        path = desk.store.local_path(sha)
        try:
            if os.path.islink(path) or os.path.islink(path.parent):
                left.append(sha)  # never through a link: what it leads to is not ours to delete
                continue
            if not os.path.lexists(path):
                continue
            path.chmod(stat.S_IWUSR | stat.S_IRUSR)
            path.unlink()
            removed += 1
        except OSError:
            left.append(sha)
    return ScanRemoval(removed, tuple(left))


def carry_out_destruction(
    desk: Desk, actor: Actor, list_id: int, witnesses: Sequence[str], *, expected_version: int | None = None
) -> tuple[DestructionRecord, ScanRemoval]:
    """Record the destruction (one unit of work), then delete the scans it freed."""
    with desk.work(actor) as work:
        work.require(Action.RECORD_DESTRUCTION)
        record = record_destruction(work, list_id, witnesses, expected_version=expected_version)
    return record, remove_destroyed_scans(desk, actor, record.scans)


def destroyed_on(work: Work, dossier_ids: Sequence[int]) -> dict[int, tuple[dt.datetime, str]]:
    """For tombstones: when each destroyed dossier of ``dossier_ids`` was destroyed, and by which list."""
    work.require_read()
    found: dict[int, tuple[dt.datetime, str]] = {}
    for chunk in chunks(list(dossier_ids)):
        for dossier_id, at, number in work.session.execute(
            select(DestructionItem.dossier_id, DestructionList.destroyed_at, DestructionList.number)
            .join(DestructionList, DestructionList.id == DestructionItem.list_id)
            .join(Dossier, Dossier.id == DestructionItem.dossier_id)
            .where(
                DestructionItem.dossier_id.in_(chunk),
                DestructionItem.decision == "destroy",
                DestructionList.destroyed_at.is_not(None),
                Dossier.status == "destroyed",
            )
        ):
            found[dossier_id] = (at, number)
    return found
