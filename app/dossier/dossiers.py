"""Reading a dossier: header, documents newest first (R4), contacts, history."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import selectinload

from app.customers import CustomerInfo, customer_info
from app.desk import READ_RECORDS, Work
from app.dossier.categories import CATEGORIES
from app.dossier.documents import DocumentRow, document_row
from app.errors import NotFound
from app.privacy import exported_phone, is_personal_id, mask_id_number, sees_id_numbers
from app.text import QT_TRANSLATE_NOOP
from db.models import (
    ArchiveBox,
    Attachment,
    Building,
    Change,
    Contact,
    Customer,
    Document,
    Dossier,
    Floor,
    Tenancy,
    TenancyUnit,
    Unit,
    User,
)

DOSSIER_STATUS_NAMES = {
    "live": QT_TRANSLATE_NOOP("status", "Live"),
    "departed": QT_TRANSLATE_NOOP("status", "Departed"),
    "bound": QT_TRANSLATE_NOOP("status", "Bound"),
    "archived": QT_TRANSLATE_NOOP("status", "Archived"),
    "destroyed": QT_TRANSLATE_NOOP("status", "Destroyed"),
}


@dataclass(frozen=True)
class ContactInfo:
    id: int
    name: str
    role: str
    phone: str
    mobile: str
    email: str
    is_emergency: bool
    notes: str
    version: int  # as read: saving the edited contact refuses one changed meanwhile


@dataclass(frozen=True)
class TenancyUnitInfo:
    unit_id: int
    number: str
    floor: str
    start_date: dt.date
    end_date: dt.date | None


@dataclass(frozen=True)
class DossierView:
    id: int
    number: str
    status: str
    label_text: str
    location: str
    building: str
    floor: str
    unit: str
    units: tuple[TenancyUnitInfo, ...]
    tenancy_id: int
    tenancy_version: int  # as read: a move-out or notice refuses a tenancy changed meanwhile
    move_in: dt.date
    move_out: dt.date | None
    fit_out_until: dt.date | None
    customer: CustomerInfo
    documents: tuple[DocumentRow, ...]
    contacts: tuple[ContactInfo, ...]
    file_number: str | None = None  # 案卷号, once bound (R6)
    retention: str | None = None  # 保管期限 code (app.archive.RETENTION_NAMES), once bound
    box_number: str | None = None  # the archive box it stands in, once archived (R7)


@dataclass(frozen=True)
class HistoryLine:
    at: dt.datetime
    user: str
    entity: str
    action: str
    details: dict[str, Any]


def contact_info(c: Contact) -> ContactInfo:
    return ContactInfo(c.id, c.name, c.role, c.phone, c.mobile, c.email, c.is_emergency, c.notes, c.version)


def _exported_contact(work: Work, contact: ContactInfo) -> ContactInfo:
    """``contact`` as it may leave the office with the acting user's export: mobiles masked unless allowed (R16)."""
    return replace(
        contact, phone=exported_phone(work.actor, contact.phone), mobile=exported_phone(work.actor, contact.mobile)
    )


