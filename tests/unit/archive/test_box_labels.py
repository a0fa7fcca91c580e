"""Box labels (app/archive/box_labels.py) and the box a label's QR code names."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
import pytest
import zxingcpp
from reportlab.lib.units import mm

from app import archive
from app.archive.box_labels import (
    CAPTION_SIZE,
    CUT_MARGIN,
    FRAME_INSET,
    SHEET_SIDE,
    SPINE_H,
    SPINE_TOP,
    label_piece,
    vertical_layout,
)
from app.desk import Actor, Desk
from app.errors import NotFound
from app.printing import PAGE_H, build_pdf
from tests.unit.archive.test_archive_print import Archived, archived  # noqa: F401  (the fixture)


def test_a_box_code_is_its_number_behind_a_prefix_no_dossier_number_has() -> None:
    assert archive.box_code("2026-1F-01") == "BOX:2026-1F-01"
    assert archive.is_box_code("BOX:2026-1F-01") and archive.is_box_code(" box:2026-1F-01 ")
    assert not archive.is_box_code("2026-1F-01") and not archive.is_box_code("X01-2026-D30-0001")


def test_a_scanned_box_code_finds_exactly_that_box(desk: Desk, clerk: Actor, archived: Archived) -> None:  # noqa: F811
    with desk.read(clerk) as work:
        for box in archived.boxes:
            assert archive.box_by_code(work, archive.box_code(box.number)).id == box.id
        first = archived.boxes[0]
        for wrong in (first.number, f"BOX:{first.number}X", "BOX:", f"BOX:{first.number[:-1]}"):
            with pytest.raises(NotFound):
                archive.box_by_code(work, wrong)


# -- the spine and front labels, read back from the PDF -------------------------------------------------------------

LONG = ("X01-2024-D30-0001", "X01-2024-D30-0002", "X01-2024-D30-0003")


def info(
    spine_mm: int, n: int, file_numbers: tuple[str, ...] = LONG, fonds_name: str = "星河国际大厦物业服务中心"
) -> archive.BoxInfo:
    return archive.BoxInfo(
        id=n,
        number=f"2024-{n}F-0{n}",
        building_id=1,
        building="星河国际大厦",
        floor_id=1,
        floor=f"{n}F",
        floor_level=n,
        year=2024,
        retention="30y",
        spine_mm=spine_mm,
        capacity_pages=spine_mm * 10,
        shelf_location="档案室 24 号柜",
        created_at=dt.datetime(2025, 1, 15, 9, 0),
        created_by="陈静",
        documents=40,
        pages=109,
        file_numbers=file_numbers,
        version=1,
        fonds_name=fonds_name,
        fonds_code="X01",
        catalogue_no="1",
    )


@dataclass(frozen=True)
class Glyph:
    ch: str
    size: float
    left: float
    bottom: float
    right: float
    top: float


def glyphs(pdf_path: Path, page: int) -> list[Glyph]:
    """Every character drawn on a page, with its size and its box on the page (points, origin bottom left)."""
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        text = pdf[page].get_textpage()
        found = []
        for i in range(text.count_chars()):
            ch = text.get_text_range(i, 1)
            if ch.isspace():
                continue
            left, bottom, right, top = text.get_charbox(i)
            found.append(Glyph(ch, pdfium_raw.FPDFText_GetFontSize(text.raw, i), left, bottom, right, top))
        return found
    finally:
        pdf.close()


def spine_sheet(infos: list[archive.BoxInfo], tmp_path: Path) -> Path:
    out = tmp_path / "labels.pdf"
    build_pdf(out, [label_piece(infos, "档案盒标签")], title="档案盒标签", author="陈静")
    return out


def spines_of(infos: list[archive.BoxInfo], page_glyphs: list[Glyph]) -> dict[int, list[Glyph]]:
    """The characters on each spine of the sheet, by the spine's place (x from the sheet's side)."""
    top = PAGE_H - 1 - SPINE_TOP
    bottom = top - SPINE_H
    edges = [SHEET_SIDE]
    for i in infos:
        edges.append(edges[-1] + i.spine_mm * mm)
    found: dict[int, list[Glyph]] = {n: [] for n in range(len(infos))}
    for g in page_glyphs:
        cx, cy = (g.left + g.right) / 2, (g.bottom + g.top) / 2
        if not bottom <= cy <= top:
            continue  # the page's footer
        n = next(k for k in range(len(infos)) if edges[k] <= cx <= edges[k + 1])
        found[n].append(g)
    return found


SPINES = [20, 30, 40, 50]


def test_spine_values_are_at_least_14_pt_from_30_mm_and_nothing_is_within_2_mm_of_a_cut(tmp_path: Path) -> None:
    infos = [info(w, n) for n, w in enumerate(SPINES, start=1)]
    pdf = spine_sheet(infos, tmp_path)
    top = PAGE_H - 1 - SPINE_TOP
    left = SHEET_SIDE
    for n, chars in spines_of(infos, glyphs(pdf, 0)).items():
        width = infos[n].spine_mm * mm
        text = "".join(g.ch for g in chars)
        wanted = ("全宗号", "X01", "年度", "2024", "保管期限", "30年", "起止档号", *LONG[::2], "盒号", infos[n].number)
        assert all(needed in text for needed in wanted), (infos[n].spine_mm, text)
        margin = 2 * mm
        for g in chars:
            assert g.left >= left + margin and g.right <= left + width - margin, (infos[n].spine_mm, g)
            assert g.bottom >= top - SPINE_H + margin and g.top <= top - margin, (infos[n].spine_mm, g)
        values = [g for g in chars if abs(g.size - CAPTION_SIZE) > 0.01]
        if infos[n].spine_mm >= 30:
            assert min(g.size for g in values) >= 14.0 - 0.01, (infos[n].spine_mm, min(values, key=lambda g: g.size))
        left += width


def test_vertical_text_uses_vertical_forms_and_keeps_codes_whole(tmp_path: Path) -> None:
    name = "汇丰源（广州）物业服务有限公司客户服务部"
    infos = [info(30, 1, ("2024-0001", "2024-0002", "2024-0003"), fonds_name=name)]
    chars = spines_of(infos, glyphs(spine_sheet(infos, tmp_path), 0))[0]
    text = "".join(g.ch for g in chars)
    assert "︵广州︶" in text and "（" not in text and "）" not in text
    # A code runs down the spine on its side, not stacked letter by letter: one below the other at a digit's
    # width apart, each digit lying down (wider than tall on the page).
    start = text.index("2024-0001")
    code = chars[start : start + len("2024-0001")]
    size = code[0].size
    centres = [(g.left + g.right) / 2 for g in code]
    assert max(centres) - min(centres) < size * 0.4
    assert code[0].top - code[-1].bottom < len(code) * size * 0.7  # stacked, each would take a whole em
    assert all(g.right - g.left > g.top - g.bottom for g in code if g.ch in "02")


def test_the_layout_puts_a_long_name_in_columns_broken_by_the_chinese_rules() -> None:
    layout = vertical_layout("汇丰源（广州）物业服务有限公司客户服务部", 23 * mm, 60 * mm, 18.0)
    columns = ["".join(c.text for c in column) for column in layout.columns]
    assert columns == ["汇丰源︵广州︶", "物业服务有限公司", "客户服务部"]
    assert layout.size >= 14.0


def test_every_label_has_a_qr_code_of_its_box(tmp_path: Path) -> None:
    infos = [info(w, n) for n, w in enumerate(SPINES, start=1)]
    pdf = pdfium.PdfDocument(str(spine_sheet(infos, tmp_path)))
    try:
        read = [sorted(r.text for r in zxingcpp.read_barcodes(page.render(scale=3).to_pil())) for page in pdf]
    finally:
        pdf.close()
    codes = sorted(archive.box_code(i.number) for i in infos)
    assert read[0] == codes  # one on each spine, the narrowest included
    assert sorted(c for page in read[1:] for c in page) == codes  # and one on each front


def test_the_front_names_the_organisation_and_its_fonds_code(tmp_path: Path) -> None:
    pdf = spine_sheet([info(30, 1)], tmp_path)
    front = "".join(g.ch for g in glyphs(pdf, 1))
    assert "全宗名称星河国际大厦物业服务中心" in front and "全宗号X01" in front and "起止档号" in front


def test_spine_labels_of_a_real_archive_print_with_their_codes(
    desk: Desk,
    clerk: Actor,
    archived: Archived,  # noqa: F811
    tmp_path: Path,
) -> None:
    with desk.work(clerk) as work:
        pdf = archive.print_box_labels(work, [b.id for b in archived.boxes], tmp_path / "labels.pdf")
    document = pdfium.PdfDocument(str(pdf))
    try:
        read = zxingcpp.read_barcodes(document[0].render(scale=3).to_pil())
    finally:
        document.close()
    with desk.read(clerk) as work:
        assert sorted(archive.box_by_code(work, r.text).id for r in read) == sorted(b.id for b in archived.boxes)


def test_the_ruled_frame_stays_inside_the_cutting_margin() -> None:
    """The frame and the lines between sections are drawn FRAME_INSET in, 0.6 pt wide: their ink clears 2 mm."""
    assert FRAME_INSET - 0.3 >= CUT_MARGIN == 2 * mm
