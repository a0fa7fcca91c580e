"""Box labels: the spines side by side on A4 with cut lines (vertical text sized to the spine) and the box
fronts two a page.

A spine (盒脊, GB/T 9705 / DA/T 22 practice) shows 全宗名称 when it fits, 全宗号, 年度, 保管期限, 起止档号 and
盒号, set vertically (竖排): Chinese stacked with the vertical forms of brackets (︵︶ ︽︾ ﹁﹂ …), 、。， in the upper
right of their square, a short run of digits or letters (2025, 30, X01) across in one row (纵中横), a longer code
(2025-1F-01, X01-2025-D30-0013) turned on its side to read from the top down. Values are at least 14 pt on spines
of 30 mm and more. Nothing is printed within ``CUT_MARGIN`` of a label's cut line: a knife off by a millimetre cuts
paper, not text. Each label carries a QR code of its box (``box_code``): scanning it opens the box in the archive
browser.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from reportlab.graphics.barcode import qr
from reportlab.graphics.shapes import Rect
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from app.archive.boxing import BoxInfo, box_code
from app.archive.retention import printed_retention
from app.printing import PAGE_H, PAGE_W, UNIT, Piece, cjk_font, wrap, wrapped

SPINE_H = 262 * mm


SPINE_TOP = 12 * mm


SHEET_SIDE = 10 * mm


FRONT_W, FRONT_H = 180 * mm, 128 * mm

# Nothing printed within this of a label's cut line (the cutting tolerance); the ruled frame sits just inside it.
CUT_MARGIN = 2 * mm
FRAME_INSET = 2.4 * mm
TEXT_INSET = FRAME_INSET + 1.2 * mm
# The values on a spine of 30 mm and more are at least this large: read from across the archive room.
MIN_SPINE_SIZE = 14.0
WIDE_SPINE_MM = 30
CAPTION_SIZE = 7.5
CAPTION_H = 4.5 * mm

# Vertical presentation forms (Unicode FE10–FE4F) the shipped font has; what it lacks is turned on its side.
VERTICAL_FORMS = {
    "（": "︵",
    "）": "︶",
    "(": "︵",
    ")": "︶",
    "《": "︽",
    "》": "︾",
    "「": "﹁",
    "」": "﹂",
    "『": "﹃",
    "』": "﹄",
    "【": "︻",
    "】": "︼",
    "〔": "︹",
    "〕": "︺",
    "〈": "︿",
    "〉": "﹀",
    "〖": "︗",
    "〗": "︘",
    "—": "︱",
    "、": "︑",
    "。": "︒",
    "，": "︐",
    "：": "︓",
    "；": "︔",
    "！": "︕",
    "？": "︖",
    "…": "︙",
}
# Without a vertical form in the font, these sit in the upper right of their square (mainland 竖排 practice).
CORNER_MARKS = frozenset("、。，．")
# Without a vertical form in the font, these are turned 90° (a dash or ellipsis runs along the column).
TURNED_MARKS = frozenset("—…‥～~-–_|")
# A run of letters and digits up to this long sits across the column in one row (纵中横); a longer one is turned.
ACROSS_MAX = 4
STEP = 1.08  # a Chinese character's advance down a column, in em


@cache
def _has_glyph(ch: str) -> bool:
    face = pdfmetrics.getFont(cjk_font()).face
    return ord(ch) in face.charToGlyph


def _width(text: str) -> float:
    return stringWidth(text, cjk_font(), 1.0)


@dataclass(frozen=True)
class _Cell:
    """One step down a vertical column, at 1 pt: ``advance`` along the column, ``breadth`` across it."""

    text: str
    kind: str  # "upright", "corner", "turned" (on its side, reading down) or "across" (纵中横)
    advance: float
    breadth: float


@lru_cache(maxsize=4096)
def _cells(text: str) -> tuple[_Cell, ...]:
    """The cells of ``text`` down a column (cached: the column search measures the same pieces again and again)."""
    cells: list[_Cell] = []
    for unit in UNIT.findall(text):
        if unit.isspace():
            cells.append(_Cell("", "gap", 0.35, 0.0))
        elif len(unit) > 1 or (unit.isascii() and unit.isalnum()):
            if len(unit) <= ACROSS_MAX and unit.isalnum():
                cells.append(_Cell(unit, "across", STEP, _width(unit)))
            else:
                cells.append(_Cell(unit, "turned", _width(unit) + 0.15, 1.0))
        else:
            form = VERTICAL_FORMS.get(unit)
            if form and _has_glyph(form):
                cells.append(_Cell(form, "upright", STEP, 1.0))
            elif unit in CORNER_MARKS:
                cells.append(_Cell(unit, "corner", STEP, 1.0))
            elif unit in TURNED_MARKS or not unit.isprintable():
                cells.append(_Cell(unit, "turned", _width(unit) + 0.1, 1.0))
            else:
                cells.append(_Cell(unit, "upright", STEP, max(1.0, _width(unit))))
    return tuple(cells)


@lru_cache(maxsize=4096)
def _advance(text: str) -> float:
    """How far ``text`` runs down a column at 1 pt (the line breaker measures columns with it)."""
    return sum(c.advance for c in _cells(text))


@dataclass(frozen=True)
class Vertical:
    """Text laid out in vertical columns, right to left: the size and each column's cells."""

    size: float
    columns: tuple[tuple[_Cell, ...], ...]

    @property
    def breadth(self) -> float:
        return max((c.breadth for column in self.columns for c in column), default=1.0)


