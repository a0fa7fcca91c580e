"""The annual archive's printouts (R6/R7), laid out after GB/T 9705 and DA/T 22.

A bound dossier carries a cover (案卷封面), its in-file directory (卷内目录) and reference
sheet (卷内备考表); each box gets its box directory (案卷目录), a spine label (盒脊) and a
front label (盒面); the year gets a directory of its boxes. Everything is built as ONE
reportlab document per call, so a whole year prints with one embedded font subset, and a
canvas that remembers which piece each page belongs to writes "第 x 页 共 y 页" per piece:
a loose page of a dossier's directory still says how many pages that directory has.
The page machinery itself (ruled tables, the numbered canvas) lives in app/pdf_pages.py,
shared with the other list printouts; what is here is the archive's own layout.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app import archive
from app.archive import RETENTION_PRINTED, BoxEntry, BoxInfo, InFileDirectory
from app.desk import Work
from app.errors import NotFound, ValidationError
from app.permissions import Action
from app.printing.output import cjk_font
from app.printing.pages import (
    BODY_W,
    PAGE_H,
    PAGE_W,
    TOKEN,
    NumberedCanvas,
    Piece,
    TextLines,
    author,
    break_lines,
    build_pdf,
    cell_style,
    cell_text,
    lines_needed,
    ruled_table,
    title_lines,
)
from app.text import QT_TRANSLATE_NOOP

REMARK_SIZE = 10.5  # the reference sheet's remarks: running text, a little larger

# A note longer than this many lines in the narrow 备注 column would make a row taller than a
# page (a row never splits), so it is printed in full under the table as a numbered 附注.
NOTE_MAX_LINES = 6

SPINE_H = 262 * mm
SPINE_TOP = 12 * mm
SHEET_SIDE = 10 * mm
FRONT_W, FRONT_H = 180 * mm, 128 * mm


# ---------------------------------------------------------------------------------------------
# Styles and cells


@cache
def _styles() -> dict[str, ParagraphStyle]:
    """One style set for the whole process: Paragraphs share them instead of building their own."""
    font = cjk_font()
    return {
        "cover-title": ParagraphStyle("ap-cover", fontName=font, fontSize=26, leading=34, alignment=TA_CENTER),
        "heading": ParagraphStyle("ap-heading", fontName=font, fontSize=10, leading=14, wordWrap="CJK"),
        "section": ParagraphStyle("ap-section", fontName=font, fontSize=12, leading=16, wordWrap="CJK"),
        "text": ParagraphStyle("ap-text", fontName=font, fontSize=10.5, leading=16, wordWrap="CJK"),
        "big": ParagraphStyle("ap-big", fontName=font, fontSize=15, leading=21, wordWrap="CJK"),
    }


def _para(text: str, style: str) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), _styles()[style])


def _build(target: Path, pieces: Sequence[Piece], *, title: str, author: str) -> Path:
    """Every archive printout says what it is in the PDF's properties, so a saved file is found by it."""
    return build_pdf(target, pieces, title=title, author=author, subject="归档目录")


# The canvas under its old name here: a test breaks its footer to check a failed build leaves no file.
_NumberedCanvas = NumberedCanvas


def _ymd(day: Any) -> str:
    return day.strftime("%Y%m%d") if day else ""


def _chinese_date(day: Any) -> str:
    return f"{day.year}年{day.month:02d}月{day.day:02d}日" if day else ""


def _pages_text(first: int | None, last: int | None) -> str:
    if first is None:
        return ""
    return str(first) if last is None or last == first else f"{first}-{last}"


def _retention(code: str | None) -> str:
    return RETENTION_PRINTED.get(code or "", code or "")


def _file_no(d: InFileDirectory) -> str:
    return d.file_number or "未装订"


# ---------------------------------------------------------------------------------------------
# A dossier: cover, in-file directory, reference sheet

