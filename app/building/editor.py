"""The building editor: floors and units added, renamed, corrected, merged, split and retired after set-up.

What a tenant ever used stays as it was: a unit or floor that had a tenancy is retired (``retired_at``), never
deleted, so its dossiers, boxes, search hits and history keep the number they were filed under; a retired unit
no longer shows on the floor grid and takes no one in. A unit's number is on its tenants' papers, so only a unit
never let may be renumbered. Units are merged or split only while vacant (no tenancy today or to come). Every
change is a line in the audit log and marks the building changed, so the floor grid reads it anew.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from sqlalchemy import exists, func, or_, select

from app.building.buildings import (
    MAX_FLOORS,
    MAX_UNIT_NUMBER_LENGTH,
    existing_unit,
    floor_label,
    refuse_retired_unit,
    unit_to_change,
)
from app.desk import Work, expect_version
from app.errors import Conflict, NotFound, ValidationError
from app.permissions import Action
from app.text import QT_TRANSLATE_NOOP
from app.validation import limited_text, required_text, whole_number
from db.models import ArchiveBox, Building, Customer, Dossier, Floor, Tenancy, TenancyUnit, Unit

MAX_FLOOR_LABEL_LENGTH = 20  # the floor.label column
MAX_USE_LENGTH = 50  # the unit.use column
LOWEST_LEVEL = -10

UnitState = Literal["vacant", "let", "retired"]


@dataclass(frozen=True)
class FloorEntry:
    """A floor as the editor lists it (retired ones too)."""

    id: int
    building_id: int
    level: int
    label: str
    version: int
    unit_count: int  # units in use (not retired)
    retired_on: dt.date | None


@dataclass(frozen=True)
class UnitEntry:
    """A unit as the editor lists it: what may be done with it follows from ``state`` and ``ever_let``."""

    id: int
    floor_id: int
    number: str
    area: Decimal | None
    use: str
    version: int
    state: UnitState
    tenant: str  # today's (or the coming) tenant of a let unit
    ever_let: bool  # a tenancy or a dossier names it: its number is on papers, it is retired, never deleted
    retired_on: dt.date | None


@dataclass(frozen=True)
class Removal:
    """What retiring did: a record with a history is retired, one never used is deleted."""

    id: int
    name: str  # the floor's label or the unit's number
    deleted: bool


# --- reading -------------------------------------------------------------------------------------------------


def editor_floors(work: Work, building_id: int) -> list[FloorEntry]:
    """Every floor of the building in level order, retired ones included (the editor shows them greyed)."""
    work.require_read()
    if work.session.get(Building, building_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no building with id {id}."), field="building", id=building_id)
    count = select(func.count(Unit.id)).where(Unit.floor_id == Floor.id, Unit.retired_at.is_(None)).scalar_subquery()
    rows = work.session.execute(
        select(Floor, count).where(Floor.building_id == building_id).order_by(Floor.level)
    ).all()
    return [
        FloorEntry(f.id, f.building_id, f.level, f.label, f.version, n, f.retired_at.date() if f.retired_at else None)
        for f, n in rows
    ]


def editor_units(work: Work, floor_id: int) -> list[UnitEntry]:
    """The floor's units by number, retired ones included, each with its state today."""
    work.require_read()
    _floor(work, floor_id)
    units = work.session.scalars(select(Unit).where(Unit.floor_id == floor_id).order_by(Unit.number)).all()
    return [_entry(work, unit) for unit in units]


def _entry(work: Work, unit: Unit) -> UnitEntry:
    tenant = _current_tenancy(work, unit.id)
    if unit.retired_at is not None:
        state: UnitState = "retired"
    elif tenant is not None:
        state = "let"
    else:
        state = "vacant"
    return UnitEntry(
        id=unit.id,
        floor_id=unit.floor_id,
        number=unit.number,
        area=unit.area,
        use=unit.use,
        version=unit.version,
        state=state,
        tenant=tenant[0] if tenant else "",
        ever_let=_ever_let(work, unit.id),
        retired_on=unit.retired_at.date() if unit.retired_at else None,
    )


