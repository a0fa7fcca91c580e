"""The archive's paper to standard (issue 12): one number on paper, covers everywhere, sign-offs, the hand-over
list, and an in-file directory whose columns fit what it holds and whose pages never carry a lone row."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from app import archive
from app.archive import printouts as archive_print
from app.archive.dossier_sheets import directory_layout, directory_widths
from app.building import buildings
from app.desk import Actor, Desk
from app.dossier import documents
from app.dossier.documents import DocumentInput
from app.errors import NotFound, PermissionDenied, ValidationError
from tests.unit.archive.test_archive_print import (
    HEADER,
    Archived,
    archive_four_tenants,
    check_pdf,
    first_line,
    footers,
    make_tenant,
    pdftext,
    squash,
)

LABEL_PAGES = ("起止案卷号", "档 案 盒")  # the label sheets (box_labels) are not numbered by 档号 here


@pytest.fixture
def archived(desk: Desk, clerk: Actor, supervisor: Actor, building: buildings.BuildingInfo) -> Archived:
    return archive_four_tenants(desk, clerk, supervisor)


def directory_of(desk: Desk, clerk: Actor, dossier_id: int) -> archive.InFileDirectory:
    with desk.read(clerk) as work:
        return archive.in_file_directory(work, dossier_id)


def test_an_empty_reference_column_shrinks_to_its_header_and_the_issuer_gets_the_room(
    desk: Desk, clerk: Actor, building: buildings.BuildingInfo
) -> None:
    tenant = make_tenant(desk, clerk, "深圳市华创建筑设计有限公司", ["101"], [1, 2], move_out=None)
    with desk.work(clerk) as work:
        documents.add_document(
            work,
            tenant.dossier_id,
            DocumentInput(
                category="correspondence",
                doc_date=dt.date(2024, 5, 1),
                title="装修施工图纸",
                issuer="深圳市华创建筑设计有限公司",
                pages=1,
            ),
        )
    d = directory_of(desk, clerk, tenant.dossier_id)
    with_reference = directory_widths(d.items)
    without = directory_widths([i for i in d.items if not i.reference_no])
    assert without[1] < with_reference[1]  # 文号 as wide as its header when no document has one
    assert without[1] < 12 * 72 / 25.4  # …well under the 36 mm it had
    assert without[2] > with_reference[2]  # 责任者 takes what 文号 gave up
    assert abs(sum(without) - sum(with_reference)) < 0.01  # the whole body width either way
    layout = directory_layout(d)
    assert layout.one_line_rows() == len(layout.rows) == 3  # the long company name fits on one line


def test_a_directory_one_row_longer_than_a_page_gives_its_last_page_two_rows(
    desk: Desk, clerk: Actor, building: buildings.BuildingInfo, tmp_path: Path
) -> None:
    probe = make_tenant(desk, clerk, "己物流有限公司", ["301"], [1] * 120, move_out=None)
    per_page = len(directory_layout(directory_of(desk, clerk, probe.dossier_id)).pages[0])
    tenant = make_tenant(desk, clerk, "辛餐饮有限公司", ["302"], [1] * (per_page + 1), move_out=None)
    layout = directory_layout(directory_of(desk, clerk, tenant.dossier_id))
    assert [len(page) for page in layout.pages] == [per_page - 1, 2]  # rebalanced: no lone row
    with desk.work(clerk) as work:
        pdf = archive_print.print_in_file_directory(work, tenant.dossier_id, tmp_path / "dir.pdf")
    check_pdf(pdf)
    pages = pdftext(pdf)
    assert footers(pages) == [(1, 2), (2, 2)]
    for text in pages:  # the continuation page repeats the title, the 档号 line and the column header
        assert first_line(text) == "卷内目录" and "档号：未装订" in text and " ".join(HEADER) in text
        assert text.count("原档案编号") == 1
    rows = [len(re.findall(r"辛餐饮有限公司往来函第\d+号", text)) for text in pages]
    assert rows == [per_page - 1, 2]


def test_every_page_of_a_long_directory_is_headed_and_holds_at_least_two_rows(
    desk: Desk, clerk: Actor, building: buildings.BuildingInfo, tmp_path: Path
) -> None:
    tenant = make_tenant(desk, clerk, "戊集团有限公司", ["301"], [1 + n % 4 for n in range(300)], move_out=None)
    layout = directory_layout(directory_of(desk, clerk, tenant.dossier_id))
    assert len(layout.pages) > 5 and all(len(page) >= 2 for page in layout.pages)
    assert sorted(n for page in layout.pages for n in page) == list(range(300))  # every row once, in order
    with desk.work(clerk) as work:
        pdf = archive_print.print_in_file_directory(work, tenant.dossier_id, tmp_path / "big.pdf")
    pages = pdftext(pdf)
    assert len(pages) == len(layout.pages)  # the layout's pages are the printed pages: nothing spilt over
    assert all("档号：未装订" in text and first_line(text) == "卷内目录" for text in pages)


def test_every_archive_printout_shows_the_file_number_with_its_fonds_code_and_the_dossier_number_once_a_page(
    desk: Desk, clerk: Actor, archived: Archived, tmp_path: Path
) -> None:
    with desk.work(clerk) as work:
        year = archive_print.print_archive(work, 2026, tmp_path / "2026.pdf")
        box = archive_print.print_box(work, archived.boxes[1].id, tmp_path / "box.pdf")
        handover = archive_print.print_handover(work, tmp_path / "handover.pdf", year=2026)
    numbers = {}
    with desk.read(clerk) as work:
        for t in archived.tenants:
            d = archive.in_file_directory(work, t.dossier_id)
            numbers[d.dossier_number] = d.file_number
    pages = [*pdftext(year), *pdftext(box), *pdftext(handover)]
    sheets = [text for text in pages if not any(k in text for k in LABEL_PAGES)]
    assert len(sheets) > 20
    own_pages = [text for text in sheets if any(n in squash(text) for n in numbers)]
    assert len(own_pages) >= 3 * len(numbers)  # each dossier's cover, directory and reference sheet at least
    for text in sheets:
        flat = squash(text)
        assert "X01" in flat, first_line(text)  # the 全宗号 on every sheet
        for dossier_number, file_number in numbers.items():
            assert flat.count(dossier_number) <= 1, (first_line(text), dossier_number)
            if dossier_number in flat:  # a dossier's own sheet: its 档号 is there, the live number small
                assert file_number in flat and f"原档案编号：{dossier_number}" in flat
    covers = [text for text in pdftext(year) if first_line(text) == "案卷封面"]
    assert len(covers) == len(archived.tenants) == squash("".join(pdftext(year))).count("案卷封面")


def test_the_box_reference_sheet_says_what_is_in_the_box_and_has_lines_to_sign(
    desk: Desk, clerk: Actor, archived: Archived, tmp_path: Path
) -> None:
    first_floor = next(b for b in archived.boxes if b.floor == "1F")
    with desk.work(clerk) as work:
        pdf = archive_print.print_box(work, first_floor.id, tmp_path / "box.pdf")
    (sheet,) = [text for text in pdftext(pdf) if first_line(text) == "盒内备考表"]
    text = squash(sheet)
    assert "盒内文件情况说明" in text
    assert f"本盒共2卷，{first_floor.documents}件，{first_floor.pages}页" in text
    assert first_floor.file_range.replace(" ", "") in text
    assert "1件未计页数" in text  # what a reader must know about 甲's file
    assert "整理人" in text and "整理日期" in text and "检查人" in text and "检查日期" in text
    assert f"经办：{first_floor.created_by}" in text and text.count("年月日") == 2  # blanks to sign and date
    assert footers([sheet]) == [(1, 1)]


def test_the_hand_over_list_of_a_year_lists_every_file_with_totals_and_signature_lines(
    desk: Desk, clerk: Actor, archived: Archived, tmp_path: Path
) -> None:
    with desk.work(clerk) as work:
        pdf = archive_print.print_handover(work, tmp_path / "handover.pdf", year=2026)
    check_pdf(pdf)
    (page,) = pdftext(pdf)
    text = squash(page)
    assert first_line(page) == "档案移交清单"
    assert "序号档号案卷题名年度保管期限件数页数盒号备注" in text
    assert all(t.name in text for t in archived.tenants)
    assert "移交范围：2026年度" in text
    documents = sum(b.documents for b in archived.boxes)
    pages = sum(b.pages for b in archived.boxes)
    assert f"合计4卷，3盒{documents}{pages}" in text
    for role in ("移交人", "接收人", "监交人"):
        assert role in text and f"{role[:2]}日期" in text
    assert text.count("年月日") == 3
    assert footers([page]) == [(1, 1)]


def test_the_hand_over_list_of_chosen_boxes_keeps_their_order(
    desk: Desk, clerk: Actor, admin: Actor, archived: Archived, tmp_path: Path
) -> None:
    chosen = [archived.boxes[2], archived.boxes[0]]
    with desk.work(clerk) as work:
        pdf = archive_print.print_handover(work, tmp_path / "boxes.pdf", box_ids=[b.id for b in chosen])
    text = squash(pdftext(pdf)[0])
    assert f"移交范围：盒号{chosen[0].number}、{chosen[1].number}" in text
    assert text.index(chosen[0].file_numbers[0]) < text.index(chosen[1].file_numbers[0])
    assert f"合计{chosen[0].dossiers + chosen[1].dossiers}卷，2盒" in text
    with desk.work(clerk) as work:
        with pytest.raises(ValidationError):
            archive_print.print_handover(work, tmp_path / "x.pdf")
        with pytest.raises(ValidationError):
            archive_print.print_handover(work, tmp_path / "x.pdf", year=2026, box_ids=[chosen[0].id])
        with pytest.raises(NotFound):
            archive_print.print_handover(work, tmp_path / "x.pdf", box_ids=[9999])
        with pytest.raises(NotFound):
            archive_print.print_handover(work, tmp_path / "x.pdf", year=2019)
    with desk.work(admin) as work, pytest.raises(PermissionDenied):
        archive_print.print_handover(work, tmp_path / "x.pdf", year=2026)
    assert not (tmp_path / "x.pdf").exists()


def test_the_year_directory_opens_with_the_catalogue_cover_and_notes(
    desk: Desk, clerk: Actor, archived: Archived, tmp_path: Path
) -> None:
    with desk.work(clerk) as work:
        pdf = archive_print.print_year_directory(work, 2026, tmp_path / "year.pdf")
    cover, notes, *rest = pdftext(pdf)
    assert first_line(cover) == "案卷目录封面" and not re.search(r"第\s*\d+\s*页", cover)
    for expected in ("全宗名称测试大厦物业服务中心", "全宗号X01", "目录号1", "年度2026", "案卷数4卷（3盒）"):
        assert expected in squash(cover)
    flat = squash(notes)
    assert "编制人" in flat and "编制日期" in flat and "经办：王小明" in flat and "案卷数4卷" in flat
    assert footers([notes]) == [(1, 1)]
    assert "档案盒目录" in rest[0] and "楼宇：测试大厦" in squash(rest[0])