DIRECTORY_COLUMNS = ("序号", "文号", "责任者", "题名", "日期", "页号", "备注")
# A 文号 like 星物函〔2023〕12号 fits one line; a company name as 责任者 takes two; 题名 gets the rest.
DIRECTORY_WIDTHS = [w * mm for w in (9, 36, 26, 60, 17, 14, 16)]


def _heading(parts: Sequence[tuple[str, str]]) -> TextLines:
    return TextLines("    ".join(f"{label}：{value}" for label, value in parts if value), 10, leading=14)


def _directory_piece(d: InFileDirectory) -> Piece:
    widths = DIRECTORY_WIDTHS
    rows: list[list[Any]] = [list(DIRECTORY_COLUMNS)]
    annexes: list[tuple[int, int, str]] = []  # (annex no., item no., note)
    for item in d.items:
        notes = "；".join(part for part in ("补充" if item.supplement else "", item.notes) if part)
        if lines_needed(notes, widths[6]) > NOTE_MAX_LINES:
            annexes.append((len(annexes) + 1, item.item_no, notes))
            notes = f"见附注{len(annexes)}"
        rows.append(
            [
                str(item.item_no),
                cell_text(item.reference_no, widths[1]),
                cell_text(item.issuer, widths[2]),
                cell_text(item.title, widths[3]),
                _ymd(item.date),
                cell_text(_pages_text(item.page_from, item.page_to), widths[5]),
                cell_text(notes, widths[6]),
            ]
        )
    if not d.items:
        rows.append(["", "", "", "（本卷无文件）", "", "", ""])
    table = ruled_table(rows, widths, centered=(0, 4, 5))
    flowables: list[Flowable] = [
        title_lines("卷内目录"),
        Spacer(1, 3 * mm),
        _heading([("档号", _file_no(d)), ("单位", d.customer)]),
        _heading([("全宗", d.building), ("单元", d.units), ("楼层", d.floor), ("档案编号", d.dossier_number)]),
        Spacer(1, 2 * mm),
        table,
    ]
    if d.file_number is None:
        flowables += [Spacer(1, 2 * mm), _para("本卷尚未装订：件号与页号为暂定，装订时确定。", "heading")]
    if annexes:
        flowables += [Spacer(1, 4 * mm), Paragraph("附注", _styles()["section"])]
        flowables += [_para(f"附注{n}（序号 {item_no}）：{note}", "text") for n, item_no, note in annexes]
    return Piece(f"卷内目录 {_file_no(d)} · {d.dossier_number}", flowables)


def _remarks(d: InFileDirectory) -> list[str]:
    """本卷情况说明: what a reader of the bound file must know that the directory does not show."""
    items = d.items
    originals = sum(1 for i in items if i.is_original)
    lines = [f"本卷共 {len(items)} 件，{d.pages} 页（原件 {originals} 件，工作件 {len(items) - originals} 件）。"]
    if d.move_out:
        tenancy = f"租期 {_chinese_date(d.move_in)} 至 {_chinese_date(d.move_out)}"
    else:
        tenancy = f"租期自 {_chinese_date(d.move_in)} 起，尚未退租"
    lines.append(f"{d.customer}，单元 {d.units}，{tenancy}。")
    if d.moved_out_units:
        given = "；".join(f"{unit} 于 {_chinese_date(day)} 退租" for unit, day in d.moved_out_units)
        lines.append(f"退租单元：{given}。")
    if d.former_names:
        lines.append(f"客户曾用名：{'、'.join(d.former_names)}。")
    unpaged = [i for i in items if i.pages <= 0]
    if unpaged:
        listed = "；".join(f"第 {i.item_no} 件《{i.title}》" for i in unpaged)
        lines.append(f"以下 {len(unpaged)} 件未计页数，无页号：{listed}。")
    supplements = [i for i in items if i.supplement]
    if supplements:
        listed = "；".join(
            f"第 {i.item_no} 件《{i.title}》（{_ymd(i.date)}，{_pages_text(i.page_from, i.page_to) or '无页号'}）"
            for i in supplements
        )
        lines.append(f"装订后补充 {len(supplements)} 件，经客务部经理同意归入本卷：{listed}。")
    if d.file_number is None:
        lines.append("本卷尚未装订，件号与页号为暂定。")
    if d.box_number:
        lines.append(f"本卷存于档案盒 {d.box_number}。")
    return lines


