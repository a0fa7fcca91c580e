"""The annual archiving (R6, R7) with the real ``dossier-desk`` command on a copy of the demo, a file or a server
database."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from tests.conftest import PASSWORD
from tests.e2e.server_support import E2EDatabase, from_json
from tests.e2e.test_cli import run

YEAR = "2025"  # the demo (as of 2026-06-15) has archived every year before this one


def sql(db: E2EDatabase, query: str, *params: object) -> list[tuple[object, ...]]:
    """``query``'s rows, its ``?`` given ``params`` in turn."""
    numbered = iter(range(len(params)))
    return db.all(re.sub(r"\?", lambda _: f":p{next(numbered)}", query), {f"p{n}": v for n, v in enumerate(params)})


# The tenancies that ended in YEAR (dates compared as dates: a server's are not text).
IN_YEAR = f"t.move_out BETWEEN '{YEAR}-01-01' AND '{YEAR}-12-31'"


def departed_in_year(db: E2EDatabase) -> dict[str, str]:
    """Company name → floor label of every tenancy that ended in YEAR, straight from the file."""
    rows = sql(
        db,
        "SELECT c.name, f.label FROM dossier d JOIN tenancy t ON t.id = d.tenancy_id "
        "JOIN customer c ON c.id = t.customer_id JOIN unit u ON u.id = d.unit_id JOIN floor f ON f.id = u.floor_id "
        f"WHERE {IN_YEAR}",
    )
    return {name: floor for name, floor in rows}  # type: ignore[misc]


def archive_state(db: E2EDatabase) -> list[tuple[object, ...]]:
    return (
        sql(db, "SELECT * FROM archive_box ORDER BY id")
        + sql(db, "SELECT id, status, file_number, box_id, box_position, location FROM dossier ORDER BY id")
        + sql(db, "SELECT id, item_no, page_from, page_to FROM document ORDER BY id")
    )


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def archived(demo_copy_database: E2EDatabase) -> tuple[E2EDatabase, dict[str, object]]:
    done = run(
        "archive", "--db", demo_copy_database, "--year", YEAR, "--user", "supervisor", "--json", password=PASSWORD
    )
    assert done.returncode == 0, done.stderr
    return demo_copy_database, json.loads(done.stdout)


def test_a_dry_run_shows_the_boxes_and_saves_nothing(demo_copy_database: E2EDatabase) -> None:
    before = archive_state(demo_copy_database)
    dry = run(
        "archive",
        "--db",
        demo_copy_database,
        "--year",
        YEAR,
        "--dry-run",
        "--user",
        "supervisor",
        "--json",
        password=PASSWORD,
    )
    assert dry.returncode == 0, dry.stderr
    report = json.loads(dry.stdout)
    assert report["dry_run"] is True and report["boxes"]
    assert {d["customer"] for b in report["boxes"] for d in b["dossiers"]} == set(departed_in_year(demo_copy_database))
    assert archive_state(demo_copy_database) == before

    text = run(
        "archive", "--db", demo_copy_database, "--year", YEAR, "--dry-run", "--user", "supervisor", password=PASSWORD
    )
    assert "dry run: nothing was saved" in text.stdout


def test_archiving_a_year_binds_and_boxes_every_departed_tenancy_by_floor(
    archived: tuple[E2EDatabase, dict[str, object]],
) -> None:
    db, report = archived
    expected = departed_in_year(db)
    boxes = report["boxes"]
    assert isinstance(boxes, list)
    assert len(report["bound"]) == len(expected) == report["archived"]  # type: ignore[arg-type]
    placed = {d["customer"]: box for box in boxes for d in box["dossiers"]}
    assert set(placed) == set(expected)
    for customer, box in placed.items():
        assert box["floor"] == expected[customer]
        assert box["number"].startswith(f"{YEAR}-{expected[customer]}-")  # e.g. 2025-3F-01
    left = sql(
        db,
        "SELECT count(*) FROM dossier d JOIN tenancy t ON t.id = d.tenancy_id "
        f"WHERE {IN_YEAR} AND d.status != 'archived'",
    )
    assert left == [(0,)]
    assert run("check", "--db", db).returncode == 0


