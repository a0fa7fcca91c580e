"""The CJK font every printout embeds (WenQuanYi Micro Hei, shipped in resources/fonts with its licence),
so a PDF prints the same on a PC without Chinese fonts."""

from __future__ import annotations

from importlib import resources

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

CJK_FONT = "WenQuanYiMicroHei"


def cjk_font() -> str:
    """Register the shipped WenQuanYi Micro Hei once; reportlab embeds the glyphs it uses (a subset)."""
    if CJK_FONT not in pdfmetrics.getRegisteredFontNames():
        path = resources.files("resources").joinpath("fonts", "wqy-microhei.ttc")
        with resources.as_file(path) as font_file:
            pdfmetrics.registerFont(TTFont(CJK_FONT, str(font_file), subfontIndex=0))
    return CJK_FONT
