"""Binding departed dossiers (装订, R6): the years with tenancies to archive, the candidates of a year with
their warnings, and binding one dossier or a whole year.

Binding freezes a departed dossier as paper is bound: its documents oldest first, each with its item
number (件号) and page range (页号), and the dossier gets its 档号 — composed from the archive settings
(app/archive/fonds.py) and fixed for good — and its retention period (保管期限)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, extract, func, or_, select

from app import jobs
from app.archive.directory import documents_in_binding_order
from app.archive.fonds import (
    MAX_FILE_NUMBER,
    ArchiveSettings,
    archive_settings,
    compose_code,
    sequence_per_retention,
)
from app.archive.queries import dossier_query, page_stats, units_text
from app.archive.retention import DEFAULT_RETENTION, RETENTION_NAMES
from app.desk import Work
from app.dossier import page_range
from app.errors import Conflict, NotFound, ValidationError
from app.permissions import Action
from app.run_locks import Lock, number_in_turn
from app.text import QT_TRANSLATE_NOOP
from db.models import (
    Document,
    Dossier,
    Floor,
    Tenancy,
    Unit,
)

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
        dossier_query()
        .join(Tenancy, Dossier.tenancy_id == Tenancy.id)
        .join(Unit, Dossier.unit_id == Unit.id)
        .join(Floor, Unit.floor_id == Floor.id)
        .where(Dossier.status.in_(_ARCHIVABLE), Dossier.box_id.is_(None), *_year_filter(year, building_id))
    ).all()
    stats = page_stats(work, [d.id for d in dossiers])
    result = [_candidate(d, stats.get(d.id, (0, 0, 0))) for d in dossiers]
    return sorted(result, key=filing_order)


def filing_order(c: Candidate) -> tuple[object, ...]:
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
        units=units_text(tenancy),
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


def bind_dossier(
    work: Work, dossier_id: int, retention: str = DEFAULT_RETENTION, *, allow_incomplete: bool = False
) -> str:
    """Bind a departed dossier (R6): freeze its documents oldest first and give it its 档号 (returned).

    The 档号 is composed from the archive settings as they are now (their defaults until the manager has confirmed
    them) and kept with its parts (全宗号, year, 案卷号); it never changes afterwards (db/protection.py).

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
    documents = documents_in_binding_order(work, dossier_id)
    if not allow_incomplete:
        _refuse_incomplete(dossier, documents)
    for n, doc in enumerate(documents, start=1):
        doc.item_no = n
        doc.page_from, doc.page_to = page_range(page, doc.pages)
        page += doc.pages
        work.touched.documents.add(doc.id)
    settings = archive_settings(work)
    dossier.file_year = move_out.year
    dossier.file_serial, dossier.file_number = _next_code(work, settings, move_out.year, retention)
    dossier.fonds_code = settings.fonds_code
    dossier.retention = retention
    status_before = dossier.status
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
        {
            "file_number": dossier.file_number,
            "items": len(documents),
            "pages": page,
            "retention": retention,
            "status": [status_before, "bound"],  # check compares the status with its history
        },
    )
    return dossier.file_number


def code_to_give(work: Work, dossier_id: int, retention: str = DEFAULT_RETENTION) -> str:
    """The 档号 binding would give this dossier now (the binding dialog shows it): its bound 档号 once bound."""
    work.require_read()
    dossier = work.session.get(Dossier, dossier_id)
    if dossier is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no dossier with id {id}."), field="dossier", id=dossier_id)
    if dossier.file_number is not None:
        return dossier.file_number
    move_out = dossier.tenancy.move_out if dossier.tenancy is not None else None
    year = move_out.year if move_out is not None else work.today.year
    return _next_code(work, archive_settings(work), year, retention)[1]


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
                "Dossier {number} has %n document(s) without a page count ({titles}): "
                "record their pages before binding, or bind it as it is.",
                "",
                1,
            ),
            field="dossier",
            number=dossier.number,
            n=len(unpaged),
            titles=shown,
        )


def serial_scope(settings: ArchiveSettings, year: int, retention: str) -> list[ColumnElement[bool]]:
    """The dossiers whose 案卷号 the next one follows: the same 全宗 and year (and retention, when the pattern puts
    the retention before the year — ``sequence_per_retention``).

    Files bound before the archive settings existed (no 全宗号 yet) count in the current 全宗: the one-time step
    gives them their 档号 there, keeping their numbers, so a file bound meanwhile must not take one of them.
    """
    scope: list[ColumnElement[bool]] = [
        Dossier.file_year == year,
        or_(Dossier.fonds_code == settings.fonds_code, Dossier.fonds_code.is_(None)),
    ]
    if sequence_per_retention(settings.code_pattern):
        scope.append(Dossier.retention == retention)
    return scope


def _next_code(work: Work, settings: ArchiveSettings, year: int, retention: str) -> tuple[int, str]:
    """案卷号 and 档号 of the next file: the highest 案卷号 in its scope + 1.

    Two desks binding at once cannot take the same number: a writing unit of work holds the database's write lock
    from its start (on a server, the series' advisory lock), and ``file_number`` is unique. A 档号 already given
    under other settings (a pattern without the 全宗号, say) is stepped over rather than refused.
    """
    number_in_turn(work, Lock.FILE_NUMBERS)
    last = work.session.scalar(select(func.max(Dossier.file_serial)).where(*serial_scope(settings, year, retention)))
    serial = (last or 0) + 1
    code = compose_code(settings, year=year, retention=retention, serial=serial)
    while work.session.scalar(select(Dossier.id).where(Dossier.file_number == code).limit(1)) is not None:
        serial += 1
        code = compose_code(settings, year=year, retention=retention, serial=serial)
    if len(code) > MAX_FILE_NUMBER:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "app", "The archival code {code} is longer than {limit} characters: shorten the archive settings."
            ),
            field="setting.code_pattern",
            code=code,
            limit=MAX_FILE_NUMBER,
        )
    return serial, code


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
    chosen = [
        c
        for c in candidates(work, year, building_id)
        if c.status == "departed" and (include_incomplete or not c.incomplete)
    ]
    numbers: list[str] = []
    for n, c in enumerate(chosen):
        jobs.step(n, len(chosen))  # Cancel between two dossiers rolls the whole binding back (one unit of work)
        numbers.append(bind_dossier(work, c.dossier_id, retention, allow_incomplete=include_incomplete))
    return tuple(numbers)
