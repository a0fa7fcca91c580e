"""Archive printouts (R7): what the supervisor checks on paper before the boxes go on the shelf."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfdoc

from app import archive
from app.archive import BoxOptions
from app.archive import printouts as archive_print
from app.building import buildings
from app.customers import details as customers
from app.customers.details import CustomerInput
from app.desk import Actor, Desk
from app.dossier import documents
from app.dossier.documents import DocumentInput
from app.errors import FileProblem, NotFound, PermissionDenied, ValidationError
from app.files import written_together
from app.tenancy import lifecycle as tenancy
from app.tenancy.lifecycle import MoveOutChecklist
from tests.unit.unit_support import FullDisk, unit_id

DONE = MoveOutChecklist(
    keys_returned=True,
    access_cards_returned=True,
    electricity_reading=Decimal("100.0"),
    water_reading=Decimal("10.0"),
    deposit="refunded",
    forwarding_contact="张三 13800000000",
)
LONG_TITLE = "".join(f"关于{n:03d}号装修施工图纸及消防审批意见的补充说明函" for n in range(10))[:200]
HEADER = ("序号", "文号", "责任者", "题名", "日期", "页号", "备注")
SHEETS = ("案卷封面", "卷内目录", "卷内备考表", "案卷目录", "盒内备考表")


def pdftext(pdf: Path) -> list[str]:
    """The text of each page in the order it is drawn: row by row, a wrapped cell's lines one after another."""
    out = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    pages = out.stdout.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def squash(text: str) -> str:
    """Join wrapped lines: table cells break long titles anywhere, so compare without whitespace."""
    return re.sub(r"\s+", "", text)


def first_line(text: str) -> str:
    """A sheet's title: the first line drawn on it."""
    return text.lstrip().split("\n", 1)[0].strip()


def footers(pages: list[str]) -> list[tuple[int, int]]:
    found = []
    for text in pages:
        match = re.search(r"第\s*(\d+)\s*页\s*共\s*(\d+)\s*页", text)
        assert match, f"no page footer on a page: {text[-200:]!r}"
        found.append((int(match[1]), int(match[2])))
    return found


def check_pdf(pdf: Path) -> None:
    """The CJK font is embedded (prints the same on any PC) and the file is structurally sound."""
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:]]
    assert rows and all(row[-5] == "yes" for row in rows), fonts  # the "emb" column
    assert any("WenQuanYiMicroHei" in row[0] for row in rows)
    subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, check=True)
    assert not list(pdf.parent.glob(".*partial"))


@dataclass(frozen=True)
class Tenant:
    name: str
    unit: str
    customer_id: int
    dossier_id: int
    pages: tuple[int, ...]


def make_tenant(
    desk: Desk,
    clerk: Actor,
    name: str,
    units: list[str],
    pages: list[int],
    *,
    move_in: dt.date = dt.date(2024, 3, 1),
    move_out: dt.date | None = dt.date(2026, 2, 28),
    titles: list[str] | None = None,
) -> Tenant:
    with desk.work(clerk) as work:
        moved = tenancy.move_in(
            work, customer=CustomerInput(name=name), unit_ids=[unit_id(desk, u) for u in units], move_in=move_in
        )
        for n, count in enumerate(pages):
            documents.add_document(
                work,
                moved.dossier_id,
                DocumentInput(
                    category="correspondence",
                    doc_date=move_in + dt.timedelta(days=n % 600),
                    title=titles[n] if titles else f"{name}往来函第{n + 1}号",
                    reference_no=f"客函〔2024〕{n + 1}号",
                    issuer="客务部",
                    pages=count,
                ),
            )
        if move_out is not None:
            tenancy.move_out(work, moved.tenancy_id, day=move_out, checklist=DONE)
    return Tenant(name, units[0], moved.customer_id, moved.dossier_id, tuple(pages))


@dataclass(frozen=True)
class Archived:
    tenants: tuple[Tenant, ...]
    boxes: tuple[archive.BoxInfo, ...]


@pytest.fixture
def archived(desk: Desk, clerk: Actor, supervisor: Actor, building: buildings.BuildingInfo) -> Archived:
    return archive_four_tenants(desk, clerk, supervisor)


