"""Binding departed dossiers (装订, R6) and the annual archiving into boxes by floor (R7).

Binding freezes a departed dossier as paper is bound: its documents oldest first, each with
its item number (件号) and page range (页号), and the dossier gets its file number (案卷号)
and retention period (保管期限). Once a year the supervisor puts the year's bound dossiers
into file boxes, one floor, one year and one retention period per box, filled up to the
box's capacity. Re-running a year only boxes what is new; nothing already boxed moves.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Integer, Select, and_, cast, extract, func, or_, select, update
from sqlalchemy.orm import selectinload

from app.customers.details import name_matches
from app.desk import Work
from app.errors import Conflict, NotFound, ValidationError
from app.permissions import Action
from app.text import QT_TRANSLATE_NOOP
from db.models import (
    ArchiveBox,
    Building,
    Customer,
    CustomerName,
    Document,
    Dossier,
    Floor,
    Tenancy,
    TenancyUnit,
    Unit,
    User,
)

# 保管期限 (DA/T 22): the code stored, the English name shown (context "retention"), the printed words.
RETENTION_NAMES = {
    "permanent": QT_TRANSLATE_NOOP("retention", "Permanent"),
    "30y": QT_TRANSLATE_NOOP("retention", "30 years"),
    "10y": QT_TRANSLATE_NOOP("retention", "10 years"),
}
RETENTION_PRINTED = {"permanent": "永久", "30y": "30年", "10y": "10年"}
DEFAULT_RETENTION = "30y"

# File boxes (档案盒) come with 20, 30, 40 or 50 mm spines; about ten sheets of office paper make a millimetre.
SPINE_WIDTHS_MM = (20, 30, 40, 50)
PAGES_PER_MM = 10
DEFAULT_SPINE_MM = 30

# What the wizard warns about before a tenancy can go into a box.
WARNING_NAMES = {
    "unbound": QT_TRANSLATE_NOOP("archive", "not bound yet"),
    "unpaged": QT_TRANSLATE_NOOP("archive", "documents without a page count"),
    "empty": QT_TRANSLATE_NOOP("archive", "no documents"),
}

_ARCHIVABLE = ("departed", "bound")


@dataclass(frozen=True)
class YearSummary:
    """A year in which tenancies ended, and how far its archiving has come."""

    year: int
    ended: int
    departed: int  # not bound yet
    bound: int  # bound, not boxed yet
    archived: int


@dataclass(frozen=True)
class Candidate:
    """A tenancy that ended in the year being archived and is not in a box yet."""

    dossier_id: int
    dossier_number: str
    building_id: int
    building: str
    floor_id: int
    floor: str
    floor_level: int
    unit: str
    units: str  # every unit of the tenancy, e.g. "1201、1202"
    customer: str
    move_in: dt.date
    move_out: dt.date
    status: str  # departed or bound
    file_number: str | None
    retention: str  # the dossier's, or the default it will be bound with
    documents: int
    pages: int
    unpaged: int  # documents with no page count recorded
    warnings: tuple[str, ...]  # codes of WARNING_NAMES

    @property
    def incomplete(self) -> bool:
        """Binding it now would freeze blank page numbers or an empty file: "bind all" leaves it out."""
        return self.unpaged > 0 or self.documents == 0


@dataclass(frozen=True)
class BoxOptions:
    spine_mm: int = DEFAULT_SPINE_MM
    capacity_pages: int | None = None  # None: what the spine holds (spine_mm × PAGES_PER_MM)
    shelf_location: str = ""

    @property
    def capacity(self) -> int:
        return self.capacity_pages if self.capacity_pages is not None else self.spine_mm * PAGES_PER_MM


@dataclass(frozen=True)
class BoxPlan:
    """A box as the archiving would fill it (the wizard's preview, and what ``archive_year`` creates)."""

    number: str
    building_id: int
    building: str
    floor_id: int
    floor: str
    floor_level: int
    year: int
    sequence: int
    retention: str
    spine_mm: int
    capacity_pages: int
    dossiers: tuple[Candidate, ...]

    @property
    def pages(self) -> int:
        return sum(c.pages for c in self.dossiers)

    @property
    def documents(self) -> int:
        return sum(c.documents for c in self.dossiers)

    @property
    def over_capacity(self) -> bool:
        """One dossier thicker than a box gets a box of its own; the wizard says so."""
        return self.pages > self.capacity_pages


@dataclass(frozen=True)
class BoxInfo:
    id: int
    number: str
    building_id: int
    building: str
    floor_id: int
    floor: str
    floor_level: int
    year: int
    retention: str
    spine_mm: int
    capacity_pages: int
    shelf_location: str
    created_at: dt.datetime
    created_by: str
    documents: int
    pages: int
    file_numbers: tuple[str, ...]  # in the box's order; not always consecutive (one bound early)

    @property
    def dossiers(self) -> int:
        return len(self.file_numbers)

    @property
    def first_file_number(self) -> str:
        return min(self.file_numbers, key=_file_number_order, default="")

    @property
    def last_file_number(self) -> str:
        return max(self.file_numbers, key=_file_number_order, default="")

    @property
    def over_capacity(self) -> bool:
        return self.pages > self.capacity_pages

    @property
    def file_range(self) -> str:
        """起止案卷号 as printed: "first 至 last" when the numbers run on, else every number."""
        numbers = sorted(self.file_numbers, key=_file_number_order)  # "2025-10000" after "2025-9999"
        if len(numbers) <= 1:
            return numbers[0] if numbers else ""
        if _consecutive(numbers):
            return f"{numbers[0]} 至 {numbers[-1]}"
        return "、".join(numbers)


def _file_number_order(number: str) -> tuple[str, int, str]:
    year, _, serial = number.rpartition("-")
    return (year, int(serial), number) if serial.isdigit() else (number, 0, number)


def _consecutive(numbers: Sequence[str]) -> bool:
    """Whether file numbers like 2025-0007, 2025-0008 … run on without a gap within one year."""
    try:
        parts = [n.rsplit("-", 1) for n in numbers]
        serials = [int(serial) for _year, serial in parts]
    except ValueError:
        return False
    return len({year for year, _ in parts}) == 1 and serials == list(range(serials[0], serials[0] + len(serials)))


@dataclass(frozen=True)
class BoxEntry:
    """One bound dossier in a box: a row of the box directory (案卷目录)."""

    dossier_id: int
    position: int
    file_number: str
    title: str  # 案卷题名: company name, units and years
    customer: str
    units: str
    floor: str
    start_date: dt.date
    end_date: dt.date
    documents: int
    pages: int
    retention: str
    notes: str


@dataclass(frozen=True)
class ArchiveResult:
    year: int
    bound: tuple[str, ...]  # file numbers given by this run's binding
    boxes: tuple[BoxInfo, ...]  # boxes this run created
    archived: int  # dossiers put into boxes by this run
    unbound: tuple[Candidate, ...]  # departed dossiers of the year left unboxed as not bound, with their warnings

    @property
    def left_unbound(self) -> int:
        return len(self.unbound)


@dataclass(frozen=True)
class DirectoryItem:
    """One document of a dossier as listed in its in-file directory (卷内目录)."""

    document_id: int
    item_no: int
    reference_no: str
    issuer: str
    title: str
    date: dt.date
    pages: int
    page_from: int | None
    page_to: int | None
    category: str
    is_original: bool
    supplement: bool
    notes: str


@dataclass(frozen=True)
class InFileDirectory:
    """What the in-file directory (卷内目录), cover and reference sheet (备考表) of one dossier print."""

    dossier_id: int
    dossier_number: str
    status: str
    file_number: str | None
    retention: str | None
    building: str
    floor: str
    unit: str
    units: str
    customer: str
    former_names: tuple[str, ...]
    move_in: dt.date
    move_out: dt.date | None
    moved_out_units: tuple[tuple[str, dt.date], ...]  # units given back, with the day
    bound_at: dt.datetime | None
    bound_by: str
    box_number: str | None
    box_created_by: str
    items: tuple[DirectoryItem, ...]  # oldest first; frozen numbers once bound, provisional before

    @property
    def pages(self) -> int:
        return sum(i.pages for i in self.items)

    @property
    def title(self) -> str:
        return file_title(self.customer, self.units, self.move_in, self.move_out)

    @property
    def start_date(self) -> dt.date:
        return min((i.date for i in self.items), default=self.move_in)

    @property
    def end_date(self) -> dt.date:
        return max((i.date for i in self.items), default=self.move_out or self.move_in)


@dataclass(frozen=True)
class ArchiveHit:
    """A dossier found by the archive browser's search, with where its box stands."""

    dossier_id: int
    file_number: str
    customer: str
    units: str
    floor: str
    year: int
    box_id: int
    box_number: str
    shelf_location: str
    matched: str  # the text that matched: a name, a former name, a document title…


def file_title(customer: str, units: str, move_in: dt.date, move_out: dt.date | None) -> str:
    """案卷题名: who, where and when, as written on the box directory."""
    if move_out is None:
        return f"{customer}（{units}）{move_in.year}年至今客户档案"
    years = f"{move_in.year}—{move_out.year}" if move_out.year != move_in.year else f"{move_in.year}"
    return f"{customer}（{units}）{years}年客户档案"


# ---------------------------------------------------------------------------------------------
# Reading


def _units_text(tenancy: Tenancy) -> str:
    return "、".join(link.unit.number for link in tenancy.units)


def _dossier_query() -> Select[tuple[Dossier]]:
    return select(Dossier).options(
        selectinload(Dossier.tenancy).selectinload(Tenancy.units).selectinload(TenancyUnit.unit),
        selectinload(Dossier.tenancy).selectinload(Tenancy.customer),
        selectinload(Dossier.unit).selectinload(Unit.floor).selectinload(Floor.building),
    )


def _page_stats(work: Work, dossier_ids: Sequence[int]) -> dict[int, tuple[int, int, int]]:
    """Per dossier: documents, pages, documents without a page count (trash left out)."""
    stats: dict[int, tuple[int, int, int]] = {}
    for chunk in _chunks(dossier_ids):
        rows = work.session.execute(
            select(
                Document.dossier_id,
                func.count(Document.id),
                func.coalesce(func.sum(Document.pages), 0),
                func.count(Document.id).filter(Document.pages == 0),
            )
            .where(Document.dossier_id.in_(chunk), Document.trashed_at.is_(None))
            .group_by(Document.dossier_id)
        )
        for dossier_id, count, pages, unpaged in rows:
            stats[dossier_id] = (count, int(pages), unpaged)
    return stats


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _year_filter(year: int, building_id: int | None) -> list[object]:
    conditions: list[object] = [Tenancy.move_out.is_not(None), extract("year", Tenancy.move_out) == year]
    if building_id is not None:
        conditions.append(Floor.building_id == building_id)
    return conditions


def archive_years(work: Work, building_id: int | None = None) -> list[YearSummary]:
    """Every year in which tenancies ended, newest first, with how many are departed, bound, archived."""
    work.require_read()
    year = extract("year", Tenancy.move_out)
    statement = (
        select(year, Dossier.status, func.count(Dossier.id))
        .join(Tenancy, Dossier.tenancy_id == Tenancy.id)
        .join(Unit, Dossier.unit_id == Unit.id)
        .join(Floor, Unit.floor_id == Floor.id)
        .where(Tenancy.move_out.is_not(None))
        .group_by(year, Dossier.status)
    )
    if building_id is not None:
        statement = statement.where(Floor.building_id == building_id)
    counts: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for y, status, n in work.session.execute(statement):
        counts[int(y)][status] += n
    return [
        YearSummary(
            year=y,
            ended=sum(c.values()),
            departed=c["departed"],
            bound=c["bound"],
            archived=c["archived"] + c["destroyed"],
        )
        for y, c in sorted(counts.items(), reverse=True)
    ]


def candidates(work: Work, year: int, building_id: int | None = None) -> list[Candidate]:
    """Tenancies that ended in ``year`` and are not archived yet, by building, floor and unit."""
    work.require_read()
    dossiers = work.session.scalars(
        _dossier_query()
        .join(Tenancy, Dossier.tenancy_id == Tenancy.id)
        .join(Unit, Dossier.unit_id == Unit.id)
        .join(Floor, Unit.floor_id == Floor.id)
        .where(Dossier.status.in_(_ARCHIVABLE), Dossier.box_id.is_(None), *_year_filter(year, building_id))
    ).all()
    stats = _page_stats(work, [d.id for d in dossiers])
    result = [_candidate(d, stats.get(d.id, (0, 0, 0))) for d in dossiers]
    return sorted(result, key=_filing_order)


def _filing_order(c: Candidate) -> tuple[object, ...]:
    return (c.building, c.floor_level, c.unit, c.move_out, c.dossier_number)


def _candidate(dossier: Dossier, stats: tuple[int, int, int]) -> Candidate:
    documents, pages, unpaged = stats
    tenancy = dossier.tenancy
    floor = dossier.unit.floor
    assert tenancy.move_out is not None
    warnings = []
    if dossier.status == "departed":
        warnings.append("unbound")
    if unpaged:
        warnings.append("unpaged")
    if not documents:
        warnings.append("empty")
    return Candidate(
        dossier_id=dossier.id,
        dossier_number=dossier.number,
        building_id=floor.building_id,
        building=floor.building.name,
        floor_id=floor.id,
        floor=floor.label,
        floor_level=floor.level,
        unit=dossier.unit.number,
        units=_units_text(tenancy),
        customer=dossier.label_text,  # the name the file bears: frozen once the tenant left
        move_in=tenancy.move_in,
        move_out=tenancy.move_out,
        status=dossier.status,
        file_number=dossier.file_number,
        retention=dossier.retention or DEFAULT_RETENTION,
        documents=documents,
        pages=pages,
        unpaged=unpaged,
        warnings=tuple(warnings),
    )


# Oldest first as paper is bound; papers added after binding (numbered 补充) keep their numbers at the end.
_BINDING_ORDER = (Document.item_no.is_(None), Document.item_no, Document.doc_date, Document.recorded_at, Document.id)


def _documents_in_binding_order(work: Work, dossier_id: int) -> list[Document]:
    """Oldest first, as paper is bound; documents added after binding (补充) after the rest."""
    return list(
        work.session.scalars(
            select(Document)
            .where(Document.dossier_id == dossier_id, Document.trashed_at.is_(None))
            .order_by(*_BINDING_ORDER)
        )
    )


def in_file_directory(work: Work, dossier_id: int) -> InFileDirectory:
    """The in-file directory of any dossier: frozen numbers once bound, provisional ones before."""
    found = in_file_directories(work, [dossier_id])
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no dossier with id {id}."), field="dossier", id=dossier_id)
    return found[0]


def in_file_directories(work: Work, dossier_ids: Sequence[int]) -> list[InFileDirectory]:
    """The in-file directories of many dossiers at once, in the order asked (a year's printout reads hundreds)."""
    work.require_read()
    result: dict[int, InFileDirectory] = {}
    names = {user_id: name for user_id, name in work.session.execute(select(User.id, User.display_name))}
    for chunk in _chunks(list(dossier_ids)):
        dossiers = work.session.scalars(_dossier_query().where(Dossier.id.in_(chunk))).all()
        items = _directory_items(work, chunk)
        customer_ids = {d.tenancy.customer_id for d in dossiers}
        former: dict[int, list[str]] = defaultdict(list)
        for customer_id, name in work.session.execute(
            select(CustomerName.customer_id, CustomerName.name)
            .where(CustomerName.customer_id.in_(customer_ids))
            .order_by(CustomerName.used_until, CustomerName.id)
        ):
            former[customer_id].append(name)
        box_ids = {d.box_id for d in dossiers if d.box_id is not None}
        boxes_by_id = {
            b.id: (b.number, b.created_by)
            for b in work.session.execute(
                select(ArchiveBox.id, ArchiveBox.number, ArchiveBox.created_by).where(ArchiveBox.id.in_(box_ids))
            )
        }
        for dossier in dossiers:
            tenancy = dossier.tenancy
            floor = dossier.unit.floor
            box_number, box_creator = boxes_by_id.get(dossier.box_id or 0, (None, None))
            result[dossier.id] = InFileDirectory(
                dossier_id=dossier.id,
                dossier_number=dossier.number,
                status=dossier.status,
                file_number=dossier.file_number,
                retention=dossier.retention,
                building=floor.building.name,
                floor=floor.label,
                unit=dossier.unit.number,
                units=_units_text(tenancy),
                customer=dossier.label_text,
                former_names=tuple(former[tenancy.customer_id]),
                move_in=tenancy.move_in,
                move_out=tenancy.move_out,
                moved_out_units=tuple(
                    (link.unit.number, link.end_date) for link in tenancy.units if link.end_date is not None
                ),
                bound_at=dossier.bound_at,
                bound_by=names.get(dossier.bound_by or 0, ""),
                box_number=box_number,
                box_created_by=names.get(box_creator or 0, ""),
                items=tuple(items[dossier.id]),
            )
    return [result[i] for i in dossier_ids if i in result]


def _directory_items(work: Work, dossier_ids: Sequence[int]) -> dict[int, list[DirectoryItem]]:
    """Each dossier's documents in binding order, numbered: frozen numbers if bound, as binding would if not."""
    rows = work.session.execute(
        select(
            Document.dossier_id,
            Document.id,
            Document.item_no,
            Document.page_from,
            Document.page_to,
            Document.reference_no,
            Document.issuer,
            Document.title,
            Document.doc_date,
            Document.pages,
            Document.category,
            Document.is_original,
            Document.supplement,
            Document.notes,
        )
        .where(Document.dossier_id.in_(dossier_ids), Document.trashed_at.is_(None))
        .order_by(Document.dossier_id, *_BINDING_ORDER)
    )
    items: dict[int, list[DirectoryItem]] = defaultdict(list)
    last_page: dict[int, int] = defaultdict(int)
    for row in rows:
        listed = items[row.dossier_id]
        page = last_page[row.dossier_id]
        if row.item_no is not None:
            item_no, first, last = row.item_no, row.page_from, row.page_to
        else:  # not bound: number it as binding would
            item_no, first, last = len(listed) + 1, *_range(page, row.pages)
        last_page[row.dossier_id] = max(page, last or page)
        listed.append(
            DirectoryItem(
                document_id=row.id,
                item_no=item_no,
                reference_no=row.reference_no,
                issuer=row.issuer,
                title=row.title,
                date=row.doc_date,
                pages=row.pages,
                page_from=first,
                page_to=last,
                category=row.category,
                is_original=row.is_original,
                supplement=row.supplement,
                notes=row.notes,
            )
        )
    return items


def _range(last_page: int, pages: int) -> tuple[int | None, int | None]:
    if pages <= 0:
        return None, None  # no page count: no page numbers; the directory and the wizard say so
    return last_page + 1, last_page + pages


def number_late_paper(work: Work, doc: Document) -> None:
    """A paper added to a bound dossier follows the bound items: the next item and page numbers, marked 补充."""
    last_item, last_page = work.session.execute(
        select(func.max(Document.item_no), func.max(Document.page_to)).where(
            Document.dossier_id == doc.dossier_id, Document.trashed_at.is_(None)
        )
    ).one()
    doc.item_no = (last_item or 0) + 1
    doc.supplement = True
    doc.page_from, doc.page_to = _range(last_page or 0, doc.pages)


# ---------------------------------------------------------------------------------------------
# Binding


def bind_dossier(
    work: Work, dossier_id: int, retention: str = DEFAULT_RETENTION, *, allow_incomplete: bool = False
) -> str:
    """Bind a departed dossier (R6): freeze its documents oldest first and give it its file number.

    Binding is for good: a document without a page count would keep a blank 页号, and an empty
    dossier would take a file number for nothing. So both are refused unless ``allow_incomplete``
    (the supervisor has looked and binds it as it is).
    """
    actor = work.require(Action.BIND_DOSSIER)
    if retention not in RETENTION_NAMES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Unknown retention period {retention}."), field="retention", retention=retention
        )
    dossier = work.session.get(Dossier, dossier_id)
    if dossier is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no dossier with id {id}."), field="dossier", id=dossier_id)
    if dossier.status == "live":
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "Dossier {number} is still live: only a departed tenant's dossier is bound."),
            field="dossier",
            number=dossier.number,
        )
    if dossier.status != "departed":
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "Dossier {number} is already bound (file number {file_number})."),
            field="dossier",
            number=dossier.number,
            file_number=dossier.file_number or "—",
        )
    move_out = dossier.tenancy.move_out
    assert move_out is not None  # a departed dossier's tenancy has ended
    page = 0
    documents = _documents_in_binding_order(work, dossier_id)
    if not allow_incomplete:
        _refuse_incomplete(dossier, documents)
    for n, doc in enumerate(documents, start=1):
        doc.item_no = n
        doc.page_from, doc.page_to = _range(page, doc.pages)
        page += doc.pages
        work.touched.documents.add(doc.id)
    dossier.file_number = _next_file_number(work, move_out.year)
    dossier.retention = retention
    dossier.status = "bound"
    dossier.bound_at = work.now
    dossier.bound_by = actor.user_id
    work.session.flush()
    work.touched.dossiers.add(dossier.id)
    work.touched.units.add(dossier.unit_id)
    work.log(
        dossier.id,
        "dossier",
        dossier.id,
        "bind",
        {"file_number": dossier.file_number, "items": len(documents), "pages": page, "retention": retention},
    )
    return dossier.file_number


