"""The month's charges for every occupied unit, in one action, as often as asked (R11).

``plan_month`` works out what every tenancy owes for a month and compares it with what was charged already;
``generate_month`` writes the difference: a new line where nothing was charged, an adjustment line where a
tenancy changed afterwards (a move-out recorded late, a rate corrected), nothing where all is right — so a month
generated twice is charged once, and a charge is never edited.

How a line is worked out (each rounded to the fen once, half up):
- per m²: the unit's area × Σ(rate of each day occupied) ÷ days in the month;
- fixed: Σ(rate of each day occupied) ÷ days in the month;
- metered: (the month's last reading − the reading before it) × the rate on the reading's day, charged to the
  tenancy in the unit that day (on a move-out day, the one moving out).
A day is occupied from the move-in day up to the day before the move-out day (the unit is free from then on);
an item marked free during fit-out is not charged for the days up to the tenancy's fit-out end. Two units of one
tenancy are two lines, each with its own area.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property

from sqlalchemy import func, insert, or_, select

from app.desk import Work
from app.errors import Conflict, NotFound, ValidationError
from app.fees.items import FeeItemInfo, fee_items
from app.fees.money import round_to_fen, whole_fen
from app.fees.tenancies import hold_money
from app.jobs import checkpoint
from app.permissions import Action
from app.run_locks import Lock, run_alone
from app.text import QT_TRANSLATE_NOOP
from app.validation import FIRST_YEAR, LAST_YEAR, limited_text
from db.models import (
    Building,
    Customer,
    FeeAllocation,
    FeeCharge,
    FeeItem,
    Floor,
    MeterReading,
    Tenancy,
    TenancyUnit,
    Unit,
)

MONTHLY_BASES = ("area", "fixed", "metered")
_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


@dataclass(frozen=True)
class Month:
    """A calendar month charges are for (所属期间)."""

    year: int
    month: int

    @property
    def code(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def first(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @cached_property  # asked for every line of a monthly run: worked out once per month
    def days(self) -> int:
        return calendar.monthrange(self.year, self.month)[1]

    @cached_property
    def last(self) -> dt.date:
        return dt.date(self.year, self.month, self.days)

    def day(self, number: int) -> dt.date:
        return dt.date(self.year, self.month, min(number, self.days))

    def __str__(self) -> str:
        return self.code


def parse_month(value: str | Month) -> Month:
    """ "2026-03" (or "2026-3") as a Month; "2025-13", "March", "2026/03" are a ValidationError."""
    if isinstance(value, Month):
        return value
    found = _MONTH.match(value or "") if isinstance(value, str) else None
    if found is None or not 1 <= int(found.group(2)) <= 12 or not FIRST_YEAR <= int(found.group(1)) <= LAST_YEAR:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be a month written as YYYY-MM, such as 2026-03, not “{value}”."),
            field="fees.month",
            value=str(value),
        )
    return Month(int(found.group(1)), int(found.group(2)))


# Why a unit's item was not charged this month (the preview lists them; codes → English sources).
NOTE_TEXTS = {
    "no_area": QT_TRANSLATE_NOOP("fees", "Unit {unit} has no area recorded: “{item}” is not charged."),
    "no_rate": QT_TRANSLATE_NOOP("fees", "“{item}” has no rate for {month}: it is not charged."),
    "no_previous_reading": QT_TRANSLATE_NOOP(
        "fees", "Unit {unit}: the {month} reading is the meter's first, so “{item}” starts from it next month."
    ),
    "meter_went_back": QT_TRANSLATE_NOOP(
        "fees", "Unit {unit}: the meter reading is lower than the one before it: “{item}” is not charged."
    ),
    "no_tenant_on_reading": QT_TRANSLATE_NOOP(
        "fees", "Unit {unit}: nobody occupied it on the reading's day: “{item}” is not charged."
    ),
}


@dataclass(frozen=True)
class PlanNote:
    code: str  # key of NOTE_TEXTS
    unit: str
    item: str


@dataclass(frozen=True)
class PlannedLine:
    """A line the run writes: a first charge (kind ``generated``) or the difference (``adjustment``)."""

    tenancy_id: int
    unit_id: int
    item_id: int
    customer: str
    unit: str
    item: str
    kind: str
    amount_fen: int  # what this line adds (an adjustment may be negative)
    expected_fen: int  # what the month's lines for this tenancy, unit and item come to after it
    quantity: Decimal | None
    rate: Decimal | None
    days: int | None
    days_in_period: int | None
    adjusts_id: int | None
    billed_on: dt.date
    due_on: dt.date


@dataclass(frozen=True)
class ItemTotal:
    item_id: int
    item: str
    lines: int  # tenancy-unit lines of the month once written
    total_fen: int  # the month's amount of this item once written (应收)
    new_fen: int  # what this run adds to it


@dataclass(frozen=True)
class MonthPlan:
    month: Month
    buildings: tuple[str, ...]
    lines: tuple[PlannedLine, ...]  # to be written
    unchanged: int  # tenancy-unit-item lines already right
    totals: tuple[ItemTotal, ...]
    notes: tuple[PlanNote, ...]

    @property
    def nothing_new(self) -> bool:
        return not self.lines

    @property
    def total_fen(self) -> int:
        return sum(t.total_fen for t in self.totals)

    @property
    def new_fen(self) -> int:
        return sum(line.amount_fen for line in self.lines)

    @property
    def adjustments(self) -> int:
        return sum(1 for line in self.lines if line.kind == "adjustment")


@dataclass(frozen=True)
class _Link:
    tenancy_id: int
    unit_id: int
    unit: str
    building_id: int
    area: Decimal | None
    start: dt.date
    end: dt.date | None  # the move-out day: free from then on
    fit_out_until: dt.date | None
    customer: str


def _buildings(work: Work, building_id: int | None) -> list[tuple[int, str]]:
    query = select(Building.id, Building.name).order_by(Building.name)
    if building_id is not None:
        query = query.where(Building.id == building_id)
    rows = [(row[0], row[1]) for row in work.session.execute(query)]
    if building_id is not None and not rows:
        raise NotFound(
            QT_TRANSLATE_NOOP("app", "There is no building with id {id}."), field="fees.building", id=building_id
        )
    return rows


def _links(work: Work, building_ids: list[int], month: Month) -> list[_Link]:
    rows = work.session.execute(
        select(
            TenancyUnit.tenancy_id,
            TenancyUnit.unit_id,
            Unit.number,
            Floor.building_id,
            Unit.area,
            TenancyUnit.start_date,
            TenancyUnit.end_date,
            Tenancy.fit_out_until,
            Customer.name,
        )
        .join(Unit, Unit.id == TenancyUnit.unit_id)
        .join(Floor, Floor.id == Unit.floor_id)
        .join(Tenancy, Tenancy.id == TenancyUnit.tenancy_id)
        .join(Customer, Customer.id == Tenancy.customer_id)
        .where(
            Floor.building_id.in_(building_ids),
            TenancyUnit.start_date <= month.last,
            or_(TenancyUnit.end_date.is_(None), TenancyUnit.end_date >= month.first),
        )
        .order_by(TenancyUnit.unit_id, TenancyUnit.start_date)
    )
    return [_Link(*row) for row in rows]


def _rate_segments(item: FeeItemInfo, month: Month) -> list[tuple[dt.date, dt.date, Decimal]]:
    """The month cut where the item's rate changes: (first day, last day, rate), days without a rate left out."""
    segments = []
    for index, rate in enumerate(item.rates):
        start = max(rate.valid_from, month.first)
        following = item.rates[index + 1].valid_from if index + 1 < len(item.rates) else None
        end = min(following - dt.timedelta(days=1), month.last) if following else month.last
        if start <= end:
            segments.append((start, end, rate.rate))
    return segments