def archive_four_tenants(desk: Desk, clerk: Actor, supervisor: Actor) -> Archived:
    """Four tenants who left in 2026 on two floors, bound and boxed; one box holds two dossiers."""
    tenants = (
        make_tenant(desk, clerk, "甲科技有限公司", ["101", "102"], [3, 1, 0, 5]),
        make_tenant(desk, clerk, "乙贸易有限公司", ["103"], [2, 2]),
        make_tenant(desk, clerk, "丙咨询有限公司", ["201"], [4, 6, 1], titles=["入住登记表", LONG_TITLE, "退租确认书"]),
        make_tenant(desk, clerk, "丁设计工作室", ["B101"], [1]),
    )
    with desk.work(supervisor) as work:
        # 甲 has a document without a page count: bound as it is, so the directory shows a blank 页号.
        result = archive.archive_year(
            work, 2026, BoxOptions(spine_mm=20, shelf_location="A柜3层"), bind_unbound=True, include_incomplete=True
        )
    return Archived(tenants, result.boxes)


def test_in_file_directory_lists_every_document_with_page_ranges_that_add_up(
    desk: Desk, clerk: Actor, archived: Archived, tmp_path: Path
) -> None:
    tenant = archived.tenants[0]
    with desk.work(clerk) as work:
        pdf = archive_print.print_in_file_directory(work, tenant.dossier_id, tmp_path / "dir.pdf")
    check_pdf(pdf)
    (page,) = pdftext(pdf)
    assert "卷内目录" in page and "甲科技有限公司" in page and "101、102" in page
    assert "档号：X01-2026-D30-0002" in page  # bound (after 丁 in B101): the file number, not 未装订
    assert " ".join(HEADER) in page
    for n in range(1, 5):
        assert f"甲科技有限公司往来函第{n}号 2024030{n}" in page  # dates as YYYYMMDD
    ranges = re.findall(r"往来函第\d+号 \d{8} ?(\d+)?(?:-(\d+))?", page)
    assert ranges == [("1", "3"), ("4", ""), ("", ""), ("5", "9")]  # the unpaged document has no 页号
    assert sum(int(b or a) - int(a) + 1 for a, b in ranges if a) == sum(tenant.pages)
    assert footers([page]) == [(1, 1)]


def test_a_300_document_directory_repeats_its_header_and_numbers_its_own_pages(
    desk: Desk, clerk: Actor, building: buildings.BuildingInfo, tmp_path: Path
) -> None:
    pages = [1 + n % 4 for n in range(300)]
    tenant = make_tenant(desk, clerk, "戊集团有限公司", ["301"], pages, move_out=None)
    with desk.work(clerk) as work:
        pdf = archive_print.print_in_file_directory(work, tenant.dossier_id, tmp_path / "big.pdf")
    check_pdf(pdf)
    count = len(PdfReader(pdf).pages)
    assert count > 5
    texts = pdftext(pdf)
    assert len(texts) == count
    assert footers(texts) == [(n, count) for n in range(1, count + 1)]
    for text in texts:
        assert " ".join(HEADER) in text, "the header row repeats on every page"
    everything = squash("".join(texts))
    assert "未装订" in texts[0]  # live dossier: provisional numbers
    for n in (1, 150, 300):
        assert f"戊集团有限公司往来函第{n}号" in everything
    # Provisional page numbers run on without gaps: the last range ends at the total.
    assert f"{sum(pages) - pages[-1] + 1}-{sum(pages)}" in texts[-1]


def test_a_200_character_title_prints_in_full(desk: Desk, clerk: Actor, archived: Archived, tmp_path: Path) -> None:
    with desk.work(clerk) as work:
        pdf = archive_print.print_in_file_directory(work, archived.tenants[2].dossier_id, tmp_path / "long.pdf")
    assert len(LONG_TITLE) == 200
    assert LONG_TITLE in squash("".join(pdftext(pdf)))


def test_reference_sheet_explains_the_file(
    desk: Desk, clerk: Actor, manager: Actor, archived: Archived, tmp_path: Path
) -> None:
    tenant = archived.tenants[0]
    with desk.work(manager) as work:  # a paper found after binding goes in with the manager (补充)
        documents.add_document(
            work,
            tenant.dossier_id,
            DocumentInput(category="correspondence", doc_date=dt.date(2026, 3, 10), title="押金退还确认函", pages=2),
        )
    with desk.work(clerk) as work:
        pdf = archive_print.print_reference_sheet(work, tenant.dossier_id, tmp_path / "ref.pdf")
        directory = archive_print.print_in_file_directory(work, tenant.dossier_id, tmp_path / "dir.pdf")
    check_pdf(pdf)
    (page,) = pdftext(pdf)
    text = squash(page)
    assert "卷内备考表" in page and "本卷情况说明" in page
    assert "本卷共5件，11页" in text
    assert "第3件" in text and "未计页数" in text  # the document with no page count
    assert "补充1件" in text and "第5件《押金退还确认函》" in text
    assert "101于2026年02月28日退租" in text and "2024年03月01日至2026年02月28日" in text
    # Binder and checker sign and date by hand; who bound it is printed small beside, as 经办.
    assert "立卷人" in text and "检查人" in text and text.count("年月日") == 2
    assert "经办：陈主管（2026年06月15日装订）" in text
    directory_text = squash(pdftext(directory)[0])
    assert "押金退还确认函" in directory_text and "10-11补充" in directory_text


