"""Loans of dossiers (R8): a dossier leaves the cabinet only as a loan the department manager approved.

A request names one or more dossiers, the borrower, their department, the purpose and the day it comes back
(today unless said otherwise; read in the office only unless said otherwise). It asks the manager's approval
(app.approvals); the supervisor or a clerk hands an approved loan out and takes it back, noting whether it came
back complete (是否完好) and what was missing. A loan's state is derived, never stored: from its approval while it
waits, then from the hand-out and return dates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Select, select
from sqlalchemy.orm import aliased, selectinload

from app.approvals import ApprovalKind, ApprovalStatus, request_approval, take_approval
from app.desk import Work, expect_version
from app.errors import Conflict, NotFound, ValidationError
from app.permissions import Action
from app.text import QT_TRANSLATE_NOOP
from app.validation import a_date, limited_text, required_text, within_years
from db.models import Approval, Dossier, Loan, LoanDossier, Tenancy, TenancyUnit, User

ENTITY = "loan"  # the approval's and the audit log's name for a loan

MAX_BORROWER = 100
MAX_DEPARTMENT = 100
MAX_PURPOSE = 300
MAX_NOTE = 2000
MAX_DOSSIERS = 200
MAX_SUMMARY = 300  # the approval's summary column  # one request for a whole floor's cabinet is plenty


class LoanState(StrEnum):
    REQUESTED = "requested"  # waiting for the manager
    REFUSED = "refused"  # the manager said no
    WITHDRAWN = "withdrawn"  # asked by mistake, or not needed after all: taken back before it was handed out
    APPROVED = "approved"  # may be handed out
    OUT = "out"  # handed out, not back yet
    RETURNED = "returned"


STATE_NAMES = {
    LoanState.REQUESTED: QT_TRANSLATE_NOOP("loan", "Waiting for approval"),
    LoanState.REFUSED: QT_TRANSLATE_NOOP("loan", "Refused"),
    LoanState.WITHDRAWN: QT_TRANSLATE_NOOP("loan", "Withdrawn"),
    LoanState.APPROVED: QT_TRANSLATE_NOOP("loan", "Approved"),
    LoanState.OUT: QT_TRANSLATE_NOOP("loan", "Out"),
    LoanState.RETURNED: QT_TRANSLATE_NOOP("loan", "Returned"),
}

# While a loan is in one of these states its dossiers cannot be asked for again.
OPEN_STATES = frozenset({LoanState.REQUESTED, LoanState.APPROVED, LoanState.OUT})


@dataclass(frozen=True)
class LentDossier:
    """One dossier a loan names, as the register prints it."""

    dossier_id: int
    number: str  # 档案编号 (the label's barcode number)
    file_number: str | None  # 案卷号, once bound
    title: str  # 案卷题名
    units: str
    customer: str
    status: str


@dataclass(frozen=True)
class LoanInfo:
    id: int
    version: int
    state: LoanState
    overdue: bool  # out and past the day it should have come back
    borrower: str
    department: str
    purpose: str
    requested_at: dt.datetime
    requested_by: str
    expected_return: dt.date
    in_office_only: bool
    approval_id: int | None
    approved_by: str  # who approved (or refused), once decided
    approval_note: str
    handed_out_at: dt.datetime | None
    handed_out_by: str
    returned_at: dt.datetime | None
    returned_by: str
    complete: bool | None  # 是否完好, once returned
    missing_note: str
    notes: str
    dossiers: tuple[LentDossier, ...]

    @property
    def lent_on(self) -> dt.date:
        """借阅日期: the day it was handed out (the day it was asked for, before)."""
        return (self.handed_out_at or self.requested_at).date()


def _state(loan: Loan, approval: Approval | None) -> LoanState:
    if loan.returned_at is not None:
        return LoanState.RETURNED
    if loan.handed_out_at is not None:
        return LoanState.OUT
    status = approval.status if approval is not None else ApprovalStatus.PENDING
    if status == ApprovalStatus.REFUSED:
        return LoanState.REFUSED
    if status == ApprovalStatus.WITHDRAWN:
        return LoanState.WITHDRAWN
    if status in (ApprovalStatus.APPROVED, ApprovalStatus.USED):
        return LoanState.APPROVED
    return LoanState.REQUESTED


def _query() -> Select[tuple[Loan]]:
    return select(Loan).options(
        selectinload(Loan.dossiers)
        .selectinload(LoanDossier.dossier)
        .selectinload(Dossier.tenancy)
        .selectinload(Tenancy.units)
        .selectinload(TenancyUnit.unit),
        selectinload(Loan.dossiers)
        .selectinload(LoanDossier.dossier)
        .selectinload(Dossier.tenancy)
        .selectinload(Tenancy.customer),
    )


def _infos(work: Work, loans: Sequence[Loan]) -> list[LoanInfo]:
    if not loans:  # most floors have no dossier out: no approvals or names to read for them
        return []
    approval_ids = [loan.approval_id for loan in loans if loan.approval_id is not None]
    approvals = {a.id: a for a in work.session.scalars(select(Approval).where(Approval.id.in_(approval_ids)))}
    user_ids: set[int] = set()
    for loan in loans:
        user_ids |= {u for u in (loan.requested_by, loan.handed_out_by, loan.returned_by) if u is not None}
    for a in approvals.values():
        if a.decided_by is not None:
            user_ids.add(a.decided_by)
    rows = work.session.execute(select(User.id, User.display_name).where(User.id.in_(user_ids)))
    names: dict[int, str] = {user_id: name for user_id, name in rows}
    today = work.today
    out: list[LoanInfo] = []
    for loan in loans:
        approval = approvals.get(loan.approval_id) if loan.approval_id is not None else None
        state = _state(loan, approval)
        decided = approval is not None and approval.decided_by is not None
        out.append(
            LoanInfo(
                id=loan.id,
                version=loan.version,
                state=state,
                overdue=state == LoanState.OUT and loan.expected_return < today,
                borrower=loan.borrower,
                department=loan.department,
                purpose=loan.purpose,
                requested_at=loan.requested_at,
                requested_by=names.get(loan.requested_by, ""),
                expected_return=loan.expected_return,
                in_office_only=loan.in_office_only,
                approval_id=loan.approval_id,
                approved_by=names.get(approval.decided_by, "") if decided and approval is not None else "",
                approval_note=approval.decision_note if approval is not None else "",
                handed_out_at=loan.handed_out_at,
                handed_out_by=names.get(loan.handed_out_by, "") if loan.handed_out_by else "",
                returned_at=loan.returned_at,
                returned_by=names.get(loan.returned_by, "") if loan.returned_by else "",
                complete=loan.complete,
                missing_note=loan.missing_note,
                notes=loan.notes,
                dossiers=tuple(_lent(link.dossier) for link in loan.dossiers),
            )
        )
    return out


def _lent(dossier: Dossier) -> LentDossier:
    # Here, not at the top: the archive room brings its printouts (reportlab), and every start imports this room
    # (the unit cards' "on loan" badge) while a dossier's title is needed only when a loan is listed.
    from app.archive import file_title

    tenancy = dossier.tenancy
    units = "、".join(link.unit.number for link in tenancy.units)
    return LentDossier(
        dossier_id=dossier.id,
        number=dossier.number,
        file_number=dossier.file_number,
        title=file_title(tenancy.customer.name, units, tenancy.move_in, tenancy.move_out),
        units=units,
        customer=tenancy.customer.name,
        status=dossier.status,
    )


def _loan(work: Work, loan_id: int) -> Loan:
    loan = work.session.scalars(_query().where(Loan.id == loan_id)).one_or_none()
    if loan is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no loan number {id}."), field="loan", id=loan_id)
    return loan


def _approval(work: Work, loan: Loan) -> Approval | None:
    return work.session.get(Approval, loan.approval_id) if loan.approval_id is not None else None


def _summary(loan: Loan, dossiers: Sequence[Dossier]) -> str:
    """What the manager reads in the list of approvals: who borrows which dossiers for what, until when."""
    numbers = "、".join(d.number for d in dossiers)
    who = f"{loan.borrower}（{loan.department}）" if loan.department else loan.borrower
    text = f"{who}借阅 {numbers}：{loan.purpose}；应还 {loan.expected_return.isoformat()}"
    return text if len(text) <= MAX_SUMMARY else text[: MAX_SUMMARY - 1] + "…"


def _touch(work: Work, loan: Loan) -> None:
    for link in loan.dossiers:
        work.touched.dossiers.add(link.dossier_id)


def request_loan(
    work: Work,
    dossier_ids: Sequence[int],
    borrower: str,
    department: str,
    purpose: str,
    expected_return: dt.date | None = None,
    in_office_only: bool = True,
    notes: str = "",
) -> LoanInfo:
    """Ask to borrow ``dossier_ids``; the request waits for the department manager's approval."""
    actor = work.require(Action.REQUEST_LOAN)
    borrower = required_text(borrower, "loan.borrower", MAX_BORROWER)
    department = limited_text(department, "loan.department", MAX_DEPARTMENT)
    purpose = required_text(purpose, "loan.purpose", MAX_PURPOSE)
    notes = limited_text(notes, "loan.notes", MAX_NOTE)
    due = (
        work.today
        if expected_return is None
        else within_years(a_date(expected_return, "loan.expected_return"), "loan.expected_return")
    )
    if due < work.today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} cannot be before today ({today})."),
            field="loan.expected_return",
            today=work.today,
        )
    wanted = list(dict.fromkeys(dossier_ids))  # the same dossier named twice is lent once
    if not wanted:
        raise ValidationError(QT_TRANSLATE_NOOP("app", "Name at least one dossier to lend."), field="loan.dossiers")
    if len(wanted) > MAX_DOSSIERS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "One request lends at most {limit} dossiers."),
            field="loan.dossiers",
            limit=MAX_DOSSIERS,
        )
    # Locked until this unit of work ends (in id order): on a server another desk lending one of them meanwhile
    # waits, then finds this loan among the open ones; on a file the write lock is held already.
    chosen = select(Dossier).where(Dossier.id.in_(wanted)).order_by(Dossier.id).with_for_update()
    found = {d.id: d for d in work.session.scalars(chosen)}
    for dossier_id in wanted:
        dossier = found.get(dossier_id)
        if dossier is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("app", "There is no dossier with id {id}."), field="loan.dossiers", id=dossier_id
            )
        if dossier.status == "destroyed":
            raise Conflict(
                QT_TRANSLATE_NOOP("app", "Dossier {number} was destroyed; it cannot be lent."),
                field="loan.dossiers",
                number=dossier.number,
            )
    busy = _open_loans(work, wanted)
    for dossier_id in wanted:
        if dossier_id in busy:
            held = busy[dossier_id]
            template = (
                QT_TRANSLATE_NOOP("app", "Dossier {number} is out on loan to {borrower} since {since}.")
                if held.state == LoanState.OUT
                else QT_TRANSLATE_NOOP("app", "Dossier {number} is already asked for by {borrower} (loan {loan}).")
            )
            raise Conflict(
                template,
                field="loan.dossiers",
                number=found[dossier_id].number,
                borrower=held.borrower,
                since=held.lent_on,
                loan=held.id,
            )
    loan = Loan(
        borrower=borrower,
        department=department,
        purpose=purpose,
        requested_at=work.now,
        requested_by=actor.user_id,
        expected_return=due,
        in_office_only=bool(in_office_only),
        missing_note="",
        notes=notes,
        dossiers=[LoanDossier(dossier_id=d) for d in wanted],
    )
    work.session.add(loan)
    work.session.flush()  # the approval names the loan by its id
    dossiers = [found[d] for d in wanted]
    approval = request_approval(
        work,
        ApprovalKind.LOAN,
        ENTITY,
        loan.id,
        dossier_id=dossiers[0].id if len(dossiers) == 1 else None,
        summary=_summary(loan, dossiers),
        reason=purpose,
    )
    loan.approval_id = approval.id
    for d in dossiers:
        work.log(
            d.id,
            ENTITY,
            loan.id,
            "loan_requested",
            {
                "borrower": borrower,
                "department": department,
                "purpose": purpose,
                "expected_return": due,
                "in_office_only": bool(in_office_only),
                "dossiers": [x.number for x in dossiers],
                "approval": approval.id,
            },
        )
    _touch(work, loan)
    work.session.flush()
    return loan_info(work, loan.id)