def _reference_piece(d: InFileDirectory) -> Piece:
    pad = 8
    # Pre-broken lines, like the directory's cells: a Paragraph per remark cost a year's printout a second.
    lines = [["\n".join(break_lines(line, BODY_W - 2 * pad, REMARK_SIZE))] for line in _remarks(d)]
    remarks = ruled_table(
        [["本卷情况说明"], *lines, [""]],
        [BODY_W],
        header_rows=0,
        styles=[
            [cell_style(size=12, leading=18, side=pad)],
            *[[cell_style(size=REMARK_SIZE, leading=REMARK_SIZE * 1.5, side=pad)]] * len(lines),
            [cell_style(side=pad, bottom=30)],  # room to write in
        ],
        extra=[("GRID", (0, 0), (-1, -1), 0, colors.white), ("BOX", (0, 0), (-1, -1), 0.8, colors.black)],
    )
    bound_on = _chinese_date(d.bound_at.date()) if d.bound_at else "　　　　年　　月　　日"
    w = BODY_W / 4
    signatures = ruled_table(
        [
            ["立卷人", d.bound_by or "", "立卷时间", bound_on],
            # The checker signs by hand: someone other than the binder looks the file over (GB/T 9705).
            ["检查人", "", "检查时间", "　　　　年　　月　　日"],
            ["互见号", "", "", ""],
        ],
        [w * 0.7, w * 1.3, w * 0.7, w * 1.3],
        header_rows=0,
        styles=[[cell_style(size=11, leading=14, top=9, bottom=9)] * 4] * 3,
        extra=[("SPAN", (1, 2), (3, 2)), ("BOX", (0, 0), (-1, -1), 0.8, colors.black)],
    )
    flowables: list[Flowable] = [
        title_lines("卷内备考表"),
        Spacer(1, 3 * mm),
        _heading([("档号", _file_no(d)), ("单位", d.customer)]),
        Spacer(1, 2 * mm),
        remarks,
        Spacer(1, 6 * mm),
        KeepTogether([signatures]),
    ]
    return Piece(f"卷内备考表 {_file_no(d)} · {d.dossier_number}", flowables)


def _cover_piece(d: InFileDirectory) -> Piece:
    styles = _styles()
    label_w = 34 * mm
    value_w = BODY_W - label_w

    def value(text: str) -> Paragraph:
        return _para(text, "big")

    rows: list[list[Any]] = [
        ["全宗名称", value(d.building)],
        ["档号", value(_file_no(d) if d.file_number else f"未装订（档案编号 {d.dossier_number}）")],
        ["案卷题名", value(d.title)],
        ["起止日期", value(f"{_ymd(d.start_date)} — {_ymd(d.end_date)}")],
        ["件数", value(f"{len(d.items)} 件")],
        ["页数", value(f"{d.pages} 页")],
        ["保管期限", value(_retention(d.retention) or "未定（装订时确定）")],
    ]
    if d.box_number:
        rows.append(["盒号", value(d.box_number)])
    table = ruled_table(
        rows,
        [label_w, value_w],
        header_rows=0,
        styles=[[cell_style("CENTER", size=13, leading=16, top=12, bottom=12), cell_style(side=8, top=12, bottom=12)]]
        * len(rows),
    )
    flowables: list[Flowable] = [
        Spacer(1, 25 * mm),
        Paragraph(escape(d.building), styles["cover-title"]),
        Spacer(1, 4 * mm),
        Paragraph("客 户 档 案", styles["cover-title"]),
        Spacer(1, 22 * mm),
        table,
    ]
    return Piece(f"案卷封面 {_file_no(d)} · {d.dossier_number}", flowables)


