"""The annual archiving into file boxes (R7): one floor, one year and one retention period per box, filled
up to the box's capacity; the boxes, their contents and where they stand.

Re-running a year only boxes what is new; nothing already boxed moves."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, func, select, update

from app import jobs
from app.archive.binding import Candidate, bind_year, candidates, filing_order
from app.archive.destruction import destroyed_on
from app.archive.directory import file_title
from app.archive.fonds import archive_settings
from app.archive.queries import chunks, dossier_query, page_stats, units_text
from app.archive.retention import DEFAULT_RETENTION, RETENTION_NAMES
from app.desk import Work, expect_version
from app.errors import NotFound, ValidationError
from app.permissions import Action
from app.run_locks import Lock, run_alone
from app.text import QT_TRANSLATE_NOOP
from app.validation import FIRST_YEAR, LAST_YEAR, limited_text, whole_number
from db.models import (
    ArchiveBox,
    Building,
    Document,
    Dossier,
    Floor,
    User,
)

# File boxes (档案盒) come with 20, 30, 40 or 50 mm spines; about ten sheets of office paper make a millimetre.
SPINE_WIDTHS_MM = (20, 30, 40, 50)


PAGES_PER_MM = 10


DEFAULT_SPINE_MM = 30

# The wizard's spin box allows the same: no real box holds ten thousand pages.
MAX_CAPACITY_PAGES = 10_000
# A boxed dossier's location (and each of its documents' paper location) reads "box number · shelf" and must fit
# their 200-character columns with a box number of up to 40 characters.
MAX_SHELF_LENGTH = 150


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
    version: int  # as read: saving its shelf location refuses a box changed meanwhile
    fonds_name: str = ""  # 全宗名称 (archive settings): the organisation, not the building
    fonds_code: str = ""  # 全宗号 its dossiers were bound under (else the current setting's)
    catalogue_no: str = ""  # 目录号

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
    # issue 12: destruction — a destroyed dossier stays in its box's directory as a tombstone (R15).
    destroyed_at: dt.datetime | None = None


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


def check_options(options: BoxOptions) -> BoxOptions:
    """Refuse box settings no box has: an unknown spine, a capacity out of range, a shelf text too long to keep."""
    if options.spine_mm not in SPINE_WIDTHS_MM:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "A box spine is 20, 30, 40 or 50 mm wide, not {value} mm."),
            field="box.spine_mm",
            value=options.spine_mm,
        )
    if options.capacity_pages is not None:
        whole_number(options.capacity_pages, "box.capacity_pages", 1, MAX_CAPACITY_PAGES)
    limited_text(options.shelf_location, "box.shelf_location", MAX_SHELF_LENGTH)
    return options


def check_year(work: Work, year: int) -> int:
    """A year the archiving can run for: one that has come (tenancies ended in it), not before 1900."""
    whole_number(year, "archive.year", FIRST_YEAR, LAST_YEAR)
    if year > work.today.year:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{year} has not come yet: no tenancy can have ended in it."),
            field="archive.year",
            year=year,
        )
    return year


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
    check_options(options)
    pending = [c for c in candidates(work, year, building_id) if include_unbound or c.status == "bound"]
    pending.sort(key=lambda c: (c.file_number is None, c.file_number or "", filing_order(c)))
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
    run_alone(work, Lock.ARCHIVING)
    check_options(options)
    check_year(work, year)
    bound = bind_year(work, year, building_id, retention, include_incomplete=include_incomplete) if bind_unbound else ()
    plans = plan_boxes(work, year, options, building_id, include_unbound=False)
    created: list[ArchiveBox] = []
    for n, plan in enumerate(plans):
        jobs.step(n, len(plans))  # Cancel between two boxes rolls the whole archiving back (one unit of work)
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
            # "status" old → new: check compares the dossier's status with its history.
            details = {"box": plan.number, "position": position, "status": ["bound", "archived"]}
            work.log(dossier.id, "dossier", dossier.id, "archive", details)
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


# The QR code on a box's labels: the box number behind a prefix a scanner can type (a USB scanner types ASCII as
# keys) and that no dossier number or 档号 starts with, so the scan opens the box, never a dossier of like number.
BOX_CODE_PREFIX = "BOX:"


def box_code(number: str) -> str:
    """What a box label's QR code holds: ``BOX:`` and the box number."""
    return f"{BOX_CODE_PREFIX}{number}"