def _columns(text: str, count: int) -> list[str] | None:
    """``text`` in ``count`` columns as even as the Chinese line-breaking rules allow (None: it will not go)."""
    paragraphs = text.split("\n")
    if count < len(paragraphs):
        return None
    if count == len(paragraphs):
        return paragraphs
    total = sum(_advance(p) for p in paragraphs)
    low, high = total / count, total
    best: list[str] | None = None
    for _ in range(10):  # the shortest column length that still takes ``count`` columns or fewer (to 0.1 %)
        middle = (low + high) / 2
        lines = wrap(text, middle, _advance).lines
        if len(lines) <= count:
            best, high = lines, middle
        else:
            low = middle
    return best


def vertical_layout(text: str, w: float, h: float, max_size: float, min_columns: int = 1) -> Vertical:
    """The largest size at which ``text`` stands in the box w × h in vertical columns (one to four)."""
    best = Vertical(0.0, ())
    for count in range(min_columns, 5):
        lines = _columns(text, count)
        if lines is None:
            continue
        columns = tuple(_cells(line) for line in lines)
        length = max(sum(c.advance for c in column) for column in columns)
        breadth = max((c.breadth for column in columns for c in column), default=1.0)
        size = min(max_size, h / max(length, 1e-6), w / (len(columns) * breadth * 1.12))
        if size > best.size * 1.05:  # another column only for a clearly larger size
            best = Vertical(size, columns)
        if best.size >= max_size:
            break  # as large as it may be: more columns would not make it larger
    return best


def draw_vertical(canvas: Canvas, layout: Vertical, x: float, y: float, w: float, h: float) -> None:
    """Draw a vertical layout centred in the box (x, y, w, h): columns right to left, each top down."""
    font, size = cjk_font(), layout.size
    pitch = layout.breadth * size * 1.12
    right = x + (w + pitch * len(layout.columns)) / 2
    for n, column in enumerate(layout.columns):
        cx = right - (n + 0.5) * pitch
        length = sum(c.advance for c in column) * size
        top = y + (h + length) / 2
        for cell in column:
            if cell.kind == "upright":
                canvas.setFont(font, size)
                canvas.drawCentredString(cx, top - size * 0.88, cell.text)
            elif cell.kind == "corner":
                canvas.setFont(font, size)
                canvas.drawString(cx, top - size * 0.45, cell.text)  # the mark's ink in the upper right
            elif cell.kind == "across":
                fitted = min(size, pitch * 0.95 / max(_width(cell.text), 1e-6))
                canvas.setFont(font, fitted)
                canvas.drawCentredString(cx, top - size * 0.88, cell.text)
            elif cell.kind == "turned":
                canvas.saveState()
                canvas.translate(cx, top)
                canvas.rotate(-90)  # reads from the top down, the letters' tops to the right
                canvas.setFont(font, size)
                canvas.drawString(size * 0.05, -size * 0.36, cell.text)
                canvas.restoreState()
            top -= cell.advance * size


