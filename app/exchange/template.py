"""The import template (issue 17): the workbook an office fills in to move in, with its instructions.

An instructions sheet (说明) first — Chinese, with the English underneath — then one sheet per import sheet with
exactly its name and headers (the import finds them by these words; a required column is marked in the
instructions, never in the header itself, which must stay the plain header). Cells are prepared as the import
reads them best: unit numbers as text ("0801" stays "0801"), dates shown yyyy-mm-dd, money with two decimals, and
drop-down lists for the category, 原件/工作件 and 客户类型.

The template is small, so it is written with openpyxl's normal mode (data validations and column styles need no
streaming); like every workbook it appears only when complete (``app.files.written_atomically``-style: a temporary
file beside the target moved over it).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from app.dossier import CATEGORIES
from app.exchange.sheets import KIND_HEADERS, ORIGINAL_HEADERS, SHEETS, Column, Kind, Sheet
from app.exchange.workbook_writing import (
    DATE_FORMAT,
    DECIMAL_FORMAT,
    HEADER_ALIGNMENT,
    HEADER_BORDER,
    HEADER_FILL,
    HEADER_FONT,
    MONEY_FORMAT,
    column_widths,
    written_whole,
)

INSTRUCTIONS = "说明"
# Where a list too long for an inline validation formula is kept (Excel refuses an inline list over 255 characters).
LISTS = "列表"
INLINE_LIMIT = 255
# The drop-down lists cover every row of the sheet below the header.
LAST_ROW = 1_048_576
TEXT_FORMAT = "@"
REQUIRED_MARK = "*"
RED = "C00000"

# What each sheet is for, in Chinese (the English is ``Sheet.purpose``). Written here, not through a translation
# file: the template's Chinese must not depend on the language the program runs in.
PURPOSES_ZH = {
    "units": "每个房间一行：楼栋、所在楼层和房号。",
    "customers": "每个客户一行；有统一社会信用代码的按代码识别客户，没有的按客户名称识别。",
    "tenancies": "每个客户在每个房间一行；退租日期空白表示客户仍在租。同一客户、同一入住日期的几行是一次租用多个房间。",
    "documents": "每份文件一行，归入该客户在该房间的档案。按房号、客户、日期、题名和文号识别一份文件。",
    "fees": "每笔应收一行：某月应收多少、实收多少及收据号。尚未设置的费用项目会被新增（停用），由部门经理设置。",
}

# The general rules, Chinese line then its English.
RULES: tuple[tuple[str, str], ...] = (
    (
        "每张工作表的第一行是列标题，请勿修改列标题；标题上方可以有一行表名。工作表可以缺少，顺序不限。",
        "The first row of each sheet holds the column headers: keep them as they are (a title row above them is "
        "allowed). Sheets may be missing or in any order.",
    ),
    (
        "列标题也可以用英文名称（见下表“English”列）或常见的写法，如 房号/单元/房间号。",
        "The English header names (column “English” below) and common variants such as 房号/单元/房间号 are "
        "accepted too.",
    ),
    (
        "标有红色 * 的列必须填写。",
        "Columns marked with a red * must be filled in.",
    ),
    (
        "日期可写作 2023-05-01、2023/5/1、2023.5.1、2023年5月1日 或 20230501，也可以是 Excel 日期。",
        "Dates may be written 2023-05-01, 2023/5/1, 2023.5.1, 2023年5月1日 or 20230501, or be Excel dates.",
    ),
    (
        "楼层可写作 8F、8、8楼；地下层写作 B1。",
        "Floors may be written 8F, 8 or 8楼; a basement floor B1.",
    ),
    (
        "房号按文本保存：0801 就是 0801，不会变成 801。",
        "Unit numbers are kept as text: 0801 stays 0801, never 801.",
    ),
    (
        "所属期间写作 2023-05（年-月）；金额为元，可带千位分隔符。",
        "A period is written 2023-05 (year-month); amounts are in yuan, thousands separators allowed.",
    ),
    (
        "全部导入或全部不导入：只要有一行有错，什么都不写入，并列出所有错误（工作表、行号、列、值、如何改正）。",
        "All or nothing: if any row is wrong nothing is written, and every error is listed (sheet, row, column, "
        "value, how to fix it).",
    ),
    (
        "同一文件再次导入不会重复添加；已有记录的值不同会报错，不会覆盖。",
        "Importing the same file again adds nothing twice; a row that differs from what is recorded is an error, "
        "never an overwrite.",
    ),
    (
        "遮蔽的号码（如 138****5678）不能导入，请填写完整号码。",
        "Masked numbers (such as 138****5678) are refused: write the full number.",
    ),
)

# Cell formats by what a column holds (number_format of the column's prepared cells).
FORMATS = {
    Kind.UNIT: TEXT_FORMAT,
    Kind.FLOOR: TEXT_FORMAT,  # "8F" and "B1" are text; a typed 8 stays 8, not 8.0
    Kind.PERIOD: TEXT_FORMAT,  # "2023-05" must not become a date
    Kind.TEXT: TEXT_FORMAT,  # a credit code or phone of digits stays as typed
    Kind.DATE: DATE_FORMAT,
    Kind.MONEY: MONEY_FORMAT,
    Kind.DECIMAL: DECIMAL_FORMAT,
    Kind.WHOLE: "0",
}


def category_names() -> list[str]:
    """The document categories as the template lists them: their Chinese names (the import reads those)."""
    return [c.chinese for c in CATEGORIES]


def choices(column: Column) -> list[str] | None:
    """The drop-down list of ``column``, or None for a column typed freely."""
    if column.kind is Kind.CATEGORY:
        return category_names()
    if column.kind is Kind.ORIGINAL:
        return [ORIGINAL_HEADERS[True], ORIGINAL_HEADERS[False]]
    if column.kind is Kind.KIND:
        return [KIND_HEADERS["company"], KIND_HEADERS["person"]]
    return None


def inline_list(values: Sequence[str]) -> str:
    """A list validation's inline formula: ``"a,b,c"`` (Excel takes at most 255 characters between the quotes)."""
    return '"' + ",".join(values) + '"'


