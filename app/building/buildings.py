"""Buildings, floors and units: setting up a building and seeing who is where."""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import and_, func, or_, select

from app.desk import Work, expect_version
from app.dossier import missing_counts
from app.errors import Conflict, NotFound, ValidationError
from app.fees import overdue_by_tenancy
from app.loans import on_loan
from app.permissions import Action
from app.registers import units_fitting_out
from app.text import QT_TRANSLATE_NOOP
from app.validation import limited_text, required_text, whole_number
from db.models import Building, Customer, Document, Dossier, Floor, Tenancy, TenancyUnit, Unit

DEFAULT_NUMBERING = "{floor}{unit:02}"
MAX_FLOORS = 200
MAX_UNITS_PER_FLOOR = 200
MAX_UNIT_NUMBER_LENGTH = 20  # the unit.number column


class UnitStatus(StrEnum):
    VACANT = "vacant"
    OCCUPIED = "occupied"
    FITTING_OUT = "fitting_out"
    MOVING_OUT = "moving_out"


STATUS_NAMES = {
    UnitStatus.VACANT: QT_TRANSLATE_NOOP("status", "Vacant"),
    UnitStatus.OCCUPIED: QT_TRANSLATE_NOOP("status", "Occupied"),
    UnitStatus.FITTING_OUT: QT_TRANSLATE_NOOP("status", "Fitting out"),
    UnitStatus.MOVING_OUT: QT_TRANSLATE_NOOP("status", "Moving out"),
}


def floor_label(level: int) -> str:
    """B2, B1, 1F, 2F …: how people in the building name floors."""
    return f"B{-level}" if level < 0 else f"{level}F"


class _FloorToken:
    """``{floor}`` in a numbering pattern: 8 → "8", with ``{floor:02}`` "08", basement 1 → "B1"."""

    def __init__(self, level: int) -> None:
        self.level = level

    def __format__(self, spec: str) -> str:
        if self.level < 0:
            return "B" + format(-self.level, spec)
        return format(self.level, spec)


def unit_number(pattern: str, level: int, unit: int) -> str:
    return pattern.format(floor=_FloorToken(level), unit=unit)


@dataclass(frozen=True)
class BuildingInfo:
    id: int
    name: str
    address: str
    floor_count: int
    unit_count: int


@dataclass(frozen=True)
class FloorInfo:
    id: int
    building_id: int
    level: int
    label: str
    unit_count: int  # units in use (retired ones are not counted)


@dataclass(frozen=True)
class UnitCard:
    """One unit as the floor grid shows it, as of one day."""

    unit_id: int
    building: str
    floor: str
    floor_level: int
    number: str
    area: Decimal | None
    use: str
    version: int  # the unit's, as read: saving its area and use refuses a unit changed meanwhile
    status: UnitStatus
    customer_id: int | None
    customer: str | None
    tenancy_id: int | None
    dossier_id: int | None
    dossier_number: str | None
    # Documents recorded without a paper location: not yet filed in the cabinet (the card's badge).
    unfiled_documents: int = 0
    # Move-in checklist items the dossier does not hold yet (R16).
    missing_documents: int = 0
    # issue 11: loans. Out on loan (R8): to whom, since when (the card's badge).
    lent_to: str = ""
    lent_since: dt.date | None = None
    # issue 13: building editor. Set on a unit merged, split or given up: it keeps its dossiers and history.
    retired_on: dt.date | None = None
    # issue 15: fees. What the tenancy has overdue that day, in fen (the card's arrears badge, banded).
    arrears_fen: int = 0


def _check_pattern(pattern: str) -> str:
    pattern = required_text(pattern, "building.numbering", 40)
    try:
        fields = {name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None}
        unit_number(pattern, 12, 3)
        unit_number(pattern, -1, 3)
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "The numbering pattern “{pattern}” is not valid ({problem})."),
            field="building.numbering",
            pattern=pattern,
            problem=str(exc),
        ) from None
    if "unit" not in fields or "floor" not in fields:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app",
                "The numbering pattern “{pattern}” must contain {{floor}} and {{unit}}, e.g. {{floor}}{{unit:02}}.",
            ),
            field="building.numbering",
            pattern=pattern,
        )
    return pattern


