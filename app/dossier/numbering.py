"""Item and page numbers (件号, 页号) of a bound dossier, and a late paper numbered on after them."""

from __future__ import annotations

from sqlalchemy import func, select

from app.desk import Work
from db.models import (
    Document,
)


def page_range(last_page: int, pages: int) -> tuple[int | None, int | None]:
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
    doc.page_from, doc.page_to = page_range(last_page or 0, doc.pages)