def _dossier_pieces(d: InFileDirectory) -> list[Piece]:
    return [_directory_piece(d), _reference_piece(d)]


# ---------------------------------------------------------------------------------------------
# A box: its directory; the year: its boxes

BOX_COLUMNS = ("案卷号", "案卷题名", "起止日期", "件数", "页数", "保管期限", "备注")
BOX_WIDTHS = [w * mm for w in (20, 69, 33, 12, 12, 14, 18)]


def _box_heading(info: BoxInfo) -> list[Flowable]:
    return [
        _heading([("全宗名称", info.building), ("年度", str(info.year)), ("楼层", info.floor)]),
        _heading([("盒号", info.number), ("保管期限", _retention(info.retention)), ("存放位置", info.shelf_location)]),
    ]


def _box_directory_piece(info: BoxInfo, entries: Sequence[BoxEntry]) -> Piece:
    widths = BOX_WIDTHS
    rows: list[list[Any]] = [list(BOX_COLUMNS)]
    for e in entries:
        rows.append(
            [
                cell_text(e.file_number, widths[0]),
                cell_text(e.title, widths[1]),
                cell_text(f"{_ymd(e.start_date)}-{_ymd(e.end_date)}", widths[2]),
                str(e.documents),
                str(e.pages),
                _retention(e.retention),
                cell_text(e.notes, widths[6]),
            ]
        )
    documents = sum(e.documents for e in entries)
    pages = sum(e.pages for e in entries)
    rows.append(["合计", f"{len(entries)} 卷", "", str(documents), str(pages), "", ""])
    table = ruled_table(rows, widths, total=True, centered=(2, 3, 4, 5), extra=[("SPAN", (1, -1), (2, -1))])
    flowables: list[Flowable] = [
        title_lines("案卷目录"),
        Spacer(1, 3 * mm),
        *_box_heading(info),
        Spacer(1, 2 * mm),
        table,
    ]
    return Piece(f"案卷目录 盒号 {info.number}", flowables)


YEAR_COLUMNS = ("盒号", "楼层", "保管期限", "起止案卷号", "卷数", "件数", "页数", "存放位置")
YEAR_WIDTHS = [w * mm for w in (30, 14, 16, 40, 12, 14, 14, 38)]


def _year_piece(year: int, infos: Sequence[BoxInfo]) -> Piece:
    widths = YEAR_WIDTHS
    buildings: dict[str, list[BoxInfo]] = {}
    for info in infos:  # already by building, floor and number
        buildings.setdefault(info.building, []).append(info)
    flowables: list[Flowable] = [
        title_lines(f"{year}年度 档案盒目录"),
        Spacer(1, 3 * mm),
        _heading(
            [
                ("年度", str(year)),
                ("盒数", str(len(infos))),
                ("卷数", str(sum(i.dossiers for i in infos))),
                ("件数", str(sum(i.documents for i in infos))),
                ("页数", str(sum(i.pages for i in infos))),
            ]
        ),
    ]
    for building, group in buildings.items():
        rows: list[list[Any]] = [list(YEAR_COLUMNS)]
        for i in group:
            rows.append(
                [
                    cell_text(i.number, widths[0]),
                    cell_text(i.floor, widths[1]),
                    _retention(i.retention),
                    cell_text(i.file_range, widths[3]),
                    str(i.dossiers),
                    str(i.documents),
                    str(i.pages),
                    cell_text(i.shelf_location, widths[7]),
                ]
            )
        rows.append(
            [
                "合计",
                f"{len(group)} 盒",
                "",
                "",
                str(sum(i.dossiers for i in group)),
                str(sum(i.documents for i in group)),
                str(sum(i.pages for i in group)),
                "",
            ]
        )
        table = ruled_table(rows, widths, total=True, centered=(1, 2, 3, 4, 5, 6))
        flowables += [Spacer(1, 4 * mm), _heading([("全宗名称", building)]), Spacer(1, 1.5 * mm), table]
    return Piece(f"{year}年度档案盒目录", flowables)


