"""Searching inside archived dossiers (the archive browser's search): names, former names, units, file
numbers (档号 and 原编号), document titles and 文号, with where each box stands."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, func, or_, select

from app.archive.destruction import destroyed_on
from app.archive.queries import dossier_query, units_text
from app.customers import name_matches
from app.desk import Work
from db.models import (
    ArchiveBox,
    Customer,
    CustomerName,
    Document,
    Dossier,
    Tenancy,
    TenancyUnit,
    Unit,
)


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
    # issue 12: destruction — a destroyed dossier is still found, as a tombstone (R15): when, and by which list.
    destroyed_at: dt.datetime | None = None
    destruction_list: str = ""


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
        # 原编号: the number an old file had before it was given its 档号 (still on old lists and labels)
        base.add_columns(Dossier.former_file_number).where(
            Dossier.former_file_number.icontains(needle, autoescape=True)
        ),
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
    dossiers = work.session.scalars(dossier_query().where(Dossier.id.in_(ids))).all() if ids else []
    box_rows = {
        b.id: b for b in work.session.scalars(select(ArchiveBox).where(ArchiveBox.id.in_({d.box_id for d in dossiers})))
    }
    destroyed = destroyed_on(work, [d.id for d in dossiers if d.status == "destroyed"])
    hits = []
    for d in dossiers:
        b = box_rows[d.box_id]  # type: ignore[index]
        gone = destroyed.get(d.id)
        hits.append(
            ArchiveHit(
                dossier_id=d.id,
                file_number=d.file_number or "",
                customer=d.label_text,
                units=units_text(d.tenancy),
                floor=d.unit.floor.label,
                year=b.year,
                box_id=b.id,
                box_number=b.number,
                shelf_location=b.shelf_location,
                matched=matched[d.id],
                destroyed_at=gone[0] if gone is not None else None,
                destruction_list=gone[1] if gone is not None else "",
            )
        )
    return sorted(hits, key=lambda h: (-h.year, h.box_number, h.file_number))
