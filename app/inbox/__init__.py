"""The scan inbox (issue 21): cover sheets with a QR code, and the copier's scans filed by them into dossiers."""

from app.inbox.codes import COVER_PREFIX, CoverCode, cover_payload, parse_cover
from app.inbox.covers import DEFAULT_CATEGORIES, MAX_COPIES, CoverSheet, cover_sheets, print_covers

__all__ = [
    "COVER_PREFIX",
    "DEFAULT_CATEGORIES",
    "MAX_COPIES",
    "CoverCode",
    "CoverSheet",
    "cover_payload",
    "cover_sheets",
    "parse_cover",
    "print_covers",
]
