"""A list on screen made into typed sheet values: dates as dates, numbers as numbers, codes kept as text."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from app.exchange import Kind, typed_sheet, write_workbook
from app.exchange.list_export import column_kind, sheet_name


def values(title: str, headers: list[str], rows: list[list[str]], numeric: tuple[int, ...] = (), **kw: str) -> list:
    return [list(row) for row in typed_sheet(title, headers, rows, numeric, **kw).rows]  # type: ignore[arg-type]


def test_a_column_of_dates_as_the_window_shows_them_becomes_dates() -> None:
    rows = [["2023/5/1"], ["2024/12/31"], [""], ["—"]]
    sheet = typed_sheet("Loans", ["Due"], rows)
    assert list(sheet.kinds) == [Kind.DATE]
    assert [r[0] for r in sheet.rows] == [dt.date(2023, 5, 1), dt.date(2024, 12, 31), None, None]


def test_english_dates_put_the_month_first_and_iso_dates_are_read_in_any_language() -> None:
    assert values("x", ["d"], [["5/1/2023"], ["2023-05-02"]], date_order="mdy") == [
        [dt.date(2023, 5, 1)],
        [dt.date(2023, 5, 2)],
    ]
    assert values("x", ["d"], [["1/5/2023"]], date_order="dmy") == [[dt.date(2023, 5, 1)]]
    assert values("x", ["d"], [["1 05 2023"], ["2023年5月2日"]], date_order="dmy") == [
        [dt.date(2023, 5, 1)],
        [dt.date(2023, 5, 2)],
    ]


def test_dates_with_times_become_moments_with_their_time() -> None:
    rows = [["2023/5/1 14:05:09"], ["2023/5/2 08:00"]]
    assert values("Audit", ["When"], rows) == [[dt.datetime(2023, 5, 1, 14, 5, 9)], [dt.datetime(2023, 5, 2, 8, 0)]]
    assert values("x", ["When"], [["5/1/2023 2:05 PM"]], date_order="mdy") == [[dt.datetime(2023, 5, 1, 14, 5)]]
    assert values("x", ["When"], [["2023/5/1 下午2:05"]]) == [[dt.datetime(2023, 5, 1, 14, 5)]]


def test_one_cell_that_is_not_a_date_keeps_the_whole_column_text() -> None:
    rows = [["2023/5/1"], ["2023/2/30"], ["soon"]]
    assert column_kind(rows, 0, numeric=False) is Kind.TEXT
    assert column_kind([["2023/5/1"], ["2023/5/1 soon"]], 0, numeric=False) is Kind.TEXT
    assert column_kind([["12 3 45"]], 0, numeric=False) is Kind.TEXT  # a two-digit year is no date of ours
    assert values("x", ["d"], rows) == [["2023/5/1"], ["2023/2/30"], ["soon"]]


def test_dossier_numbers_are_not_taken_for_dates() -> None:
    numbers = [["1-12-2025"], ["2-3-2024"]]  # building, unit, year
    for order in ("ymd", "mdy", "dmy"):
        assert column_kind(numbers, 0, numeric=False, date_order=order) is Kind.TEXT  # type: ignore[arg-type]
    assert column_kind([["1/12/2025"]], 0, numeric=False, date_order="ymd") is Kind.TEXT  # not how zh writes dates


def test_money_with_two_decimals_becomes_numbers_with_the_money_format() -> None:
    rows = [["12,345.67"], ["-800.00"], [""]]
    sheet = typed_sheet("Fees", ["Due ¥"], rows, (0,))
    assert list(sheet.kinds) == [Kind.MONEY]
    assert [r[0] for r in sheet.rows] == [Decimal("12345.67"), Decimal("-800.00"), None]


def test_counts_become_whole_numbers_and_other_decimals_stay_decimals() -> None:
    assert column_kind([["12"], ["1,200"]], 0, numeric=True) is Kind.WHOLE
    assert values("x", ["n"], [["12"], ["1,200"]], (0,)) == [[12], [1200]]
    assert column_kind([["85.5"], ["120"]], 0, numeric=True) is Kind.DECIMAL
    assert values("x", ["area"], [["85.5"], ["120"]], (0,)) == [[Decimal("85.5")], [Decimal("120")]]


def test_numbers_only_where_the_window_shows_numbers_and_codes_stay_text() -> None:
    rows = [["0801", "12"], ["1203", "7"]]
    assert values("Units", ["Unit", "Pages"], rows, (1,)) == [["0801", 12], ["1203", 7]]
    # Even flush right, a leading zero marks a code (a unit, a receipt number), not an amount.
    assert column_kind([["0801"], ["1203"]], 0, numeric=True) is Kind.TEXT
    # Text in a number column ("3 days") keeps the column text rather than dropping it.
    assert values("x", ["Late"], [["3 天"], ["12"]], (0,)) == [["3 天"], ["12"]]


def test_sheet_names_excel_accepts() -> None:
    assert sheet_name("Fees 2026/11: [A]?") == "Fees 2026-11- -A--"
    assert len(sheet_name("档" * 40)) == 31
    assert sheet_name("///") == "---" and sheet_name("  ") == "Sheet1"


def test_rows_shorter_than_the_headers_and_control_characters_are_tolerated() -> None:
    assert values("x", ["a", "b"], [["one\x07"], ["two", "2023/5/1"]]) == [["one", None], ["two", dt.date(2023, 5, 1)]]


def test_the_written_workbook_holds_real_dates_numbers_and_text(tmp_path: Path) -> None:
    rows = [["0801", "2023/5/1", "1,234.50", "3"], ["1203", "", "0.00", "12"]]
    target = tmp_path / "list.xlsx"
    sheet_rows = typed_sheet("Fees register: 2026/11", ["Unit", "Paid on", "Due", "N"], rows, (2, 3))
    assert write_workbook(target, [sheet_rows]) == 2
    book = load_workbook(target)
    sheet = book["Fees register- 2026-11"]
    assert [c.value for c in sheet[1]] == ["Unit", "Paid on", "Due", "N"]
    assert sheet["A2"].value == "0801" and sheet["A2"].data_type == "s"
    assert sheet["B2"].value == dt.datetime(2023, 5, 1) and sheet["B2"].is_date
    assert sheet["C2"].value == 1234.5 and sheet["C2"].number_format == "#,##0.00"
    assert sheet["D3"].value == 12 and sheet["B3"].value is None
