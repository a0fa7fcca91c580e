"""Deposits (押金): received, then refunded in part or in full, or retained with the reason and the department
manager's approval (R11). A deposit is decided once refunds and retentions come to its amount; a move-out waits
while any deposit of the tenancy is undecided (app/tenancy's checklist asks ``undecided_fen``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm.attributes import flag_modified

from app.approvals import ApprovalKind, take_approval
from app.desk import Work, expect_version
from app.errors import Conflict, NotFound, ValidationError
from app.fees.money import money_text, whole_fen
from app.fees.payments import receipt_taken
from app.fees.tenancies import hold_money
from app.permissions import Action
from app.text import QT_TRANSLATE_NOOP
from app.validation import a_date, limited_text, within_years
from db.models import DEPOSIT_KINDS, Deposit, DepositMove, Tenancy, User

KIND_NAMES = {
    "fit_out": QT_TRANSLATE_NOOP("fees", "Fit-out deposit"),
    "key": QT_TRANSLATE_NOOP("fees", "Key deposit"),
    "access_card": QT_TRANSLATE_NOOP("fees", "Access-card deposit"),
    "rental": QT_TRANSLATE_NOOP("fees", "Rental deposit"),
    "other": QT_TRANSLATE_NOOP("fees", "Other deposit"),
}
STATE_NAMES = {
    "received": QT_TRANSLATE_NOOP("fees", "Received"),
    "partly_refunded": QT_TRANSLATE_NOOP("fees", "Partly refunded"),
    "partly_retained": QT_TRANSLATE_NOOP("fees", "Partly retained, rest held"),
    "refunded": QT_TRANSLATE_NOOP("fees", "Refunded"),
    "retained": QT_TRANSLATE_NOOP("fees", "Retained"),
}
MOVE_NAMES = {
    "refund": QT_TRANSLATE_NOOP("fees", "Refunded"),
    "retain": QT_TRANSLATE_NOOP("fees", "Retained"),
}


@dataclass(frozen=True)
class DepositMoveInfo:
    id: int
    kind: str  # "refund" or "retain"
    amount_fen: int
    moved_on: dt.date
    reason: str
    approval_id: int | None
    recorded_by: str


@dataclass(frozen=True)
class DepositInfo:
    id: int
    version: int
    tenancy_id: int
    kind: str
    amount_fen: int
    received_on: dt.date
    receipt_no: str | None
    payer: str
    note: str
    moves: tuple[DepositMoveInfo, ...]

    @property
    def refunded_fen(self) -> int:
        return sum(m.amount_fen for m in self.moves if m.kind == "refund")

    @property
    def retained_fen(self) -> int:
        return sum(m.amount_fen for m in self.moves if m.kind == "retain")

    @property
    def undecided_fen(self) -> int:
        """What is still held without a decision: refunded later, or retained."""
        return self.amount_fen - self.refunded_fen - self.retained_fen

    @property
    def state(self) -> str:
        return deposit_state(self.amount_fen, self.refunded_fen, self.retained_fen)


def deposit_state(amount_fen: int, refunded_fen: int, retained_fen: int) -> str:
    """received (nothing decided) / partly_refunded (some paid back, the rest still held) / partly_retained (some
    kept, nothing paid back yet, the rest held) / refunded (all back) / retained (all decided, some of it kept)."""
    held = amount_fen - refunded_fen - retained_fen
    if held == amount_fen:
        return "received"
    if held > 0:
        return "partly_refunded" if refunded_fen else "partly_retained"
    return "retained" if retained_fen else "refunded"


def _info(work: Work, deposit: Deposit) -> DepositInfo:
    moves = work.session.execute(
        select(DepositMove, User.display_name)
        .join(User, User.id == DepositMove.recorded_by)
        .where(DepositMove.deposit_id == deposit.id)
        .order_by(DepositMove.moved_on, DepositMove.id)
    ).all()
    return DepositInfo(
        id=deposit.id,
        version=deposit.version,
        tenancy_id=deposit.tenancy_id,
        kind=deposit.kind,
        amount_fen=deposit.amount_fen,
        received_on=deposit.received_on,
        receipt_no=deposit.receipt_no,
        payer=deposit.payer,
        note=deposit.note,
        moves=tuple(
            DepositMoveInfo(m.id, m.kind, m.amount_fen, m.moved_on, m.reason, m.approval_id, who) for m, who in moves
        ),
    )


def deposits_of(work: Work, tenancy_id: int) -> list[DepositInfo]:
    work.require_read()
    rows = work.session.execute(
        select(Deposit).where(Deposit.tenancy_id == tenancy_id).order_by(Deposit.received_on, Deposit.id)
    ).scalars()
    return [_info(work, deposit) for deposit in rows]


def deposit(work: Work, deposit_id: int) -> DepositInfo:
    work.require_read()
    return _info(work, _deposit(work, deposit_id))


def undecided_fen(work: Work, tenancy_id: int) -> int:
    """What the tenancy's deposits still hold without a refund or retention decided (0: all settled or none)."""
    return sum(d.undecided_fen for d in deposits_of(work, tenancy_id))


def _deposit(work: Work, deposit_id: int, expected_version: int | None = None) -> Deposit:
    found = work.session.get(Deposit, deposit_id)
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no deposit with id {id}."), field="deposit", id=deposit_id)
    if expected_version is not None:
        expect_version(
            found,
            expected_version,
            QT_TRANSLATE_NOOP("app", "This deposit was changed meanwhile by someone else; check it again."),
        )
    return found


