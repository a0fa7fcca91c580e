"""Tenancies: a customer moving into one or more units, with the dossier that goes with it."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm.attributes import flag_modified

from app.customers import CustomerInput, clean_customer, get_customer
from app.desk import Work, expect_version
from app.dossier import dossier_for_change
from app.errors import Conflict, NotFound, Translate, ValidationError
from app.fees import DEPOSIT_KIND_NAMES, DepositInfo, deposits_of, money_text
from app.permissions import Action
from app.text import QT_TRANSLATE_NOOP
from app.validation import a_date, limited_text
from db.models import DEPOSIT_OUTCOMES, Building, Customer, Dossier, Floor, MoveOut, Tenancy, TenancyUnit, Unit


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
        _refuse_unit(work, unit, move_in, move_out)
        units.append(unit)
    # Another desk may be moving someone into one of these units at this very moment: on a server both would have
    # read "vacant" above. Each unit's row is locked (in id order, so two desks never wait for each other in a
    # circle) until this unit of work ends, and the checks are made again: the second desk waits for the first one's
    # commit and then sees its tenancy. On a file the write lock is held already and the second look finds the same.
    work.session.execute(
        select(Unit).where(Unit.id.in_(unit_ids)).order_by(Unit.id).with_for_update(),
        execution_options={"populate_existing": True},
    ).all()
    for unit in units:
        _refuse_unit(work, unit, move_in, move_out, meanwhile=True)

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
        # Every status change names old → new: check compares the dossier's status with its history.
        {
            "customer": cust.name,
            "units": [u.number for u in units],
            "move_in": move_in,
            "move_out": move_out,
            "status": [None, dossier.status],
        },
    )
    return MoveIn(cust.id, tenancy.id, dossier.id, dossier.number)


def _refuse_unit(work: Work, unit: Unit, start: dt.date, end: dt.date | None, *, meanwhile: bool = False) -> None:
    """Refuse a unit retired before the stay ends, or one with a recorded stay overlapping it; ``meanwhile``: the
    second look, after the unit was locked, so what it finds was recorded at another desk since the first look."""
    # issue 13: building editor. A retired unit (merged, split, given up) takes no one in after it was retired.
    if unit.retired_at is not None and (end is None or end > unit.retired_at.date()):
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "Unit {unit} was retired on {day}: no one moves in there."),
            field="tenancy.units",
            unit=unit.number,
            day=unit.retired_at.date(),
        )
    _refuse_overlap(work, unit, start, end, meanwhile=meanwhile)


def _refuse_overlap(work: Work, unit: Unit, start: dt.date, end: dt.date | None, *, meanwhile: bool = False) -> None:
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
    if row is not None and meanwhile:
        name, since, _until = row
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "app",
                "Unit {unit} was moved into meanwhile at another desk ({customer}, from {since}); nothing was saved. "
                "Choose another unit or date.",
            ),
            field="tenancy.units",
            unit=unit.number,
            customer=name,
            since=since,
        )
    if row is not None:
        name, since, until = row
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "Unit {unit} is occupied by {customer} from {since} to {until} on that date."),
            field="tenancy.units",
            unit=unit.number,
            customer=name,
            since=since,
            until=until or "—",
        )


def _dossier_number(work: Work, unit: Unit, move_in: dt.date) -> str:
    building_id = work.session.scalar(select(Building.id).join(Floor).where(Floor.id == unit.floor_id))
    assert building_id is not None  # a unit stands on a floor of a building
    return dossier_number(
        building_id,
        unit.number,
        move_in,
        lambda number: work.session.scalar(select(Dossier.id).where(Dossier.number == number)) is not None,
    )


def dossier_number(building_id: int, unit_number: str, move_in: dt.date, taken: Callable[[str], bool]) -> str:
    """Building id, unit, year: short enough for a barcode, readable on the label, unique (``taken`` says whether a
    number is given already; the demo's bulk build asks its own list instead of the file)."""
    base = f"{building_id}-{unit_number}-{move_in:%Y}"
    number, n = base, 1
    while taken(number):
        n += 1
        number = f"{base}-{n}"
    return number


@dataclass(frozen=True)
class MoveOutChecklist:
    """What must be settled before a tenancy can end in a unit (R6)."""

    keys_returned: bool = False
    access_cards_returned: bool = False
    electricity_reading: Decimal | None = None
    water_reading: Decimal | None = None
    deposit: str = ""  # "refunded", "retained" (with a reason in deposit_note) or "none"; "" not settled
    deposit_note: str = ""
    forwarding_contact: str = ""
    notes: str = ""


# The checklist's items in the order the dialog shows them; the names are English sources.
MOVE_OUT_ITEMS: dict[str, str] = {
    "keys_returned": QT_TRANSLATE_NOOP("app", "keys returned"),
    "access_cards_returned": QT_TRANSLATE_NOOP("app", "access cards returned"),
    "electricity_reading": QT_TRANSLATE_NOOP("app", "final electricity meter reading"),
    "water_reading": QT_TRANSLATE_NOOP("app", "final water meter reading"),
    "deposit": QT_TRANSLATE_NOOP("app", "deposit refunded, or retained with a reason"),
    "forwarding_contact": QT_TRANSLATE_NOOP("app", "forwarding contact"),
}


@dataclass(frozen=True)
class MoveOutResult:
    tenancy_id: int
    dossier_id: int
    units_given_back: tuple[str, ...]
    units_kept: tuple[str, ...]
    departed: bool


def missing_move_out_items(checklist: MoveOutChecklist, *, ending: bool = True) -> list[str]:
    """Codes of the checklist items not done yet (keys of MOVE_OUT_ITEMS), in checklist order. A deposit "held"
    settles the line only for a partial move-out (``ending`` False): the tenancy keeps units, and its deposits."""
    missing = []
    if not checklist.keys_returned:
        missing.append("keys_returned")
    if not checklist.access_cards_returned:
        missing.append("access_cards_returned")
    if checklist.electricity_reading is None:
        missing.append("electricity_reading")
    if checklist.water_reading is None:
        missing.append("water_reading")
    if (
        checklist.deposit not in DEPOSIT_OUTCOMES
        or (checklist.deposit == "retained" and not checklist.deposit_note.strip())
        or (checklist.deposit == "held" and ending)
    ):
        missing.append("deposit")
    if not checklist.forwarding_contact.strip():
        missing.append("forwarding_contact")
    return missing


@dataclass(frozen=True)
class HeldDeposits:
    """The deposits still holding money undecided, for a message: each kind by its translated name and amount."""

    held: tuple[tuple[str, int], ...]  # (deposit kind, fen still held)


class DepositsHeld(Conflict):
    """A move-out refused because deposits in the register still hold money neither refunded nor retained."""

    @staticmethod
    def _shown(value: Any, translate: Translate, date_text: Callable[[dt.date], str]) -> Any:
        if isinstance(value, HeldDeposits):
            return ", ".join(
                f"{translate('fees', DEPOSIT_KIND_NAMES[kind])} {money_text(fen)}" for kind, fen in value.held
            )
        return Conflict._shown(value, translate, date_text)


def deposit_line(deposits: Sequence[DepositInfo]) -> tuple[str, str]:
    """The checklist's deposit line as the deposit register decides it (issue 15): ("", "") while any deposit
    still holds money undecided; else "retained" with the retention reasons if anything was kept, or "refunded"."""
    if any(d.undecided_fen for d in deposits):
        return "", ""
    reasons = [m.reason for d in deposits for m in d.moves if m.kind == "retain" and m.reason]
    if reasons:
        return "retained", "; ".join(dict.fromkeys(reasons))
    return "refunded", ""


def with_deposit_register(
    checklist: MoveOutChecklist, deposits: Sequence[DepositInfo], *, ending: bool = True
) -> MoveOutChecklist:
    """``checklist`` with its deposit line taken from the register when the tenancy has deposits there; a tenancy
    without any (one from before the register) keeps the line as the clerk set it. A partial move-out (``ending``
    False) leaves deposits still undecided "held": they are settled when the last unit is given back."""
    if not deposits:
        return checklist
    if not ending and any(d.undecided_fen for d in deposits):
        return replace(checklist, deposit="held", deposit_note="")
    outcome, note = deposit_line(deposits)
    return replace(checklist, deposit=outcome, deposit_note=note)


def _reading(value: Decimal | None, field: str) -> Decimal | None:
    if value is None:
        return None
    if not isinstance(value, Decimal) or not value.is_finite() or value < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be a meter reading of 0 or more, not “{value}”."),
            field=field,
            value=value,
        )
    return value


