"""Quick find: from a few typed characters (or a scanned barcode) to the right dossier.

Kinds of match, best first: the dossier number, 档号 or 原编号 exactly (a barcode scan), a unit number (with or
without its leading zero), the customer's current name (or its full pinyin, or its pinyin initials), a former name
(R5), a contact's name, a phone number (its last digits, or any 3 or more of them), a document title or reference
number. Within a kind: an exact match, then a match at the start, then anywhere; a live dossier before a departed
one; the most recent first. A dossier is listed once, under its best kind; at most ``PER_KIND`` per kind.

Every kind is one query on the search index (db/search_index.py: trigram FTS for 3+ characters, a gram table for
1–2, keys for numbers), joined to the dossiers it names — no table is scanned, however many documents there are.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Compiled,
    Dialect,
    Integer,
    Row,
    Select,
    Subquery,
    bindparam,
    case,
    func,
    literal,
    select,
    union_all,
)

from app.desk import Work
from db import search_index
from db.models import (
    Building,
    Contact,
    Customer,
    CustomerName,
    Document,
    Dossier,
    Floor,
    Tenancy,
    TenancyUnit,
    Unit,
)

PER_KIND = 50
DEFAULT_LIMIT = PER_KIND


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


@dataclass(frozen=True)
class _Found:
    kind: MatchKind
    rank: int  # within the kind: 0 exact, 1 at the start, 2 anywhere (then the part: name before pinyin)
    matched: str


Cancelled = Callable[[], bool]


def _never() -> bool:
    return False


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


_LIVE_LAST = Dossier.status != "live"
_LIMIT = bindparam("limit", type_=Integer)
# The best matches an entry list is cut to before it is joined to dossiers and sorted there: "有限公司" or "申请"
# matches thousands of records, and joining each to its dossier to sort them costs what the index saved.
_POOL = bindparam("pool", type_=Integer)
POOL_PER_LIMIT = 20  # a document pool of 1 000 for 50 hits: the papers of one dossier share words


def _rank(tier: ColumnElement[int], part: ColumnElement[str]) -> ColumnElement[int]:
    """The tier (0 exact, 1 at the start, 2 inside) times 3, plus 0–2 for name / initials / pinyin."""
    return tier * 3 + case((part == "name", 0), (part == "initials", 1), else_=2)


# -- the statements, one per kind (and per index: 1–2 characters or more), built once --------------------------
# Each selects (dossier id, what matched, rank within the kind), best first. Built and compiled once per process:
# a search runs up to ten of them per keystroke, and building SQLAlchemy statements costs more than running them.


def _dossier_numbers(_short: bool) -> Select[Any]:
    # The dossier number, 档号 or 原编号 (issue 12) exactly: typed or scanned from a label or a spine.
    numbers = search_index.key_matches("dossier", prefix=False).subquery()
    return select(Dossier.id, Dossier.number, Dossier.file_number, Dossier.former_file_number).join(
        numbers, numbers.c.source_id == Dossier.id
    )


def _units(_short: bool) -> Select[Any]:
    # A unit number from its start, "801" finding 0801: every dossier that had the unit (a lease may take several).
    units = search_index.key_matches("unit", prefix=True).subquery()
    exact = units.c.key != bindparam("key")
    return (
        select(Dossier.id, Unit.number, case((exact, 1), else_=0))
        .select_from(units)
        .join(Unit, Unit.id == units.c.source_id)
        .join(TenancyUnit, TenancyUnit.unit_id == Unit.id)
        .join(Dossier, Dossier.tenancy_id == TenancyUnit.tenancy_id)
        .order_by(exact, _LIVE_LAST, Unit.number, Dossier.id.desc())
        .limit(_LIMIT)
    )


def _best_names(kind: str, short: bool) -> Subquery:
    """The matching names of ``kind``, each source once at its best rank."""
    matches = search_index.tiered_matches(kind, short=short, pool=_POOL)
    rank = func.min(_rank(matches.c.tier, matches.c.part))
    return (
        select(matches.c.source, matches.c.source_id, rank.label("rank"))
        .group_by(matches.c.source, matches.c.source_id)
        .subquery()
    )


def _customers(short: bool) -> Select[Any]:
    names = _best_names("customer", short)
    rank = names.c.rank
    return (
        select(Dossier.id, Customer.name, rank)
        .select_from(names)
        .join(Customer, Customer.id == names.c.source_id)
        .join(Tenancy, Tenancy.customer_id == Customer.id)
        .join(Dossier, Dossier.tenancy_id == Tenancy.id)
        .order_by(rank, _LIVE_LAST, Tenancy.move_in.desc())
        .limit(_LIMIT)
    )


def _former_names(short: bool) -> Select[Any]:
    former = _best_names("former_name", short)
    rank = former.c.rank
    return (
        select(Dossier.id, CustomerName.name, rank)
        .select_from(former)
        .join(CustomerName, CustomerName.id == former.c.source_id)
        .join(Tenancy, Tenancy.customer_id == CustomerName.customer_id)
        .join(Dossier, Dossier.tenancy_id == Tenancy.id)
        .order_by(rank, _LIVE_LAST, Tenancy.move_in.desc())
        .limit(_LIMIT)
    )


def _contacts(short: bool) -> Select[Any]:
    contacts = _best_names("contact", short)
    rank = contacts.c.rank
    return (
        select(Contact.dossier_id, Contact.name, rank)
        .select_from(contacts)
        .join(Contact, Contact.id == contacts.c.source_id)
        .join(Dossier, Dossier.id == Contact.dossier_id)
        .order_by(rank, _LIVE_LAST, Contact.dossier_id.desc())
        .limit(_LIMIT)
    )


def _phones(suffix: bool) -> Select[Any]:
    """Contacts' and customers' phones: by the last digits (an indexed prefix of the reversed digits, rank 0), or
    by the digits as typed: the whole number, its start, any run of 3 or more (ranks 1–3)."""
    if suffix:
        by_key = search_index.key_matches("phone", prefix=True).limit(_POOL).subquery()
        matches = select(by_key.c.source, by_key.c.source_id, literal(0, Integer).label("rank")).subquery()
    else:
        tiers = search_index.tiered_matches("phone", short=False, pool=_POOL)
        matches = select(tiers.c.source, tiers.c.source_id, (tiers.c.tier + 1).label("rank")).subquery()
    of_contacts = (
        select(
            Contact.dossier_id,
            Contact.name + " " + Contact.mobile + " " + Contact.phone,
            matches.c.rank,
            _LIVE_LAST.label("departed"),
        )
        .select_from(matches)
        .join(Contact, Contact.id == matches.c.source_id)
        .join(Dossier, Dossier.id == Contact.dossier_id)
        .where(matches.c.source == "contact")
    )
    of_customers = (
        select(Dossier.id, Customer.phone, matches.c.rank, _LIVE_LAST.label("departed"))
        .select_from(matches)
        .join(Customer, Customer.id == matches.c.source_id)
        .join(Tenancy, Tenancy.customer_id == Customer.id)
        .join(Dossier, Dossier.tenancy_id == Tenancy.id)
        .where(matches.c.source == "customer")
    )
    both = union_all(of_contacts, of_customers).subquery()
    columns = list(both.c)
    return select(*columns[:3]).order_by(columns[2], columns[3], columns[0].desc()).limit(_LIMIT)


def _documents(short: bool) -> Select[Any]:
    matches = search_index.tiered_matches("document", short=short, pool=_POOL)
    rank = func.min(matches.c.tier)
    documents = select(matches.c.source_id, matches.c.part, rank.label("rank")).group_by(matches.c.source_id).subquery()
    matched = func.min(case((documents.c.part == "ref", Document.reference_no), else_=Document.title))
    best = func.min(documents.c.rank)
    return (
        select(Document.dossier_id, matched, best)
        .select_from(documents)
        .join(Document, Document.id == documents.c.source_id)
        .join(Dossier, Dossier.id == Document.dossier_id)
        .group_by(Document.dossier_id)
        .order_by(best, func.min(_LIVE_LAST), func.max(Document.doc_date).desc())
        .limit(_LIMIT)
    )


_BUILDERS: dict[str, Callable[[bool], Select[Any]]] = {
    "dossier": _dossier_numbers,
    "unit": _units,
    "customer": _customers,
    "former_name": _former_names,
    "contact": _contacts,
    "phone": _phones,
    "document": _documents,
}


@functools.cache
def _compiled(name: str, flag: bool, dialect: Dialect) -> Compiled:
    return _BUILDERS[name](flag).compile(dialect=dialect)


def _run(work: Work, name: str, flag: bool, values: dict[str, object]) -> list[Row[Any]]:
    """One of the statements, compiled once, run on the unit of work's own connection and transaction."""
    connection = work.session.connection()
    compiled = _compiled(name, flag, connection.dialect)
    params = compiled.construct_params(values)
    raw = connection.connection.driver_connection
    assert raw is not None and compiled.positiontup is not None
    return raw.execute(compiled.string, [params[key] for key in compiled.positiontup]).fetchall()


