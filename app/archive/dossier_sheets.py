"""A bound dossier's own sheets (GB/T 9705): its cover (案卷封面), in-file directory (卷内目录) and reference
sheet (卷内备考表).

One number on paper: the 档号 (with its 全宗号) is what the file is filed and asked for by; the live dossier's
number is printed once per page, small, as 原档案编号, to find the history behind it.

The in-file directory is laid out here rather than left to the table: its columns are sized to what the dossier
actually holds (an empty 文号 shrinks to its header, 责任者 and 题名 get the room), and its rows are put on pages
beforehand, so that every page repeats the title, the 档号 and the column header, and no page carries one lone
row when the previous page can give it company.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from app.archive.directory import DirectoryItem, InFileDirectory
from app.archive.retention import printed_retention
from app.archive.sheet_parts import (
    HEADING_LEADING,
    HEADING_SIZE,
    SMALL_LEADING,
    SMALL_SIZE,
    chinese_date,
    former_numbers,
    heading,
    heading_text,
    natural_width,
    para,
    remarks_box,
    sign_off,
    small,
    styles,
    ymd,
)
from app.printing import (
    BODY_H,
    BODY_W,
    Piece,
    TextLines,
    break_lines,
    cell_style,
    cell_text,
    lines_needed,
    ruled_table,
    title_lines,
)

DIRECTORY_COLUMNS = ("序号", "文号", "责任者", "题名", "日期", "页号", "备注")

# Table text as app.printing sets it (cell_style's defaults): what a row's height is made of.
CELL_LEADING = 11.5
ROW_PADDING = 2.5 + 3.0

# A note longer than this in the 备注 column would make its row tall; it continues in the 备考表 instead.
NOTE_MAX_LINES = 3
NOTE_MAX_W = 24 * mm  # the widest 备注 column: notes are short remarks, the rest goes to the 备考表
REFERENCE_MAX_W = 36 * mm  # the widest 文号 column, for a 文号 like 星物函〔2023〕12号
TITLE_MIN_W = 50 * mm
ISSUER_MIN_W = 14 * mm
MARGIN = 2.0  # points left free on a page: what the layout's arithmetic may be off by
MOVED_NOTE = "见备考表"


def file_no(d: InFileDirectory) -> str:
    return d.file_number or "未装订"


def pages_text(first: int | None, last: int | None) -> str:
    if first is None:
        return ""
    return str(first) if last is None or last == first else f"{first}-{last}"


def item_notes(item: DirectoryItem) -> str:
    return "；".join(part for part in ("补充" if item.supplement else "", item.notes) if part)


# ---------------------------------------------------------------------------------------------
# The in-file directory


@dataclass(frozen=True)
class DirectoryLayout:
    """How one dossier's in-file directory is set: its column widths, its rows and which rows go on which page."""

    widths: tuple[float, ...]
    rows: tuple[tuple[str, ...], ...]  # the body rows, cells broken to their widths
    pages: tuple[tuple[int, ...], ...]  # row indexes per page
    moved_notes: tuple[tuple[int, str], ...]  # (item no., note) continued in the 备考表

    def one_line_rows(self) -> int:
        return sum(1 for row in self.rows if all("\n" not in cell for cell in row))


def directory_widths(items: Sequence[DirectoryItem]) -> list[float]:
    """Column widths for these rows: the narrow columns as wide as their widest text, the rest shared by
    责任者 and 题名 so that as many rows as possible take a single line."""
    header = [natural_width(name) for name in DIRECTORY_COLUMNS]
    number = max([header[0], *(natural_width(str(i.item_no)) for i in items)])
    date = max([header[4], *(natural_width(ymd(i.date)) for i in items)])
    page = max([header[5], *(natural_width(pages_text(i.page_from, i.page_to)) for i in items)])
    reference = min(
        REFERENCE_MAX_W, max([header[1], *(natural_width(i.reference_no) for i in items if i.reference_no)])
    )
    # A note that fits the widest 备注 widens it; a longer one wraps or goes to the 备考表 anyway.
    notes = [natural_width(n) for n in map(item_notes, items) if n]
    fitting = [w for w in notes if w <= NOTE_MAX_W]
    # A longer note may go on in the 备考表: then the cell must hold 见备考表 on one line.
    pointer = natural_width(MOVED_NOTE) if len(fitting) < len(notes) else 0.0
    note = max([header[6], 12 * mm, pointer, *fitting])
    rest = BODY_W - number - date - page - reference - note
    issuers = [natural_width(i.issuer) for i in items]
    titles = [natural_width(i.title) for i in items]
    low, high = max(header[2], ISSUER_MIN_W), rest - TITLE_MIN_W
    best, best_w = -1, low
    for w in sorted({low, *(x for x in issuers if low <= x <= high)}):
        fits = sum(1 for a, b in zip(issuers, titles, strict=True) if a <= w and b <= rest - w)
        if fits > best:
            best, best_w = fits, w
    issuer = best_w
    slack = rest - issuer - max([header[3], *titles])
    if slack > 0:  # every title fits: what is left widens the issuer too, so fewer names wrap
        issuer += slack
    title = rest - issuer
    return [number, reference, issuer, title, date, page, note]