def test_bound_page_ranges_add_up_to_the_document_pages(archived: tuple[E2EDatabase, dict[str, object]]) -> None:
    db, _report = archived
    for (dossier_id,) in sql(db, "SELECT id FROM dossier WHERE status = 'archived'"):
        rows = sql(
            db,
            "SELECT item_no, pages, page_from, page_to FROM document "
            "WHERE dossier_id = ? AND trashed_at IS NULL ORDER BY item_no",
            dossier_id,
        )
        assert [r[0] for r in rows] == list(range(1, len(rows) + 1))
        spans = sum(int(r[3]) - int(r[2]) + 1 for r in rows if r[2] is not None)  # type: ignore[arg-type]
        assert spans == sum(int(r[1]) for r in rows)  # type: ignore[arg-type]


def test_a_second_run_for_the_year_changes_nothing(archived: tuple[E2EDatabase, dict[str, object]]) -> None:
    db, _report = archived
    before = archive_state(db)
    again = run("archive", "--db", db, "--year", YEAR, "--user", "supervisor", "--json", password=PASSWORD)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout) == {
        "year": int(YEAR),
        "year_finished": True,
        "dry_run": False,
        "bound": [],
        "archived": 0,
        "left_unbound": 0,
        "unbound": [],
        "boxes": [],
        "out_on_loan": [],
    }
    text = run("archive", "--db", db, "--year", YEAR, "--user", "supervisor", password=PASSWORD)
    assert "nothing to archive" in text.stdout
    assert archive_state(db) == before


def test_a_clerk_may_not_archive_and_a_user_is_required(demo_copy_database: E2EDatabase) -> None:
    before = archive_state(demo_copy_database)
    clerk = run("archive", "--db", demo_copy_database, "--year", YEAR, "--user", "clerk", password=PASSWORD)
    assert clerk.returncode == 1 and "annual archiving" in clerk.stderr
    nobody = run("archive", "--db", demo_copy_database, "--year", YEAR, password=PASSWORD)
    assert nobody.returncode == 1 and "--user" in nobody.stderr
    wrong = run("archive", "--db", demo_copy_database, "--year", YEAR, "--spine", "35", "--user", "supervisor")
    assert wrong.returncode == 2
    assert archive_state(demo_copy_database) == before


def test_the_printed_year_lists_every_company_under_its_floors_box(
    archived: tuple[E2EDatabase, dict[str, object]], tmp_path: Path
) -> None:
    db, report = archived
    out = tmp_path / "archive-2025.pdf"
    printed = run("print", "archive", "--db", db, "--year", YEAR, "-o", out, "--user", "clerk", password=PASSWORD)
    assert printed.returncode == 0, printed.stderr
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "WenQuanYi" in fonts
    assert all(line.split()[-4] == "yes" for line in fonts.splitlines()[2:]), fonts  # every font embedded
    assert subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True).returncode == 0

    pages = pdf_text(out).split("\f")
    for box in report["boxes"]:  # type: ignore[attr-defined]
        # The box directory (案卷目录) of this box names the box and its floor, and lists every company in it
        # on the row of its file number with the right counts of items and pages.
        directory = "".join(p for p in pages if f"案卷目录 盒号 {box['number']}" in p)
        assert f"楼层：{box['floor']}" in directory, f"no box directory for {box['number']}"
        flat = re.sub(r"\s+", "", directory)
        for entry in box["dossiers"]:
            assert re.sub(r"\s+", "", entry["customer"]) in flat
            row = re.search(rf"{entry['file_number']}\s.*?\s(\d+)\s+(\d+)\s+30年", directory)
            assert row is not None and row.groups() == (str(entry["documents"]), str(entry["pages"]))
            # Its in-file directory (卷内目录): the 页号 ranges add up to the dossier's pages.
            inside = "".join(p for p in pages if re.search(rf"卷内目录 {entry['file_number']}(?!\d)", p))
            spans = [
                (int(first), int(last or first))
                for first, last in re.findall(r"\b\d{8}\s+(\d+)(?:-(\d+))?(?:\s|$)", inside, re.MULTILINE)
            ]
            assert len(spans) <= entry["documents"]
            assert sum(last - first + 1 for first, last in spans) == entry["pages"]
            assert spans[-1][1] == entry["pages"]


