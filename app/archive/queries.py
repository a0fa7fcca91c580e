"""Reading bound and departed dossiers in bulk: the queries the binding, the boxes and the search share."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Select, func, select
from sqlalchemy.orm import selectinload

from app.desk import Work
from db.models import (
    Document,
    Dossier,
    Floor,
    Tenancy,
    TenancyUnit,
    Unit,
)


def units_text(tenancy: Tenancy) -> str:
    return "、".join(link.unit.number for link in tenancy.units)


def dossier_query() -> Select[tuple[Dossier]]:
    return select(Dossier).options(
        selectinload(Dossier.tenancy).selectinload(Tenancy.units).selectinload(TenancyUnit.unit),
        selectinload(Dossier.tenancy).selectinload(Tenancy.customer),
        selectinload(Dossier.unit).selectinload(Unit.floor).selectinload(Floor.building),
    )


def page_stats(work: Work, dossier_ids: Sequence[int]) -> dict[int, tuple[int, int, int]]:
    """Per dossier: documents, pages, documents without a page count (trash left out)."""
    stats: dict[int, tuple[int, int, int]] = {}
    for chunk in chunks(dossier_ids):
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


def chunks(ids: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]