def _row_height(row: Sequence[str]) -> float:
    return max(cell.count("\n") + 1 for cell in row) * CELL_LEADING + ROW_PADDING


def _heading_parts(d: InFileDirectory) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    first = [("全宗号", d.fonds_code), ("目录号", d.catalogue_no), ("档号", file_no(d)), ("单位", d.customer)]
    second = [("楼宇", d.building), ("单元", d.units), ("楼层", d.floor)]
    return first, second


def _page_head(d: InFileDirectory) -> list[Flowable]:
    """What every page of a directory starts with: the title, the 档号 line and the small 原档案编号 line."""
    first, second = _heading_parts(d)
    return [
        title_lines("卷内目录"),
        Spacer(1, 3 * mm),
        heading(first),
        heading(second),
        small(former_numbers(d.dossier_number, d.former_file_number)),
        Spacer(1, 2 * mm),
    ]


def _head_height(d: InFileDirectory) -> float:
    first, second = _heading_parts(d)
    lines = sum(len(break_lines(heading_text(p), BODY_W, HEADING_SIZE)) for p in (first, second))
    small_lines = len(
        break_lines(heading_text(former_numbers(d.dossier_number, d.former_file_number)), BODY_W, SMALL_SIZE)
    )
    return 24 + 3 * mm + lines * HEADING_LEADING + small_lines * SMALL_LEADING + 2 * mm


UNBOUND_NOTE = "本卷尚未装订：件号与页号为暂定，装订时确定。"


def _tail_height(d: InFileDirectory) -> float:
    return 2 * mm + HEADING_LEADING * 2 if d.file_number is None else 0.0


def directory_layout(d: InFileDirectory) -> DirectoryLayout:
    """Widths, rows and pages of a dossier's in-file directory (see the module's docstring)."""
    widths = directory_widths(d.items)
    rows: list[tuple[str, ...]] = []
    moved: list[tuple[int, str]] = []
    for item in d.items:
        notes = item_notes(item)
        if lines_needed(notes, widths[6]) > NOTE_MAX_LINES:
            moved.append((item.item_no, notes))
            notes = MOVED_NOTE
        rows.append(
            (
                str(item.item_no),
                cell_text(item.reference_no, widths[1]),
                cell_text(item.issuer, widths[2]),
                cell_text(item.title, widths[3]),
                ymd(item.date),
                cell_text(pages_text(item.page_from, item.page_to), widths[5]),
                cell_text(notes, widths[6]),
            )
        )
    if not d.items:
        rows.append(("", "", "", "（本卷无文件）", "", "", ""))
    header = _row_height(DIRECTORY_COLUMNS)
    room = BODY_H - _head_height(d) - header - MARGIN
    pages: list[list[int]] = [[]]
    used = 0.0
    for n, row in enumerate(rows):
        h = _row_height(row)
        if pages[-1] and used + h > room:
            pages.append([])
            used = 0.0
        pages[-1].append(n)
        used += h
    # The unbound note follows the last row: when it does not fit there, the last rows go on with it.
    tail = _tail_height(d)
    if tail and sum(_row_height(rows[n]) for n in pages[-1]) + tail > room:
        carried: list[int] = []
        while pages[-1] and (sum(_row_height(rows[n]) for n in pages[-1]) + tail > room or len(carried) < 2):
            carried.insert(0, pages[-1].pop())
        pages = [page for page in pages if page] + [carried]
    # No lone row on the last page of a long directory: the page before gives it one of its rows.
    while len(pages) > 1 and len(pages[-1]) < 2 and len(pages[-2]) > 2:
        pages[-1].insert(0, pages[-2].pop())
    return DirectoryLayout(tuple(widths), tuple(rows), tuple(tuple(p) for p in pages), tuple(moved))


def directory_piece(d: InFileDirectory, layout: DirectoryLayout | None = None) -> Piece:
    layout = layout or directory_layout(d)
    widths = list(layout.widths)
    flowables: list[Flowable] = []
    for number, page in enumerate(layout.pages):
        if number:
            flowables.append(PageBreak())
        table = ruled_table(
            [list(DIRECTORY_COLUMNS), *(list(layout.rows[n]) for n in page)], widths, centered=(0, 4, 5)
        )
        flowables += [*_page_head(d), table]
    if d.file_number is None:
        flowables += [Spacer(1, 2 * mm), para(UNBOUND_NOTE, "heading")]
    return Piece(f"卷内目录 {file_no(d)}", flowables)


# ---------------------------------------------------------------------------------------------
# The reference sheet


