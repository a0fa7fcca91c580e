"""The fee printouts (R11): the receipt for the payer (收款收据), a tenancy's statement (对账单), arrears notices
(催款通知单) and the month-end summary (月末汇总表).

A4, the CJK font embedded, written under a temporary name and renamed into place when complete (app.printing's
``build_pdf``), in Chinese as the paper forms are. The letterhead is the fee settings' company, address and phone:
a setting left empty prints nothing, not an empty label. Who prints records the print in the audit log (the command
line and the preview do, after the file is written or the pages delivered), as with every printout.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from app.desk import Work
from app.errors import Conflict
from app.fees.ageing import ArrearsRow, arrears
from app.fees.capitals import amount_in_capitals
from app.fees.charging import Month
from app.fees.items import FeeSettings, fee_settings
from app.fees.ledgers import Ledger, LedgerLine, ledger
from app.fees.money import money_text
from app.fees.payments import PaymentInfo, payment_info
from app.fees.summary import MonthSummary, SummaryRow, month_summary
from app.fees.tenancies import tenancy_place
from app.permissions import Action
from app.printing import BODY_W, Piece, TextLines, author, build_pdf, cell_text, cjk_font, ruled_table, title_lines
from app.text import QT_TRANSLATE_NOOP

RECEIPT = "收款收据"
STATEMENT = "对账单"
NOTICE = "催款通知单"
SUMMARY = "月末汇总表"
METHODS = {
    "cash": "现金",
    "transfer": "银行转账",
    "card": "银行卡",
    "cheque": "支票",
    "wechat": "微信支付",
    "alipay": "支付宝",
}
DEPOSIT_KINDS = {
    "fit_out": "装修押金",
    "key": "钥匙押金",
    "access_card": "门禁卡押金",
    "rental": "租赁押金",
    "other": "其他押金",
}
# A notice asks for payment within this many days of the day it is printed.
PAY_WITHIN_DAYS = 7
# Up to this many lines a receipt's two copies share one page with a cut line between them; more, a page each.
HALF_PAGE_LINES = 8


def _day(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _yuan(fen: int) -> str:
    return money_text(fen)


class CutLine(Flowable):
    """A dashed line across the page with a word in its middle: where the sheet is cut or torn."""

    def __init__(self, words: str, space: float = 5 * mm) -> None:
        super().__init__()
        self.words = words
        self.space = space

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, 2 * self.space

    def draw(self) -> None:
        canvas = self.canv
        font = cjk_font()
        size = 8.0
        text_w = stringWidth(self.words, font, size) + 4 * mm
        y = self.space
        canvas.saveState()
        canvas.setStrokeColor(colors.grey)
        canvas.setDash(3, 2)
        canvas.setLineWidth(0.6)
        middle = self.width / 2
        canvas.line(0, y, middle - text_w / 2, y)
        canvas.line(middle + text_w / 2, y, self.width, y)
        canvas.setFillColor(colors.grey)
        canvas.setFont(font, size)
        canvas.drawCentredString(middle, y - size / 3, self.words)
        canvas.restoreState()


def letterhead(settings: FeeSettings) -> list[Flowable]:
    """The company's name, then its address and phone; only what the settings hold (nothing when all are empty)."""
    found: list[Flowable] = []
    if settings.company_name:
        found.append(TextLines(settings.company_name, 13, centred=True, leading=18))
    contact = "　".join(
        part
        for part in (
            f"地址：{settings.address}" if settings.address else "",
            f"电话：{settings.phone}" if settings.phone else "",
        )
        if part
    )
    if contact:
        found.append(TextLines(contact, 8.5, centred=True, leading=12))
    return found


def _line(text: str, size: float = 9.5, *, centred: bool = False) -> TextLines:
    return TextLines(text, size, centred=centred, leading=size * 1.5)


# -- 收款收据 ---------------------------------------------------------------------------------------------------


