"""Quick find: from a few typed characters (or a scanned barcode) to the right dossier.

Matches, best first: the dossier number, 档号 or 原编号 exactly (a barcode scan), a unit number, the
customer's current name or its pinyin initials, a former name (R5), a contact's name or phone,
a document title.
Within the same kind a live dossier comes before a departed one, then the most recent.
Each kind is one indexed query with a limit, so a search never loads a whole table.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import IntEnum

from sqlalchemy import Select, func, or_, select

from app.customers import name_matches
from app.desk import Work
from db.models import Building, Contact, Customer, CustomerName, Document, Dossier, Floor, Tenancy, Unit

DEFAULT_LIMIT = 40


class MatchKind(IntEnum):
    """Why a dossier was found; lower sorts first."""

    DOSSIER_NUMBER = 0
    UNIT = 1
    CUSTOMER = 2
    FORMER_NAME = 3
    CONTACT = 4
    PHONE = 5
    DOCUMENT = 6


@dataclass(frozen=True)
class SearchHit:
    dossier_id: int
    dossier_number: str
    building: str
    floor: str
    unit: str
    customer: str
    status: str
    move_in: dt.date
    kind: MatchKind
    matched: str  # the text that matched: a former name, a contact, a phone, a title …


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _strip_separators(column: object) -> object:
    """A phone column without the separators people type differently (0755-8821 9660)."""
    return func.replace(func.replace(func.replace(column, "-", ""), " ", ""), "+", "")


def search(work: Work, text: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
    work.require_read()
    query = (text or "").strip()
    if not query:
        return []
    found: dict[int, tuple[MatchKind, str]] = {}

    def collect(kind: MatchKind, statement: Select[tuple[int, str]]) -> None:
        for dossier_id, matched in work.session.execute(statement.limit(limit)):
            if dossier_id not in found or kind < found[dossier_id][0]:
                found[dossier_id] = (kind, matched)

    collect(
        MatchKind.DOSSIER_NUMBER, select(Dossier.id, Dossier.number).where(func.upper(Dossier.number) == query.upper())
    )
    # A bound file's 档号, or the 原编号 it had before it was given one (issue 12): typed or scanned from its spine.
    for number in (Dossier.file_number, Dossier.former_file_number):
        collect(MatchKind.DOSSIER_NUMBER, select(Dossier.id, number).where(func.upper(number) == query.upper()))
    collect(
        MatchKind.UNIT,
        select(Dossier.id, Unit.number)
        .join(Unit, Dossier.unit_id == Unit.id)
        .where(Unit.number.istartswith(query, autoescape=True))
        .order_by(Dossier.status != "live", Unit.number),
    )
    by_tenancy = select(Dossier.id).join(Tenancy, Dossier.tenancy_id == Tenancy.id)
    collect(
        MatchKind.CUSTOMER,
        by_tenancy.add_columns(Customer.name)
        .join(Customer, Tenancy.customer_id == Customer.id)
        .where(name_matches(Customer.name, Customer.name_initials, query))
        .order_by(Dossier.status != "live", Tenancy.move_in.desc()),
    )
    collect(
        MatchKind.FORMER_NAME,
        by_tenancy.add_columns(CustomerName.name)
        .join(CustomerName, CustomerName.customer_id == Tenancy.customer_id)
        .where(name_matches(CustomerName.name, CustomerName.initials, query))
        .order_by(Dossier.status != "live", Tenancy.move_in.desc()),
    )
    collect(
        MatchKind.CONTACT,
        select(Contact.dossier_id, Contact.name)
        .join(Dossier, Contact.dossier_id == Dossier.id)
        .where(Contact.name.icontains(query, autoescape=True))
        .order_by(Dossier.status != "live", Contact.dossier_id.desc()),
    )
    digits = _digits(query)
    if len(digits) >= 3:
        phone = or_(
            _strip_separators(Contact.phone).contains(digits, autoescape=True),
            _strip_separators(Contact.mobile).contains(digits, autoescape=True),
        )
        collect(
            MatchKind.PHONE,
            select(Contact.dossier_id, Contact.name + " " + Contact.mobile + " " + Contact.phone)
            .join(Dossier, Contact.dossier_id == Dossier.id)
            .where(phone)
            .order_by(Dossier.status != "live", Contact.dossier_id.desc()),
        )
        collect(
            MatchKind.PHONE,
            by_tenancy.add_columns(Customer.phone)
            .join(Customer, Tenancy.customer_id == Customer.id)
            .where(_strip_separators(Customer.phone).contains(digits, autoescape=True))
            .order_by(Dossier.status != "live", Tenancy.move_in.desc()),
        )
    collect(
        MatchKind.DOCUMENT,
        select(Document.dossier_id, Document.title)
        .join(Dossier, Document.dossier_id == Dossier.id)
        .where(Document.trashed_at.is_(None), Document.title.icontains(query, autoescape=True))
        .order_by(Dossier.status != "live", Document.doc_date.desc()),
    )
    if not found:
        return []
    rows = work.session.execute(
        select(Dossier, Unit.number, Floor.label, Building.name, Customer.name, Tenancy.move_in)
        .join(Unit, Dossier.unit_id == Unit.id)
        .join(Floor, Unit.floor_id == Floor.id)
        .join(Building, Floor.building_id == Building.id)
        .join(Tenancy, Dossier.tenancy_id == Tenancy.id)
        .join(Customer, Tenancy.customer_id == Customer.id)
        .where(Dossier.id.in_(list(found)))
    )
    hits = [
        SearchHit(
            dossier_id=dossier.id,
            dossier_number=dossier.number,
            building=building,
            floor=floor,
            unit=unit,
            customer=customer,
            status=dossier.status,
            move_in=move_in,
            kind=found[dossier.id][0],
            matched=found[dossier.id][1],
        )
        for dossier, unit, floor, building, customer, move_in in rows
    ]
    hits.sort(key=lambda h: (h.kind, h.status != "live", -h.move_in.toordinal(), h.unit))
    return hits[:limit]