def _tenancy(work: Work, tenancy_id: int, expected_version: int | None = None) -> Tenancy:
    """The tenancy; with ``expected_version`` (the form's), refused if someone changed it meanwhile."""
    tenancy = work.session.get(Tenancy, tenancy_id)
    if tenancy is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no tenancy with id {id}."), field="tenancy", id=tenancy_id)
    if expected_version is not None:
        expect_version(
            tenancy,
            expected_version,
            QT_TRANSLATE_NOOP(
                "app",
                "The tenancy of “{customer}” was changed meanwhile by someone else; it has been reloaded — check it "
                "and save again.",
            ),
            customer=tenancy.customer.name,
        )
    return tenancy


def _units_changed(tenancy: Tenancy) -> None:
    """Its units' dates live in their own rows: count the change as the tenancy's, so its version moves on
    and a move-out or notice form read before this one is refused instead of working on old dates."""
    flag_modified(tenancy, "move_in")


def _open_links(work: Work, tenancy: Tenancy, unit_ids: Sequence[int] | None) -> list[TenancyUnit]:
    """The tenancy's units not yet given back (a notice may be pending), or the chosen ones of them."""
    open_links = [link for link in tenancy.units if link.end_date is None or link.end_date > work.today]
    if unit_ids is None:
        chosen = open_links
    else:
        by_unit = {link.unit_id: link for link in open_links}
        unknown = [u for u in unit_ids if u not in by_unit]
        if unknown:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Unit id {id} is not one this tenant still occupies."),
                field="tenancy.units",
                id=unknown[0],
            )
        chosen = [by_unit[u] for u in dict.fromkeys(unit_ids)]
    if not chosen:
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "This tenant has already given back every unit."), field="tenancy.units"
        )
    return chosen