def _refuse_incomplete(dossier: Dossier, documents: Sequence[Document]) -> None:
    if not documents:
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "Dossier {number} has no documents: there is nothing to bind."),
            field="dossier",
            number=dossier.number,
        )
    unpaged = [d.title for d in documents if d.pages <= 0]
    if unpaged:
        shown = "、".join(unpaged[:5]) + ("…" if len(unpaged) > 5 else "")
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "app",
                "Dossier {number} has {count} documents without a page count ({titles}): "
                "record their pages before binding, or bind it as it is.",
            ),
            field="dossier",
            number=dossier.number,
            count=len(unpaged),
            titles=shown,
        )


def _next_file_number(work: Work, year: int) -> str:
    """案卷号: the year the tenancy ended and a running number, e.g. 2025-0007."""
    prefix = f"{year}-"
    # Compared as numbers, not text: "2025-10000" comes after "2025-9999".
    serial = cast(func.substr(Dossier.file_number, len(prefix) + 1), Integer)
    last = work.session.scalar(select(func.max(serial)).where(Dossier.file_number.like(f"{prefix}%")))
    return f"{prefix}{(last or 0) + 1:04d}"


def bind_year(
    work: Work,
    year: int,
    building_id: int | None = None,
    retention: str = DEFAULT_RETENTION,
    *,
    include_incomplete: bool = False,
) -> tuple[str, ...]:
    """The wizard's "bind all": bind the year's departed dossiers, by floor and unit, so numbers run in order.

    Dossiers with documents lacking a page count, or with none, are left for the supervisor to
    look at (``incomplete``) unless ``include_incomplete``.
    """
    work.require(Action.BIND_DOSSIER)
    return tuple(
        bind_dossier(work, c.dossier_id, retention, allow_incomplete=include_incomplete)
        for c in candidates(work, year, building_id)
        if c.status == "departed" and (include_incomplete or not c.incomplete)
    )