def read_dossier(work: Work, dossier_id: int, *, export: bool = False, documents: bool = True) -> DossierView:
    """The dossier as the acting user may see it: a person's ID number masked unless the role sees them (R16).

    ``export`` is for what leaves the office (the command line's output, JSON): the contacts' and a person
    customer's mobiles are masked too unless the role may export them. In the window a clerk sees them (they
    call tenants and print the emergency-contact card).

    ``documents=False`` leaves the documents out (``documents`` is empty): a window reads them page by page.
    """
    work.require_read()
    dossier = work.session.scalar(
        select(Dossier)
        .where(Dossier.id == dossier_id)
        .options(
            selectinload(Dossier.tenancy)
            .selectinload(Tenancy.units)
            .selectinload(TenancyUnit.unit)
            .selectinload(Unit.floor),
            selectinload(Dossier.tenancy).selectinload(Tenancy.customer),
            selectinload(Dossier.contacts),
        )
    )
    if dossier is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no dossier with id {id}."), field="dossier", id=dossier_id)
    filed = work.session.execute(
        select(Unit.number, Floor.label, Building.name)
        .join(Floor, Unit.floor_id == Floor.id)
        .join(Building)
        .where(Unit.id == dossier.unit_id)
    ).one()
    tenancy = dossier.tenancy
    customer = customer_info(tenancy.customer, work.actor)
    contacts = tuple(contact_info(c) for c in dossier.contacts)
    if export:
        customer = replace(customer, phone=exported_phone(work.actor, customer.phone))
        contacts = tuple(_exported_contact(work, c) for c in contacts)
    return DossierView(
        id=dossier.id,
        number=dossier.number,
        status=dossier.status,
        label_text=dossier.label_text,
        location=dossier.location,
        building=filed.name,
        floor=filed.label,
        unit=filed.number,
        units=tuple(
            TenancyUnitInfo(link.unit_id, link.unit.number, link.unit.floor.label, link.start_date, link.end_date)
            for link in tenancy.units
        ),
        tenancy_id=tenancy.id,
        tenancy_version=tenancy.version,
        move_in=tenancy.move_in,
        move_out=tenancy.move_out,
        fit_out_until=tenancy.fit_out_until,
        customer=customer,
        documents=tuple(dossier_documents(work, dossier.id)) if documents else (),
        contacts=contacts,
        file_number=dossier.file_number,
        retention=dossier.retention,
        box_number=work.session.scalar(select(ArchiveBox.number).where(ArchiveBox.id == dossier.box_id))
        if dossier.box_id is not None
        else None,
    )


# The columns a dossier's document list may be sorted by (the window's column headers), as SQL.
DOCUMENT_SORTS = ("date", "category", "title", "reference", "issuer", "pages", "copy", "location", "scans", "item")


def _sort_column(sort: str) -> ColumnElement[Any]:
    if sort == "category":  # the regulation's order of categories, as the side list shows them
        return case({c.code: n for n, c in enumerate(CATEGORIES)}, value=Document.category, else_=len(CATEGORIES))
    if sort == "scans":
        return select(func.count(Attachment.id)).where(Attachment.document_id == Document.id).scalar_subquery()
    columns: dict[str, ColumnElement[Any]] = {
        "date": Document.doc_date,
        "title": Document.title,
        "reference": Document.reference_no,
        "issuer": Document.issuer,
        "pages": Document.pages,
        "copy": Document.is_original,
        "location": Document.paper_location,
        "item": Document.item_no,
    }
    return columns[sort]


def dossier_documents(
    work: Work,
    dossier_id: int,
    category: str | None = None,
    *,
    trashed: bool = False,
    sort: str = "date",
    descending: bool = True,
    offset: int = 0,
    limit: int | None = None,
) -> list[DocumentRow]:
    """The dossier's documents, newest first (R4); same-day documents newest recorded first.

    ``trashed`` lists the documents in the dossier's trash instead (to restore them). ``sort`` (one of
    ``DOCUMENT_SORTS``) orders them by another column when the clerk asks for it, ties newest first; ``offset`` and
    ``limit`` read one page of that order, so a window shows a long dossier without reading all of it.
    """
    work.require_read()
    if sort not in DOCUMENT_SORTS:
        raise ValueError(f"unknown sort {sort!r}")  # a programming error: the window offers only these
    in_trash = Document.trashed_at.is_not(None) if trashed else Document.trashed_at.is_(None)
    newest = (Document.doc_date.desc(), Document.id.desc())
    if sort == "date":
        order = newest if descending else (Document.doc_date.asc(), Document.id.asc())
    else:  # ties stay newest first (R4)
        key = _sort_column(sort)
        order = (key.desc() if descending else key.asc(), *newest)
    query = (
        select(Document, User.display_name)
        .join(User, Document.recorded_by == User.id)
        .where(Document.dossier_id == dossier_id, in_trash)
        .options(selectinload(Document.attachments))
        .order_by(*order)
        .offset(offset)
        .limit(limit)
    )
    if category is not None:
        query = query.where(Document.category == category)
    return [document_row(doc, name) for doc, name in work.session.execute(query)]