def _billable(link: _Link, item: FeeItemInfo, month: Month) -> tuple[dt.date, dt.date] | None:
    start = max(link.start, month.first)
    end = month.last if link.end is None else min(link.end - dt.timedelta(days=1), month.last)
    if item.free_during_fit_out and link.fit_out_until is not None:
        start = max(start, link.fit_out_until + dt.timedelta(days=1))
    return (start, end) if start <= end else None


def _day_rate_sum(
    segments: Sequence[tuple[dt.date, dt.date, Decimal]], span: tuple[dt.date, dt.date]
) -> tuple[int, Decimal, Decimal | None]:
    """(days charged, Σ rate over those days, the rate when there is one rate for all of them)."""
    days, total, rates = 0, Decimal(0), set()
    for first, last, rate in segments:
        start, end = max(first, span[0]), min(last, span[1])
        if start <= end:
            n = (end - start).days + 1
            days += n
            total += rate * n
            rates.add(rate)
    return days, total, (next(iter(rates)) if len(rates) == 1 else None)


@dataclass(frozen=True)
class _Expected:
    tenancy_id: int
    unit_id: int
    item_id: int
    customer: str
    unit: str
    amount_fen: int
    quantity: Decimal | None
    rate: Decimal | None
    days: int | None


def _occupancy_lines(
    links: Iterable[_Link], item: FeeItemInfo, month: Month, notes: list[PlanNote]
) -> Iterable[_Expected]:
    segments = _rate_segments(item, month)
    if not segments:
        notes.append(PlanNote("no_rate", "", item.name))
        return
    for link in links:
        if item.building_id is not None and link.building_id != item.building_id:
            continue
        span = _billable(link, item, month)
        if span is None:
            continue
        days, rate_days, single = _day_rate_sum(segments, span)
        if days == 0:
            continue
        if item.basis == "area":
            if link.area is None:
                notes.append(PlanNote("no_area", link.unit, item.name))
                continue
            amount = round_to_fen(link.area * rate_days / month.days)
            quantity: Decimal | None = link.area
        else:
            amount = round_to_fen(rate_days / month.days)
            quantity = None
        yield _Expected(
            link.tenancy_id, link.unit_id, item.id, link.customer, link.unit, amount, quantity, single, days
        )