def _wrap(text: str, font: str, size: float, width: float, breaks: str) -> list[str] | None:
    """Lines of ``text`` at most ``width`` wide, or None when they cannot be; never drops a character.

    ``breaks``: "lines" keeps each given line whole; "words" breaks by the Chinese rules
    (app.printing.line_breaking) but keeps a run of letters and digits ("2026-1F-01") together, so the caller
    shrinks the text rather than print "2026-1F-0" over "1"; "chars" breaks anywhere.
    """
    assert font == cjk_font()
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if breaks == "lines":
            if stringWidth(paragraph, font, size) > width:
                return None
            lines.append(paragraph)
        elif breaks == "words":
            broken = wrapped(paragraph, width, size)
            if broken.forced:
                return None
            lines += broken.lines
        else:
            current = ""
            for ch in paragraph:
                if current and stringWidth(current + ch, font, size) > width:
                    lines.append(current)
                    current = ch
                else:
                    current += ch
            lines.append(current)
    return lines


def _largest(
    text: str, font: str, w: float, h: float, max_size: float, breaks: str, smallest: float
) -> tuple[float, list[str]] | None:
    size = max_size
    while size >= smallest:
        lines = _wrap(text, font, size, w, breaks)
        if lines is not None and len(lines) * size * 1.18 <= h:
            return size, lines
        size -= 0.5
    return None


def _fit(text: str, font: str, w: float, h: float, max_size: float) -> tuple[float, list[str]]:
    """The largest size at which ``text`` fits the box; shrunk, never cut.

    Unbroken lines are preferred, unless breaking after a hyphen makes the text a good deal larger:
    on a 20 mm spine "2026-" over "1F-01" reads from across the room, "2026-1F-01" in 8 pt does not.
    """
    whole = _largest(text, font, w, h, max_size, "lines", 8.0)
    words = _largest(text, font, w, h, max_size, "words", 6.0)
    if whole and (not words or words[0] < whole[0] * 1.35):
        return whole
    if words:
        return words
    # Not even 3 pt fits: print it anyway, running over the box rather than losing text.
    return _largest(text, font, w, h, max_size, "chars", 3.0) or (3.0, _wrap(text, font, 3.0, w, "chars") or [text])


def _draw_lines(canvas: Canvas, text: str, x: float, y: float, w: float, h: float, max_size: float) -> None:
    font = cjk_font()
    size, lines = _fit(text, font, w, h, max_size)
    step = size * 1.18
    top = y + (h + step * len(lines)) / 2
    canvas.setFont(font, size)
    for n, line in enumerate(lines):
        canvas.drawCentredString(x + w / 2, top - (n + 1) * step + size * 0.22, line)


def _draw_fitted(canvas: Canvas, text: str, x: float, y: float, w: float, h: float, max_size: float) -> None:
    """Draw ``text`` centred in the box (x, y, w, h) across, as large as fits: shrunk, never cut."""
    _draw_lines(canvas, text, x, y, w, h, max_size)


@lru_cache(maxsize=256)
def _qr_modules(payload: str) -> tuple[tuple[float, float, float, float], ...]:
    """The dark squares of a QR code (with its quiet zone) in a unit square: encoded once per box, though its spine
    and its front both carry it (reportlab encodes in Python, some 20 ms a code)."""
    widget = qr.QrCodeWidget(payload, barLevel="M")
    side = widget.barWidth
    group = widget.draw()
    assert group.transform == (1, 0, 0, 1, 0, 0) and widget.barHeight == side
    return tuple(
        (shape.x / side, shape.y / side, shape.width / side, shape.height / side)
        for shape in group.contents
        if isinstance(shape, Rect) and shape.fillColor is not None
    )


def _qr(canvas: Canvas, payload: str, x: float, y: float, side: float) -> None:
    """A QR code ``side`` square at (x, y), drawn as filled squares.

    Not through renderPDF: it sets Helvetica on the canvas, which then sits in the file unembedded.
    """
    canvas.saveState()
    canvas.setFillGray(0)
    for mx, my, mw, mh in _qr_modules(payload):
        canvas.rect(x + mx * side, y + my * side, mw * side, mh * side, stroke=0, fill=1)
    canvas.restoreState()