def find_dossier_for_unit(work: Work, unit_id: int, on: dt.date | None = None) -> int:
    """The dossier of the unit's tenancy on ``on`` (default today), else its most recent one."""
    work.require_read()
    day = on or work.today
    current_first = case(
        ((TenancyUnit.start_date <= day) & (TenancyUnit.end_date.is_(None) | (TenancyUnit.end_date > day)), 0),
        else_=1,
    )
    dossier_id = work.session.scalar(
        select(Dossier.id)
        .join(TenancyUnit, TenancyUnit.tenancy_id == Dossier.tenancy_id)
        .where(TenancyUnit.unit_id == unit_id)
        .order_by(current_first, TenancyUnit.start_date.desc())
        .limit(1)
    )
    if dossier_id is None:
        number = work.session.scalar(select(Unit.number).where(Unit.id == unit_id))
        raise NotFound(
            QT_TRANSLATE_NOOP("app", "Unit {unit} has no dossier: nobody has moved in yet."),
            field="unit",
            unit=number or unit_id,
        )
    return dossier_id


def find_dossier_by_number(work: Work, number: str) -> int:
    """A dossier by its dossier number (as on its label and barcode), its 档号 once bound, or the 原编号 it had before
    the archive settings gave it its 档号 (the old number stays on old labels and lists)."""
    work.require_read()
    text = number.strip()
    dossier_id = work.session.scalar(
        select(Dossier.id)
        .where((Dossier.number == text) | (Dossier.file_number == text) | (Dossier.former_file_number == text))
        .limit(1)
    )
    if dossier_id is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no dossier numbered {number}."), field="dossier", number=text)
    return dossier_id


def dossier_history(work: Work, dossier_id: int, *, offset: int = 0, limit: int | None = None) -> list[HistoryLine]:
    """Every recorded change to the dossier, newest first (views, prints and exports are in the audit log only).

    ``offset`` and ``limit`` read one page of it (a window shows a long history as it is scrolled).
    """
    work.require_read()
    rows = work.session.execute(
        select(Change, User.display_name)
        .outerjoin(User, Change.user_id == User.id)
        .where(Change.dossier_id == dossier_id, Change.action.not_in(READ_RECORDS))
        .order_by(Change.at.desc(), Change.id.desc())
        .offset(offset)
        .limit(limit)
    )
    lines = [HistoryLine(c.at, name or "", c.entity, c.action, json.loads(c.details)) for c, name in rows]
    if sees_id_numbers(work.actor):
        return lines
    # The log keeps a changed ID number in full (it is the evidence); shown to a role that may not see ID numbers,
    # old and new are masked like everywhere else (R16).
    kind = work.session.scalar(
        select(Customer.kind)
        .join(Tenancy, Tenancy.customer_id == Customer.id)
        .join(Dossier)
        .where(Dossier.id == dossier_id)
    )
    return [_id_code_masked(line, kind or "") for line in lines]


def dossier_history_count(work: Work, dossier_id: int) -> int:
    """How many lines ``dossier_history`` has (the pages a window will read)."""
    work.require_read()
    return (
        work.session.scalar(
            select(func.count(Change.id)).where(Change.dossier_id == dossier_id, Change.action.not_in(READ_RECORDS))
        )
        or 0
    )


def _id_code_masked(line: HistoryLine, kind: str) -> HistoryLine:
    changed = line.details.get("id_code") if line.entity == "customer" else None
    kinds = line.details.get("kind")
    personal = is_personal_id(kind) or (isinstance(kinds, list) and any(is_personal_id(str(k)) for k in kinds))
    if not isinstance(changed, list) or not personal:
        return line
    return replace(line, details={**line.details, "id_code": [mask_id_number(str(v or "")) for v in changed]})