def write_template(target: Path) -> Path:
    """Write the import template to ``target`` (.xlsx), complete or not at all; returns ``target``.

    ``ExportFailed`` when the folder is missing or the file cannot be written (nothing is left behind).
    """
    book = build_template()
    return written_whole(Path(target), book.save)


def build_template(sheets: Sequence[Sheet] = SHEETS) -> Workbook:
    """The template as an openpyxl workbook (not saved)."""
    book = Workbook()
    instructions = book.active
    assert instructions is not None
    instructions.title = INSTRUCTIONS
    _write_instructions(instructions, sheets)
    lists: Worksheet | None = None
    for spec in sheets:
        sheet = book.create_sheet(spec.name)
        _write_header(sheet, spec.headers)
        for c, column in enumerate(spec.columns, start=1):
            letter = get_column_letter(c)
            number_format = FORMATS.get(column.kind)
            if number_format:
                # The column's own style: what Excel and LibreOffice give a cell typed there, so "0801" stays text.
                sheet.column_dimensions[letter].number_format = number_format
            values = choices(column)
            if values is None:
                continue
            formula = inline_list(values)
            if len(formula) - 2 > INLINE_LIMIT:
                if lists is None:
                    lists = book.create_sheet(LISTS)
                    lists.sheet_state = "hidden"
                formula = _listed(lists, column.header, values)
            validation = DataValidation(type="list", formula1=formula, allow_blank=not column.required)
            validation.error = "请从列表中选择。Choose a value from the list."
            validation.errorTitle = column.header
            validation.showErrorMessage = True
            validation.add(f"{letter}2:{letter}{LAST_ROW}")
            sheet.add_data_validation(validation)
    return book