def _readings(
    work: Work, unit_ids: set[int], kind: str, month: Month
) -> dict[int, tuple[Decimal, dt.date, Decimal | None]]:
    """Per unit: the month's last reading, its day, and the reading before it (None for a meter's first)."""
    r = MeterReading.__table__.alias("r")
    p = MeterReading.__table__.alias("p")
    before = (
        select(p.c.reading)
        .where(p.c.unit_id == r.c.unit_id, p.c.meter_kind == r.c.meter_kind, p.c.read_on < r.c.read_on)
        .order_by(p.c.read_on.desc())
        .limit(1)
        .scalar_subquery()
    )
    rows = work.session.execute(
        select(r.c.unit_id, r.c.reading, r.c.read_on, before)
        .where(r.c.meter_kind == kind, r.c.read_on >= month.first, r.c.read_on <= month.last)
        .order_by(r.c.unit_id, r.c.read_on)
    )
    found: dict[int, tuple[Decimal, dt.date, Decimal | None]] = {}
    for unit_id, reading, read_on, earlier in rows:
        if unit_id in unit_ids:
            found[unit_id] = (reading, read_on, earlier)  # ordered by day: the month's last stays
    return found


def _metered_lines(
    work: Work, links: Sequence[_Link], item: FeeItemInfo, month: Month, notes: list[PlanNote]
) -> Iterable[_Expected]:
    assert item.meter_kind is not None
    by_unit: dict[int, list[_Link]] = defaultdict(list)
    for link in links:
        if item.building_id is None or link.building_id == item.building_id:
            by_unit[link.unit_id].append(link)
    unit_names = {link.unit_id: link.unit for link in links}
    for unit_id, (reading, read_on, earlier) in _readings(work, set(by_unit), item.meter_kind, month).items():
        unit = unit_names[unit_id]
        occupants = [
            link for link in by_unit[unit_id] if link.start <= read_on and (link.end is None or link.end >= read_on)
        ]
        if not occupants:
            notes.append(PlanNote("no_tenant_on_reading", unit, item.name))
            continue
        # On a move-out day the reading is the departing tenant's last one.
        occupant = min(occupants, key=lambda link: (link.end is None, link.end or read_on))
        if earlier is None:
            notes.append(PlanNote("no_previous_reading", unit, item.name))
            continue
        if reading < earlier:
            notes.append(PlanNote("meter_went_back", unit, item.name))
            continue
        rate = item.rate_on(read_on)
        if rate is None:
            notes.append(PlanNote("no_rate", unit, item.name))
            continue
        used = reading - earlier
        yield _Expected(
            occupant.tenancy_id, unit_id, item.id, occupant.customer, unit, round_to_fen(used * rate), used, rate, None
        )