def is_box_code(text: str) -> bool:
    """Whether a scanned text is a box label's code (rather than a dossier number or 档号)."""
    return text.strip().upper().startswith(BOX_CODE_PREFIX)


def box_by_code(work: Work, code: str) -> BoxInfo:
    """The box a scanned label code (``BOX:2024-1F-01``) names: exactly that number, never a guess."""
    work.require_read()
    text = code.strip()
    number = text[len(BOX_CODE_PREFIX) :].strip() if is_box_code(text) else ""
    box_id = work.session.scalar(select(ArchiveBox.id).where(ArchiveBox.number == number).limit(1)) if number else None
    if box_id is None:
        message = QT_TRANSLATE_NOOP("app", "There is no archive box {number}.")
        raise NotFound(message, field="box", number=number or text)
    return box(work, box_id)


def _box_infos(work: Work, box_ids: Sequence[int]) -> list[BoxInfo]:
    if not box_ids:
        return []
    settings = archive_settings(work)
    result: list[BoxInfo] = []
    for chunk in chunks(list(box_ids)):
        rows = work.session.execute(
            select(ArchiveBox, Floor.label, Floor.level, Building.name, User.display_name)
            .join(Floor, ArchiveBox.floor_id == Floor.id)
            .join(Building, ArchiveBox.building_id == Building.id)
            .join(User, ArchiveBox.created_by == User.id)
            .where(ArchiveBox.id.in_(chunk))
        ).all()
        numbers: dict[int, list[str]] = defaultdict(list)
        fonds: dict[int, str] = {}
        for box_id, file_number, fonds_code in work.session.execute(
            select(Dossier.box_id, Dossier.file_number, Dossier.fonds_code)
            .where(Dossier.box_id.in_(chunk))
            .order_by(Dossier.box_id, Dossier.box_position)
        ):
            numbers[box_id].append(file_number or "")
            if fonds_code:
                fonds.setdefault(box_id, fonds_code)
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
                    version=b.version,
                    fonds_name=settings.fonds_name,
                    fonds_code=fonds.get(b.id, settings.fonds_code),
                    catalogue_no=settings.catalogue_no,
                )
            )
    return sorted(result, key=lambda b: (-b.year, b.building, b.floor_level, b.number))


def box_entries(work: Work, box_id: int) -> list[BoxEntry]:
    """The dossiers in a box, in their places: the rows of its box directory (案卷目录)."""
    work.require_read()
    dossiers = work.session.scalars(
        dossier_query().where(Dossier.box_id == box_id).order_by(Dossier.box_position)
    ).all()
    ids = [d.id for d in dossiers]
    stats = page_stats(work, ids)
    spans = dict.fromkeys(ids, (None, None))
    supplements: dict[int, int] = defaultdict(int)
    for chunk in chunks(ids):
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
    destroyed = destroyed_on(work, [d.id for d in dossiers if d.status == "destroyed"])
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
        units = units_text(tenancy)
        gone = destroyed.get(d.id)
        if gone is not None:  # a tombstone: 已销毁 with the day and the list (R15)
            notes.insert(0, f"已销毁（{gone[0].date().isoformat()}，销毁清册{gone[1]}）")
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
                destroyed_at=gone[0] if gone is not None else None,
            )
        )
    return entries


def set_shelf_location(work: Work, box_id: int, shelf_location: str, *, expected_version: int) -> BoxInfo:
    """Record where a box stands; its dossiers' paper location follows.

    ``expected_version`` is the ``BoxInfo.version`` the place was read with: a box moved meanwhile by
    someone else is refused, never put back where it stood before.
    """
    work.require(Action.ARCHIVE)
    found = work.session.get(ArchiveBox, box_id)
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no archive box with id {id}."), field="box", id=box_id)
    expect_version(
        found,
        expected_version,
        QT_TRANSLATE_NOOP(
            "app",
            "Box {number} was changed meanwhile by someone else; it has been reloaded — check it and save again.",
        ),
        number=found.number,
    )
    found.shelf_location = limited_text(shelf_location, "box.shelf_location", MAX_SHELF_LENGTH)
    work.touched.boxes.add(box_id)
    for dossier in work.session.scalars(select(Dossier).where(Dossier.box_id == box_id)):
        dossier.location = _box_place(found.number, found.shelf_location)
        _move_papers(work, dossier.id, dossier.location)
        work.touched.dossiers.add(dossier.id)
        work.log(dossier.id, "archive_box", box_id, "move", {"shelf_location": found.shelf_location})
    work.session.flush()
    return box(work, box_id)
