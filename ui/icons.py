"""The one place that says which picture each action uses.

Icons come from qtawesome's Material Design Icons 6 font ("mdi6.*"): a well-kept vector set,
so they are sharp at any screen scale and need no image files of our own. Widgets ask for
an icon by our name for the action (``icon("find")``), never by the font's name, so a
different set means editing this table only.
"""

from __future__ import annotations

from functools import cache

import qtawesome
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette

# Our name for the action or thing → the icon font's name for its picture.
NAMES: dict[str, str] = {
    # file
    "open": "mdi6.folder-open-outline",
    "recent": "mdi6.history",
    "settings": "mdi6.cog-outline",
    "quit": "mdi6.exit-to-app",
    "switch-user": "mdi6.account-switch-outline",
    "password": "mdi6.key-outline",
    "users": "mdi6.account-multiple-outline",
    # view
    "floors": "mdi6.office-building-outline",
    "next-floor": "mdi6.chevron-right",
    "previous-floor": "mdi6.chevron-left",
    "dossier": "mdi6.folder-account-outline",
    "open-window": "mdi6.open-in-new",
    "close-dossier": "mdi6.close",
    # tools
    "move-in": "mdi6.home-import-outline",
    "move-out": "mdi6.home-export-outline",
    "notice": "mdi6.calendar-clock-outline",
    "labels": "mdi6.label-outline",
    "label-check": "mdi6.label-variant-outline",
    "missing": "mdi6.file-question-outline",
    "checklist": "mdi6.format-list-checks",
    # archive
    "archive": "mdi6.archive-outline",
    "archive-browser": "mdi6.archive-search-outline",
    "bind": "mdi6.book-lock-outline",
    "print": "mdi6.printer-outline",
    "warning": "mdi6.alert-outline",
    # backup
    "backup": "mdi6.database-export-outline",
    "restore": "mdi6.database-import-outline",
    "backup-settings": "mdi6.database-cog-outline",
    # help
    "about": "mdi6.information-outline",
    # quick find and why a dossier matched
    "find": "mdi6.magnify",
    "match-dossier-number": "mdi6.barcode",
    "match-unit": "mdi6.door",
    "match-customer": "mdi6.domain",
    "match-former-name": "mdi6.history",
    "match-contact": "mdi6.account-outline",
    "match-phone": "mdi6.phone-outline",
    "match-document": "mdi6.file-document-outline",
    # unit card badges
    "badge-unfiled": "mdi6.file-alert-outline",
    "badge-missing": "mdi6.file-question-outline",
    # issue 11: loans
    "badge-lent": "mdi6.book-arrow-right-outline",
    "loans": "mdi6.book-arrow-right-outline",
    "approvals": "mdi6.check-decagram-outline",
}


def _text_colour() -> QColor:
    """Icons in the palette's text colour, so they stay visible with a dark Windows theme."""
    return QGuiApplication.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


@cache
def _icon(font_name: str, colour: str) -> QIcon:
    return qtawesome.icon(font_name, color=QColor(colour))


def icon(name: str, colour: QColor | None = None) -> QIcon:
    """The icon for one of our ``NAMES``; a KeyError for an unknown name shows a typo at once."""
    return _icon(NAMES[name], (colour or _text_colour()).name())