def _charged(work: Work, month: Month, item_ids: list[int]) -> dict[tuple[int, int, int], tuple[int, int]]:
    """(tenancy, unit, item) → (the month's amount so far, the first line's id) of the generated lines."""
    if not item_ids:
        return {}
    rows = work.session.execute(
        select(
            FeeCharge.tenancy_id,
            FeeCharge.unit_id,
            FeeCharge.item_id,
            func.sum(FeeCharge.amount_fen),
            func.min(FeeCharge.id),
        )
        .where(
            FeeCharge.period == month.code,
            FeeCharge.item_id.in_(item_ids),
            FeeCharge.kind.in_(("generated", "adjustment")),
        )
        .group_by(FeeCharge.tenancy_id, FeeCharge.unit_id, FeeCharge.item_id)
    )
    return {(t, u, i): (int(total), first) for t, u, i, total, first in rows}


def _unit_names(work: Work, unit_ids: Iterable[int]) -> dict[int, tuple[str, int]]:
    ids = list(set(unit_ids))
    if not ids:
        return {}
    rows = work.session.execute(
        select(Unit.id, Unit.number, Floor.building_id).join(Floor, Floor.id == Unit.floor_id).where(Unit.id.in_(ids))
    )
    return {unit_id: (number, building) for unit_id, number, building in rows}


def plan_month(work: Work, month: str | Month, building_id: int | None = None) -> MonthPlan:
    """What generating ``month`` for one building (or every building) would write; writes nothing."""
    work.require_read()
    month = parse_month(month)
    buildings = _buildings(work, building_id)
    building_ids = [b for b, _ in buildings]
    items = [
        item
        for item in fee_items(work, include_inactive=False)
        if item.basis in MONTHLY_BASES and (item.building_id is None or item.building_id in building_ids)
    ]
    links = _links(work, building_ids, month)
    notes: list[PlanNote] = []
    expected: dict[tuple[int, int, int], _Expected] = {}
    for item in items:
        checkpoint()
        lines = (
            _metered_lines(work, links, item, month, notes)
            if item.basis == "metered"
            else _occupancy_lines(links, item, month, notes)
        )
        for line in lines:
            key = (line.tenancy_id, line.unit_id, line.item_id)
            if key in expected:  # the same tenancy in a unit twice in a month (moved out and back in): one line
                old = expected[key]
                line = _Expected(
                    *key,
                    line.customer,
                    line.unit,
                    old.amount_fen + line.amount_fen,
                    line.quantity,
                    None,
                    (old.days or 0) + (line.days or 0) if line.days is not None else None,
                )
            expected[key] = line
    charged = _charged(work, month, [item.id for item in items])
    units = _unit_names(work, [key[1] for key in charged])
    charged = {key: value for key, value in charged.items() if units.get(key[1], ("", 0))[1] in building_ids}
    customers = _customers(work, {key[0] for key in charged if key not in expected})
    by_item = {item.id: item for item in items}
    planned: list[PlannedLine] = []
    totals: dict[int, list[int]] = {item.id: [0, 0, 0] for item in items}
    unchanged = 0
    for key in sorted(set(expected) | set(charged), key=lambda k: (k[2], units.get(k[1], ("", 0))[0], k)):
        want = expected.get(key)
        amount = want.amount_fen if want is not None else 0
        so_far, first_id = charged.get(key, (None, None))
        item = by_item[key[2]]
        if want is not None or (so_far or 0) != 0:
            totals[item.id][0] += 1 if amount else 0
            totals[item.id][1] += amount
        if so_far is not None and so_far == amount:
            unchanged += 1
            continue
        if so_far is None and amount == 0:
            continue
        billed = month.day(item.billing_day)
        kind = "generated" if so_far is None else "adjustment"
        if kind == "adjustment":
            billed = max(billed, work.today)
        totals[item.id][2] += amount - (so_far or 0)
        planned.append(
            PlannedLine(
                tenancy_id=key[0],
                unit_id=key[1],
                item_id=key[2],
                customer=want.customer if want is not None else customers.get(key[0], ""),
                unit=want.unit if want is not None else units[key[1]][0],
                item=item.name,
                kind=kind,
                amount_fen=amount - (so_far or 0),
                expected_fen=amount,
                quantity=want.quantity if want is not None else None,
                rate=want.rate if want is not None else None,
                days=want.days if want is not None else None,
                days_in_period=month.days if want is not None and want.days is not None else None,
                adjusts_id=first_id,
                billed_on=billed,
                due_on=billed + dt.timedelta(days=item.due_days),
            )
        )
    return MonthPlan(
        month=month,
        buildings=tuple(name for _, name in buildings),
        lines=tuple(planned),
        unchanged=unchanged,
        totals=tuple(ItemTotal(i.id, i.name, *totals[i.id]) for i in items),
        notes=tuple(notes),
    )