def create_building(
    work: Work,
    name: str,
    *,
    floors_from: int,
    floors_to: int,
    units_per_floor: int,
    numbering: str = DEFAULT_NUMBERING,
    unit_area: Decimal | None = None,
    address: str = "",
) -> BuildingInfo:
    """Create a building from a pattern: floors ``floors_from``…``floors_to`` (negative = basement, no 0)."""
    work.require(Action.SET_UP_BUILDING)
    name = required_text(name, "building.name", 100)
    address = limited_text(address, "building.address", 200)
    whole_number(floors_from, "building.floors_from", -10, MAX_FLOORS)
    whole_number(floors_to, "building.floors_to", -10, MAX_FLOORS)
    whole_number(units_per_floor, "building.units_per_floor", 1, MAX_UNITS_PER_FLOOR)
    if floors_from > floors_to:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "The lowest floor ({low}) is above the highest floor ({high})."),
            field="building.floors_from",
            low=floor_label(floors_from) if floors_from else "0",
            high=floor_label(floors_to) if floors_to else "0",
        )
    levels = [lv for lv in range(floors_from, floors_to + 1) if lv != 0]
    if not levels:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "The building needs at least one floor."), field="building.floors_to"
        )
    pattern = _check_pattern(numbering)
    numbers = {lv: [unit_number(pattern, lv, u) for u in range(1, units_per_floor + 1)] for lv in levels}
    seen: dict[str, int] = {}
    for lv, nums in numbers.items():
        for num in nums:
            if len(num) > MAX_UNIT_NUMBER_LENGTH:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "app", "The numbering pattern gives unit numbers like {number}, longer than {limit} characters."
                    ),
                    field="building.numbering",
                    number=num,
                    limit=MAX_UNIT_NUMBER_LENGTH,
                )
            if num in seen:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "app", "The numbering pattern gives unit {number} twice (floors {first} and {second})."
                    ),
                    field="building.numbering",
                    number=num,
                    first=floor_label(seen[num]),
                    second=floor_label(lv),
                )
            seen[num] = lv
    if work.session.scalar(select(Building.id).where(Building.name == name)) is not None:
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "There is already a building named “{name}”."), field="building.name", name=name
        )
    building = Building(name=name, address=address)
    work.session.add(building)
    for lv in levels:
        floor = Floor(building=building, level=lv, label=floor_label(lv))
        work.session.add(floor)
        for num in numbers[lv]:
            work.session.add(Unit(floor=floor, number=num, area=unit_area, use="office" if lv > 0 else "storage"))
    work.session.flush()
    work.touched.buildings.add(building.id)
    work.log(
        None,
        "building",
        building.id,
        "create",
        {"name": name, "floors": len(levels), "units_per_floor": units_per_floor},
    )
    return BuildingInfo(building.id, name, address, len(levels), len(levels) * units_per_floor)


def update_unit(work: Work, unit_id: int, *, area: Decimal | None, use: str, expected_version: int) -> None:
    """Record a unit's floor area (m², exact decimal) and use.

    ``expected_version`` is the ``UnitCard.version`` the form was filled from: a unit changed meanwhile
    is refused, never overwritten with older values.
    """
    work.require(Action.SET_UP_BUILDING)
    unit = unit_to_change(work, unit_id, expected_version)
    if area is not None and (not isinstance(area, Decimal) or not area.is_finite() or area < 0 or area >= 10**8):
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "The area must be a number of square metres from 0 up, not “{area}”."),
            field="unit.area",
            area=area,
        )
    unit.area = area.quantize(Decimal("0.01")) if area is not None else None
    unit.use = limited_text(use, "unit.use", 50)
    work.touched.units.add(unit.id)


