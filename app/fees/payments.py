"""Payments received at the desk (收款), allocated to charge lines, and reversed by a new line — never edited.

A payment pays the oldest open lines first (by due day), or exactly the lines the clerk chose; what is left over
stays the tenant's credit, which the ageing applies to the oldest lines. Every payment has a unique receipt number
(typed from a receipt book, or the next one: SK2026-000001). A reversal (红冲) is a negative payment naming the one
it undoes, with negative allocations, so the ledger shows both and the balance is right again.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from app.desk import Work
from app.errors import Conflict, NotFound, ValidationError
from app.fees.balances import OpenLine, for_tenancies
from app.fees.items import fee_settings
from app.fees.money import whole_fen
from app.fees.tenancies import hold_money
from app.permissions import Action
from app.run_locks import Lock, number_in_turn
from app.text import QT_TRANSLATE_NOOP
from app.validation import a_date, limited_text, within_years
from db.models import PAYMENT_METHODS, Deposit, FeeAllocation, FeeCharge, FeeItem, FeePayment, Tenancy, User

METHOD_NAMES = {
    "cash": QT_TRANSLATE_NOOP("fees", "Cash"),
    "transfer": QT_TRANSLATE_NOOP("fees", "Bank transfer"),
    "card": QT_TRANSLATE_NOOP("fees", "Bank card"),
    "cheque": QT_TRANSLATE_NOOP("fees", "Cheque"),
    "wechat": QT_TRANSLATE_NOOP("fees", "WeChat Pay"),
    "alipay": QT_TRANSLATE_NOOP("fees", "Alipay"),
}
_RECEIPT = re.compile(r"^[0-9A-Za-z][0-9A-Za-z_/-]{0,29}$")


@dataclass(frozen=True)
class AllocationInfo:
    charge_id: int
    item: str
    period: str
    amount_fen: int


@dataclass(frozen=True)
class PaymentInfo:
    id: int
    tenancy_id: int
    receipt_no: str | None  # None for a reversal
    paid_on: dt.date
    method: str
    amount_fen: int  # negative for a reversal
    payer: str
    note: str
    reverses_id: int | None
    reversed_by_id: int | None
    allocations: tuple[AllocationInfo, ...]
    recorded_by: str
    recorded_at: dt.datetime

    @property
    def unallocated_fen(self) -> int:
        return self.amount_fen - sum(a.amount_fen for a in self.allocations)


def open_charges(work: Work, tenancy_id: int) -> tuple[list[OpenLine], int]:
    """The tenancy's lines with money still owed, oldest due first, and its credit not yet allocated."""
    work.require_read()
    found = for_tenancies(work, [tenancy_id])
    return found.lines.get(tenancy_id, []), found.credit.get(tenancy_id, 0)


def next_receipt_no(work: Work, day: dt.date) -> str:
    """The next free number of the receipt series for ``day``'s year: SK2026-000001, SK2026-000002, …

    The series' numbers have six digits, so the highest sorts last: read from the receipt-number indexes backwards,
    a few rows per table, not every receipt of the year (a typed number such as SK2026-A1 sorts past the digits
    and is stepped over)."""
    number_in_turn(work, Lock.RECEIPT_NUMBERS)
    prefix = f"{fee_settings(work).receipt_prefix}{day.year}-"
    highest = 0
    for column in (FeePayment.receipt_no, Deposit.receipt_no):
        rows = work.session.execute(
            select(column)
            .where(column >= prefix + "000000", column <= prefix + "999999")
            .order_by(column.desc())
            .limit(50)
        ).scalars()
        found = [int(n[len(prefix) :]) for n in rows if len(n) == len(prefix) + 6 and n[len(prefix) :].isdigit()]
        highest = max([highest, *found])
    return f"{prefix}{highest + 1:06d}"


def receipt_taken(work: Work, number: str) -> bool:
    """Whether a payment or a deposit already has receipt number ``number`` (one series for both).

    On a server the answer holds until this unit of work ends: the series' lock is held from the question on, so
    another desk cannot give the number meanwhile (db/run_locks.py)."""
    number_in_turn(work, Lock.RECEIPT_NUMBERS)
    return (
        work.session.execute(select(FeePayment.id).where(FeePayment.receipt_no == number)).first() is not None
        or work.session.execute(select(Deposit.id).where(Deposit.receipt_no == number)).first() is not None
    )