def _customers(work: Work, tenancy_ids: set[int]) -> dict[int, str]:
    if not tenancy_ids:
        return {}
    rows = work.session.execute(
        select(Tenancy.id, Customer.name)
        .join(Customer, Customer.id == Tenancy.customer_id)
        .where(Tenancy.id.in_(list(tenancy_ids)))
    )
    return {tenancy_id: name for tenancy_id, name in rows}


def generate_month(work: Work, month: str | Month, building_id: int | None = None) -> MonthPlan:
    """Write the month's charges (``plan_month``'s lines) in one go; a month already right writes nothing at all
    (not even a line in the audit log) and the returned plan says ``nothing_new``."""
    actor = work.require(Action.GENERATE_CHARGES)
    run_alone(work, Lock.FEE_GENERATION)
    plan = plan_month(work, month, building_id)
    if plan.nothing_new:
        return plan
    rows = [
        {
            "tenancy_id": line.tenancy_id,
            "unit_id": line.unit_id,
            "item_id": line.item_id,
            "period": plan.month.code,
            "kind": line.kind,
            "adjusts_id": line.adjusts_id if line.kind == "adjustment" else None,
            "quantity": line.quantity,
            "rate": line.rate,
            "days": line.days,
            "days_in_period": line.days_in_period,
            "amount_fen": line.amount_fen,
            "billed_on": line.billed_on,
            "due_on": line.due_on,
            "description": "",
            "created_by": actor.user_id,
            "created_at": work.now,
        }
        for line in plan.lines
    ]
    work.session.execute(insert(FeeCharge), rows)
    work.touched.fees.update(line.tenancy_id for line in plan.lines)
    work.touched.units.update(line.unit_id for line in plan.lines)
    work.log(
        None,
        "fees",
        None,
        "generate",
        {
            "month": plan.month.code,
            "buildings": list(plan.buildings),
            "lines": len(plan.lines) - plan.adjustments,
            "adjustments": plan.adjustments,
            "added_fen": plan.new_fen,
        },
    )
    return plan


@dataclass(frozen=True)
class ChargeInfo:
    id: int
    tenancy_id: int
    unit_id: int | None
    item_id: int
    item: str
    period: str
    kind: str
    amount_fen: int
    billed_on: dt.date
    due_on: dt.date
    description: str


def _charge_info(work: Work, charge: FeeCharge) -> ChargeInfo:
    name = work.session.get(FeeItem, charge.item_id)
    return ChargeInfo(
        charge.id,
        charge.tenancy_id,
        charge.unit_id,
        charge.item_id,
        name.name if name else "",
        charge.period,
        charge.kind,
        charge.amount_fen,
        charge.billed_on,
        charge.due_on,
        charge.description,
    )


