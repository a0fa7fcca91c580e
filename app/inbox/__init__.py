"""The scan inbox (issue 21): cover sheets with a QR code, and the copier's scans filed by them into dossiers."""

from app.inbox.codes import COVER_PREFIX, CoverCode, cover_payload, parse_cover

__all__ = ["COVER_PREFIX", "CoverCode", "cover_payload", "parse_cover"]
