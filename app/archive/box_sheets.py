"""The sheets of a box and of a year (GB/T 9705, DA/T 22): the box directory (案卷目录) and box reference sheet
(盒内备考表), the year's directory of boxes, and the cover and 说明 page of the year's 案卷目录 per 全宗 and 目录号.

全宗名称 is the organisation keeping the record (the archive settings), never the building; the building is
printed as 楼宇 where it helps to find the box.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app.archive.boxing import BoxEntry, BoxInfo
from app.archive.retention import RETENTION_PRINTED, printed_retention
from app.archive.sheet_parts import chinese_date, heading, para, remarks_box, sign_off, styles, ymd
from app.printing import BODY_W, Piece, TextLines, cell_style, cell_text, ruled_table, title_lines

BOX_COLUMNS = ("档号", "案卷题名", "起止日期", "件数", "页数", "保管期限", "备注")


BOX_WIDTHS = [w * mm for w in (32, 58, 34, 11, 11, 14, 18)]


def _box_heading(info: BoxInfo) -> list[Flowable]:
    return [
        heading(
            [
                ("全宗名称", info.fonds_name),
                ("全宗号", info.fonds_code),
                ("目录号", info.catalogue_no),
                ("年度", str(info.year)),
            ]
        ),
        heading(
            [
                ("盒号", info.number),
                ("保管期限", printed_retention(info.retention)),
                ("楼宇", info.building),
                ("楼层", info.floor),
                ("存放位置", info.shelf_location),
            ]
        ),
    ]


def box_directory_piece(info: BoxInfo, entries: Sequence[BoxEntry]) -> Piece:
    widths = BOX_WIDTHS
    rows: list[list[Any]] = [list(BOX_COLUMNS)]
    for e in entries:
        rows.append(
            [
                cell_text(e.file_number, widths[0]),
                cell_text(e.title, widths[1]),
                cell_text(f"{ymd(e.start_date)}-{ymd(e.end_date)}", widths[2]),
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


def box_remarks(info: BoxInfo, entries: Sequence[BoxEntry]) -> list[str]:
    """盒内文件情况说明: what is in the box and what a reader must know that its directory does not show."""
    documents = sum(e.documents for e in entries)
    pages = sum(e.pages for e in entries)
    lines = [
        f"本盒为{info.fonds_name}{info.year}年度客户档案，楼宇 {info.building} {info.floor}，"
        f"保管期限{printed_retention(info.retention)}。",
        f"本盒共 {len(entries)} 卷，{documents} 件，{pages} 页；档号 {info.file_range}。",
    ]
    if len(entries) > 1 and "、" in info.file_range:
        lines.append("本盒档号不连续：个别案卷先于年度归档单独装订。")
    noted = [f"{e.file_number}（{e.notes}）" for e in entries if e.notes]
    if noted:
        lines.append(f"需注意的案卷：{'；'.join(noted)}。")
    if info.over_capacity:
        lines.append(f"本盒 {info.pages} 页，超过盒容量 {info.capacity_pages} 页（单卷厚于一盒）。")
    if info.shelf_location:
        lines.append(f"存放位置：{info.shelf_location}。")
    return lines


def box_reference_piece(info: BoxInfo, entries: Sequence[BoxEntry]) -> Piece:
    """盒内备考表 (DA/T 22), the last sheet in the box: what it holds, who put it together and who checked it."""
    box = remarks_box("盒内文件情况说明", box_remarks(info, entries))
    made = f"{info.created_by}（{chinese_date(info.created_at.date())}装盒）" if info.created_by else ""
    flowables: list[Flowable] = [
        title_lines("盒内备考表"),
        Spacer(1, 3 * mm),
        *_box_heading(info),
        Spacer(1, 2 * mm),
        box,
        Spacer(1, 6 * mm),
        KeepTogether([sign_off([("整理人", made, "整理日期"), ("检查人", "", "检查日期")])]),
    ]
    return Piece(f"盒内备考表 盒号 {info.number}", flowables)


# ---------------------------------------------------------------------------------------------
# The year


YEAR_COLUMNS = ("盒号", "楼层", "保管期限", "起止档号", "卷数", "件数", "页数", "存放位置")


YEAR_WIDTHS = [w * mm for w in (28, 12, 15, 52, 11, 12, 12, 36)]


def _anchor_lines(anchor: tuple[int, str]) -> list[Flowable]:
    """The audit log's head when the list was printed: an anchor on paper, outside the file (R16). Comparing it
    with the file later shows whether entries written before this day were cut off or the log was rewritten."""
    count, head = anchor
    grouped = " ".join(head[i : i + 16] for i in range(0, len(head), 16))
    return [
        Spacer(1, 5 * mm),
        para(f"审计日志锚点：打印时审计日志共 {count} 条，最后一条的哈希值为", "text"),
        para(grouped, "text"),
        # The paper names the program's file check in words: it is read by the archivist, not typed at a prompt.
        para("（用本程序检查数据库文件时，可将数据库中的审计日志与此核对。）", "heading"),
    ]


def year_piece(year: int, infos: Sequence[BoxInfo], anchor: tuple[int, str] | None = None) -> Piece:
    widths = YEAR_WIDTHS
    buildings: dict[str, list[BoxInfo]] = {}
    for info in infos:  # already by building, floor and number
        buildings.setdefault(info.building, []).append(info)
    first = infos[0]
    flowables: list[Flowable] = [
        title_lines(f"{year}年度 档案盒目录"),
        Spacer(1, 3 * mm),
        heading([("全宗名称", first.fonds_name), ("全宗号", _fonds_codes(infos)), ("目录号", first.catalogue_no)]),
        heading(
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
        flowables += [Spacer(1, 4 * mm), heading([("楼宇", building)]), Spacer(1, 1.5 * mm), table]
    if anchor is not None:
        flowables.append(KeepTogether(_anchor_lines(anchor)))
    return Piece(f"{year}年度档案盒目录", flowables)


def _fonds_codes(infos: Sequence[BoxInfo]) -> str:
    return "、".join(dict.fromkeys(i.fonds_code for i in infos))


def catalogue_groups(infos: Sequence[BoxInfo]) -> list[list[BoxInfo]]:
    """The year's boxes by 全宗号 and 目录号: each group gets its own 案卷目录 cover and 说明 page."""
    groups: dict[tuple[str, str], list[BoxInfo]] = {}
    for info in infos:
        groups.setdefault((info.fonds_code, info.catalogue_no), []).append(info)
    return list(groups.values())


