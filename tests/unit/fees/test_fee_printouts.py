"""The fee printouts read back with pdftotext: the receipt (two copies, capitals, 预收, a 红冲), the statement, the
arrears notices (nobody in arrears: no file), the month-end summary; the letterhead prints only what is set."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest

from app.building.buildings import BuildingInfo
from app.desk import Actor, Desk
from app.errors import Conflict
from app.fees.charging import generate_month
from app.fees.deposits import record_deposit
from app.fees.items import FeeSettings, change_fee_settings
from app.fees.payments import record_payment, reverse_payment
from app.fees.printouts import (
    print_arrears_notices,
    print_month_summary,
    print_receipt,
    print_statement,
)
from app.fees.tenancies import tenancy_of_unit
from tests.unit.fees.fees_support import fee_item, give_areas, tenant
from tests.unit.unit_support import unit_id

D = dt.date


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def _flat(pdf: Path) -> str:
    return re.sub(r"\s+", "", _text(pdf))


@pytest.fixture
def owing(desk: Desk, manager: Actor, clerk: Actor, building: BuildingInfo) -> dict[str, int]:
    """甲公司 in 101 (100 m² at 30): March to May charged (3,000.00 each, due the 11th), March paid at once."""
    give_areas(desk, manager, {"101": "100", "102": "40"})
    fee_item(desk, manager, "物业管理费", "area", {D(2026, 1, 1): "30"}, due_days=10)
    first = tenant(desk, clerk, "甲公司", ["101"], D(2025, 1, 1))
    second = tenant(desk, clerk, "乙公司", ["102"], D(2025, 1, 1))
    with desk.work(manager) as work:
        for month in ("2026-03", "2026-04", "2026-05"):
            generate_month(work, month)
    with desk.work(clerk) as work:
        paid = record_payment(work, first, 312050, paid_on=D(2026, 3, 5), method="cash", payer="张三")
        # 乙 pays all three months and 100.00 ahead.
        ahead = record_payment(work, second, 370000, paid_on=D(2026, 3, 5), method="transfer")
        record_deposit(work, first, "fit_out", 500000, received_on=D(2025, 1, 1), receipt_no="YJ-001")
    return {"first": first, "second": second, "payment": paid.id, "ahead": ahead.id}


def test_a_receipt_has_two_copies_the_capitals_and_what_was_prepaid(
    desk: Desk, clerk: Actor, owing: dict[str, int], tmp_path: Path
) -> None:
    with desk.read(clerk) as work:
        print_receipt(work, owing["payment"], tmp_path / "r.pdf")
        print_receipt(work, owing["ahead"], tmp_path / "ahead.pdf")
    text = _flat(tmp_path / "r.pdf")
    assert text.count("收款收据（存根）") == 1 and text.count("收款收据（客户联）") == 1
    assert text.count("SK2026-000001") == 2
    assert text.count("物业管理费2026-033,000.00") == 2
    assert text.count("物业管理费2026-04120.50") == 2  # oldest first: the rest pays April's line in part
    assert text.count("合计人民币（大写）：叁仟壹佰贰拾元伍角整￥3,120.50") == 2
    assert "交款单位/人：张三" in text and "收款方式：现金" in text and "收款人：王小明" in text
    assert "None" not in text and "地址" not in text and "电话" not in text  # nothing set: no empty letterhead
    ahead = _flat(tmp_path / "ahead.pdf")
    tail = "物业管理费2026-051,200.00预收（未指定费用）100.00合计人民币（大写）：叁仟柒佰元整￥3,700.00"
    assert ahead.count(tail) == 2
    assert "交款单位/人：乙公司" in ahead and "收款方式：银行转账" in ahead  # no payer named: the customer


def test_a_reversal_prints_as_the_red_entry_of_its_receipt(
    desk: Desk, clerk: Actor, manager: Actor, owing: dict[str, int], tmp_path: Path
) -> None:
    with desk.work(manager) as work:
        change_fee_settings(work, FeeSettings(company_name="永盛物业管理有限公司", phone="0755-88886666"))
        reversal = reverse_payment(work, owing["payment"], "金额记错", day=D(2026, 3, 6))
    with desk.read(clerk) as work:
        print_receipt(work, reversal.id, tmp_path / "red.pdf")
        print_receipt(work, owing["payment"], tmp_path / "again.pdf")
    text = _flat(tmp_path / "red.pdf")
    assert text.count("收款收据（红冲）（存根）") == 1
    assert "红冲原收据SK2026-000001（2026-03-05）；原因：金额记错" in text
    assert "-3,000.00" in text and "负叁仟壹佰贰拾元伍角整" in text
    assert text.count("永盛物业管理有限公司") == 2 and "电话：0755-88886666" in text and "地址" not in text
    assert "注：本收据已于2026-03-06红冲。" in _flat(tmp_path / "again.pdf")


def test_a_statement_has_every_line_with_its_running_balance(
    desk: Desk, clerk: Actor, owing: dict[str, int], tmp_path: Path
) -> None:
    with desk.read(clerk) as work:
        print_statement(work, tenancy_of_unit(work, unit_id(desk, "101")), tmp_path / "s.pdf")
    text = _flat(tmp_path / "s.pdf")
    assert "客户：甲公司单元：101" in text
    assert "2026-03-01物业管理费（101）2026-033,000.003,000.00" in text
    assert "2026-03-05收款SK2026-000001（现金）3,120.50-120.50" in text
    assert "2026-04-01物业管理费（101）2026-043,000.002,879.50" in text
    assert "2026-05-01物业管理费（101）2026-053,000.00" in text and text.count("5,879.50") >= 2
    assert "合计9,000.003,120.505,879.50" in text
    assert "期末欠款：5,879.50元（大写：伍仟捌佰柒拾玖元伍角整）" in text
    assert "装修押金2025-01-01YJ-0015,000.000.000.005,000.00" in text
    with desk.read(clerk) as work:
        print_statement(work, owing["first"], tmp_path / "may.pdf", date_from=D(2026, 4, 1), date_to=D(2026, 4, 30))
    april = _flat(tmp_path / "may.pdf")
    assert "期间：2026-04-01至2026-04-30" in april and "期初余额-120.50" in april  # March paid and 120.50 ahead
    assert "2026-04-01物业管理费（101）2026-043,000.002,879.50" in april and "2026-05" not in april
    assert "合计3,000.000.002,879.50" in april


def test_arrears_notices_one_per_customer_behind_and_none_when_nobody_is(
    desk: Desk, clerk: Actor, owing: dict[str, int], tmp_path: Path
) -> None:
    with desk.read(clerk) as work:
        assert print_arrears_notices(work, tmp_path / "n.pdf") == 1  # 乙 paid everything
        with pytest.raises(Conflict, match="Nobody chosen is in arrears"):
            print_arrears_notices(work, tmp_path / "none.pdf", tenancy_ids=[owing["second"]])
    assert not (tmp_path / "none.pdf").exists()
    text = _flat(tmp_path / "n.pdf")
    # On 15 June the April line is 65 days overdue (less the 120.50 prepaid), May's 35.
    assert "1物业管理费2026-041012026-04-11652,879.50" in text
    assert "2物业管理费2026-051012026-05-11353,000.00" in text
    assert "合计5,879.50" in text and "伍仟捌佰柒拾玖元伍角整" in text
    assert "回执" in text and "签字（盖章）" in text and "请于2026年6月22日前" in text


def test_the_month_summary(desk: Desk, clerk: Actor, owing: dict[str, int], tmp_path: Path) -> None:
    with desk.read(clerk) as work:
        print_month_summary(work, "2026-03", tmp_path / "m.pdf")
    text = _flat(tmp_path / "m.pdf")
    assert "期间：2026年3月" in text and "实收截至：2026-03-31" in text
    # 甲 3,000.00 and 乙 1,200.00 charged; both paid March's line on 5 March.
    assert "物业管理费4,200.004,200.000.00100.0%" in text
    assert "1F4,200.004,200.000.00100.0%" in text


@pytest.mark.parametrize(("months", "pages"), [(8, 1), (9, 2)])
def test_a_receipt_of_up_to_eight_lines_keeps_both_copies_on_one_page(
    desk: Desk, manager: Actor, clerk: Actor, building: BuildingInfo, tmp_path: Path, months: int, pages: int
) -> None:
    """With the whole letterhead, a note and a prepaid part, eight lines still fit twice on a page; more lines
    give each copy its own page rather than a copy split over two."""
    from app.printing import pdf_pages

    give_areas(desk, manager, {"101": "100"})
    fee_item(desk, manager, "物业管理费", "area", {D(2025, 1, 1): "30"})
    t = tenant(desk, clerk, "深圳市永盛会计师事务所有限公司", ["101"], D(2025, 1, 1))
    with desk.work(manager) as work:
        change_fee_settings(
            work,
            FeeSettings(
                company_name="深圳市星河物业管理有限公司", address="深圳市福田区星河路1号星河国际大厦", phone="0755-1"
            ),
        )
        for n in range(months):
            generate_month(work, f"2025-{n + 1:02d}")
    with desk.work(clerk) as work:
        paid = record_payment(
            work, t, months * 300000 + 5000, paid_on=D(2026, 6, 1), method="cheque", note="支票号 123456，经办人李四"
        )
    with desk.read(clerk) as work:
        print_receipt(work, paid.id, tmp_path / "r.pdf")
    assert pdf_pages(tmp_path / "r.pdf") == pages
    text = _flat(tmp_path / "r.pdf")
    assert text.count("预收（未指定费用）50.00") == 2 and text.count("备注：支票号123456，经办人李四") == 2
