"""The rows behind a dashboard figure that has no list window of its own yet: the repairs or complaints of a month or
open now, the move-ins or move-outs of a month, the dossiers missing move-in papers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, func, select

from app.building import unit_cards
from app.dashboard.figures import (
    AREA,
    COMPLAINTS,
    LISTED_BEHIND,
    MISSING_PAPERS,
    MOVE_INS,
    MOVE_OUTS,
    OPEN_COMPLAINTS,
    OPEN_REPAIRS,
    REPAIRS,
    USE,
    Target,
    area_band,
    final_states,
    in_building,
    month_bounds,
    tenancy_in_building,
)
from app.desk import Work
from app.dossier import missing_documents
from app.errors import ValidationError
from app.permissions import Action
from app.text import QT_TRANSLATE_NOOP
from db.models import Complaint, Customer, Dossier, Floor, Repair, Tenancy, TenancyUnit, Unit

MAX_ROWS = 5000  # a list on screen; a month or an open count is far below it in any real building


@dataclass(frozen=True)
class BehindRow:
    """One row of the list behind a figure."""

    date: dt.date | None  # reported, received, moved in or out; None for a unit (by use or area)
    unit: str  # "1201, 1202" for a tenancy of several units; "" for a complaint about the building
    customer: str
    state: str  # a register's state (context "registers"), a unit's status (context "status"), or "" for a move
    what: str  # the repair or complaint, the missing papers, or a unit's use and area
    dossier_id: int | None  # the dossier a row opens
    record_id: int | None  # the repair, complaint or tenancy


def records_behind(work: Work, target: Target) -> list[BehindRow]:
    """The rows behind ``target`` (a figure of ``dashboard``), oldest first."""
    work.require(Action.READ)
    if target.kind not in LISTED_BEHIND:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "The figure “{kind}” has a list window of its own."), field="", kind=target.kind
        )
    if target.kind in (REPAIRS, COMPLAINTS, MOVE_INS, MOVE_OUTS):
        _check_month(target.month)
    if target.kind in (REPAIRS, OPEN_REPAIRS):
        return _repairs(work, target)
    if target.kind in (COMPLAINTS, OPEN_COMPLAINTS):
        return _complaints(work, target)
    if target.kind == MISSING_PAPERS:
        return _missing(work, target)
    if target.kind in (USE, AREA):
        return _units(work, target)
    return _moves(work, target)


def _check_month(code: str) -> None:
    try:
        month_bounds(code)
        ok = len(code) == 7 and code[4] == "-"
    except ValueError:
        ok = False
    if not ok:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be a month written as YYYY-MM, such as 2026-03, not “{value}”."),
            field="registers.month",
            value=code,
        )


def _units_of(work: Work, tenancy_ids: set[int]) -> dict[int, str]:
    """tenancy → its units ("1201, 1202", building order), one query for all."""
    if not tenancy_ids:
        return {}
    found: dict[int, list[str]] = {}
    rows = work.session.execute(
        select(TenancyUnit.tenancy_id, Unit.number)
        .join(Unit, Unit.id == TenancyUnit.unit_id)
        .join(Floor, Floor.id == Unit.floor_id)
        .where(TenancyUnit.tenancy_id.in_(sorted(tenancy_ids)))
        .order_by(TenancyUnit.tenancy_id, Floor.level, Unit.number)
    )
    for tenancy_id, number in rows:
        found.setdefault(tenancy_id, []).append(number)
    return {t: ", ".join(numbers) for t, numbers in found.items()}


def _register_rows(query: Select, work: Work) -> list[BehindRow]:
    return [
        BehindRow(
            date=when.date() if isinstance(when, dt.datetime) else when,
            unit=unit or "",
            customer=customer or "",
            state=state,
            what=what,
            dossier_id=dossier_id,
            record_id=record_id,
        )
        for record_id, when, unit, customer, state, what, dossier_id in work.session.execute(query.limit(MAX_ROWS))
    ]


def _repairs(work: Work, target: Target) -> list[BehindRow]:
    query = (
        select(Repair.id, Repair.reported_at, Unit.number, Customer.name, Repair.status, Repair.what, Dossier.id)
        .join(Unit, Unit.id == Repair.unit_id)
        .outerjoin(Tenancy, Tenancy.id == Repair.tenancy_id)
        .outerjoin(Customer, Customer.id == Tenancy.customer_id)
        .outerjoin(Dossier, Dossier.tenancy_id == Tenancy.id)
        .where(in_building(Repair.unit_id, target.building_id))
        .order_by(Repair.reported_at, Repair.id)
    )
    if target.kind == REPAIRS:
        first, end = month_bounds(target.month)
        query = query.where(Repair.reported_at >= first, Repair.reported_at < end)
    else:
        query = query.where(Repair.status.not_in(final_states("repair")))
    return _register_rows(query, work)


def _complaints(work: Work, target: Target) -> list[BehindRow]:
    query = (
        select(
            Complaint.id,
            Complaint.received_at,
            Unit.number,
            func.coalesce(Customer.name, Complaint.complainant),
            Complaint.status,
            Complaint.content,
            Dossier.id,
        )
        .outerjoin(Unit, Unit.id == Complaint.unit_id)
        .outerjoin(Tenancy, Tenancy.id == Complaint.tenancy_id)
        .outerjoin(Customer, Customer.id == Tenancy.customer_id)
        .outerjoin(Dossier, Dossier.tenancy_id == Tenancy.id)
        .order_by(Complaint.received_at, Complaint.id)
    )
    if target.building_id is not None:  # as the figure counts: a complaint without a unit only for every building
        query = query.where(in_building(Complaint.unit_id, target.building_id))
    if target.kind == COMPLAINTS:
        first, end = month_bounds(target.month)
        query = query.where(Complaint.received_at >= first, Complaint.received_at < end)
    else:
        query = query.where(Complaint.status.not_in(final_states("complaint")))
    return _register_rows(query, work)


def _moves(work: Work, target: Target) -> list[BehindRow]:
    column = Tenancy.move_in if target.kind == MOVE_INS else Tenancy.move_out
    first, end = month_bounds(target.month)
    rows = work.session.execute(
        select(Tenancy.id, column, Customer.name, Dossier.id)
        .join(Customer, Customer.id == Tenancy.customer_id)
        .outerjoin(Dossier, Dossier.tenancy_id == Tenancy.id)
        .where(column >= first, column < end, tenancy_in_building(target.building_id))
        .order_by(column, Tenancy.id)
        .limit(MAX_ROWS)
    ).all()
    units = _units_of(work, {row[0] for row in rows})
    return [BehindRow(day, units.get(tid, ""), customer, "", "", did, tid) for tid, day, customer, did in rows]


def _missing(work: Work, target: Target) -> list[BehindRow]:
    rows = work.session.execute(
        select(Dossier.id, Tenancy.id, Tenancy.move_in, Customer.name)
        .join(Tenancy, Tenancy.id == Dossier.tenancy_id)
        .join(Customer, Customer.id == Tenancy.customer_id)
        .where(Dossier.status == "live", in_building(Dossier.unit_id, target.building_id))
        .order_by(Tenancy.move_in, Dossier.id)
    ).all()
    missing = missing_documents(work, [row[0] for row in rows])
    lacking = [row for row in rows if missing[row[0]]][:MAX_ROWS]
    units = _units_of(work, {row[1] for row in lacking})
    return [
        BehindRow(
            moved_in,
            units.get(tid, ""),
            customer,
            "",
            ", ".join(item.title for item in missing[did]),
            did,
            tid,
        )
        for did, tid, moved_in, customer in lacking
    ]


def _units(work: Work, target: Target) -> list[BehindRow]:
    """The units of a use or an area band today, as the floor grid shows them (building order)."""
    cards = unit_cards(work, building_id=target.building_id, on=work.today, badges=False)
    wanted = [c for c in cards if (c.use if target.kind == USE else area_band(c.area)) == target.key]
    return [
        BehindRow(
            None,
            c.number,
            c.customer or "",
            c.status.value,
            " ".join(part for part in (c.use, f"{c.area} m²" if c.area is not None else "") if part),
            c.dossier_id,
            c.unit_id,
        )
        for c in wanted[:MAX_ROWS]
    ]