def test_former_names_show_on_the_reference_sheet(
    desk: Desk, clerk: Actor, building: buildings.BuildingInfo, tmp_path: Path
) -> None:
    tenant = make_tenant(desk, clerk, "庚商贸有限公司", ["302"], [1], move_out=None)
    with desk.work(clerk) as work:
        version = customers.read_customer(work, tenant.customer_id).version
        customers.update_customer(
            work,
            tenant.customer_id,
            CustomerInput(name="庚控股有限公司"),
            dt.date(2026, 1, 1),
            expected_version=version,
        )
    with desk.work(clerk) as work:
        pdf = archive_print.print_reference_sheet(work, tenant.dossier_id, tmp_path / "ref.pdf")
    text = squash(pdftext(pdf)[0])
    assert "曾用名：庚商贸有限公司" in text and "庚控股有限公司" in text
    assert "尚未装订" in text


def test_dossier_print_has_cover_directory_and_reference_sheet(
    desk: Desk, clerk: Actor, archived: Archived, tmp_path: Path
) -> None:
    tenant = archived.tenants[1]
    with desk.work(clerk) as work:
        pdf = archive_print.print_dossier(work, tenant.dossier_id, tmp_path / "dossier.pdf")
    check_pdf(pdf)
    cover, directory, reference = pdftext(pdf)
    cover_text = squash(cover)
    for expected in (
        "全宗名称测试大厦物业服务中心",  # the organisation (default until the settings name it), not the building
        "类目名称客户档案",
        "全宗号X01",
        "档号X01-2026-D30-0003",
        "乙贸易有限公司（103）2024—2026年客户档案",
        "件数2件",
        "页数4页",
        "保管期限30年",
    ):
        assert expected in cover_text
    assert re.search(r"起止日期\d{8}—\d{8}", cover_text)
    assert "盒号2026-1F-01" in cover_text
    assert "卷内目录" in directory and "卷内备考表" in reference
    assert first_line(cover) == "案卷封面" and not re.search(r"第\s*\d+\s*页", cover)  # a cover has no footer
    assert "原档案编号：" + archive_dossier_number(desk, clerk, tenant.dossier_id) in cover_text
    assert footers([directory, reference]) == [(1, 1), (1, 1)]
    info = PdfReader(pdf).metadata
    assert info is not None and info.author == "王小明" and "乙贸易有限公司" in (info.title or "")


def test_box_directory_lists_the_box_with_totals(desk: Desk, clerk: Actor, archived: Archived, tmp_path: Path) -> None:
    first_floor = next(b for b in archived.boxes if b.floor == "1F")
    with desk.work(clerk) as work:
        pdf = archive_print.print_box_directory(work, first_floor.id, tmp_path / "box.pdf")
    check_pdf(pdf)
    (page,) = pdftext(pdf)
    text = squash(page)
    assert "案卷目录" in page and "盒号：2026-1F-01" in text and "楼层：1F" in text and "年度：2026" in text
    assert "甲科技有限公司" in page and "乙贸易有限公司" in page and "丙咨询有限公司" not in page
    assert "合计2卷" in text
    assert f"{first_floor.documents}{first_floor.pages}" in text.split("合计")[1][:20]
    assert first_floor.documents == 6 and first_floor.pages == 13
    assert "1件未计页数" in text  # the box directory's note on 甲's unpaged document