def list_buildings(work: Work) -> list[BuildingInfo]:
    work.require_read()
    floors = (
        select(func.count(Floor.id)).where(Floor.building_id == Building.id, Floor.retired_at.is_(None))
    ).scalar_subquery()
    units = (
        select(func.count(Unit.id))
        .join(Floor, Unit.floor_id == Floor.id)
        .where(Floor.building_id == Building.id, Unit.retired_at.is_(None))
    ).scalar_subquery()
    rows = work.session.execute(select(Building, floors, units).order_by(Building.name))
    return [BuildingInfo(b.id, b.name, b.address, fc, uc) for b, fc, uc in rows]


def list_floors(work: Work, building_id: int, *, include_retired: bool = False) -> list[FloorInfo]:
    """Floors in building order: B2, B1, 1F … (by level, not by label text); retired floors only if asked."""
    work.require_read()
    count = select(func.count(Unit.id)).where(Unit.floor_id == Floor.id, Unit.retired_at.is_(None)).scalar_subquery()
    query = select(Floor, count).where(Floor.building_id == building_id).order_by(Floor.level)
    if not include_retired:
        query = query.where(Floor.retired_at.is_(None))
    rows = work.session.execute(query).all()
    if not rows and work.session.get(Building, building_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no building with id {id}."), field="building", id=building_id)
    return [FloorInfo(f.id, f.building_id, f.level, f.label, n) for f, n in rows]


def unit_cards(
    work: Work,
    *,
    floor_id: int | None = None,
    building_id: int | None = None,
    unit_ids: Sequence[int] | None = None,
    on: dt.date | None = None,
    include_retired: bool = False,
) -> list[UnitCard]:
    """Units with their status and current tenant as of ``on`` (default today), in building order.

    A floor's or building's cards leave retired units out (the floor grid no longer shows them) unless
    ``include_retired``; units asked for by id are given as they are (a retired unit's dossier names it).

    One query with an outer join on the tenancy active that day, so a floor of any size
    costs one round trip and uses the (unit, start, end) index.
    """
    work.require_read()
    day = on or work.today
    active = and_(
        TenancyUnit.unit_id == Unit.id,
        TenancyUnit.start_date <= day,
        or_(TenancyUnit.end_date.is_(None), TenancyUnit.end_date > day),
    )
    query = (
        select(Unit, Floor, Building.name, TenancyUnit, Tenancy, Customer.id, Customer.name, Dossier.id, Dossier.number)
        .join(Floor, Unit.floor_id == Floor.id)
        .join(Building, Floor.building_id == Building.id)
        .outerjoin(TenancyUnit, active)
        .outerjoin(Tenancy, Tenancy.id == TenancyUnit.tenancy_id)
        .outerjoin(Customer, Customer.id == Tenancy.customer_id)
        .outerjoin(Dossier, Dossier.tenancy_id == Tenancy.id)
        .order_by(Building.name, Floor.level, Unit.number)
    )
    if floor_id is not None:
        query = query.where(Unit.floor_id == floor_id)
    if building_id is not None:
        query = query.where(Floor.building_id == building_id)
    if unit_ids is not None:
        query = query.where(Unit.id.in_(list(unit_ids)))
    elif not include_retired:
        query = query.where(Unit.retired_at.is_(None))
    rows = work.session.execute(query).all()
    dossier_ids = [row[7] for row in rows if row[7] is not None]
    unfiled = _unfiled_counts(work, dossier_ids)
    missing = missing_counts(work, dossier_ids)
    lent = on_loan(work, dossier_ids)
    # One read of the open lines for every tenancy on the cards (a floor), never one per card.
    overdue = overdue_by_tenancy(work, sorted({row[4].id for row in rows if row[4] is not None}), day)
    # 装修中 from a fit-out project with works going on (issue 16): one query for the floor, not one per card.
    fitting_out = units_fitting_out(work, [row[0].id for row in rows if row[4] is not None])
    cards = []
    for unit, floor, building, tu, tenancy, cust_id, cust_name, dossier_id, dossier_no in rows:
        cards.append(
            UnitCard(
                unit_id=unit.id,
                building=building,
                floor=floor.label,
                floor_level=floor.level,
                number=unit.number,
                area=unit.area,
                use=unit.use,
                version=unit.version,
                status=_status(tu, tenancy, day, unit.id in fitting_out),
                customer_id=cust_id,
                customer=cust_name,
                tenancy_id=tenancy.id if tenancy else None,
                dossier_id=dossier_id,
                dossier_number=dossier_no,
                unfiled_documents=unfiled.get(dossier_id, 0) if dossier_id else 0,
                missing_documents=missing.get(dossier_id, 0) if dossier_id else 0,
                lent_to=lent[dossier_id].borrower if dossier_id in lent else "",
                lent_since=lent[dossier_id].lent_on if dossier_id in lent else None,
                retired_on=unit.retired_at.date() if unit.retired_at else None,
                arrears_fen=overdue.get(tenancy.id, 0) if tenancy else 0,
            )
        )
    return cards


def _unfiled_counts(work: Work, dossier_ids: list[int]) -> dict[int, int]:
    if not dossier_ids:
        return {}
    rows = work.session.execute(
        select(Document.dossier_id, func.count(Document.id))
        .where(
            Document.dossier_id.in_(dossier_ids),
            Document.trashed_at.is_(None),
            Document.paper_location == "",
        )
        .group_by(Document.dossier_id)
    )
    return {dossier_id: count for dossier_id, count in rows}


def _status(link: TenancyUnit | None, tenancy: Tenancy | None, day: dt.date, project_open: bool) -> UnitStatus:
    """``project_open``: a fit-out project of the unit has works going on (approved … failed inspection)."""
    if link is None or tenancy is None:
        return UnitStatus.VACANT
    if link.end_date is not None:
        return UnitStatus.MOVING_OUT
    if project_open or (tenancy.fit_out_until is not None and day <= tenancy.fit_out_until):
        return UnitStatus.FITTING_OUT
    return UnitStatus.OCCUPIED


def find_units(work: Work, numbers: Sequence[str], building: str | None = None) -> list[int]:
    """Unit ids for unit numbers as people type them; a number found in two buildings needs ``building``."""
    work.require_read()
    ids = []
    for raw in numbers:
        number = (raw or "").strip()
        query = (
            select(Unit.id, Building.name)
            .join(Floor, Unit.floor_id == Floor.id)
            .join(Building)
            .where(Unit.number == number)
        )
        if building:
            query = query.where(Building.name == building)
        rows = work.session.execute(query).all()
        if not rows:
            where = f" ({building})" if building else ""
            raise NotFound(
                QT_TRANSLATE_NOOP("app", "There is no unit {number}{where}."), field="unit", number=number, where=where
            )
        if len(rows) > 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Unit {number} exists in several buildings ({buildings}); name the building."),
                field="building",
                number=number,
                buildings=", ".join(sorted(name for _, name in rows)),
            )
        ids.append(rows[0][0])
    return ids


def existing_unit(work: Work, unit_id: int) -> Unit:
    unit = work.session.get(Unit, unit_id)
    if unit is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no unit with id {id}."), field="unit", id=unit_id)
    return unit


def unit_to_change(work: Work, unit_id: int, expected_version: int) -> Unit:
    """The unit a form was filled from, refused if it changed meanwhile or was retired (for every unit edit)."""
    unit = existing_unit(work, unit_id)
    expect_version(
        unit,
        expected_version,
        QT_TRANSLATE_NOOP(
            "app",
            "Unit {unit} was changed meanwhile by someone else; it has been reloaded — check it and save again.",
        ),
        unit=unit.number,
    )
    refuse_retired_unit(unit)
    return unit


def refuse_retired_unit(unit: Unit) -> None:
    if unit.retired_at is not None:
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "Unit {unit} was retired on {day}: it no longer changes."),
            field="unit",
            unit=unit.number,
            day=unit.retired_at.date(),
        )
