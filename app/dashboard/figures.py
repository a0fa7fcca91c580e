"""The dashboard (R10): the figures of the building on one page — occupancy by floor, units by use and by area, moves,
repairs and complaints per month and open now, the satisfaction trend, dossiers missing papers, arrears by age and
loans due — each with the ``Target`` the window needs to open the list behind it.

Counts are SQL aggregates (GROUP BY), never a row read per record; the unit statuses are the floor grid's own
(``app.building.unit_cards``) so the dashboard and the grid never disagree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import ColumnElement, Select, and_, exists, extract, func, select

from app.building import UnitStatus, list_buildings, list_floors, unit_cards
from app.care.visits import DueVisit, visits_due, week_of
from app.desk import Work
from app.dossier import missing_counts
from app.errors import NotFound
from app.fees import AGE_BUCKETS, arrears
from app.loans import LoanState, list_loans
from app.permissions import Action
from app.registers import COMPLAINT, REPAIR
from app.text import QT_TRANSLATE_NOOP
from app.validation import a_date, within_years
from db.models import (
    Building,
    Complaint,
    Dossier,
    FeeCharge,
    Floor,
    Repair,
    SurveyResponse,
    SurveyRound,
    Tenancy,
    TenancyUnit,
    Unit,
)

MONTHS = 12  # the monthly series cover the last twelve months, the month of the day included
LOANS_DUE_DAYS = 7  # a loan out and due back within this many days (today included) counts as "due"

# What a figure opens (``Target.kind``). The window opens its own lists for floors, arrears and loans; records_behind
# gives the rows of the others (LISTED_BEHIND), which have no list window of their own yet.
FLOOR = "floor"
USE = "use"
AREA = "area"
ARREARS = "arrears"
LOANS_DUE = "loans_due"
LOANS_OVERDUE = "loans_overdue"
SURVEY = "survey"
MOVE_INS = "move_ins"
MOVE_OUTS = "move_outs"
REPAIRS = "repairs"
COMPLAINTS = "complaints"
OPEN_REPAIRS = "open_repairs"
OPEN_COMPLAINTS = "open_complaints"
MISSING_PAPERS = "missing_papers"
VISITS_DUE = "visits_due"  # issue 20: the return visits due this week (customer care's own window)
LISTED_BEHIND = frozenset(
    {MOVE_INS, MOVE_OUTS, REPAIRS, COMPLAINTS, OPEN_REPAIRS, OPEN_COMPLAINTS, MISSING_PAPERS, USE, AREA}
)

# Area bands in m² (lower bound inclusive, upper exclusive; None: no end); a unit without an area is "".
AREA_BANDS: tuple[tuple[str, int, int | None], ...] = (
    ("lt50", 0, 50),
    ("50-100", 50, 100),
    ("100-200", 100, 200),
    ("200-500", 200, 500),
    ("ge500", 500, None),
)


def final_states(register: str) -> tuple[str, ...]:
    """The states a record of ``register`` ("repair", "complaint") ends in (no action leads on): what "open" is
    not."""
    machine = REPAIR if register == "repair" else COMPLAINT
    return tuple(state for state in machine.states if machine.is_final(state))


@dataclass(frozen=True)
class Target:
    """What a figure opens: its kind (the constants above) and the one value that picks its rows."""

    kind: str
    building_id: int | None = None
    floor_id: int | None = None
    month: str = ""  # YYYY-MM, for the monthly series
    key: str = ""  # a use, an area band, an ageing column ("0"…"3"), a survey year


@dataclass(frozen=True)
class Count:
    key: str  # what is counted (a use, an area band, "open"…); "" when the figure has one value
    count: int
    target: Target


@dataclass(frozen=True)
class FloorFigure:
    floor_id: int
    building_id: int
    label: str  # 8F
    level: int
    occupied: int
    vacant: int
    fitting_out: int
    moving_out: int  # still occupied until the day it is given back
    target: Target

    @property
    def units(self) -> int:
        return self.occupied + self.vacant + self.fitting_out + self.moving_out


@dataclass(frozen=True)
class MonthFigure:
    month: str  # YYYY-MM
    count: int
    target: Target


@dataclass(frozen=True)
class SurveyYear:
    year: int
    responses: int
    service: Decimal  # averages on the 1–5 scale, two decimals
    price: Decimal
    company: Decimal
    target: Target


@dataclass(frozen=True)
class ArrearsBand:
    bucket: int  # the ageing column of app.fees (0: 0–30 days … 3: over 90 days)
    fen: int
    tenancies: int  # tenancies with money in this column
    target: Target


@dataclass(frozen=True)
class Dashboard:
    as_of: dt.date
    building_id: int | None  # None: every building
    months: tuple[str, ...]  # the monthly series' months, oldest first
    floors: tuple[FloorFigure, ...]  # in building order
    by_use: tuple[Count, ...]  # most units first
    by_area: tuple[Count, ...]  # in AREA_BANDS order, then "" (no area) if any
    move_ins: tuple[MonthFigure, ...]
    move_outs: tuple[MonthFigure, ...]
    repairs: tuple[MonthFigure, ...]  # reported in the month
    complaints: tuple[MonthFigure, ...]  # received in the month
    open_repairs: Count
    open_complaints: Count
    satisfaction: tuple[SurveyYear, ...]  # by year, oldest first
    missing_papers: Count  # live dossiers lacking a move-in paper of the checklist
    arrears: tuple[ArrearsBand, ...]  # the four ageing columns
    loans_due: Count  # out and due back within LOANS_DUE_DAYS
    loans_overdue: Count  # out past their return day
    # issue 20: the return visits due by the end of the week (every building: a visit is a customer's), and of them
    # those overdue
    visits_due: Count | None = None
    visits_overdue: int = 0
    visits_due_rows: tuple[DueVisit, ...] = ()  # the same visits, for the dashboard's own list

    @property
    def units(self) -> int:
        return sum(f.units for f in self.floors)

    def status_total(self, status: UnitStatus) -> int:
        name = {
            UnitStatus.OCCUPIED: "occupied",
            UnitStatus.VACANT: "vacant",
            UnitStatus.FITTING_OUT: "fitting_out",
            UnitStatus.MOVING_OUT: "moving_out",
        }[status]
        return sum(getattr(f, name) for f in self.floors)

    @property
    def arrears_fen(self) -> int:
        return sum(band.fen for band in self.arrears)


def month_codes(as_of: dt.date, count: int = MONTHS) -> tuple[str, ...]:
    """The ``count`` months ending with ``as_of``'s, oldest first, as YYYY-MM."""
    index = as_of.year * 12 + as_of.month - 1
    return tuple(f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(index - count + 1, index + 1))