# ---------------------------------------------------------------------------------------------
# Boxing


def _check_options(options: BoxOptions) -> None:
    if options.spine_mm not in SPINE_WIDTHS_MM:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "A box spine is 20, 30, 40 or 50 mm wide, not {value} mm."),
            field="box.spine_mm",
            value=options.spine_mm,
        )
    if options.capacity <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be more than 0."),
            field="box.capacity_pages",
        )


def plan_boxes(
    work: Work,
    year: int,
    options: BoxOptions = BoxOptions(),
    building_id: int | None = None,
    include_unbound: bool = True,
) -> list[BoxPlan]:
    """How the year's dossiers would go into boxes: by floor, never mixing retention periods, up to capacity.

    With ``include_unbound`` the departed dossiers not bound yet are planned as if bound now
    (the wizard's preview before "bind all"); otherwise only bound ones are boxed.
    """
    work.require_read()
    _check_options(options)
    pending = [c for c in candidates(work, year, building_id) if include_unbound or c.status == "bound"]
    pending.sort(key=lambda c: (c.file_number is None, c.file_number or "", _filing_order(c)))
    groups: dict[tuple[int, int, str], list[Candidate]] = defaultdict(list)
    for c in pending:
        groups[(c.building_id, c.floor_id, c.retention)].append(c)
    next_sequence: dict[tuple[int, int], int] = {}
    plans: list[BoxPlan] = []
    retention_order = list(RETENTION_NAMES)
    for (building_id_, floor_id, retention), dossiers in sorted(
        groups.items(),
        key=lambda item: (
            item[1][0].building,
            item[1][0].floor_level,
            retention_order.index(item[0][2]),
        ),
    ):
        key = (building_id_, floor_id)
        if key not in next_sequence:
            last = work.session.scalar(
                select(func.max(ArchiveBox.sequence)).where(
                    ArchiveBox.building_id == building_id_, ArchiveBox.floor_id == floor_id, ArchiveBox.year == year
                )
            )
            next_sequence[key] = (last or 0) + 1
        for chunk in _fill(dossiers, options.capacity):
            sequence = next_sequence[key]
            next_sequence[key] += 1
            first = chunk[0]
            plans.append(
                BoxPlan(
                    number=f"{year}-{first.floor}-{sequence:02d}",
                    building_id=building_id_,
                    building=first.building,
                    floor_id=floor_id,
                    floor=first.floor,
                    floor_level=first.floor_level,
                    year=year,
                    sequence=sequence,
                    retention=retention,
                    spine_mm=options.spine_mm,
                    capacity_pages=options.capacity,
                    dossiers=tuple(chunk),
                )
            )
    return plans


