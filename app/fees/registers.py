"""The building-wide registers of money (R11): every charge, payment and deposit, filtered, with their totals.

The large demo holds hundreds of thousands of charge lines, so the charge and payment registers are read a page at
a time (``offset``/``limit``, in SQL, in the register's order) and their count and totals come from one aggregate
query over the same filter; the deposits are few enough (a handful per tenancy) to be read whole. The arrears
register is ``app.fees.ageing.arrears``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, and_, case, exists, func, select

from app.desk import Work
from app.errors import ValidationError
from app.fees.charging import parse_month
from app.fees.deposits import STATE_NAMES, deposit_state
from app.fees.tenancies import units_of
from app.text import QT_TRANSLATE_NOOP
from app.validation import a_date, within_years
from db.models import (
    CHARGE_KINDS,
    DEPOSIT_KINDS,
    PAYMENT_METHODS,
    Building,
    Customer,
    Deposit,
    DepositMove,
    Dossier,
    FeeAllocation,
    FeeCharge,
    FeeItem,
    FeePayment,
    Floor,
    Tenancy,
    TenancyUnit,
    Unit,
)

MAX_PAGE = 1000  # rows per read: a screen asks for 50 at a time, a printout for more
DEPOSIT_STATES = tuple(STATE_NAMES)


def _choice(value: str | None, allowed: tuple[str, ...], field: str) -> str | None:
    if value is not None and value not in allowed:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be one of {allowed}, not “{value}”."),
            field=field,
            allowed=", ".join(allowed),
            value=str(value),
        )
    return value


def _page(offset: int, limit: int) -> tuple[int, int]:
    if isinstance(offset, bool) or isinstance(limit, bool) or offset < 0 or not 0 <= limit <= MAX_PAGE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} asks for too many rows at once (the most is {limit})."),
            field="fees.page",
            limit=MAX_PAGE,
        )
    return offset, limit


def _period(start: dt.date | None, end: dt.date | None, field: str) -> tuple[dt.date | None, dt.date | None]:
    first = within_years(a_date(start, field), field) if start is not None else None
    last = within_years(a_date(end, field), field) if end is not None else None
    if first is not None and last is not None and last < first:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field}: the period ends ({end}) before it starts ({start})."),
            field=field,
            start=first.isoformat(),
            end=last.isoformat(),
        )
    return first, last


# -- charges ------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChargeFilter:
    """Which charge lines: ``month_from``/``month_to`` are periods (所属期间) "YYYY-MM", both ends included."""

    building_id: int | None = None
    floor_id: int | None = None
    month_from: str | None = None
    month_to: str | None = None
    item_id: int | None = None
    kind: str | None = None  # one of CHARGE_KINDS


@dataclass(frozen=True)
class ChargeRow:
    id: int
    period: str
    billed_on: dt.date
    due_on: dt.date
    building: str
    floor: str
    unit: str
    customer: str
    tenancy_id: int
    dossier_id: int | None
    item: str
    kind: str
    amount_fen: int
    paid_fen: int  # what payments allocated to this line (net of reversals)
    description: str

    @property
    def open_fen(self) -> int:
        return self.amount_fen - self.paid_fen


@dataclass(frozen=True)
class ChargeTotals:
    lines: int
    amount_fen: int  # 应收
    paid_fen: int  # allocated to these lines (实收 against them)

    @property
    def open_fen(self) -> int:
        return self.amount_fen - self.paid_fen


def _charge_query(query: Select, wanted: ChargeFilter) -> Select:
    _choice(wanted.kind, CHARGE_KINDS, "fees.charge_kind")
    first = parse_month(wanted.month_from).code if wanted.month_from else None
    last = parse_month(wanted.month_to).code if wanted.month_to else None
    if first is not None and last is not None and last < first:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field}: the period ends ({end}) before it starts ({start})."),
            field="fees.month",
            start=first,
            end=last,
        )
    query = query.outerjoin(Unit, Unit.id == FeeCharge.unit_id).outerjoin(Floor, Floor.id == Unit.floor_id)
    if first is not None:
        query = query.where(FeeCharge.period >= first)
    if last is not None:
        query = query.where(FeeCharge.period <= last)
    if wanted.building_id is not None:
        query = query.where(Floor.building_id == wanted.building_id)
    if wanted.floor_id is not None:
        query = query.where(Unit.floor_id == wanted.floor_id)
    if wanted.item_id is not None:
        query = query.where(FeeCharge.item_id == wanted.item_id)
    if wanted.kind is not None:
        query = query.where(FeeCharge.kind == wanted.kind)
    return query


def charge_totals(work: Work, wanted: ChargeFilter) -> ChargeTotals:
    """How many lines match and what they come to, and what was paid against them."""
    work.require_read()
    query = _charge_query(select(func.count(FeeCharge.id), func.coalesce(func.sum(FeeCharge.amount_fen), 0)), wanted)
    lines, amount = work.session.execute(query).one()
    matching = _charge_query(select(FeeCharge.id), wanted).scalar_subquery()
    paid = work.session.execute(
        select(func.coalesce(func.sum(FeeAllocation.amount_fen), 0)).where(FeeAllocation.charge_id.in_(matching))
    ).scalar_one()
    return ChargeTotals(int(lines), int(amount), int(paid))


def charge_register(work: Work, wanted: ChargeFilter, *, offset: int = 0, limit: int = 50) -> list[ChargeRow]:
    """A page of the matching lines, newest period first, then by building, floor, unit and fee item."""
    work.require_read()
    offset, limit = _page(offset, limit)
    query = _charge_query(
        select(
            FeeCharge,
            FeeItem.name,
            Unit.number,
            Floor.label,
            Building.name,
            Customer.name,
            Dossier.id,
        )
        .join(FeeItem, FeeItem.id == FeeCharge.item_id)
        .join(Tenancy, Tenancy.id == FeeCharge.tenancy_id)
        .join(Customer, Customer.id == Tenancy.customer_id)
        .outerjoin(Dossier, Dossier.tenancy_id == Tenancy.id),
        wanted,
    )
    query = (
        query.outerjoin(Building, Building.id == Floor.building_id)
        .order_by(
            FeeCharge.period.desc(),
            Building.name,
            Floor.level,
            Unit.number,
            FeeItem.position,
            FeeCharge.id,
        )
        .offset(offset)
        .limit(limit)
    )
    rows = work.session.execute(query).all()
    ids = [row[0].id for row in rows]
    paid: dict[int, int] = {}
    if ids:
        paid = {
            charge_id: int(fen)
            for charge_id, fen in work.session.execute(
                select(FeeAllocation.charge_id, func.sum(FeeAllocation.amount_fen))
                .where(FeeAllocation.charge_id.in_(ids))
                .group_by(FeeAllocation.charge_id)
            )
        }
    return [
        ChargeRow(
            id=charge.id,
            period=charge.period,
            billed_on=charge.billed_on,
            due_on=charge.due_on,
            building=building or "",
            floor=floor or "",
            unit=unit or "",
            customer=customer,
            tenancy_id=charge.tenancy_id,
            dossier_id=dossier_id,
            item=item,
            kind=charge.kind,
            amount_fen=charge.amount_fen,
            paid_fen=paid.get(charge.id, 0),
            description=charge.description,
        )
        for charge, item, unit, floor, building, customer, dossier_id in rows
    ]


# -- payments -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PaymentFilter:
    """Which payments: received ``date_from``–``date_to`` (both included); reversals (红冲) are lines too."""

    building_id: int | None = None
    floor_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    method: str | None = None  # one of PAYMENT_METHODS
    include_reversals: bool = True


@dataclass(frozen=True)
class PaymentRow:
    id: int
    receipt_no: str | None
    paid_on: dt.date
    method: str
    amount_fen: int  # negative for a reversal
    payer: str
    customer: str
    units: str  # "1201, 1202"
    tenancy_id: int
    dossier_id: int | None
    reverses_id: int | None
    reversed: bool  # a later line reverses this one
    note: str


@dataclass(frozen=True)
class PaymentTotals:
    lines: int  # payments and reversals listed
    payments: int  # the payments among them
    received_fen: int  # the payments themselves
    reversed_fen: int  # the reversals, as a positive amount

    @property
    def net_fen(self) -> int:
        return self.received_fen - self.reversed_fen


def _tenancy_in(building_id: int | None, floor_id: int | None) -> list:
    """Conditions keeping the tenancies with a unit in the building or on the floor."""
    if building_id is None and floor_id is None:
        return []
    there = (
        select(TenancyUnit.tenancy_id)
        .join(Unit, Unit.id == TenancyUnit.unit_id)
        .join(Floor, Floor.id == Unit.floor_id)
        .where(TenancyUnit.tenancy_id == Tenancy.id)
    )
    if building_id is not None:
        there = there.where(Floor.building_id == building_id)
    if floor_id is not None:
        there = there.where(Unit.floor_id == floor_id)
    return [exists(there)]


def _payment_query(query: Select, wanted: PaymentFilter) -> Select:
    _choice(wanted.method, PAYMENT_METHODS, "payment.method")
    first, last = _period(wanted.date_from, wanted.date_to, "payment.paid_on")
    query = query.join(Tenancy, Tenancy.id == FeePayment.tenancy_id)
    conditions = _tenancy_in(wanted.building_id, wanted.floor_id)
    if first is not None:
        conditions.append(FeePayment.paid_on >= first)
    if last is not None:
        conditions.append(FeePayment.paid_on <= last)
    if wanted.method is not None:
        conditions.append(FeePayment.method == wanted.method)
    if not wanted.include_reversals:
        conditions.append(FeePayment.reverses_id.is_(None))
    return query.where(and_(*conditions)) if conditions else query


def payment_totals(work: Work, wanted: PaymentFilter) -> PaymentTotals:
    work.require_read()
    # Payments and reversals summed apart; CASE, not SQLite's two-argument max()/min() (aggregates on PostgreSQL).
    positive = func.coalesce(func.sum(case((FeePayment.amount_fen > 0, FeePayment.amount_fen), else_=0)), 0)
    negative = func.coalesce(func.sum(case((FeePayment.amount_fen < 0, FeePayment.amount_fen), else_=0)), 0)
    count = func.count(FeePayment.id).filter(FeePayment.reverses_id.is_(None))
    lines, payments, received, reversed_ = work.session.execute(
        _payment_query(select(func.count(FeePayment.id), count, positive, negative), wanted)
    ).one()
    return PaymentTotals(int(lines), int(payments), int(received), -int(reversed_))


def payment_register(work: Work, wanted: PaymentFilter, *, offset: int = 0, limit: int = 50) -> list[PaymentRow]:
    """A page of the matching payments and reversals, newest first."""
    work.require_read()
    offset, limit = _page(offset, limit)
    query = (
        _payment_query(select(FeePayment, Customer.name, Dossier.id), wanted)
        .join(Customer, Customer.id == Tenancy.customer_id)
        .outerjoin(Dossier, Dossier.tenancy_id == Tenancy.id)
    )
    rows = work.session.execute(
        query.order_by(FeePayment.paid_on.desc(), FeePayment.id.desc()).offset(offset).limit(limit)
    ).all()
    ids = [row[0].id for row in rows]
    reversed_ids: set[int] = set()
    if ids:
        reversed_ids = set(
            work.session.execute(select(FeePayment.reverses_id).where(FeePayment.reverses_id.in_(ids))).scalars()
        )
    units = units_of(work, {row[0].tenancy_id for row in rows})
    return [
        PaymentRow(
            id=payment.id,
            receipt_no=payment.receipt_no,
            paid_on=payment.paid_on,
            method=payment.method,
            amount_fen=payment.amount_fen,
            payer=payment.payer,
            customer=customer,
            units=units.get(payment.tenancy_id, ""),
            tenancy_id=payment.tenancy_id,
            dossier_id=dossier_id,
            reverses_id=payment.reverses_id,
            reversed=payment.id in reversed_ids,
            note=payment.note,
        )
        for payment, customer, dossier_id in rows
    ]


# -- deposits -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DepositFilter:
    building_id: int | None = None
    floor_id: int | None = None
    state: str | None = None  # one of DEPOSIT_STATES
    kind: str | None = None  # one of DEPOSIT_KINDS


@dataclass(frozen=True)
class DepositRow:
    id: int
    kind: str
    received_on: dt.date
    receipt_no: str | None
    customer: str
    units: str
    tenancy_id: int
    dossier_id: int | None
    amount_fen: int
    refunded_fen: int
    retained_fen: int

    @property
    def held_fen(self) -> int:
        """Still held, neither refunded nor retained."""
        return self.amount_fen - self.refunded_fen - self.retained_fen

    @property
    def state(self) -> str:
        return deposit_state(self.amount_fen, self.refunded_fen, self.retained_fen)


@dataclass(frozen=True)
class DepositRegister:
    rows: tuple[DepositRow, ...]

    @property
    def amount_fen(self) -> int:
        return sum(r.amount_fen for r in self.rows)

    @property
    def held_fen(self) -> int:
        return sum(r.held_fen for r in self.rows)

    @property
    def refunded_fen(self) -> int:
        return sum(r.refunded_fen for r in self.rows)

    @property
    def retained_fen(self) -> int:
        return sum(r.retained_fen for r in self.rows)


def deposit_register(work: Work, wanted: DepositFilter) -> DepositRegister:
    """Every matching deposit, newest first, with what was refunded and retained of it."""
    work.require_read()
    _choice(wanted.state, DEPOSIT_STATES, "fees.deposit_state")
    _choice(wanted.kind, DEPOSIT_KINDS, "deposit.kind")
    moved = (
        select(
            DepositMove.deposit_id.label("deposit_id"),
            func.sum(DepositMove.amount_fen).filter(DepositMove.kind == "refund").label("refunded"),
            func.sum(DepositMove.amount_fen).filter(DepositMove.kind == "retain").label("retained"),
        )
        .group_by(DepositMove.deposit_id)
        .subquery()
    )
    query = (
        select(Deposit, Customer.name, Dossier.id, moved.c.refunded, moved.c.retained)
        .join(Tenancy, Tenancy.id == Deposit.tenancy_id)
        .join(Customer, Customer.id == Tenancy.customer_id)
        .outerjoin(Dossier, Dossier.tenancy_id == Tenancy.id)
        .outerjoin(moved, moved.c.deposit_id == Deposit.id)
        .order_by(Deposit.received_on.desc(), Deposit.id.desc())
    )
    conditions = _tenancy_in(wanted.building_id, wanted.floor_id)
    if wanted.kind is not None:
        conditions.append(Deposit.kind == wanted.kind)
    if conditions:
        query = query.where(and_(*conditions))
    rows = work.session.execute(query).all()
    units = units_of(work, {row[0].tenancy_id for row in rows})
    found = (
        DepositRow(
            id=deposit.id,
            kind=deposit.kind,
            received_on=deposit.received_on,
            receipt_no=deposit.receipt_no,
            customer=customer,
            units=units.get(deposit.tenancy_id, ""),
            tenancy_id=deposit.tenancy_id,
            dossier_id=dossier_id,
            amount_fen=deposit.amount_fen,
            refunded_fen=int(refunded or 0),
            retained_fen=int(retained or 0),
        )
        for deposit, customer, dossier_id, refunded, retained in rows
    )
    return DepositRegister(tuple(r for r in found if wanted.state is None or r.state == wanted.state))
