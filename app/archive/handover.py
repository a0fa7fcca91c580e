"""档案移交清单: the list the boxes of a year (or chosen boxes) are handed over with, signed by who hands over
(移交人), who receives (接收人) and who oversees (监交人)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.archive.boxing import BoxEntry, BoxInfo, box_entries
from app.archive.retention import printed_retention
from app.archive.sheet_parts import heading, natural_width, sign_off
from app.desk import Work
from app.printing import BODY_W, Piece, cell_text, ruled_table, title_lines

TAIL_ROWS = 3  # rows of the list kept on the page of the signatures

HANDOVER_COLUMNS = ("序号", "档号", "案卷题名", "年度", "保管期限", "件数", "页数", "盒号", "备注")


def handover_widths(rows: Sequence[tuple[BoxInfo, BoxEntry]]) -> list[float]:
    """Every column as wide as its widest text (a 档号 like X01-2025-D30-0013 on one line); 案卷题名 gets the rest."""

    def widest(header: str, texts: Sequence[str], least: float = 0.0) -> float:
        return max([least, natural_width(header), *map(natural_width, texts)])

    widths = [
        widest("序号", [str(len(rows))]),
        widest("档号", [e.file_number for _, e in rows]),
        0.0,
        widest("年度", [str(i.year) for i, _ in rows]),
        widest("保管期限", [printed_retention(e.retention) for _, e in rows]),
        widest("件数", [str(e.documents) for _, e in rows]),
        widest("页数", [str(e.pages) for _, e in rows]),
        widest("盒号", [i.number for i, _ in rows]),
        min(24 * mm, widest("备注", [e.notes for _, e in rows], 14 * mm)),
    ]
    widths[2] = BODY_W - sum(widths)
    return widths


def handover_rows(work: Work, infos: Sequence[BoxInfo]) -> list[tuple[BoxInfo, BoxEntry]]:
    """Every dossier of the boxes, box by box in their order, each in its place in the box."""
    return [(info, entry) for info in infos for entry in box_entries(work, info.id)]


def handover_piece(infos: Sequence[BoxInfo], rows: Sequence[tuple[BoxInfo, BoxEntry]], scope: str) -> Piece:
    widths = handover_widths(rows)
    table_rows: list[list[Any]] = [list(HANDOVER_COLUMNS)]
    for n, (info, e) in enumerate(rows, start=1):
        table_rows.append(
            [
                str(n),
                cell_text(e.file_number, widths[1]),
                cell_text(e.title, widths[2]),
                str(info.year),
                printed_retention(e.retention),
                str(e.documents),
                str(e.pages),
                cell_text(info.number, widths[7]),
                cell_text(e.notes, widths[8]),
            ]
        )
    documents = sum(e.documents for _, e in rows)
    pages = sum(e.pages for _, e in rows)
    table_rows.append(["合计", f"{len(rows)} 卷，{len(infos)} 盒", "", "", "", str(documents), str(pages), "", ""])
    # The last rows and the totals stay with the signatures: a page of signatures alone would not say what
    # was signed for. Two tables of the same widths, one under the other, read as one.
    kept = min(TAIL_ROWS, len(rows))
    body = table_rows[: len(table_rows) - 1 - kept]
    tail = ruled_table(
        table_rows[len(table_rows) - 1 - kept :],
        widths,
        header_rows=0,
        total=True,
        centered=(0, 3, 4, 5, 6),
        extra=[("SPAN", (1, -1), (4, -1))],
    )
    table: list[Flowable] = [ruled_table(body, widths, centered=(0, 3, 4, 5, 6))] if len(body) > 1 else []
    if len(body) == 1:  # everything is in the tail: it carries the header itself
        tail = ruled_table(table_rows, widths, total=True, centered=(0, 3, 4, 5, 6), extra=[("SPAN", (1, -1), (4, -1))])
    first = infos[0]
    codes = "、".join(dict.fromkeys(i.fonds_code for i in infos))
    flowables: list[Flowable] = [
        title_lines("档案移交清单"),
        Spacer(1, 3 * mm),
        heading([("全宗名称", first.fonds_name), ("全宗号", codes), ("目录号", first.catalogue_no)]),
        heading([("移交范围", scope), ("案卷数", str(len(rows))), ("件数", str(documents)), ("页数", str(pages))]),
        Spacer(1, 2 * mm),
        *table,
        KeepTogether(
            [
                tail,
                Spacer(1, 8 * mm),
                heading([("移交说明", "以上案卷经双方逐卷清点，数量与本清单相符。")]),
                Spacer(1, 3 * mm),
                sign_off([("移交人", "", "移交日期"), ("接收人", "", "接收日期"), ("监交人", "", "监交日期")]),
            ]
        ),
    ]
    return Piece(f"档案移交清单 {scope}", flowables)