def test_archive_prints_the_year_with_each_piece_numbered_on_its_own(
    desk: Desk, clerk: Actor, archived: Archived, tmp_path: Path
) -> None:
    with desk.work(clerk) as work:
        pdf = archive_print.print_archive(work, 2026, tmp_path / "2026.pdf")
    check_pdf(pdf)
    pages = pdftext(pdf)
    # The year's 案卷目录 opens with its cover (no footer) and 说明 page, then the directory of boxes.
    assert first_line(pages[0]) == "案卷目录封面" and not re.search(r"第\s*\d+\s*页", pages[0])
    assert "全宗名称测试大厦物业服务中心" in squash(pages[0]) and "案卷数4卷（3盒）" in squash(pages[0])
    assert first_line(pages[1]) == "说明" or squash(pages[1]).startswith("说明")
    assert "编制人" in pages[1] and "目录号" in pages[1] and footers([pages[1]]) == [(1, 1)]
    assert "2026年度" in pages[2] and "档案盒目录" in pages[2]
    year_text = squash(pages[2])
    assert "2026-B1-01" in year_text and "A柜3层" in year_text
    # Boxes by floor: B1 before 1F before 2F; each box directory names its companies.
    box_pages = [n for n, text in enumerate(pages) if first_line(text) == "案卷目录"]
    floors = [re.search(r"楼层：(\S+)", squash(pages[n]))[1][:2] for n in box_pages]  # type: ignore[index]
    assert floors == ["B1", "1F", "2F"]
    assert "丁设计工作室" in pages[box_pages[0]]
    assert "甲科技有限公司" in pages[box_pages[1]] and "乙贸易有限公司" in pages[box_pages[1]]
    assert "丙咨询有限公司" in pages[box_pages[2]]
    directories = [n for n, text in enumerate(pages) if first_line(text) == "卷内目录"]
    assert len(directories) == 4 and all(footers([pages[n]]) == [(1, 1)] for n in directories)
    covers = [n for n, text in enumerate(pages) if first_line(text) == "案卷封面"]
    assert [n + 1 for n in covers] == directories  # each dossier's cover just before its directory
    box_sheets = [n for n, text in enumerate(pages) if first_line(text) == "盒内备考表"]
    assert len(box_sheets) == 3 and all(footers([pages[n]]) == [(1, 1)] for n in box_sheets)
    assert all(footers([pages[n]]) == [(1, 1)] for n in box_pages)
    # The labels come last: spine labels of 20 mm side by side on one sheet, then the fronts two a sheet.
    labels = pages[-3:]
    assert footers(labels) == [(1, 3), (2, 3), (3, 3)]
    assert "2026-2F-01" in squash(labels[0]) and "档案盒" in labels[1]


def test_archive_numbers_a_long_directory_within_the_combined_pdf(
    desk: Desk, clerk: Actor, supervisor: Actor, building: buildings.BuildingInfo, tmp_path: Path
) -> None:
    make_tenant(desk, clerk, "己物流有限公司", ["301"], [2] * 120)
    make_tenant(desk, clerk, "辛餐饮有限公司", ["302"], [1] * 3)
    with desk.work(supervisor) as work:
        archive.archive_year(work, 2026, BoxOptions(spine_mm=50, capacity_pages=1000), bind_unbound=True)
    with desk.work(clerk) as work:
        pdf = archive_print.print_archive(work, 2026, tmp_path / "2026.pdf")
    pages = [text for text in pdftext(pdf) if first_line(text) not in ("案卷封面", "案卷目录封面")]
    numbers = footers(pages)
    start = next(n for n, text in enumerate(pages) if first_line(text) == "卷内目录")
    total = numbers[start][1]
    assert total > 1 and numbers[start : start + total] == [(n, total) for n in range(1, total + 1)]
    assert all("己物流有限公司" in squash(t) for t in pages[start : start + total])
    assert numbers[start + total] == (1, 1)  # the reference sheet starts its own count


def test_box_print_has_labels_directory_and_dossiers(
    desk: Desk, clerk: Actor, archived: Archived, tmp_path: Path
) -> None:
    first_floor = next(b for b in archived.boxes if b.floor == "1F")
    with desk.work(clerk) as work:
        pdf = archive_print.print_box(work, first_floor.id, tmp_path / "box.pdf")
    check_pdf(pdf)
    kinds = []
    for text in pdftext(pdf):
        kind = (
            first_line(text) if first_line(text) in SHEETS else next(k for k in ("档 案 盒", "起止档号") if k in text)
        )
        kinds.append(kind)
    dossier = ["案卷封面", "卷内目录", "卷内备考表"]
    assert kinds == ["起止档号", "档 案 盒", "案卷目录", *dossier, *dossier, "盒内备考表"]


def test_spine_labels_fit_as_many_as_the_sheet_takes(
    desk: Desk, clerk: Actor, archived: Archived, tmp_path: Path
) -> None:
    ids = [b.id for b in archived.boxes] * 4  # 12 spines of 20 mm: 9 across an A4 sheet, then 3
    with desk.work(clerk) as work:
        pdf = archive_print.print_box_labels(work, ids, tmp_path / "labels.pdf")
    check_pdf(pdf)
    pages = pdftext(pdf)
    assert len(pages) == 2 + 6  # two sheets of spines, six of fronts
    assert squash(pages[0]).count("起止档号") == 9 and squash(pages[1]).count("起止档号") == 3
    assert "测试大厦" in squash(pages[2]) or "测" in pages[0]