def _check_day(tenancy: Tenancy, day: dt.date) -> dt.date:
    day = a_date(day, "tenancy.move_out")
    if day <= tenancy.move_in:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "The move-out date {move_out} is not after the move-in date {move_in}."),
            field="tenancy.move_out",
            move_out=day.isoformat(),
            move_in=tenancy.move_in.isoformat(),
        )
    return day


def move_out(
    work: Work,
    tenancy_id: int,
    *,
    day: dt.date,
    checklist: MoveOutChecklist,
    unit_ids: Sequence[int] | None = None,
    expected_version: int | None = None,
) -> MoveOutResult:
    """Give back some or all units on ``day`` (today or earlier) with the checklist complete (R6).

    The units are free from ``day`` on. When the last unit is given back the tenancy ends
    and its dossier becomes departed: read-only except for the supervisor, who binds it.
    ``expected_version`` (``DossierView.tenancy_version``, from the move-out form) refuses a
    tenancy changed meanwhile, e.g. a unit given back or a notice recorded at another desk.
    """
    actor = work.require(Action.MOVE_OUT)
    tenancy = _tenancy(work, tenancy_id, expected_version)
    dossier = tenancy.dossier
    assert dossier is not None
    links = _open_links(work, tenancy, unit_ids)  # "already moved out" says more than "read-only"
    dossier_for_change(work, dossier.id)
    day = _check_day(tenancy, day)
    if day > work.today:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app",
                "A move-out is recorded on the day the keys come back ({date} is still to come); "
                "for a coming move-out, record the notice.",
            ),
            field="tenancy.move_out",
            date=day.isoformat(),
        )
    open_units = {link.unit_id for link in tenancy.units if link.end_date is None or link.end_date > work.today}
    ending = {link.unit_id for link in links} >= open_units  # the last units: the tenancy ends
    deposits = deposits_of(work, tenancy.id)
    held = tuple((d.kind, d.undecided_fen) for d in deposits if d.undecided_fen)
    if held and ending:
        raise DepositsHeld(
            QT_TRANSLATE_NOOP(
                "app",
                "The deposits still hold money not yet refunded or retained: {held}. Refund or retain them first "
                "(the dossier's Fees section).",
            ),
            field="move_out.deposit",
            held=HeldDeposits(held),
        )
    checklist = with_deposit_register(checklist, deposits, ending=ending)
    missing = missing_move_out_items(checklist, ending=ending)
    if missing:
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "The move-out checklist is not complete; still missing: {items}."),
            field=f"move_out.{missing[0]}",
            items=", ".join(MOVE_OUT_ITEMS[m] for m in missing),
            missing=missing,
        )
    electricity = _reading(checklist.electricity_reading, "move_out.electricity_reading")
    water = _reading(checklist.water_reading, "move_out.water_reading")
    for link in links:
        if day < link.start_date:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "The move-out date {move_out} is not after the move-in date {move_in}."),
                field="tenancy.move_out",
                move_out=day.isoformat(),
                move_in=link.start_date.isoformat(),
            )
        link.end_date = day
    _units_changed(tenancy)
    given_back = tuple(link.unit.number for link in links)
    kept = tuple(link.unit.number for link in tenancy.units if link.end_date is None or link.end_date > work.today)
    status_before = dossier.status
    if not kept:
        tenancy.move_out = max(link.end_date for link in tenancy.units if link.end_date is not None)
        if dossier.status == "live":
            dossier.status = "departed"
    work.session.add(
        MoveOut(
            tenancy_id=tenancy.id,
            move_out=day,
            units=json.dumps(list(given_back), ensure_ascii=False),
            keys_returned=True,
            access_cards_returned=True,
            electricity_reading=electricity,
            water_reading=water,
            deposit_outcome=checklist.deposit,
            deposit_note=limited_text(checklist.deposit_note, "move_out.deposit", 2000),
            forwarding_contact=limited_text(checklist.forwarding_contact, "move_out.forwarding_contact", 200),
            notes=limited_text(checklist.notes, "move_out.notes", 4000),
            recorded_by=actor.user_id,
            recorded_at=work.now,
        )
    )
    work.session.flush()
    work.touched.units.update(link.unit_id for link in links)
    work.touched.dossiers.add(dossier.id)
    work.touched.customers.add(tenancy.customer_id)
    details = {"units": list(given_back), "move_out": day, "deposit": checklist.deposit, "departed": not kept}
    if dossier.status != status_before:
        details["status"] = [status_before, dossier.status]  # check compares the status with its history
    work.log(dossier.id, "tenancy", tenancy.id, "move_out", details)
    return MoveOutResult(tenancy.id, dossier.id, given_back, kept, not kept)


