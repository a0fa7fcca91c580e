"""Checks on input values that name the field they are about."""

from __future__ import annotations

import datetime as dt
import re

from app.errors import ValidationError
from app.text import QT_TRANSLATE_NOOP

# Years the program deals in: no dossier holds paper from before 1900, and a date past 2200 is a typing mistake.
FIRST_YEAR = 1900
LAST_YEAR = 2200


def required_text(value: str, field: str, max_length: int) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("app", "{field} must not be empty."), field=field)
    return limited_text(text, field, max_length)


def limited_text(value: str, field: str, max_length: int) -> str:
    text = (value or "").strip()
    if len(text) > max_length:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} is too long ({length} characters, at most {limit})."),
            field=field,
            length=len(text),
            limit=max_length,
        )
    return text


def whole_number(value: int, field: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be a whole number from {low} to {high}, not “{value}”."),
            field=field,
            low=low,
            high=high,
            value=value,
        )
    return value


def a_date(value: dt.date | None, field: str) -> dt.date:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ValidationError(QT_TRANSLATE_NOOP("app", "{field} must be a date."), field=field)
    return value


def parse_date(text: str, field: str) -> dt.date:
    """Read YYYY-MM-DD, the form the command line and imports use."""
    try:
        return dt.date.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be a date written as YYYY-MM-DD, not “{value}”."),
            field=field,
            value=text,
        ) from None


def within_years(day: dt.date, field: str) -> dt.date:
    """A date between 1 January of FIRST_YEAR and 31 December of LAST_YEAR."""
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be a date from {first} to {last}, not {value}."),
            field=field,
            first=dt.date(FIRST_YEAR, 1, 1),
            last=dt.date(LAST_YEAR, 12, 31),
            value=day,
        )
    return day


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def email_address(value: str, field: str) -> str:
    """An optional e-mail address: empty, or something that looks like name@host.domain."""
    text = limited_text(value, field, 200)
    if text and not _EMAIL.match(text):
        raise ValidationError(QT_TRANSLATE_NOOP("app", "“{email}” is not an e-mail address."), field=field, email=text)
    return text
