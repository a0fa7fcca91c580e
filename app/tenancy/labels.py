"""Dossier labels (标牌, R5): sheets of labels that always match the current tenant's name.

Each label shows the unit number, the company name (shrunk to fit, never cut), the floor
and a QR code or Code 128 barcode of the dossier number, so a scanner at the desk opens the
dossier. Every print is recorded; the label check lists live dossiers whose last printed
label differs from the current name (or that never had one).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

# Two constants from reportlab's small modules. The printing room (reportlab's PDF writer, fonts and barcodes, ~100
# ms) is imported in the functions that draw a sheet: the label check, and every start of the window, never load it.
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from sqlalchemy import Select, func, select

from app.desk import Work
from app.errors import ValidationError
from app.files import copy_file, written_atomically, written_on_commit
from app.permissions import Action
from app.text import QT_TRANSLATE_NOOP
from db.models import Building, Dossier, Floor, LabelPrint, Tenancy, TenancyUnit, Unit

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

CODES = ("qr", "barcode")


@dataclass(frozen=True)
class LabelLayout:
    """A sheet of pre-cut labels on A4; offsets calibrate a printer that feeds slightly off."""

    rows: int
    columns: int
    label_width_mm: float
    label_height_mm: float
    top_mm: float
    left_mm: float
    gap_x_mm: float = 0.0
    gap_y_mm: float = 0.0
    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0

    @property
    def per_sheet(self) -> int:
        return self.rows * self.columns


# Common A4 label sheets (Avery-compatible sizes sold in China as well).
LAYOUTS: dict[str, LabelLayout] = {
    "a4-3x8": LabelLayout(8, 3, 70.0, 37.0, 0.5, 0.0),
    "a4-2x7": LabelLayout(7, 2, 99.1, 38.1, 15.15, 4.65, gap_x_mm=2.5),
    "a4-2x5": LabelLayout(5, 2, 105.0, 57.0, 6.0, 0.0),
    "a4-1x4": LabelLayout(4, 1, 190.0, 67.7, 13.0, 10.0),
}
DEFAULT_LAYOUT = "a4-2x7"


@dataclass(frozen=True)
class LabelRow:
    dossier_id: int
    dossier_number: str
    building: str
    floor: str
    units: str
    label_text: str
    last_printed_text: str | None
    last_printed_at: dt.datetime | None

    @property
    def needs_print(self) -> bool:
        return self.last_printed_text != self.label_text


def check_layout(layout: LabelLayout) -> LabelLayout:
    """Refuse a layout whose labels would run off the A4 page."""
    page_w, page_h = A4[0] / mm, A4[1] / mm
    right = layout.left_mm + layout.offset_x_mm + layout.columns * layout.label_width_mm
    right += (layout.columns - 1) * layout.gap_x_mm
    bottom = layout.top_mm + layout.offset_y_mm + layout.rows * layout.label_height_mm
    bottom += (layout.rows - 1) * layout.gap_y_mm
    sizes_ok = min(layout.rows, layout.columns) >= 1 and min(layout.label_width_mm, layout.label_height_mm) >= 15
    if not sizes_ok or right > page_w + 0.01 or bottom > page_h + 0.01 or min(layout.left_mm, layout.top_mm) < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app", "{rows} × {columns} labels of {width} × {height} mm do not fit on an A4 page with these margins."
            ),
            field="labels.layout",
            rows=layout.rows,
            columns=layout.columns,
            width=layout.label_width_mm,
            height=layout.label_height_mm,
        )
    return layout


def _rows(work: Work, query: Select[tuple[int]]) -> list[LabelRow]:
    last = (
        select(LabelPrint.dossier_id, func.max(LabelPrint.id).label("last_id"))
        .group_by(LabelPrint.dossier_id)
        .subquery()
    )
    ids = list(work.session.scalars(query))
    if not ids:
        return []
    rows = work.session.execute(
        select(Dossier, Unit.number, Floor.label, Floor.level, Building.name, LabelPrint.text, LabelPrint.printed_at)
        .join(Unit, Dossier.unit_id == Unit.id)
        .join(Floor, Unit.floor_id == Floor.id)
        .join(Building, Floor.building_id == Building.id)
        .outerjoin(last, last.c.dossier_id == Dossier.id)
        .outerjoin(LabelPrint, LabelPrint.id == last.c.last_id)
        .where(Dossier.id.in_(ids))
        .order_by(Building.name, Floor.level, Unit.number)
    ).all()
    units = _unit_numbers(work, [r[0].tenancy_id for r in rows])
    return [
        LabelRow(
            dossier.id,
            dossier.number,
            building,
            floor,
            units.get(dossier.tenancy_id, number),
            dossier.label_text,
            text,
            printed_at,
        )
        for dossier, number, floor, _level, building, text, printed_at in rows
    ]


def _unit_numbers(work: Work, tenancy_ids: list[int]) -> dict[int, str]:
    """The units each tenancy still occupies, joined for the label (e.g. "801、802")."""
    found: dict[int, list[str]] = {}
    rows = work.session.execute(
        select(TenancyUnit.tenancy_id, Unit.number)
        .join(Unit, TenancyUnit.unit_id == Unit.id)
        .where(
            TenancyUnit.tenancy_id.in_(tenancy_ids),
            (TenancyUnit.end_date.is_(None)) | (TenancyUnit.end_date > work.today),
        )
        .order_by(Unit.number)
    )
    for tenancy_id, number in rows:
        found.setdefault(tenancy_id, []).append(number)
    return {t: "、".join(numbers) for t, numbers in found.items()}


def _live() -> Select[tuple[int]]:
    return select(Dossier.id).where(Dossier.status == "live")


def labels_for(
    work: Work,
    *,
    dossier_ids: Sequence[int] | None = None,
    floor_id: int | None = None,
    unit_id: int | None = None,
    to_reprint: bool = False,
) -> list[LabelRow]:
    """Live dossiers to label: chosen ones, a floor's, a unit's current one, or those to reprint."""
    work.require_read()
    query = _live()
    if dossier_ids is not None:
        query = query.where(Dossier.id.in_(list(dossier_ids)))
    if floor_id is not None:
        query = query.join(Unit, Dossier.unit_id == Unit.id).where(Unit.floor_id == floor_id)
    if unit_id is not None:
        occupying = select(TenancyUnit.tenancy_id).where(
            TenancyUnit.unit_id == unit_id,
            TenancyUnit.start_date <= work.today,
            (TenancyUnit.end_date.is_(None)) | (TenancyUnit.end_date > work.today),
        )
        query = query.join(Tenancy, Dossier.tenancy_id == Tenancy.id).where(Tenancy.id.in_(occupying))
    rows = _rows(work, query)
    return [r for r in rows if r.needs_print] if to_reprint else rows


def label_check(work: Work) -> list[LabelRow]:
    """Every live dossier whose last printed label is not the current company name (R5)."""
    return labels_for(work, to_reprint=True)


def mark_printed(work: Work, dossier_ids: Sequence[int]) -> None:
    """Record that the current label text of these dossiers was printed (and is on the folders)."""
    actor = work.require(Action.PRINT_LABELS)
    for dossier in work.session.scalars(select(Dossier).where(Dossier.id.in_(list(dossier_ids)))):
        work.session.add(
            LabelPrint(dossier_id=dossier.id, text=dossier.label_text, printed_at=work.now, printed_by=actor.user_id)
        )
        work.touched.dossiers.add(dossier.id)
    work.session.flush()
    # R16: every printout is in the audit log; here in the same unit of work as the labels' record (both or neither).
    work.log(None, "labels", None, "print", {"what": "labels", "rows": len(dossier_ids)})


def print_labels(
    work: Work,
    rows: Sequence[LabelRow],
    target: Path,
    *,
    layout: LabelLayout | None = None,
    code: str = "qr",
    skip: int = 0,
    record: bool = True,
) -> Path:
    """Write a PDF of label sheets and record the prints. ``skip`` leaves the first positions of a
    partly used sheet empty. ``record=False`` makes a preview: the window records the labels with
    ``mark_printed`` only once they are really printed or saved (R5: the check must not be fooled).

    Recording and delivering are one step: the PDF is written under a temporary name and put at
    ``target`` only once ``work`` commits the record, so a failed commit (a lock, a kill) leaves no
    PDF that the label check does not know about.
    """
    work.require(Action.PRINT_LABELS)
    layout = check_layout(layout or LAYOUTS[DEFAULT_LAYOUT])
    if code not in CODES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "The code on a label is “qr” or “barcode”, not “{code}”."),
            field="labels.layout",
            code=code,
        )
    if not rows:
        raise ValidationError(QT_TRANSLATE_NOOP("app", "There are no labels to print."), field="labels.layout")
    skip = max(0, min(skip, layout.per_sheet - 1))
    if not record:
        with written_atomically(target) as partial:
            _draw_sheets(partial, rows, layout, code, skip)
        return target
    with written_on_commit(work, target) as partial:
        _draw_sheets(partial, rows, layout, code, skip)
    mark_printed(work, [r.dossier_id for r in rows])
    return target


def save_printed_labels(work: Work, dossier_ids: Sequence[int], preview: Path, target: Path) -> Path:
    """Save a label preview (made with ``record=False``) at ``target`` and record those labels as printed, in one
    step: the copy is put at ``target`` only once the record is committed (R5)."""
    work.require(Action.PRINT_LABELS)
    with written_on_commit(work, target) as partial:
        copy_file(preview, partial)
    mark_printed(work, dossier_ids)
    return target


def _draw_sheets(path: Path, rows: Sequence[LabelRow], layout: LabelLayout, code: str, skip: int) -> None:
    from reportlab.pdfgen.canvas import Canvas

    pdf = Canvas(str(path), pagesize=A4, invariant=True)
    pdf.setTitle("档案标牌")
    pdf.setCreator("Dossier Desk")
    for n, row in enumerate(rows, start=skip):
        slot = n % layout.per_sheet
        if slot == 0 and n > skip:
            pdf.showPage()
        r, c = divmod(slot, layout.columns)
        x = (layout.left_mm + layout.offset_x_mm + c * (layout.label_width_mm + layout.gap_x_mm)) * mm
        y_top = A4[1] - (layout.top_mm + layout.offset_y_mm + r * (layout.label_height_mm + layout.gap_y_mm)) * mm
        _draw_label(pdf, row, x, y_top - layout.label_height_mm * mm, layout, code)
    pdf.showPage()
    pdf.save()


def _fit_lines(text: str, font: str, width: float, height: float) -> tuple[float, list[str]]:
    """The largest font size (14 pt down to 4 pt) at which ``text`` wraps into ``height`` whole."""
    size = 14.0
    while True:
        lines = _wrap(text, font, size, width)
        if len(lines) * size * 1.2 <= height or size <= 4.0:
            return size, _balanced(text, font, size, width, len(lines))
        size -= 0.5


def _balanced(text: str, font: str, size: float, width: float, count: int) -> list[str]:
    """The same number of lines, but as even as they go (no company name ending on a lone "司"), unless a little
    more width lets the lines end where a name reads best: "深圳市 / 汇丰源教育咨询 / 有限公司" rather than
    "深圳市汇丰 / 源教育咨询 / 有限公司"."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from app.printing import good_breaks

    if count <= 1:
        return _wrap(text, font, size, width)
    low, high = stringWidth(text, font, size) / count, width
    for _ in range(12):  # halve the gap between a width too narrow and one that fits in ``count`` lines
        middle = (low + high) / 2
        if len(_wrap(text, font, size, middle)) <= count:
            high = middle
        else:
            low = middle
    best = _wrap(text, font, size, high)
    good = good_breaks(text)

    def well_broken(lines: list[str]) -> int:
        ends = [sum(len(line) for line in lines[: n + 1]) for n in range(len(lines) - 1)]
        return sum(1 for end in ends if end in good)

    if well_broken(best) == len(best) - 1 or " " in text:
        return best
    for step in range(1, 13):  # widen towards the whole width, keeping the first layout that breaks better
        lines = _wrap(text, font, size, high + (width - high) * step / 12)
        if len(lines) <= count and well_broken(lines) > well_broken(best) and min(map(len, lines)) > 1:
            return lines
    return best


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Break by the printouts' Chinese rules (app.printing.line_breaking: a company name after its place name or
    before 有限公司, never inside a word like 教育 or a code); never drop a character. ``font`` is the printouts'
    font, the one the rules measure with."""
    from app.printing import cjk_font, wrapped

    assert font == cjk_font()
    return wrapped(text, width, size).lines if text else []


def _draw_label(pdf: Canvas, row: LabelRow, x: float, y: float, layout: LabelLayout, code: str) -> None:
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode import code128, qr
    from reportlab.graphics.shapes import Drawing

    from app.printing import cjk_font

    font = cjk_font()
    w, h = layout.label_width_mm * mm, layout.label_height_mm * mm
    pad = 2.5 * mm
    pdf.setLineWidth(0.3)
    pdf.setStrokeGray(0.75)
    pdf.rect(x + 0.8 * mm, y + 0.8 * mm, w - 1.6 * mm, h - 1.6 * mm)  # a cutting guide, light grey
    if code == "qr":
        side = min(h - 2 * pad, w * 0.38)
        widget = qr.QrCodeWidget(row.dossier_number, barLevel="M")
        x0, y0, x1, y1 = widget.getBounds()
        drawing = Drawing(side, side, transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0])
        drawing.add(widget)
        renderPDF.draw(drawing, pdf, x + w - pad - side, y + pad)
        text_w = w - 3 * pad - side
        text_bottom = y + pad
    else:
        bar_h = min(9 * mm, h * 0.28)
        barcode = code128.Code128(row.dossier_number, barHeight=bar_h, barWidth=0.3 * mm, quiet=False)
        bar_x = x + (w - barcode.width) / 2
        barcode.drawOn(pdf, max(x + pad, bar_x), y + pad + 3 * mm)
        text_w = w - 2 * pad
        text_bottom = y + pad + bar_h + 4 * mm
    pdf.setFillGray(0)
    top = y + h - pad
    unit_size = min(18.0, h / mm * 0.45)
    pdf.setFont(font, unit_size)
    pdf.drawString(x + pad, top - unit_size, row.units)
    pdf.setFont(font, 8)
    pdf.drawRightString(x + pad + text_w, top - 8, f"{row.floor}")
    name_top = top - unit_size - 2 * mm
    size, lines = _fit_lines(row.label_text, font, text_w, name_top - text_bottom - 3 * mm)
    pdf.setFont(font, size)
    for i, line in enumerate(lines):
        pdf.drawString(x + pad, name_top - (i + 1) * size * 1.15, line)
    pdf.setFont(font, 6.5)
    if code == "qr":
        pdf.drawString(x + pad, y + pad, row.dossier_number)
    else:
        pdf.drawCentredString(x + w / 2, y + pad, row.dossier_number)


def with_offsets(layout: LabelLayout, offset_x_mm: float, offset_y_mm: float) -> LabelLayout:
    return replace(layout, offset_x_mm=offset_x_mm, offset_y_mm=offset_y_mm)