def _receipt_copy(
    work: Work, payment: PaymentInfo, original: PaymentInfo | None, copy: str, settings: FeeSettings
) -> list[Flowable]:
    customer, units, _, dossier_number = tenancy_place(work, payment.tenancy_id)
    reversal = original is not None
    number = original.receipt_no if original is not None else payment.receipt_no
    title = f"{RECEIPT}（红冲）" if reversal else RECEIPT
    widths = [BODY_W * 0.40, BODY_W * 0.25, BODY_W * 0.35]
    rows: list[list[str]] = [["收费项目", "所属期间", "金额（元）"]]
    for allocation in payment.allocations:
        rows.append([cell_text(allocation.item, widths[0]), allocation.period, _yuan(allocation.amount_fen)])
    if payment.unallocated_fen:
        rows.append(["预收（未指定费用）", "", _yuan(payment.unallocated_fen)])
    rows.append([cell_text(f"合计人民币（大写）：{amount_in_capitals(payment.amount_fen)}", widths[0] + widths[1]), ""])
    rows[-1].append(f"￥{_yuan(payment.amount_fen)}")
    table = ruled_table(rows, widths, total=True, right=(2,), centered=(1,), extra=[("SPAN", (0, -1), (1, -1))])
    payer = payment.payer or customer
    flowables: list[Flowable] = [
        *letterhead(settings),
        TextLines(f"{title}（{copy}）", 15, centred=True, leading=21),
        _line(f"收据号：{number or ''}　　日期：{payment.paid_on.isoformat()}", centred=True),
        Spacer(1, 1.5 * mm),
        _line(f"交款单位/人：{payer}"),
        _line(f"客户：{customer}　　单元：{units}" + (f"　　档案号：{dossier_number}" if dossier_number else "")),
        Spacer(1, 1.5 * mm),
        table,
        Spacer(1, 1.5 * mm),
        _line(
            f"收款方式：{METHODS.get(payment.method, payment.method)}　　收款人：{payment.recorded_by}"
            "　　交款人签字：____________"
        ),
    ]
    if reversal:
        assert original is not None
        flowables.append(
            _line(f"红冲原收据 {original.receipt_no}（{original.paid_on.isoformat()}）；原因：{payment.note}")
        )
    elif payment.note:
        flowables.append(_line(f"备注：{payment.note}"))
    if payment.reversed_by_id is not None:
        undone = payment_info(work, payment.reversed_by_id)
        flowables.append(_line(f"注：本收据已于 {undone.paid_on.isoformat()} 红冲。"))
    return flowables


def print_receipt(work: Work, payment_id: int, out: Path) -> Path:
    """The receipt of a payment (收款收据), two copies on the page (存根 and 客户联) with a cut line between; a
    reversal prints as the 红冲 of the receipt it undoes, its amounts negative."""
    work.require(Action.READ)
    payment = payment_info(work, payment_id)
    original = payment_info(work, payment.reverses_id) if payment.reverses_id is not None else None
    settings = fee_settings(work)
    number = (original.receipt_no if original else payment.receipt_no) or ""
    flowables = _receipt_copy(work, payment, original, "存根", settings)
    if len(payment.allocations) <= HALF_PAGE_LINES:
        flowables += [Spacer(1, 4 * mm), CutLine("沿此线剪开"), Spacer(1, 4 * mm)]
    else:
        flowables.append(PageBreak())
    flowables += _receipt_copy(work, payment, original, "客户联", settings)
    caption = f"{RECEIPT}{'（红冲）' if original else ''}　{number}"
    build_pdf(out, [Piece(caption, flowables, footer=False)], title=caption, author=author(work), subject=RECEIPT)
    return out


# -- 对账单 -------------------------------------------------------------------------------------------------------


def _what(line: LedgerLine) -> str:
    """A ledger line's 摘要."""
    if line.entry == "payment":
        return f"收款 {line.receipt_no or ''}（{METHODS.get(line.method, line.method)}）"
    if line.entry == "reversal":
        return f"红冲：{line.note}" if line.note else "红冲"
    text = line.item + (f"（{line.unit}）" if line.unit else "")
    if line.entry == "adjustment":
        text = f"调整：{text}"
    if line.note:
        text += f"：{line.note}"
    return text


def statement_rows(found: Ledger) -> list[list[str]]:
    """The statement's rows: 日期, 摘要, 所属期间, 应收, 实收, 余额 — the opening balance first, the totals last."""
    rows = [["", "期初余额", "", "", "", _yuan(found.opening_fen)]]
    for line in found.lines:
        rows.append(
            [
                line.on.isoformat(),
                _what(line),
                line.period,
                _yuan(line.charge_fen) if line.charge_fen else "",
                _yuan(line.payment_fen) if line.payment_fen else "",
                _yuan(line.balance_fen),
            ]
        )
    rows.append(["合计", "", "", _yuan(found.charged_fen), _yuan(found.paid_fen), _yuan(found.balance_fen)])
    return rows