def test_print_one_dossier_and_one_box(archived: tuple[E2EDatabase, dict[str, object]], tmp_path: Path) -> None:
    db, report = archived
    box = report["boxes"][0]  # type: ignore[index]
    entry = box["dossiers"][0]
    bound = run(
        "print",
        "dossier",
        "--db",
        db,
        "--dossier",
        entry["file_number"],
        "-o",
        tmp_path / "d.pdf",
        "--user",
        "clerk",
        password=PASSWORD,
    )
    assert bound.returncode == 0, bound.stderr
    text = pdf_text(tmp_path / "d.pdf")
    assert "卷内目录" in text and "卷内备考表" in text and entry["file_number"] in text

    live_unit = sql(db, "SELECT u.number FROM dossier d JOIN unit u ON u.id = d.unit_id WHERE d.status = 'live'")[0][0]
    live = run(
        "print",
        "dossier",
        "--db",
        db,
        "--unit",
        str(live_unit),
        "-o",
        tmp_path / "live.pdf",
        "--user",
        "clerk",
        password=PASSWORD,
    )
    assert live.returncode == 0, live.stderr
    assert "未装订" in pdf_text(tmp_path / "live.pdf")  # a live dossier's numbers are provisional

    whole = run(
        "print",
        "box",
        "--db",
        db,
        "--box",
        box["number"],
        "-o",
        tmp_path / "box.pdf",
        "--user",
        "clerk",
        password=PASSWORD,
    )
    assert whole.returncode == 0, whole.stderr
    assert re.sub(r"\s+", "", entry["customer"]) in re.sub(r"\s+", "", pdf_text(tmp_path / "box.pdf"))

    missing = run(
        "print",
        "box",
        "--db",
        db,
        "--box",
        "1999-1F-01",
        "-o",
        tmp_path / "x.pdf",
        "--user",
        "clerk",
        password=PASSWORD,
    )
    assert missing.returncode == 1 and "1999-1F-01" in missing.stderr
    assert not (tmp_path / "x.pdf").exists()


def pdf_pages(pdf: Path) -> list[str]:
    """Each page's text on its own (pdftotext -f N -l N), as a reader checks a page."""
    count = int(
        re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout)[1]
    )  # type: ignore[index]
    return [
        subprocess.run(
            ["pdftotext", "-f", str(n), "-l", str(n), "-layout", str(pdf), "-"], capture_output=True, text=True
        ).stdout
        for n in range(1, count + 1)
    ]


def title_of(page: str) -> str:
    return page.strip().split("\n", 1)[0].strip() if page.strip() else ""


