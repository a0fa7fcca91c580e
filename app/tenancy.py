"""Tenancies: a customer moving into one or more units, with the dossier that goes with it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, or_, select

from app.customers import CustomerInput, clean_customer, get_customer
from app.desk import Work
from app.errors import Conflict, NotFound, ValidationError
from app.permissions import Action
from app.text import QT_TRANSLATE_NOOP
from app.validation import a_date, limited_text
from db.models import Building, Customer, Dossier, Floor, Tenancy, TenancyUnit, Unit


@dataclass(frozen=True)
class MoveIn:
    customer_id: int
    tenancy_id: int
    dossier_id: int
    dossier_number: str


def move_in(
    work: Work,
    *,
    customer: CustomerInput | int,
    unit_ids: Sequence[int],
    move_in: dt.date,
    move_out: dt.date | None = None,
    fit_out_until: dt.date | None = None,
    location: str = "",
) -> MoveIn:
    """Move a customer (new, or existing by id) into units: customer, tenancy and dossier at once.

    ``move_out`` may be given to record a past tenancy; its dossier is then already departed.
    Occupancy runs from move-in up to (not including) the move-out day, so the next tenant
    can move in on the day the last one leaves.
    """
    work.require(Action.MOVE_IN)
    move_in = a_date(move_in, "tenancy.move_in")
    if move_out is not None:
        move_out = a_date(move_out, "tenancy.move_out")
        if move_out <= move_in:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "The move-out date {move_out} is not after the move-in date {move_in}."),
                field="tenancy.move_out",
                move_out=move_out.isoformat(),
                move_in=move_in.isoformat(),
            )
    if fit_out_until is not None:
        fit_out_until = a_date(fit_out_until, "tenancy.fit_out_until")
        if fit_out_until < move_in:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "The fit-out end {date} is before the move-in date."),
                field="tenancy.fit_out_until",
                date=fit_out_until.isoformat(),
            )
    location = limited_text(location, "dossier.location", 200)
    if not unit_ids:
        raise ValidationError(QT_TRANSLATE_NOOP("app", "Choose at least one unit."), field="tenancy.units")
    if len(set(unit_ids)) != len(unit_ids):
        raise ValidationError(QT_TRANSLATE_NOOP("app", "The same unit is chosen twice."), field="tenancy.units")

    units = []
    for unit_id in unit_ids:
        unit = work.session.get(Unit, unit_id)
        if unit is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("app", "There is no unit with id {id}."), field="tenancy.units", id=unit_id
            )
        _refuse_overlap(work, unit, move_in, move_out)
        units.append(unit)

    if isinstance(customer, CustomerInput):
        cust = Customer(**clean_customer(customer))
        work.session.add(cust)
    else:
        cust = get_customer(work, customer)

    tenancy = Tenancy(customer=cust, move_in=move_in, move_out=move_out, fit_out_until=fit_out_until)
    work.session.add(tenancy)
    for unit in units:
        work.session.add(TenancyUnit(tenancy=tenancy, unit_id=unit.id, start_date=move_in, end_date=move_out))
    first = units[0]
    departed = move_out is not None and move_out <= work.today
    dossier = Dossier(
        number=_dossier_number(work, first, move_in),
        tenancy=tenancy,
        unit_id=first.id,
        label_text=cust.name,
        location=location,
        status="departed" if departed else "live",
    )
    work.session.add(dossier)
    work.session.flush()
    work.touched.customers.add(cust.id)
    work.touched.dossiers.add(dossier.id)
    work.touched.units.update(u.id for u in units)
    work.log(
        dossier.id,
        "tenancy",
        tenancy.id,
        "move_in",
        {"customer": cust.name, "units": [u.number for u in units], "move_in": move_in, "move_out": move_out},
    )
    return MoveIn(cust.id, tenancy.id, dossier.id, dossier.number)


def _refuse_overlap(work: Work, unit: Unit, start: dt.date, end: dt.date | None) -> None:
    """Refuse a stay that overlaps any recorded stay in the unit (half-open date ranges)."""
    overlaps = [TenancyUnit.unit_id == unit.id, or_(TenancyUnit.end_date.is_(None), TenancyUnit.end_date > start)]
    if end is not None:
        overlaps.append(TenancyUnit.start_date < end)
    row = work.session.execute(
        select(Customer.name, TenancyUnit.start_date, TenancyUnit.end_date)
        .join(Tenancy, TenancyUnit.tenancy_id == Tenancy.id)
        .join(Customer, Tenancy.customer_id == Customer.id)
        .where(and_(*overlaps))
        .limit(1)
    ).first()
    if row is not None:
        name, since, until = row
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "Unit {unit} is occupied by {customer} from {since} to {until} on that date."),
            field="tenancy.units",
            unit=unit.number,
            customer=name,
            since=since.isoformat(),
            until=until.isoformat() if until else "—",
        )


def _dossier_number(work: Work, unit: Unit, move_in: dt.date) -> str:
    """Building id, unit, year: short enough for a barcode, readable on the label, unique."""
    building_id = work.session.scalar(select(Building.id).join(Floor).where(Floor.id == unit.floor_id))
    base = f"{building_id}-{unit.number}-{move_in:%Y}"
    number, n = base, 1
    while work.session.scalar(select(Dossier.id).where(Dossier.number == number)) is not None:
        n += 1
        number = f"{base}-{n}"
    return number


def record_move_out(work: Work, tenancy_id: int, move_out: dt.date) -> None:
    """Set the day the tenancy ends in all its units (a notice for a future day, or the day it ended).

    On or after that day the units are free; once the day has come the dossier is departed
    (R6). The move-out checklist comes on top of this (a later issue).
    """
    work.require(Action.MOVE_IN)
    tenancy = work.session.get(Tenancy, tenancy_id)
    if tenancy is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no tenancy with id {id}."), field="tenancy", id=tenancy_id)
    move_out = a_date(move_out, "tenancy.move_out")
    if move_out <= tenancy.move_in:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "The move-out date {move_out} is not after the move-in date {move_in}."),
            field="tenancy.move_out",
            move_out=move_out.isoformat(),
            move_in=tenancy.move_in.isoformat(),
        )
    if tenancy.move_out is not None and tenancy.move_out <= work.today:
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "This tenancy already ended on {date}."),
            field="tenancy.move_out",
            date=tenancy.move_out.isoformat(),
        )
    previous = tenancy.move_out
    tenancy.move_out = move_out
    for link in tenancy.units:
        if link.end_date is None or link.end_date == previous:
            link.end_date = move_out
        work.touched.units.add(link.unit_id)
    dossier = tenancy.dossier
    if dossier is not None:
        if move_out <= work.today and dossier.status == "live":
            dossier.status = "departed"
        work.touched.dossiers.add(dossier.id)
    work.touched.customers.add(tenancy.customer_id)
    work.session.flush()
    work.log(dossier.id if dossier else None, "tenancy", tenancy.id, "move_out", {"move_out": move_out})