def _day(work: Work, day: dt.date, field: str) -> dt.date:
    day = within_years(a_date(day, field), field)
    if day > work.today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} is still to come ({date})."), field=field, date=day.isoformat()
        )
    return day


def _touch(work: Work, tenancy: Tenancy) -> None:
    work.touched.fees.add(tenancy.id)
    if tenancy.dossier is not None:
        work.touched.dossiers.add(tenancy.dossier.id)


def record_deposit(
    work: Work,
    tenancy_id: int,
    kind: str,
    amount_fen: int,
    *,
    received_on: dt.date,
    receipt_no: str | None = None,
    payer: str = "",
    note: str = "",
) -> DepositInfo:
    """A deposit received; ``receipt_no`` the receipt given for it (unique among deposits and payments)."""
    actor = work.require(Action.RECORD_DEPOSIT)
    tenancy = work.session.get(Tenancy, tenancy_id)
    if tenancy is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no tenancy with id {id}."), field="tenancy", id=tenancy_id)
    if kind not in DEPOSIT_KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be one of the kinds of deposit, not “{value}”."),
            field="deposit.kind",
            value=kind,
        )
    number = limited_text(receipt_no or "", "deposit.receipt_no", 30) or None
    if number is not None and receipt_taken(work, number):
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "Receipt number {number} has been used already."),
            field="deposit.receipt_no",
            number=number,
        )
    row = Deposit(
        tenancy_id=tenancy_id,
        kind=kind,
        amount_fen=whole_fen(amount_fen, "deposit.amount"),
        received_on=_day(work, received_on, "deposit.received_on"),
        receipt_no=number,
        payer=limited_text(payer, "deposit.payer", 200),
        note=limited_text(note, "deposit.note", 2000),
        created_by=actor.user_id,
        created_at=work.now,
    )
    work.session.add(row)
    work.session.flush()
    _touch(work, tenancy)
    work.log(
        tenancy.dossier.id if tenancy.dossier else None,
        "deposit",
        row.id,
        "receive",
        {"kind": kind, "amount_fen": amount_fen, "receipt_no": number},
    )
    return _info(work, row)


def _move(
    work: Work,
    deposit_id: int,
    kind: str,
    amount_fen: int,
    day: dt.date,
    reason: str,
    expected_version: int | None,
) -> DepositInfo:
    actor = work.require(Action.RECORD_DEPOSIT)  # asked again by the callers first (a refusal before any reading)
    row = _deposit(work, deposit_id, expected_version)
    hold_money(work, row.tenancy_id)
    info = _info(work, row)
    amount_fen = whole_fen(amount_fen, "deposit.amount")
    if amount_fen > info.undecided_fen:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Only {held} of this deposit is still held, not {amount}."),
            field="deposit.amount",
            held=money_text(info.undecided_fen),
            amount=money_text(amount_fen),
        )
    day = _day(work, day, "deposit.moved_on")
    if day < row.received_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} is before the deposit was received ({date})."),
            field="deposit.moved_on",
            date=row.received_on.isoformat(),
        )
    why = limited_text(reason, "deposit.reason", 2000)
    tenancy = work.session.get(Tenancy, row.tenancy_id)
    assert tenancy is not None
    dossier_id = tenancy.dossier.id if tenancy.dossier else None
    approval_id = None
    if kind == "retain":
        if not why:
            raise ValidationError(QT_TRANSLATE_NOOP("app", "Say why the deposit is retained."), field="deposit.reason")
        consent = take_approval(
            work,
            ApprovalKind.DEPOSIT,
            "deposit",
            row.id,
            dossier_id=dossier_id,
            summary=f"{tenancy.customer.name}: {money_text(amount_fen)} — {why}"[:300],
            reason=why,
        )
        approval_id = consent.id
    move = DepositMove(
        deposit_id=row.id,
        kind=kind,
        amount_fen=amount_fen,
        moved_on=day,
        reason=why,
        approval_id=approval_id,
        recorded_by=actor.user_id,
        recorded_at=work.now,
    )
    work.session.add(move)
    flag_modified(row, "note")  # the deposit's version moves on with each decision: a form read before is refused
    work.session.flush()
    _touch(work, tenancy)
    if approval_id is not None:
        work.touched.approvals.add(approval_id)
    work.log(
        dossier_id,
        "deposit",
        row.id,
        kind,
        {"amount_fen": amount_fen, "on": day, "reason": why, "approval": approval_id},
    )
    return _info(work, row)


def refund_deposit(
    work: Work, deposit_id: int, amount_fen: int, *, day: dt.date, note: str = "", expected_version: int | None = None
) -> DepositInfo:
    """Pay back part or all of what the deposit still holds."""
    work.require(Action.RECORD_DEPOSIT)
    return _move(work, deposit_id, "refund", amount_fen, day, note, expected_version)


def retain_deposit(
    work: Work, deposit_id: int, amount_fen: int, *, day: dt.date, reason: str, expected_version: int | None = None
) -> DepositInfo:
    """Keep part or all of what the deposit still holds, with the reason, within the department manager's approval
    (``take_approval``: the manager's own decision, or a request the manager approved — else ``NeedsApproval``)."""
    work.require(Action.RECORD_DEPOSIT)
    return _move(work, deposit_id, "retain", amount_fen, day, reason, expected_version)
