"""What every archive printout is made of: its styles, heading lines, dates and sign-off blocks.

The printed texts are Chinese by design: they are the forms GB/T 9705 and DA/T 22 name, not UI text.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table
from reportlab.platypus.tables import CellStyle

from app.printing import BODY_W, TextLines, break_lines, cell_style, cjk_font, ruled_table

# A line to sign or date on: blank, wide enough for a hand-written name.
DATE_BLANK = "　　　　年　　月　　日"

HEADING_SIZE = 10.0
HEADING_LEADING = 14.0
SMALL_SIZE = 8.0  # 原档案编号, 经办: printed, but not what one files by
SMALL_LEADING = 11.0


@cache
def styles() -> dict[str, ParagraphStyle]:
    """One style set for the whole process: Paragraphs share them instead of building their own."""
    font = cjk_font()
    return {
        "cover-title": ParagraphStyle("ap-cover", fontName=font, fontSize=26, leading=34, alignment=TA_CENTER),
        "heading": ParagraphStyle("ap-heading", fontName=font, fontSize=10, leading=14, wordWrap="CJK"),
        "section": ParagraphStyle("ap-section", fontName=font, fontSize=12, leading=16, wordWrap="CJK"),
        "text": ParagraphStyle("ap-text", fontName=font, fontSize=10.5, leading=16, wordWrap="CJK"),
        "big": ParagraphStyle("ap-big", fontName=font, fontSize=15, leading=21, wordWrap="CJK"),
    }


CELL_SIZE = 9.0  # table text as app.printing's cell_style sets it
CELL_PAD = 3.0


def natural_width(text: str) -> float:
    """The width a table cell needs to hold ``text`` on one line (its padding included)."""
    return stringWidth(text, cjk_font(), CELL_SIZE) + 2 * CELL_PAD + 0.5


def para(text: str, style: str) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), styles()[style])


def ymd(day: Any) -> str:
    return day.strftime("%Y%m%d") if day else ""


def chinese_date(day: Any) -> str:
    return f"{day.year}年{day.month:02d}月{day.day:02d}日" if day else ""


def heading_text(parts: Sequence[tuple[str, str]]) -> str:
    return "    ".join(f"{label}：{value}" for label, value in parts if value)


def heading(parts: Sequence[tuple[str, str]]) -> TextLines:
    return TextLines(heading_text(parts), HEADING_SIZE, leading=HEADING_LEADING)


def small(parts: Sequence[tuple[str, str]]) -> TextLines:
    """A small line (原档案编号, 原编号): there to find the live history, not to file by."""
    return TextLines(heading_text(parts), SMALL_SIZE, leading=SMALL_LEADING)


def former_numbers(dossier_number: str, former_file_number: str | None) -> list[tuple[str, str]]:
    """The numbers a reader may still meet: the live dossier's (原档案编号) and a 档号 given before (原编号)."""
    return [("原档案编号", dossier_number), ("原编号", former_file_number or "")]


@cache
def sign_style(alignment: str = "LEFT", size: float = 11.0, valign: str = "MIDDLE") -> CellStyle:
    """A sign-off cell: roomy, so a name can be written by hand in it."""
    style = CellStyle(f"ap-sign-{alignment}-{size}-{valign}")
    style.fontname = cjk_font()
    style.fontsize = size
    style.leading = size * 1.3
    style.valign = valign
    style.alignment = alignment
    style.leftPadding = style.rightPadding = 4
    style.topPadding = 4
    style.bottomPadding = 3
    return style


def sign_off(rows: Sequence[tuple[str, str] | tuple[str, str, str]]) -> Table:
    """Sign-off lines: who (a blank to sign, the recorded name small beside it as 经办) and when (a blank date).

    Each row is (role, recorded name[, date label]); the name sits small at the bottom right, so the
    signature goes above it.
    """
    w = BODY_W / 4
    rows_out: list[list[Any]] = []
    for role, name, *when in rows:
        rows_out.append([role, f"经办：{name}" if name else "", when[0] if when else "日期", DATE_BLANK])
    row_style = [sign_style("CENTER"), sign_style("RIGHT", SMALL_SIZE, "BOTTOM"), sign_style("CENTER"), sign_style()]
    # Tall rows: a hand-written signature needs about a centimetre.
    table = Table(
        rows_out,
        colWidths=[w * 0.7, w * 1.5, w * 0.6, w * 1.2],
        rowHeights=[12 * mm] * len(rows_out),
        cellStyles=[row_style] * len(rows_out),
    )
    table.setStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BOX", (0, 0), (-1, -1), 0.8, colors.black)])
    return table


REMARK_SIZE = 10.5  # the 情况说明 of a reference sheet: running text, a little larger than the tables
REMARK_ROW_LINES = 30  # a long remark is split over rows: a row never splits across pages


def remarks_box(title: str, remarks: Sequence[str]) -> Table:
    """A reference sheet's 情况说明 (本卷情况说明, 盒内文件情况说明): a titled box of running text, each remark
    broken to the width (a long one over several rows, so none is taller than a page), and room under it to
    write in."""
    pad = 8
    rows: list[list[Any]] = []
    for remark in remarks:
        lines = break_lines(remark, BODY_W - 2 * pad, REMARK_SIZE)
        rows += [["\n".join(lines[n : n + REMARK_ROW_LINES])] for n in range(0, len(lines), REMARK_ROW_LINES)]
    return ruled_table(
        [[title], *rows, [""]],
        [BODY_W],
        header_rows=0,
        styles=[
            [cell_style(size=12, leading=18, side=pad)],
            *[[cell_style(size=REMARK_SIZE, leading=REMARK_SIZE * 1.5, side=pad)]] * len(rows),
            [cell_style(side=pad, bottom=30)],  # room to write in
        ],
        extra=[("GRID", (0, 0), (-1, -1), 0, colors.white), ("BOX", (0, 0), (-1, -1), 0.8, colors.black)],
    )