# ---------------------------------------------------------------------------------------------
# Box labels: spines side by side on A4, fronts two a page


def _wrap(text: str, font: str, size: float, width: float, breaks: str) -> list[str] | None:
    """Lines of ``text`` at most ``width`` wide, or None when they cannot be; never drops a character.

    ``breaks``: "lines" keeps each given line whole; "words" also breaks between Chinese characters
    but keeps a run of letters and digits ("2026-", "1F-", "0001") together, so the caller shrinks the
    text rather than print "2026-1F-0" over "1"; "chars" breaks anywhere.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if breaks == "lines":
            if stringWidth(paragraph, font, size) > width:
                return None
            lines.append(paragraph)
            continue
        current = ""
        for token in TOKEN.findall(paragraph) if breaks == "words" else paragraph:
            if not current or stringWidth(current + token, font, size) <= width:
                current += token
            else:
                lines.append(current.rstrip())
                current = token.lstrip()
            if breaks == "words" and stringWidth(current, font, size) > width:
                return None
        lines.append(current)
    return lines


def _largest(
    text: str, font: str, w: float, h: float, max_size: float, breaks: str, smallest: float
) -> tuple[float, list[str]] | None:
    size = max_size
    while size >= smallest:
        lines = _wrap(text, font, size, w, breaks)
        if lines is not None and len(lines) * size * 1.18 <= h:
            return size, lines
        size -= 0.5
    return None


def _fit(text: str, font: str, w: float, h: float, max_size: float) -> tuple[float, list[str]]:
    """The largest size at which ``text`` fits the box; shrunk, never cut.

    Unbroken lines are preferred, unless breaking after a hyphen makes the text a good deal larger:
    on a 20 mm spine "2026-" over "1F-01" reads from across the room, "2026-1F-01" in 8 pt does not.
    """
    whole = _largest(text, font, w, h, max_size, "lines", 8.0)
    words = _largest(text, font, w, h, max_size, "words", 6.0)
    if whole and (not words or words[0] < whole[0] * 1.35):
        return whole
    if words:
        return words
    # Not even 3 pt fits: print it anyway, running over the box rather than losing text.
    return _largest(text, font, w, h, max_size, "chars", 3.0) or (3.0, _wrap(text, font, 3.0, w, "chars") or [text])


def _is_chinese(text: str) -> bool:
    """Mostly CJK: such text reads well stacked (竖排); Latin text is turned on its side instead."""
    wide = sum(1 for c in text if ord(c) >= 0x2E80)
    return wide * 2 >= len(text.replace(" ", ""))


def _draw_lines(canvas: Canvas, text: str, x: float, y: float, w: float, h: float, max_size: float) -> None:
    font = cjk_font()
    size, lines = _fit(text, font, w, h, max_size)
    step = size * 1.18
    top = y + (h + step * len(lines)) / 2
    canvas.setFont(font, size)
    for n, line in enumerate(lines):
        canvas.drawCentredString(x + w / 2, top - (n + 1) * step + size * 0.22, line)


def _draw_fitted(
    canvas: Canvas, text: str, x: float, y: float, w: float, h: float, max_size: float, *, vertical: bool = False
) -> None:
    """Draw ``text`` centred in the box (x, y, w, h) as large as fits: shrunk, never cut.

    ``vertical`` (a narrow spine): Chinese is stacked one character under the other (竖排) while that
    stays legible, Latin text is turned 90° to read from the top down.
    """
    font = cjk_font()
    if vertical and text:
        if not _is_chinese(text):
            canvas.saveState()
            canvas.translate(x, y + h)
            canvas.rotate(-90)
            _draw_lines(canvas, text, 0, 0, h, w, max_size)
            canvas.restoreState()
            return
        chars = [c for c in text if not c.isspace()]
        widest = max(stringWidth(c, font, 1) for c in chars) or 1
        size = min(max_size, w / widest, h / (len(chars) * 1.12))
        if size >= 7:
            step = size * 1.12
            top = y + (h + step * len(chars)) / 2
            canvas.setFont(font, size)
            for n, ch in enumerate(chars):
                canvas.drawCentredString(x + w / 2, top - (n + 1) * step + size * 0.18, ch)
            return
    _draw_lines(canvas, text, x, y, w, h, max_size)


def _draw_spine(canvas: Canvas, info: BoxInfo, x: float, y: float, w: float, h: float) -> None:
    pad = 1.8 * mm
    inner = w - 2 * pad
    canvas.saveState()
    canvas.setLineWidth(0.6)
    canvas.setStrokeGray(0)
    canvas.rect(x + pad / 2, y + pad / 2, w - pad, h - pad)
    # (label, value, share of the height, value's largest size, stacked vertically)
    sections = [
        ("全宗名称", info.building, 0.30, 30.0, True),
        ("年度", str(info.year), 0.09, 16.0, False),
        ("楼层", info.floor, 0.09, 16.0, False),
        ("保管期限", _retention(info.retention), 0.10, 16.0, False),
        ("起止案卷号", info.file_range.replace(" 至 ", "\n至\n").replace("、", "\n"), 0.17, 12.0, False),
        ("盒号", info.number, 0.15, 16.0, False),
    ]
    total = sum(s[2] for s in sections)
    top = y + h - pad
    usable = h - 2 * pad
    canvas.setFillGray(0)
    for n, (label, value, share, size, vertical) in enumerate(sections):
        height = usable * share / total
        bottom = top - height
        label_h = 5 * mm
        canvas.setFillGray(0.3)
        _draw_fitted(canvas, label, x + pad, top - label_h, inner, label_h, 7.5)
        canvas.setFillGray(0)
        _draw_fitted(
            canvas, value, x + pad, bottom + 1 * mm, inner, height - label_h - 1.5 * mm, size, vertical=vertical
        )
        if n < len(sections) - 1:
            canvas.setLineWidth(0.4)
            canvas.line(x + pad / 2, bottom, x + w - pad / 2, bottom)
        top = bottom
    canvas.restoreState()


class _SpineSheet(Flowable):
    """One A4 sheet of spine labels, each as wide as its box's spine, side by side with cut lines."""

    def __init__(self, infos: Sequence[BoxInfo]) -> None:
        super().__init__()
        self.infos = list(infos)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return PAGE_W, PAGE_H - 1  # a whole page: the next sheet never fits below it

    def draw(self) -> None:
        canvas = self.canv
        x = SHEET_SIDE
        y = PAGE_H - 1 - SPINE_TOP - SPINE_H  # the flowable's origin is 1 pt below the page top
        canvas.saveState()
        for info in self.infos:
            w = info.spine_mm * mm
            _draw_spine(canvas, info, x, y, w, SPINE_H)
            x += w
        # Thin dashed cut lines along every label edge, running past the labels to guide the knife.
        canvas.setStrokeGray(0.55)
        canvas.setLineWidth(0.25)
        canvas.setDash(2, 2)
        edge = SHEET_SIDE
        for info in [None, *self.infos]:
            edge += info.spine_mm * mm if info else 0
            canvas.line(edge, y - 6 * mm, edge, y + SPINE_H + 6 * mm)
        canvas.line(SHEET_SIDE - 4 * mm, y, x + 4 * mm, y)
        canvas.line(SHEET_SIDE - 4 * mm, y + SPINE_H, x + 4 * mm, y + SPINE_H)
        canvas.restoreState()


