"""Finding an office's sheets, header rows and columns (app.exchange.reading.read_book), whatever shape it came in."""

from __future__ import annotations

import importlib
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from app.exchange import Ignored
from app.exchange.reading import HEADER_SEARCH_ROWS, Book, read_book

corpus: Any = importlib.import_module("tests.data.import.corpus")
UNIT_ROW = ["星河大厦", "8F", "0801", 120.5, "办公"]


def _read(tmp_path: Path, *sheets: Any, merges: dict[str, list[str]] | None = None) -> Book:
    return read_book(corpus.write_book(tmp_path / "b.xlsx", sheets, merges))


def _letters(book: Book, key: str) -> dict[str, str]:
    return {k: c.letter for k, c in book.sheets[key].columns.items()}


def test_the_template_sheets_by_their_chinese_names_in_any_order(tmp_path: Path) -> None:
    book = _read(tmp_path, corpus.tenancies(["甲", "星河大厦", "0801", "2023-05-01", None]), corpus.units(UNIT_ROW))
    assert set(book.sheets) == {"units", "tenancies"}
    assert book.sheets["units"].title == "房间"
    assert book.sheets["units"].rows == [(2, tuple(UNIT_ROW))]
    assert _letters(book, "tenancies") == {
        "customer": "A",
        "building": "B",
        "unit": "C",
        "move_in": "D",
        "move_out": "E",
    }
    assert not book.problems and not book.ignored


@pytest.mark.parametrize("name", ["Units", "units", " UNITS ", "Ｕｎｉｔｓ"])
def test_sheets_by_their_english_names(tmp_path: Path, name: str) -> None:
    book = _read(tmp_path, (name, [corpus.UNITS_H, UNIT_ROW]))
    assert book.sheets["units"].title == name


def test_sheets_named_otherwise_are_found_by_their_headers(tmp_path: Path) -> None:
    book = _read(
        tmp_path,
        ("Sheet1", [corpus.TENANCIES_H, ["甲", "星河大厦", "0801", "2023-05-01", None]]),
        ("2023年台账", [corpus.UNITS_H, UNIT_ROW]),
        ("备注", [["这是说明"]]),
    )
    assert book.sheets["tenancies"].title == "Sheet1"
    assert book.sheets["units"].title == "2023年台账"
    assert book.ignored == [Ignored("备注", "", "")]  # a sheet nobody reads is reported, not an error


def test_a_blank_extra_sheet_is_not_even_reported(tmp_path: Path) -> None:
    book = _read(tmp_path, corpus.units(UNIT_ROW), ("Sheet2", []))
    assert book.ignored == []


def test_a_title_row_and_blank_rows_above_the_headers_are_skipped(tmp_path: Path) -> None:
    rows = [["星河大厦 房间台账"], [], ["制表：物业部", None, None, "2023-05-01"], corpus.UNITS_H, UNIT_ROW]
    book = _read(tmp_path, ("房间", rows), merges={"房间": ["A1:E1"]})
    sheet = book.sheets["units"]
    assert sheet.header_row == 4
    assert sheet.rows == [(5, tuple(UNIT_ROW))]  # the number Excel shows at the left


def test_a_header_row_below_the_search_is_not_found(tmp_path: Path) -> None:
    rows = [["说明"]] * HEADER_SEARCH_ROWS + [corpus.UNITS_H, UNIT_ROW]
    book = _read(tmp_path, ("房间", rows))
    assert "units" not in book.sheets
    (problem,) = book.problems.found
    assert (problem.sheet, problem.row) == ("房间", None)
    assert problem.message().startswith("No header row found in the first 15 rows")


@pytest.mark.parametrize(
    "headers",
    [
        ["楼栋", "楼层", "房间号", "面积", "用途"],
        ["楼栋", "楼层", "单元", "建筑面积", "房屋用途"],
        ["大厦", "所在楼层", "单元号", "面积（㎡）", "使用性质"],
        ["Building", "Floor", "Unit", "Area", "Use"],
        [" 楼 栋 ", "楼层\n", "房号", "面积(m2)", "用途"],  # spaces and a line break inside the header
        ["ＢＵＩＬＤＩＮＧ", "ｆｌｏｏｒ", "ＵＮＩＴ", "AREA", "use"],  # full width, any case
    ],
)
def test_header_variants(tmp_path: Path, headers: list[str]) -> None:
    book = _read(tmp_path, ("房间", [headers, UNIT_ROW]))
    assert _letters(book, "units") == {"building": "A", "floor": "B", "unit": "C", "area": "D", "use": "E"}
    assert book.sheets["units"].columns["unit"].header == headers[2].strip()
    assert not book.problems