def _fill(dossiers: list[Candidate], capacity: int) -> list[list[Candidate]]:
    """Fill boxes in order; a dossier never splits, so one thicker than a box gets a box of its own."""
    boxes: list[list[Candidate]] = []
    current: list[Candidate] = []
    used = 0
    for c in dossiers:
        if current and used + c.pages > capacity:
            boxes.append(current)
            current, used = [], 0
        current.append(c)
        used += c.pages
    if current:
        boxes.append(current)
    return boxes


def archive_year(
    work: Work,
    year: int,
    options: BoxOptions = BoxOptions(),
    building_id: int | None = None,
    bind_unbound: bool = False,
    retention: str = DEFAULT_RETENTION,
    include_incomplete: bool = False,
) -> ArchiveResult:
    """Box the year's bound dossiers by floor (R7) in one transaction; with ``bind_unbound`` bind the rest first."""
    actor = work.require(Action.ARCHIVE)
    _check_options(options)
    if year > work.today.year:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{year} has not come yet: no tenancy can have ended in it."),
            field="archive.year",
            year=year,
        )
    bound = bind_year(work, year, building_id, retention, include_incomplete=include_incomplete) if bind_unbound else ()
    plans = plan_boxes(work, year, options, building_id, include_unbound=False)
    created: list[ArchiveBox] = []
    for plan in plans:
        box = ArchiveBox(
            building_id=plan.building_id,
            floor_id=plan.floor_id,
            year=year,
            retention=plan.retention,
            sequence=plan.sequence,
            number=plan.number,
            spine_mm=plan.spine_mm,
            capacity_pages=plan.capacity_pages,
            shelf_location=options.shelf_location.strip(),
            created_at=work.now,
            created_by=actor.user_id,
        )
        work.session.add(box)
        work.session.flush()
        work.touched.boxes.add(box.id)
        for position, c in enumerate(plan.dossiers, start=1):
            dossier = work.session.get(Dossier, c.dossier_id)
            assert dossier is not None and dossier.status == "bound"
            dossier.box_id = box.id
            dossier.box_position = position
            dossier.status = "archived"
            dossier.location = _box_place(plan.number, box.shelf_location)
            _move_papers(work, dossier.id, dossier.location)
            work.touched.dossiers.add(dossier.id)
            work.touched.units.add(dossier.unit_id)
            work.log(dossier.id, "dossier", dossier.id, "archive", {"box": plan.number, "position": position})
        created.append(box)
    work.session.flush()
    left = tuple(c for c in candidates(work, year, building_id) if c.status == "departed")
    return ArchiveResult(
        year=year,
        bound=bound,
        boxes=tuple(_box_infos(work, [b.id for b in created])),
        archived=sum(len(p.dossiers) for p in plans),
        unbound=left,
    )


