"""The printing room: the page machinery every A4 printout is built with (the CJK font, numbered pages, ruled tables,
Chinese line breaking), and printing any list as shown. Writing a PDF atomically is the shared core's
(``app.files.written_atomically``, named here too for the rooms that print).

Other rooms and the window use what is named here; the modules inside are this room's own.
"""

from __future__ import annotations

from app.files import written_atomically
from app.printing.fonts import cjk_font
from app.printing.line_breaking import UNIT, Wrapped, good_breaks, wrap
from app.printing.lists import print_list
from app.printing.pages import (
    BODY_H,
    BODY_W,
    PAGE_H,
    PAGE_W,
    NumberedCanvas,
    Piece,
    TextLines,
    author,
    break_lines,
    build_pdf,
    cell_style,
    cell_text,
    lines_needed,
    pdf_pages,
    ruled_table,
    title_lines,
    wrapped,
)

__all__ = [
    "BODY_H",
    "BODY_W",
    "PAGE_H",
    "PAGE_W",
    "UNIT",
    "NumberedCanvas",
    "Piece",
    "TextLines",
    "Wrapped",
    "author",
    "break_lines",
    "build_pdf",
    "cell_style",
    "cell_text",
    "cjk_font",
    "good_breaks",
    "lines_needed",
    "pdf_pages",
    "print_list",
    "ruled_table",
    "title_lines",
    "wrap",
    "wrapped",
    "written_atomically",
]