def test_unknown_box_dossier_or_year_is_refused(
    desk: Desk, clerk: Actor, admin: Actor, archived: Archived, tmp_path: Path
) -> None:
    with desk.work(clerk) as work:
        with pytest.raises(NotFound) as info:
            archive_print.print_archive(work, 2019, tmp_path / "x.pdf")
        assert "2019" in str(info.value) and info.value.field == "archive.year"
        with pytest.raises(NotFound):
            archive_print.print_year_directory(work, 2019, tmp_path / "x.pdf")
        with pytest.raises(NotFound):
            archive_print.print_box(work, 9999, tmp_path / "x.pdf")
        with pytest.raises(NotFound):
            archive_print.print_box_labels(work, [archived.boxes[0].id, 9999], tmp_path / "x.pdf")
        with pytest.raises(NotFound):
            archive_print.print_dossier(work, 9999, tmp_path / "x.pdf")
        with pytest.raises(ValidationError):
            archive_print.print_box_labels(work, [], tmp_path / "x.pdf")
    with desk.work(admin) as work, pytest.raises(PermissionDenied):
        archive_print.print_box_directory(work, archived.boxes[0].id, tmp_path / "x.pdf")
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob(".*partial"))


def test_a_failed_build_leaves_no_file(
    desk: Desk, clerk: Actor, archived: Archived, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("printer on fire")

    monkeypatch.setattr(archive_print._NumberedCanvas, "_footer", broken)
    target = tmp_path / "year.pdf"
    with desk.work(clerk) as work, pytest.raises(RuntimeError):
        archive_print.print_year_directory(work, 2026, target)
    assert not target.exists() and not list(tmp_path.glob(".*partial"))


def test_a_full_disk_while_printing_the_year_leaves_none_of_its_files(
    desk: Desk, clerk: Actor, archived: Archived, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    (out / "pieces").mkdir(parents=True)
    pdf_writes = [0]
    real_open = open

    def the_third_pdf_meets_a_full_disk(name: str, mode: str = "r") -> object:
        pdf_writes[0] += 1
        file = real_open(name, mode)
        return FullDisk(file, 500) if pdf_writes[0] == 3 else file

    monkeypatch.setattr(pdfdoc, "open", the_third_pdf_meets_a_full_disk, raising=False)
    boxes = [b.id for b in archived.boxes]
    full = pytest.raises(FileProblem, match="The disk is full")
    with desk.work(clerk) as work, full, written_together() as batch:
        archive_print.print_year_directory(work, 2026, batch.partial(out / "pieces" / "directory.pdf"))
        archive_print.print_box_labels(work, boxes, batch.partial(out / "pieces" / "labels.pdf"))
        archive_print.print_archive(work, 2026, batch.partial(out / "year.pdf"))
    assert pdf_writes[0] == 3
    assert sorted(p.name for p in out.rglob("*")) == ["pieces"]  # none of the three, no temporary file


def test_a_note_too_long_for_its_cell_goes_on_in_the_reference_sheet(
    desk: Desk, clerk: Actor, building: buildings.BuildingInfo, tmp_path: Path
) -> None:
    tenant = make_tenant(desk, clerk, "壬实业有限公司", ["303"], [2, 3], move_out=None)
    note = "".join(f"第{n}条：装修押金按合同约定退还，扣除损坏赔偿费用后余额转入指定账户。" for n in range(60))
    with desk.work(clerk) as work:
        documents.add_document(
            work,
            tenant.dossier_id,
            DocumentInput(
                category="correspondence", doc_date=dt.date(2024, 9, 1), title="押金说明", pages=1, notes=note
            ),
        )
        pdf = archive_print.print_dossier(work, tenant.dossier_id, tmp_path / "notes.pdf")
    check_pdf(pdf)
    pages = pdftext(pdf)
    directory = squash(next(page for page in pages if first_line(page) == "卷内目录"))
    # The reference sheet runs onto a second page: read it without its footers.
    reference = re.sub(r"第\d+页共\d+页卷内备考表未装订", "", squash("".join(p for p in pages if "卷内备考表" in p)))
    assert "押金说明202409016见备考表" in directory  # the row points to the reference sheet…
    assert f"第3件备注：{note}" in reference  # …which has the note whole
    assert "附注" not in squash("".join(pages))


def archive_dossier_number(desk: Desk, clerk: Actor, dossier_id: int) -> str:
    with desk.read(clerk) as work:
        return archive.in_file_directory(work, dossier_id).dossier_number