def remarks(d: InFileDirectory, moved_notes: Sequence[tuple[int, str]] = ()) -> list[str]:
    """本卷情况说明: what a reader of the bound file must know that the directory does not show."""
    items = d.items
    originals = sum(1 for i in items if i.is_original)
    lines = [f"本卷共 {len(items)} 件，{d.pages} 页（原件 {originals} 件，工作件 {len(items) - originals} 件）。"]
    if d.move_out:
        tenancy = f"租期 {chinese_date(d.move_in)} 至 {chinese_date(d.move_out)}"
    else:
        tenancy = f"租期自 {chinese_date(d.move_in)} 起，尚未退租"
    lines.append(f"{d.customer}，单元 {d.units}，{tenancy}。")
    if d.moved_out_units:
        given = "；".join(f"{unit} 于 {chinese_date(day)} 退租" for unit, day in d.moved_out_units)
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
            f"第 {i.item_no} 件《{i.title}》（{ymd(i.date)}，{pages_text(i.page_from, i.page_to) or '无页号'}）"
            for i in supplements
        )
        lines.append(f"装订后补充 {len(supplements)} 件，经客务部经理同意归入本卷：{listed}。")
    for item_no, note in moved_notes:  # what the 备注 column says 见备考表 for
        lines.append(f"第 {item_no} 件备注：{note}")
    if d.file_number is None:
        lines.append("本卷尚未装订，件号与页号为暂定。")
    if d.box_number:
        lines.append(f"本卷存于档案盒 {d.box_number}。")
    return lines


def reference_piece(d: InFileDirectory, layout: DirectoryLayout | None = None) -> Piece:
    moved = (layout or directory_layout(d)).moved_notes
    box = remarks_box("本卷情况说明", remarks(d, moved))
    # GB/T 9705: the binder (立卷人) and someone else who looks the file over (检查人) sign and date by hand.
    bound = f"{d.bound_by}（{chinese_date(d.bound_at.date())}装订）" if d.bound_at and d.bound_by else d.bound_by
    signatures = sign_off([("立卷人", bound), ("检查人", "")])
    # 互见号: where related files are (GB/T 9705); left blank to write in.
    cross = ruled_table(
        [["互见号", ""]],
        [BODY_W / 4 * 0.7, BODY_W - BODY_W / 4 * 0.7],
        header_rows=0,
        styles=[[cell_style("CENTER", size=11, leading=14, top=9, bottom=9), cell_style(size=11, leading=14)]],
        extra=[("BOX", (0, 0), (-1, -1), 0.8, colors.black)],
    )
    first, _ = _heading_parts(d)
    flowables: list[Flowable] = [
        title_lines("卷内备考表"),
        Spacer(1, 3 * mm),
        heading(first),
        small(former_numbers(d.dossier_number, d.former_file_number)),
        Spacer(1, 2 * mm),
        box,
        Spacer(1, 6 * mm),
        KeepTogether([signatures, cross]),
    ]
    return Piece(f"卷内备考表 {file_no(d)}", flowables)


# ---------------------------------------------------------------------------------------------
# The cover


def cover_piece(d: InFileDirectory) -> Piece:
    """案卷封面 (GB/T 9705): the organisation, the category, the title, dates, counts, retention and 档号.
    No page footer: a cover is the file's face."""
    label_w = 34 * mm
    value_w = BODY_W - label_w

    def value(text: str) -> Paragraph:
        return para(text, "big")

    rows: list[list[Any]] = [
        ["全宗名称", value(d.fonds_name)],
        ["类目名称", value("客户档案")],
        ["案卷题名", value(d.title)],
        ["起止日期", value(f"{ymd(d.start_date)} — {ymd(d.end_date)}")],
        ["件数", value(f"{len(d.items)} 件")],
        ["页数", value(f"{d.pages} 页")],
        ["保管期限", value(printed_retention(d.retention) or "未定（装订时确定）")],
        ["全宗号", value(f"{d.fonds_code}　　目录号：{d.catalogue_no}")],
        ["档号", value(d.file_number or "未装订")],
    ]
    if d.box_number:
        rows.append(["盒号", value(d.box_number)])
    table = ruled_table(
        rows,
        [label_w, value_w],
        header_rows=0,
        styles=[[cell_style("CENTER", size=13, leading=16, top=10, bottom=10), cell_style(side=8, top=10, bottom=10)]]
        * len(rows),
    )
    flowables: list[Flowable] = [
        # What the sheet is, small in the corner: with no footer, a loose cover still says it is one.
        TextLines("案卷封面", SMALL_SIZE),
        Spacer(1, 16 * mm),
        para(d.fonds_name, "cover-title"),
        Spacer(1, 4 * mm),
        Paragraph("客 户 档 案", styles()["cover-title"]),
        Spacer(1, 18 * mm),
        table,
        Spacer(1, 4 * mm),
        small([("楼宇", d.building), *former_numbers(d.dossier_number, d.former_file_number)]),
    ]
    return Piece(f"案卷封面 {file_no(d)}", flowables, footer=False)


def dossier_pieces(d: InFileDirectory, *, cover: bool = True) -> list[Piece]:
    """A dossier as it goes into its box: cover, in-file directory, reference sheet."""
    layout = directory_layout(d)
    pieces = [cover_piece(d)] if cover else []
    return [*pieces, directory_piece(d, layout), reference_piece(d, layout)]
