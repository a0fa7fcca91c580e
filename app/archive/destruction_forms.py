"""The printed papers of a destruction (R15): the 档案资料销毁审批表 (the approval form the regulation names: filled
in by the archivist and the clerk who proposed it, approved by the department manager) and the 销毁清册 (the register
of what was destroyed, signed by the 监销人 and the 批准人).

Printed in Chinese like every archive printout, the CJK font embedded, written under a temporary name and renamed
into place when complete; the caller records one audit-log line per print (``Desk.record``), as for the others.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app import settings
from app.archive.destruction import DestructionListInfo, ListState, destruction_list
from app.archive.fonds import archive_settings
from app.archive.retention import printed_retention
from app.desk import Work
from app.permissions import Action
from app.printing import BODY_W, Piece, TextLines, author, build_pdf, cell_style, cell_text, ruled_table, title_lines

FORM_TITLE = "档案资料销毁审批表"
REGISTER_TITLE = "档案销毁清册"
REGISTER_COLUMNS = ("序号", "档号", "案卷题名", "年度", "保管期限", "件数", "页数", "盒号", "备注")
# 178 mm; the 盒号 (2025-12F-01) and the 档号 (X01-2025-D30-0013) on one line each, the title takes the rest.
REGISTER_WIDTHS = [w * mm for w in (9, 32, 56, 11, 14, 10, 10, 22, 14)]
SIGN = "＿＿＿＿＿＿＿＿"  # a line to sign on
DATE_LINE = "＿＿＿＿年＿＿月＿＿日"


def _day(moment: dt.datetime | dt.date | None) -> str:
    if moment is None:
        return DATE_LINE
    day = moment.date() if isinstance(moment, dt.datetime) else moment
    return f"{day.year}年{day.month}月{day.day}日"


def backup_note(work: Work, info: DestructionListInfo) -> str:
    """When the last copy of the destroyed scans goes: the backup rotation takes them out of every backup of this
    database it keeps, at the first backup after the destruction (app/safety/rotation.py)."""
    work.require_read()
    if info.destroyed_at is None:
        return "销毁后，备份中的副本将在下一次备份时删除。"
    last = settings.last_backup(work)
    if last is not None and last.at >= info.destroyed_at:
        return f"备份中的副本已于{_day(last.at)}备份时删除（备份：{last.folder.parent}）。"
    return "备份中的副本将在下一次备份时删除（尚未备份）；其他存储介质上的备份须另行销毁。"


def _boxes_text(boxes: list[str]) -> str:
    """The boxes on the form: all of them when few, else the first ones and how many (the register has each)."""
    if not boxes:
        return ""
    if len(boxes) <= 6:
        return f"；盒号 {'、'.join(boxes)}"
    return f"；盒号 {'、'.join(boxes[:3])} 等 {len(boxes)} 盒"


def _years(info: DestructionListInfo) -> str:
    years = sorted({e.year for e in info.to_destroy if e.year})
    if not years:
        return ""
    return f"{years[0]}" if years[0] == years[-1] else f"{years[0]}—{years[-1]}"


def _retentions(info: DestructionListInfo) -> str:
    codes = sorted({e.retention for e in info.to_destroy})
    return "、".join(printed_retention(c) for c in codes)


def print_destruction_form(work: Work, list_id: int, target: Path) -> DestructionListInfo:
    """The 档案资料销毁审批表 of one destruction list, written to ``target`` (atomically)."""
    work.require(Action.PRINT_ARCHIVE)
    info = destruction_list(work, list_id)
    fonds = archive_settings(work)
    destroy = info.to_destroy
    documents = sum(e.documents for e in destroy)
    pages = sum(e.pages for e in destroy)
    boxes = sorted({e.box_number for e in destroy if e.box_number})
    label_w, half = 30 * mm, (BODY_W - 60 * mm) / 2
    widths = [label_w, half, label_w, half]
    wide = BODY_W - label_w

    def text(value: str, width: float) -> str:
        return cell_text(value, width)

    approved = info.state in (ListState.APPROVED, ListState.DESTROYED)
    decision = ""
    if info.approval_status is not None and info.decided_at is not None:
        decision = "同意销毁。" if approved else "不同意。"
        if info.decision_note:
            decision += info.decision_note
    kept = "；".join(f"{e.file_number} 延长保管至{e.keep_until_year}年（{e.reason}）" for e in info.kept) or "无"
    rows = [
        ["清册编号", info.number, "鉴定日期", _day(info.as_of)],
        ["全宗名称", text(fonds.fonds_name, half), "全宗号", fonds.fonds_code],
        [
            "拟销毁档案",
            text(
                f"共 {len(destroy)} 卷，{documents} 件，{pages} 页；年度 {_years(info)}；保管期限 {_retentions(info)}"
                + _boxes_text(boxes)
                + f"。明细见《{REGISTER_TITLE}》{info.number}。",
                wide,
            ),
            "",
            "",
        ],
        ["延长保管", text(kept, wide), "", ""],
        ["鉴定意见", text(info.opinion, wide), "", ""],
        [
            "档案员",
            text(f"{info.proposed_by}（提出）\n签字：{SIGN}", half),
            "日期",
            _day(info.proposed_at),
        ],
        ["经办客务员", f"签字：{SIGN}", "日期", DATE_LINE],
        [
            "部门经理\n审批意见",
            text(f"{decision}\n批准人：{info.decided_by or ''}\n签字：{SIGN}", half),
            "日期",
            _day(info.decided_at) if approved else DATE_LINE,
        ],
        [
            "监销人",
            text(f"{info.witnesses[0]}　签字：{SIGN}\n{info.witnesses[1]}　签字：{SIGN}", half),
            "销毁日期",
            _day(info.destroyed_at),
        ],
        ["备份副本", text(backup_note(work, info), wide), "", ""],
    ]
    label = cell_style("CENTER")
    body = cell_style("LEFT")
    styles = [[label, body, label, body] for _ in rows]
    spans = [("SPAN", (1, r), (3, r)) for r, row in enumerate(rows) if row[2] == "" and row[3] == ""]
    table = ruled_table(rows, widths, header_rows=0, styles=styles, extra=spans)
    flowables: list[Flowable] = [
        title_lines(FORM_TITLE),
        Spacer(1, 2 * mm),
        TextLines(f"清册编号：{info.number}　　状态：{_state_words(info)}", 10, centred=True, leading=15),
        Spacer(1, 3 * mm),
        table,
        Spacer(1, 3 * mm),
        TextLines(
            "说明：保管期限已满的档案，经鉴定无继续保存价值的，由档案员会同经办客务员提出，经部门经理批准后，"
            "在两名监销人监督下销毁；销毁后档号、题名、年度、件数、页数留作记录。",
            8.5,
            leading=13,
        ),
    ]
    build_pdf(
        target,
        [Piece(f"{FORM_TITLE}　{info.number}", flowables)],
        title=f"{FORM_TITLE} {info.number}",
        author=author(work),
        subject=FORM_TITLE,
    )
    return info


def _state_words(info: DestructionListInfo) -> str:
    return {
        ListState.WAITING: "待审批",
        ListState.APPROVED: "已批准，待销毁",
        ListState.REFUSED: "未批准",
        ListState.WITHDRAWN: "已撤回",
        ListState.DESTROYED: f"已销毁（{_day(info.destroyed_at)}）",
    }[info.state]


def register_rows(info: DestructionListInfo) -> list[list[str]]:
    """The register's rows: the dossiers destroyed (or to be destroyed) by the list, in its order."""
    rows = []
    for n, e in enumerate(info.to_destroy, start=1):
        rows.append(
            [
                str(n),
                e.file_number,
                e.title,
                str(e.year),
                printed_retention(e.retention),
                str(e.documents),
                str(e.pages),
                e.box_number,
                e.reason,
            ]
        )
    return rows


