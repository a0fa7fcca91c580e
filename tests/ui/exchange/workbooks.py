"""Workbooks as an office would bring them, written with openpyxl for the import wizard's tests and the tour."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path

from openpyxl import Workbook

from app.exchange import BY_KEY

BUILDING = "星河大厦"
CUSTOMER = "深圳市星河科技有限公司"
GOOD_UNITS = ("0801", "0802")


def write_book(path: Path, sheets: Mapping[str, Sequence[Sequence[object]]]) -> Path:
    """One sheet per key of ``sheets`` (units, customers, …), the template's headers, then the rows given."""
    book = Workbook()
    book.remove(book.active)
    for key, rows in sheets.items():
        spec = BY_KEY[key]
        sheet = book.create_sheet(spec.name)
        sheet.append(spec.headers)
        for row in rows:
            sheet.append(list(row))
    book.save(path)
    return path


def good_book(path: Path, building: str = BUILDING) -> Path:
    """Two units, a customer, its tenancy in the first unit and a document of it: all right."""
    return write_book(
        path,
        {
            "units": [[building, "8F", unit, 120.5, "办公"] for unit in GOOD_UNITS],
            "customers": [[CUSTOMER, "有限责任公司", None, "王明", "李华", "0755-26541234", "info@xinghe.example"]],
            "tenancies": [[CUSTOMER, building, GOOD_UNITS[0], dt.datetime(2023, 5, 1), None]],
            "documents": [
                [
                    building,
                    GOOD_UNITS[0],
                    CUSTOMER,
                    "入住资料",
                    dt.datetime(2023, 5, 1),
                    "租赁合同",
                    "XH-2023-01",
                    CUSTOMER,
                    12,
                    "原件",
                    "A柜3层",
                    None,
                ],
            ],
        },
    )


# The bad workbook's wrong cells: (sheet, Excel row, column letter, header, value).
BAD_CELLS = (
    ("租户", 2, "C", "房号", "9999"),  # a unit neither in the file nor in the record
    ("档案文件", 2, "E", "日期", "2023-02-30"),  # no such day
)


def bad_book(path: Path, building: str = BUILDING) -> Path:
    """The good workbook with a tenancy in a unit that does not exist and a document dated 30 February."""
    return write_book(
        path,
        {
            "units": [[building, "8F", unit, 120.5, "办公"] for unit in GOOD_UNITS],
            "customers": [[CUSTOMER, "有限责任公司", None, "王明", "李华", "0755-26541234", None]],
            "tenancies": [[CUSTOMER, building, "9999", dt.datetime(2023, 5, 1), None]],
            "documents": [
                [
                    building,
                    GOOD_UNITS[0],
                    CUSTOMER,
                    "入住资料",
                    "2023-02-30",
                    "租赁合同",
                    None,
                    None,
                    12,
                    "原件",
                    None,
                    None,
                ],
            ],
        },
    )
