"""The customer registration form (客户档案登记表, qms-pm-31301) of a dossier, filled in from the record.

Printed at move-in for the customer to check and sign, and again whenever the details change, so the paper in the
dossier matches the record. A person's ID number is printed as the one printing it may see it (masked for a clerk:
the paper copy is as confidential as the screen); contacts' phone numbers are printed in full, as on the
emergency-contact card — the desk calls them.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from app.desk import Work
from app.dossier.contact_card import build_card, card_grid, card_styles, contact_table
from app.dossier.dossiers import read_dossier

FORM_CODE = "qms-pm-31301"


def registration_form(work: Work, dossier_id: int, target: Path) -> Path:
    """Write the dossier's 客户档案登记表 to ``target`` (atomically) and return it."""
    view = read_dossier(work, dossier_id)
    s = card_styles()

    def p(text: str, style: str = "cell") -> Paragraph:
        return Paragraph(escape(text), s[style])

    customer = view.customer
    person = customer.kind == "person"
    units = "、".join(u.number for u in view.units if u.end_date is None) or view.unit
    code_label = "身份证号码" if person else "统一社会信用代码"
    rows = [
        [p("客户名称"), p(customer.name, "big"), p("客户类别"), p("个人" if person else "单位")],
        [p(code_label), p(customer.id_code or "—"), p("单位性质"), p(customer.nature)],
        [p("法定代表人"), p(customer.legal_representative), p("注册资本"), p(customer.registered_capital)],
        [p("所属行业"), p(customer.industry), p("联系电话"), p(customer.phone)],
        [p("通讯地址"), p(customer.address), p("电子邮箱"), p(customer.email)],
        [p("楼宇"), p(f"{view.building}　{view.floor}"), p("单元"), p(units)],
        [p("入住日期"), p(view.move_in.isoformat()), p("档案位置"), p(view.location or "—")],
    ]
    if customer.former_names:
        former = "；".join(f"{n.name}（至 {n.used_until.isoformat()}）" for n in customer.former_names)
        rows.append([p("曾用名"), p(former), p(""), p("")])
    story: list[object] = [
        p("客户档案登记表", "title"),
        p(f"{FORM_CODE}　档案编号 {view.number}", "subtitle"),
        Spacer(1, 6 * mm),
        card_grid(rows, [36 * mm, 54 * mm, 26 * mm, 54 * mm], header=False),
        Spacer(1, 6 * mm),
        p("联络人", "big"),
        Spacer(1, 2 * mm),
        contact_table(list(view.contacts), p) if view.contacts else p("（未登记联络人）"),
        Spacer(1, 14 * mm),
        card_grid(
            [[p("客户签章"), p(""), p("经办人"), p(""), p("日期"), p("")]],
            [22 * mm, 48 * mm, 20 * mm, 36 * mm, 16 * mm, 28 * mm],
            header=False,
        ),
        Spacer(1, 8 * mm),
        p(f"客务部　打印日期 {work.today.isoformat()}　本表内容为客户保密资料，仅限内部使用", "small"),
    ]
    author = work.actor.display_name if work.actor else ""
    build_card(target, story, title=f"客户档案登记表 {customer.name}", author=author)
    return target
