"""The CJK font every printout embeds (WenQuanYi Micro Hei, shipped in resources/fonts with its licence),
so a PDF prints the same on a PC without Chinese fonts."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from resources import FOLDER as RESOURCES

CJK_FONT = "WenQuanYiMicroHei"


def cjk_font() -> str:
    """Register the shipped WenQuanYi Micro Hei once; reportlab embeds the glyphs it uses (a subset)."""
    if CJK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(CJK_FONT, str(RESOURCES / "fonts" / "wqy-microhei.ttc"), subfontIndex=0))
    return CJK_FONT