def test_columns_in_another_order_and_extra_columns_reported(tmp_path: Path) -> None:
    headers = ["序号", "房号", "楼层", "朝向", "楼栋", "面积", "用途", "备注"]
    book = _read(tmp_path, ("房间", [headers, [1, "0801", "8F", "南", "星河大厦", 120.5, "办公", "无"]]))
    assert _letters(book, "units") == {"unit": "B", "floor": "C", "building": "E", "area": "F", "use": "G"}
    assert book.ignored == [Ignored("房间", "A", "序号"), Ignored("房间", "D", "朝向"), Ignored("房间", "H", "备注")]
    assert not book.problems


def test_a_missing_required_column_is_one_problem_for_the_sheet(tmp_path: Path) -> None:
    book = _read(tmp_path, ("房间", [["楼栋", "房号", "面积"], ["星河大厦", "0801", 120]]))
    (problem,) = book.problems.found
    assert (problem.sheet, problem.row, problem.column) == ("房间", 1, "")
    assert problem.message() == "The column 楼层 is missing: add a column headed 楼层 (or Floor) to this sheet."


def test_merged_data_cells_hold_their_value_in_every_cell(tmp_path: Path) -> None:
    rows = [
        corpus.UNITS_H,
        ["星河大厦", "8F", "0801", 120, "办公"],
        [None, None, "0802", 80, None],
        [None, "9F", "0901", 90, None],
    ]
    # The building merged down its three units, the floor down two, the use down all three.
    book = _read(tmp_path, ("房间", rows), merges={"房间": ["A2:A4", "B2:B3", "E2:E4"]})
    assert book.sheets["units"].rows == [
        (2, ("星河大厦", "8F", "0801", 120, "办公")),
        (3, ("星河大厦", "8F", "0802", 80, "办公")),
        (4, ("星河大厦", "9F", "0901", 90, "办公")),
    ]


def test_blank_rows_are_left_out_and_the_others_keep_their_numbers(tmp_path: Path) -> None:
    rows = [corpus.UNITS_H, UNIT_ROW, [], [None, "  ", None], ["星河大厦", "8F", "0802", 80, "办公"]]
    book = _read(tmp_path, ("房间", rows))
    assert [n for n, _ in book.sheets["units"].rows] == [2, 5]


def test_a_sheet_whose_dimension_element_lies_is_still_read_whole(tmp_path: Path) -> None:
    """Some writers put <dimension ref="A1"/> in every sheet; openpyxl's read-only mode would trust it and read one
    cell. The rows themselves are what counts."""
    path = corpus.write_book(
        tmp_path / "b.xlsx",
        [("房间", [corpus.UNITS_H, *([f"楼{n}", "8F", f"08{n:02d}", 50, "办公"] for n in range(30))])],
    )
    lying = tmp_path / "lying.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(lying, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data, count = re.subn(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1"/>', data)
                assert count == 1
            target.writestr(item, data)
    book = read_book(lying)
    sheet = book.sheets["units"]
    assert len(sheet.rows) == 30
    assert sheet.rows[-1] == (31, ("楼29", "8F", "0829", 50, "办公"))


def test_a_sheet_of_the_template_twice_takes_the_first(tmp_path: Path) -> None:
    book = _read(tmp_path, corpus.units(UNIT_ROW), ("Units", [corpus.UNITS_H, ["别的大厦", "1F", "0101", 1, "办公"]]))
    assert book.sheets["units"].title == "房间"
    assert book.ignored == [Ignored("Units", "", "")]


def test_formulas_without_cached_values_read_as_blank(tmp_path: Path) -> None:
    """openpyxl writes no cached value: the import reads what Excel last calculated, here nothing (the corpus's
    LibreOffice case shows a calculated one read)."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "房间"
    sheet.append(corpus.UNITS_H)
    sheet.append(["星河大厦", "8F", "0801", "=100+20", "办公"])
    workbook.save(tmp_path / "f.xlsx")
    book = read_book(tmp_path / "f.xlsx")
    assert book.sheets["units"].rows == [(2, ("星河大厦", "8F", "0801", None, "办公"))]


def test_the_programs_own_sheets_are_passed_over_without_a_note(tmp_path: Path) -> None:
    book = _read(
        tmp_path,
        ("说明", [["导入模板说明"], ["How to fill in this import template"]]),
        ("错误清单", [["Sheet", "Row", "Column", "Header", "Value"], ["房间", 3, "B", "楼层", "夹层"]]),
        corpus.units(UNIT_ROW),
    )
    assert set(book.sheets) == {"units"}
    assert book.ignored == []