# --- floors --------------------------------------------------------------------------------------------------


def add_floor(work: Work, building_id: int, level: int, label: str = "") -> FloorEntry:
    """A new floor at ``level`` (negative = basement, no 0); its label defaults to how people say it (B1, 21F)."""
    work.require(Action.EDIT_BUILDING)
    if work.session.get(Building, building_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no building with id {id}."), field="building", id=building_id)
    whole_number(level, "floor.level", LOWEST_LEVEL, MAX_FLOORS)
    if level == 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "There is no floor 0: basements are −1, −2 …, floors above ground 1, 2 …"),
            field="floor.level",
        )
    label = limited_text(label, "floor.label", MAX_FLOOR_LABEL_LENGTH) or floor_label(level)
    clash = work.session.scalar(select(Floor).where(Floor.building_id == building_id, Floor.level == level))
    if clash is not None:
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "The building already has a floor at level {level} ({label})."),
            field="floor.level",
            level=level,
            label=clash.label,
        )
    _refuse_taken_label(work, building_id, label, None)
    floor = Floor(building_id=building_id, level=level, label=label)
    work.session.add(floor)
    work.session.flush()
    work.touched.buildings.add(building_id)
    work.log(None, "floor", floor.id, "create", {"level": level, "label": label})
    return FloorEntry(floor.id, building_id, level, label, floor.version, 0, None)


def rename_floor(work: Work, floor_id: int, label: str, *, expected_version: int) -> FloorEntry:
    """A floor's label (what the tab and the papers printed from now on say); its level, the order, stays."""
    work.require(Action.EDIT_BUILDING)
    floor = _floor_to_change(work, floor_id, expected_version)
    _refuse_retired_floor(floor)
    label = required_text(label, "floor.label", MAX_FLOOR_LABEL_LENGTH)
    old = floor.label
    if label != old:
        _refuse_taken_label(work, floor.building_id, label, floor.id)
        floor.label = label
        work.session.flush()
        work.touched.buildings.add(floor.building_id)
        work.log(None, "floor", floor.id, "rename", {"from": old, "to": label})
    units = work.session.scalar(select(func.count(Unit.id)).where(Unit.floor_id == floor.id, Unit.retired_at.is_(None)))
    return FloorEntry(floor.id, floor.building_id, floor.level, floor.label, floor.version, units or 0, None)


def retire_floor(work: Work, floor_id: int, *, expected_version: int) -> Removal:
    """Retire a floor whose units are all retired; a floor that never had units nor boxes is deleted."""
    work.require(Action.EDIT_BUILDING)
    floor = _floor_to_change(work, floor_id, expected_version)
    _refuse_retired_floor(floor)
    in_use = work.session.scalars(
        select(Unit.number).where(Unit.floor_id == floor.id, Unit.retired_at.is_(None)).order_by(Unit.number)
    ).all()
    if in_use:
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "Floor {floor} still has units in use ({units}): retire or merge them first."),
            field="floor",
            floor=floor.label,
            units=", ".join(in_use),
        )
    building_id = floor.building_id
    any_unit = work.session.scalar(select(exists().where(Unit.floor_id == floor.id)))
    any_box = work.session.scalar(select(exists().where(ArchiveBox.floor_id == floor.id)))
    removal = Removal(floor.id, floor.label, deleted=not any_unit and not any_box)
    if removal.deleted:
        details = {"label": floor.label, "level": floor.level}
        work.session.delete(floor)
        work.log(None, "floor", removal.id, "delete", details)
    else:
        floor.retired_at = work.now
        floor.retired_by = work.actor.user_id if work.actor else None
        work.log(None, "floor", floor.id, "retire", {"label": floor.label})
    work.session.flush()
    work.touched.buildings.add(building_id)
    return removal


# --- units ---------------------------------------------------------------------------------------------------


