"""The printed survey report (R14): 客户满意度调查报告 of a year.

A4, the CJK font embedded, in Chinese as the office's papers are, written under a temporary name and renamed into
place when complete (app.printing's ``build_pdf``). It holds the response rate, the averages (overall, by floor, by
the units' use) with last year's beside them, the distribution of scores, the items below the round's target (shaded
and named), the customers' comments and the corrective actions with their owner, due and done dates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.desk import Work
from app.fees import fee_settings
from app.permissions import Action
from app.printing import Piece, TextLines, author, build_pdf, cell_text, ruled_table, title_lines
from app.registers.survey import TOPICS, ActionInfo, Averages, Summary, summary

TITLE = "客户满意度调查报告"
TOPIC_TEXT = {"service": "服务质量", "price": "收费价格", "company": "对公司的总体评价"}
TOPIC_SHORT = {"service": "服务质量", "price": "收费价格", "company": "公司评价"}
# The uses the building set-up writes as codes (app.building); anything typed prints as typed.
USE_TEXT = {"office": "办公", "shop": "商铺", "storage": "仓储", "": "未登记"}
BELOW = colors.HexColor("#f6c9c9")  # the shade of a figure under target (also readable on a grey printer)


def _figure(value: Decimal | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def _change(now: Decimal | None, before: Decimal | None) -> str:
    if now is None or before is None:
        return "—"
    diff = now - before
    return f"+{diff:.2f}" if diff > 0 else f"{diff:.2f}"


def _line(text: str, size: float = 9.5, *, centred: bool = False) -> TextLines:
    return TextLines(text, size, centred=centred)


def _heading(text: str) -> list[Flowable]:
    return [Spacer(1, 4 * mm), _line(text, 11)]


def _shade(cells: list[tuple[int, int]]) -> list[tuple[object, ...]]:
    return [("BACKGROUND", cell, cell, BELOW) for cell in cells]


def _overall_table(found: Summary) -> Flowable:
    widths = [w * mm for w in (50, 26, 26, 22, 22, 32)]
    rows: list[list[str]] = [
        ["项目", f"{found.round.year}年平均分", f"{found.round.year - 1}年平均分", "变化", "目标", "评价"]
    ]
    shaded: list[tuple[int, int]] = []
    for n, topic in enumerate(TOPICS, start=1):
        now = found.overall.average(topic)
        before = found.last_year.average(topic) if found.last_year else None
        below = topic in found.overall.below
        if below:
            shaded += [(1, n), (5, n)]
        rows.append(
            [
                TOPIC_TEXT[topic],
                _figure(now),
                _figure(before),
                _change(now, before),
                f"{found.round.target:.1f}",
                "低于目标" if below else ("—" if now is None else "达到目标"),
            ]
        )
    return ruled_table(rows, widths, centered=(1, 2, 3, 4, 5), extra=_shade(shaded))


def _group_table(
    heading: str, groups: Sequence[Averages], last: dict[str, Averages], label: dict[str, str] | None = None
) -> Flowable:
    widths = [w * mm for w in (28, 14, 23, 22, 23, 22, 23, 23)]
    rows: list[list[str]] = [["", "回复", "服务质量", "上年", "收费价格", "上年", "公司评价", "上年"]]
    rows[0][0] = heading
    shaded: list[tuple[int, int]] = []
    for r, group in enumerate(groups, start=1):
        before = last.get(group.label)
        name = (label or {}).get(group.label, group.label)
        row = [cell_text(name, widths[0]), str(group.answers)]
        for t, topic in enumerate(TOPICS):
            row += [_figure(group.average(topic)), _figure(before.average(topic) if before else None)]
            if topic in group.below:
                shaded.append((2 + 2 * t, r))
        rows.append(row)
    if not groups:
        rows.append(["（无回复）", "", "", "", "", "", "", ""])
    return ruled_table(rows, widths, centered=tuple(range(1, 8)), extra=_shade(shaded))


def _distribution_table(found: Summary) -> Flowable:
    widths = [w * mm for w in (50, 20, 20, 20, 20, 20, 20)]
    rows = [["项目", "1分", "2分", "3分", "4分", "5分", "合计"]]
    for topic in TOPICS:
        counts = found.distribution[topic]
        rows.append([TOPIC_TEXT[topic], *(str(c) for c in counts), str(sum(counts))])
    return ruled_table(rows, widths, centered=tuple(range(1, 7)))


def _below_lines(found: Summary) -> list[Flowable]:
    """One line for the whole and one for each floor with an item under target: "1F：收费价格 3.75、公司评价 3.25"."""

    def line(label: str, group: Averages) -> str:
        return f"{label}：" + "、".join(f"{TOPIC_TEXT[t]} {_figure(group.average(t))}" for t in group.below)

    lines = [line("全体", found.overall)] if found.overall.below else []
    lines += [line(group.label, group) for group in found.by_floor if group.below]
    if lines:
        lines.append(f"（目标分 {found.round.target:.1f}）")
    else:
        lines = ["无：各项平均分均达到目标。" if found.answered else "本年度尚无回复。"]
    return [_line(text) for text in lines]


def _comments_table(found: Summary) -> Flowable:
    widths = [w * mm for w in (44, 22, 22, 90)]
    rows = [["客户", "单元", "日期", "意见和建议"]]
    for c in found.comments:
        rows.append(
            [cell_text(c.customer, widths[0]), cell_text(c.units, widths[1]), c.answered_on.isoformat(), c.text]
        )
    if not found.comments:
        rows.append(["（无）", "", "", ""])
    return ruled_table(rows, widths, centered=(2,))


def _state(action: ActionInfo) -> str:
    if action.done_on is not None:
        return "已完成"
    return "逾期" if action.overdue else "进行中"


def _actions_table(found: Summary) -> Flowable:
    widths = [w * mm for w in (22, 66, 22, 22, 22, 20)]
    rows = [["项目", "整改措施", "责任人", "期限", "完成日期", "状态"]]
    shaded: list[tuple[int, int]] = []
    for r, a in enumerate(found.actions, start=1):
        rows.append(
            [
                TOPIC_SHORT.get(a.topic or "", "其他"),
                a.action,
                cell_text(a.owner, widths[2]),
                a.due_on.isoformat(),
                a.done_on.isoformat() if a.done_on else "",
                _state(a),
            ]
        )
        if a.overdue:
            shaded.append((5, r))
    if not found.actions:
        rows.append(["（无）", "", "", "", "", ""])
    return ruled_table(rows, widths, centered=(0, 3, 4, 5), extra=_shade(shaded))


def survey_report(work: Work, found: Summary) -> list[Flowable]:
    """The report's flowables (the command and the preview print the same)."""
    company = fee_settings(work).company_name
    r = found.round
    rate = "—" if found.response_rate is None else f"{found.response_rate}%"
    flowables: list[Flowable] = []
    if company:
        flowables.append(_line(company, 12, centred=True))
    flowables += [
        title_lines(f"{TITLE}　{r.year}"),
        Spacer(1, 2 * mm),
        _line(
            f"调查开始日期：{r.opened_on.isoformat()}　　目标分：{r.target:.1f}（满分 5 分）　　"
            f"调查户数：{found.asked}　　回复户数：{found.answered}　　回复率：{rate}",
            centred=True,
        ),
    ]
    if r.note:
        flowables.append(_line(f"说明：{r.note}", 9))
    flowables += [
        *_heading("一、总体平均分（与上年对比）"),
        _overall_table(found),
        *_heading("二、按楼层平均分"),
        _group_table("楼层", found.by_floor, found.last_year_by_floor),
        *_heading("三、按用途平均分"),
        _group_table("用途", found.by_use, found.last_year_by_use, USE_TEXT),
        *_heading("四、评分分布（户数）"),
        _distribution_table(found),
        KeepTogether([*_heading("五、低于目标的项目"), *_below_lines(found)]),
        *_heading("六、客户意见和建议"),
        _comments_table(found),
        *_heading("七、整改措施"),
        _actions_table(found),
        Spacer(1, 3 * mm),
        _line(
            "评分 1–5 分，5 分为最好；平均分保留两位小数（四舍五入），低于目标分的以底色标出。"
            "调查户数为调查开始之日在租的客户，加上此后入住并已回复的客户。",
            8.5,
        ),
        Spacer(1, 6 * mm),
        _line(f"制表：{author(work)}　　　　审核：____________　　　　打印日期：{work.today.isoformat()}"),
    ]
    return flowables


def print_survey_report(work: Work, year: int, out: Path, *, as_of: dt.date | None = None) -> Path:
    """Write the report of ``year``'s survey to ``out`` (atomically)."""
    work.require(Action.READ)
    found = summary(work, year, as_of=as_of)
    caption = f"{TITLE}　{found.round.year}"
    build_pdf(out, [Piece(caption, survey_report(work, found))], title=caption, author=author(work), subject=TITLE)
    return out
