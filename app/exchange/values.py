"""Cell values as offices type them, read forgivingly: dates in five forms, full-width digits, floors as 8F or 8楼.

Each reader takes what openpyxl gives for a cell (text, a number, a datetime) and returns the value the record keeps,
or raises ``Unreadable`` with what is wrong and how to write it instead (an English source string, context "app").
A blank cell is ``None`` for every reader: whether it may be blank is the sheet's business, not the value's.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Any

from openpyxl.utils.datetime import from_excel

from app.exchange.sheets import KIND_WORDS, ORIGINAL_WORDS, folded
from app.text import QT_TRANSLATE_NOOP


class Unreadable(Exception):
    """A cell whose value cannot be read as its column's kind."""

    def __init__(self, template: str, **params: object) -> None:
        super().__init__(template)
        self.template = template
        self.params = params


# Excel serial numbers of 1900-01-01 … 2199-12-31: a bare number in a date column in this range is a date whose
# cell lost its date format.
_SERIAL_RANGE = (1, 109_574)
_MASK = re.compile(r"[*＊•●]{2,}")
_NUMBER_JUNK = re.compile(r"[,\s¥￥元$]|rmb|cny", re.IGNORECASE)
_DATE_FORMS = (
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)
_PERIOD_FORMS = (
    re.compile(r"^(\d{4})[-/.](\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月?$"),
    re.compile(r"^(\d{4})(\d{2})$"),
)
_FLOOR_FORMS = (
    (re.compile(r"^(?:b|地下|负)(\d{1,3})(?:f|楼|层)?$"), -1),
    (re.compile(r"^-(\d{1,3})(?:f|楼|层)?$"), -1),
    (re.compile(r"^(?:f|第)?(\d{1,3})(?:f|楼|层)?$"), 1),
)


def nfkc(value: str) -> str:
    return unicodedata.normalize("NFKC", value).strip()


