"""A list printed as a table: every page says what the columns are and which page of how many it is."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from app.desk import Actor, Desk
from app.errors import PermissionDenied
from app.printing.lists import column_widths, print_list
from app.printing.pages import BODY_W
from tests.unit.archive.test_archive_print import check_pdf, footers, pdftext, squash

HEADERS = ("单元", "档案编号", "客户", "缺少的材料")
TITLE = "缺件清单 1F"


def rows(count: int) -> list[list[str]]:
    return [[f"1F-{n:03d}", f"2025-{n:04d}", f"客户{n}有限公司", "营业执照；租赁合同"] for n in range(count)]


def test_a_long_list_repeats_its_header_and_counts_its_pages(desk: Desk, clerk: Actor, tmp_path: Path) -> None:
    with desk.work(clerk) as work:
        pdf = print_list(work, tmp_path / "list.pdf", TITLE, HEADERS, rows(300))
    pages = pdftext(pdf)
    assert len(pages) >= 5
    for text in pages:
        line = squash(text)
        assert all(h in line for h in HEADERS), "the header row is on every page"
    assert footers(pages) == [(n, len(pages)) for n in range(1, len(pages) + 1)]
    assert all(TITLE in text for text in pages)  # the footer's caption says which list a loose page is from
    everything = squash("".join(pages))
    assert all(f"2025-{n:04d}" in everything for n in range(300))
    assert PdfReader(pdf).pages[0].mediabox.width == pytest.approx(A4[0])  # four columns fit portrait
    check_pdf(pdf)


def test_who_printed_it_and_the_subtitle_are_under_the_title(desk: Desk, clerk: Actor, tmp_path: Path) -> None:
    with desk.work(clerk) as work:
        pdf = print_list(work, tmp_path / "list.pdf", TITLE, HEADERS, rows(3), subtitle="示范大厦 1F")
        when = work.now.strftime("%Y-%m-%d %H:%M")
    first = pdftext(pdf)[0]
    assert "示范大厦 1F" in first
    assert clerk.display_name in first and when in first


def test_a_long_cell_is_wrapped_never_cut(desk: Desk, clerk: Actor, tmp_path: Path) -> None:
    long = "".join(f"第{n:02d}项材料缺失请补交原件" for n in range(20))[:200]
    assert len(long) == 200
    with desk.work(clerk) as work:
        pdf = print_list(work, tmp_path / "long.pdf", TITLE, HEADERS, [["1F-01", "2025-0001", "甲公司", long]])
    assert long in squash("".join(pdftext(pdf)))
    check_pdf(pdf)


def test_a_cell_taller_than_a_page_continues_in_the_next_row(desk: Desk, clerk: Actor, tmp_path: Path) -> None:
    huge = "".join(f"第{n:04d}条备注。" for n in range(900))
    with desk.work(clerk) as work:
        pdf = print_list(work, tmp_path / "huge.pdf", TITLE, ("序号", "备注"), [["1", huge], ["2", "短"]])
    pages = pdftext(pdf)
    assert len(pages) > 1 and all("备注" in squash(text)[:40] for text in pages[1:])  # the header goes along
    text = squash("".join(pages))
    assert all(f"{n:04d}条备注。" in text for n in range(900))  # a page break may fall after "第"
    check_pdf(pdf)


def test_an_empty_list_prints_its_title_header_and_none(desk: Desk, clerk: Actor, tmp_path: Path) -> None:
    with desk.work(clerk) as work:
        pdf = print_list(work, tmp_path / "empty.pdf", TITLE, HEADERS, [])
    pages = pdftext(pdf)
    assert len(pages) == 1 and footers(pages) == [(1, 1)]
    text = squash(pages[0])
    assert TITLE.replace(" ", "") in text and all(h in text for h in HEADERS) and "（无）" in text
    check_pdf(pdf)


def test_english_headers_and_numbers_print_in_the_shipped_font(desk: Desk, clerk: Actor, tmp_path: Path) -> None:
    headers = ("Floor", "Unit(s)", "Company", "Moved in", "Moved out", "Status", "File no.", "Documents", "Pages")
    headers += ("Warnings",)
    row = ["1F", "1F-01", "Acme Trading Co., Ltd.", "2020-01-01", "2025-03-31", "Bound", "2025-1", "12", "48"]
    data = [[*row, "Deposit not refunded; keys not returned"]] * 40
    with desk.work(clerk) as work:
        pdf = print_list(work, tmp_path / "en.pdf", "Departed tenancies", headers, data, numeric=(7, 8))
    text = "".join(pdftext(pdf))
    assert "Acme Trading Co., Ltd." in text and "Documents" in text
    page = PdfReader(pdf).pages[0]
    assert page.mediabox.width > page.mediabox.height  # ten columns: landscape
    check_pdf(pdf)


def test_widths_follow_the_text_and_fill_the_page() -> None:
    widths = column_widths(("No.", "Title"), [["1", "A title"], ["2", "Another"]], BODY_W)
    assert sum(widths) == pytest.approx(BODY_W) and widths[0] < widths[1]
    note = "很长的说明" * 60
    tight = column_widths(("No.", "Date", "Note", "Remark"), [["1", "2025-01-01", note, note]], BODY_W)
    assert sum(tight) == pytest.approx(BODY_W)
    assert tight[1] < 25 * mm and tight[2] > 2 * tight[1]  # the date keeps its width; the notes wrap
    roomy = column_widths(("No.", "Date", "Note"), [["1", "2025-01-01", note]], BODY_W)
    assert sum(roomy) == pytest.approx(BODY_W) and roomy[1] < 25 * mm  # the room left goes to the note


def test_given_widths_are_proportions(desk: Desk, clerk: Actor, tmp_path: Path) -> None:
    with desk.work(clerk) as work:
        pdf = print_list(work, tmp_path / "w.pdf", TITLE, HEADERS, rows(2), widths=(1, 1, 2, 4))
        with pytest.raises(ValueError):
            print_list(work, tmp_path / "x.pdf", TITLE, HEADERS, rows(2), widths=(1, 1))
        with pytest.raises(ValueError):
            print_list(work, tmp_path / "y.pdf", TITLE, HEADERS, [["only one"]])
    check_pdf(pdf)


def test_printing_a_list_needs_a_user(desk: Desk, tmp_path: Path) -> None:
    with desk.read(None) as work, pytest.raises(PermissionDenied):
        print_list(work, tmp_path / "x.pdf", TITLE, HEADERS, rows(1))
    assert not list(tmp_path.glob("*.pdf"))


def test_the_pdf_properties_name_the_list(desk: Desk, clerk: Actor, tmp_path: Path) -> None:
    with desk.work(clerk) as work:
        pdf = print_list(work, tmp_path / "p.pdf", TITLE, HEADERS, rows(1))
    info = PdfReader(pdf).metadata
    assert info is not None and info.title == TITLE and info.author == clerk.display_name
    assert re.search(r"Dossier Desk", str(info.get("/Creator")))
    out = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