def month_bounds(code: str) -> tuple[dt.date, dt.date]:
    """The first day of month ``code`` (YYYY-MM) and the first day of the next."""
    year, month = int(code[:4]), int(code[5:7])
    return dt.date(year, month, 1), dt.date(year + month // 12, month % 12 + 1, 1)


def area_band(area: Decimal | None) -> str:
    if area is None:
        return ""
    for key, low, high in AREA_BANDS:
        if area >= low and (high is None or area < high):
            return key
    return ""  # a negative area is refused by the unit editor; never counted in a band


def in_building(unit_column: ColumnElement[int] | object, building_id: int | None) -> ColumnElement[bool]:
    """A unit column's unit stands in ``building_id`` (always true for None: every building)."""
    if building_id is None:
        return and_(True)  # type: ignore[arg-type]
    return exists().where(Unit.id == unit_column, Floor.id == Unit.floor_id, Floor.building_id == building_id)  # type: ignore[arg-type]


def tenancy_in_building(building_id: int | None) -> ColumnElement[bool]:
    if building_id is None:
        return and_(True)  # type: ignore[arg-type]
    return exists().where(
        TenancyUnit.tenancy_id == Tenancy.id,
        Unit.id == TenancyUnit.unit_id,
        Floor.id == Unit.floor_id,
        Floor.building_id == building_id,
    )


def dashboard(work: Work, as_of: dt.date, building_id: int | None = None) -> Dashboard:
    """Every figure of the dashboard on ``as_of`` for one building (or every building)."""
    work.require(Action.READ)
    day = a_date(as_of, "registers.date_to")
    within_years(day, "registers.date_to")
    if building_id is not None and work.session.get(Building, building_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no building with id {id}."), field="building", id=building_id)
    months = month_codes(day)
    floors, by_use, by_area, dossier_ids = _units(work, day, building_id)
    return Dashboard(
        as_of=day,
        building_id=building_id,
        months=months,
        floors=floors,
        by_use=by_use,
        by_area=by_area,
        move_ins=_monthly(work, MOVE_INS, months, building_id),
        move_outs=_monthly(work, MOVE_OUTS, months, building_id),
        repairs=_monthly(work, REPAIRS, months, building_id),
        complaints=_monthly(work, COMPLAINTS, months, building_id),
        open_repairs=_open(work, OPEN_REPAIRS, building_id),
        open_complaints=_open(work, OPEN_COMPLAINTS, building_id),
        satisfaction=_satisfaction(work, day, building_id),
        missing_papers=Count(
            "",
            sum(1 for n in missing_counts(work, dossier_ids).values() if n > 0),
            Target(MISSING_PAPERS, building_id),
        ),
        arrears=_arrears(work, day, building_id),
        **_loans(work, day, building_id),
        **_visits(work, day),
    )


def _visits(work: Work, day: dt.date) -> dict[str, object]:
    due = visits_due(work, *week_of(day))
    return {
        "visits_due": Count("", len(due), Target(VISITS_DUE, None)),
        "visits_overdue": sum(1 for d in due if d.overdue),
        "visits_due_rows": tuple(due),
    }


def _units(
    work: Work, day: dt.date, building_id: int | None
) -> tuple[tuple[FloorFigure, ...], tuple[Count, ...], tuple[Count, ...], list[int]]:
    """Per floor by status, by use and by area band — from the floor grid's own cards; and the live dossiers."""
    cards = unit_cards(work, building_id=building_id, on=day, badges=False)
    buildings = [b for b in list_buildings(work) if building_id is None or b.id == building_id]
    floor_of = {(b.name, f.level): f for b in buildings for f in list_floors(work, b.id)}
    counts: dict[tuple[str, int], dict[UnitStatus, int]] = {key: dict.fromkeys(UnitStatus, 0) for key in floor_of}
    uses: dict[str, int] = {}
    areas: dict[str, int] = {}
    for card in cards:
        counts.setdefault((card.building, card.floor_level), dict.fromkeys(UnitStatus, 0))[card.status] += 1
        uses[card.use] = uses.get(card.use, 0) + 1
        band = area_band(card.area)
        areas[band] = areas.get(band, 0) + 1
    floors = []
    for key, floor in floor_of.items():
        n = counts[key]
        floors.append(
            FloorFigure(
                floor_id=floor.id,
                building_id=floor.building_id,
                label=floor.label,
                level=floor.level,
                occupied=n[UnitStatus.OCCUPIED],
                vacant=n[UnitStatus.VACANT],
                fitting_out=n[UnitStatus.FITTING_OUT],
                moving_out=n[UnitStatus.MOVING_OUT],
                target=Target(FLOOR, floor.building_id, floor.id),
            )
        )
    by_use = tuple(
        Count(use, n, Target(USE, building_id, key=use)) for use, n in sorted(uses.items(), key=lambda x: (-x[1], x[0]))
    )
    order = [key for key, _, _ in AREA_BANDS] + [""]
    by_area = tuple(
        Count(key, areas.get(key, 0), Target(AREA, building_id, key=key))
        for key in order
        if key or areas.get(key, 0)  # "no area" only when some unit has none
    )
    # The live dossiers of the units shown (a dossier lives with its tenancy; the card carries the current one).
    live = work.session.scalars(
        select(Dossier.id).where(Dossier.status == "live", in_building(Dossier.unit_id, building_id))
    ).all()
    return tuple(floors), by_use, by_area, list(live)


def _monthly_query(kind: str, first: dt.date, end: dt.date, building_id: int | None) -> Select[tuple[int, int, int]]:
    """The rows of a monthly series between ``first`` and ``end`` (exclusive): (year, month, count)."""
    if kind == MOVE_INS:
        column = Tenancy.move_in
        where = [tenancy_in_building(building_id)]
    elif kind == MOVE_OUTS:
        column = Tenancy.move_out
        where = [tenancy_in_building(building_id)]
    elif kind == REPAIRS:
        column = Repair.reported_at
        where = [in_building(Repair.unit_id, building_id)]
    else:
        column = Complaint.received_at
        # A complaint without a unit (about the building itself) counts only for every building.
        where = [in_building(Complaint.unit_id, building_id)] if building_id is not None else []
    # Year and month as numbers (EXTRACT compiles for SQLite and PostgreSQL alike; strftime is SQLite's only).
    year, month = extract("year", column), extract("month", column)
    return (
        select(year, month, func.count())
        .where(column >= first, column < end, *where)
        .group_by(year, month)
        .order_by(year, month)
    )


def _monthly(work: Work, kind: str, months: tuple[str, ...], building_id: int | None) -> tuple[MonthFigure, ...]:
    first, _ = month_bounds(months[0])
    _, end = month_bounds(months[-1])
    found = {
        f"{int(year):04d}-{int(month):02d}": count
        for year, month, count in work.session.execute(_monthly_query(kind, first, end, building_id))
    }
    return tuple(MonthFigure(m, int(found.get(m, 0)), Target(kind, building_id, month=m)) for m in months)


def _open(work: Work, kind: str, building_id: int | None) -> Count:
    if kind == OPEN_REPAIRS:
        query = select(func.count(Repair.id)).where(
            Repair.status.not_in(final_states("repair")), in_building(Repair.unit_id, building_id)
        )
    else:
        where = [Complaint.status.not_in(final_states("complaint"))]
        if building_id is not None:
            where.append(in_building(Complaint.unit_id, building_id))
        query = select(func.count(Complaint.id)).where(*where)
    return Count("open", int(work.session.scalar(query) or 0), Target(kind, building_id))


def _satisfaction(work: Work, day: dt.date, building_id: int | None) -> tuple[SurveyYear, ...]:
    rows = work.session.execute(
        select(
            SurveyRound.year,
            func.count(SurveyResponse.id),
            func.avg(SurveyResponse.service_score),
            func.avg(SurveyResponse.price_score),
            func.avg(SurveyResponse.company_score),
        )
        .join(SurveyResponse, SurveyResponse.round_id == SurveyRound.id)
        .join(Tenancy, Tenancy.id == SurveyResponse.tenancy_id)
        .where(SurveyRound.year <= day.year, tenancy_in_building(building_id))
        .group_by(SurveyRound.year)
        .order_by(SurveyRound.year)
    ).all()

    def average(value: float | None) -> Decimal:
        return Decimal(str(value or 0)).quantize(Decimal("0.01"))

    return tuple(
        SurveyYear(year, n, average(s), average(p), average(c), Target(SURVEY, building_id, key=str(year)))
        for year, n, s, p, c in rows
    )


def _arrears(work: Work, day: dt.date, building_id: int | None) -> tuple[ArrearsBand, ...]:
    fen = [0] * len(AGE_BUCKETS)
    tenancies = [0] * len(AGE_BUCKETS)
    # The fee room ages every tenancy it is given: for one building, only the tenancies charged there (a third of a
    # three-building file's balances), the same rows as its building filter keeps.
    charged = None
    if building_id is not None:
        charged = work.session.scalars(
            select(Tenancy.id).where(
                tenancy_in_building(building_id), exists().where(FeeCharge.tenancy_id == Tenancy.id)
            )
        ).all()
    for row in arrears(work, as_of=day, building_id=building_id, tenancy_ids=charged):
        for index, amount in enumerate(row.buckets):
            if amount > 0:
                fen[index] += amount
                tenancies[index] += 1
    return tuple(
        ArrearsBand(i, fen[i], tenancies[i], Target(ARREARS, building_id, key=str(i))) for i in range(len(AGE_BUCKETS))
    )


def _loans(work: Work, day: dt.date, building_id: int | None) -> dict[str, Count]:
    """Loans are the office's, not a building's: counted for every building."""
    out = [loan for loan in list_loans(work, open_only=True) if loan.state == LoanState.OUT]
    last_due = day + dt.timedelta(days=LOANS_DUE_DAYS - 1)
    overdue = sum(1 for loan in out if loan.expected_return < day)
    due = sum(1 for loan in out if day <= loan.expected_return <= last_due)
    return {
        "loans_due": Count("", due, Target(LOANS_DUE, building_id)),
        "loans_overdue": Count("", overdue, Target(LOANS_OVERDUE, building_id)),
    }
