"""Printouts: what a clerk reads on the printed page, and that it prints the same on any PC."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from app.desk import Actor, Desk
from app.dossier import contact_card as printouts
from app.dossier import contacts, registration_form
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


def test_the_registration_form_is_filled_in_from_the_record(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, tmp_path: Path
) -> None:
    with desk.work(clerk) as work:
        contacts.add_contact(work, tenant.dossier_id, ContactInput(name="赵六", role="行政", mobile="13900001111"))
    with desk.read(clerk) as work:
        pdf = registration_form(work, tenant.dossier_id, tmp_path / "form.pdf")
    text = PdfReader(pdf).pages[0].extract_text()
    for expected in (
        "客户档案登记表",
        "qms-pm-31301",
        "甲科技有限公司",
        "统一社会信用代码",
        "101",
        "2026-01-05",
        "赵六",
    ):
        assert expected in text
    assert "13900001111" in text  # kept in the dossier: the desk calls them, as on the emergency card
    assert "R16" not in text  # rule ids are for the code, not for paper
    assert any("WenQuanYiMicroHei" in name for name in embedded_fonts(pdf))
