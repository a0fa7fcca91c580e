"""Quick find: from a few typed characters (or a scanned barcode) to the right dossier.

Kinds of match, best first: the dossier number, 档号 or 原编号 exactly (a barcode scan), a unit number (with or
without its leading zero), the customer's current name (or its full pinyin, or its pinyin initials), a former name
(R5), a contact's name, a phone number (its last digits, or any 3 or more of them), a document title or reference
number. Within a kind: an exact match, then a match at the start, then anywhere; a live dossier before a departed
one; the most recent first. A dossier is listed once, under its best kind; at most ``PER_KIND`` per kind.

Every kind is one query on the search index (db/search_index.py: trigram FTS for 3+ characters, a gram table for
1–2, keys for numbers), joined to the dossiers it names — no table is scanned, however many documents there are.
The statements are the same on SQLite and PostgreSQL but for the "contains" look-up (db/search_index.py) and how
the found dossiers' ids are handed in (``_ids_of``); each is compiled for the database it runs on.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from sqlalchemy import (
    JSON,
    BindParameter,
    ColumnElement,
    Compiled,
    Date,
    Dialect,
    Integer,
    Row,
    Select,
    String,
    Subquery,
    bindparam,
    case,
    cast,
    func,
    literal,
    literal_column,
    select,
    union_all,
)

from app.desk import Work
from db import search_index
from db.models import (
    DOSSIER_STATUSES,
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


@dataclass(frozen=True)
class Filters:
    """What the search page narrows a search to (quick find uses none)."""

    building_id: int | None = None
    floor_id: int | None = None
    statuses: tuple[str, ...] = ()  # dossier statuses; () = any
    category: str | None = None  # a document category code: only documents are searched
    date_from: dt.date | None = None  # documents dated from … to …: only documents are searched
    date_to: dt.date | None = None

    @property
    def documents_only(self) -> bool:
        return self.category is not None or self.date_from is not None or self.date_to is not None

    def shape(self) -> _Shape:
        return _Shape(
            self.building_id is not None,
            self.floor_id is not None,
            tuple(sorted(self.statuses)),
            self.category is not None,
            self.date_from is not None,
            self.date_to is not None,
        )

    def values(self) -> dict[str, object]:
        return {
            "building_id": self.building_id,
            "floor_id": self.floor_id,
            "category": self.category,
            # As SQLite holds dates (ISO text): the statements run on the driver, past SQLAlchemy's type processing.
            "date_from": self.date_from.isoformat() if self.date_from else None,
            "date_to": self.date_to.isoformat() if self.date_to else None,
        }


@dataclass(frozen=True)
class _Shape:
    """Which filters a statement has (part of its cache key; the values are bound when it runs)."""

    building: bool = False
    floor: bool = False
    statuses: tuple[str, ...] = ()
    category: bool = False
    date_from: bool = False
    date_to: bool = False


NO_FILTERS = Filters()
# The search page's and `find --status`'s choices: a departed dossier stays departed while it is bound, until boxed.
STATUS_GROUPS: dict[str, tuple[str, ...]] = {
    "live": ("live",),
    "departed": ("departed", "bound"),
    "archived": ("archived",),
}


def _never() -> bool:
    return False


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


_LIVE_LAST = Dossier.status != "live"
_LIMIT = bindparam("limit", type_=Integer)
# The best matches an entry list is cut to before it is joined to dossiers and sorted there: "有限公司" or "申请"
# matches thousands of records, and joining each to its dossier to sort them costs what the index saved.
_POOL = bindparam("pool", type_=Integer)
POOL_PER_LIMIT = 4  # 200 entries per tier for 50 hits: enough to fill a kind, few enough to sort at once


def _where(shape: _Shape) -> list[ColumnElement[bool]]:
    """The filters on the dossier a statement finds (``Dossier`` is in every statement)."""
    conditions: list[ColumnElement[bool]] = []
    if shape.building or shape.floor:
        units = select(Unit.id).join(Floor, Floor.id == Unit.floor_id)
        if shape.building:
            units = units.where(Floor.building_id == bindparam("building_id", type_=Integer))
        if shape.floor:
            units = units.where(Floor.id == bindparam("floor_id", type_=Integer))
        conditions.append(Dossier.unit_id.in_(units))
    if shape.statuses:
        # Written into the SQL (known codes only): an IN of bound values would be expanded at each run.
        unknown = set(shape.statuses) - set(DOSSIER_STATUSES)
        if unknown:
            raise ValueError(f"unknown dossier statuses {sorted(unknown)}")
        conditions.append(Dossier.status.in_([literal_column(f"'{status}'") for status in shape.statuses]))
    return conditions


def _document_where(shape: _Shape) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if shape.category:
        conditions.append(Document.category == bindparam("category", type_=String))
    if shape.date_from:
        conditions.append(Document.doc_date >= bindparam("date_from", type_=Date))
    if shape.date_to:
        conditions.append(Document.doc_date <= bindparam("date_to", type_=Date))
    return conditions


def _rank(tier: ColumnElement[int], part: ColumnElement[str]) -> ColumnElement[int]:
    """The tier (0 exact, 1 at the start, 2 inside) times 3, plus 0–2 for name / initials / pinyin."""
    names = {part: literal_column(str(code)) for part, code in search_index.PART_CODE.items()}
    return tier * 3 + case((part == names["name"], 0), (part == names["initials"], 1), else_=2)


# -- the statements, one per kind (and per index: 1–2 characters or more), built once --------------------------
# Each selects (dossier id, what matched, rank within the kind), best first. Built and compiled once per process:
# a search runs up to ten of them per keystroke, and building SQLAlchemy statements costs more than running them.


def _dossier_numbers(_short: bool, shape: _Shape, _dialect: str) -> Select[Any]:
    # The dossier number, 档号 or 原编号 (issue 12) exactly: typed or scanned from a label or a spine.
    numbers = search_index.key_matches("dossier", prefix=False).subquery()
    return (
        select(Dossier.id, Dossier.number, Dossier.file_number, Dossier.former_file_number)
        .join(numbers, numbers.c.source_id == Dossier.id)
        .where(*_where(shape))
    )


def _units(_short: bool, shape: _Shape, _dialect: str) -> Select[Any]:
    # A unit number from its start, "801" finding 0801: every dossier that had the unit (a lease may take several).
    units = search_index.key_matches("unit", prefix=True).subquery()
    exact = units.c.key != bindparam("key")
    return (
        select(Dossier.id, Unit.number, case((exact, 1), else_=0))
        .select_from(units)
        .join(Unit, Unit.id == units.c.source_id)
        .join(TenancyUnit, TenancyUnit.unit_id == Unit.id)
        .join(Dossier, Dossier.tenancy_id == TenancyUnit.tenancy_id)
        .where(*_where(shape))
        .order_by(exact, _LIVE_LAST, Unit.number, Dossier.id.desc())
        .limit(_LIMIT)
    )


def _best_names(kind: str, short: bool, dialect: str) -> Subquery:
    """The matching names of ``kind``, each source once at its best rank."""
    matches = search_index.tiered_matches(kind, short=short, pool=_POOL, dialect=dialect)
    rank = func.min(_rank(matches.c.tier, matches.c.part))
    return (
        select(matches.c.source, matches.c.source_id, rank.label("rank"))
        .group_by(matches.c.source, matches.c.source_id)
        .subquery()
    )


def _names_of_customers(
    kind: str, named: type[Customer] | type[CustomerName]
) -> Callable[[bool, _Shape, str], Select[Any]]:
    """Current names (``Customer``) or former names (``CustomerName``, R5): every dossier of the customer."""
    customer_id = Customer.id if named is Customer else CustomerName.customer_id

    def build(short: bool, shape: _Shape, dialect: str) -> Select[Any]:
        names = _best_names(kind, short, dialect)
        return (
            select(Dossier.id, named.name, names.c.rank)
            .select_from(names)
            .join(named, named.id == names.c.source_id)
            .join(Tenancy, Tenancy.customer_id == customer_id)
            .join(Dossier, Dossier.tenancy_id == Tenancy.id)
            .where(*_where(shape))
            .order_by(names.c.rank, _LIVE_LAST, Tenancy.move_in.desc())
            .limit(_LIMIT)
        )

    return build


def _contacts(short: bool, shape: _Shape, dialect: str) -> Select[Any]:
    contacts = _best_names("contact", short, dialect)
    rank = contacts.c.rank
    return (
        select(Contact.dossier_id, Contact.name, rank)
        .select_from(contacts)
        .join(Contact, Contact.id == contacts.c.source_id)
        .join(Dossier, Dossier.id == Contact.dossier_id)
        .where(*_where(shape))
        .order_by(rank, _LIVE_LAST, Contact.dossier_id.desc())
        .limit(_LIMIT)
    )


def _source(name: str) -> ColumnElement[int]:
    return literal_column(str(search_index.SOURCE_CODE[name]))


def _phones(suffix: bool, shape: _Shape, dialect: str) -> Select[Any]:
    """Contacts' and customers' phones: by the last digits (an indexed prefix of the reversed digits, rank 0), or
    by the digits as typed: the whole number, its start, any run of 3 or more (ranks 1–3)."""
    if suffix:
        by_key = search_index.key_matches("phone", prefix=True).limit(_POOL).subquery()
        matches = select(by_key.c.source, by_key.c.source_id, literal(0, Integer).label("rank")).subquery()
    else:
        tiers = search_index.tiered_matches("phone", short=False, pool=_POOL, dialect=dialect)
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
        .where(matches.c.source == _source("contact"), *_where(shape))
    )
    of_customers = (
        select(Dossier.id, Customer.phone, matches.c.rank, _LIVE_LAST.label("departed"))
        .select_from(matches)
        .join(Customer, Customer.id == matches.c.source_id)
        .join(Tenancy, Tenancy.customer_id == Customer.id)
        .join(Dossier, Dossier.tenancy_id == Tenancy.id)
        .where(matches.c.source == _source("customer"), *_where(shape))
    )
    both = union_all(of_contacts, of_customers).subquery()
    columns = list(both.c)
    return select(*columns[:3]).order_by(columns[2], columns[3], columns[0].desc()).limit(_LIMIT)


def _documents(short: bool, shape: _Shape, dialect: str) -> Select[Any]:
    matches = search_index.tiered_matches("document", short=short, pool=_POOL, dialect=dialect)
    # Each document at its best tier, and what matched there: the title before the reference number at one tier
    # (tier × 8 + part, a part code being below 8; no bare column beside min(), which only SQLite allows).
    eight = literal_column("8", Integer)
    best_of_document = func.min(matches.c.tier * eight + matches.c.part)
    documents = select(matches.c.source_id, best_of_document.label("best")).group_by(matches.c.source_id).subquery()
    rank = documents.c.best // eight  # integer division on both
    is_ref = documents.c.best % eight == literal_column(str(search_index.PART_CODE["ref"]))
    matched = func.min(case((is_ref, Document.reference_no), else_=Document.title))
    best = func.min(rank)
    return (
        select(Document.dossier_id, matched, best)
        .select_from(documents)
        .join(Document, Document.id == documents.c.source_id)
        .join(Dossier, Dossier.id == Document.dossier_id)
        .where(*_where(shape), *_document_where(shape))
        .group_by(Document.dossier_id)
        .order_by(best, func.min(case((_LIVE_LAST, 1), else_=0)), func.max(Document.doc_date).desc())
        .limit(_LIMIT)
    )


_BUILDERS: dict[str, Callable[[bool, _Shape, str], Select[Any]]] = {
    "dossier": _dossier_numbers,
    "unit": _units,
    "customer": _names_of_customers("customer", Customer),
    "former_name": _names_of_customers("former_name", CustomerName),
    "contact": _contacts,
    "phone": _phones,
    "document": _documents,
}


@functools.cache
def _compiled(name: str, flag: bool, shape: _Shape, dialect: Dialect) -> Compiled:
    return _BUILDERS[name](flag, shape, dialect.name).compile(dialect=dialect)


def _hits_statement(_flag: bool, _shape: _Shape, dialect: str) -> Select[Any]:
    # The dossiers found, by their ids handed in as one JSON array (:ids): one statement however many there are.
    return (
        select(
            Dossier.id,
            Dossier.number,
            Building.name,
            Floor.label,
            Unit.number,
            Customer.name,
            Dossier.status,
            Tenancy.move_in,
        )
        .join(Unit, Dossier.unit_id == Unit.id)
        .join(Floor, Unit.floor_id == Floor.id)
        .join(Building, Floor.building_id == Building.id)
        .join(Tenancy, Dossier.tenancy_id == Tenancy.id)
        .join(Customer, Tenancy.customer_id == Customer.id)
        .where(Dossier.id.in_(_ids_of(bindparam("ids", type_=String), dialect)))
    )


def _ids_of(array: BindParameter[str], dialect: str) -> Select[Any]:
    """The integers of a JSON array, as rows."""
    if dialect == "postgresql":
        values = func.json_array_elements_text(cast(array, JSON)).table_valued("value")
        return select(cast(values.c.value, Integer))
    return select(literal_column("value")).select_from(func.json_each(array))


_BUILDERS["hits"] = _hits_statement


@dataclass(frozen=True)
class _Step:
    """One statement of a search: which, on which index, with what values; ``kind`` None for dossier numbers."""

    kind: MatchKind | None
    name: str
    flag: bool
    values: dict[str, object]


def _plan(text: str, limit: int, filters: Filters, pool: int | None) -> list[_Step]:
    """The statements a search of ``text`` runs, in order."""
    raw = (text or "").strip()
    query = search_index.normalise(raw)
    if not query:
        return []
    bound = {**filters.values(), "limit": limit, "pool": pool or POOL_PER_LIMIT * limit}

    def step(kind: MatchKind | None, name: str, flag: bool, query: str, key: str = "") -> _Step:
        return _Step(kind, name, flag, {**search_index.parameters(query, key), **bound, "q": query})

    steps = []
    if not filters.documents_only:
        steps.append(step(None, "dossier", False, query, query))
        steps.append(step(MatchKind.UNIT, "unit", False, query, search_index.unit_key(query)))
        spelled = search_index.pinyin_query(query)
        for variant in (query, spelled) if spelled else (query,):
            short = len(variant) < 3
            steps.append(step(MatchKind.CUSTOMER, "customer", short, variant))
            steps.append(step(MatchKind.FORMER_NAME, "former_name", short, variant))
            steps.append(step(MatchKind.CONTACT, "contact", short, variant))
        digits = _digits(raw)
        if len(digits) >= 3:
            steps.append(step(MatchKind.PHONE, "phone", True, digits, digits[::-1]))
            steps.append(step(MatchKind.PHONE, "phone", False, digits))
    steps.append(step(MatchKind.DOCUMENT, "document", len(query) < 3, query))
    return steps


Parameters = list[object] | dict[str, object]  # by position (sqlite3's ?) or by name (psycopg's %(name)s)


def _sql(dialect: Dialect, name: str, flag: bool, shape: _Shape, values: dict[str, object]) -> tuple[str, Parameters]:
    compiled = _compiled(name, flag, shape, dialect)
    params = compiled.construct_params(values)
    if compiled.positiontup is None:
        return compiled.string, params
    return compiled.string, [params[key] for key in compiled.positiontup]


def _run(work: Work, name: str, flag: bool, values: dict[str, object], shape: _Shape) -> list[Row[Any]]:
    """One of the statements, compiled once, run on the unit of work's own connection and transaction."""
    connection = work.session.connection()
    raw = connection.connection.driver_connection
    assert raw is not None
    return raw.execute(*_sql(connection.dialect, name, flag, shape, values)).fetchall()