def _draw_front(canvas: Canvas, info: BoxInfo, x: float, y: float) -> None:
    w, h = FRONT_W, FRONT_H
    canvas.saveState()
    canvas.setStrokeGray(0.55)
    canvas.setLineWidth(0.25)
    canvas.setDash(2, 2)
    canvas.rect(x, y, w, h)  # cut line
    canvas.setDash()
    canvas.setStrokeGray(0)
    pad = 6 * mm
    title_h = 18 * mm
    _draw_fitted(canvas, "档 案 盒", x + pad, y + h - pad - title_h, w - 2 * pad, title_h, 22)
    fields = [
        ("全宗名称", info.building),
        ("年度", str(info.year)),
        ("楼层", info.floor),
        ("盒号", info.number),
        ("保管期限", _retention(info.retention)),
        ("起止案卷号", info.file_range),
        ("卷数", f"{info.dossiers} 卷（{info.documents} 件，{info.pages} 页）"),
        ("存放位置", info.shelf_location),
    ]
    grid_top = y + h - pad - title_h
    row_h = (grid_top - (y + pad)) / len(fields)
    label_w = 36 * mm
    canvas.setLineWidth(0.6)
    canvas.rect(x + pad, y + pad, w - 2 * pad, grid_top - (y + pad))
    canvas.line(x + pad + label_w, y + pad, x + pad + label_w, grid_top)
    for n, (label, value) in enumerate(fields):
        row_y = grid_top - (n + 1) * row_h
        if n:
            canvas.line(x + pad, row_y + row_h, x + w - pad, row_y + row_h)
        _draw_fitted(canvas, label, x + pad + 2 * mm, row_y + 1 * mm, label_w - 4 * mm, row_h - 2 * mm, 12)
        value_x = x + pad + label_w + 3 * mm
        _draw_fitted(canvas, value, value_x, row_y + 1 * mm, w - 2 * pad - label_w - 6 * mm, row_h - 2 * mm, 14)
    canvas.restoreState()


