"""The printed loan register (档案借阅登记表): every dossier lent in a month or any period, one row each.

Landscape A4 (thirteen columns do not fit portrait), the header repeated on every page, the CJK font embedded,
written under a temporary name and renamed into place when complete, like every printout.
"""

from __future__ import annotations

import calendar
import datetime as dt
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.desk import Work
from app.errors import ValidationError
from app.loans.loans import LoanInfo, list_loans
from app.permissions import Action
from app.printing import Piece, TextLines, author, break_lines, build_pdf, cell_style, ruled_table, title_lines
from app.text import QT_TRANSLATE_NOOP

TITLE = "档案借阅登记表"
COLUMNS = (
    "序号",
    "借阅日期",
    "档号/档案编号",
    "案卷题名",
    "借阅人",
    "部门",
    "借阅目的",
    "批准人",
    "应还日期",
    "归还日期",
    "是否完好",
    "经手人",
    "备注",
)
# Landscape A4 leaves 265 mm between the margins; the titles and purposes get the most, dates one line each.
WIDTHS = [w * mm for w in (9, 19, 24, 44, 15, 17, 28, 15, 19, 19, 14, 20, 22)]
CELL = 8.0  # a point smaller than the directories: thirteen columns on one line of paper
LEADING = 10.0
PAD = 3.0  # the cells' side padding (points)


def _cell(text: str, width: float) -> str:
    """A cell's text broken to the column at the register's type size (the table sizes the row to the lines)."""
    return "\n".join(break_lines(text, width - 2 * PAD, CELL))


def month_period(year: int, month: int) -> tuple[dt.date, dt.date]:
    """The first and last day of a month."""
    if not 1 <= month <= 12:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be a month from 1 to 12, not “{value}”."),
            field="loan.month",
            value=month,
        )
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _period_text(first: dt.date, last: dt.date) -> str:
    if first.day == 1 and last == month_period(first.year, first.month)[1]:
        return f"{first.year}年{first.month}月"
    return f"{first.isoformat()} 至 {last.isoformat()}"


def _handled_by(loan: LoanInfo) -> str:
    """经手人: who handed it out, and who took it back when that was someone else."""
    if loan.returned_by and loan.returned_by != loan.handed_out_by:
        return f"{loan.handed_out_by}（借）\n{loan.returned_by}（还）"
    return loan.handed_out_by


def _remarks(loan: LoanInfo, today: dt.date) -> str:
    parts = []
    if loan.in_office_only:
        parts.append("限室内查阅")
    if loan.returned_at is None and loan.expected_return < today:
        parts.append("逾期未还")
    if loan.missing_note:
        parts.append(f"缺失：{loan.missing_note}")
    if loan.notes:
        parts.append(loan.notes)
    return "；".join(parts)


def _complete(loan: LoanInfo) -> str:
    if loan.complete is None:
        return ""
    return "是" if loan.complete else "否"


def register_rows(work: Work, first: dt.date, last: dt.date) -> list[list[str]]:
    """The register's rows for the period, oldest first, one per dossier lent (序号 counted across loans)."""
    lent = sorted(list_loans(work, period=(first, last), handed_out_only=True), key=lambda x: (x.lent_on, x.id))
    rows: list[list[str]] = []
    for loan in lent:
        for d in loan.dossiers:
            number = f"{d.file_number}\n{d.number}" if d.file_number else d.number
            rows.append(
                [
                    str(len(rows) + 1),
                    loan.lent_on.isoformat(),
                    number,
                    d.title,
                    loan.borrower,
                    loan.department,
                    loan.purpose,
                    loan.approved_by,
                    loan.expected_return.isoformat(),
                    loan.returned_at.date().isoformat() if loan.returned_at else "",
                    _complete(loan),
                    _handled_by(loan),
                    _remarks(loan, work.today),
                ]
            )
    return rows


def print_loan_register(work: Work, first: dt.date, last: dt.date, target: Path) -> int:
    """Write the register of ``first``..``last`` to ``target`` (atomically); returns how many rows it has."""
    actor = work.require(Action.READ)
    if last < first:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "The period ends ({last}) before it begins ({first})."),
            field="loan.period",
            first=first,
            last=last,
        )
    rows = register_rows(work, first, last)
    body, centre = cell_style("LEFT", CELL, LEADING, PAD), cell_style("CENTER", CELL, LEADING, PAD)
    centred = {0, 1, 7, 8, 9, 10}
    table_rows = [[_cell(h, w) for h, w in zip(COLUMNS, WIDTHS, strict=True)]]
    table_rows += [[_cell(v, w) for v, w in zip(row, WIDTHS, strict=True)] for row in rows]
    styles = [[centre] * len(COLUMNS)] + [[centre if c in centred else body for c in range(len(COLUMNS))]] * len(rows)
    extra: list[tuple[object, ...]] = []
    if not rows:
        table_rows.append(["（本期无借阅）"] + [""] * (len(COLUMNS) - 1))
        styles.append([centre] * len(COLUMNS))
        extra.append(("SPAN", (0, 1), (-1, 1)))
    table = ruled_table(table_rows, WIDTHS, styles=styles, extra=extra)
    period = _period_text(first, last)
    flowables: list[Flowable] = [
        title_lines(TITLE),
        Spacer(1, 1 * mm),
        TextLines(f"借阅期间：{period}　　共 {len(rows)} 卷次", 10.5, centred=True, leading=15),
        TextLines(f"打印：{actor.display_name}　{work.now.strftime('%Y-%m-%d %H:%M')}", 8.5, centred=True, leading=13),
        Spacer(1, 3 * mm),
        table,
    ]
    build_pdf(
        target,
        [Piece(f"{TITLE}　{period}", flowables)],
        title=f"{TITLE} {period}",
        author=author(work),
        subject=TITLE,
        pagesize=landscape(A4),
    )
    return len(rows)