def print_statement(
    work: Work, tenancy_id: int, out: Path, *, date_from: dt.date | None = None, date_to: dt.date | None = None
) -> Path:
    """A tenancy's statement (对账单): every line of its ledger with the running balance, the opening balance
    (from ``date_from``), the totals, and the deposits it holds."""
    work.require(Action.READ)
    found = ledger(work, tenancy_id, date_from=date_from, date_to=date_to)
    settings = fee_settings(work)
    widths = [w * mm for w in (22, 66, 18, 24, 24, 24)]
    rows = [["日期", "摘要", "所属期间", "应收（元）", "实收（元）", "余额（元）"]]
    rows += [[cell_text(v, w) for v, w in zip(row, widths, strict=True)] for row in statement_rows(found)]
    table = ruled_table(rows, widths, total=True, right=(3, 4, 5), centered=(0, 2))
    first = date_from or found.move_in
    last = date_to or work.today
    balance = found.balance_fen
    closing = f"期末欠款：{_yuan(balance)} 元" if balance >= 0 else f"期末预收余额：{_yuan(-balance)} 元"
    flowables: list[Flowable] = [
        *letterhead(settings),
        title_lines(STATEMENT),
        Spacer(1, 2 * mm),
        _line(
            f"客户：{found.customer}　　单元：{found.units}"
            + (f"　　档案号：{found.dossier_number}" if found.dossier_number else "")
        ),
        _line(f"期间：{first.isoformat()} 至 {last.isoformat()}　　打印日期：{work.today.isoformat()}"),
        Spacer(1, 2 * mm),
        table,
        Spacer(1, 2 * mm),
        _line(f"{closing}（大写：{amount_in_capitals(abs(balance))}）"),
    ]
    if found.deposits:
        d_widths = [w * mm for w in (30, 24, 34, 23, 23, 22, 22)]
        d_rows = [["押金类别", "收取日期", "收据号", "金额（元）", "已退（元）", "已扣（元）", "在押（元）"]]
        for d in found.deposits:
            d_rows.append(
                [
                    DEPOSIT_KINDS.get(d.kind, d.kind),
                    d.received_on.isoformat(),
                    d.receipt_no or "",
                    _yuan(d.amount_fen),
                    _yuan(d.refunded_fen),
                    _yuan(d.retained_fen),
                    _yuan(d.undecided_fen),
                ]
            )
        d_rows.append(["在押合计", "", "", "", "", "", _yuan(found.deposits_held_fen)])
        flowables += [
            Spacer(1, 4 * mm),
            _line("押金", 10.5),
            ruled_table(d_rows, d_widths, total=True, right=(3, 4, 5, 6), centered=(1,)),
        ]
    flowables += [Spacer(1, 4 * mm), _line("如对上述账目有疑问，请与客户服务中心联系核对。", 9)]
    caption = f"{STATEMENT}　{found.customer}"
    build_pdf(out, [Piece(caption, flowables)], title=caption, author=author(work), subject=STATEMENT)
    return out


# -- 催款通知单 ---------------------------------------------------------------------------------------------------


def _notice(row: ArrearsRow, as_of: dt.date, today: dt.date, settings: FeeSettings) -> list[Flowable]:
    total = row.total_fen
    widths = [w * mm for w in (10, 48, 20, 20, 24, 20, 36)]
    rows = [["序号", "收费项目", "所属期间", "单元", "应缴日期", "逾期天数", "金额（元）"]]
    for n, line in enumerate(row.lines, start=1):
        rows.append(
            [
                str(n),
                cell_text(line.item, widths[1]),
                line.period,
                line.unit,
                line.due_on.isoformat(),
                str(line.days_overdue),
                _yuan(line.open_fen),
            ]
        )
    rows.append(["合计", "", "", "", "", "", _yuan(total)])
    table = ruled_table(rows, widths, total=True, right=(6,), centered=(0, 2, 3, 4, 5))
    company = settings.company_name or "物业服务中心"
    deadline = today + dt.timedelta(days=PAY_WITHIN_DAYS)
    how = f"请于 {_day(deadline)} 前到客户服务中心缴清上述款项"
    if settings.bank_account:
        bank = "，或转账至：户名 {name}　开户行 {bank}　账号 {account}（请注明单元号）".format(
            name=company, bank=settings.bank_name or "—", account=settings.bank_account
        )
        how += bank
    how += "。"
    ask = (
        "如已缴纳，请忽略本通知；如有疑问，请" + (f"致电 {settings.phone} " if settings.phone else "") + "与我们联系。"
    )
    place = f"{row.building} {row.units}" if row.building else row.units
    slip = KeepTogether(
        [
            Spacer(1, 3 * mm),
            CutLine("沿此线撕下，签字后交回客户服务中心"),
            Spacer(1, 2 * mm),
            TextLines("回　执", 13, centred=True, leading=18),
            _line(
                f"{company}：本单位/本人已收到贵方于 {_day(today)} 发出的催款通知单（单元 {row.units}，"
                f"欠费合计人民币{_yuan(total)}元）。",
                10,
            ),
            Spacer(1, 4 * mm),
            _line(f"客户：{row.customer}　　　签字（盖章）：________________　　　日期：______年____月____日", 10),
        ]
    )
    return [
        *letterhead(settings),
        title_lines(NOTICE),
        Spacer(1, 3 * mm),
        _line(f"致：{row.customer}（{place}）", 10.5),
        Spacer(1, 1 * mm),
        _line(
            f"截至 {_day(as_of)}，贵方下列费用已逾期未缴，合计人民币{_yuan(total)}元"
            f"（大写：{amount_in_capitals(total)}）。",
            10.5,
        ),
        Spacer(1, 2 * mm),
        table,
        Spacer(1, 3 * mm),
        _line(how, 10.5),
        _line(ask, 10.5),
        Spacer(1, 4 * mm),
        _line(f"{company}　　{_day(today)}", 10.5),
        slip,
    ]


