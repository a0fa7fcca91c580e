"""Where a repair, complaint or violation belongs, and the filters its building-wide list shares with the others.

A service record names its unit and the tenancy in that unit when it was recorded (none for a vacant unit), and
through the tenancy its customer and dossier. The lists of the three registers filter by building, floor, unit,
tenancy, state and a date range the same way, and read a page at a time in SQL (the large demo holds thousands).

The queries are written here rather than borrowed from app.building or app.fees: the building room will read the
fit-out projects of this room for its unit cards, so this room must not lean on it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from sqlalchemy import Select, select

from app.desk import Work
from app.errors import NotFound, ValidationError
from app.registers.transitions import Machine
from app.text import QT_TRANSLATE_NOOP
from app.validation import a_date, within_years
from db.models import Building, Customer, Dossier, Floor, Tenancy, TenancyUnit, Unit

MAX_PAGE = 1000  # rows per read: a screen asks for 100 at a time, a printout for more


@dataclass(frozen=True)
class Place:
    """Where a record is, as its lists and dialogs name it."""

    building: str
    floor: str
    unit: str
    customer: str
    tenancy_id: int | None
    dossier_id: int | None


@dataclass(frozen=True)
class PlaceFilter:
    """Which records by place: all of them (None), a building, a floor, a unit, or one tenancy's (its dossier's)."""

    building_id: int | None = None
    floor_id: int | None = None
    unit_id: int | None = None
    tenancy_id: int | None = None


_Record = TypeVar("_Record")


def found_record(work: Work, model: type[_Record], record_id: int, missing: str, field: str) -> _Record:
    """The register record ``record_id`` of ``model``, or ``NotFound`` with ``missing`` ("There is no repair
    {number}.") — an id that is not a whole number (a bool, a text) is never looked up."""
    ok = isinstance(record_id, int) and not isinstance(record_id, bool)
    found = work.session.get(model, record_id) if ok else None
    if found is None:
        raise NotFound(missing, field=field, number=record_id)
    return found


def existing_unit(work: Work, unit_id: int, field: str) -> Unit:
    unit = work.session.get(Unit, unit_id) if isinstance(unit_id, int) and not isinstance(unit_id, bool) else None
    if unit is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no unit {unit}."), field=field, unit=unit_id)
    return unit


def tenancy_in_unit(work: Work, unit_id: int, day: dt.date) -> int | None:
    """The tenancy in the unit on ``day`` (moved in on or before it, not yet moved out), or None when vacant."""
    return work.session.scalar(
        select(TenancyUnit.tenancy_id)
        .where(
            TenancyUnit.unit_id == unit_id,
            TenancyUnit.start_date <= day,
            TenancyUnit.end_date.is_(None) | (TenancyUnit.end_date > day),
        )
        .order_by(TenancyUnit.start_date.desc())
        .limit(1)
    )


def existing_tenancy(work: Work, tenancy_id: int, field: str) -> Tenancy:
    ok = isinstance(tenancy_id, int) and not isinstance(tenancy_id, bool)
    tenancy = work.session.get(Tenancy, tenancy_id) if ok else None
    if tenancy is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no tenancy {tenancy}."), field=field, tenancy=tenancy_id)
    return tenancy


def dossier_of(work: Work, tenancy_id: int | None) -> int | None:
    if tenancy_id is None:
        return None
    return work.session.scalar(select(Dossier.id).where(Dossier.tenancy_id == tenancy_id))


def customer_of(work: Work, tenancy_id: int | None) -> int | None:
    if tenancy_id is None:
        return None
    return work.session.scalar(select(Tenancy.customer_id).where(Tenancy.id == tenancy_id))


def place_of(work: Work, unit_id: int | None, tenancy_id: int | None) -> Place:
    building = floor = number = customer = ""
    if unit_id is not None:
        row = work.session.execute(
            select(Building.name, Floor.label, Unit.number)
            .select_from(Unit)
            .join(Floor, Floor.id == Unit.floor_id)
            .join(Building, Building.id == Floor.building_id)
            .where(Unit.id == unit_id)
        ).first()
        if row is not None:
            building, floor, number = row
    if tenancy_id is not None:
        customer = (
            work.session.scalar(
                select(Customer.name).join(Tenancy, Tenancy.customer_id == Customer.id).where(Tenancy.id == tenancy_id)
            )
            or ""
        )
    return Place(building, floor, number, customer, tenancy_id, dossier_of(work, tenancy_id))


class _Located(Protocol):
    id: int
    status: str
    unit_id: int | None
    tenancy_id: int | None


def step_record(
    work: Work, machine: Machine, record: _Located, action: str, on_date: dt.date, note: str, details: dict[str, object]
) -> None:
    """Move a repair, complaint or violation by ``action`` (the machine checks the move and writes the step and its
    audit line, under the record's dossier), then mark its card and dossier for the views to re-read."""
    dossier_id = dossier_of(work, record.tenancy_id)
    machine.step(work, record, action, on_date, note, dossier_id=dossier_id, details=details)
    touch(work, record.unit_id, record.tenancy_id)


def touch(work: Work, unit_id: int | None, tenancy_id: int | None) -> None:
    """What the views showing this record re-read: its unit's card and its dossier (the dossier's service tab)."""
    if unit_id is not None:
        work.touched.units.add(unit_id)
    dossier_id = dossier_of(work, tenancy_id)
    if dossier_id is not None:
        work.touched.dossiers.add(dossier_id)


def choice(value: str | None, allowed: tuple[str, ...], field: str) -> str | None:
    if value is not None and value not in allowed:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be one of {allowed}, not “{value}”."),
            field=field,
            allowed=", ".join(allowed),
            value=str(value),
        )
    return value