def print_destruction_register(work: Work, list_id: int, target: Path) -> DestructionListInfo:
    """The 销毁清册 of one destruction list, written to ``target`` (atomically)."""
    work.require(Action.PRINT_ARCHIVE)
    info = destruction_list(work, list_id)
    rows = register_rows(info)
    table_rows = [list(REGISTER_COLUMNS)]
    table_rows += [[cell_text(v, w) for v, w in zip(row, REGISTER_WIDTHS, strict=True)] for row in rows]
    destroy = info.to_destroy
    table_rows.append(
        [
            "合计",
            f"{len(destroy)} 卷",
            "",
            "",
            "",
            str(sum(e.documents for e in destroy)),
            str(sum(e.pages for e in destroy)),
            "",
            "",
        ]
    )
    table = ruled_table(table_rows, REGISTER_WIDTHS, total=True, centered=(0, 3, 4, 5, 6, 7))
    fonds = archive_settings(work)
    signatures = (
        f"监销人：{info.witnesses[0] or SIGN}　签字：{SIGN}　　监销人：{info.witnesses[1] or SIGN}　签字：{SIGN}",
        f"批准人：{info.decided_by or SIGN}　签字：{SIGN}　　销毁日期：{_day(info.destroyed_at)}",
    )
    flowables: list[Flowable] = [
        title_lines(REGISTER_TITLE),
        Spacer(1, 1 * mm),
        TextLines(
            f"全宗名称：{fonds.fonds_name}　　清册编号：{info.number}　　鉴定日期：{_day(info.as_of)}",
            10,
            centred=True,
            leading=15,
        ),
        Spacer(1, 3 * mm),
        table,
        Spacer(1, 6 * mm),
        *(TextLines(line, 10.5, leading=20) for line in signatures),
    ]
    build_pdf(
        target,
        [Piece(f"{REGISTER_TITLE}　{info.number}", flowables)],
        title=f"{REGISTER_TITLE} {info.number}",
        author=author(work),
        subject=REGISTER_TITLE,
    )
    return info
