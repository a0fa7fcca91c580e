"""``dossier-desk import`` on real files and server databases (issue 17): an office moves in from its workbook with
the real command line, and what it brought is bound, boxed and printed like any other year; twice adds nothing; a dry
run writes nothing; a bad workbook comes back marked; a workbook LibreOffice wrote from a CSV imports too."""

from __future__ import annotations

import importlib
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from app.printing.fonts import CJK_FONT
from tests.e2e.conftest import record_hash
from tests.e2e.server_support import FILE, SERVER, E2EDatabase
from tests.e2e.test_cli import run

corpus: Any = importlib.import_module("tests.data.import.corpus")  # "import" is a keyword: no import statement

ADMIN_PASSWORD = "admin-pass-1"
MANAGER_PASSWORD = "boss-pass-22"
YEAR = "2025"  # the tenancies that ended: bound and boxed as that year's archive
B = corpus.BUILDING
STAR = corpus.STAR
MOON = "月光贸易有限公司"
SUN = "太阳能源有限公司"

GOOD = (
    corpus.units(
        [B, "8F", "0801", 120.5, "办公"],
        [B, "8F", "0802", 80, "办公"],
        [B, "9F", "0901", 200, "办公"],
        [B, "9F", "0902", 60, "仓储"],
    ),
    corpus.customers(
        [STAR, "民营", corpus.CODE, "张三", "李四", "13812345678", "li@xinghe.cn"],
        [MOON, "民营", "91310000MA1FL0002Y", "王五", "赵六", "13900001111", None],
        [SUN, "国有", "91310000MA1FL0003Z", "钱七", None, "021-68888888", None],
    ),
    corpus.tenancies(
        [STAR, B, "0801", "2021-03-01", "2025-06-30"],  # ended last year: archived
        [MOON, B, "0802", "2022/1/1", "2025年9月30日"],  # ended last year: archived
        [STAR, B, "0901", "2025-07-01", None],  # moved upstairs: living there now
        [SUN, B, "0902", "20200315", None],
    ),
    corpus.documents(
        [
            B,
            "0801",
            STAR,
            "入住资料",
            "2021-03-01",
            "星河科技入住通知书",
            "XH-2021-01",
            "物业部",
            2,
            "原件",
            "A柜",
            None,
        ],
        [B, "0801", STAR, "往来函", "2024-05-10", "关于空调维修的函", "XH-2024-07", STAR, 3, "原件", None, None],
        [B, "0802", MOON, "入住资料", "2022-01-01", "月光贸易入住登记表", None, "物业部", 4, "工作件", None, None],
        [B, "0901", STAR, "入住资料", "2025-07-01", "九楼入住通知书", None, "物业部", 1, "原件", None, None],
    ),
)


def _sql(db: E2EDatabase, query: str) -> list[tuple[Any, ...]]:
    return db.all(query)