def text(value: Any) -> str | None:
    """Trimmed text; a whole number typed into a text cell reads as its digits (12, never 12.0)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date() if value.time() == dt.time() else value
    shown = value.isoformat() if isinstance(value, dt.date) else str(value)
    # Every kind of space but a line break is one space: a name pasted from a web page brings no-break spaces.
    shown = re.sub(r"[^\S\n]+", " ", shown.replace("\r\n", "\n")).strip()
    return shown or None


def refuse_masked(value: str) -> None:
    """A number copied from a masked screen or printout (138****5678) would put stars on file."""
    if _MASK.search(value):
        raise Unreadable(
            QT_TRANSLATE_NOOP("app", "This value is masked: type the whole number, not the one shown with stars.")
        )


# What Excel (and WPS, LibreOffice) store as the cached value of a formula that failed; openpyxl reads it as text.
FORMULA_ERRORS = frozenset(
    {"#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"}
)


def refuse_formula_error(value: Any) -> None:
    """A formula whose lookup failed (#N/A) would otherwise be stored as a customer's name or told "not a date"."""
    if isinstance(value, str) and value.strip().upper() in FORMULA_ERRORS:
        raise Unreadable(
            QT_TRANSLATE_NOOP(
                "app", "This cell shows a formula's error ({error}): correct the formula, or type the value itself."
            ),
            error=value.strip(),
        )


def refuse_long_number(value: Any) -> None:
    """A credit code, an ID number or a long phone number typed into a number cell: Excel keeps 15 digits and makes
    the rest zeros (110105198001011234 becomes 110105198001011000), so what the cell holds is not the number."""
    if isinstance(value, int | float) and not isinstance(value, bool) and abs(value) >= 10**15:
        raise Unreadable(
            QT_TRANSLATE_NOOP(
                "app",
                "Excel kept only the first 15 digits of this number: format the column as text, type the whole number "
                "again, then import.",
            )
        )


def unit_number(value: Any) -> str | None:
    """A unit number as text: "0801" stays "0801"; a cell Excel turned into the number 801 reads "801"."""
    shown = text(value)
    if shown is None:
        return None
    number = nfkc(shown)
    if not number:
        return None
    return number


def floor_level(value: Any) -> int | None:
    """8F, 8, 8楼, 8层, F8, B1, -1, 地下1层 → the floor's level (B1 = -1)."""
    shown = text(value)
    if shown is None:
        return None
    word = folded(shown)
    for pattern, sign in _FLOOR_FORMS:
        found = pattern.match(word)
        if found:
            level = sign * int(found.group(1))
            if level == 0:
                break
            return level
    raise Unreadable(QT_TRANSLATE_NOOP("app", "This floor is not understood: write it as 8F, 8, 8楼 or B1."))


def _real_date(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise Unreadable(
            QT_TRANSLATE_NOOP("app", "There is no such day in the calendar: check the month and the day.")
        ) from None


def date(value: Any) -> dt.date | None:
    """A real Excel date, or text as 2023-05-01, 2023/5/1, 2023.5.1, 2023年5月1日 or 20230501."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if float(value).is_integer() and 19_000_101 <= value <= 21_991_231:
            digits = str(int(value))
            return _real_date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
        if _SERIAL_RANGE[0] <= value <= _SERIAL_RANGE[1]:
            converted = from_excel(value)
            if isinstance(converted, dt.datetime):
                return converted.date()
    shown = text(value)
    if shown is None:
        return None
    word = nfkc(shown).replace(" ", "")
    if re.match(r"^\d{4}-\d{2}-\d{2}[t ]?\d{2}:\d{2}", word, re.IGNORECASE):
        word = word[:10]
    for pattern in _DATE_FORMS:
        found = pattern.match(word)
        if found:
            return _real_date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    raise Unreadable(
        QT_TRANSLATE_NOOP(
            "app", "This is not a date: write it as 2023-05-01, 2023/5/1, 2023.5.1, 2023年5月1日 or 20230501."
        )
    )


def period(value: Any) -> str | None:
    """A month as YYYY-MM: 2023-05, 2023/5, 2023年5月, 202305, or any date in the month."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return f"{value:%Y-%m}"
    if isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer():
        value = str(int(value))
    shown = text(value)
    if shown is None:
        return None
    word = nfkc(shown).replace(" ", "")
    for pattern in _PERIOD_FORMS:
        found = pattern.match(word)
        if found:
            year, month = int(found.group(1)), int(found.group(2))
            if 1 <= month <= 12 and 1900 <= year <= 2199:
                return f"{year:04d}-{month:02d}"
            break
    try:
        day = date(value)
    except Unreadable:
        day = None
    if day is not None:
        return f"{day:%Y-%m}"
    raise Unreadable(QT_TRANSLATE_NOOP("app", "This is not a month: write it as 2023-05, 2023/5 or 2023年5月."))


def decimal(value: Any) -> Decimal | None:
    """A number: full-width digits, thousands separators, ¥ and 元 allowed."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise Unreadable(QT_TRANSLATE_NOOP("app", "This is not a number."))
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, Decimal):
        return value
    shown = text(value)
    if shown is None:
        return None
    word = _NUMBER_JUNK.sub("", nfkc(shown))
    if word in ("", "-"):
        return None
    try:
        number = Decimal(word)
    except InvalidOperation:
        raise Unreadable(QT_TRANSLATE_NOOP("app", "This is not a number.")) from None
    if not number.is_finite():
        raise Unreadable(QT_TRANSLATE_NOOP("app", "This is not a number."))
    return number


def money_fen(value: Any) -> int | None:
    """Yuan to whole fen; more than two decimals is a typing mistake, not a rounding to make silently."""
    number = decimal(value)
    if number is None:
        return None
    fen = number * 100
    if fen != fen.to_integral_value():
        if isinstance(value, float) and abs(fen - fen.to_integral_value()) < Decimal("0.000001"):
            fen = fen.to_integral_value()  # a float's binary noise, 12.3 stored as 12.299999…
        else:
            raise Unreadable(QT_TRANSLATE_NOOP("app", "An amount has at most two decimals (fen)."))
    if abs(fen) >= 10**13:
        raise Unreadable(QT_TRANSLATE_NOOP("app", "This amount is too large."))
    return int(fen)


def whole(value: Any) -> int | None:
    number = decimal(value)
    if number is None:
        return None
    if number != number.to_integral_value():
        raise Unreadable(QT_TRANSLATE_NOOP("app", "This must be a whole number."))
    if not 0 <= number < 1_000_000:
        raise Unreadable(QT_TRANSLATE_NOOP("app", "This must be a whole number from 0 to 999999."))
    return int(number)


def original(value: Any) -> bool | None:
    shown = text(value)
    if shown is None:
        return None
    word = folded(shown)
    if word in ORIGINAL_WORDS:
        return ORIGINAL_WORDS[word]
    raise Unreadable(QT_TRANSLATE_NOOP("app", "Write 原件 (original) or 工作件 (working copy)."))


def customer_kind(value: Any) -> str | None:
    shown = text(value)
    if shown is None:
        return None
    word = folded(shown)
    if word in KIND_WORDS:
        return KIND_WORDS[word]
    raise Unreadable(QT_TRANSLATE_NOOP("app", "Write 单位 (a company) or 个人 (a person)."))
