"""The emergency-contact card (紧急联络卡) of a dossier: A4, the shipped CJK font embedded, to post at the desk."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.desk import Work
from app.dossier.dossiers import ContactInfo, read_dossier
from app.files import written_atomically
from app.printing import cjk_font


def card_styles() -> dict[str, ParagraphStyle]:
    font = cjk_font()
    return {
        "title": ParagraphStyle("title", fontName=font, fontSize=20, leading=26, alignment=TA_CENTER),
        "subtitle": ParagraphStyle("subtitle", fontName=font, fontSize=11, leading=15, alignment=TA_CENTER),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=11, leading=14, wordWrap="CJK"),
        "big": ParagraphStyle("big", fontName=font, fontSize=14, leading=19, wordWrap="CJK"),
        "small": ParagraphStyle("small", fontName=font, fontSize=9, leading=12, textColor=colors.grey),
    }


def card_grid(rows: list[list[object]], widths: list[float], header: bool = True) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")))
    table.setStyle(TableStyle(style))
    return table


def emergency_card(work: Work, dossier_id: int, target: Path) -> Path:
    """The emergency-contact card (紧急联络卡) of a dossier (R11), to post at the desk or in the file."""
    view = read_dossier(work, dossier_id)
    s = card_styles()

    def p(text: str, style: str = "cell") -> Paragraph:
        return Paragraph(escape(text), s[style])

    units = "、".join(u.number for u in view.units if u.end_date is None) or view.unit
    story: list[object] = [
        p("紧急联络卡", "title"),
        p(f"{view.building}　{view.floor}　档案编号 {view.number}", "subtitle"),
        Spacer(1, 8 * mm),
        card_grid(
            [
                [p("单位名称"), p(view.customer.name, "big")],
                [p("单元"), p(units, "big")],
                [p("公司电话"), p(view.customer.phone or "—")],
                [p("入住日期"), p(view.move_in.isoformat())],
            ],
            [32 * mm, 138 * mm],
            header=False,
        ),
        Spacer(1, 8 * mm),
        p("紧急联络人", "big"),
        Spacer(1, 2 * mm),
    ]
    emergency = [c for c in view.contacts if c.is_emergency]
    others = [c for c in view.contacts if not c.is_emergency]
    story.append(contact_table(emergency, p) if emergency else p("（未登记紧急联络人，请补充 qms-pm-31302）"))
    if others:
        story += [Spacer(1, 8 * mm), p("其他联络人", "big"), Spacer(1, 2 * mm), contact_table(others, p)]
    story += [
        Spacer(1, 10 * mm),
        p(f"客务部　打印日期 {work.today.isoformat()}　本卡内容为客户保密资料，仅限内部使用", "small"),
    ]
    author = work.actor.display_name if work.actor else ""
    build_card(target, story, title=f"紧急联络卡 {view.customer.name}", author=author)
    return target


def contact_table(contacts: list[ContactInfo], p: Callable[[str], Paragraph]) -> Table:
    rows: list[list[object]] = [[p(h) for h in ("姓名", "职务", "手机", "电话", "备注")]]
    rows += [[p(v or "") for v in (c.name, c.role, c.mobile, c.phone, c.notes)] for c in contacts]
    return card_grid(rows, [28 * mm, 32 * mm, 36 * mm, 36 * mm, 38 * mm])


def build_card(target: Path, story: list[object], *, title: str, author: str) -> None:
    with written_atomically(target) as partial:
        SimpleDocTemplate(
            str(partial),
            pagesize=A4,
            leftMargin=20 * mm,
            rightMargin=20 * mm,
            topMargin=20 * mm,
            bottomMargin=20 * mm,
            title=title,
            author=author,
            creator="Dossier Desk",
        ).build(story)
