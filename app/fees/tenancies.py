"""Whose fees: a tenancy's customer, units and dossier as the printouts and commands name them, and the tenancy
of a unit (its current one, else its most recent) whose statement or notice to print."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import case, select

from app.desk import Work
from app.errors import NotFound
from app.text import QT_TRANSLATE_NOOP
from db.models import Customer, Dossier, Floor, Tenancy, TenancyUnit, Unit


def units_of(work: Work, tenancy_ids: set[int]) -> dict[int, str]:
    """tenancy → its units, "1201, 1202", in building order."""
    if not tenancy_ids:
        return {}
    found: dict[int, list[str]] = {}
    rows = work.session.execute(
        select(TenancyUnit.tenancy_id, Unit.number)
        .join(Unit, Unit.id == TenancyUnit.unit_id)
        .join(Floor, Floor.id == Unit.floor_id)
        .where(TenancyUnit.tenancy_id.in_(list(tenancy_ids)))
        .order_by(TenancyUnit.tenancy_id, Floor.level, Unit.number)
    )
    for tenancy_id, number in rows:
        numbers = found.setdefault(tenancy_id, [])
        if number not in numbers:
            numbers.append(number)
    return {tenancy_id: ", ".join(numbers) for tenancy_id, numbers in found.items()}


def tenancy_place(work: Work, tenancy_id: int) -> tuple[str, str, int | None, str | None]:
    """The tenancy's customer, its units ("1201, 1202", lowest floor first), its dossier's id and number."""
    row = work.session.execute(
        select(Customer.name, Dossier.id, Dossier.number)
        .select_from(Tenancy)
        .join(Customer, Customer.id == Tenancy.customer_id)
        .outerjoin(Dossier, Dossier.tenancy_id == Tenancy.id)
        .where(Tenancy.id == tenancy_id)
    ).first()
    if row is None:
        return "", "", None, None
    return row[0], units_of(work, {tenancy_id}).get(tenancy_id, ""), row[1], row[2]


def tenancy_of_unit(work: Work, unit_id: int, on: dt.date | None = None) -> int:
    """The unit's tenancy on ``on`` (default today), else its most recent one: whose statement or notice to print
    (as app.dossier finds a unit's dossier; asked here, so the fee room does not lean on the dossier room)."""
    work.require_read()
    day = on or work.today
    current_first = case(
        ((TenancyUnit.start_date <= day) & (TenancyUnit.end_date.is_(None) | (TenancyUnit.end_date > day)), 0),
        else_=1,
    )
    tenancy_id = work.session.scalar(
        select(TenancyUnit.tenancy_id)
        .where(TenancyUnit.unit_id == unit_id)
        .order_by(current_first, TenancyUnit.start_date.desc())
        .limit(1)
    )
    if tenancy_id is None:
        number = work.session.scalar(select(Unit.number).where(Unit.id == unit_id))
        raise NotFound(
            QT_TRANSLATE_NOOP("app", "Unit {unit} has had no tenant: it has no fees."),
            field="unit",
            unit=number or unit_id,
        )
    return int(tenancy_id)


def hold_money(work: Work, tenancy_id: int) -> None:
    """Change a tenancy's money one desk at a time: its row locked until this unit of work ends (on a file the write
    lock is held already; ``FOR UPDATE`` is not SQLite's). What a payment, a reversal, a cancelled charge or a
    deposit's refund checks first (what is open, paid, still held) then holds until it is saved: on a server two
    desks would otherwise both pay one open charge, or both refund one deposit's last yuan."""
    work.session.execute(select(Tenancy.id).where(Tenancy.id == tenancy_id).with_for_update()).first()
