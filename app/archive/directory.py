"""The in-file directory (卷内目录) of a dossier: its documents oldest first with 件号 and 页号, and what its cover
and reference sheet (备考表) print."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from app.archive.fonds import archive_settings
from app.archive.queries import chunks, dossier_query, units_text
from app.desk import Work
from app.dossier import page_range
from app.errors import NotFound
from app.text import QT_TRANSLATE_NOOP
from db.models import (
    ArchiveBox,
    CustomerName,
    Document,
    Dossier,
    User,
)


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
    file_number: str | None  # the 档号 once bound
    former_file_number: str | None  # 原编号: the number it had before the archive settings existed
    retention: str | None
    fonds_name: str  # 全宗名称: the organisation keeping the record (archive settings), not the building
    fonds_code: str  # 全宗号: the one it was bound under, else the current setting's
    catalogue_no: str  # 目录号
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


def file_title(customer: str, units: str, move_in: dt.date, move_out: dt.date | None) -> str:
    """案卷题名: who, where and when, as written on the box directory."""
    if move_out is None:
        return f"{customer}（{units}）{move_in.year}年至今客户档案"
    years = f"{move_in.year}—{move_out.year}" if move_out.year != move_in.year else f"{move_in.year}"
    return f"{customer}（{units}）{years}年客户档案"


# Oldest first as paper is bound; papers added after binding (numbered 补充) keep their numbers at the end.
_BINDING_ORDER = (Document.item_no.is_(None), Document.item_no, Document.doc_date, Document.recorded_at, Document.id)


def documents_in_binding_order(work: Work, dossier_id: int) -> list[Document]:
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
    settings = archive_settings(work)
    result: dict[int, InFileDirectory] = {}
    names = {user_id: name for user_id, name in work.session.execute(select(User.id, User.display_name))}
    for chunk in chunks(list(dossier_ids)):
        dossiers = work.session.scalars(dossier_query().where(Dossier.id.in_(chunk))).all()
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
                former_file_number=dossier.former_file_number,
                retention=dossier.retention,
                fonds_name=settings.fonds_name,
                fonds_code=dossier.fonds_code or settings.fonds_code,
                catalogue_no=settings.catalogue_no,
                building=floor.building.name,
                floor=floor.label,
                unit=dossier.unit.number,
                units=units_text(tenancy),
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
            item_no, first, last = len(listed) + 1, *page_range(page, row.pages)
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
