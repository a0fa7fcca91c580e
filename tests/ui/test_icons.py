"""Icons drawn from the icon font: every name has its glyph, and a glyph is drawn in the palette's colours."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPalette
from pytestqt.qtbot import QtBot

from ui.icons import NAMES, icon

pytestmark = pytest.mark.qt


def _inked(image: QImage, alpha: int = 200) -> list[QColor]:
    """The colours of the pixels the glyph covers (nearly opaque ones: the anti-aliased edge left out)."""
    pixels = (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height()))
    return [p for p in pixels if p.alpha() >= alpha]


@pytest.mark.parametrize("name", sorted(NAMES))
def test_every_name_draws_a_glyph(name: str, qtbot: QtBot) -> None:
    drawn = icon(name).pixmap(32, 32).toImage()
    assert 10 < len(_inked(drawn)) < 32 * 32  # something drawn, not a filled square (a missing glyph's box)


def test_an_icon_is_drawn_in_its_colour_and_greyed_when_disabled(qtbot: QtBot) -> None:
    red = icon("find", QColor("#c62828"))
    normal = _inked(red.pixmap(32, 32).toImage(), alpha=255)  # whole pixels: no rounding of a blended edge
    assert {c.name() for c in normal} == {"#c62828"}
    disabled = _inked(red.pixmap(32, 32, QIcon.Mode.Disabled).toImage(), alpha=255)
    grey = QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).name()
    assert disabled and {c.name() for c in disabled} == {grey}


def test_two_names_draw_two_glyphs(qtbot: QtBot) -> None:
    assert icon("find").pixmap(24, 24).toImage() != icon("recent").pixmap(24, 24).toImage()