def _move_papers(work: Work, dossier_id: int, place: str) -> None:
    """A boxed dossier's papers are bound in it: each document's paper location is now the box."""
    work.session.execute(
        update(Document)
        .where(Document.dossier_id == dossier_id, Document.trashed_at.is_(None))
        .values(paper_location=place)
        .execution_options(synchronize_session=False)
    )


def _box_place(number: str, shelf: str) -> str:
    return f"{number} · {shelf}" if shelf else number


def boxes(
    work: Work, year: int | None = None, building_id: int | None = None, floor_id: int | None = None
) -> list[BoxInfo]:
    """Archive boxes by year (newest first), building, floor and number."""
    work.require_read()
    statement = select(ArchiveBox.id)
    if year is not None:
        statement = statement.where(ArchiveBox.year == year)
    if building_id is not None:
        statement = statement.where(ArchiveBox.building_id == building_id)
    if floor_id is not None:
        statement = statement.where(ArchiveBox.floor_id == floor_id)
    return _box_infos(work, list(work.session.scalars(statement)))


def box(work: Work, box_id: int) -> BoxInfo:
    work.require_read()
    found = _box_infos(work, [box_id])
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no archive box with id {id}."), field="box", id=box_id)
    return found[0]


def _box_infos(work: Work, box_ids: Sequence[int]) -> list[BoxInfo]:
    if not box_ids:
        return []
    result: list[BoxInfo] = []
    for chunk in _chunks(list(box_ids)):
        rows = work.session.execute(
            select(ArchiveBox, Floor.label, Floor.level, Building.name, User.display_name)
            .join(Floor, ArchiveBox.floor_id == Floor.id)
            .join(Building, ArchiveBox.building_id == Building.id)
            .join(User, ArchiveBox.created_by == User.id)
            .where(ArchiveBox.id.in_(chunk))
        ).all()
        numbers: dict[int, list[str]] = defaultdict(list)
        for box_id, file_number in work.session.execute(
            select(Dossier.box_id, Dossier.file_number)
            .where(Dossier.box_id.in_(chunk))
            .order_by(Dossier.box_id, Dossier.box_position)
        ):
            numbers[box_id].append(file_number or "")
        papers = work.session.execute(
            select(Dossier.box_id, func.count(Document.id), func.coalesce(func.sum(Document.pages), 0))
            .join(Document, and_(Document.dossier_id == Dossier.id, Document.trashed_at.is_(None)))
            .where(Dossier.box_id.in_(chunk))
            .group_by(Dossier.box_id)
        ).all()
        paper_by_box = {row[0]: row[1:] for row in papers}
        for b, floor_label, level, building, creator in rows:
            documents, pages = paper_by_box.get(b.id, (0, 0))
            result.append(
                BoxInfo(
                    id=b.id,
                    number=b.number,
                    building_id=b.building_id,
                    building=building,
                    floor_id=b.floor_id,
                    floor=floor_label,
                    floor_level=level,
                    year=b.year,
                    retention=b.retention,
                    spine_mm=b.spine_mm,
                    capacity_pages=b.capacity_pages,
                    shelf_location=b.shelf_location,
                    created_at=b.created_at,
                    created_by=creator,
                    documents=documents,
                    pages=int(pages),
                    file_numbers=tuple(numbers.get(b.id, ())),
                )
            )
    return sorted(result, key=lambda b: (-b.year, b.building, b.floor_level, b.number))