def print_arrears_notices(
    work: Work,
    out: Path,
    *,
    tenancy_ids: Sequence[int] | None = None,
    floor_id: int | None = None,
    building_id: int | None = None,
    over_days: int = 0,
    as_of: dt.date | None = None,
) -> int:
    """An arrears notice (催款通知单) for each tenancy in arrears on ``as_of`` (default today) among those chosen,
    a page each with its unpaid charges and a tear-off receipt part (回执); returns how many. Nobody in arrears:
    Conflict, and no file is written."""
    work.require(Action.READ)
    day = as_of or work.today
    rows = arrears(
        work, as_of=day, building_id=building_id, floor_id=floor_id, tenancy_ids=tenancy_ids, over_days=over_days
    )
    if not rows:
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "Nobody chosen is in arrears on {date}: there is no notice to print."),
            date=day,
        )
    settings = fee_settings(work)
    pieces = [Piece(f"{NOTICE}　{row.customer}　{row.units}", _notice(row, day, work.today, settings)) for row in rows]
    title = f"{NOTICE} {day.isoformat()}"
    build_pdf(out, pieces, title=title, author=author(work), subject=NOTICE)
    return len(rows)


# -- 月末汇总表 ---------------------------------------------------------------------------------------------------


def _rate(row: SummaryRow) -> str:
    """收缴率 to a tenth of a per cent, worked out in whole numbers (half up)."""
    if row.charged_fen <= 0:
        return "—"
    permille = (row.received_fen * 2000 + row.charged_fen) // (2 * row.charged_fen)
    return f"{permille // 10}.{permille % 10}%"


def _summary_table(heading: str, rows: Sequence[SummaryRow], total: SummaryRow) -> Flowable:
    widths = [w * mm for w in (52, 32, 32, 32, 30)]
    cells = [[heading, "应收（元）", "实收（元）", "欠收（元）", "收缴率"]]
    for row in rows:
        cells.append(
            [
                cell_text(row.label, widths[0]),
                _yuan(row.charged_fen),
                _yuan(row.received_fen),
                _yuan(row.outstanding_fen),
                _rate(row),
            ]
        )
    if not rows:
        cells.append(["（本月无费用）", "", "", "", ""])
    cells.append(
        ["合计", _yuan(total.charged_fen), _yuan(total.received_fen), _yuan(total.outstanding_fen), _rate(total)]
    )
    return ruled_table(cells, widths, total=True, right=(1, 2, 3, 4))


def print_month_summary(work: Work, month: str | Month, out: Path, *, building_id: int | None = None) -> Path:
    """The month-end summary (月末汇总表): 应收, 实收 and 欠收 of the month by fee item and by floor, with totals."""
    work.require(Action.READ)
    summary: MonthSummary = month_summary(work, month, building_id)
    settings = fee_settings(work)
    m = summary.month
    flowables: list[Flowable] = [
        *letterhead(settings),
        title_lines(SUMMARY),
        Spacer(1, 2 * mm),
        _line(
            f"期间：{m.year}年{m.month}月　　楼宇：{summary.building or '全部'}　　"
            f"实收截至：{summary.received_by.isoformat()}　　费用行数：{summary.lines}",
            centred=True,
        ),
        Spacer(1, 3 * mm),
        _line("按收费项目", 10.5),
        _summary_table("收费项目", summary.by_item, summary.total),
        Spacer(1, 5 * mm),
        _line("按楼层", 10.5),
        _summary_table("楼层", summary.by_floor, summary.total),
        Spacer(1, 4 * mm),
        _line(
            "应收：本月所属期间的全部费用（含调整与一次性收费）；实收：截至月末的收款中分配到这些费用的金额；"
            "欠收：应收减实收。预收款未分配到费用的，不计入实收。",
            8.5,
        ),
        Spacer(1, 6 * mm),
        _line(f"制表：{author(work)}　　　　审核：____________　　　　打印日期：{work.today.isoformat()}", 9.5),
    ]
    caption = f"{SUMMARY}　{m.code}"
    build_pdf(out, [Piece(caption, flowables)], title=caption, author=author(work), subject=SUMMARY)
    return out
