"""Arrears (欠费, R11): what is overdue, aged 0–30 / 31–60 / 61–90 / over 90 days at any date, per tenancy and
building-wide; the floor grid's badge; the chasing log (催款记录).

A line is overdue the day after its due day; its age is the days since the due day. Money received and not
allocated pays the oldest lines first (app/fees/balances.py), so a tenant who paid a lump sum is not shown behind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from app.desk import Work
from app.errors import NotFound, ValidationError
from app.fees.balances import OpenLine, for_tenancies
from app.permissions import Action
from app.text import QT_TRANSLATE_NOOP
from app.validation import a_date, limited_text, within_years
from db.models import CHASE_METHODS, ArrearsChase, Building, Customer, Dossier, Floor, Tenancy, TenancyUnit, Unit, User

# (first day, last day) overdue of each ageing column; None: no end.
AGE_BUCKETS: tuple[tuple[int, int | None], ...] = ((0, 30), (31, 60), (61, 90), (91, None))
BUCKET_NAMES = (
    QT_TRANSLATE_NOOP("fees", "0–30 days"),
    QT_TRANSLATE_NOOP("fees", "31–60 days"),
    QT_TRANSLATE_NOOP("fees", "61–90 days"),
    QT_TRANSLATE_NOOP("fees", "Over 90 days"),
)
# The floor grid's badge: how much is overdue, in bands (fen, upper bound exclusive).
BANDS: tuple[tuple[str, int | None], ...] = (("low", 100_000), ("medium", 1_000_000), ("high", None))
BAND_NAMES = {
    "low": QT_TRANSLATE_NOOP("fees", "under ¥1,000"),
    "medium": QT_TRANSLATE_NOOP("fees", "¥1,000–10,000"),
    "high": QT_TRANSLATE_NOOP("fees", "¥10,000 or more"),
}
CHASE_METHOD_NAMES = {
    "phone": QT_TRANSLATE_NOOP("fees", "Phone"),
    "letter": QT_TRANSLATE_NOOP("fees", "Letter"),
    "visit": QT_TRANSLATE_NOOP("fees", "Visit"),
    "email": QT_TRANSLATE_NOOP("fees", "E-mail"),
    "message": QT_TRANSLATE_NOOP("fees", "Text message"),
}


def bucket_of(days_overdue: int) -> int:
    """The ageing column (0–3) of a line ``days_overdue`` days past its due day (≥ 1)."""
    for index, (_, last) in enumerate(AGE_BUCKETS):
        if last is None or days_overdue <= last:
            return index
    return len(AGE_BUCKETS) - 1


def band_of(fen: int) -> str | None:
    """The badge band of an overdue amount; None when nothing is overdue."""
    if fen <= 0:
        return None
    for name, upper in BANDS:
        if upper is None or fen < upper:
            return name
    return BANDS[-1][0]


@dataclass(frozen=True)
class OverdueLine:
    charge_id: int
    item: str
    period: str
    unit: str
    due_on: dt.date
    open_fen: int
    days_overdue: int


@dataclass(frozen=True)
class ArrearsRow:
    """One tenancy behind with its payments, as of a day."""

    tenancy_id: int
    customer: str
    building: str
    floor: str
    units: str  # "1201, 1202"
    dossier_id: int | None
    dossier_number: str | None
    moved_out: dt.date | None
    buckets: tuple[int, int, int, int]  # fen overdue per AGE_BUCKETS
    oldest_due: dt.date
    lines: tuple[OverdueLine, ...]  # oldest first
    last_chased: dt.date | None

    @property
    def total_fen(self) -> int:
        return sum(self.buckets)

    @property
    def days_overdue(self) -> int:
        return max(line.days_overdue for line in self.lines)


def overdue_lines(lines: Sequence[OpenLine], as_of: dt.date) -> list[OverdueLine]:
    return [
        OverdueLine(line.id, line.item, line.period, line.unit, line.due_on, line.open_fen, (as_of - line.due_on).days)
        for line in lines
        if line.due_on < as_of
    ]


def _places(
    work: Work, tenancy_ids: list[int]
) -> dict[int, tuple[str, str, str, str, int, int | None, str | None, dt.date | None]]:
    """tenancy → (customer, building, floor, units, building id, dossier id, dossier number, move-out)."""
    found: dict[int, list] = {}
    rows = work.session.execute(
        select(
            Tenancy.id,
            Customer.name,
            Building.name,
            Floor.label,
            Unit.number,
            Building.id,
            Floor.id,
            Dossier.id,
            Dossier.number,
            Tenancy.move_out,
        )
        .join(Customer, Customer.id == Tenancy.customer_id)
        .join(TenancyUnit, TenancyUnit.tenancy_id == Tenancy.id)
        .join(Unit, Unit.id == TenancyUnit.unit_id)
        .join(Floor, Floor.id == Unit.floor_id)
        .join(Building, Building.id == Floor.building_id)
        .outerjoin(Dossier, Dossier.tenancy_id == Tenancy.id)
        .where(Tenancy.id.in_(tenancy_ids))
        .order_by(Tenancy.id, Floor.level, Unit.number)
    )
    for tid, customer, building, floor, unit, building_id, floor_id, dossier_id, number, move_out in rows:
        if tid not in found:
            found[tid] = [customer, building, floor, [unit], building_id, floor_id, dossier_id, number, move_out]
        else:
            found[tid][3].append(unit)
    return {
        tid: (c, b, f, ", ".join(u), bid, fid, did, num, mo)  # type: ignore[misc]
        for tid, (c, b, f, u, bid, fid, did, num, mo) in found.items()
    }


def arrears(
    work: Work,
    *,
    as_of: dt.date | None = None,
    building_id: int | None = None,
    floor_id: int | None = None,
    tenancy_ids: Sequence[int] | None = None,
    over_days: int = 0,
) -> list[ArrearsRow]:
    """Every tenancy (or those asked for) with money overdue on ``as_of`` (default today), the longest overdue
    first; ``over_days`` keeps those with a line overdue more than that many days; ``building_id``/``floor_id``
    keep those with a unit there."""
    work.require_read()
    day = a_date(as_of, "fees.as_of") if as_of is not None else work.today
    within_years(day, "fees.as_of")
    if isinstance(over_days, bool) or not isinstance(over_days, int) or not 0 <= over_days <= 36_500:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be a whole number of days from 0 to 36500."), field="fees.over_days"
        )
    balances = for_tenancies(work, tenancy_ids, day)
    candidates = [t for t in balances.lines if balances.after_credit(t)]
    places = _places(work, candidates) if candidates else {}
    chased = _last_chased(work, candidates)
    rows = []
    for tenancy_id in candidates:
        place = places.get(tenancy_id)
        if place is None:
            continue
        customer, building, floor, units, bid, fid, dossier_id, number, move_out = place
        if building_id is not None and bid != building_id:
            continue
        if floor_id is not None and fid != floor_id:
            continue
        late = overdue_lines(balances.after_credit(tenancy_id), day)
        if not late or max(line.days_overdue for line in late) <= over_days:
            continue
        buckets = [0, 0, 0, 0]
        for line in late:
            buckets[bucket_of(line.days_overdue)] += line.open_fen
        rows.append(
            ArrearsRow(
                tenancy_id=tenancy_id,
                customer=customer,
                building=building,
                floor=floor,
                units=units,
                dossier_id=dossier_id,
                dossier_number=number,
                moved_out=move_out,
                buckets=(buckets[0], buckets[1], buckets[2], buckets[3]),
                oldest_due=min(line.due_on for line in late),
                lines=tuple(late),
                last_chased=chased.get(tenancy_id),
            )
        )
    rows.sort(key=lambda r: (r.oldest_due, -r.total_fen, r.customer))
    return rows


def overdue_by_tenancy(work: Work, tenancy_ids: Sequence[int], as_of: dt.date | None = None) -> dict[int, int]:
    """tenancy → fen overdue on ``as_of`` (default today), for the floor grid's badges; tenancies not behind are
    left out. Reads only the open lines of these tenancies (the charge and payment indexes by tenancy)."""
    if not tenancy_ids:
        return {}
    day = as_of or work.today
    balances = for_tenancies(work, tenancy_ids, day)
    found = {}
    for tenancy_id in balances.lines:
        fen = sum(line.open_fen for line in balances.after_credit(tenancy_id) if line.due_on < day)
        if fen > 0:
            found[tenancy_id] = fen
    return found


def _last_chased(work: Work, tenancy_ids: list[int]) -> dict[int, dt.date]:
    if not tenancy_ids:
        return {}
    rows = work.session.execute(
        select(ArrearsChase.tenancy_id, func.max(ArrearsChase.chased_on))
        .where(ArrearsChase.tenancy_id.in_(tenancy_ids))
        .group_by(ArrearsChase.tenancy_id)
    )
    return {tenancy_id: day for tenancy_id, day in rows}


@dataclass(frozen=True)
class ChaseInfo:
    id: int
    tenancy_id: int
    chased_on: dt.date
    method: str
    contact: str
    outcome: str
    promised_on: dt.date | None
    recorded_by: str


def record_chase(
    work: Work,
    tenancy_id: int,
    *,
    chased_on: dt.date,
    method: str,
    contact: str = "",
    outcome: str = "",
    promised_on: dt.date | None = None,
) -> ChaseInfo:
    """A line in the chasing log: when, how, whom the desk spoke to, what came of it, the day promised."""
    actor = work.require(Action.CHASE_ARREARS)
    tenancy = work.session.get(Tenancy, tenancy_id)
    if tenancy is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no tenancy with id {id}."), field="tenancy", id=tenancy_id)
    day = within_years(a_date(chased_on, "chase.chased_on"), "chase.chased_on")
    if day > work.today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} is still to come ({date})."),
            field="chase.chased_on",
            date=day.isoformat(),
        )
    if method not in CHASE_METHODS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be phone, letter, visit, e-mail or text message, not “{value}”."),
            field="chase.method",
            value=method,
        )
    promised = None
    if promised_on is not None:
        promised = within_years(a_date(promised_on, "chase.promised_on"), "chase.promised_on")
        if promised < day:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "{field} is before the day of the call ({date})."),
                field="chase.promised_on",
                date=day.isoformat(),
            )
    row = ArrearsChase(
        tenancy_id=tenancy_id,
        chased_on=day,
        method=method,
        contact=limited_text(contact, "chase.contact", 100),
        outcome=limited_text(outcome, "chase.outcome", 2000),
        promised_on=promised,
        recorded_by=actor.user_id,
        recorded_at=work.now,
    )
    work.session.add(row)
    work.session.flush()
    work.touched.fees.add(tenancy_id)
    dossier_id = tenancy.dossier.id if tenancy.dossier else None
    if dossier_id is not None:
        work.touched.dossiers.add(dossier_id)
    work.log(dossier_id, "arrears_chase", row.id, "create", {"on": day, "method": method, "promised": promised})
    return chases_of(work, tenancy_id)[0]


def chases_of(work: Work, tenancy_id: int) -> list[ChaseInfo]:
    """The tenancy's chasing log, newest first."""
    work.require_read()
    rows = work.session.execute(
        select(ArrearsChase, User.display_name)
        .join(User, User.id == ArrearsChase.recorded_by)
        .where(ArrearsChase.tenancy_id == tenancy_id)
        .order_by(ArrearsChase.chased_on.desc(), ArrearsChase.id.desc())
    ).all()
    return [
        ChaseInfo(c.id, c.tenancy_id, c.chased_on, c.method, c.contact, c.outcome, c.promised_on, who)
        for c, who in rows
    ]