def _retention_counts(infos: Sequence[BoxInfo]) -> str:
    counts: dict[str, int] = {}
    for info in infos:
        counts[info.retention] = counts.get(info.retention, 0) + info.dossiers
    order = list(RETENTION_PRINTED)
    ordered = sorted(counts.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order))
    return "，".join(f"{printed_retention(code)} {n} 卷" for code, n in ordered)


def catalogue_cover_piece(year: int, infos: Sequence[BoxInfo], compiled_on: dt.date) -> Piece:
    """案卷目录封面 of one 全宗/目录号 and year: no page footer, like a dossier's cover."""
    first = infos[0]
    label_w = 34 * mm

    def value(text: str) -> Paragraph:
        return para(text, "big")

    rows: list[list[Any]] = [
        ["全宗名称", value(first.fonds_name)],
        ["全宗号", value(first.fonds_code)],
        ["目录号", value(first.catalogue_no)],
        ["类目名称", value("客户档案")],
        ["年度", value(str(year))],
        ["案卷数", value(f"{sum(i.dossiers for i in infos)} 卷（{len(infos)} 盒）")],
        ["保管期限", value(_retention_counts(infos))],
        ["编制日期", value(chinese_date(compiled_on))],
    ]
    table = ruled_table(
        rows,
        [label_w, BODY_W - label_w],
        header_rows=0,
        styles=[[cell_style("CENTER", size=13, leading=16, top=10, bottom=10), cell_style(side=8, top=10, bottom=10)]]
        * len(rows),
    )
    flowables: list[Flowable] = [
        TextLines("案卷目录封面", 8),
        Spacer(1, 16 * mm),
        para(first.fonds_name, "cover-title"),
        Spacer(1, 4 * mm),
        Paragraph(f"{year}年度", styles()["cover-title"]),
        Paragraph("案 卷 目 录", styles()["cover-title"]),
        Spacer(1, 18 * mm),
        table,
    ]
    return Piece(f"案卷目录封面 {first.fonds_code} 目录号 {first.catalogue_no} {year}年度", flowables, footer=False)


def catalogue_notes_piece(year: int, infos: Sequence[BoxInfo], compiled_by: str, compiled_on: dt.date) -> Piece:
    """说明 of the year's 案卷目录: what it covers, how it is ordered, who compiled it and when."""
    first = infos[0]
    dossiers = sum(i.dossiers for i in infos)
    buildings = "、".join(dict.fromkeys(i.building for i in infos))
    lines = [
        f"本目录为{first.fonds_name}（全宗号 {first.fonds_code}）{year}年度客户档案案卷目录，"
        f"目录号 {first.catalogue_no}。",
        f"本目录收录案卷 {dossiers} 卷，{sum(i.documents for i in infos)} 件，{sum(i.pages for i in infos)} 页，"
        f"装入档案盒 {len(infos)} 个；涉及楼宇：{buildings}。",
        f"保管期限：{_retention_counts(infos)}。",
        "案卷按楼宇、楼层和盒号排列，盒内按档号顺序排列；各盒的案卷目录、盒内备考表随盒存放。",
        "一个案卷为一户（一次租赁）的客户档案，案卷内文件按时间顺序排列，卷内目录与卷内备考表装订在卷内。",
    ]
    table = ruled_table(
        [
            ["全宗名称", first.fonds_name, "全宗号", first.fonds_code],
            ["目录号", first.catalogue_no, "年度", str(year)],
            ["案卷数", f"{dossiers} 卷", "编制日期", chinese_date(compiled_on)],
        ],
        [w * mm for w in (24, 78, 24, 52)],
        header_rows=0,
        styles=[[cell_style("CENTER", size=10.5, leading=14, top=6, bottom=6), cell_style(size=10.5, leading=14)] * 2]
        * 3,
    )
    flowables: list[Flowable] = [
        title_lines("说　明"),
        Spacer(1, 6 * mm),
        table,
        Spacer(1, 6 * mm),
        *[para(line, "text") for line in lines],
        Spacer(1, 10 * mm),
        KeepTogether([sign_off([("编制人", compiled_by, "编制日期"), ("审核人", "", "审核日期")])]),
    ]
    return Piece(f"案卷目录说明 {first.fonds_code} 目录号 {first.catalogue_no} {year}年度", flowables)


def catalogue_head_pieces(year: int, infos: Sequence[BoxInfo], compiled_by: str, compiled_on: dt.date) -> list[Piece]:
    """The cover and 说明 page of the year's 案卷目录, one pair per 全宗/目录号."""
    pieces: list[Piece] = []
    for group in catalogue_groups(infos):
        pieces += [
            catalogue_cover_piece(year, group, compiled_on),
            catalogue_notes_piece(year, group, compiled_by, compiled_on),
        ]
    return pieces