def search(
    work: Work,
    text: str,
    limit: int = PER_KIND,
    cancelled: Cancelled = _never,
    filters: Filters = NO_FILTERS,
    *,
    pool: int | None = None,
) -> list[SearchHit]:
    """The dossiers ``text`` finds, grouped by kind, best first (at most ``limit`` per kind).

    ``cancelled`` is asked between the kinds: a search the person has typed past stops early (returns []).
    ``pool`` is how many index entries per tier are looked at (default ``POOL_PER_LIMIT`` × ``limit``); the search
    page, whose filters may leave few of them, looks at more.
    """
    work.require_read()
    shape = filters.shape()
    found: dict[int, _Found] = {}
    query = search_index.normalise(text or "")
    for step in _plan(text, limit, filters, pool):
        if cancelled():
            return []
        rows = _run(work, step.name, step.flag, step.values, shape)
        if step.kind is None:  # a dossier number, 档号 or 原编号: which of them matched
            for dossier_id, *written in rows:
                matched = next((n for n in written if n and search_index.normalise(n) == query), written[0])
                found[dossier_id] = _Found(MatchKind.DOSSIER_NUMBER, 0, matched)
            continue
        for dossier_id, matched, rank in rows:
            best = found.get(dossier_id)
            if best is None or (step.kind, rank) < (best.kind, best.rank):
                found[dossier_id] = _Found(step.kind, rank, matched)
    if not found or cancelled():
        return []
    rows = _run(work, "hits", False, {"ids": json.dumps(list(found))}, _Shape())
    hits = [
        SearchHit(
            dossier_id=dossier_id,
            dossier_number=number,
            building=building,
            floor=floor,
            unit=unit,
            customer=customer,
            status=status,
            move_in=move_in if isinstance(move_in, dt.date) else dt.date.fromisoformat(move_in),
            kind=found[dossier_id].kind,
            matched=found[dossier_id].matched,
        )
        for dossier_id, number, building, floor, unit, customer, status, move_in in rows
    ]
    hits.sort(key=lambda h: (h.kind, found[h.dossier_id].rank, h.status != "live", -h.move_in.toordinal(), h.unit))
    return hits


def bare_statements(dialect: Dialect, text: str, limit: int = PER_KIND) -> list[tuple[str, Parameters]]:
    """The SQL a quick find of ``text`` runs, as (statement, parameters), without the hits statement (whose ids
    come from these): the benchmark's floor runs exactly these on a bare connection."""
    return [_sql(dialect, s.name, s.flag, _Shape(), s.values) for s in _plan(text, limit, NO_FILTERS, None)]


def bare_hits_statement(dialect: Dialect, dossier_ids: list[int]) -> tuple[str, Parameters]:
    """The statement reading the dossiers found (the last one a search runs)."""
    return _sql(dialect, "hits", False, _Shape(), {"ids": json.dumps(dossier_ids)})
