"""The customer-care printouts: the monthly visit plan (客户回访计划) and one visit's record form (回访记录表).

A4, the CJK font embedded, in Chinese as the office's papers are, written under a temporary name and renamed into
place when complete (app.printing's ``build_pdf``). The plan lists every visit due in the month — and every one still
overdue from before, marked 逾期 and shaded — with a blank column for the date and the signature of whoever visits.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.care.grades import GRADE_TEXT
from app.care.visits import care_visit, month_of, visits_due
from app.desk import Work
from app.errors import ValidationError
from app.permissions import Action
from app.printing import Piece, TextLines, author, build_pdf, cell_text, ruled_table, title_lines
from app.text import QT_TRANSLATE_NOOP

PLAN_TITLE = "客户回访计划"
RECORD_TITLE = "回访记录表"
HOW_TEXT = {"phone": "电话", "visit": "上门", "message": "短信", "email": "电子邮件"}
SATISFACTION_TEXT = {"satisfied": "满意", "fair": "基本满意", "dissatisfied": "不满意"}
SUBJECT_TEXT = {None: "定期回访", "repair": "报修回访", "complaint": "投诉回访"}
OVERDUE = colors.HexColor("#f6c9c9")


def _line(text: str, size: float = 9.5, *, centred: bool = False) -> TextLines:
    return TextLines(text, size, centred=centred)


def _month(year: int, month: int) -> tuple[dt.date, dt.date]:
    if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2200:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be a month written as YYYY-MM."), field="visits.month"
        )
    if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be a month written as YYYY-MM."), field="visits.month"
        )
    return month_of(year, month)


def visit_plan(work: Work, year: int, month: int) -> list[Flowable]:
    """The plan's flowables (the command and the preview print the same)."""
    first, last = _month(year, month)
    due = visits_due(work, first, last)
    widths = [w * mm for w in (10, 14, 22, 46, 12, 14, 20, 20, 12, 30)]
    rows: list[list[str]] = [
        ["序号", "楼层", "单元", "客户", "等级", "方式", "应访日期", "上次回访", "状态", "回访日期／签字"]
    ]
    shaded: list[tuple[object, ...]] = []
    for n, d in enumerate(due, start=1):
        rows.append(
            [
                str(n),
                cell_text(d.floor, widths[1]),
                cell_text(d.units, widths[2]),
                d.customer,
                GRADE_TEXT.get(d.grade or "", "—"),
                HOW_TEXT.get(d.how, d.how),
                d.due_on.isoformat(),
                d.last_visit.isoformat() if d.last_visit else "—",
                "逾期" if d.overdue else "待访",
                "",
            ]
        )
        if d.overdue:
            shaded.append(("BACKGROUND", (8, n), (8, n), OVERDUE))
    if not due:
        rows.append(["", "", "", "（本月无应访客户）", "", "", "", "", "", ""])
    overdue = sum(1 for d in due if d.overdue)
    return [
        title_lines(f"{PLAN_TITLE}　{year}年{month}月"),
        Spacer(1, 2 * mm),
        _line(
            f"应访：{len(due)} 户次（其中逾期 {overdue} 户次）　　"
            f"起止：{first.isoformat()} 至 {last.isoformat()}　　打印日期：{work.today.isoformat()}",
            centred=True,
        ),
        Spacer(1, 3 * mm),
        ruled_table(rows, widths, centered=(0, 4, 5, 6, 7, 8), extra=shaded),
        Spacer(1, 3 * mm),
        _line(
            "回访周期：入住第一年每月一次，以后每季度一次；客户等级的联络计划更频繁的，按等级计划。"
            "报修、投诉的回访也计为当期回访。逾期：应访日期已过仍未回访。",
            8.5,
        ),
        Spacer(1, 6 * mm),
        _line(f"制表：{author(work)}　　　　客务主管：____________"),
    ]


def print_visit_plan(work: Work, year: int, month: int, out: Path) -> Path:
    """Write the visit plan of ``year``-``month`` to ``out`` (atomically)."""
    work.require(Action.READ)
    flowables = visit_plan(work, year, month)
    caption = f"{PLAN_TITLE}　{year}年{month}月"
    build_pdf(out, [Piece(caption, flowables)], title=caption, author=author(work), subject=PLAN_TITLE)
    return out


def visit_record(work: Work, visit_id: int) -> list[Flowable]:
    v = care_visit(work, visit_id)
    label, value = 32 * mm, 138 * mm
    rows = [
        ["客户名称", v.customer],
        ["单元", v.units or "—"],
        ["回访类别", SUBJECT_TEXT.get(v.subject, "定期回访")],
        ["回访日期", v.visited_on.isoformat()],
        ["回访方式", HOW_TEXT.get(v.how, v.how)],
        ["受访人", v.contact or "—"],
        ["回访内容", v.discussed or "—"],
        ["跟进事项", v.follow_ups or "—"],
        ["满意程度", SATISFACTION_TEXT.get(v.satisfaction or "", "—")],
        ["客户意见", v.comment or "—"],
        ["回访人", v.visited_by],
    ]
    return [
        title_lines(RECORD_TITLE),
        Spacer(1, 4 * mm),
        ruled_table(rows, [label, value], header_rows=0),
        Spacer(1, 10 * mm),
        _line("客户签字：____________　　　　回访人签字：____________　　　　客务主管：____________"),
        Spacer(1, 4 * mm),
        _line(f"打印日期：{work.today.isoformat()}", 8.5),
    ]


def print_visit_record(work: Work, visit_id: int, out: Path) -> Path:
    """Write one visit's record form (回访记录表) to ``out`` (atomically)."""
    work.require(Action.READ)
    flowables = visit_record(work, visit_id)
    build_pdf(out, [Piece(RECORD_TITLE, flowables)], title=RECORD_TITLE, author=author(work), subject=RECORD_TITLE)
    return out
