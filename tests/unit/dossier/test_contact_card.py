"""Printouts: what a clerk reads on the printed page, and that it prints the same on any PC."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from app.desk import Actor, Desk
from app.dossier import contact_card as printouts
from app.dossier import contacts
from app.dossier.contacts import ContactInput
from app.tenancy import lifecycle as tenancy


def embedded_fonts(pdf: Path) -> set[str]:
    """Names of fonts whose glyphs are inside the file (a TrueType FontFile2 in the descriptor)."""
    names = set()
    for page in PdfReader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                names.add(str(font["/BaseFont"]))
    return names


def test_contact_card_lists_the_emergency_contacts_in_chinese(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, tmp_path: Path
) -> None:
    with desk.work(clerk) as work:
        contacts.add_contact(
            work,
            tenant.dossier_id,
            ContactInput(name="赵六", role="紧急联系人", mobile="13900001111", is_emergency=True),
        )
        contacts.add_contact(work, tenant.dossier_id, ContactInput(name="钱七", role="前台", phone="0755-1234567"))
    with desk.work(clerk) as work:
        pdf = printouts.emergency_card(work, tenant.dossier_id, tmp_path / "card.pdf")
    text = PdfReader(pdf).pages[0].extract_text()
    assert "紧急联络卡" in text
    assert "甲科技有限公司" in text
    emergency, others = text.split("其他联络人")
    assert "赵六" in emergency and "13900001111" in emergency
    assert "钱七" in others
    assert any("WenQuanYiMicroHei" in name for name in embedded_fonts(pdf))
    assert not list(tmp_path.glob(".*partial"))


def test_a_card_without_emergency_contacts_asks_for_the_form(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, tmp_path: Path
) -> None:
    with desk.work(clerk) as work:
        pdf = printouts.emergency_card(work, tenant.dossier_id, tmp_path / "card.pdf")
    assert "qms-pm-31302" in PdfReader(pdf).pages[0].extract_text()
