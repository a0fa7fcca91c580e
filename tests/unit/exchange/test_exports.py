"""The exports: the four import sheets exactly as the import reads them (names, headers, unit numbers as text, real
dates, 原件/工作件, 客户类型, categories by their Chinese names), fees one row per charge, every other list, personal
data as the role may let it leave, a styled frozen header and an autofilter over every row, counts that agree with
the rows written, and a cancelled export that leaves nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import text as sql_text

from app import jobs
from app.building.buildings import BuildingInfo
from app.customers.details import CustomerInput
from app.desk import Actor, Desk
from app.dossier import CATEGORIES
from app.errors import NotFound, PermissionDenied
from app.exchange import (
    BY_KEY,
    EXPORT_TITLES,
    EXPORTS,
    count_rows,
    export_names,
    export_workbook,
    ts_translator,
    workbook_writing,
)
from app.fees.charging import add_charge, cancel_charge, generate_month
from app.fees.payments import record_payment, reverse_payment
from app.jobs import JobCancelled
from app.people import users
from app.tenancy.lifecycle import move_in
from tests.conftest import PASSWORD
from tests.unit.fees.fees_support import fee_item, give_areas, tenant
from tests.unit.unit_support import plain_connection, plain_query, unit_id

D = dt.date


def _export(db: Path | str, login: str, names: list[str], target: Path) -> int:
    with Desk.open(db) as desk:
        actor = users.log_in(desk, login, PASSWORD)
        with desk.read(actor) as work:
            return export_workbook(work, names, target)


def _values(sheet: Any) -> list[list[Any]]:
    return [list(row) for row in sheet.iter_rows(min_row=2, values_only=True)]


@pytest.fixture
def exported(demo_database: Path | str, tmp_path: Path) -> Path:
    target = tmp_path / "全部.xlsx"
    _export(demo_database, "manager", ["units", "customers", "tenancies", "documents"], target)
    return target


def test_the_four_import_sheets_have_exactly_the_import_names_and_headers(exported: Path) -> None:
    book = load_workbook(exported)
    assert book.sheetnames == ["房间", "客户", "租户", "档案文件"]
    for key in ("units", "customers", "tenancies", "documents"):
        sheet = book[BY_KEY[key].name]
        assert [c.value for c in sheet[1]] == BY_KEY[key].headers
        assert sheet.freeze_panes == "A2"
        assert sheet["A1"].font.bold
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"


def test_units_keep_their_number_as_text_and_the_floor_as_stored(exported: Path, demo_database: Path | str) -> None:
    stored = plain_query(
        demo_database,
        "SELECT b.name, f.label, u.number FROM unit u JOIN floor f ON f.id = u.floor_id "
        "JOIN building b ON b.id = f.building_id",
    )
    rows = _values(load_workbook(exported)["房间"])
    assert len(rows) == len(stored)
    assert {tuple(r[:3]) for r in rows} == set(stored)
    sheet = load_workbook(exported)["房间"]
    number = sheet["C2"]
    assert number.data_type == "s" and number.value in {s[2] for s in stored}
    assert any(str(r[2]).startswith("0") for r in rows) or all(not s[2].startswith("0") for s in stored)
    assert all(isinstance(r[1], str) and r[1].endswith("F") for r in rows if not r[1].startswith("B"))


def test_tenancies_are_one_row_per_unit_with_real_dates(exported: Path, demo_database: Path | str) -> None:
    sheet = load_workbook(exported)["租户"]
    rows = _values(sheet)
    assert len(rows) == plain_query(demo_database, "SELECT count(*) FROM tenancy_unit")[0][0]
    assert all(isinstance(r[3], dt.datetime) for r in rows)  # openpyxl reads an Excel date back as a datetime
    assert sheet["D2"].number_format == "yyyy-mm-dd"
    departed = plain_query(demo_database, "SELECT count(*) FROM tenancy_unit WHERE end_date IS NOT NULL")[0][0]
    assert sum(1 for r in rows if r[4] is not None) == departed
    first = plain_query(
        demo_database,
        "SELECT c.name, u.number, tu.start_date FROM tenancy_unit tu JOIN tenancy t ON t.id = tu.tenancy_id "
        "JOIN customer c ON c.id = t.customer_id JOIN unit u ON u.id = tu.unit_id ORDER BY t.move_in, t.id, tu.id",
    )[0]
    assert (rows[0][0], rows[0][2], rows[0][3].date().isoformat()) == (first[0], first[1], str(first[2]))


def test_documents_leave_without_the_trashed_and_destroyed_with_categories_and_originals_in_chinese(
    exported: Path, demo_database: Path | str
) -> None:
    sheet = load_workbook(exported)["档案文件"]
    rows = _values(sheet)
    kept = "SELECT count(*) FROM document WHERE trashed_at IS NULL AND destroyed_at IS NULL"
    assert len(rows) == plain_query(demo_database, kept)[0][0]
    assert {r[3] for r in rows} <= {c.chinese for c in CATEGORIES}
    assert {r[9] for r in rows} == {"原件", "工作件"}
    assert all(isinstance(r[4], dt.datetime) for r in rows)
    assert all(isinstance(r[8], int) for r in rows if r[8] is not None)
    originals = plain_query(demo_database, kept + " AND is_original")[0][0]
    assert sum(1 for r in rows if r[9] == "原件") == originals


def test_a_trashed_document_stays_out(demo_database: Path | str, tmp_path: Path) -> None:
    title = plain_query(
        demo_database, "SELECT title FROM document WHERE NOT is_original AND trashed_at IS NULL LIMIT 1"
    )[0][0]
    with plain_connection(demo_database) as conn:
        conn.execute(sql_text("UPDATE document SET trashed_at = '2026-06-01 10:00:00' WHERE title = :t"), {"t": title})
    target = tmp_path / "d.xlsx"
    _export(demo_database, "manager", ["documents"], target)
    assert title not in {r[5] for r in _values(load_workbook(target)["档案文件"])}


@pytest.fixture
def person(desk: Desk, clerk: Actor, building: BuildingInfo) -> None:
    with desk.work(clerk) as work:
        move_in(
            work,
            customer=CustomerInput(
                name="张三",
                kind="person",
                id_code="110101199003071234",
                phone="13812345678",
                contact_person="张太太",
            ),
            unit_ids=[unit_id(desk, "101")],
            move_in=D(2026, 1, 1),
        )


@pytest.mark.parametrize(
    ("login", "id_code", "phone"),
    [("manager", "110101199003071234", "13812345678"), ("clerk", "110***********1234", "138****5678")],
)
def test_a_persons_id_number_and_mobile_leave_as_the_role_may_let_them(
    desk: Desk, person: None, tmp_path: Path, login: str, id_code: str, phone: str
) -> None:
    target = tmp_path / "c.xlsx"
    actor = users.log_in(desk, login, PASSWORD)
    with desk.read(actor) as work:
        export_workbook(work, ["customers"], target)
    row = next(r for r in _values(load_workbook(target)["客户"]) if r[0] == "张三")
    assert row == ["张三", None, id_code, None, "张太太", phone, None, "个人"]


def test_fees_are_one_row_per_charge_with_what_was_paid_and_the_one_receipt(
    desk: Desk, manager: Actor, clerk: Actor, building: BuildingInfo, tmp_path: Path
) -> None:
    give_areas(desk, manager, {"101": "100"})
    fee_item(desk, manager, "物业管理费", "area", {D(2026, 1, 1): "30"})
    one_off = fee_item(desk, manager, "加班费", "one_off", {D(2026, 1, 1): "1"})
    tenancy = tenant(desk, clerk, "甲公司", ["101"], D(2026, 1, 1))
    with desk.work(manager) as work:
        generate_month(work, "2026-03")
        generate_month(work, "2026-04")
        generate_month(work, "2026-05")
        add_charge(work, tenancy, one_off, 12_345, period="2026-05", description="加班")
        mistaken = add_charge(work, tenancy, one_off, 50_000, period="2026-05", description="记错")
        cancel_charge(work, mistaken.id, "重复")  # an adjustment of minus its amount: the charge is gone
    generated = "SELECT period, id FROM fee_charge WHERE kind = 'generated'"
    with desk.engine.connect() as conn:
        charges = dict(conn.exec_driver_sql(generated).all())
    with desk.work(clerk) as work:
        # March paid at once; April in two payments; May paid, then the payment reversed.
        record_payment(
            work, tenancy, 300_000, paid_on=D(2026, 3, 10), method="cash", allocations=[(charges["2026-03"], 300_000)]
        )
        record_payment(
            work, tenancy, 100_000, paid_on=D(2026, 4, 10), method="cash", allocations=[(charges["2026-04"], 100_000)]
        )
        record_payment(
            work, tenancy, 200_000, paid_on=D(2026, 4, 20), method="cash", allocations=[(charges["2026-04"], 200_000)]
        )
        may = record_payment(
            work, tenancy, 300_000, paid_on=D(2026, 5, 10), method="cash", allocations=[(charges["2026-05"], 300_000)]
        )
    with desk.work(manager) as work:
        reverse_payment(work, may.id, "记错了")
    target = tmp_path / "f.xlsx"
    with desk.read(manager) as work:
        assert count_rows(work, ["fees"]) == 4
        export_workbook(work, ["fees"], target)
    sheet = load_workbook(target)["费用"]
    assert [c.value for c in sheet[1]] == BY_KEY["fees"].headers
    rows = {(r[4], r[5]): r for r in _values(sheet)}
    march = rows[("2026-03", 3000)]
    assert march[:5] == ["测试大厦", "101", "甲公司", "物业管理费", "2026-03"]
    assert march[6] == 3000 and march[7] == dt.datetime(2026, 3, 10) and march[8].startswith("SK")
    april = rows[("2026-04", 3000)]
    assert april[6] == 3000 and april[7] is None and april[8] is None  # two payments: no one receipt
    may_row = rows[("2026-05", 3000)]
    assert may_row[6] == 0 and may_row[7] is None  # the payment was reversed
    assert rows[("2026-05", 123.45)][3] == "加班费" and rows[("2026-05", 123.45)][6] == 0
    assert len(rows) == 4  # the cancelled one-off is not a charge any more
    assert sheet["F2"].number_format == "#,##0.00" and sheet["G2"].number_format == "#,##0.00"


def test_every_export_writes_its_sheet_and_as_many_rows_as_it_counted(
    demo_database: Path | str, tmp_path: Path
) -> None:
    with Desk.open(demo_database) as desk:
        actor = users.log_in(desk, "manager", PASSWORD)
        for name, export in EXPORTS.items():
            target = tmp_path / f"{name}.xlsx"
            with desk.read(actor) as work:
                written = export_workbook(work, [name], target)
                assert written == export.count(work), name
            book = load_workbook(target, read_only=True)
            assert len(book.sheetnames) == 1, name
            assert sum(1 for _ in book.worksheets[0].iter_rows()) == written + 1, name  # the header and the rows
            book.close()


def test_all_is_a_full_import_file_and_names_are_checked(demo_database: Path | str, tmp_path: Path) -> None:
    assert export_names(["all", "units"]) == ["units", "customers", "tenancies", "documents", "fees"]
    assert set(EXPORT_TITLES) == {*EXPORTS, "all"}
    with pytest.raises(NotFound, match="nothing"):
        export_names(["nothing"])
    target = tmp_path / "all.xlsx"
    _export(demo_database, "manager", ["all"], target)
    assert load_workbook(target, read_only=True).sheetnames == [s.name for s in BY_KEY.values()]


def test_the_audit_log_needs_the_right_to_read_it(demo_database: Path | str, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        _export(demo_database, "clerk", ["audit"], tmp_path / "a.xlsx")
    assert not (tmp_path / "a.xlsx").exists()
    assert _export(demo_database, "supervisor", ["audit"], tmp_path / "a.xlsx") > 0


def test_a_cancelled_export_leaves_no_file(
    demo_database: Path | str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workbook_writing, "STEP", 10)  # the demo is small: ask about Cancel every 10 rows
    target = tmp_path / "cancelled.xlsx"
    with jobs.controlled(None, lambda: True), pytest.raises(JobCancelled):
        _export(demo_database, "manager", ["documents"], target)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "copy") == []  # no workbook, no temporary file


def test_the_command_lines_translator_reads_the_chinese_of_the_ts_file() -> None:
    chinese = ts_translator("zh_CN")
    assert chinese("registers", "reported") not in ("", "reported")
    assert chinese("registers", "no such source text") == "no such source text"
    assert ts_translator("en")("registers", "reported") == "reported"
