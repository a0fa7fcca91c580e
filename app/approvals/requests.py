"""Requests for the department manager's consent, and the decisions (R8 loans, R9 working copies and corrections).

A request is asked for by whoever works at the desk, decided by the manager — at the manager's own desk from the
list of requests waiting, or at the clerk's desk by signing in for that one decision (countersign) — and used up
by the one action it allows. The manager's own action needs no request: the approval is recorded on the spot
with the reason. Nothing is ever deleted: the record of who asked, who decided and why stays.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import aliased

from app.desk import Work, expect_version
from app.errors import Conflict, Named, NeedsApproval, NotFound, ValidationError
from app.permissions import Action, allowed
from app.text import QT_TRANSLATE_NOOP
from app.validation import limited_text, required_text
from db.models import Approval, Dossier, User

MAX_SUMMARY_LENGTH = 300  # the approval.summary column
MAX_NOTE_LENGTH = 2000


class ApprovalKind(StrEnum):
    LOAN = "loan"
    EDIT_WORKING_COPY = "edit_working_copy"
    TRASH_WORKING_COPY = "trash_working_copy"
    CORRECT_ORIGINAL = "correct_original"
    DEPOSIT = "deposit"
    DESTRUCTION = "destruction"


class ApprovalStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REFUSED = "refused"
    USED = "used"
    WITHDRAWN = "withdrawn"


KIND_NAMES = {
    ApprovalKind.LOAN: QT_TRANSLATE_NOOP("approval", "Dossier loan"),
    ApprovalKind.EDIT_WORKING_COPY: QT_TRANSLATE_NOOP("approval", "Change a working copy"),
    ApprovalKind.TRASH_WORKING_COPY: QT_TRANSLATE_NOOP("approval", "Move a working copy to the trash"),
    ApprovalKind.CORRECT_ORIGINAL: QT_TRANSLATE_NOOP("approval", "Correct a typo in an original"),
    ApprovalKind.DEPOSIT: QT_TRANSLATE_NOOP("approval", "Deposit decision"),
    ApprovalKind.DESTRUCTION: QT_TRANSLATE_NOOP("approval", "Destruction list"),
}

STATUS_NAMES = {
    ApprovalStatus.PENDING: QT_TRANSLATE_NOOP("approval", "Waiting"),
    ApprovalStatus.APPROVED: QT_TRANSLATE_NOOP("approval", "Approved"),
    ApprovalStatus.REFUSED: QT_TRANSLATE_NOOP("approval", "Refused"),
    ApprovalStatus.USED: QT_TRANSLATE_NOOP("approval", "Approved and used"),
    ApprovalStatus.WITHDRAWN: QT_TRANSLATE_NOOP("approval", "Withdrawn"),
}

# Requests that still count for their subject: one at a time, so a second click does not ask twice.
_OPEN = (ApprovalStatus.PENDING.value, ApprovalStatus.APPROVED.value)


@dataclass(frozen=True)
class ApprovalInfo:
    id: int
    version: int
    kind: ApprovalKind
    entity: str
    entity_id: int
    dossier_id: int | None
    dossier_number: str | None
    summary: str
    reason: str
    status: ApprovalStatus
    requested_by: str  # display names: the list shows people, not ids
    requested_at: dt.datetime
    decided_by: str | None
    decided_at: dt.datetime | None
    decision_note: str
    used_at: dt.datetime | None

    @property
    def open(self) -> bool:
        """Still waiting for the manager, or approved and not yet used."""
        return self.status in (ApprovalStatus.PENDING, ApprovalStatus.APPROVED)


def _infos(work: Work, condition: object, newest_first: bool = False) -> list[ApprovalInfo]:
    requester = aliased(User)
    decider = aliased(User)
    order = (Approval.requested_at.desc(), Approval.id.desc()) if newest_first else (Approval.requested_at, Approval.id)
    rows = work.session.execute(
        select(Approval, requester.display_name, decider.display_name, Dossier.number)
        .join(requester, requester.id == Approval.requested_by)
        .outerjoin(decider, decider.id == Approval.decided_by)
        .outerjoin(Dossier, Dossier.id == Approval.dossier_id)
        .where(condition)  # type: ignore[arg-type]
        .order_by(*order)
    )
    return [
        ApprovalInfo(
            id=a.id,
            version=a.version,
            kind=ApprovalKind(a.kind),
            entity=a.entity,
            entity_id=a.entity_id,
            dossier_id=a.dossier_id,
            dossier_number=number,
            summary=a.summary,
            reason=a.reason,
            status=ApprovalStatus(a.status),
            requested_by=asked,
            requested_at=a.requested_at,
            decided_by=decided,
            decided_at=a.decided_at,
            decision_note=a.decision_note,
            used_at=a.used_at,
        )
        for a, asked, decided, number in rows
    ]


def _info(work: Work, approval_id: int) -> ApprovalInfo:
    return _infos(work, Approval.id == approval_id)[0]


def _check_kind(kind: ApprovalKind | str) -> ApprovalKind:
    try:
        return ApprovalKind(kind)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "There is no kind of request called “{kind}”."), field="approval.kind", kind=kind
        ) from None


def _open_request(work: Work, kind: ApprovalKind, entity: str, entity_id: int) -> Approval | None:
    return work.session.scalar(
        select(Approval)
        .where(
            Approval.kind == kind.value,
            Approval.entity == entity,
            Approval.entity_id == entity_id,
            Approval.status.in_(_OPEN),
        )
        .order_by(Approval.id)
        .limit(1)
    )


def _mark(work: Work, approval: Approval, action: str, **more: object) -> None:
    work.log(
        approval.dossier_id,
        "approval",
        approval.id,
        action,
        {
            "kind": approval.kind,
            "subject": f"{approval.entity} {approval.entity_id}",
            "summary": approval.summary,
            "reason": approval.reason,
            "note": approval.decision_note,
            **more,
        },
    )
    work.touched.approvals.add(approval.id)
    if approval.dossier_id is not None:
        work.touched.dossiers.add(approval.dossier_id)


def request_approval(
    work: Work,
    kind: ApprovalKind | str,
    entity: str,
    entity_id: int,
    *,
    dossier_id: int | None,
    summary: str,
    reason: str = "",
) -> ApprovalInfo:
    """Ask the manager to allow one action on one record (``entity`` ``entity_id``); it waits in the manager's list."""
    actor = work.require(Action.REQUEST_APPROVAL)
    kind = _check_kind(kind)
    summary = required_text(summary, "approval.summary", MAX_SUMMARY_LENGTH)
    reason = limited_text(reason, "approval.reason", MAX_NOTE_LENGTH)
    if _open_request(work, kind, entity, entity_id) is not None:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "app", "There is already a request for this waiting or approved ({what}); nothing new was asked."
            ),
            what=Named("approval", KIND_NAMES[kind]),
        )
    approval = Approval(
        kind=kind.value,
        entity=entity,
        entity_id=entity_id,
        dossier_id=dossier_id,
        summary=summary,
        reason=reason,
        status=ApprovalStatus.PENDING.value,
        requested_by=actor.user_id,
        requested_at=work.now,
        decision_note="",
    )
    work.session.add(approval)
    work.session.flush()
    _mark(work, approval, "request")
    return _info(work, approval.id)