def _ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.fixture
def office(database_kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> E2EDatabase:
    """A database made by ``init`` (a new file, or an empty server database): its administrator, and a manager who
    has chosen their own password."""
    if database_kind == SERVER:
        db = E2EDatabase(SERVER, request.getfixturevalue("pg_url"))
    else:
        db = E2EDatabase(FILE, tmp_path / "office.db")
    _ok(run("init", db, "--admin", "admin", password=ADMIN_PASSWORD))
    env = {"DOSSIER_DESK_NEW_PASSWORD": "boss-pass-11"}
    _ok(
        run(
            "users", "add", "boss", "--role", "manager", "--db", db, "--user", "admin", password=ADMIN_PASSWORD, env=env
        )
    )
    env = {"DOSSIER_DESK_NEW_PASSWORD": MANAGER_PASSWORD}
    _ok(run("users", "passwd", "--db", db, "--user", "boss", password="boss-pass-11", env=env))
    return db


def _import(db: E2EDatabase, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return run("import", "--db", db, "--user", "admin", *args, password=ADMIN_PASSWORD)


def test_an_office_moves_in_and_its_departed_tenancies_are_archived_and_printed(
    office: E2EDatabase, tmp_path: Path
) -> None:
    book = corpus.write_book(tmp_path / "台账.xlsx", GOOD)
    out = _ok(_import(office, book))
    assert "房间: 4 rows, 4 new, 0 already recorded" in out
    assert "租户: 4 rows, 4 new, 0 already recorded" in out
    assert "档案文件: 4 rows, 4 new, 0 already recorded" in out
    assert "imported 15 rows (4 new dossiers)" in out
    statuses = _sql(
        office,
        "SELECT c.name, u.number, d.status FROM dossier d JOIN tenancy t ON t.id = d.tenancy_id "
        "JOIN customer c ON c.id = t.customer_id JOIN unit u ON u.id = d.unit_id ORDER BY u.number",
    )
    assert statuses == [
        (STAR, "0801", "departed"),
        (MOON, "0802", "departed"),
        (STAR, "0901", "live"),
        (SUN, "0902", "live"),
    ]
    assert _sql(office, "SELECT count(*) FROM change WHERE entity = 'import'") == [(1,)]  # recorded in the history

    # Twice: nothing new, nothing written.
    before = record_hash(office, without_log_ins=True)
    again = _ok(_import(office, book))
    assert "nothing new: everything in the workbook is already recorded" in again
    assert record_hash(office, without_log_ins=True) == before

    # The year's archiving binds and boxes the imported departed dossiers like the desk's own.
    manager = ("--db", office, "--user", "boss")
    archived = json.loads(_ok(run("archive", *manager, "--year", YEAR, "--json", password=MANAGER_PASSWORD)))
    text = json.dumps(archived, ensure_ascii=False)
    assert STAR in text and MOON in text and SUN not in text
    bound = _sql(office, "SELECT status, box_id IS NOT NULL FROM dossier WHERE status != 'live' ORDER BY id")
    assert bound == [("archived", 1), ("archived", 1)]

    pdf = tmp_path / "archive.pdf"
    _ok(run("print", "archive", *manager, "--year", YEAR, "-o", pdf, password=MANAGER_PASSWORD))
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    cjk = [line.split() for line in fonts.splitlines() if CJK_FONT in line]
    assert cjk, fonts
    assert all(fields[-5] == "yes" for fields in cjk), fonts  # the "emb" column
    shown = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for expected in (STAR, MOON, "星河科技入住通知书", "关于空调维修的函", "月光贸易入住登记表"):
        assert expected in shown, expected
    assert "九楼入住通知书" not in shown  # the live dossier is not in last year's archive

    # A late paper for an archived dossier is not slipped in by an import.
    late = corpus.documents([B, "0801", STAR, "往来函", "2025-06-20", "退租确认函", None, STAR, 1, "原件", None, None])
    refused = _import(office, corpus.write_book(tmp_path / "late.xlsx", (late,)))
    assert refused.returncode == 1
    assert refused.stdout.splitlines()[0] == (
        "sheet 档案文件, row 2, column F (题名): This dossier is bound: a late paper is added in the dossier itself, "
        "by the manager, not by an import. (found “退租确认函”)"
    )


def test_a_dry_run_says_what_would_be_added_and_writes_nothing(office: E2EDatabase, tmp_path: Path) -> None:
    book = corpus.write_book(tmp_path / "台账.xlsx", GOOD)
    before = record_hash(office, without_log_ins=True)
    dry = _ok(_import(office, book, "--dry-run"))
    assert "dry run: 15 rows would be added (4 dossiers); nothing was written" in dry
    assert record_hash(office, without_log_ins=True) == before
    report = json.loads(_ok(_import(office, book, "--dry-run", "--json")))
    assert report["dry_run"] is True and report["written"] is False and report["problems"] == []
    assert {s["key"]: s["added"] for s in report["sheets"]} == {
        "units": 4,
        "customers": 3,
        "tenancies": 4,
        "documents": 4,
    }
    assert record_hash(office, without_log_ins=True) == before


BAD = (
    corpus.units([B, "8F", "0801", 120.5, "办公"], [B, "夹层", "0850", 30, "办公"]),
    corpus.customers([STAR, "民营", corpus.CODE, "张三", "李四", "138****5678", None]),
    corpus.tenancies([STAR, B, "0801", "2023-02-30", None]),
)


def test_a_bad_workbook_prints_every_problem_and_comes_back_marked(office: E2EDatabase, tmp_path: Path) -> None:
    book = corpus.write_book(tmp_path / "bad.xlsx", BAD)
    marked = tmp_path / "marked.xlsx"
    before = record_hash(office, without_log_ins=True)
    result = _import(office, book, "--errors", marked)
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert lines == [
        f"sheet 房间, row 3, column B (楼层): {corpus.NO_FLOOR} (found “夹层”)",
        f"sheet 客户, row 2, column F (联系电话): {corpus.MASKED} (found “138****5678”)",
        f"sheet 租户, row 2, column D (入住日期): {corpus.NO_DAY} (found “2023-02-30”)",
        "3 problems found: nothing was written",
        f"the workbook with the problems marked: {marked}",
    ]
    assert record_hash(office, without_log_ins=True) == before

    workbook = load_workbook(marked)
    assert workbook.sheetnames[0] == "错误清单"
    listing = [row for row in workbook["错误清单"].iter_rows(min_row=2, values_only=True)]
    assert [row[:4] for row in listing] == [
        ("房间", 3, "B", "楼层"),
        ("客户", 2, "F", "联系电话"),
        ("租户", 2, "D", "入住日期"),
    ]
    units = workbook["房间"]
    assert units["F1"].value == "Errors"  # the error column, right of the clerk's own columns
    assert units["F3"].value == f"B 楼层: {corpus.NO_FLOOR}"
    assert units["F2"].value is None
    assert units["B3"].fill.fgColor.rgb.endswith("FFC7CE")  # the wrong cell is red
    assert units["B2"].fill.fgColor.rgb in (None, "00000000")
    assert units["B3"].value == "夹层"  # the clerk's value kept to correct
    assert workbook["租户"]["D2"].fill.fgColor.rgb.endswith("FFC7CE")

    as_json = _import(office, book, "--json")
    assert as_json.returncode == 1
    problems = json.loads(as_json.stdout)["problems"]
    assert [(p["sheet"], p["row"], p["column"], p["value"]) for p in problems] == [
        ("房间", 3, "B", "夹层"),
        ("客户", 2, "F", "138****5678"),
        ("租户", 2, "D", "2023-02-30"),
    ]

    # The clerk corrects the marked cells in the same file and imports it again: the error column and the listing
    # are not read.
    workbook = load_workbook(marked)
    workbook["房间"]["B3"] = "8F"
    workbook["客户"]["F2"] = "13812345678"
    workbook["租户"]["D2"] = "2023-03-01"
    workbook.save(marked)
    fixed = _import(office, marked)
    assert fixed.returncode == 0, fixed.stdout
    assert "note: sheet 房间, column F (Errors) is not read" in fixed.stdout
    assert "错误清单" not in fixed.stdout  # the program's own listing: not read, and no note about it
    assert "imported 4 rows (1 new dossiers)" in fixed.stdout


def test_the_template_filled_in_imports(office: E2EDatabase, tmp_path: Path) -> None:
    """The office fills in the workbook ``template`` wrote, instructions sheet and all, and imports it."""
    template = tmp_path / "模板.xlsx"
    _ok(run("template", template))
    workbook = load_workbook(template)
    for name, rows in GOOD:
        for row in rows[1:]:
            workbook[name].append(row)
    workbook.save(template)
    out = _ok(_import(office, template))
    assert "note:" not in out  # the instructions sheet is the program's own: not read, no note
    assert "imported 15 rows (4 new dossiers)" in out
    assert "费用: 0 rows, 0 new, 0 already recorded" in out


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.file_only("LibreOffice's own workbook: the import of a workbook on a server is tested above")
def test_a_workbook_libreoffice_wrote_from_a_csv_imports(office: E2EDatabase, tmp_path: Path) -> None:
    """The office's ledger kept as CSV, turned into a workbook by LibreOffice (one sheet, named after the file):
    LibreOffice makes "0802" the number 802 and the dates real dates; the import still finds unit 0802."""
    _ok(_import(office, corpus.write_book(tmp_path / "台账.xlsx", GOOD)))
    csv = tmp_path / "csv" / "租户.csv"
    csv.parent.mkdir()
    csv.write_text(
        "客户名称,楼栋,房号,入住日期,退租日期\n"
        f"新月文化传媒有限公司,{B},0802,2026-01-05,\n"
        f"{STAR},{B},0901,2025-07-01,\n",  # already recorded: skipped
        encoding="utf-8",
    )
    # 44,34,76: comma-separated, double quotes, UTF-8
    convert = ["soffice", "--headless", "--norestore", "--infilter=CSV:44,34,76", "--convert-to", "xlsx"]
    converted = subprocess.run(
        [*convert, "--outdir", str(tmp_path / "out"), str(csv)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    book = tmp_path / "out" / "租户.xlsx"
    assert book.exists(), converted.stderr
    cells = next(load_workbook(book).worksheets[0].iter_rows(min_row=2, max_row=2, values_only=True))
    assert cells[2] == 802  # what LibreOffice made of the unit number

    out = _ok(_import(office, book))
    assert "租户: 2 rows, 1 new, 1 already recorded" in out
    stays = _sql(
        office,
        corpus.STAYS_Q.replace("ORDER BY", "WHERE c.name LIKE '新月%' ORDER BY"),
    )
    assert stays == [("新月文化传媒有限公司", "0802", "2026-01-05", None)]
