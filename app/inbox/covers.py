"""Scan cover sheets (扫描封面, issue 21): an A4 sheet that goes on top of a stack of papers at the copier.

Its large QR code holds exactly ``cover_payload(CoverCode(...))`` (app/inbox/codes.py), the one text the inbox reads
back; in words it shows the unit(s), the company, the dossier number, the category's Chinese name, the title and the
date (lines to write them on when they were not given), and how to use the sheet. Kinds: one dossier, a unit's
current dossier, every live dossier of a floor, or blank (no dossier: a stack of mixed papers of one category, the
dossier chosen at the desk). Without a category a dossier gets one sheet for each category a clerk files most
(``DEFAULT_CATEGORIES``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from app import jobs
from app.desk import Work
from app.dossier import BY_CODE
from app.errors import NotFound, ValidationError
from app.files import written_atomically
from app.inbox.codes import CoverCode, cover_payload
from app.permissions import Action
from app.text import QT_TRANSLATE_NOOP
from db.models import Building, Dossier, Floor, TenancyUnit, Unit

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

# The categories a clerk files most at the desk (R3): move-in papers, fit-out files, correspondence, and the
# application forms (门锁、电话、车位、水牌、加班 applications arrive as "other application forms" unless the clerk
# chooses the form's own category when printing).
DEFAULT_CATEGORIES = ("move_in", "fit_out", "correspondence", "form_other")
MAX_COPIES = 20
MAX_TITLE = 100  # as a document's title; percent-encoded Chinese still fits the QR code at its printed size
QR_SIDE_MM = 80.0  # at least 50 mm: read at 150 dpi, skewed and grey, by the inbox


@dataclass(frozen=True)
class CoverSheet:
    """One cover sheet: its code and what it says in words (empty words on a blank cover)."""

    code: CoverCode
    units: str = ""
    company: str = ""
    floor: str = ""
    building: str = ""

    @property
    def category_name(self) -> str:
        return BY_CODE[self.code.category].chinese


def _categories(category: str | None) -> tuple[str, ...]:
    if category is None or category == "":
        return DEFAULT_CATEGORIES
    if category not in BY_CODE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "There is no document category “{code}”."),
            field="document.category",
            code=category,
        )
    return (category,)


def _title(title: str) -> str:
    text = " ".join(title.split())
    if len(text) > MAX_TITLE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "A title on a cover sheet has at most %n character(s).", "", 1),
            field="document.title",
            n=MAX_TITLE,
        )
    return text


def cover_sheets(
    work: Work,
    *,
    dossier_id: int | None = None,
    floor_id: int | None = None,
    blank: bool = False,
    category: str | None = None,
    title: str = "",
    day: dt.date | None = None,
) -> list[CoverSheet]:
    """The sheets to print: one dossier's, every live dossier's on a floor, or blank ones; for ``category`` or, without
    it, for each of ``DEFAULT_CATEGORIES``. Exactly one of ``dossier_id``, ``floor_id`` and ``blank`` is given."""
    work.require(Action.PRINT_COVERS)
    if sum((dossier_id is not None, floor_id is not None, blank)) != 1:
        raise ValueError("one of dossier_id, floor_id and blank")
    codes = _categories(category)
    text = _title(title)
    if blank:
        return [CoverSheet(CoverCode(None, c, day, text)) for c in codes]
    query = (
        select(Dossier.id, Dossier.number, Dossier.tenancy_id, Dossier.label_text, Unit.number, Floor.label)
        .add_columns(Building.name)
        .join(Unit, Dossier.unit_id == Unit.id)
        .join(Floor, Unit.floor_id == Floor.id)
        .join(Building, Floor.building_id == Building.id)
    )
    if dossier_id is not None:
        query = query.where(Dossier.id == dossier_id)
    else:
        query = query.where(Unit.floor_id == floor_id, Dossier.status == "live").order_by(Unit.number)
    rows = work.session.execute(query).all()
    if not rows:
        if dossier_id is not None:
            raise NotFound(QT_TRANSLATE_NOOP("app", "There is no such dossier."), field="dossier")
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "No live dossier is filed on this floor: there are no cover sheets to print."),
            field="floor",
        )
    units = _unit_numbers(work, [r[2] for r in rows])
    return [
        CoverSheet(CoverCode(number, c, day, text), units.get(tenancy_id, unit), company, floor, building)
        for _id, number, tenancy_id, company, unit, floor, building in rows
        for c in codes
    ]


def _unit_numbers(work: Work, tenancy_ids: list[int]) -> dict[int, str]:
    """The units each tenancy occupies today (all it ever had, for a departed one), joined: "801、802"."""
    current: dict[int, list[str]] = {}
    ever: dict[int, list[str]] = {}
    rows = work.session.execute(
        select(TenancyUnit.tenancy_id, Unit.number, TenancyUnit.end_date)
        .join(Unit, TenancyUnit.unit_id == Unit.id)
        .where(TenancyUnit.tenancy_id.in_(tenancy_ids))
        .order_by(Unit.number)
    )
    for tenancy_id, number, end in rows:
        ever.setdefault(tenancy_id, []).append(number)
        if end is None or end > work.today:
            current.setdefault(tenancy_id, []).append(number)
    return {t: "、".join(dict.fromkeys(current.get(t) or numbers)) for t, numbers in ever.items()}


def print_covers(work: Work, sheets: Sequence[CoverSheet], target: Path, *, copies: int = 1) -> Path:
    """Write the cover sheets to ``target`` (A4, one sheet per page, each ``copies`` times), all or nothing."""
    work.require(Action.PRINT_COVERS)
    if not sheets:
        raise ValidationError(QT_TRANSLATE_NOOP("app", "There are no cover sheets to print."), field="covers.copies")
    if not 1 <= copies <= MAX_COPIES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Copies of each cover sheet: from 1 to {limit}."),
            field="covers.copies",
            limit=MAX_COPIES,
        )
    with written_atomically(target) as partial:
        _draw(partial, [s for s in sheets for _ in range(copies)])
    return target


def _draw(path: Path, sheets: Sequence[CoverSheet]) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    pdf = Canvas(str(path), pagesize=A4, invariant=True)
    pdf.setTitle("扫描封面")
    pdf.setCreator("Dossier Desk")
    for n, sheet in enumerate(sheets):
        jobs.step(n, len(sheets))
        _draw_sheet(pdf, sheet)
        pdf.showPage()
    jobs.checkpoint()  # the last chance before the file is written
    pdf.save()


def _draw_sheet(pdf: Canvas, sheet: CoverSheet) -> None:
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode import qr
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    from app.printing import cjk_font, wrapped

    font = cjk_font()
    page_w, page_h = A4
    left, right = 25 * mm, page_w - 25 * mm
    code = sheet.code
    pdf.setFillGray(0)
    pdf.setFont(font, 30)
    pdf.drawCentredString(page_w / 2, page_h - 35 * mm, "扫描封面")
    pdf.setFont(font, 14)
    pdf.drawCentredString(page_w / 2, page_h - 46 * mm, "将此页放在文件最前面扫描")

    side = QR_SIDE_MM * mm
    widget = qr.QrCodeWidget(cover_payload(code), barLevel="M", barBorder=4)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(side, side, transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0])
    drawing.add(widget)
    qr_bottom = page_h - 55 * mm - side
    renderPDF.draw(drawing, pdf, (page_w - side) / 2, qr_bottom)

    lines: list[tuple[str, str]] = [("类　　别", sheet.category_name)]
    if code.dossier_number:
        units = sheet.units + (f"（{sheet.floor}）" if sheet.floor else "")
        lines += [("单　　元", units), ("公　　司", sheet.company), ("档案编号", code.dossier_number)]
    else:
        lines += [("档案编号", "（空白封面：归档时选择档案）")]
    lines += [("题　　名", code.title), ("日　　期", code.day.isoformat() if code.day else "")]
    y = qr_bottom - 14 * mm
    value_x = left + 30 * mm
    for caption, value in lines:
        size = 18.0 if caption == "类　　别" else 14.0
        pdf.setFont(font, 14)
        pdf.drawString(left, y, caption + "：")
        texts = wrapped(value, right - value_x, size).lines if value else [""]
        pdf.setFont(font, size)
        for i, text in enumerate(texts[:2]):
            pdf.drawString(value_x, y - i * size * 1.25, text)
        if caption in ("题　　名", "日　　期"):  # a line to write on when nothing was printed
            pdf.setLineWidth(0.6)
            pdf.line(value_x, y - 2 * mm, right, y - 2 * mm)
        y -= max(1, min(len(texts), 2)) * size * 1.25 + 6 * mm
    pdf.setFont(font, 10)
    pdf.setFillGray(0.35)
    pdf.drawCentredString(page_w / 2, 22 * mm, "本页不归档：收件箱按二维码把其后的文件归入上列档案和类别。")
    payload = cover_payload(code)
    if pdf.stringWidth(payload, font, 7) <= right - left:  # the code's text, for whoever must read it by eye
        pdf.setFont(font, 7)
        pdf.drawCentredString(page_w / 2, 14 * mm, payload)
    pdf.setFillGray(0)
