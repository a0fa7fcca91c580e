"""保管期限: the retention periods a bound dossier is kept for (DA/T 22), as stored, shown and printed."""

from __future__ import annotations

from app.text import QT_TRANSLATE_NOOP

# 保管期限 (DA/T 22): the code stored, the English name shown (context "retention"), the printed words.
RETENTION_NAMES = {
    "permanent": QT_TRANSLATE_NOOP("retention", "Permanent"),
    "30y": QT_TRANSLATE_NOOP("retention", "30 years"),
    "10y": QT_TRANSLATE_NOOP("retention", "10 years"),
}


RETENTION_PRINTED = {"permanent": "永久", "30y": "30年", "10y": "10年"}


DEFAULT_RETENTION = "30y"


def printed_retention(code: str | None) -> str:
    """保管期限 as printed (永久, 30年, 10年); an unknown code as it is."""
    return RETENTION_PRINTED.get(code or "", code or "")