def box_entries(work: Work, box_id: int) -> list[BoxEntry]:
    """The dossiers in a box, in their places: the rows of its box directory (案卷目录)."""
    work.require_read()
    dossiers = work.session.scalars(
        _dossier_query().where(Dossier.box_id == box_id).order_by(Dossier.box_position)
    ).all()
    ids = [d.id for d in dossiers]
    stats = _page_stats(work, ids)
    spans = dict.fromkeys(ids, (None, None))
    supplements: dict[int, int] = defaultdict(int)
    for chunk in _chunks(ids):
        for dossier_id, first, last, added in work.session.execute(
            select(
                Document.dossier_id,
                func.min(Document.doc_date),
                func.max(Document.doc_date),
                func.count(Document.id).filter(Document.supplement.is_(True)),
            )
            .where(Document.dossier_id.in_(chunk), Document.trashed_at.is_(None))
            .group_by(Document.dossier_id)
        ):
            spans[dossier_id] = (first, last)
            supplements[dossier_id] = added
    entries = []
    for d in dossiers:
        tenancy = d.tenancy
        documents, pages, unpaged = stats.get(d.id, (0, 0, 0))
        first, last = spans[d.id]
        notes = []
        if supplements[d.id]:
            notes.append(f"补充{supplements[d.id]}件")
        if unpaged:
            notes.append(f"{unpaged}件未计页数")
        units = _units_text(tenancy)
        entries.append(
            BoxEntry(
                dossier_id=d.id,
                position=d.box_position or 0,
                file_number=d.file_number or "",
                title=file_title(d.label_text, units, tenancy.move_in, tenancy.move_out),
                customer=d.label_text,
                units=units,
                floor=d.unit.floor.label,
                start_date=first or tenancy.move_in,
                end_date=last or tenancy.move_out or tenancy.move_in,
                documents=documents,
                pages=pages,
                retention=d.retention or DEFAULT_RETENTION,
                notes="；".join(notes),
            )
        )
    return entries