class _FrontSheet(Flowable):
    """One A4 sheet with up to two front labels (盒面), cut along the dashed lines."""

    def __init__(self, infos: Sequence[BoxInfo]) -> None:
        super().__init__()
        self.infos = list(infos)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return PAGE_W, PAGE_H - 1

    def draw(self) -> None:
        x = (PAGE_W - FRONT_W) / 2
        for n, info in enumerate(self.infos):
            top = PAGE_H - 1 - 15 * mm - n * (FRONT_H + 12 * mm)
            _draw_front(self.canv, info, x, top - FRONT_H)


def _spine_sheets(infos: Sequence[BoxInfo]) -> list[list[BoxInfo]]:
    """As many spines side by side as fit across the sheet, in the boxes' order."""
    sheets: list[list[BoxInfo]] = []
    width = 0.0
    room = PAGE_W - 2 * SHEET_SIDE
    for info in infos:
        w = info.spine_mm * mm
        if not sheets or width + w > room + 0.01:
            sheets.append([])
            width = 0.0
        sheets[-1].append(info)
        width += w
    return sheets


def _label_piece(infos: Sequence[BoxInfo], caption: str) -> Piece:
    flowables: list[Flowable] = []
    for sheet in _spine_sheets(infos):
        flowables.append(_SpineSheet(sheet))
    for start in range(0, len(infos), 2):
        flowables.append(_FrontSheet(infos[start : start + 2]))
    return Piece(caption, flowables, template="sheet")


# ---------------------------------------------------------------------------------------------
# Public API


def print_dossier(work: Work, dossier_id: int, target: Path) -> Path:
    """Cover, in-file directory and reference sheet of one dossier (live, departed, bound or archived)."""
    work.require(Action.PRINT_ARCHIVE)
    d = archive.in_file_directory(work, dossier_id)
    pieces = [_cover_piece(d), *_dossier_pieces(d)]
    return _build(target, pieces, title=f"案卷 {_file_no(d)} {d.customer}", author=author(work))


