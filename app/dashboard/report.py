"""The monthly one-page report (月度经营简报, R10): the month's figures of the dashboard and six small charts drawn with
reportlab's own charts, on one A4 landscape page — never more (the charts have fixed sizes, the texts are short)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from app.building import UnitStatus
from app.dashboard.figures import AREA_BANDS, Dashboard, dashboard, month_bounds
from app.desk import Work
from app.errors import NotFound
from app.fees import fee_settings, money_text, parse_month
from app.permissions import Action
from app.printing import Piece, TextLines, author, build_pdf, cjk_font
from app.text import QT_TRANSLATE_NOOP
from db.models import Building

TITLE = "客务部月度简报"
PAGE = landscape(A4)
BODY_W = PAGE[0] - 32 * mm  # the printing room's margins: 20 mm binding edge, 12 mm right
CHART_W, CHART_H = 85 * mm, 66 * mm

# The charts' colours: occupied, vacant, fitting out, moving out; then series 1–3.
GREEN, GREY, ORANGE, BLUE = (colors.HexColor(c) for c in ("#4e9a06", "#babdb6", "#f57900", "#3465a4"))
RED, PURPLE = colors.HexColor("#cc0000"), colors.HexColor("#75507b")
AREA_LABELS = {
    "lt50": "<50",
    "50-100": "50–100",
    "100-200": "100–200",
    "200-500": "200–500",
    "ge500": "≥500",
    "": "未登记",
}
AGE_LABELS = ("0–30天", "31–60天", "61–90天", "90天以上")


def report_day(work: Work, month: str | None) -> dt.date:
    """The day the month's report is made as of: its last day, or today for the month under way (default)."""
    if month is None:
        return work.today
    first, end = month_bounds(parse_month(month).code)
    last = end - dt.timedelta(days=1)
    if first > work.today:
        raise NotFound(
            QT_TRANSLATE_NOOP("app", "{month} has not begun yet: there is nothing to report."),
            field="registers.month",
            month=first.strftime("%Y-%m"),
        )
    return min(last, work.today)


def print_monthly_report(work: Work, month: str | None, out: Path, *, building_id: int | None = None) -> Path:
    """The month's one-page report (default: this month to today) for one building or every building."""
    work.require(Action.READ)
    day = report_day(work, month)
    figures = dashboard(work, day, building_id)
    building = work.session.get(Building, building_id).name if building_id is not None else "全部楼宇"  # type: ignore[union-attr]
    company = fee_settings(work).company_name
    code = figures.months[-1]
    flowables: list[Flowable] = [
        TextLines(f"{company}　{TITLE}" if company else TITLE, 16, centred=True, leading=21),
        TextLines(
            f"{int(code[:4])}年{int(code[5:])}月　　楼宇：{building}　　统计截至：{day.isoformat()}", 9.5, centred=True
        ),
        Spacer(1, 2 * mm),
        _key_figures(figures),
        Spacer(1, 3 * mm),
        Table(
            [
                [_floors_chart(figures), _moves_chart(figures), _service_chart(figures)],
                [_arrears_chart(figures), _area_chart(figures), _satisfaction_chart(figures)],
            ],
            colWidths=[BODY_W / 3] * 3,
            style=TableStyle(
                [
                    # Even a table of drawings sets its cells' font: Helvetica, listed unembedded, unless told.
                    ("FONTNAME", (0, 0), (-1, -1), cjk_font()),
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            ),
        ),
        Spacer(1, 1 * mm),
        TextLines(f"制表：{author(work)}　　　　审核：____________　　　　打印日期：{work.today.isoformat()}", 8.5),
    ]
    caption = f"{TITLE}　{code}"
    build_pdf(out, [Piece(caption, flowables)], title=caption, author=author(work), subject=TITLE, pagesize=PAGE)
    return out


def _key_figures(f: Dashboard) -> Table:
    units = f.units
    occupied = f.status_total(UnitStatus.OCCUPIED) + f.status_total(UnitStatus.MOVING_OUT)
    fitting = f.status_total(UnitStatus.FITTING_OUT)
    vacant = f.status_total(UnitStatus.VACANT)
    rate = f"{(occupied + fitting) * 100 / units:.1f}%" if units else "—"
    header = [
        "单元总数",
        "已入住",
        "装修中",
        "空置",
        "出租率",
        "本月入住",
        "本月退租",
        "本月报修",
        "未完成报修",
        "本月投诉",
        "未结投诉",
        "缺件档案",
        "欠费合计（元）",
        "借阅到期/逾期",
    ]
    values = [
        str(units),
        str(occupied),
        str(fitting),
        str(vacant),
        rate,
        str(f.move_ins[-1].count),
        str(f.move_outs[-1].count),
        str(f.repairs[-1].count),
        str(f.open_repairs.count),
        str(f.complaints[-1].count),
        str(f.open_complaints.count),
        str(f.missing_papers.count),
        money_text(f.arrears_fen),
        f"{f.loans_due.count}/{f.loans_overdue.count}",
    ]
    widths = [BODY_W / len(header)] * len(header)
    widths[12] += 8 * mm  # the money
    widths[4] -= 4 * mm
    widths[3] -= 4 * mm
    table = Table([header, values], colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), cjk_font()),
                ("FONTSIZE", (0, 0), (-1, 0), 7),
                ("FONTSIZE", (0, 1), (-1, 1), 11),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
            ]
        )
    )
    return table