def hand_out(work: Work, loan_id: int, expected_version: int | None = None) -> LoanInfo:
    """Hand an approved loan's dossiers to the borrower (uses up the manager's approval)."""
    actor = work.require(Action.HAND_OUT_LOAN)
    loan = _loan(work, loan_id)
    _expect(loan, expected_version)
    state = _state(loan, _approval(work, loan))
    if state == LoanState.OUT:
        raise Conflict(QT_TRANSLATE_NOOP("app", "Loan {id} was handed out already."), field="loan", id=loan.id)
    if state == LoanState.RETURNED:
        raise Conflict(QT_TRANSLATE_NOOP("app", "Loan {id} came back already."), field="loan", id=loan.id)
    if state == LoanState.REFUSED:
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "Loan {id} was refused; it cannot be handed out."), field="loan", id=loan.id
        )
    if state == LoanState.WITHDRAWN:
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "Loan {id} was withdrawn; it cannot be handed out."), field="loan", id=loan.id
        )
    numbers = "、".join(link.dossier.number for link in loan.dossiers)
    # Approved: this uses the approval up. Still waiting: NeedsApproval says the manager must approve first.
    take_approval(
        work,
        ApprovalKind.LOAN,
        ENTITY,
        loan.id,
        dossier_id=loan.dossiers[0].dossier_id if len(loan.dossiers) == 1 else None,
        summary=f"{loan.borrower} 借阅 {numbers}"[:MAX_SUMMARY],
    )
    loan.handed_out_at = work.now
    loan.handed_out_by = actor.user_id
    for link in loan.dossiers:
        work.log(
            link.dossier_id,
            ENTITY,
            loan.id,
            "loan_handed_out",
            {"borrower": loan.borrower, "expected_return": loan.expected_return},
        )
    _touch(work, loan)
    work.session.flush()
    return loan_info(work, loan.id)