def search(work: Work, text: str, limit: int = PER_KIND, cancelled: Cancelled = _never) -> list[SearchHit]:
    """The dossiers ``text`` finds, grouped by kind, best first (at most ``limit`` per kind).

    ``cancelled`` is asked between the kinds: a search the person has typed past stops early (returns []).
    """
    work.require_read()
    raw = (text or "").strip()
    query = search_index.normalise(raw)
    if not query:
        return []
    found: dict[int, _Found] = {}

    def collect(kind: MatchKind, name: str, flag: bool, query: str, key: str = "") -> None:
        if cancelled():
            return
        values = {
            **search_index.parameters(query, key),
            "q": query,
            "qlen": len(query),
            "limit": limit,
            "pool": 4 * limit,
        }
        for dossier_id, matched, rank in _run(work, name, flag, values):
            best = found.get(dossier_id)
            if best is None or (kind, rank) < (best.kind, best.rank):
                found[dossier_id] = _Found(kind, rank, matched)

    if cancelled():
        return []
    for dossier_id, *numbers in _run(work, "dossier", False, search_index.parameters(query, query)):
        matched = next((n for n in numbers if n and search_index.normalise(n) == query), numbers[0])
        found[dossier_id] = _Found(MatchKind.DOSSIER_NUMBER, 0, matched)
    collect(MatchKind.UNIT, "unit", False, query, search_index.unit_key(query))
    short = len(query) < 3
    spelled = search_index.pinyin_query(query)
    for variant in (query, spelled) if spelled else (query,):
        short = len(variant) < 3
        collect(MatchKind.CUSTOMER, "customer", short, variant)
        collect(MatchKind.FORMER_NAME, "former_name", short, variant)
        collect(MatchKind.CONTACT, "contact", short, variant)
    digits = _digits(raw)
    if len(digits) >= 3:
        collect(MatchKind.PHONE, "phone", True, digits, digits[::-1])
        collect(MatchKind.PHONE, "phone", False, digits)
    collect(MatchKind.DOCUMENT, "document", len(query) < 3, query)
    if not found or cancelled():
        return []
    return _hits(work, found)


def _hits(work: Work, found: dict[int, _Found]) -> list[SearchHit]:
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
            kind=found[dossier.id].kind,
            matched=found[dossier.id].matched,
        )
        for dossier, unit, floor, building, customer, move_in in rows
    ]
    hits.sort(key=lambda h: (h.kind, found[h.dossier_id].rank, h.status != "live", -h.move_in.toordinal(), h.unit))
    return hits
