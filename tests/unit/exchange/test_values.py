"""The cell readers (app.exchange.values), table-driven: what an office types, and what the record keeps or what the
clerk is told to write instead."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from app.exchange import values
from app.exchange.values import Unreadable

NOT_A_DATE = "This is not a date: write it as 2023-05-01, 2023/5/1, 2023.5.1, 2023年5月1日 or 20230501."
NO_DAY = "There is no such day in the calendar: check the month and the day."
MAY_DAY = dt.date(2023, 5, 1)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("2023-05-01", MAY_DAY),
        ("2023/5/1", MAY_DAY),
        ("2023.5.1", MAY_DAY),
        ("2023年5月1日", MAY_DAY),
        ("2023年5月1", MAY_DAY),
        ("20230501", MAY_DAY),
        (20230501, MAY_DAY),  # the same digits in a number cell
        (20230501.0, MAY_DAY),
        ("２０２３－０５－０１", MAY_DAY),  # full-width
        (" 2023 / 5 / 1 ", MAY_DAY),
        ("2023-05-01 00:00:00", MAY_DAY),  # a date-time pasted as text
        ("2023-05-01T14:30", MAY_DAY),
        (dt.datetime(2023, 5, 1, 0, 0), MAY_DAY),  # a real Excel date, as openpyxl reads it
        (dt.datetime(2023, 5, 1, 17, 45), MAY_DAY),
        (MAY_DAY, MAY_DAY),
        (45047, MAY_DAY),  # an Excel serial number whose cell lost its date format
        (45047.0, MAY_DAY),
        ("2024-02-29", dt.date(2024, 2, 29)),  # a leap day
        (None, None),
        ("", None),
        ("   ", None),
    ],
)
def test_dates_read(typed: Any, read: dt.date | None) -> None:
    assert values.date(typed) == read


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("2023-02-30", NO_DAY),
        ("2023-13-01", NO_DAY),
        ("2023年2月29日", NO_DAY),
        ("20230230", NO_DAY),
        (20231301, NO_DAY),
        ("五月一日", NOT_A_DATE),
        ("2023-05", NOT_A_DATE),  # a month is not a day
        ("1/5/2023", NOT_A_DATE),  # day first or month first? never guessed
        ("05/01/23", NOT_A_DATE),
        ("明天", NOT_A_DATE),
        (True, NOT_A_DATE),
    ],
)
def test_dates_refused(typed: Any, message: str) -> None:
    with pytest.raises(Unreadable) as refused:
        values.date(typed)
    assert refused.value.template == message


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("2023-05", "2023-05"),
        ("2023/5", "2023-05"),
        ("2023.5", "2023-05"),
        ("2023年5月", "2023-05"),
        ("2023年5", "2023-05"),
        ("202305", "2023-05"),
        (202305, "2023-05"),
        ("２０２３－０５", "2023-05"),
        (MAY_DAY, "2023-05"),
        (dt.datetime(2023, 12, 31), "2023-12"),
        ("2023-05-17", "2023-05"),  # any day of the month names the month
        (None, None),
    ],
)
def test_periods_read(typed: Any, read: str | None) -> None:
    assert values.period(typed) == read


@pytest.mark.parametrize("typed", ["2023-13", "2023年0月", "五月", "0000-05", "2023-02-30"])
def test_periods_refused(typed: Any) -> None:
    with pytest.raises(Unreadable) as refused:
        values.period(typed)
    assert refused.value.template == "This is not a month: write it as 2023-05, 2023/5 or 2023年5月."


@pytest.mark.parametrize(
    ("typed", "level"),
    [
        ("8F", 8),
        ("8f", 8),
        ("8", 8),
        (8, 8),
        (8.0, 8),
        ("8楼", 8),
        ("8层", 8),
        ("第8层", 8),
        ("F8", 8),
        ("８Ｆ", 8),  # full-width
        (" 12F ", 12),
        ("B1", -1),
        ("b2", -2),
        ("-1", -1),
        ("-1F", -1),
        ("地下1层", -1),
        ("负2楼", -2),
        (None, None),
    ],
)
def test_floors_read(typed: Any, level: int | None) -> None:
    assert values.floor_level(typed) == level


@pytest.mark.parametrize("typed", ["夹层", "0", "0F", "B0", "8.5", "屋顶", "8F-9F", "1234"])
def test_floors_refused(typed: Any) -> None:
    with pytest.raises(Unreadable) as refused:
        values.floor_level(typed)
    assert refused.value.template == "This floor is not understood: write it as 8F, 8, 8楼 or B1."


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("120.5", Decimal("120.5")),
        (120.5, Decimal("120.5")),
        (120, Decimal(120)),
        ("1,234.50", Decimal("1234.50")),  # thousands separators
        ("1，234．50", Decimal("1234.50")),  # full-width comma and point
        ("１２３．５", Decimal("123.5")),  # full-width digits
        ("¥1,200", Decimal(1200)),
        ("1200元", Decimal(1200)),
        ("RMB 1200", Decimal(1200)),
        ("-3", Decimal(-3)),  # the sign is the sheet's business (a negative area is refused there)
        (" 88 ", Decimal(88)),
        ("-", None),  # a dash for "none"
        (None, None),
        ("", None),
        (Decimal("7.25"), Decimal("7.25")),
    ],
)
def test_numbers_read(typed: Any, read: Decimal | None) -> None:
    assert values.decimal(typed) == read


@pytest.mark.parametrize("typed", ["一百", "12.3.4", "NaN", "inf", "1e", True, "12 平方"])
def test_numbers_refused(typed: Any) -> None:
    with pytest.raises(Unreadable) as refused:
        values.decimal(typed)
    assert refused.value.template == "This is not a number."


@pytest.mark.parametrize(
    ("typed", "fen"),
    [
        ("1,200.00", 120000),
        (1200, 120000),
        (12.3, 1230),  # a float's binary noise (12.299999…) is not a third decimal
        (0.1 + 0.2, 30),
        ("¥99.99", 9999),
        ("０．５０", 50),
        (None, None),
    ],
)
def test_money_read_in_fen(typed: Any, fen: int | None) -> None:
    assert values.money_fen(typed) == fen


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("100.005", "An amount has at most two decimals (fen)."),
        (100.005, "An amount has at most two decimals (fen)."),
        ("100000000000", "This amount is too large."),
        ("很多", "This is not a number."),
    ],
)
def test_money_refused(typed: Any, message: str) -> None:
    with pytest.raises(Unreadable) as refused:
        values.money_fen(typed)
    assert refused.value.template == message


@pytest.mark.parametrize(("typed", "read"), [("12", 12), (12.0, 12), ("１２", 12), (0, 0), (None, None)])
def test_whole_numbers_read(typed: Any, read: int | None) -> None:
    assert values.whole(typed) == read


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("12.5", "This must be a whole number."),
        ("-1", "This must be a whole number from 0 to 999999."),
        (1_000_000, "This must be a whole number from 0 to 999999."),
    ],
)
def test_whole_numbers_refused(typed: Any, message: str) -> None:
    with pytest.raises(Unreadable) as refused:
        values.whole(typed)
    assert refused.value.template == message


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("0801", "0801"),  # typed as text: the zero stays
        (801, "801"),  # Excel made it a number: the digits, never 801.0 (the import finds 0801 by them)
        (801.0, "801"),
        ("０８０１", "0801"),  # full-width
        (" 0801 ", "0801"),
        ("B101", "B101"),
        ("801A", "801A"),
        (None, None),
        ("  ", None),
    ],
)
def test_unit_numbers_are_text(typed: Any, read: str | None) -> None:
    assert values.unit_number(typed) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("原件", True),
        ("工作件", False),
        ("复印件", False),
        ("是", True),
        ("否", False),
        ("Original", True),
        ("working", False),
        ("Y", True),
        (1, True),
        (0, False),
        (True, True),
        (None, None),
    ],
)
def test_original_or_working(typed: Any, read: bool | None) -> None:
    assert values.original(typed) is read


@pytest.mark.parametrize("typed", ["扫描件", "maybe", 2])
def test_original_or_working_refused(typed: Any) -> None:
    with pytest.raises(Unreadable) as refused:
        values.original(typed)
    assert refused.value.template == "Write 原件 (original) or 工作件 (working copy)."


@pytest.mark.parametrize(
    ("typed", "read"),
    [("单位", "company"), ("公司", "company"), ("个人", "person"), ("自然人", "person"), ("Person", "person")],
)
def test_customer_kinds(typed: str, read: str) -> None:
    assert values.customer_kind(typed) == read


def test_an_unknown_customer_kind_is_refused() -> None:
    with pytest.raises(Unreadable) as refused:
        values.customer_kind("合伙")
    assert refused.value.template == "Write 单位 (a company) or 个人 (a person)."


@pytest.mark.parametrize(
    "typed", ["138****5678", "138＊＊＊＊5678", "91310000********1X", "138••••5678", "110105●●●●●1234"]
)
def test_masked_values_are_refused(typed: str) -> None:
    with pytest.raises(Unreadable) as refused:
        values.refuse_masked(typed)
    assert refused.value.template == "This value is masked: type the whole number, not the one shown with stars."


@pytest.mark.parametrize("typed", ["13812345678", "021-6888 8888", "91310000MA1FL0001X", "110105198001011234", "x*2"])
def test_whole_values_pass_the_mask_check(typed: str) -> None:
    values.refuse_masked(typed)  # raises nothing


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("  星河科技  有限公司 ", "星河科技 有限公司"),  # trimmed, inner runs of spaces made one
        ("星河科技\u3000", "星河科技"),  # an ideographic space
        ("星河科技\u00a0有限公司", "星河科技 有限公司"),  # a no-break space, pasted from a web page
        ("星河\t\u2002科技", "星河 科技"),
        (12, "12"),
        (12.0, "12"),
        (12.5, "12.5"),
        (True, "是"),
        (dt.datetime(2023, 5, 1), "2023-05-01"),
        ("a\r\nb", "a\nb"),
        ("", None),
        (None, None),
    ],
)
def test_text(typed: Any, read: str | None) -> None:
    assert values.text(typed) == read


LOST_DIGITS = (
    "Excel kept only the first 15 digits of this number: format the column as text, type the whole number again, "
    "then import."
)


@pytest.mark.parametrize("typed", [1.10105198001011e17, 110105198001011000, 9.1310000e17, 10**15, -(10**16)])
def test_numbers_excel_cut_to_15_digits_are_refused(typed: Any) -> None:
    with pytest.raises(Unreadable) as refused:
        values.refuse_long_number(typed)
    assert refused.value.template == LOST_DIGITS


@pytest.mark.parametrize("typed", [13812345678, 13812345678.0, 999_999_999_999_999, "110105198001011234", None, True])
def test_numbers_excel_keeps_whole_pass(typed: Any) -> None:
    values.refuse_long_number(typed)  # raises nothing: a mobile number in a number cell is whole, text is text


@pytest.mark.parametrize("typed", ["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", " #n/a "])
def test_formula_errors_are_refused(typed: str) -> None:
    with pytest.raises(Unreadable) as refused:
        values.refuse_formula_error(typed)
    assert refused.value.params == {"error": typed.strip()}


@pytest.mark.parametrize("typed", ["#1", "N/A", "#", "星河#N/A", None, 0])
def test_other_values_are_not_formula_errors(typed: Any) -> None:
    values.refuse_formula_error(typed)  # raises nothing