def _drawing(title: str) -> Drawing:
    drawing = Drawing(CHART_W, CHART_H)
    # Without it the renderer starts every drawing in Helvetica, which the PDF would list without embedding it.
    drawing.initialFontName = cjk_font()
    drawing.add(String(CHART_W / 2, CHART_H - 10, title, fontName=cjk_font(), fontSize=9, textAnchor="middle"))
    return drawing


def _style_axes(chart: VerticalBarChart | HorizontalLineChart, size: float = 6) -> None:
    for labels in (chart.categoryAxis.labels, chart.valueAxis.labels):
        labels.fontName = cjk_font()
        labels.fontSize = size
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")


def _place(chart: VerticalBarChart | HorizontalLineChart, legend_rows: int = 0) -> None:
    """The plot below the title (and the legend's row under it), above the category labels."""
    chart.x, chart.y = 12 * mm, 10 * mm
    chart.width, chart.height = CHART_W - 16 * mm, CHART_H - 19 * mm - legend_rows * 5 * mm


def _whole_numbers(chart: VerticalBarChart | HorizontalLineChart, data: list[list[int]]) -> None:
    """Counts are whole: a small or empty series gets steps of 1 instead of 0.002."""
    top = max((max(series) for series in data if series), default=0)
    if top < 5:
        chart.valueAxis.valueMax = 5
        chart.valueAxis.valueStep = 1
    chart.valueAxis.labelTextFormat = "%d"


def _legend(drawing: Drawing, pairs: list[tuple[colors.Color, str]]) -> None:
    legend = Legend()
    legend.x, legend.y = 12 * mm, CHART_H - 6 * mm
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.fontName = cjk_font()
    legend.fontSize = 6.5
    legend.boxAnchor = "nw"
    legend.dx = legend.dy = 6
    legend.deltax = 48
    legend.colorNamePairs = pairs
    drawing.add(legend)


def _month_names(f: Dashboard) -> list[str]:
    return [f"{int(m[5:])}月" for m in f.months]


def _floors_chart(f: Dashboard) -> Drawing:
    drawing = _drawing("各楼层入住与空置（单元）")
    chart = VerticalBarChart()
    _place(chart, 1)
    floors = list(f.floors) or []
    chart.data = [
        [x.occupied + x.moving_out for x in floors] or [0],
        [x.fitting_out for x in floors] or [0],
        [x.vacant for x in floors] or [0],
    ]
    chart.categoryAxis.categoryNames = [x.label for x in floors] or [""]
    chart.categoryAxis.style = "stacked"
    chart.barSpacing = 0
    for n, colour in enumerate((GREEN, ORANGE, GREY)):
        chart.bars[n].fillColor = colour
        chart.bars[n].strokeWidth = 0
    _style_axes(chart, 5 if len(floors) > 20 else 6)
    _whole_numbers(chart, [[sum(column) for column in zip(*chart.data, strict=True)]])
    if len(floors) > 24:  # a tall building: every label would overlap
        chart.categoryAxis.labels.angle = 90
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.fontSize = 4
    drawing.add(chart)
    _legend(drawing, [(GREEN, "已入住"), (ORANGE, "装修中"), (GREY, "空置")])
    return drawing