def _tenancy(work: Work, tenancy_id: int) -> Tenancy:
    hold_money(work, tenancy_id)
    tenancy = work.session.get(Tenancy, tenancy_id)
    if tenancy is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no tenancy with id {id}."), field="tenancy", id=tenancy_id)
    return tenancy


def _touch(work: Work, tenancy: Tenancy) -> None:
    work.touched.fees.add(tenancy.id)
    work.touched.units.update(link.unit_id for link in tenancy.units)
    if tenancy.dossier is not None:
        work.touched.dossiers.add(tenancy.dossier.id)


def record_payment(
    work: Work,
    tenancy_id: int,
    amount_fen: int,
    *,
    paid_on: dt.date,
    method: str,
    payer: str = "",
    receipt_no: str | None = None,
    allocations: Sequence[tuple[int, int]] | None = None,
    note: str = "",
) -> PaymentInfo:
    """Record money received. ``allocations`` (charge id, fen) pays exactly those lines; without it the oldest open
    lines are paid first. Money left over stays as the tenant's credit. ``receipt_no`` None: the next number."""
    actor = work.require(Action.RECORD_PAYMENT)
    tenancy = _tenancy(work, tenancy_id)
    amount_fen = whole_fen(amount_fen, "payment.amount")
    day = within_years(a_date(paid_on, "payment.paid_on"), "payment.paid_on")
    if day > work.today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} is still to come ({date}); record a payment when it is received."),
            field="payment.paid_on",
            date=day.isoformat(),
        )
    if method not in PAYMENT_METHODS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be one of the payment methods, not “{value}”."),
            field="payment.method",
            value=method,
        )
    number = (receipt_no or "").strip() or next_receipt_no(work, day)
    if not _RECEIPT.match(number):
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} may hold letters, digits, - / and _ (at most 30), not “{value}”."),
            field="payment.receipt_no",
            value=number,
        )
    if receipt_taken(work, number):
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "Receipt number {number} has been used already."),
            field="payment.receipt_no",
            number=number,
        )
    lines, _credit = open_charges(work, tenancy_id)
    by_id = {line.id: line for line in lines}
    chosen: list[tuple[int, int]] = []
    if allocations is not None:
        seen: set[int] = set()
        for charge_id, fen in allocations:
            line = by_id.get(charge_id)
            if line is None or charge_id in seen:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("app", "Charge {id} is not an open charge of this tenancy."),
                    field="payment.allocations",
                    id=charge_id,
                )
            seen.add(charge_id)
            fen = whole_fen(fen, "payment.allocations")
            if fen > line.open_fen:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("app", "More is allocated to charge {id} than is still owed on it."),
                    field="payment.allocations",
                    id=charge_id,
                )
            chosen.append((charge_id, fen))
        if sum(fen for _, fen in chosen) > amount_fen:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "The allocations come to more than the amount paid."),
                field="payment.allocations",
            )
    else:
        left = amount_fen
        for line in lines:  # oldest due first
            if left <= 0:
                break
            taken = min(left, line.open_fen)
            chosen.append((line.id, taken))
            left -= taken
    payment = FeePayment(
        tenancy_id=tenancy_id,
        receipt_no=number,
        paid_on=day,
        method=method,
        amount_fen=amount_fen,
        payer=limited_text(payer, "payment.payer", 200),
        note=limited_text(note, "payment.note", 2000),
        created_by=actor.user_id,
        created_at=work.now,
    )
    work.session.add(payment)
    work.session.flush()
    for charge_id, fen in chosen:
        work.session.add(FeeAllocation(payment_id=payment.id, charge_id=charge_id, amount_fen=fen))
    work.session.flush()
    _touch(work, tenancy)
    work.log(
        tenancy.dossier.id if tenancy.dossier else None,
        "fee_payment",
        payment.id,
        "create",
        {"receipt_no": number, "amount_fen": amount_fen, "method": method, "allocated": dict(chosen)},
    )
    return payment_info(work, payment.id)


