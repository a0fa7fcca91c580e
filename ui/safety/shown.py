"""How the backup screens write moments and sizes, in the interface language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale

from ui.translations import format_date


def when(moment: dt.datetime) -> str:
    """A moment as the interface writes dates, with the time of day."""
    return f"{format_date(moment.date())} {moment:%H:%M}"


def size(count: int) -> str:
    """Bytes as a person reads them (KB, MB, GB: powers of 1024, as Windows Explorer shows them)."""
    return QLocale().formattedDataSize(count, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