def set_shelf_location(work: Work, box_id: int, shelf_location: str) -> BoxInfo:
    """Record where a box stands; its dossiers' paper location follows."""
    work.require(Action.ARCHIVE)
    found = work.session.get(ArchiveBox, box_id)
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no archive box with id {id}."), field="box", id=box_id)
    found.shelf_location = shelf_location.strip()
    work.touched.boxes.add(box_id)
    for dossier in work.session.scalars(select(Dossier).where(Dossier.box_id == box_id)):
        dossier.location = _box_place(found.number, found.shelf_location)
        _move_papers(work, dossier.id, dossier.location)
        work.touched.dossiers.add(dossier.id)
        work.log(dossier.id, "archive_box", box_id, "move", {"shelf_location": found.shelf_location})
    work.session.flush()
    return box(work, box_id)


def search_archive(work: Work, text: str, year: int | None = None, limit: int = 200) -> list[ArchiveHit]:
    """Find archived dossiers by company name (also former names), unit, file number, document title or 文号."""
    work.require_read()
    needle = text.strip()
    if not needle:
        return []
    base = (
        select(Dossier.id)
        .join(Tenancy, Dossier.tenancy_id == Tenancy.id)
        .join(Customer, Tenancy.customer_id == Customer.id)
        .join(ArchiveBox, Dossier.box_id == ArchiveBox.id)
    )
    if year is not None:
        base = base.where(ArchiveBox.year == year)
    matched: dict[int, str] = {}
    probes: list[Select[tuple[int, str]]] = [  # best first: a dossier keeps the first thing it matched
        base.add_columns(Customer.name).where(name_matches(Customer.name, Customer.name_initials, needle)),
        base.add_columns(CustomerName.name)
        .join(CustomerName, CustomerName.customer_id == Customer.id)
        .where(name_matches(CustomerName.name, CustomerName.initials, needle)),
        base.add_columns(Dossier.file_number).where(Dossier.file_number.icontains(needle, autoescape=True)),
        base.add_columns(Unit.number)
        .join(TenancyUnit, TenancyUnit.tenancy_id == Tenancy.id)
        .join(Unit, TenancyUnit.unit_id == Unit.id)
        .where(Unit.number == needle),
        # one row a dossier, however many of its documents match, so the limit counts dossiers
        base.add_columns(func.min(Document.title))
        .join(Document, Document.dossier_id == Dossier.id)
        .where(
            Document.trashed_at.is_(None),
            or_(
                Document.title.icontains(needle, autoescape=True),
                Document.reference_no.icontains(needle, autoescape=True),
            ),
        )
        .group_by(Dossier.id),
    ]
    for statement in probes:
        for dossier_id, what in work.session.execute(statement.limit(limit)):
            matched.setdefault(dossier_id, what)
        if len(matched) >= limit:
            break
    ids = list(matched)[:limit]
    dossiers = work.session.scalars(_dossier_query().where(Dossier.id.in_(ids))).all() if ids else []
    box_rows = {
        b.id: b for b in work.session.scalars(select(ArchiveBox).where(ArchiveBox.id.in_({d.box_id for d in dossiers})))
    }
    hits = []
    for d in dossiers:
        b = box_rows[d.box_id]  # type: ignore[index]
        hits.append(
            ArchiveHit(
                dossier_id=d.id,
                file_number=d.file_number or "",
                customer=d.label_text,
                units=_units_text(d.tenancy),
                floor=d.unit.floor.label,
                year=b.year,
                box_id=b.id,
                box_number=b.number,
                shelf_location=b.shelf_location,
                matched=matched[d.id],
            )
        )
    return sorted(hits, key=lambda h: (-h.year, h.box_number, h.file_number))
