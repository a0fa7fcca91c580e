"""Box labels: the spines side by side on A4 with cut lines (vertical text sized to the spine) and the box
fronts two a page."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from app.archive.boxing import BoxInfo
from app.archive.retention import printed_retention
from app.printing import PAGE_H, PAGE_W, TOKEN, Piece, cjk_font

SPINE_H = 262 * mm


SPINE_TOP = 12 * mm


SHEET_SIDE = 10 * mm


FRONT_W, FRONT_H = 180 * mm, 128 * mm


def _wrap(text: str, font: str, size: float, width: float, breaks: str) -> list[str] | None:
    """Lines of ``text`` at most ``width`` wide, or None when they cannot be; never drops a character.

    ``breaks``: "lines" keeps each given line whole; "words" also breaks between Chinese characters
    but keeps a run of letters and digits ("2026-", "1F-", "0001") together, so the caller shrinks the
    text rather than print "2026-1F-0" over "1"; "chars" breaks anywhere.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if breaks == "lines":
            if stringWidth(paragraph, font, size) > width:
                return None
            lines.append(paragraph)
            continue
        current = ""
        for token in TOKEN.findall(paragraph) if breaks == "words" else paragraph:
            if not current or stringWidth(current + token, font, size) <= width:
                current += token
            else:
                lines.append(current.rstrip())
                current = token.lstrip()
            if breaks == "words" and stringWidth(current, font, size) > width:
                return None
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


def _is_chinese(text: str) -> bool:
    """Mostly CJK: such text reads well stacked (竖排); Latin text is turned on its side instead."""
    wide = sum(1 for c in text if ord(c) >= 0x2E80)
    return wide * 2 >= len(text.replace(" ", ""))


def _draw_lines(canvas: Canvas, text: str, x: float, y: float, w: float, h: float, max_size: float) -> None:
    font = cjk_font()
    size, lines = _fit(text, font, w, h, max_size)
    step = size * 1.18
    top = y + (h + step * len(lines)) / 2
    canvas.setFont(font, size)
    for n, line in enumerate(lines):
        canvas.drawCentredString(x + w / 2, top - (n + 1) * step + size * 0.22, line)


def _draw_fitted(
    canvas: Canvas, text: str, x: float, y: float, w: float, h: float, max_size: float, *, vertical: bool = False
) -> None:
    """Draw ``text`` centred in the box (x, y, w, h) as large as fits: shrunk, never cut.

    ``vertical`` (a narrow spine): Chinese is stacked one character under the other (竖排) while that
    stays legible, Latin text is turned 90° to read from the top down.
    """
    font = cjk_font()
    if vertical and text:
        if not _is_chinese(text):
            canvas.saveState()
            canvas.translate(x, y + h)
            canvas.rotate(-90)
            _draw_lines(canvas, text, 0, 0, h, w, max_size)
            canvas.restoreState()
            return
        chars = [c for c in text if not c.isspace()]
        widest = max(stringWidth(c, font, 1) for c in chars) or 1
        size = min(max_size, w / widest, h / (len(chars) * 1.12))
        if size >= 7:
            step = size * 1.12
            top = y + (h + step * len(chars)) / 2
            canvas.setFont(font, size)
            for n, ch in enumerate(chars):
                canvas.drawCentredString(x + w / 2, top - (n + 1) * step + size * 0.18, ch)
            return
    _draw_lines(canvas, text, x, y, w, h, max_size)


def _draw_spine(canvas: Canvas, info: BoxInfo, x: float, y: float, w: float, h: float) -> None:
    pad = 1.8 * mm
    inner = w - 2 * pad
    canvas.saveState()
    canvas.setLineWidth(0.6)
    canvas.setStrokeGray(0)
    canvas.rect(x + pad / 2, y + pad / 2, w - pad, h - pad)
    # (label, value, share of the height, value's largest size, stacked vertically)
    sections = [
        ("全宗名称", info.building, 0.30, 30.0, True),
        ("年度", str(info.year), 0.09, 16.0, False),
        ("楼层", info.floor, 0.09, 16.0, False),
        ("保管期限", printed_retention(info.retention), 0.10, 16.0, False),
        ("起止案卷号", info.file_range.replace(" 至 ", "\n至\n").replace("、", "\n"), 0.17, 12.0, False),
        ("盒号", info.number, 0.15, 16.0, False),
    ]
    total = sum(s[2] for s in sections)
    top = y + h - pad
    usable = h - 2 * pad
    canvas.setFillGray(0)
    for n, (label, value, share, size, vertical) in enumerate(sections):
        height = usable * share / total
        bottom = top - height
        label_h = 5 * mm
        canvas.setFillGray(0.3)
        _draw_fitted(canvas, label, x + pad, top - label_h, inner, label_h, 7.5)
        canvas.setFillGray(0)
        _draw_fitted(
            canvas, value, x + pad, bottom + 1 * mm, inner, height - label_h - 1.5 * mm, size, vertical=vertical
        )
        if n < len(sections) - 1:
            canvas.setLineWidth(0.4)
            canvas.line(x + pad / 2, bottom, x + w - pad / 2, bottom)
        top = bottom
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
    w, h = FRONT_W, FRONT_H
    canvas.saveState()
    canvas.setStrokeGray(0.55)
    canvas.setLineWidth(0.25)
    canvas.setDash(2, 2)
    canvas.rect(x, y, w, h)  # cut line
    canvas.setDash()
    canvas.setStrokeGray(0)
    pad = 6 * mm
    title_h = 18 * mm
    _draw_fitted(canvas, "档 案 盒", x + pad, y + h - pad - title_h, w - 2 * pad, title_h, 22)
    fields = [
        ("全宗名称", info.building),
        ("年度", str(info.year)),
        ("楼层", info.floor),
        ("盒号", info.number),
        ("保管期限", printed_retention(info.retention)),
        ("起止案卷号", info.file_range),
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