def test_the_printed_year_is_to_standard_covers_one_number_and_directories_that_fit(
    archived: tuple[E2EDatabase, dict[str, object]], tmp_path: Path
) -> None:
    db, report = archived
    out = tmp_path / "archive.pdf"
    printed = run("print", "archive", "--db", db, "--year", YEAR, "-o", out, "--user", "clerk", password=PASSWORD)
    assert printed.returncode == 0, printed.stderr
    pages = pdf_pages(out)
    entries = [e for box in report["boxes"] for e in box["dossiers"]]  # type: ignore[attr-defined]
    dossiers = sql(db, "SELECT number, file_number, fonds_code FROM dossier WHERE file_year = ?", int(YEAR))
    assert len(dossiers) == len(entries) > 3
    # A cover per dossier, each just before its in-file directory.
    assert "".join(pages).count("案卷封面") == len(entries)
    titles = [title_of(p) for p in pages]
    assert [titles[n + 1] for n, t in enumerate(titles) if t == "案卷封面"] == ["卷内目录"] * len(entries)
    # The 档号 with its 全宗号 on every dossier's page; its live number at most once a page, as 原档案编号.
    for page in pages:
        flat = re.sub(r"\s+", "", page)
        for number, file_number, fonds in dossiers:
            assert flat.count(str(number)) <= 1
            if str(number) in flat:
                assert str(file_number) in flat and f"全宗号{fonds or 'X01'}" in flat.replace("：", "")
    # The in-file directories: rows that take one line, and no page of a longer directory with a lone row.
    rows = one_line = 0
    for n, page in enumerate(pages):
        if titles[n] != "卷内目录":
            continue
        assert re.search(r"档号：\S+", page) and "序号" in page  # every page, continuation pages too
        lines = page.split("\n")
        starts = [k for k, line in enumerate(lines) if re.match(r"\s{0,6}\d+\s", line) and re.search(r"\d{8}", line)]
        rows += len(starts)
        # A row on one line: the next line is another row, a blank or the page's end.
        for k in starts:
            following = lines[k + 1] if k + 1 < len(lines) else ""
            one_line += not following.strip() or k + 1 in starts
        pages_of = re.search(r"第\s*(\d+)\s*页\s*共\s*(\d+)\s*页", page)
        assert pages_of
        if int(pages_of[2]) > 1:
            assert len(starts) >= 2, f"a lone row on page {n + 1}"
    assert rows >= sum(e["documents"] for e in entries) * 0.9
    assert one_line >= 0.8 * rows, (one_line, rows)
    # Box reference sheets with lines to sign, one per box.
    sheets = [p for p, t in zip(pages, titles, strict=True) if t == "盒内备考表"]
    assert len(sheets) == len(report["boxes"])  # type: ignore[arg-type]
    assert all("整理人" in p and "检查人" in p and "检查日期" in p for p in sheets)


def test_print_handover_for_a_year_and_for_chosen_boxes(
    archived: tuple[E2EDatabase, dict[str, object]], tmp_path: Path
) -> None:
    db, report = archived
    out = tmp_path / "handover.pdf"
    done = run("print", "handover", "--db", db, "--year", YEAR, "-o", out, "--user", "clerk", password=PASSWORD)
    assert done.returncode == 0, done.stderr
    flat = re.sub(r"\s+", "", pdf_text(out))
    entries = [e for box in report["boxes"] for e in box["dossiers"]]  # type: ignore[attr-defined]
    assert "档案移交清单" in flat and f"移交范围：{YEAR}年度" in flat
    assert all(e["file_number"] in flat for e in entries)
    assert f"合计{len(entries)}卷，{len(report['boxes'])}盒" in flat  # type: ignore[arg-type]
    for role in ("移交人", "接收人", "监交人"):
        assert role in flat
    logged = sql(db, "SELECT details FROM change WHERE action = 'print' ORDER BY id DESC LIMIT 1")
    details = json.dumps(from_json(logged[0][0]))
    assert '"handover"' in details and YEAR in details

    boxes = [b["number"] for b in report["boxes"]][:2]  # type: ignore[index]
    chosen = tmp_path / "boxes.pdf"
    args = [a for number in boxes for a in ("--box", number)]
    done = run("print", "handover", "--db", db, *args, "-o", chosen, "--user", "clerk", password=PASSWORD)
    assert done.returncode == 0, done.stderr
    flat = re.sub(r"\s+", "", pdf_text(chosen))
    assert f"移交范围：盒号{'、'.join(boxes)}" in flat