def _pending(work: Work, approval_id: int, expected_version: int | None) -> Approval:
    approval = work.session.get(Approval, approval_id)
    if approval is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("app", "There is no request number {number}."), field="approval", number=approval_id
        )
    if expected_version is not None:
        expect_version(
            approval,
            expected_version,
            QT_TRANSLATE_NOOP("app", "Request number {number} was changed meanwhile; look at it again."),
            number=approval_id,
        )
    if approval.status != ApprovalStatus.PENDING.value:
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "Request number {number} is no longer waiting: {status}."),
            field="approval",
            number=approval_id,
            status=Named("approval", STATUS_NAMES[ApprovalStatus(approval.status)]),
        )
    return approval


def decide(
    work: Work,
    approval_id: int,
    *,
    approve: bool,
    note: str = "",
    expected_version: int | None = None,
    countersigned: bool = False,
) -> ApprovalInfo:
    """The manager approves or refuses a waiting request; a refusal says why, so the desk can tell the person.

    ``countersigned``: the manager signed in at someone else's desk for this one decision (kept in the log).
    """
    actor = work.require(Action.APPROVE)
    note = limited_text(note, "approval.decision_note", MAX_NOTE_LENGTH)
    approval = _pending(work, approval_id, expected_version)
    if not approve and not note:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Say why the request is refused: the person who asked will read it."),
            field="approval.decision_note",
        )
    approval.status = (ApprovalStatus.APPROVED if approve else ApprovalStatus.REFUSED).value
    approval.decided_by = actor.user_id
    approval.decided_at = work.now
    approval.decision_note = note
    work.session.flush()
    _mark(work, approval, "approve" if approve else "refuse", countersigned=countersigned)
    return _info(work, approval.id)


