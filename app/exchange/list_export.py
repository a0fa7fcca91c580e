"""A list as shown on screen made into a sheet Excel can sort and sum (导出 Excel beside every Print list).

The window hands over what it shows — the headers, every row's display text, which columns are numbers (drawn
flush right) — and this turns the text back into values per column: a column whose every filled cell is a date (as
the interface language shows dates, or YYYY-MM-DD) becomes real dates (with the time, if every cell has one); a
number column becomes numbers (thousands separators dropped; money, two decimals everywhere, keeps "#,##0.00");
everything else stays text, so a unit number "0801" stays "0801". No Qt here: the window says in which order its
language writes a date (``date_order``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal, InvalidOperation
from typing import Literal

from app.exchange.sheets import Kind
from app.exchange.workbook_writing import SheetRows

DateOrder = Literal["ymd", "mdy", "dmy"]

# What a list shows for "nothing here" in a date or number column; written as an empty cell.
PLACEHOLDERS = frozenset({"—", "–", "-", "－"})
# Excel's sheet names may not hold these, and are at most 31 characters long.
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
SHEET_NAME_LIMIT = 31
# Control characters a workbook cannot hold (openpyxl refuses the whole file for one of them).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SPACES = " \t\u3000\u00a0"  # a tree's children are indented with full-width spaces

# A date as a language's short form writes it: 2023/5/1, 5/1/2023, 1.5.2023, 1 05 2023, 2023-05-01, 2023年5月1日.
_DATE = re.compile(r"(\d{1,4})(?:[/.\-]|\s|年)(\d{1,2})(?:[/.\-]|\s|月)(\d{1,4})日?")
_HALF = r"([AaPp][Mm]|上午|下午)"  # before the time in Chinese, after it in English
_TIME = re.compile(rf"(?:{_HALF}\s*)?(\d{{1,2}}):(\d{{2}})(?::(\d{{2}}))?\s*{_HALF}?")
_NUMBER = re.compile(r"[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?")
_TWO_DECIMALS = re.compile(r".*\.\d{2}")


def sheet_name(title: str) -> str:
    """``title`` as a sheet name Excel accepts: no []:*?/\\, at most 31 characters, never empty."""
    name = _SHEET_NAME_FORBIDDEN.sub("-", title).strip().strip("'")
    return name[:SHEET_NAME_LIMIT].strip() or "Sheet1"


def _date(text: str, order: DateOrder) -> dt.date | None:
    match = _DATE.fullmatch(text)
    if match is None:
        return None
    a, b, c = match.groups()
    if len(a) == 4:  # 2023-05-01 or 2023/5/1: the year first, whatever the language
        year, month, day = a, b, c
    elif len(c) != 4 or order == "ymd" or "-" in text:
        # A two-digit year is no date this app shows; a year last only where the language writes it so, and never
        # with dashes: 1-12-2025 is a dossier number (building, unit, year), not the first of December.
        return None
    elif order == "mdy":
        month, day, year = a, b, c
    else:
        day, month, year = a, b, c
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _moment(text: str, order: DateOrder) -> dt.date | dt.datetime | None:
    """A date, or a date and a time ("2023/5/1 14:05", "5/1/2023 2:05 PM", "2023/5/1 下午2:05")."""
    found = _DATE.match(text)
    day = _date(found[0], order) if found is not None else None
    time_part = text[found.end() :].strip() if found is not None else ""
    if day is None or not time_part:
        return day
    match = _TIME.fullmatch(time_part)
    if match is None:
        return None
    hour, minute, second, half = int(match[2]), int(match[3]), int(match[4] or 0), match[1] or match[5]
    if half is not None:
        afternoon = half.lower() == "pm" or half == "下午"
        hour = hour % 12 + (12 if afternoon else 0)
    try:
        return dt.datetime(day.year, day.month, day.day, hour, minute, second)
    except ValueError:
        return None


def _number(text: str) -> Decimal | None:
    if _NUMBER.fullmatch(text) is None:
        return None
    digits = text.lstrip("+-")
    if len(digits) > 1 and digits[0] == "0" and digits[1].isdigit():
        return None  # "0801" is a code (a unit, a receipt), not eight hundred and one
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def _filled(rows: Sequence[Sequence[str]], column: int) -> Iterator[str]:
    for row in rows:
        text = row[column].strip(_SPACES) if column < len(row) else ""
        if text and text not in PLACEHOLDERS:
            yield text


def column_kind(rows: Sequence[Sequence[str]], column: int, *, numeric: bool, date_order: DateOrder = "ymd") -> Kind:
    """What ``column`` holds: DATE, MONEY, WHOLE, DECIMAL, or TEXT when not every filled cell is one of those."""
    texts = list(_filled(rows, column))
    if not texts:
        return Kind.TEXT
    if all(_moment(t, date_order) is not None for t in texts):
        return Kind.DATE
    if not numeric:
        return Kind.TEXT
    numbers = [_number(t) for t in texts]
    if any(n is None for n in numbers):
        return Kind.TEXT
    if all(_TWO_DECIMALS.fullmatch(t) for t in texts):
        return Kind.MONEY
    if all("." not in t for t in texts):
        return Kind.WHOLE
    return Kind.DECIMAL


def _value(text: str, kind: Kind, date_order: DateOrder) -> object:
    if kind is Kind.TEXT:
        return _ILLEGAL.sub("", text) or None
    shown = text.strip(_SPACES)
    if not shown or shown in PLACEHOLDERS:
        return None
    if kind is Kind.DATE:
        return _moment(shown, date_order)
    number = _number(shown)
    if kind is Kind.WHOLE and number is not None:
        return int(number)
    return number


def typed_sheet(
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    numeric: Sequence[int] = (),
    *,
    date_order: DateOrder = "ymd",
) -> SheetRows:
    """One sheet named after ``title`` holding ``rows`` (display text) as typed values, column by column.

    ``numeric`` are the columns shown flush right (numbers); ``date_order`` how the interface language writes a
    date whose year comes last (en: month first)."""
    right = set(numeric)
    kinds = [column_kind(rows, c, numeric=c in right, date_order=date_order) for c in range(len(headers))]

    def values() -> Iterator[list[object]]:
        for row in rows:
            cells = list(row[: len(kinds)]) + [""] * (len(kinds) - len(row))
            yield [_value(text, kind, date_order) for text, kind in zip(cells, kinds, strict=True)]

    return SheetRows(sheet_name(title), [_ILLEGAL.sub("", h) for h in headers], kinds, values())