def add_charge(
    work: Work,
    tenancy_id: int,
    item_id: int,
    amount_fen: int,
    *,
    period: str | Month | None = None,
    unit_id: int | None = None,
    quantity: Decimal | None = None,
    description: str = "",
) -> ChargeInfo:
    """A one-off charge at the desk (加班费, a replacement card, a repair paid by the tenant) for a one-off item;
    billed today, due after the item's due days. ``period`` defaults to this month."""
    actor = work.require(Action.ADD_CHARGE)
    tenancy = work.session.get(Tenancy, tenancy_id)
    if tenancy is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no tenancy with id {id}."), field="tenancy", id=tenancy_id)
    item = work.session.get(FeeItem, item_id)
    if item is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no fee item with id {id}."), field="fee.item", id=item_id)
    if item.basis != "one_off":
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "“{item}” is charged by the monthly run, not by hand; choose a one-off item."),
            field="fee.item",
            item=item.name,
        )
    whole_fen(amount_fen, "fee.amount")
    if unit_id is not None and unit_id not in {link.unit_id for link in tenancy.units}:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Unit id {id} is not one of this tenancy's units."), field="fee.unit", id=unit_id
        )
    month = parse_month(period) if period is not None else Month(work.today.year, work.today.month)
    charge = FeeCharge(
        tenancy_id=tenancy_id,
        unit_id=unit_id,
        item_id=item_id,
        period=month.code,
        kind="one_off",
        quantity=quantity,
        amount_fen=amount_fen,
        billed_on=work.today,
        due_on=work.today + dt.timedelta(days=item.due_days),
        description=limited_text(description, "fee.description", 300),
        created_by=actor.user_id,
        created_at=work.now,
    )
    work.session.add(charge)
    work.session.flush()
    work.touched.fees.add(tenancy_id)
    work.touched.units.update(link.unit_id for link in tenancy.units)
    dossier_id = tenancy.dossier.id if tenancy.dossier else None
    work.log(
        dossier_id,
        "fee_charge",
        charge.id,
        "create",
        {"item": item.name, "amount_fen": amount_fen, "period": month.code},
    )
    return _charge_info(work, charge)


def cancel_charge(work: Work, charge_id: int, reason: str) -> ChargeInfo:
    """Take back a one-off charge added by mistake: an adjustment line of minus its amount, with the reason. A
    charge already (partly) paid is refused: reverse the payment first, so no money is left pointing at nothing."""
    actor = work.require(Action.ADD_CHARGE)
    charge = work.session.get(FeeCharge, charge_id)
    if charge is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no charge with id {id}."), field="fee.charge", id=charge_id)
    hold_money(work, charge.tenancy_id)
    why = limited_text(reason, "fee.reason", 300)
    if not why:
        raise ValidationError(QT_TRANSLATE_NOOP("app", "{field} must not be empty."), field="fee.reason")
    if charge.kind != "one_off":
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "app", "Only a one-off charge is cancelled by hand; a monthly charge follows the tenancy's dates."
            ),
            field="fee.charge",
        )
    taken = work.session.execute(
        select(func.count()).select_from(FeeCharge).where(FeeCharge.adjusts_id == charge_id)
    ).scalar_one()
    paid = work.session.execute(
        select(func.coalesce(func.sum(FeeAllocation.amount_fen), 0)).where(FeeAllocation.charge_id == charge_id)
    ).scalar_one()
    if taken:
        raise Conflict(QT_TRANSLATE_NOOP("app", "This charge has been cancelled already."), field="fee.charge")
    if paid:
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "This charge has been paid (in part): reverse the payment first."),
            field="fee.charge",
        )
    line = FeeCharge(
        tenancy_id=charge.tenancy_id,
        unit_id=charge.unit_id,
        item_id=charge.item_id,
        period=charge.period,
        kind="adjustment",
        adjusts_id=charge.id,
        amount_fen=-charge.amount_fen,
        billed_on=work.today,
        due_on=charge.due_on,
        description=why,
        created_by=actor.user_id,
        created_at=work.now,
    )
    work.session.add(line)
    work.session.flush()
    work.touched.fees.add(charge.tenancy_id)
    tenancy = work.session.get(Tenancy, charge.tenancy_id)
    assert tenancy is not None
    work.touched.units.update(link.unit_id for link in tenancy.units)
    work.log(
        tenancy.dossier.id if tenancy.dossier else None,
        "fee_charge",
        line.id,
        "cancel",
        {"charge": charge.id, "amount_fen": -charge.amount_fen, "reason": why},
    )
    return _charge_info(work, line)


__all__ = [
    "NOTE_TEXTS",
    "ChargeInfo",
    "ItemTotal",
    "Month",
    "MonthPlan",
    "PlanNote",
    "PlannedLine",
    "add_charge",
    "cancel_charge",
    "generate_month",
    "parse_month",
    "plan_month",
]