@dataclass(frozen=True)
class SpineSection:
    caption: str
    value: str
    height: float  # points, caption included
    max_size: float


def spine_sections(info: BoxInfo, h: float) -> list[SpineSection]:
    """The spine's sections top down; 全宗名称 takes what the others and the QR code leave."""
    fixed = [
        SpineSection("全宗号", info.fonds_code, 16 * mm, 20.0),
        SpineSection("年度", str(info.year), 16 * mm, 20.0),
        SpineSection("保管期限", printed_retention(info.retention), 21 * mm, 18.0),
        SpineSection("起止档号", info.file_range.replace(" 至 ", "\n至 ").replace("、", "\n"), 62 * mm, 16.0),
        SpineSection("盒号", info.number, 54 * mm, 24.0),
    ]
    rest = h - sum(s.height for s in fixed)
    return [SpineSection("全宗名称", info.fonds_name, rest, 18.0), *fixed]


def spine_min_size(spine_mm: float) -> float:
    """The smallest size a spine's values may shrink to before they would not fit: 14 pt from 30 mm up."""
    return MIN_SPINE_SIZE if spine_mm >= WIDE_SPINE_MM else 6.0


def _draw_spine(canvas: Canvas, info: BoxInfo, x: float, y: float, w: float, h: float) -> None:
    canvas.saveState()
    canvas.setLineWidth(0.6)
    canvas.setStrokeGray(0)
    # The frame: inside the cutting tolerance, its line's outer edge still more than CUT_MARGIN from the cut.
    canvas.rect(x + FRAME_INSET, y + FRAME_INSET, w - 2 * FRAME_INSET, h - 2 * FRAME_INSET)
    inner_x, inner_w = x + TEXT_INSET, w - 2 * TEXT_INSET
    qr_side = min(inner_w, 24 * mm)
    qr_h = qr_side + 2 * mm
    top = y + h - TEXT_INSET
    canvas.setFillGray(0)
    sections = spine_sections(info, h - 2 * TEXT_INSET - qr_h)
    for section in sections:
        bottom = top - section.height
        canvas.setFillGray(0.3)
        _draw_fitted(canvas, section.caption, inner_x, top - CAPTION_H, inner_w, CAPTION_H, CAPTION_SIZE)
        canvas.setFillGray(0)
        box_h = section.height - CAPTION_H - 1.5 * mm
        layout = vertical_layout(section.value, inner_w, box_h, section.max_size)
        draw_vertical(canvas, layout, inner_x, bottom + 1 * mm, inner_w, box_h)
        canvas.setLineWidth(0.4)
        canvas.line(x + FRAME_INSET, bottom, x + w - FRAME_INSET, bottom)
        top = bottom
    _qr(canvas, box_code(info.number), x + (w - qr_side) / 2, y + TEXT_INSET, qr_side)
    canvas.restoreState()


class _SpineSheet(Flowable):
    """One A4 sheet of spine labels, each as wide as its box's spine, side by side with cut lines."""

    def __init__(self, infos: Sequence[BoxInfo]) -> None:
        super().__init__()
        self.infos = list(infos)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return PAGE_W, PAGE_H - 1  # a whole page: the next sheet never fits below it

    def draw(self) -> None:
        canvas = self.canv
        x = SHEET_SIDE
        y = PAGE_H - 1 - SPINE_TOP - SPINE_H  # the flowable's origin is 1 pt below the page top
        canvas.saveState()
        for info in self.infos:
            w = info.spine_mm * mm
            _draw_spine(canvas, info, x, y, w, SPINE_H)
            x += w
        # Thin dashed cut lines along every label edge, running past the labels to guide the knife.
        canvas.setStrokeGray(0.55)
        canvas.setLineWidth(0.25)
        canvas.setDash(2, 2)
        edge = SHEET_SIDE
        for info in [None, *self.infos]:
            edge += info.spine_mm * mm if info else 0
            canvas.line(edge, y - 6 * mm, edge, y + SPINE_H + 6 * mm)
        canvas.line(SHEET_SIDE - 4 * mm, y, x + 4 * mm, y)
        canvas.line(SHEET_SIDE - 4 * mm, y + SPINE_H, x + 4 * mm, y + SPINE_H)
        canvas.restoreState()