def add_unit(work: Work, floor_id: int, number: str, area: Decimal | None = None, use: str = "") -> UnitEntry:
    """A new unit on a floor in use; its number must be new in the building (retired units keep theirs)."""
    work.require(Action.EDIT_BUILDING)
    floor = _floor(work, floor_id)
    _refuse_retired_floor(floor)
    number = _new_number(work, floor.building_id, number, "unit.number", None)
    unit = Unit(
        floor_id=floor.id,
        number=number,
        area=_area(area, "unit.area"),
        use=limited_text(use, "unit.use", MAX_USE_LENGTH),
    )
    work.session.add(unit)
    work.session.flush()
    _touch(work, floor.building_id, unit.id)
    work.log(
        None, "unit", unit.id, "create", {"floor": floor.label, "number": number, "area": unit.area, "use": unit.use}
    )
    return _entry(work, unit)


def edit_unit(
    work: Work, unit_id: int, *, number: str, area: Decimal | None, use: str, expected_version: int
) -> UnitEntry:
    """Correct a unit's area and use, and its number while it was never let (the Edit unit form)."""
    work.require(Action.EDIT_BUILDING)
    unit = unit_to_change(work, unit_id, expected_version)
    changed: dict[str, object] = {}
    number = (number or "").strip()
    if number != unit.number:
        changed["number"] = [unit.number, _renumbered(work, unit, number)]
    new_area = _area(area, "unit.area")
    if new_area != unit.area:
        changed["area"] = [unit.area, new_area]
        unit.area = new_area
    new_use = limited_text(use, "unit.use", MAX_USE_LENGTH)
    if new_use != unit.use:
        changed["use"] = [unit.use, new_use]
        unit.use = new_use
    if changed:
        work.session.flush()
        _touch(work, unit.floor.building_id, unit.id)
        work.log(None, "unit", unit.id, "update", {"unit": unit.number, **changed})
    return _entry(work, unit)


def renumber_unit(work: Work, unit_id: int, number: str, *, expected_version: int) -> UnitEntry:
    """Give a unit never let another number (a typo at set-up); a let unit's number is on its tenants' papers."""
    work.require(Action.EDIT_BUILDING)
    unit = unit_to_change(work, unit_id, expected_version)
    old = unit.number
    new = _renumbered(work, unit, number)
    if new != old:
        work.session.flush()
        _touch(work, unit.floor.building_id, unit.id)
        work.log(None, "unit", unit.id, "renumber", {"from": old, "to": new})
    return _entry(work, unit)


def retire_unit(work: Work, unit_id: int, *, expected_version: int) -> Removal:
    """Take a vacant unit off the floor: retired if it ever had a tenancy (its papers name it), else deleted."""
    work.require(Action.EDIT_BUILDING)
    unit = unit_to_change(work, unit_id, expected_version)
    _refuse_let(
        work,
        unit,
        QT_TRANSLATE_NOOP("app", "Unit {unit} has a tenancy ({customer}, from {since}): it cannot be retired."),
    )
    building_id = unit.floor.building_id
    removal = Removal(unit.id, unit.number, deleted=not _ever_let(work, unit.id))
    if removal.deleted:
        details = {"number": unit.number, "floor": unit.floor.label}
        work.session.delete(unit)
        work.log(None, "unit", removal.id, "delete", details)
    else:
        _retire(work, unit)
        work.log(None, "unit", unit.id, "retire", {"number": unit.number})
    work.session.flush()
    _touch(work, building_id, removal.id)
    return removal