def take_back(
    work: Work, loan_id: int, complete: bool, missing_note: str = "", expected_version: int | None = None
) -> LoanInfo:
    """Take a lent loan's dossiers back, noting whether they came back complete (是否完好) and what was missing."""
    actor = work.require(Action.TAKE_BACK_LOAN)
    loan = _loan(work, loan_id)
    _expect(loan, expected_version)
    note = limited_text(missing_note, "loan.missing_note", MAX_NOTE)
    if not complete and not note:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Say what was missing or damaged when the dossiers did not come back complete."),
            field="loan.missing_note",
        )
    if loan.returned_at is not None:
        raise Conflict(QT_TRANSLATE_NOOP("app", "Loan {id} came back already."), field="loan", id=loan.id)
    if loan.handed_out_at is None:
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "Loan {id} was never handed out; there is nothing to take back."),
            field="loan",
            id=loan.id,
        )
    loan.returned_at = max(work.now, loan.handed_out_at)
    loan.returned_by = actor.user_id
    loan.complete = bool(complete)
    loan.missing_note = note
    for link in loan.dossiers:
        work.log(
            link.dossier_id,
            ENTITY,
            loan.id,
            "loan_returned",
            {"borrower": loan.borrower, "complete": bool(complete), "missing": note},
        )
    _touch(work, loan)
    work.session.flush()
    return loan_info(work, loan.id)


