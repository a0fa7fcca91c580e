"""Page machinery shared by the table printouts (archive directories, printed lists).

Every long printout is ruled tables of Chinese text on A4 with "第 x 页 共 y 页" in the footer.
The pieces here were tuned on the annual archive (a thousand pages, a hundred thousand
cells): cells are pre-broken plain text instead of Paragraphs, all cells of a page are set
in one PDF text object, cell styles are shared, and the page numbers are written when the
document is finished, counted per piece, so that several printouts can share one file (and one
embedded font subset) while each still says how many pages it has.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Table,
    TableStyle,
)
from reportlab.platypus.tables import CellStyle

from app.desk import Work
from app.files import written_atomically
from app.printing.fonts import cjk_font
from app.printing.line_breaking import Wrapped, wrap

PAGE_W, PAGE_H = A4
# The left edge is the binding edge of a bound file (装订边), so it gets the wider margin.
LEFT, RIGHT, TOP, BOTTOM = 20 * mm, 12 * mm, 15 * mm, 18 * mm
BODY_W = PAGE_W - LEFT - RIGHT  # 178 mm on A4 portrait
BODY_H = PAGE_H - TOP - BOTTOM
FOOTER_Y = 9 * mm
FOOTER_SIDE = 10 * mm  # the caption's distance from the sheet's edge, as on the label sheets

# Table text: 9 pt keeps a 7-column directory readable and ~40 rows a page.
CELL_SIZE = 9.0
CELL_LEADING = 11.5
CELL_PAD = 3.0  # left/right padding of every cell (points)

HEADER_GREY = colors.HexColor("#e8e8e8")


# ---------------------------------------------------------------------------------------------
# Text broken to a width


@cache
def _char_width(ch: str) -> float:
    """Advance width at 1 pt; the font has no kerning, so a line's width is the sum of its characters'."""
    return stringWidth(ch, cjk_font(), 1.0)


def text_width(text: str) -> float:
    """The width of ``text`` at 1 pt in the printouts' font."""
    return sum(_char_width(ch) for ch in text)


def wrapped(text: str, width: float, size: float = CELL_SIZE) -> Wrapped:
    """``text`` broken to ``width`` at ``size`` by the Chinese rules, and whether a rule had to give way."""
    return wrap(text, width / size, text_width)


def break_lines(text: str, width: float, size: float = CELL_SIZE) -> list[str]:
    """Break ``text`` into lines at most ``width`` wide by the Chinese rules (app.printing.line_breaking): no
    line starts with closing punctuation or ends with an opening bracket, a code or date ("qms-pm-31301",
    "2025-03-01", the 2023 of "〔2023〕12号") stays whole unless it is wider than a line, words and company
    names break where they read well.

    Table cells are filled with these pre-broken lines instead of Paragraphs: a year's archive has
    tens of thousands of cells, and a Paragraph is parsed and re-wrapped at every layout pass
    (table sizing, page split, drawing), which made the year take several times as long.
    """
    if "\n" not in text and stringWidth(text, cjk_font(), size) <= width:
        return [text]  # most cells: one line, measured in C
    return wrap(text, width / size, text_width).lines


def cell_text(text: str, width: float) -> str:
    """A cell's text broken to the column width (less padding); the table sizes the row to the lines."""
    return "\n".join(break_lines(text, width - 2 * CELL_PAD))


def lines_needed(text: str, width: float) -> int:
    """How many lines ``text`` takes in a column ``width`` wide: to move what would not fit elsewhere."""
    return len(break_lines(text, width - 2 * CELL_PAD))


# ---------------------------------------------------------------------------------------------
# Ruled tables


