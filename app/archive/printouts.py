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
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app.archive.box_labels import label_piece
from app.archive.boxing import BoxEntry, BoxInfo, box, box_entries, boxes
from app.archive.directory import InFileDirectory, in_file_directories, in_file_directory
from app.archive.retention import printed_retention
from app.audit import chain_head
from app.desk import Work
from app.errors import NotFound, ValidationError
from app.permissions import Action
from app.printing import (
    BODY_W,
    NumberedCanvas,
    Piece,
    TextLines,
    author,
    break_lines,
    build_pdf,
    cell_style,
    cell_text,
    cjk_font,
    lines_needed,
    ruled_table,
    title_lines,
)
from app.text import QT_TRANSLATE_NOOP

REMARK_SIZE = 10.5  # the reference sheet's remarks: running text, a little larger


# A note longer than this many lines in the narrow 备注 column would make a row taller than a
# page (a row never splits), so it is printed in full under the table as a numbered 附注.
NOTE_MAX_LINES = 6


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


def _file_no(d: InFileDirectory) -> str:
    return d.file_number or "未装订"


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
        ["保管期限", value(printed_retention(d.retention) or "未定（装订时确定）")],
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


BOX_COLUMNS = ("案卷号", "案卷题名", "起止日期", "件数", "页数", "保管期限", "备注")


# The 档号 column holds a whole standard 档号 (X01-2025-D30-0013) on one line (issue 12, "codes").
BOX_WIDTHS = [w * mm for w in (31, 58, 33, 12, 12, 14, 18)]


def _box_heading(info: BoxInfo) -> list[Flowable]:
    return [
        _heading([("全宗名称", info.building), ("年度", str(info.year)), ("楼层", info.floor)]),
        _heading(
            [("盒号", info.number), ("保管期限", printed_retention(info.retention)), ("存放位置", info.shelf_location)]
        ),
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
                printed_retention(e.retention),
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


def _anchor_lines(anchor: tuple[int, str]) -> list[Flowable]:
    """The audit log's head when the list was printed: an anchor on paper, outside the file (R16). Comparing it
    with the file later shows whether entries written before this day were cut off or the log was rewritten."""
    count, head = anchor
    grouped = " ".join(head[i : i + 16] for i in range(0, len(head), 16))
    return [
        Spacer(1, 5 * mm),
        _para(f"审计日志锚点：打印时审计日志共 {count} 条，最后一条的哈希值（SHA-256）为", "text"),
        _para(grouped, "text"),
        _para("（dossier-desk check 可将数据库的审计日志与此核对。）", "heading"),
    ]


def _year_piece(year: int, infos: Sequence[BoxInfo], anchor: tuple[int, str] | None = None) -> Piece:
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
                    printed_retention(i.retention),
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
    if anchor is not None:
        flowables.append(KeepTogether(_anchor_lines(anchor)))
    return Piece(f"{year}年度档案盒目录", flowables)


def print_dossier(work: Work, dossier_id: int, target: Path) -> Path:
    """Cover, in-file directory and reference sheet of one dossier (live, departed, bound or archived)."""
    work.require(Action.PRINT_ARCHIVE)
    d = in_file_directory(work, dossier_id)
    pieces = [_cover_piece(d), *_dossier_pieces(d)]
    return _build(target, pieces, title=f"案卷 {_file_no(d)} {d.customer}", author=author(work))


def print_in_file_directory(work: Work, dossier_id: int, target: Path) -> Path:
    """The in-file directory (卷内目录) of one dossier."""
    work.require(Action.PRINT_ARCHIVE)
    d = in_file_directory(work, dossier_id)
    return _build(target, [_directory_piece(d)], title=f"卷内目录 {_file_no(d)} {d.customer}", author=author(work))


def print_reference_sheet(work: Work, dossier_id: int, target: Path) -> Path:
    """The reference sheet (卷内备考表) of one dossier."""
    work.require(Action.PRINT_ARCHIVE)
    d = in_file_directory(work, dossier_id)
    return _build(target, [_reference_piece(d)], title=f"卷内备考表 {_file_no(d)} {d.customer}", author=author(work))


def print_box_directory(work: Work, box_id: int, target: Path) -> Path:
    """The box directory (案卷目录) of one archive box."""
    work.require(Action.PRINT_ARCHIVE)
    info = box(work, box_id)
    piece = _box_directory_piece(info, box_entries(work, box_id))
    return _build(target, [piece], title=f"案卷目录 {info.number}", author=author(work))


def year_boxes(work: Work, year: int, building_id: int | None = None) -> list[BoxInfo]:
    """The year's archive boxes; refused when the year has none yet (there is nothing to print)."""
    work.require_read()
    infos = boxes(work, year=year, building_id=building_id)
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
    infos = year_boxes(work, year, building_id)
    piece = _year_piece(year, infos, chain_head(work))
    return _build(target, [piece], title=f"{year}年度档案盒目录", author=author(work))


def print_box_labels(work: Work, box_ids: Sequence[int], target: Path) -> Path:
    """Spine labels (盒脊) and front labels (盒面) of the boxes, in the order given."""
    work.require(Action.PRINT_ARCHIVE)
    infos = [box(work, box_id) for box_id in box_ids]
    if not infos:
        raise ValidationError(QT_TRANSLATE_NOOP("app", "Choose at least one archive box."), field="box")
    return _build(target, [label_piece(infos, "档案盒标签")], title="档案盒标签", author=author(work))


def _box_pieces(work: Work, info: BoxInfo) -> list[Piece]:
    entries = box_entries(work, info.id)
    pieces = [_box_directory_piece(info, entries)]
    # One read for the whole box: a year's printout covers hundreds of dossiers.
    for directory in in_file_directories(work, [entry.dossier_id for entry in entries]):
        pieces += _dossier_pieces(directory)
    return pieces


def print_box(work: Work, box_id: int, target: Path) -> Path:
    """One box ready to print: its labels, its directory, then each dossier's directory and reference sheet."""
    work.require(Action.PRINT_ARCHIVE)
    info = box(work, box_id)
    pieces = [label_piece([info], f"档案盒标签 {info.number}"), *_box_pieces(work, info)]
    return _build(target, pieces, title=f"档案盒 {info.number}", author=author(work))


def print_archive(work: Work, year: int, target: Path, building_id: int | None = None) -> Path:
    """The whole year in one PDF: the year directory, each box (by floor) with its dossiers, then all labels."""
    work.require(Action.PRINT_ARCHIVE)
    infos = year_boxes(work, year, building_id)
    pieces = [_year_piece(year, infos, chain_head(work))]
    for info in infos:
        pieces += _box_pieces(work, info)
    pieces.append(label_piece(infos, f"{year}年度档案盒标签"))
    return _build(target, pieces, title=f"{year}年度归档", author=author(work))