def merge_units(work: Work, unit_ids: Sequence[int], new_number: str, *, use: str | None = None) -> UnitEntry:
    """Make one unit of two or more vacant units of one floor: the new unit has their summed area (unknown if
    any is unknown) and their use; the old ones are retired, their dossiers and history kept under their numbers."""
    work.require(Action.EDIT_BUILDING)
    ids = list(dict.fromkeys(unit_ids))
    if len(ids) < 2:
        raise ValidationError(QT_TRANSLATE_NOOP("app", "Choose at least two units to merge."), field="unit")
    units = [existing_unit(work, unit_id) for unit_id in ids]
    for unit in units:
        refuse_retired_unit(unit)
    floors = {unit.floor_id for unit in units}
    if len(floors) > 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Only units on one floor can be merged ({units} are on different floors)."),
            field="unit",
            units=", ".join(u.number for u in units),
        )
    for unit in units:
        _refuse_let(
            work,
            unit,
            QT_TRANSLATE_NOOP("app", "Unit {unit} has a tenancy ({customer}, from {since}): it cannot be merged."),
        )
    floor = units[0].floor
    number = _new_number(work, floor.building_id, new_number, "unit.number", None)
    areas = [u.area for u in units]
    area = sum(areas, Decimal(0)) if all(a is not None for a in areas) else None
    uses = list(dict.fromkeys(u.use for u in units if u.use))
    merged = Unit(
        floor_id=floor.id,
        number=number,
        area=area,
        use=limited_text(use, "unit.use", MAX_USE_LENGTH) if use is not None else (uses[0] if uses else ""),
    )
    work.session.add(merged)
    for unit in units:
        _retire(work, unit)
    work.session.flush()
    old = [u.number for u in units]
    for unit in units:
        work.log(None, "unit", unit.id, "retire", {"number": unit.number, "merged_into": number})
        work.touched.units.add(unit.id)
    work.log(
        None, "unit", merged.id, "merge", {"number": number, "merged_from": old, "area": area, "floor": floor.label}
    )
    _touch(work, floor.building_id, merged.id)
    return _entry(work, merged)


def split_unit(work: Work, unit_id: int, parts: Sequence[tuple[str, Decimal | None]]) -> list[UnitEntry]:
    """Make two or more units of one vacant unit, each with its number and area; the old one is retired with its
    dossiers and history under its number."""
    work.require(Action.EDIT_BUILDING)
    unit = existing_unit(work, unit_id)
    refuse_retired_unit(unit)
    _refuse_let(
        work,
        unit,
        QT_TRANSLATE_NOOP("app", "Unit {unit} has a tenancy ({customer}, from {since}): it cannot be split."),
    )
    if len(parts) < 2:
        raise ValidationError(QT_TRANSLATE_NOOP("app", "A unit is split into at least two parts."), field="unit.number")
    building_id = unit.floor.building_id
    numbers: list[str] = []
    areas: list[Decimal | None] = []
    for number, area in parts:
        clean = _new_number(work, building_id, number, "unit.number", None)
        if clean in numbers:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Unit number {number} is given twice."), field="unit.number", number=clean
            )
        numbers.append(clean)
        areas.append(_area(area, "unit.area"))
    if unit.area is not None and all(a is not None for a in areas):
        total = sum((a for a in areas if a is not None), Decimal(0))
        if total > unit.area:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "The parts measure {total} m², more than unit {unit}'s {area} m²."),
                field="unit.area",
                total=total,
                unit=unit.number,
                area=unit.area,
            )
    made = [Unit(floor_id=unit.floor_id, number=n, area=a, use=unit.use) for n, a in zip(numbers, areas, strict=True)]
    work.session.add_all(made)
    _retire(work, unit)
    work.session.flush()
    work.log(None, "unit", unit.id, "retire", {"number": unit.number, "split_into": numbers})
    for part in made:
        work.log(None, "unit", part.id, "split", {"number": part.number, "from": unit.number, "area": part.area})
        work.touched.units.add(part.id)
    _touch(work, building_id, unit.id)
    return [_entry(work, part) for part in made]


# --- rules shared by the above --------------------------------------------------------------------------------


def _floor(work: Work, floor_id: int) -> Floor:
    floor = work.session.get(Floor, floor_id)
    if floor is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no floor with id {id}."), field="floor", id=floor_id)
    return floor


def _floor_to_change(work: Work, floor_id: int, expected_version: int) -> Floor:
    floor = _floor(work, floor_id)
    expect_version(
        floor,
        expected_version,
        QT_TRANSLATE_NOOP(
            "app", "Floor {floor} was changed meanwhile by someone else; it has been reloaded — check it and try again."
        ),
        floor=floor.label,
    )
    return floor


