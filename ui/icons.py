"""The one place that says which picture each action uses.

Icons come from the Material Design Icons 6 font ("mdi6.*") that the qtawesome package ships: a well-kept vector
set, so they are sharp at any screen scale and need no image files of our own. Widgets ask for an icon by our name
for the action (``icon("find")``), never by the font's name, so a different set means editing this table only.

The glyphs are drawn here, with the font file and its character map read from qtawesome's folder, rather than
through ``qtawesome.icon``: importing qtawesome (and qtpy under it) and loading its eight fonts cost ~150 ms of every
start, for the one font we use. The drawing is qtawesome's: the glyph centred at 7/8 of the icon's height, in the
palette's text colour (its disabled colour for a disabled icon).
"""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)

FONT_FILE = "materialdesignicons6-webfont-6.9.96.ttf"
CHARMAP_FILE = "materialdesignicons6-webfont-charmap-6.9.96.json"
PREFIX = "mdi6."
GLYPH_SCALE = 0.875  # a 16-pixel icon draws a 14-pixel glyph: room for the font's bearings, as qtawesome does

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
    "export-list": "mdi6.file-excel-outline",
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
    # issue 15: fees (the arrears badge is a word alone: ui/building/floor_view.WORD_ONLY_BADGES)
    "fees": "mdi6.cash-register",
    # issue 16: the dashboard
    "dashboard": "mdi6.view-dashboard-outline",
}


def _text_colour() -> QColor:
    """Icons in the palette's text colour, so they stay visible with a dark Windows theme."""
    return QGuiApplication.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


def _fonts_folder() -> Path:
    # Found without importing the package (that import is the cost this module avoids).
    spec = importlib.util.find_spec("qtawesome")
    assert spec is not None and spec.submodule_search_locations, "qtawesome (the icon font) is not installed"
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


@cache
def _font() -> tuple[str, dict[str, str]]:
    """The icon font's family, loaded once, and its character map (icon name → the glyph's character)."""
    folder = _fonts_folder()
    font_id = QFontDatabase.addApplicationFont(str(folder / FONT_FILE))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    assert families, f"the icon font {FONT_FILE} could not be loaded"
    codes: dict[str, str] = json.loads((folder / CHARMAP_FILE).read_text(encoding="utf-8"))
    return families[0], {name: chr(int(code, 16)) for name, code in codes.items()}


class _GlyphEngine(QIconEngine):
    """Draws one glyph of the icon font at whatever size is asked (sharp at any screen scale)."""

    def __init__(self, family: str, glyph: str, colour: QColor) -> None:
        super().__init__()
        self.family = family
        self.glyph = glyph
        self.colour = colour

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, _state: QIcon.State) -> None:
        painter.save()
        if mode == QIcon.Mode.Disabled:
            painter.setPen(QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        else:
            painter.setPen(self.colour)
        font = QFont(self.family)
        font.setPixelSize(max(1, round(GLYPH_SCALE * rect.height())))
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.glyph)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _GlyphEngine(self.family, self.glyph, QColor(self.colour))


@cache
def _icon(font_name: str, colour: str) -> QIcon:
    family, glyphs = _font()
    return QIcon(_GlyphEngine(family, glyphs[font_name.removeprefix(PREFIX)], QColor(colour)))


def icon(name: str, colour: QColor | None = None) -> QIcon:
    """The icon for one of our ``NAMES``; a KeyError for an unknown name shows a typo at once."""
    return _icon(NAMES[name], (colour or _text_colour()).name())
