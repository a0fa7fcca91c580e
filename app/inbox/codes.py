"""What a cover sheet's QR code says: the one format the printer writes and the inbox reads.

``DDC1|<dossier number>|<category code>|<date>|<title>`` — ``DDC1`` tells a cover sheet from any other code on a
page (a dossier label's QR code holds the bare dossier number); the dossier number is empty on a blank cover (a stack
of mixed papers of one category, the dossier chosen at the desk); the date (``YYYY-MM-DD``) and the title are empty
unless they were typed when the cover was printed. The title is percent-encoded (UTF-8), so ``|`` and any Chinese
text survive; the other parts never hold ``|``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import quote, unquote

COVER_PREFIX = "DDC1"
_SEPARATOR = "|"


@dataclass(frozen=True)
class CoverCode:
    """A cover sheet's code: the dossier (None: a blank cover), the category, and the date and title if printed."""

    dossier_number: str | None
    category: str
    day: dt.date | None = None
    title: str = ""


def cover_payload(code: CoverCode) -> str:
    """The text of the QR code for ``code``."""
    number = code.dossier_number or ""
    if _SEPARATOR in number or _SEPARATOR in code.category or not code.category:
        raise ValueError(f"a cover code cannot hold {code!r}")
    day = code.day.isoformat() if code.day else ""
    return _SEPARATOR.join((COVER_PREFIX, number, code.category, day, quote(code.title, safe="")))


def parse_cover(text: str) -> CoverCode | None:
    """The cover code a QR code's ``text`` holds, or None when it is not a cover sheet's (or is damaged)."""
    parts = text.strip().split(_SEPARATOR)
    if len(parts) != 5 or parts[0] != COVER_PREFIX or not parts[2]:
        return None
    _prefix, number, category, day_text, title = parts
    try:
        day = dt.date.fromisoformat(day_text) if day_text else None
        shown_title = unquote(title, errors="strict")
    except ValueError:
        return None
    return CoverCode(number or None, category, day, shown_title)