def reverse_payment(work: Work, payment_id: int, reason: str, *, day: dt.date | None = None) -> PaymentInfo:
    """Undo a payment recorded by mistake (红冲): a negative line naming it, with the reason; once only."""
    actor = work.require(Action.REVERSE_PAYMENT)
    payment = work.session.get(FeePayment, payment_id)
    if payment is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no payment with id {id}."), field="payment", id=payment_id)
    hold_money(work, payment.tenancy_id)
    why = limited_text(reason, "payment.reason", 2000)
    if not why:
        raise ValidationError(QT_TRANSLATE_NOOP("app", "{field} must not be empty."), field="payment.reason")
    if payment.reverses_id is not None:
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "A reversal is not reversed; record the payment again."), field="payment"
        )
    if work.session.execute(select(FeePayment.id).where(FeePayment.reverses_id == payment_id)).first() is not None:
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "The payment with receipt {number} has been reversed already."),
            field="payment",
            number=payment.receipt_no,
        )
    reversal = FeePayment(
        tenancy_id=payment.tenancy_id,
        receipt_no=None,
        paid_on=day or work.today,
        method=payment.method,
        amount_fen=-payment.amount_fen,
        payer=payment.payer,
        note=why,
        reverses_id=payment.id,
        created_by=actor.user_id,
        created_at=work.now,
    )
    work.session.add(reversal)
    work.session.flush()
    for allocation in work.session.execute(
        select(FeeAllocation).where(FeeAllocation.payment_id == payment.id)
    ).scalars():
        work.session.add(
            FeeAllocation(payment_id=reversal.id, charge_id=allocation.charge_id, amount_fen=-allocation.amount_fen)
        )
    work.session.flush()
    tenancy = _tenancy(work, payment.tenancy_id)
    _touch(work, tenancy)
    work.log(
        tenancy.dossier.id if tenancy.dossier else None,
        "fee_payment",
        reversal.id,
        "reverse",
        {"payment": payment.id, "receipt_no": payment.receipt_no, "amount_fen": -payment.amount_fen, "reason": why},
    )
    return payment_info(work, reversal.id)


def payments_of(work: Work, tenancy_id: int) -> list[PaymentInfo]:
    """The tenancy's payments and reversals, oldest first."""
    work.require_read()
    ids = work.session.execute(
        select(FeePayment.id).where(FeePayment.tenancy_id == tenancy_id).order_by(FeePayment.paid_on, FeePayment.id)
    ).scalars()
    return [payment_info(work, payment_id) for payment_id in ids]


def payment_info(work: Work, payment_id: int) -> PaymentInfo:
    payment = work.session.get(FeePayment, payment_id)
    if payment is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no payment with id {id}."), field="payment", id=payment_id)
    allocations = work.session.execute(
        select(FeeAllocation.charge_id, FeeItem.name, FeeCharge.period, FeeAllocation.amount_fen)
        .join(FeeCharge, FeeCharge.id == FeeAllocation.charge_id)
        .join(FeeItem, FeeItem.id == FeeCharge.item_id)
        .where(FeeAllocation.payment_id == payment_id)
        .order_by(FeeCharge.due_on, FeeCharge.id)
    ).all()
    reversed_by = work.session.execute(select(FeePayment.id).where(FeePayment.reverses_id == payment_id)).scalar()
    user = work.session.get(User, payment.created_by)
    return PaymentInfo(
        id=payment.id,
        tenancy_id=payment.tenancy_id,
        receipt_no=payment.receipt_no,
        paid_on=payment.paid_on,
        method=payment.method,
        amount_fen=payment.amount_fen,
        payer=payment.payer,
        note=payment.note,
        reverses_id=payment.reverses_id,
        reversed_by_id=reversed_by,
        allocations=tuple(AllocationInfo(c, name, period, fen) for c, name, period, fen in allocations),
        recorded_by=user.display_name if user else "",
        recorded_at=payment.created_at,
    )


def receipt_payment(work: Work, receipt_no: str) -> PaymentInfo:
    """The payment a receipt number names (to print the receipt again)."""
    work.require_read()
    found = work.session.execute(select(FeePayment.id).where(FeePayment.receipt_no == receipt_no.strip())).scalar()
    if found is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("app", "There is no payment with receipt number {number}."),
            field="payment.receipt_no",
            number=receipt_no,
        )
    return payment_info(work, found)


def paid_total(work: Work, tenancy_id: int) -> int:
    work.require_read()
    return int(
        work.session.execute(
            select(func.coalesce(func.sum(FeePayment.amount_fen), 0)).where(FeePayment.tenancy_id == tenancy_id)
        ).scalar_one()
    )
