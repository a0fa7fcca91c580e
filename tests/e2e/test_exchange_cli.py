"""The workbook commands end to end: ``template`` with no database, ``export`` of the small demo made by the real
command, on a file and on a server database (the sheets the import reads, values a clerk would check, the export in
the audit log, nothing changed in the record but that line), and — where LibreOffice is installed — an exported
workbook converted back to CSV by LibreOffice with the same values."""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.e2e.conftest import DEMO_PASSWORD, record_hash
from tests.e2e.server_support import E2EDatabase, from_json
from tests.e2e.test_cli import run

MANAGER = ("--user", "manager")


@pytest.fixture
def db(demo_database: E2EDatabase) -> E2EDatabase:
    return demo_database


def _rows(db: E2EDatabase, sql: str) -> list[tuple[object, ...]]:
    return db.all(sql)


def test_template_needs_no_database_and_writes_the_five_sheets(tmp_path: Path) -> None:
    target = tmp_path / "导入模板.xlsx"
    made = run("template", target, "--json")
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout) == {
        "path": str(target),
        "sheets": ["说明", "房间", "客户", "租户", "档案文件", "费用"],
    }
    book = load_workbook(target)
    assert book.sheetnames == ["说明", "房间", "客户", "租户", "档案文件", "费用"]
    assert [c.value for c in book["租户"][1]] == ["客户名称", "楼栋", "房号", "入住日期", "退租日期"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["导入模板.xlsx"]  # no temporary file left


def test_export_writes_the_import_sheets_and_records_the_export(db: E2EDatabase, tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    before = record_hash(db, without_log_ins=True)
    done = run(
        "export", "--db", db, *("--what", "units", "--what", "tenancies"), "-o", target, *MANAGER, "--json",
        password=DEMO_PASSWORD,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    units = _rows(db, "SELECT count(*) FROM unit")[0][0]
    tenancy_units = _rows(db, "SELECT count(*) FROM tenancy_unit")[0][0]
    assert json.loads(done.stdout) == {
        "path": str(target),
        "what": ["units", "tenancies"],
        "rows": units + tenancy_units,
    }
    book = load_workbook(target)
    assert book.sheetnames == ["房间", "租户"]
    stored = set(_rows(db, "SELECT f.label, u.number FROM unit u JOIN floor f ON f.id = u.floor_id"))
    listed = {(r[1], r[2]) for r in book["房间"].iter_rows(min_row=2, values_only=True)}
    assert listed == stored
    assert all(c.data_type == "s" for c in book["房间"]["C"][1:])  # unit numbers are text cells
    moved_in = [r[3] for r in book["租户"].iter_rows(min_row=2, values_only=True)]
    assert all(isinstance(d, dt.datetime) for d in moved_in)
    # One line more in the audit log (the export, with what and how many), nothing else changed but log-ins.
    assert record_hash(db, without_log_ins=True) != before
    line = _rows(db, "SELECT entity, action, details FROM change ORDER BY seq DESC LIMIT 1")[0]
    assert line[:2] == ("workbook", "export")
    assert from_json(line[2]) == {"what": "units,tenancies", "rows": units + tenancy_units}


def test_a_clerk_exports_customers_with_mobiles_masked(db: E2EDatabase, tmp_path: Path) -> None:
    target = tmp_path / "c.xlsx"
    done = run("export", "--db", db, "--what", "customers", "-o", target, "--user", "clerk", password=DEMO_PASSWORD)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("wrote ")
    phones = [r[5] for r in load_workbook(target)["客户"].iter_rows(min_row=2, values_only=True) if r[5]]
    assert phones
    assert not any(p.startswith("1") and "*" not in p and len(p) == 11 for p in phones)  # no mobile in full


@pytest.mark.file_only("a missing output folder: the writing of the workbook, the same whichever the database")
def test_an_export_onto_a_folder_that_is_gone_says_so_in_one_line(db: E2EDatabase, tmp_path: Path) -> None:
    done = run(
        "export", "--db", db, "--what", "all", "-o", tmp_path / "gone" / "x.xlsx", *MANAGER, password=DEMO_PASSWORD
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and len(done.stderr.splitlines()) == 1


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.file_only("LibreOffice reading a workbook back: the export itself is tested on a server above")
def test_libreoffice_reads_an_exported_workbook_back_with_the_same_values(db: E2EDatabase, tmp_path: Path) -> None:
    target = tmp_path / "tenancies.xlsx"
    done = run("export", "--db", db, "--what", "tenancies", "-o", target, *MANAGER, password=DEMO_PASSWORD)
    assert done.returncode == 0, done.stderr
    profile = (tmp_path / "lo-profile").as_uri()  # its own profile: no clash with another LibreOffice running
    utf8_csv = "csv:Text - txt - csv (StarCalc):44,34,76"  # comma, double quotes, UTF-8
    command = ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", utf8_csv]
    command += ["--outdir", str(tmp_path / "csv"), str(target)]
    converted = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert converted.returncode == 0, converted.stderr
    with (tmp_path / "csv" / "tenancies.csv").open(encoding="utf-8", newline="") as handle:
        read_back = list(csv.reader(handle))
    book = load_workbook(target)
    expected = [
        ["" if v is None else (v.date().isoformat() if isinstance(v, dt.datetime) else str(v)) for v in row]
        for row in book["租户"].iter_rows(values_only=True)
    ]
    width = len(expected[0])
    assert [row + [""] * (width - len(row)) for row in read_back] == [
        row + [""] * (width - len(row)) for row in expected
    ]


def _cells(book: Path) -> dict[str, list[tuple[object, ...]]]:
    loaded = load_workbook(book, read_only=True)
    try:
        return {sheet.title: [tuple(row) for row in sheet.iter_rows(values_only=True)] for sheet in loaded.worksheets}
    finally:
        loaded.close()


def test_round_trip_export_import_into_a_new_file_export_again_is_equal_cell_by_cell(
    db: E2EDatabase, tmp_path: Path
) -> None:
    first = tmp_path / "first.xlsx"
    what = ("--what", "units", "--what", "customers", "--what", "tenancies", "--what", "documents")
    done = run("export", "--db", db, *what, "-o", first, *MANAGER, password=DEMO_PASSWORD)
    assert done.returncode == 0, done.stderr
    fresh = tmp_path / "new.db"
    made = run("init", fresh, "--admin", "admin", password=DEMO_PASSWORD)
    assert made.returncode == 0, made.stderr
    imported = run("import", "--db", fresh, "--user", "admin", first, "--json", password=DEMO_PASSWORD)
    assert imported.returncode == 0, imported.stderr + imported.stdout
    second = tmp_path / "second.xlsx"
    # The administrator may see and export everything a manager may (ID numbers, mobiles) on the new file.
    again = run("export", "--db", fresh, *what, "-o", second, "--user", "admin", password=DEMO_PASSWORD)
    assert again.returncode == 0, again.stderr
    before, after = _cells(first), _cells(second)
    assert list(before) == list(after) == ["房间", "客户", "租户", "档案文件"]
    for sheet in before:
        assert len(before[sheet]) > 1, sheet
        assert before[sheet] == after[sheet], sheet