def _refuse_retired_floor(floor: Floor) -> None:
    if floor.retired_at is not None:
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "Floor {floor} was retired on {day}: it no longer changes."),
            field="floor",
            floor=floor.label,
            day=floor.retired_at.date(),
        )


def _refuse_taken_label(work: Work, building_id: int, label: str, floor_id: int | None) -> None:
    query = select(Floor.id).where(Floor.building_id == building_id, Floor.label == label)
    if floor_id is not None:
        query = query.where(Floor.id != floor_id)
    if work.session.scalar(query) is not None:
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "The building already has a floor named {label}."),
            field="floor.label",
            label=label,
        )


def _new_number(work: Work, building_id: int, number: str, field: str, unit_id: int | None) -> str:
    """A unit number not yet used in the building: people find units by number, and a retired one keeps its own
    (its dossiers are filed under it)."""
    number = required_text(number, field, MAX_UNIT_NUMBER_LENGTH)
    query = (
        select(Unit.number, Floor.label, Unit.retired_at)
        .join(Floor, Unit.floor_id == Floor.id)
        .where(Floor.building_id == building_id, Unit.number == number)
    )
    if unit_id is not None:
        query = query.where(Unit.id != unit_id)
    clash = work.session.execute(query).first()
    if clash is not None:
        if clash.retired_at is not None:
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "app",
                    "Unit {number} existed on {floor} and was retired; its dossiers keep the number: choose another.",
                ),
                field=field,
                number=number,
                floor=clash.label,
            )
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "There is already a unit {number} on {floor}."),
            field=field,
            number=number,
            floor=clash.label,
        )
    return number


def _renumbered(work: Work, unit: Unit, number: str) -> str:
    number = (number or "").strip()
    if number == unit.number:
        return number
    if _ever_let(work, unit.id):
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "Unit {unit} has had tenants: its number is on their papers and cannot change."),
            field="unit.number",
            unit=unit.number,
        )
    unit.number = _new_number(work, unit.floor.building_id, number, "unit.number", unit.id)
    return unit.number


def _area(value: Decimal | None, field: str) -> Decimal | None:
    if value is None:
        return None
    if not isinstance(value, Decimal) or not value.is_finite() or value < 0 or value >= 10**8:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "The area must be a number of square metres from 0 up, not “{area}”."),
            field=field,
            area=value,
        )
    return value.quantize(Decimal("0.01"))


def _current_tenancy(work: Work, unit_id: int) -> tuple[str, dt.date] | None:
    """The tenant in the unit today or moving in later (a signed move-in counts), with the start day."""
    row = work.session.execute(
        select(Customer.name, TenancyUnit.start_date)
        .join(Tenancy, TenancyUnit.tenancy_id == Tenancy.id)
        .join(Customer, Tenancy.customer_id == Customer.id)
        .where(
            TenancyUnit.unit_id == unit_id,
            or_(TenancyUnit.end_date.is_(None), TenancyUnit.end_date > work.today),
        )
        .order_by(TenancyUnit.start_date)
        .limit(1)
    ).first()
    return (row[0], row[1]) if row is not None else None


def _refuse_let(work: Work, unit: Unit, template: str) -> None:
    tenancy = _current_tenancy(work, unit.id)
    if tenancy is not None:
        raise Conflict(template, field="unit", unit=unit.number, customer=tenancy[0], since=tenancy[1])


def _ever_let(work: Work, unit_id: int) -> bool:
    return bool(
        work.session.scalar(
            select(
                or_(
                    exists().where(TenancyUnit.unit_id == unit_id),
                    exists().where(Dossier.unit_id == unit_id),
                )
            )
        )
    )


def _retire(work: Work, unit: Unit) -> None:
    unit.retired_at = work.now
    unit.retired_by = work.actor.user_id if work.actor else None


def _touch(work: Work, building_id: int, unit_id: int) -> None:
    # The building as a whole: the floor grid reads it anew (cards appear and disappear, not only change).
    work.touched.buildings.add(building_id)
    work.touched.units.add(unit_id)
