"""Scan cover sheets (issue 21): what each sheet says, and that its QR code reads back to the exact cover code from a
page scanned as the copier does it (150–300 dpi, skewed 3°, noisy, grey or colour)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import zxingcpp
from pypdf import PdfReader

from app.building import buildings
from app.customers.details import CustomerInput
from app.desk import Actor, Desk
from app.errors import NotFound, PermissionDenied, ValidationError
from app.inbox import DEFAULT_CATEGORIES, CoverCode, cover_sheets, parse_cover, print_covers
from app.tenancy import lifecycle as tenancy
from tests.inbox_pages import cover_page_images
from tests.unit.dossier.test_contact_card import embedded_fonts
from tests.unit.unit_support import refused, unit_id


@pytest.fixture
def tenants(desk: Desk, clerk: Actor, building: buildings.BuildingInfo) -> dict[str, tuple[int, str]]:
    """Two live tenants on 1F (the second in two units), one departed: (dossier id, dossier number) by name."""
    found = {}
    with desk.work(clerk) as work:
        for units, name in ((["101"], "甲科技有限公司"), (["102", "103"], "乙贸易有限公司")):
            moved = tenancy.move_in(
                work,
                customer=CustomerInput(name=name),
                unit_ids=[unit_id(desk, u) for u in units],
                move_in=dt.date(2025, 1, 1),
            )
            found[name] = (moved.dossier_id, moved.dossier_number)
        tenancy.move_in(
            work,
            customer=CustomerInput(name="已离场有限公司"),
            unit_ids=[unit_id(desk, "104")],
            move_in=dt.date(2020, 1, 1),
            move_out=dt.date(2024, 1, 1),
        )
    return found


def floor_id(desk: Desk, label: str) -> int:
    with desk.read(None) as work:
        return next(f.id for f in buildings.list_floors(work, 1) if f.label == label)


def read_codes(image: object) -> list[CoverCode]:
    """The cover codes a real barcode reader finds on a scanned page."""
    return [code for r in zxingcpp.read_barcodes(image) if (code := parse_cover(r.text)) is not None]


def page_words(pdf: Path) -> list[str]:
    return ["".join((page.extract_text() or "").split()) for page in PdfReader(pdf).pages]


def test_covers_for_two_dossiers_and_a_blank_one_read_back_from_skewed_noisy_scans(
    desk: Desk, clerk: Actor, tenants: dict[str, tuple[int, str]], tmp_path: Path
) -> None:
    (first_id, first), (second_id, second) = tenants["甲科技有限公司"], tenants["乙贸易有限公司"]
    pdf = tmp_path / "covers.pdf"
    with desk.read(clerk) as work:
        sheets = cover_sheets(work, dossier_id=first_id, category="correspondence")
        sheets += cover_sheets(
            work, dossier_id=second_id, category="fit_out", title="二次装修图纸|第二版", day=dt.date(2026, 3, 9)
        )
        sheets += cover_sheets(work, blank=True, category="form_parking")
        print_covers(work, sheets, pdf)
    expected = [
        CoverCode(first, "correspondence"),
        CoverCode(second, "fit_out", dt.date(2026, 3, 9), "二次装修图纸|第二版"),
        CoverCode(None, "form_parking"),
    ]
    assert [s.code for s in sheets] == expected
    for dpi, grey in ((200, True), (150, True), (300, True), (200, False)):
        pages = cover_page_images(pdf, dpi, rotate=3, noise=12, grey=grey)
        assert [read_codes(page) for page in pages] == [[c] for c in expected], f"{dpi} dpi, grey={grey}"
    words = page_words(pdf)
    for text in ("扫描封面", "将此页放在文件最前面扫描", "甲科技有限公司", first, "101", "往来函", "1F"):
        assert text in words[0], text
    for text in ("乙贸易有限公司", "102、103", second, "二装资料", "二次装修图纸|第二版", "2026-03-09"):
        assert text in words[1], text
    assert "车位申请" in words[2] and "空白封面" in words[2]
    assert any("WenQuanYiMicroHei" in f for f in embedded_fonts(pdf))


def test_the_qr_code_is_large(desk: Desk, clerk: Actor, tenants: dict[str, tuple[int, str]], tmp_path: Path) -> None:
    pdf = tmp_path / "covers.pdf"
    with desk.read(clerk) as work:
        print_covers(work, cover_sheets(work, blank=True, category="move_in"), pdf)
    (page,) = cover_page_images(pdf, 200)
    (found,) = zxingcpp.read_barcodes(page)
    side_mm = (found.position.top_right.x - found.position.top_left.x) / 200 * 25.4
    assert side_mm >= 50
    assert found.format.name == "QRCode" and found.ec_level in ("M", "Q", "H")


def test_without_a_category_a_dossier_gets_one_sheet_for_each_category_filed_most(
    desk: Desk, clerk: Actor, tenants: dict[str, tuple[int, str]], tmp_path: Path
) -> None:
    dossier_id, number = tenants["甲科技有限公司"]
    with desk.read(clerk) as work:
        sheets = cover_sheets(work, dossier_id=dossier_id)
        print_covers(work, sheets, tmp_path / "covers.pdf", copies=2)
    assert [s.code for s in sheets] == [CoverCode(number, c) for c in DEFAULT_CATEGORIES]
    assert DEFAULT_CATEGORIES == ("move_in", "fit_out", "correspondence", "form_other")
    words = page_words(tmp_path / "covers.pdf")
    assert len(words) == 8
    assert ["入住资料" in w for w in words] == [True, True] + [False] * 6


def test_a_floor_gets_one_sheet_per_live_dossier(desk: Desk, clerk: Actor, tenants: dict[str, tuple[int, str]]) -> None:
    with desk.read(clerk) as work:
        sheets = cover_sheets(work, floor_id=floor_id(desk, "1F"), category="move_in")
    assert [(s.code.dossier_number, s.units, s.company) for s in sheets] == [
        (tenants["甲科技有限公司"][1], "101", "甲科技有限公司"),
        (tenants["乙贸易有限公司"][1], "102、103", "乙贸易有限公司"),
    ]


def test_bad_requests_are_refused_naming_the_field(
    desk: Desk, clerk: Actor, admin: Actor, tenants: dict[str, tuple[int, str]], tmp_path: Path
) -> None:
    dossier_id, _number = tenants["甲科技有限公司"]
    pdf = tmp_path / "covers.pdf"
    with desk.read(clerk) as work:
        with refused(desk, ValidationError, "document.category", "parcels"):
            cover_sheets(work, dossier_id=dossier_id, category="parcels")
        with refused(desk, ValidationError, "document.title", "100"):
            cover_sheets(work, blank=True, title="长" * 101)
        with refused(desk, ValidationError, "floor"):
            cover_sheets(work, floor_id=floor_id(desk, "3F"), category="move_in")
        with refused(desk, NotFound, "dossier"):
            cover_sheets(work, dossier_id=99999)
        with refused(desk, ValidationError, "covers.copies", "20"):
            print_covers(work, cover_sheets(work, blank=True), pdf, copies=21)
    assert not pdf.exists()
    with desk.read(admin) as work, pytest.raises(PermissionDenied):
        cover_sheets(work, blank=True)
