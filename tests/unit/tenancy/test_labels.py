"""Dossier labels (R5): one per live dossier, names in full, codes that scan back to the dossier."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp
from pypdf import PdfReader
from reportlab.lib.units import mm
from sqlalchemy import event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.building import buildings
from app.customers import details as customers
from app.customers.details import CustomerInput
from app.desk import Actor, Desk
from app.errors import Busy, FileProblem, PermissionDenied, ValidationError
from app.printing import cjk_font
from app.tenancy import labels
from app.tenancy import lifecycle as tenancy
from app.tenancy.labels import LabelLayout, _fit_lines
from tests.unit.dossier.test_contact_card import embedded_fonts
from tests.unit.unit_support import fill_the_disk_for_pdfs, refused, unit_id

LONG_NAME = "深圳市前海深港现代服务业合作区超长名称国际供应链管理与信息技术服务有限公司"


def decode(pdf: Path) -> list[tuple[str, str]]:
    """Every barcode or QR code on every page, read by a real barcode reader from a 300 dpi render."""
    found = []
    document = pypdfium2.PdfDocument(str(pdf))
    for page in document:
        image = page.render(scale=300 / 72).to_pil()
        found += [(r.text, r.format.name) for r in zxingcpp.read_barcodes(image)]
    document.close()
    return sorted(found)


@pytest.fixture
def floor_one(desk: Desk, clerk: Actor, building: buildings.BuildingInfo) -> dict[str, str]:
    """Three live tenants on 1F (one with a very long name), one departed; dossier numbers by name."""
    numbers = {}
    with desk.work(clerk) as work:
        for unit, name in (("101", "甲科技有限公司"), ("102", LONG_NAME), ("103", "丙咨询有限公司")):
            moved = tenancy.move_in(
                work, customer=CustomerInput(name=name), unit_ids=[unit_id(desk, unit)], move_in=dt.date(2025, 1, 1)
            )
            numbers[name] = moved.dossier_number
        tenancy.move_in(
            work,
            customer=CustomerInput(name="已离场有限公司"),
            unit_ids=[unit_id(desk, "104")],
            move_in=dt.date(2020, 1, 1),
            move_out=dt.date(2024, 1, 1),
        )
    return numbers


def floor_id(desk: Desk, label: str) -> int:
    with desk.read(None) as work:
        return next(f.id for f in buildings.list_floors(work, 1) if f.label == label)


@pytest.mark.parametrize("code", ["qr", "barcode"])
def test_a_floor_sheet_has_one_label_per_live_dossier_that_scans_back(
    desk: Desk, clerk: Actor, floor_one: dict[str, str], tmp_path: Path, code: str
) -> None:
    pdf = tmp_path / "labels.pdf"
    with desk.work(clerk) as work:
        rows = labels.labels_for(work, floor_id=floor_id(desk, "1F"))
        labels.print_labels(work, rows, pdf, code=code)
    assert sorted(r.label_text for r in rows) == sorted(floor_one)
    expected = "QRCode" if code == "qr" else "Code128"
    assert decode(pdf) == sorted((number, expected) for number in floor_one.values())
    text = "".join(PdfReader(pdf).pages[0].extract_text().split())
    for name in floor_one:
        assert name in text, f"{name} not printed in full"
    assert "已离场有限公司" not in text
    assert any("WenQuanYiMicroHei" in f for f in embedded_fonts(pdf))


def test_rename_puts_the_label_on_the_check_until_it_is_printed(
    desk: Desk, clerk: Actor, floor_one: dict[str, str], tmp_path: Path
) -> None:
    with desk.read(None) as work:
        never_printed = labels.label_check(work)
    assert sorted(r.label_text for r in never_printed) == sorted(floor_one)
    with desk.work(clerk) as work:
        labels.print_labels(work, never_printed, tmp_path / "preview.pdf", record=False)  # a look is not a print
        assert len(labels.label_check(work)) == len(never_printed)
        labels.print_labels(work, never_printed, tmp_path / "first.pdf")
        assert labels.label_check(work) == []
        customer_id = next(c.customer_id for c in buildings.unit_cards(work) if c.number == "101")
        assert customer_id is not None
        version = customers.read_customer(work, customer_id).version
        customers.update_customer(work, customer_id, CustomerInput(name="甲新材料有限公司"), expected_version=version)
    with desk.read(None) as work:
        (stale,) = labels.label_check(work)
    assert (stale.label_text, stale.last_printed_text) == ("甲新材料有限公司", "甲科技有限公司")
    with desk.work(clerk) as work:
        labels.print_labels(work, labels.labels_for(work, to_reprint=True), tmp_path / "again.pdf")
        assert labels.label_check(work) == []


def test_a_unit_label_and_a_partly_used_sheet(
    desk: Desk, clerk: Actor, floor_one: dict[str, str], tmp_path: Path
) -> None:
    with desk.work(clerk) as work:
        rows = labels.labels_for(work, unit_id=unit_id(desk, "102"))
        labels.print_labels(work, rows, tmp_path / "one.pdf", skip=5, layout=labels.LAYOUTS["a4-3x8"])
    assert [r.label_text for r in rows] == [LONG_NAME]
    assert decode(tmp_path / "one.pdf") == [(floor_one[LONG_NAME], "QRCode")]


def test_a_layout_that_does_not_fit_on_a4_is_refused(
    desk: Desk, clerk: Actor, floor_one: dict[str, str], tmp_path: Path
) -> None:
    too_wide = LabelLayout(rows=8, columns=3, label_width_mm=80, label_height_mm=37, top_mm=0, left_mm=0)
    with desk.work(clerk) as work:
        rows = labels.labels_for(work)
    with refused(desk, ValidationError, "labels.layout", "3", "80"), desk.work(clerk) as work:
        labels.print_labels(work, rows, tmp_path / "x.pdf", layout=too_wide)
    assert not (tmp_path / "x.pdf").exists()


def test_printing_labels_needs_a_desk_user(desk: Desk, admin: Actor, floor_one: dict[str, str], tmp_path: Path) -> None:
    with desk.read(None) as work:
        rows = labels.labels_for(work)
    with refused(desk, PermissionDenied, None), desk.work(admin) as work:
        labels.print_labels(work, rows, tmp_path / "x.pdf")


def test_a_long_name_wraps_before_its_company_tail_never_a_lone_character() -> None:
    _size, lines = _fit_lines("香港嘉禾保险代理有限公司", cjk_font(), 50 * mm, 14 * mm)
    assert lines == ["香港嘉禾保险代理", "有限公司"]  # nothing lost; broken before 有限公司, where it reads best
    _size, lines = _fit_lines("香港嘉禾保险代理有限公司", cjk_font(), 30 * mm, 14 * mm)
    assert len(lines) == 2 and abs(len(lines[0]) - len(lines[1])) <= 1  # no room to choose: even lines


@pytest.mark.parametrize(
    ("name", "width_mm", "expected"),
    [
        ("汇丰源教育咨询有限公司", 30, ["汇丰源教育", "咨询有限公司"]),  # not "汇丰源教 / 育咨询"
        ("深圳市汇丰源教育咨询有限公司", 50, ["深圳市汇丰源教育咨询", "有限公司"]),
        ("上海博雅律师事务所", 30, ["上海博雅", "律师事务所"]),
        ("东莞市万达通文化传媒有限公司", 50, ["东莞市万达通文化传媒", "有限公司"]),
        ("北京联合文化传媒有限公司（分部）", 50, ["北京联合文化传媒", "有限公司（分部）"]),
    ],
)
def test_a_company_name_on_a_label_breaks_where_it_reads_well(name: str, width_mm: float, expected: list[str]) -> None:
    _size, lines = _fit_lines(name, cjk_font(), width_mm * mm, 14 * mm)
    assert lines == expected


# -- the print and its record are one step (R5) ---------------------------------------------------------------------


@contextmanager
def commits_fail() -> Iterator[None]:
    """Every commit fails as a locked database does (the desk says "another desk is saving"), after the work."""

    def locked(_session: Session) -> None:
        raise OperationalError("COMMIT", {}, sqlite3.OperationalError("database is locked"))

    event.listen(Session, "before_commit", locked)
    try:
        yield
    finally:
        event.remove(Session, "before_commit", locked)


@pytest.mark.file_only('simulates SQLite\'s "database is locked" at the commit')
def test_labels_whose_print_cannot_be_recorded_leave_no_pdf(
    desk: Desk, clerk: Actor, floor_one: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with desk.read(None) as work:
        rows = labels.label_check(work)
    with pytest.raises(Busy), commits_fail(), desk.work(clerk) as work:
        labels.print_labels(work, rows, out / "labels.pdf")
    assert list(out.iterdir()) == []  # neither the PDF nor its temporary file
    with desk.read(None) as work:
        assert len(labels.label_check(work)) == len(rows)  # still to print
    with desk.work(clerk) as work:
        labels.print_labels(work, rows, out / "labels.pdf")
        assert not (out / "labels.pdf").exists()  # not before the record is committed
    assert [p.name for p in out.iterdir()] == ["labels.pdf"]
    with desk.read(None) as work:
        assert labels.label_check(work) == []


def test_a_full_disk_while_printing_labels_records_nothing_and_says_so(
    desk: Desk, clerk: Actor, floor_one: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with desk.read(None) as work:
        rows = labels.label_check(work)
    fill_the_disk_for_pdfs(monkeypatch)
    target = tmp_path / "out" / "labels.pdf"
    with refused(desk, FileProblem, None, "The disk is full", str(target)), desk.work(clerk) as work:
        labels.print_labels(work, rows, target)
    assert list(target.parent.iterdir()) == []  # no PDF, and no half of one under a temporary name


@pytest.mark.file_only('simulates SQLite\'s "database is locked" at the commit')
def test_saving_a_preview_records_the_labels_in_the_same_step(
    desk: Desk, clerk: Actor, floor_one: dict[str, str], tmp_path: Path
) -> None:
    preview = tmp_path / "preview.pdf"
    with desk.work(clerk) as work:
        rows = labels.label_check(work)
        labels.print_labels(work, rows, preview, record=False)
    ids = [r.dossier_id for r in rows]
    saved = tmp_path / "saved" / "labels.pdf"
    with pytest.raises(Busy), commits_fail(), desk.work(clerk) as work:
        labels.save_printed_labels(work, ids, preview, saved)
    assert not saved.parent.exists() or list(saved.parent.iterdir()) == []
    with desk.work(clerk) as work:
        labels.save_printed_labels(work, ids, preview, saved)
    assert saved.read_bytes() == preview.read_bytes()
    with desk.read(None) as work:
        assert labels.label_check(work) == []
