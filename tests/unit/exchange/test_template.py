"""The import template: every sheet with exactly its headers, formats that keep unit numbers as text, the drop-down
lists, the instructions (required columns marked there, never in a header), and nothing left by a failure."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.dossier import CATEGORIES
from app.exchange import SHEETS, ExportFailed, write_template
from app.exchange import template as template_module


@pytest.fixture
def book_path(tmp_path: Path) -> Path:
    return write_template(tmp_path / "模板.xlsx")


def _validations(sheet: object) -> dict[str, list[str]]:
    """Each validated column letter → the list it offers (inline or through a range of another sheet)."""
    found: dict[str, list[str]] = {}
    book = sheet.parent  # type: ignore[attr-defined]
    for validation in sheet.data_validations.dataValidation:  # type: ignore[attr-defined]
        assert validation.type == "list"
        formula = validation.formula1
        if formula.startswith('"'):
            values = formula.strip('"').split(",")
        else:
            where, cells = formula.split("!")
            source = book[where.strip("'")]
            first, last = cells.replace("$", "").split(":")
            values = [c.value for row in source[first:last] for c in row]
        for ranges in str(validation.sqref).split():
            found[ranges.split(":")[0].rstrip("0123456789")] = values
            assert ranges.endswith("1048576")  # every row below the header
    return found


def test_every_import_sheet_is_there_after_the_instructions_with_exactly_its_headers(book_path: Path) -> None:
    book = load_workbook(book_path)
    assert book.sheetnames == ["说明", *(s.name for s in SHEETS)]
    for spec in SHEETS:
        sheet = book[spec.name]
        assert [c.value for c in sheet[1]] == spec.headers
        assert not any("*" in h for h in spec.headers)
        assert sheet.freeze_panes == "A2"
        assert sheet["A1"].font.bold


def test_unit_numbers_are_text_dates_and_money_formatted(book_path: Path) -> None:
    book = load_workbook(book_path)
    units = book["房间"]
    assert units.column_dimensions["C"].number_format == "@"  # 房号: 0801 stays 0801
    assert units.column_dimensions["B"].number_format == "@"  # 楼层: 8F, B1
    tenancies = book["租户"]
    assert tenancies.column_dimensions["D"].number_format == "yyyy-mm-dd"
    fees = book["费用"]
    assert fees.column_dimensions["F"].number_format == "#,##0.00"
    assert fees.column_dimensions["E"].number_format == "@"  # 所属期间 2023-05 never becomes a date


def test_the_drop_down_lists_offer_the_categories_originals_and_kinds(book_path: Path) -> None:
    book = load_workbook(book_path)
    documents = _validations(book["档案文件"])
    assert documents["D"] == [c.chinese for c in CATEGORIES]  # 类别
    assert documents["J"] == ["原件", "工作件"]  # 原件/工作件
    assert _validations(book["客户"]) == {"H": ["单位", "个人"]}  # 客户类型


def test_a_list_longer_than_excel_takes_inline_goes_through_a_hidden_sheet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    many = [f"类别名称第{n:03d}号" for n in range(40)]  # far over 255 characters
    monkeypatch.setattr(template_module, "category_names", lambda: many)
    book = load_workbook(write_template(tmp_path / "t.xlsx"))
    lists = book[template_module.LISTS]
    assert lists.sheet_state == "hidden"
    validation = next(v for v in book["档案文件"].data_validations.dataValidation if "D2" in str(v.sqref))
    assert not validation.formula1.startswith('"')
    assert _validations(book["档案文件"])["D"] == many


def test_the_instructions_mark_required_columns_and_say_what_the_import_accepts(book_path: Path) -> None:
    sheet = load_workbook(book_path)["说明"]
    text = "\n".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None)
    for form in ("2023-05-01", "2023/5/1", "2023.5.1", "2023年5月1日", "20230501", "8F", "8楼", "B1", "0801"):
        assert form in text
    assert "全部导入或全部不导入" in text and "All or nothing" in text
    for spec in SHEETS:
        assert spec.purpose in text  # the English under the Chinese
        for column in spec.columns:
            assert column.english in text
    marked = {
        row[1].value for row in sheet.iter_rows() if row[0].value == "*" and row[0].font.color.rgb.endswith("C00000")
    }
    required = {c.header for s in SHEETS for c in s.columns if c.required}
    assert marked == required


def test_a_missing_folder_is_refused_and_nothing_is_left(tmp_path: Path) -> None:
    with pytest.raises(ExportFailed):
        write_template(tmp_path / "missing" / "t.xlsx")
    assert not (tmp_path / "missing").exists()


def test_a_template_that_cannot_be_saved_leaves_the_folder_as_it_was(tmp_path: Path) -> None:
    target = tmp_path / "t.xlsx"
    target.mkdir()  # a folder where the file should go: the move over it fails
    with pytest.raises(ExportFailed):
        write_template(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.xlsx"]
