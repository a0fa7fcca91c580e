"""A tenancy's ledger (对账单): every charge, adjustment, payment and reversal by date with the running balance,
and its deposits — the dossier's 费用 section and the printed statement read the same ``Ledger`` (R11)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from app.desk import Work
from app.errors import NotFound
from app.fees.deposits import DepositInfo, deposits_of
from app.text import QT_TRANSLATE_NOOP
from db.models import Customer, Dossier, FeeCharge, FeeItem, FeePayment, Tenancy, TenancyUnit, Unit

ENTRY_NAMES = {
    "generated": QT_TRANSLATE_NOOP("fees", "Charge"),
    "one_off": QT_TRANSLATE_NOOP("fees", "One-off charge"),
    "adjustment": QT_TRANSLATE_NOOP("fees", "Adjustment"),
    "payment": QT_TRANSLATE_NOOP("fees", "Payment"),
    "reversal": QT_TRANSLATE_NOOP("fees", "Reversal"),
}


@dataclass(frozen=True)
class LedgerLine:
    on: dt.date
    entry: str  # key of ENTRY_NAMES
    id: int  # the charge's or the payment's
    item: str  # the fee item ("" for a payment)
    period: str  # YYYY-MM of a charge
    unit: str
    quantity: Decimal | None  # m² or metered units
    rate: Decimal | None
    days: int | None
    days_in_period: int | None
    due_on: dt.date | None
    receipt_no: str | None
    method: str  # a payment's
    note: str  # a one-off's description, a cancellation's or a reversal's reason
    charge_fen: int  # added to what is owed (an adjustment may be negative)
    payment_fen: int  # received (a reversal is negative)
    balance_fen: int  # owed after this line (negative: in credit)


@dataclass(frozen=True)
class Ledger:
    tenancy_id: int
    customer: str
    units: str
    dossier_number: str | None
    move_in: dt.date
    move_out: dt.date | None
    lines: tuple[LedgerLine, ...]
    deposits: tuple[DepositInfo, ...]
    opening_fen: int = 0  # owed before the first line shown (a statement from a date)

    @property
    def charged_fen(self) -> int:
        return sum(line.charge_fen for line in self.lines)

    @property
    def paid_fen(self) -> int:
        return sum(line.payment_fen for line in self.lines)

    @property
    def balance_fen(self) -> int:
        return self.opening_fen + self.charged_fen - self.paid_fen

    @property
    def deposits_held_fen(self) -> int:
        return sum(d.undecided_fen for d in self.deposits)


def ledger(work: Work, tenancy_id: int, *, date_from: dt.date | None = None, date_to: dt.date | None = None) -> Ledger:
    """The tenancy's ledger; with ``date_from`` the lines before it are summed into ``opening_fen``, with
    ``date_to`` the later ones are left out."""
    work.require_read()
    tenancy = work.session.get(Tenancy, tenancy_id)
    if tenancy is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no tenancy with id {id}."), field="tenancy", id=tenancy_id)
    customer = work.session.get(Customer, tenancy.customer_id)
    units = work.session.execute(
        select(Unit.number)
        .join(TenancyUnit, TenancyUnit.unit_id == Unit.id)
        .where(TenancyUnit.tenancy_id == tenancy_id)
        .order_by(Unit.number)
    ).scalars()
    dossier_number = work.session.execute(select(Dossier.number).where(Dossier.tenancy_id == tenancy_id)).scalar()
    entries: list[tuple[tuple[dt.date, int, int], dict]] = []
    charges = work.session.execute(
        select(FeeCharge, FeeItem.name, Unit.number)
        .join(FeeItem, FeeItem.id == FeeCharge.item_id)
        .outerjoin(Unit, Unit.id == FeeCharge.unit_id)
        .where(FeeCharge.tenancy_id == tenancy_id)
    ).all()
    for charge, item, unit in charges:
        entries.append(
            (
                (charge.billed_on, 0, charge.id),
                {
                    "on": charge.billed_on,
                    "entry": charge.kind,
                    "id": charge.id,
                    "item": item,
                    "period": charge.period,
                    "unit": unit or "",
                    "quantity": charge.quantity,
                    "rate": charge.rate,
                    "days": charge.days,
                    "days_in_period": charge.days_in_period,
                    "due_on": charge.due_on,
                    "receipt_no": None,
                    "method": "",
                    "note": charge.description,
                    "charge_fen": charge.amount_fen,
                    "payment_fen": 0,
                },
            )
        )
    payments = work.session.execute(select(FeePayment).where(FeePayment.tenancy_id == tenancy_id)).scalars()
    for payment in payments:
        entries.append(
            (
                (payment.paid_on, 1, payment.id),
                {
                    "on": payment.paid_on,
                    "entry": "payment" if payment.reverses_id is None else "reversal",
                    "id": payment.id,
                    "item": "",
                    "period": "",
                    "unit": "",
                    "quantity": None,
                    "rate": None,
                    "days": None,
                    "days_in_period": None,
                    "due_on": None,
                    "receipt_no": payment.receipt_no,
                    "method": payment.method,
                    "note": payment.note,
                    "charge_fen": 0,
                    "payment_fen": payment.amount_fen,
                },
            )
        )
    entries.sort(key=lambda e: e[0])
    balance = 0
    lines = []
    for _, values in entries:
        balance += values["charge_fen"] - values["payment_fen"]
        if date_to is not None and values["on"] > date_to:
            continue
        lines.append(LedgerLine(**values, balance_fen=balance))
    opening = 0
    if date_from is not None:
        earlier = [line for line in lines if line.on < date_from]
        opening = earlier[-1].balance_fen if earlier else 0
        lines = [line for line in lines if line.on >= date_from]
    return Ledger(
        tenancy_id=tenancy_id,
        customer=customer.name if customer else "",
        units=", ".join(units),
        dossier_number=dossier_number,
        move_in=tenancy.move_in,
        move_out=tenancy.move_out,
        lines=tuple(lines),
        deposits=tuple(deposits_of(work, tenancy_id)),
        opening_fen=opening,
    )