class Grid(Table):
    """A Table that sets all its plain-text cells in one PDF text object per page and skips empty ones.

    Table draws each line of each cell as its own text object; a year's archive has some 150 000
    lines, and that overhead was the largest part of the build. Only single-font, middle-aligned
    text cells (what ``ruled_table`` makes) take the short way; anything else is drawn by Table itself.
    """

    def draw(self) -> None:
        self._text = self.canv.beginText()
        self._text_font: tuple[str, float, float] | None = None
        super().draw()
        self.canv.drawText(self._text)

    def _drawCell(
        self, cellval: Any, cellstyle: CellStyle, pos: tuple[float, float], size: tuple[float, float]
    ) -> None:
        if (
            not isinstance(cellval, str)
            or cellstyle.valign != "MIDDLE"
            or cellstyle.alignment not in ("LEFT", "CENTER", "RIGHT")
        ):
            # Set what is pending first, so the page's text stays in reading order (copying, pdftotext).
            self.canv.drawText(self._text)
            self._text = self.canv.beginText()
            self._text_font = None
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        if not cellval:
            return
        text = self._text
        font = (cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
        if font != self._text_font:
            text.setFont(*font)
            text.setFillColor(cellstyle.color)
            self._text_font = font
        (col_x, row_y), (col_w, row_h) = pos, size
        lines = cellval.split("\n")
        leading, font_size = cellstyle.leading, cellstyle.fontsize
        y = row_y + (cellstyle.bottomPadding + row_h - cellstyle.topPadding + len(lines) * leading) / 2 - font_size
        for line in lines:
            if cellstyle.alignment == "LEFT":
                x = col_x + cellstyle.leftPadding
            elif cellstyle.alignment == "RIGHT":
                x = col_x + col_w - cellstyle.rightPadding - stringWidth(line, cellstyle.fontname, font_size)
            else:
                width = stringWidth(line, cellstyle.fontname, font_size)
                x = col_x + (col_w + cellstyle.leftPadding - cellstyle.rightPadding - width) / 2
            text.setTextOrigin(x, y)
            text.textOut(line)
            y -= leading


@cache
def cell_style(
    alignment: str = "LEFT",
    size: float = CELL_SIZE,
    leading: float = CELL_LEADING,
    side: float = CELL_PAD,
    top: float = 2.5,
    bottom: float = 3.0,
) -> CellStyle:
    """One shared style per combination: tables point at these instead of styling cell by cell."""
    style = CellStyle(f"pp-{alignment}-{size}-{leading}-{side}-{top}-{bottom}")
    style.fontname = cjk_font()
    style.fontsize = size
    style.leading = leading
    style.valign = "MIDDLE"
    style.alignment = alignment
    style.leftPadding = style.rightPadding = side
    style.topPadding = top
    style.bottomPadding = bottom
    return style


# TableStyle commands that leave the cells' shared styles alone (see ``ruled_table``).
LINE_COMMANDS = {"GRID", "BOX", "INNERGRID", "LINEBELOW", "LINEABOVE", "BACKGROUND", "SPAN"}


def ruled_table(
    rows: list[list[Any]],
    widths: list[float],
    *,
    header_rows: int = 1,
    total: bool = False,
    centered: Sequence[int] = (),
    right: Sequence[int] = (),
    styles: list[list[CellStyle]] | None = None,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A ruled table whose header repeats on every page and whose rows never split across pages.

    The cells share ready-made cell styles (``styles`` to choose others than the default ones):
    styling a year's tables cell by cell through TableStyle commands cost about a second. So
    ``extra`` holds only commands that leave cell styles alone (lines, backgrounds, spans), as
    Table would change a shared style in place. ``centered`` and ``right`` align body columns
    (numbers); the header is always centred.
    """
    assert all(command[0] in LINE_COMMANDS for command in extra)
    if styles is None:
        left, center, flush = cell_style("LEFT"), cell_style("CENTER"), cell_style("RIGHT")
        body = [center if n in centered else flush if n in right else left for n in range(len(widths))]
        styles = [[center] * len(widths)] * header_rows + [body] * (len(rows) - header_rows)
        if total:
            styles[-1] = [center, *body[1:]]
    table = Grid(rows, colWidths=widths, repeatRows=header_rows, splitInRow=0, cellStyles=styles)
    commands: list[tuple[Any, ...]] = [("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_GREY))
    if total:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f3f3f3")))
    table.setStyle(TableStyle([*commands, *extra]))
    return table


class TextLines(Flowable):
    """A few lines of plain text (a title, a heading line), broken to the width, left or centred.

    Lighter than a Paragraph, which parses markup and is wrapped again at every layout pass; a
    year's archive has thousands of these.
    """

    def __init__(self, text: str, size: float, *, centred: bool = False, leading: float | None = None) -> None:
        super().__init__()
        self.text, self.size, self.centred = text, size, centred
        self.leading = leading or size * 1.4
        self.lines: list[str] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.lines = break_lines(self.text, available_width, self.size)
        return available_width, len(self.lines) * self.leading

    def draw(self) -> None:
        text = self.canv.beginText()
        text.setFont(cjk_font(), self.size)
        y = len(self.lines) * self.leading - self.size * 1.1
        for line in self.lines:
            x = (self.width - stringWidth(line, cjk_font(), self.size)) / 2 if self.centred else 0
            text.setTextOrigin(x, y)
            text.textOut(line)
            y -= self.leading
        self.canv.drawText(text)


def title_lines(text: str) -> TextLines:
    """A printout's title: centred, large."""
    return TextLines(text, 18, centred=True, leading=24)


# ---------------------------------------------------------------------------------------------
# One document, numbered per piece


@dataclass
class Piece:
    """A printout inside the document (one dossier's directory, one box directory…): its own page count."""

    caption: str  # printed left of the page number, so a loose page says where it belongs
    flowables: list[Flowable] = field(default_factory=list)
    template: str = "page"  # "sheet": a whole page with no margins, for label sheets
    footer: bool = True  # False: no caption and no page number (a cover is a face, not a numbered page)


class PieceStart(Flowable):
    """Zero-size marker at the top of a piece's first page: tells the canvas which piece the page is in."""

    def __init__(self, caption: str, footer: bool = True) -> None:
        super().__init__()
        self.caption = caption
        self.footer = footer

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        assert isinstance(canvas, NumberedCanvas)
        canvas.start_piece(self.caption, self.footer)


class NumberedCanvas(Canvas):
    """Holds each finished page back until the end, then writes "第 x 页 共 y 页" counted within its piece."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []
        self._captions: list[str] = []
        self._footers: list[bool] = []
        self._piece = -1

    def start_piece(self, caption: str, footer: bool = True) -> None:
        self._captions.append(caption)
        self._footers.append(footer)
        self._piece = len(self._captions) - 1

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals = Counter(state["_piece"] for state in self._held)
        seen: Counter[int] = Counter()
        for state in self._held:
            self.__dict__.update(state)
            piece = state["_piece"]
            seen[piece] += 1
            if piece < 0 or self._footers[piece]:
                self._footer(self._captions[piece] if piece >= 0 else "", seen[piece], totals[piece])
            Canvas.showPage(self)
        Canvas.save(self)

    def _footer(self, caption: str, page: int, pages: int) -> None:
        font = cjk_font()
        page_w = self._pagesize[0]  # a landscape list is wider than A4 portrait
        self.saveState()
        self.setFillGray(0)
        self.setFont(font, 9)
        self.drawCentredString(page_w / 2, FOOTER_Y, f"第 {page} 页 共 {pages} 页")
        if caption:
            self.setFillGray(0.35)
            size = 7.0
            while size > 4 and stringWidth(caption, font, size) > page_w / 2 - 30 * mm - FOOTER_SIDE:
                size -= 0.5
            self.setFont(font, size)
            self.drawString(FOOTER_SIDE + 5 * mm, FOOTER_Y, caption)
        self.restoreState()


def body_width(pagesize: tuple[float, float] = A4) -> float:
    """The width between the margins of a page of this size (A4 portrait: ``BODY_W``)."""
    return pagesize[0] - LEFT - RIGHT


def pdf_pages(path: Path) -> int:
    """The pages of a PDF written here (for the audit log's line of a print); 0 when it cannot be read."""
    from pypdf import PdfReader  # here, not at the top: reading a PDF is rare, every start would pay for it
    from pypdf.errors import PyPdfError

    try:
        return len(PdfReader(path).pages)
    except (OSError, PyPdfError):
        return 0


def build_pdf(
    target: Path,
    pieces: Sequence[Piece],
    *,
    title: str,
    author: str,
    subject: str = "",
    pagesize: tuple[float, float] = A4,
) -> Path:
    """Lay out all pieces into one PDF, written to a temporary name first so a failure leaves no half file."""
    with written_atomically(target) as partial:
        _lay_out(partial, pieces, title=title, author=author, subject=subject, pagesize=pagesize)
    return target


def _lay_out(
    partial: Path,
    pieces: Sequence[Piece],
    *,
    title: str,
    author: str,
    subject: str,
    pagesize: tuple[float, float],
) -> None:
    page_w, page_h = pagesize
    doc = BaseDocTemplate(
        str(partial),
        pagesize=pagesize,
        title=title,
        author=author,
        creator="Dossier Desk",
        subject=subject,
        invariant=True,
        # Start in the CJK font: the default Helvetica would be listed in the file without being embedded.
        initialFontName=cjk_font(),
    )
    page = Frame(LEFT, BOTTOM, page_w - LEFT - RIGHT, page_h - TOP - BOTTOM, 0, 0, 0, 0, id="page")
    sheet = Frame(0, 0, page_w, page_h, 0, 0, 0, 0, id="sheet")
    templates = [PageTemplate("page", [page]), PageTemplate("sheet", [sheet])]
    doc.addPageTemplates(templates)
    story: list[Flowable] = []
    for n, piece in enumerate(pieces):
        if n == 0:
            doc._firstPageTemplateIndex = [t.id for t in templates].index(piece.template)
        else:
            story += [NextPageTemplate(piece.template), PageBreak()]
        story.append(PieceStart(piece.caption, piece.footer))
        story += piece.flowables
    doc.build(story, canvasmaker=NumberedCanvas)


def author(work: Work) -> str:
    """Who the printout is by: the logged-in user, or nobody on the command line without --user."""
    return work.actor.display_name if work.actor else ""