def print_in_file_directory(work: Work, dossier_id: int, target: Path) -> Path:
    """The in-file directory (卷内目录) of one dossier."""
    work.require(Action.PRINT_ARCHIVE)
    d = archive.in_file_directory(work, dossier_id)
    return _build(target, [_directory_piece(d)], title=f"卷内目录 {_file_no(d)} {d.customer}", author=author(work))


def print_reference_sheet(work: Work, dossier_id: int, target: Path) -> Path:
    """The reference sheet (卷内备考表) of one dossier."""
    work.require(Action.PRINT_ARCHIVE)
    d = archive.in_file_directory(work, dossier_id)
    return _build(target, [_reference_piece(d)], title=f"卷内备考表 {_file_no(d)} {d.customer}", author=author(work))


def print_box_directory(work: Work, box_id: int, target: Path) -> Path:
    """The box directory (案卷目录) of one archive box."""
    work.require(Action.PRINT_ARCHIVE)
    info = archive.box(work, box_id)
    piece = _box_directory_piece(info, archive.box_entries(work, box_id))
    return _build(target, [piece], title=f"案卷目录 {info.number}", author=author(work))


def _year_boxes(work: Work, year: int, building_id: int | None) -> list[BoxInfo]:
    infos = archive.boxes(work, year=year, building_id=building_id)
    if not infos:
        raise NotFound(
            QT_TRANSLATE_NOOP("app", "There are no archive boxes for {year} yet: archive the year first."),
            field="archive.year",
            year=year,
        )
    return infos


def print_year_directory(work: Work, year: int, target: Path, building_id: int | None = None) -> Path:
    """The year's boxes by floor, with their file numbers, counts and shelf places."""
    work.require(Action.PRINT_ARCHIVE)
    infos = _year_boxes(work, year, building_id)
    return _build(target, [_year_piece(year, infos)], title=f"{year}年度档案盒目录", author=author(work))


def print_box_labels(work: Work, box_ids: Sequence[int], target: Path) -> Path:
    """Spine labels (盒脊) and front labels (盒面) of the boxes, in the order given."""
    work.require(Action.PRINT_ARCHIVE)
    infos = [archive.box(work, box_id) for box_id in box_ids]
    if not infos:
        raise ValidationError(QT_TRANSLATE_NOOP("app", "Choose at least one archive box."), field="box")
    return _build(target, [_label_piece(infos, "档案盒标签")], title="档案盒标签", author=author(work))


def _box_pieces(work: Work, info: BoxInfo) -> list[Piece]:
    entries = archive.box_entries(work, info.id)
    pieces = [_box_directory_piece(info, entries)]
    # One read for the whole box: a year's printout covers hundreds of dossiers.
    for directory in archive.in_file_directories(work, [entry.dossier_id for entry in entries]):
        pieces += _dossier_pieces(directory)
    return pieces


def print_box(work: Work, box_id: int, target: Path) -> Path:
    """One box ready to print: its labels, its directory, then each dossier's directory and reference sheet."""
    work.require(Action.PRINT_ARCHIVE)
    info = archive.box(work, box_id)
    pieces = [_label_piece([info], f"档案盒标签 {info.number}"), *_box_pieces(work, info)]
    return _build(target, pieces, title=f"档案盒 {info.number}", author=author(work))


def print_archive(work: Work, year: int, target: Path, building_id: int | None = None) -> Path:
    """The whole year in one PDF: the year directory, each box (by floor) with its dossiers, then all labels."""
    work.require(Action.PRINT_ARCHIVE)
    infos = _year_boxes(work, year, building_id)
    pieces = [_year_piece(year, infos)]
    for info in infos:
        pieces += _box_pieces(work, info)
    pieces.append(_label_piece(infos, f"{year}年度档案盒标签"))
    return _build(target, pieces, title=f"{year}年度归档", author=author(work))