def withdraw(work: Work, approval_id: int, expected_version: int | None = None) -> ApprovalInfo:
    """The person who asked takes a waiting request back (asked by mistake, no longer needed)."""
    actor = work.require(Action.REQUEST_APPROVAL)
    approval = _pending(work, approval_id, expected_version)
    if approval.requested_by != actor.user_id and not allowed(actor.role, Action.APPROVE):
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "app", "Only the person who asked, or the manager, can withdraw request number {number}."
            ),
            field="approval",
            number=approval_id,
        )
    approval.status = ApprovalStatus.WITHDRAWN.value
    approval.decided_by = actor.user_id
    approval.decided_at = work.now
    work.session.flush()
    _mark(work, approval, "withdraw")
    return _info(work, approval.id)


def pending_approvals(work: Work) -> list[ApprovalInfo]:
    """Every request waiting for the manager, oldest first."""
    work.require_read()
    return _infos(work, Approval.status == ApprovalStatus.PENDING.value)


def approvals_for(work: Work, entity: str, entity_id: int) -> list[ApprovalInfo]:
    """Every request ever made about one record, newest first (its history of consents)."""
    work.require_read()
    return _infos(work, (Approval.entity == entity) & (Approval.entity_id == entity_id), newest_first=True)


def approval(work: Work, approval_id: int) -> ApprovalInfo:
    work.require_read()
    if work.session.get(Approval, approval_id) is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("app", "There is no request number {number}."), field="approval", number=approval_id
        )
    return _info(work, approval_id)


def take_approval(
    work: Work,
    kind: ApprovalKind | str,
    entity: str,
    entity_id: int,
    *,
    dossier_id: int | None,
    summary: str,
    reason: str = "",
) -> ApprovalInfo:
    """Inside the action that needs consent: use up the approved request for this record (one approval, one action).

    The manager needs no request: their own approval is recorded here with the reason, which they must give.
    Anyone else without an approved request is refused with ``NeedsApproval`` (a request still waiting says so).
    """
    actor = work.require(Action.REQUEST_APPROVAL)
    kind = _check_kind(kind)
    waiting = _open_request(work, kind, entity, entity_id)
    if waiting is not None and waiting.status == ApprovalStatus.APPROVED.value:
        waiting.status = ApprovalStatus.USED.value
        waiting.used_at = work.now
        waiting.used_by = actor.user_id
        work.session.flush()
        _mark(work, waiting, "use")
        return _info(work, waiting.id)
    if allowed(actor.role, Action.APPROVE):
        reason = limited_text(reason, "approval.reason", MAX_NOTE_LENGTH)
        if not reason:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "As the manager's own decision this needs a reason, kept with the record."),
                field="approval.reason",
            )
        if waiting is not None:  # the manager acts on a request waiting for them: that is the decision
            waiting.status = ApprovalStatus.USED.value
            waiting.decided_by = waiting.used_by = actor.user_id
            waiting.decided_at = waiting.used_at = work.now
            waiting.decision_note = reason
            work.session.flush()
            _mark(work, waiting, "approve_and_use")
            return _info(work, waiting.id)
        own = Approval(
            kind=kind.value,
            entity=entity,
            entity_id=entity_id,
            dossier_id=dossier_id,
            summary=required_text(summary, "approval.summary", MAX_SUMMARY_LENGTH),
            reason=reason,
            status=ApprovalStatus.USED.value,
            requested_by=actor.user_id,
            requested_at=work.now,
            decided_by=actor.user_id,
            decided_at=work.now,
            decision_note=reason,
            used_at=work.now,
            used_by=actor.user_id,
        )
        work.session.add(own)
        work.session.flush()
        _mark(work, own, "approve_own")
        return _info(work, own.id)
    if waiting is not None:
        raise NeedsApproval(
            QT_TRANSLATE_NOOP(
                "app",
                "The request for this ({what}) is still waiting for the department manager; "
                "it can be done once it is approved, or when the manager signs here.",
            ),
            what=Named("approval", KIND_NAMES[kind]),
        )
    raise NeedsApproval(
        QT_TRANSLATE_NOOP(
            "app",
            "This needs the department manager's approval first ({what}): ask for it, or have the manager sign here.",
        ),
        what=Named("approval", KIND_NAMES[kind]),
    )