def _moves_chart(f: Dashboard) -> Drawing:
    drawing = _drawing("近12个月入住与退租（户）")
    chart = HorizontalLineChart()
    _place(chart, 1)
    chart.data = [[m.count for m in f.move_ins], [m.count for m in f.move_outs]]
    chart.categoryAxis.categoryNames = _month_names(f)
    chart.lines[0].strokeColor, chart.lines[1].strokeColor = BLUE, RED
    chart.lines[0].strokeWidth = chart.lines[1].strokeWidth = 1.2
    _style_axes(chart)
    _whole_numbers(chart, chart.data)
    drawing.add(chart)
    _legend(drawing, [(BLUE, "入住"), (RED, "退租")])
    return drawing


def _service_chart(f: Dashboard) -> Drawing:
    drawing = _drawing(
        f"近12个月报修与投诉（件）　当前未完成：报修 {f.open_repairs.count}，投诉 {f.open_complaints.count}"
    )
    drawing.contents[0].fontSize = 8
    chart = VerticalBarChart()
    _place(chart, 1)
    chart.data = [[m.count for m in f.repairs], [m.count for m in f.complaints]]
    chart.categoryAxis.categoryNames = _month_names(f)
    chart.bars[0].fillColor, chart.bars[1].fillColor = BLUE, ORANGE
    chart.bars[0].strokeWidth = chart.bars[1].strokeWidth = 0
    _style_axes(chart)
    _whole_numbers(chart, chart.data)
    drawing.add(chart)
    _legend(drawing, [(BLUE, "报修"), (ORANGE, "投诉")])
    return drawing


def _arrears_chart(f: Dashboard) -> Drawing:
    drawing = _drawing(f"欠费账龄（元）　合计 {money_text(f.arrears_fen)}")
    chart = VerticalBarChart()
    _place(chart)
    chart.data = [[band.fen / 100 for band in f.arrears]]
    chart.categoryAxis.categoryNames = [f"{AGE_LABELS[b.bucket]}（{b.tenancies}户）" for b in f.arrears]
    chart.bars[0].fillColor = RED
    chart.bars[0].strokeWidth = 0
    _style_axes(chart)
    chart.valueAxis.labelTextFormat = "{:,.0f}".format
    drawing.add(chart)
    return drawing


def _area_chart(f: Dashboard) -> Drawing:
    drawing = _drawing("单元面积分布（单元，m²）")
    chart = VerticalBarChart()
    _place(chart)
    order = [key for key, _, _ in AREA_BANDS] + [""]
    shown = sorted(f.by_area, key=lambda c: order.index(c.key))
    chart.data = [[c.count for c in shown] or [0]]
    chart.categoryAxis.categoryNames = [AREA_LABELS[c.key] for c in shown] or [""]
    chart.bars[0].fillColor = PURPLE
    chart.bars[0].strokeWidth = 0
    _style_axes(chart)
    _whole_numbers(chart, chart.data)
    drawing.add(chart)
    return drawing


def _satisfaction_chart(f: Dashboard) -> Drawing:
    drawing = _drawing("满意度趋势（各项平均分，满分5分）")
    years = f.satisfaction[-8:]
    if not years:
        drawing.add(
            String(CHART_W / 2, CHART_H / 2, "尚无调查数据", fontName=cjk_font(), fontSize=8, textAnchor="middle")
        )
        return drawing
    chart = HorizontalLineChart()
    _place(chart, 1)
    chart.data = [[float(y.service) for y in years], [float(y.price) for y in years], [float(y.company) for y in years]]
    chart.categoryAxis.categoryNames = [str(y.year) for y in years]
    for n, colour in enumerate((BLUE, ORANGE, GREEN)):
        chart.lines[n].strokeColor = colour
        chart.lines[n].strokeWidth = 1.2
    _style_axes(chart)
    chart.valueAxis.valueMax = 5
    chart.valueAxis.valueStep = 1
    drawing.add(chart)
    _legend(drawing, [(BLUE, "服务质量"), (ORANGE, "收费价格"), (GREEN, "公司印象")])
    return drawing
