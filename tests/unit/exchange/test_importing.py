"""The import's rules (issue 17): what a workbook creates, that it is all or nothing and idempotent, which dossier a
paper goes to, fees with their payments, and who may import. The corpus of bad workbooks is test_import_corpus.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from app import jobs
from app.archive import bind_dossier
from app.desk import Actor, Desk
from app.errors import PermissionDenied
from app.exchange import ImportReport, import_workbook
from app.fees import record_deposit
from app.jobs import JobCancelled
from db.models import (
    Customer,
    Document,
    Dossier,
    FeeAllocation,
    FeeCharge,
    FeeItem,
    FeePayment,
    Floor,
    Tenancy,
    TenancyUnit,
    Unit,
)
from tests.unit.unit_support import checked, record_hash

UNITS = ["楼栋", "楼层", "房号", "面积", "用途"]
CUSTOMERS = ["客户名称", "单位性质", "统一社会信用代码", "法定代表人", "联系人", "联系电话", "邮箱", "客户类型"]
TENANCIES = ["客户名称", "楼栋", "房号", "入住日期", "退租日期"]
DOCUMENTS = [
    "楼栋",
    "房号",
    "客户名称",
    "类别",
    "日期",
    "题名",
    "文号",
    "责任者",
    "页数",
    "原件/工作件",
    "存放位置",
    "备注",
]
FEES = ["楼栋", "房号", "客户名称", "费用项目", "所属期间", "应收", "实收", "收款日期", "收据号"]

BASE_UNITS = [
    ["A座", "8F", "0801", 120.5, "办公"],
    ["A座", "8F", "0802", 98, "办公"],
    ["A座", "B1", "B101", 30, "仓储"],
]


def book(path: Path, **sheets: tuple[list[str], Sequence[Sequence[Any]]]) -> Path:
    workbook = Workbook()
    workbook.remove(workbook.active)
    names = {"units": "房间", "customers": "客户", "tenancies": "租户", "documents": "档案文件", "fees": "费用"}
    for key, (headers, rows) in sheets.items():
        sheet = workbook.create_sheet(names[key])
        sheet.append(headers)
        for row in rows:
            sheet.append(list(row))
    workbook.save(path)
    return path


def run(desk: Desk, actor: Actor, path: Path, *, dry_run: bool = False) -> ImportReport:
    with desk.work(actor) as work:
        return import_workbook(work, path, dry_run=dry_run)


@pytest.fixture
def moved_in(desk: Desk, admin: Actor, tmp_path: Path) -> Path:
    path = book(
        tmp_path / "office.xlsx",
        units=(UNITS, BASE_UNITS),
        customers=(
            CUSTOMERS,
            [
                [
                    "星河科技有限公司",
                    "有限责任公司",
                    "91440300MA5XXXXX1A",
                    "张三",
                    "李四",
                    "0755-88886666",
                    "a@b.cn",
                    "单位",
                ],
                ["王五", "", "", "", "", "13800001111", "", "个人"],
            ],
        ),
        tenancies=(
            TENANCIES,
            [
                ["星河科技有限公司", "A座", "0801", "2023-05-01", None],
                ["星河科技有限公司", "A座", "0802", "2023-05-01", None],
                ["旧租户有限公司", "A座", "B101", "2019/1/1", "2022.12.31"],
            ],
        ),
    )
    report = run(desk, admin, path)
    assert report.ok and report.written, [p.text() for p in report.problems]
    return path


def test_an_empty_record_gets_its_building_floors_units_customers_and_dossiers(desk: Desk, moved_in: Path) -> None:
    with desk.read(None) as work:
        floors = sorted((f.level, f.label) for f in work.session.scalars(select(Floor)))
        units = {u.number: (u.area, u.use) for u in work.session.scalars(select(Unit))}
        customers = {c.name: c for c in work.session.scalars(select(Customer))}
        tenancies = work.session.scalars(select(Tenancy)).all()
        dossiers = {d.label_text: d for d in work.session.scalars(select(Dossier))}
        assert floors == [(-1, "B1"), (8, "8F")]
        assert units == {
            "0801": (Decimal("120.50"), "office"),
            "0802": (Decimal("98.00"), "office"),
            "B101": (
                Decimal("30.00"),
                "storage",
            ),
        }
        assert customers["星河科技有限公司"].contact_person == "李四"
        assert customers["星河科技有限公司"].id_code == "91440300MA5XXXXX1A"
        assert customers["王五"].kind == "person"
        # A customer only the tenancies sheet names is added by its name.
        assert "旧租户有限公司" in customers
        # Two rows of one customer with the same move-in are one tenancy of two units, in one dossier.
        assert len(tenancies) == 2
        two = next(t for t in tenancies if t.customer.name == "星河科技有限公司")
        assert sorted(link.unit.number for link in two.units) == ["0801", "0802"]
        assert dossiers["星河科技有限公司"].status == "live"
        # An ended tenancy is a departed dossier, as if recorded at the desk after the fact.
        assert dossiers["旧租户有限公司"].status == "departed"
        ended = next(t for t in tenancies if t.customer.name == "旧租户有限公司")
        assert (ended.move_in, ended.move_out) == (dt.date(2019, 1, 1), dt.date(2022, 12, 31))
    assert checked(desk).ok


def test_the_same_workbook_twice_adds_nothing(desk: Desk, admin: Actor, moved_in: Path) -> None:
    before = record_hash(desk, without_log_ins=True)
    again = run(desk, admin, moved_in)
    assert again.ok and again.nothing_new and not again.written
    assert {s.key: (s.added, s.skipped) for s in again.sheets} == {
        "units": (0, 3),
        "customers": (0, 2),
        "tenancies": (0, 3),
    }
    assert record_hash(desk, without_log_ins=True) == before


def test_a_corrected_workbook_adds_only_what_is_new(desk: Desk, admin: Actor, moved_in: Path, tmp_path: Path) -> None:
    more = book(
        tmp_path / "more.xlsx",
        units=(UNITS, [*BASE_UNITS, ["A座", "9F", "0901", 60, "办公"]]),
        tenancies=(TENANCIES, [["新客户", "A座", "0901", "2024年3月1日", None]]),
    )
    report = run(desk, admin, more)
    assert report.written
    assert {s.key: (s.added, s.skipped) for s in report.sheets} == {"units": (1, 3), "tenancies": (1, 0)}
    assert report.floors_added == 1 and report.buildings_added == ()


def test_a_row_that_differs_from_the_record_is_an_error_never_an_overwrite(
    desk: Desk, admin: Actor, moved_in: Path, tmp_path: Path
) -> None:
    before = record_hash(desk, without_log_ins=True)
    changed = [["A座", "8F", "0801", 130, "办公"], ["A座", "9F", "0901", 60, "办公"]]
    report = run(desk, admin, book(tmp_path / "changed.xlsx", units=(UNITS, changed)))
    assert not report.written
    (problem,) = report.problems
    assert (problem.sheet, problem.row) == ("房间", 2)
    assert "Differs from what is recorded" in problem.message()
    assert "面积 120.50 ≠ 130.00" in problem.message()
    # All or nothing: the good row (0901) is not written either.
    assert record_hash(desk, without_log_ins=True) == before


def test_a_dry_run_tells_what_would_be_added_and_writes_nothing(desk: Desk, admin: Actor, tmp_path: Path) -> None:
    before = record_hash(desk, without_log_ins=True)
    report = run(desk, admin, book(tmp_path / "b.xlsx", units=(UNITS, BASE_UNITS)), dry_run=True)
    assert report.ok and not report.written and report.added == 3
    assert report.additions[0].text == "A座 8F 0801 120.50 办公"
    assert record_hash(desk, without_log_ins=True) == before


def test_a_paper_goes_to_the_tenancy_running_on_its_date(desk: Desk, admin: Actor, tmp_path: Path) -> None:
    path = book(
        tmp_path / "docs.xlsx",
        units=(UNITS, BASE_UNITS),
        tenancies=(
            TENANCIES,
            [["甲公司", "A座", "0801", "2018-01-01", "2020-01-01"], ["甲公司", "A座", "0801", "2021-01-01", None]],
        ),
        documents=(
            DOCUMENTS,
            [
                ["A座", "0801", "甲公司", "入住资料", "2018-01-05", "租赁合同", "HT-1", "物业", 12, "原件", "柜1", ""],
                ["A座", "0801", "甲公司", "往来函", "2022-06-01", "催缴函", "", "客务部", 1, "工作件", "", "再次"],
                # Before the first tenancy began: filed with the first one.
                ["A座", "0801", "甲公司", "二装资料", "2017-12-20", "装修申请", "", "", "", "", "", ""],
            ],
        ),
    )
    assert run(desk, admin, path).written
    with desk.read(None) as work:
        filed = {
            d.title: (d.dossier.tenancy.move_in, d.category, d.is_original, d.pages, d.paper_location, d.notes)
            for d in work.session.scalars(select(Document))
        }
    assert filed == {
        "租赁合同": (dt.date(2018, 1, 1), "move_in", True, 12, "柜1", ""),
        "催缴函": (dt.date(2021, 1, 1), "correspondence", False, 1, "", "再次"),
        "装修申请": (dt.date(2018, 1, 1), "fit_out", False, 0, "", ""),
    }
    # The same papers again: each is found by unit, customer, date, title and 文号, and skipped.
    assert run(desk, admin, path).nothing_new


def test_no_paper_slips_into_a_bound_dossier(desk: Desk, admin: Actor, supervisor: Actor, tmp_path: Path) -> None:
    tenancies = (TENANCIES, [["乙公司", "A座", "0802", "2018-01-01", "2020-01-01"]])
    papers = (DOCUMENTS, [["A座", "0802", "乙公司", "入住资料", "2018-01-01", "租赁合同", "", "", 4, "原件", "", ""]])
    first = book(tmp_path / "t.xlsx", units=(UNITS, BASE_UNITS), tenancies=tenancies, documents=papers)
    assert run(desk, admin, first).written
    with desk.read(None) as work:
        dossier_id = work.session.scalars(select(Dossier.id)).one()
    with desk.work(supervisor) as work:
        bind_dossier(work, dossier_id, retention="permanent")
    late = (DOCUMENTS, [["A座", "0802", "乙公司", "往来函", "2019-03-01", "函", "", "", 1, "工作件", "", ""]])
    report = run(desk, admin, book(tmp_path / "late.xlsx", documents=late))
    assert not report.written
    assert "bound" in report.problems[0].message()


def test_fees_become_charges_with_their_payments(desk: Desk, admin: Actor, moved_in: Path, tmp_path: Path) -> None:
    rows = [
        ["A座", "0801", "星河科技有限公司", "物业管理费", "2024-01", "3,615.00", "3615", "2024-01-10", "SK-0001"],
        ["A座", "0801", "星河科技有限公司", "物业管理费", "2024年2月", "3615.00", None, None, None],
        ["A座", "0802", "星河科技有限公司", "旧空调费", 202401, 200, 150, "2024/1/20", "SK-0002"],
    ]
    report = run(desk, admin, book(tmp_path / "fees.xlsx", fees=(FEES, rows)))
    assert report.written, [p.text() for p in report.problems]
    assert report.fee_items_added == ("物业管理费", "旧空调费")
    with desk.read(None) as work:
        charges = {(c.period, c.amount_fen) for c in work.session.scalars(select(FeeCharge))}
        payments = {(p.receipt_no, p.amount_fen, p.paid_on) for p in work.session.scalars(select(FeePayment))}
        allocated = sorted(a.amount_fen for a in work.session.scalars(select(FeeAllocation)))
        items = {i.name: i.active for i in work.session.scalars(select(FeeItem))}
    assert charges == {("2024-01", 361500), ("2024-02", 361500), ("2024-01", 20000)}
    assert payments == {("SK-0001", 361500, dt.date(2024, 1, 10)), ("SK-0002", 15000, dt.date(2024, 1, 20))}
    assert allocated == [15000, 361500]
    # A fee item new to the record stays switched off: the monthly run charges nothing by it until it is set up.
    assert items == {"物业管理费": False, "旧空调费": False}
    assert checked(desk).ok
    assert run(desk, admin, book(tmp_path / "fees2.xlsx", fees=(FEES, rows))).nothing_new


@pytest.mark.parametrize("who", ["clerk", "supervisor"])
def test_only_the_administrator_and_the_manager_import(desk: Desk, who: str, tmp_path: Path, request: Any) -> None:
    actor = request.getfixturevalue(who)
    with pytest.raises(PermissionDenied):
        run(desk, actor, book(tmp_path / "u.xlsx", units=(UNITS, BASE_UNITS)))


def test_the_manager_imports(desk: Desk, manager: Actor, tmp_path: Path) -> None:
    assert run(desk, manager, book(tmp_path / "u.xlsx", units=(UNITS, BASE_UNITS))).written


def test_cancel_keeps_nothing(desk: Desk, admin: Actor, tmp_path: Path) -> None:
    many = [["A座", f"{f}F", f"{f:02d}{n:02d}", 50, "办公"] for f in range(1, 21) for n in range(1, 51)]
    path = book(tmp_path / "many.xlsx", units=(UNITS, many))
    before = record_hash(desk, without_log_ins=True)
    with jobs.controlled(None, lambda: True), pytest.raises(JobCancelled):
        run(desk, admin, path)
    assert record_hash(desk, without_log_ins=True) == before


def test_the_import_is_in_the_history(desk: Desk, admin: Actor, moved_in: Path) -> None:
    with desk.engine.connect() as conn:
        lines = conn.exec_driver_sql(
            "SELECT entity, action, details FROM change WHERE action IN ('import', 'move_in')"
        ).all()
    assert ("import", "import") in {(e, a) for e, a, _ in lines}
    assert sum(1 for _e, a, _d in lines if a == "move_in") == 2
    assert all("office.xlsx" in d for _e, _a, d in lines)


def test_a_tenancy_is_stored_with_its_own_unit_dates(desk: Desk, admin: Actor, tmp_path: Path) -> None:
    rows = [["丙公司", "A座", "0801", "2020-01-01", "2021-06-30"], ["丙公司", "A座", "0802", "2020-01-01", None]]
    assert run(desk, admin, book(tmp_path / "t.xlsx", units=(UNITS, BASE_UNITS), tenancies=(TENANCIES, rows))).written
    with desk.read(None) as work:
        links = {
            link.unit.number: (link.start_date, link.end_date) for link in work.session.scalars(select(TenancyUnit))
        }
        tenancy = work.session.scalars(select(Tenancy)).one()
    assert links == {"0801": (dt.date(2020, 1, 1), dt.date(2021, 6, 30)), "0802": (dt.date(2020, 1, 1), None)}
    assert tenancy.move_out is None  # still there in one unit


def test_what_the_record_lacks_is_filled_in_never_what_it_holds(
    desk: Desk, admin: Actor, moved_in: Path, tmp_path: Path
) -> None:
    # 旧租户有限公司 came in by the tenancies sheet only (a name); the office's customer list comes later.
    customers = (CUSTOMERS, [["旧租户有限公司", "民营", "91440300MA5YYYYY2B", "赵六", "", "0755-1234", "", ""]])
    units = (UNITS, [["A座", "9F", "0901", None, ""], ["A座", "8F", "0801", 120.5, "办公"]])
    first = run(desk, admin, book(tmp_path / "c.xlsx", customers=customers, units=units))
    assert first.written and first.additions[0].text == "A座 9F 0901"
    with_area = (UNITS, [["A座", "9F", "0901", 66, "办公"]])
    report = run(desk, admin, book(tmp_path / "area.xlsx", units=with_area))
    assert report.written and report.additions[0].text == "A座 0901 补充 面积 66.00 用途 办公"
    with desk.read(None) as work:
        customer = work.session.scalars(select(Customer).where(Customer.name == "旧租户有限公司")).one()
        unit = work.session.scalars(select(Unit).where(Unit.number == "0901")).one()
    assert (customer.nature, customer.id_code, customer.phone) == ("民营", "91440300MA5YYYYY2B", "0755-1234")
    assert (unit.area, unit.use) == (Decimal("66.00"), "office")
    # Filled once, the same workbooks add nothing; a value the record holds is never changed.
    assert run(desk, admin, book(tmp_path / "c2.xlsx", customers=customers)).nothing_new
    other = (CUSTOMERS, [["旧租户有限公司", "国有", "", "", "", "", "", ""]])
    refused = run(desk, admin, book(tmp_path / "c3.xlsx", customers=other))
    assert not refused.written and "单位性质 民营 ≠ 国有" in refused.problems[0].message()


def test_a_receipt_number_a_deposit_has_is_taken(
    desk: Desk, admin: Actor, clerk: Actor, moved_in: Path, tmp_path: Path
) -> None:
    with desk.read(None) as work:
        tenancy_id = work.session.scalars(select(Tenancy.id).order_by(Tenancy.id)).first()
    assert tenancy_id is not None
    with desk.work(clerk) as work:
        record_deposit(work, tenancy_id, "key", 50000, received_on=dt.date(2024, 1, 5), receipt_no="SK-9")
    rows = [["A座", "0801", "星河科技有限公司", "物业管理费", "2024-01", 100, 100, "2024-01-10", "SK-9"]]
    before = record_hash(desk, without_log_ins=True)
    report = run(desk, admin, book(tmp_path / "fees.xlsx", fees=(FEES, rows)))
    assert not report.written and "Receipt SK-9 is recorded for another payment" in report.problems[0].message()
    assert record_hash(desk, without_log_ins=True) == before