def give_notice(
    work: Work,
    tenancy_id: int,
    day: dt.date,
    unit_ids: Sequence[int] | None = None,
    *,
    expected_version: int | None = None,
) -> None:
    """Record a coming move-out: the units show as "moving out" until the move-out is done.

    ``expected_version`` (``DossierView.tenancy_version``, from the notice form) refuses a tenancy
    changed meanwhile instead of overwriting a notice recorded at another desk.
    """
    work.require(Action.MOVE_OUT)
    tenancy = _tenancy(work, tenancy_id, expected_version)
    dossier = tenancy.dossier
    assert dossier is not None
    dossier_for_change(work, dossier.id)
    day = _check_day(tenancy, day)
    if day <= work.today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "A notice is for a day still to come, not {date}; record the move-out instead."),
            field="tenancy.move_out",
            date=day.isoformat(),
        )
    links = _open_links(work, tenancy, unit_ids)
    for link in links:
        link.end_date = day
    _units_changed(tenancy)
    work.session.flush()
    work.touched.units.update(link.unit_id for link in links)
    work.touched.dossiers.add(dossier.id)
    work.log(dossier.id, "tenancy", tenancy.id, "notice", {"units": [link.unit.number for link in links], "day": day})


@dataclass(frozen=True)
class UnitStay:
    """One past or present tenancy of a unit, for the unit's history."""

    tenancy_id: int
    dossier_id: int | None
    dossier_number: str | None
    dossier_status: str | None
    customer: str
    start: dt.date
    end: dt.date | None


def unit_place(work: Work, unit_id: int) -> str:
    """Where the unit is, as a heading says it ("示范大厦 · 1F · 1F-01"): a printed history names its unit."""
    work.require_read()
    row = work.session.execute(
        select(Building.name, Floor.label, Unit.number)
        .join(Floor, Floor.building_id == Building.id)
        .join(Unit, Unit.floor_id == Floor.id)
        .where(Unit.id == unit_id)
    ).one_or_none()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no unit with id {id}."), field="unit", id=unit_id)
    return " · ".join(row)


def unit_history(work: Work, unit_id: int) -> list[UnitStay]:
    """Everyone who has occupied the unit, most recent first."""
    work.require_read()
    rows = work.session.execute(
        select(TenancyUnit, Customer.name, Dossier.id, Dossier.number, Dossier.status)
        .join(Tenancy, TenancyUnit.tenancy_id == Tenancy.id)
        .join(Customer, Tenancy.customer_id == Customer.id)
        .outerjoin(Dossier, Dossier.tenancy_id == Tenancy.id)
        .where(TenancyUnit.unit_id == unit_id)
        .order_by(TenancyUnit.start_date.desc())
    )
    return [
        UnitStay(link.tenancy_id, dossier_id, number, status, name, link.start_date, link.end_date)
        for link, name, dossier_id, number, status in rows
    ]