def _listed(lists: Worksheet, header: str, values: Sequence[str]) -> str:
    """Put ``values`` in a new column of the hidden lists sheet; the absolute range a validation refers to."""
    c = (lists.max_column + 1) if lists.max_row > 1 or lists.cell(1, 1).value is not None else 1
    lists.cell(1, c, header)
    for r, value in enumerate(values, start=2):
        lists.cell(r, c, value)
    letter = get_column_letter(c)
    return f"{quote_sheetname(lists.title)}!${letter}$2:${letter}${len(values) + 1}"


def _write_header(sheet: Worksheet, headers: Sequence[str]) -> None:
    for c, (text, width) in enumerate(zip(headers, column_widths(headers, []), strict=True), start=1):
        cell = sheet.cell(1, c, text)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.border = HEADER_BORDER
        cell.alignment = HEADER_ALIGNMENT
        sheet.column_dimensions[get_column_letter(c)].width = max(width, 12)
    sheet.freeze_panes = "A2"


def _write_instructions(sheet: Worksheet, sheets: Sequence[Sheet]) -> None:
    bold = Font(bold=True)
    title = Font(bold=True, size=14)
    english = Font(color="595959", italic=True)
    red = Font(bold=True, color=RED)
    sheet.column_dimensions["A"].width = 6
    sheet.column_dimensions["B"].width = 22
    sheet.column_dimensions["C"].width = 24
    sheet.column_dimensions["D"].width = 60
    sheet.column_dimensions["E"].width = 50
    # Printed, the instructions fit the page's width (the long lines run on over the empty columns to the right).
    sheet.page_setup.orientation = "landscape"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    row = 1
    sheet.cell(row, 1, "导入模板说明").font = title
    row += 1
    sheet.cell(row, 1, "How to fill in this import template").font = english
    row += 2
    for chinese, english_text in RULES:
        sheet.cell(row, 1, "•")
        sheet.cell(row, 2, chinese).alignment = Alignment(vertical="top")
        row += 1
        sheet.cell(row, 2, english_text).font = english
        row += 1
    for spec in sheets:
        row += 1
        sheet.cell(row, 1, f"{spec.name}（{spec.english}）").font = Font(bold=True, size=12)
        row += 1
        sheet.cell(row, 2, PURPOSES_ZH.get(spec.key, ""))
        row += 1
        sheet.cell(row, 2, spec.purpose).font = english
        row += 1
        titles = ("必填", "列标题 Header", "English", "填写说明 What to write", "也可用的列标题 Also accepted")
        for c, text in enumerate(titles, start=1):
            sheet.cell(row, c, text).font = bold
        row += 1
        for column in spec.columns:
            if column.required:
                sheet.cell(row, 1, REQUIRED_MARK).font = red
            sheet.cell(row, 2, column.header)
            sheet.cell(row, 3, column.english)
            sheet.cell(row, 4, _hint(column))
            if column.aliases:
                sheet.cell(row, 5, "、".join(column.aliases))
            row += 1


def _hint(column: Column) -> str:
    """What to write in ``column``, Chinese then English, on one line (a cell's second line would not show)."""
    hints = {
        Kind.UNIT: "文本，如 0801 / text, e.g. 0801",
        Kind.FLOOR: "如 8F、8、8楼、B1 / e.g. 8F, 8, 8楼, B1",
        Kind.DATE: "日期，如 2023-05-01 / a date, e.g. 2023-05-01",
        Kind.PERIOD: "年-月，如 2023-05 / year-month, e.g. 2023-05",
        Kind.DECIMAL: "数字，如 125.50 / a number, e.g. 125.50",
        Kind.MONEY: "金额（元），如 1,234.50 / yuan, e.g. 1,234.50",
        Kind.WHOLE: "整数 / a whole number",
        Kind.ORIGINAL: "原件 或 工作件 / 原件 (original) or 工作件 (working copy)",
        Kind.CATEGORY: "从下拉列表中选择类别 / a category from the drop-down list",
        Kind.KIND: "单位 或 个人（空白 = 单位）/ company or person",
    }
    text = hints.get(column.kind, f"文本，最多 {column.limit} 字 / text, at most {column.limit} characters")
    return text