def _expect(loan: Loan, expected_version: int | None) -> None:
    if expected_version is not None:
        expect_version(
            loan,
            expected_version,
            QT_TRANSLATE_NOOP("app", "Loan {id} was changed meanwhile by someone else; look at it again."),
            id=loan.id,
        )


def loan_info(work: Work, loan_id: int) -> LoanInfo:
    work.require_read()
    return _infos(work, [_loan(work, loan_id)])[0]


def list_loans(
    work: Work,
    overdue_only: bool = False,
    period: tuple[dt.date, dt.date] | None = None,
    *,
    open_only: bool = False,
    handed_out_only: bool = False,
) -> list[LoanInfo]:
    """Loans newest first. ``period`` (first, last day): those lent on a day in it (借阅日期, the hand-out day or,
    before, the request day); ``overdue_only``: out and past their return day; ``open_only``: not back nor refused;
    ``handed_out_only``: those that really left (the register)."""
    work.require_read()
    query = _query().order_by(Loan.requested_at.desc(), Loan.id.desc())
    if overdue_only or open_only:
        query = query.where(Loan.returned_at.is_(None))
    if overdue_only:
        query = query.where(Loan.handed_out_at.is_not(None), Loan.expected_return < work.today)
    if handed_out_only:
        query = query.where(Loan.handed_out_at.is_not(None))
    found = _infos(work, list(work.session.scalars(query)))
    if open_only:
        found = [x for x in found if x.state in OPEN_STATES]
    if period is not None:
        first, last = period
        found = [x for x in found if first <= x.lent_on <= last]
    return found


def overdue_loans(work: Work) -> list[LoanInfo]:
    """Loans out past the day they should have come back (listed at log-in and in the Loans window)."""
    return list_loans(work, overdue_only=True)


def _open_loans(work: Work, dossier_ids: Sequence[int]) -> dict[int, LoanInfo]:
    """Per dossier, the loan that holds it now: asked for, approved, or out."""
    if not dossier_ids:
        return {}
    held = aliased(LoanDossier)
    query = (
        _query()
        .join(held, held.loan_id == Loan.id)
        .where(held.dossier_id.in_(list(dossier_ids)), Loan.returned_at.is_(None))
        .order_by(Loan.id)
        .distinct()
    )
    out: dict[int, LoanInfo] = {}
    wanted = set(dossier_ids)
    for info in _infos(work, list(work.session.scalars(query))):
        if info.state not in OPEN_STATES:
            continue
        for d in info.dossiers:
            if d.dossier_id in wanted:
                out[d.dossier_id] = info
    return out


def on_loan(work: Work, dossier_ids: Sequence[int]) -> dict[int, LoanInfo]:
    """The dossiers of ``dossier_ids`` that are out now, each with its loan (who has it, since when)."""
    work.require_read()
    return {d: info for d, info in _open_loans(work, dossier_ids).items() if info.state == LoanState.OUT}


def loan_requests(work: Work, dossier_ids: Sequence[int]) -> dict[int, LoanInfo]:
    """The dossiers of ``dossier_ids`` asked for or out now, each with its loan."""
    work.require_read()
    return _open_loans(work, dossier_ids)