def page(offset: int, limit: int) -> tuple[int, int]:
    if (
        not isinstance(offset, int)
        or not isinstance(limit, int)
        or isinstance(offset, bool)
        or isinstance(limit, bool)
        or offset < 0
        or not 0 <= limit <= MAX_PAGE
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} asks for too many rows at once (the most is {limit})."),
            field="registers.page",
            limit=MAX_PAGE,
        )
    return offset, limit


def period(start: dt.date | None, end: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    first = within_years(a_date(start, "registers.date_from"), "registers.date_from") if start is not None else None
    last = within_years(a_date(end, "registers.date_to"), "registers.date_to") if end is not None else None
    if first is not None and last is not None and last < first:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field}: the period ends ({end}) before it starts ({start})."),
            field="registers.date_to",
            start=first.isoformat(),
            end=last.isoformat(),
        )
    return first, last


def with_place(query: Select, unit_column: Any, tenancy_column: Any, wanted: PlaceFilter) -> Select:
    """``query`` joined to the record's unit, floor, building, customer and dossier (outer: a complaint may have no
    unit, a vacant unit's repair no tenancy), narrowed to ``wanted``."""
    query = (
        query.outerjoin(Unit, Unit.id == unit_column)
        .outerjoin(Floor, Floor.id == Unit.floor_id)
        .outerjoin(Building, Building.id == Floor.building_id)
        .outerjoin(Tenancy, Tenancy.id == tenancy_column)
        .outerjoin(Customer, Customer.id == Tenancy.customer_id)
        .outerjoin(Dossier, Dossier.tenancy_id == tenancy_column)
    )
    if wanted.building_id is not None:
        query = query.where(Floor.building_id == wanted.building_id)
    if wanted.floor_id is not None:
        query = query.where(Unit.floor_id == wanted.floor_id)
    if wanted.unit_id is not None:
        query = query.where(unit_column == wanted.unit_id)
    if wanted.tenancy_id is not None:
        query = query.where(tenancy_column == wanted.tenancy_id)
    return query


PLACE_COLUMNS = (Building.name, Floor.label, Unit.number, Customer.name, Dossier.id)


def place_from(row: Any, tenancy_id: int | None) -> Place:
    """A Place from a row whose last five columns are PLACE_COLUMNS."""
    building, floor, number, customer, dossier_id = row[-5:]
    return Place(building or "", floor or "", number or "", customer or "", tenancy_id, dossier_id)


def in_period(query: Select, column: Any, first: dt.date | None, last: dt.date | None) -> Select:
    """Records whose ``column`` (a date-time) falls on ``first`` … ``last``, both days included."""
    if first is not None:
        query = query.where(column >= dt.datetime.combine(first, dt.time()))
    if last is not None:
        query = query.where(column < dt.datetime.combine(last + dt.timedelta(days=1), dt.time()))
    return query