def _draw_front(canvas: Canvas, info: BoxInfo, x: float, y: float) -> None:
    """The box front (盒面): 全宗名称 (the organisation, not the building), 全宗号, 年度, 盒号 … and its QR code."""
    w, h = FRONT_W, FRONT_H
    canvas.saveState()
    canvas.setStrokeGray(0.55)
    canvas.setLineWidth(0.25)
    canvas.setDash(2, 2)
    canvas.rect(x, y, w, h)  # cut line
    canvas.setDash()
    canvas.setStrokeGray(0)
    pad = 6 * mm  # well inside the cutting tolerance
    title_h = 18 * mm
    qr_side = title_h - 2 * mm
    _qr(canvas, box_code(info.number), x + w - pad - qr_side, y + h - pad - qr_side - 1 * mm, qr_side)
    _draw_fitted(canvas, "档 案 盒", x + pad + qr_side, y + h - pad - title_h, w - 2 * pad - 2 * qr_side, title_h, 22)
    fields = [
        ("全宗名称", info.fonds_name),
        ("全宗号", info.fonds_code),
        ("年度", str(info.year)),
        ("楼层", info.floor),
        ("盒号", info.number),
        ("保管期限", printed_retention(info.retention)),
        ("起止档号", info.file_range),
        ("卷数", f"{info.dossiers} 卷（{info.documents} 件，{info.pages} 页）"),
        ("存放位置", info.shelf_location),
    ]
    grid_top = y + h - pad - title_h
    row_h = (grid_top - (y + pad)) / len(fields)
    label_w = 36 * mm
    canvas.setLineWidth(0.6)
    canvas.rect(x + pad, y + pad, w - 2 * pad, grid_top - (y + pad))
    canvas.line(x + pad + label_w, y + pad, x + pad + label_w, grid_top)
    for n, (label, value) in enumerate(fields):
        row_y = grid_top - (n + 1) * row_h
        if n:
            canvas.line(x + pad, row_y + row_h, x + w - pad, row_y + row_h)
        _draw_fitted(canvas, label, x + pad + 2 * mm, row_y + 1 * mm, label_w - 4 * mm, row_h - 2 * mm, 12)
        value_x = x + pad + label_w + 3 * mm
        _draw_fitted(canvas, value, value_x, row_y + 1 * mm, w - 2 * pad - label_w - 6 * mm, row_h - 2 * mm, 14)
    canvas.restoreState()


class _FrontSheet(Flowable):
    """One A4 sheet with up to two front labels (盒面), cut along the dashed lines."""

    def __init__(self, infos: Sequence[BoxInfo]) -> None:
        super().__init__()
        self.infos = list(infos)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return PAGE_W, PAGE_H - 1

    def draw(self) -> None:
        x = (PAGE_W - FRONT_W) / 2
        for n, info in enumerate(self.infos):
            top = PAGE_H - 1 - 15 * mm - n * (FRONT_H + 12 * mm)
            _draw_front(self.canv, info, x, top - FRONT_H)


def _spine_sheets(infos: Sequence[BoxInfo]) -> list[list[BoxInfo]]:
    """As many spines side by side as fit across the sheet, in the boxes' order."""
    sheets: list[list[BoxInfo]] = []
    width = 0.0
    room = PAGE_W - 2 * SHEET_SIDE
    for info in infos:
        w = info.spine_mm * mm
        if not sheets or width + w > room + 0.01:
            sheets.append([])
            width = 0.0
        sheets[-1].append(info)
        width += w
    return sheets


def label_piece(infos: Sequence[BoxInfo], caption: str) -> Piece:
    flowables: list[Flowable] = []
    for sheet in _spine_sheets(infos):
        flowables.append(_SpineSheet(sheet))
    for start in range(0, len(infos), 2):
        flowables.append(_FrontSheet(infos[start : start + 2]))
    return Piece(caption, flowables, template="sheet")
