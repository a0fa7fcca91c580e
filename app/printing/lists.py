"""Any list on screen printed as a table (the product rule: a Print action wherever a list is shown).

The window hands over what it shows — the column headers and each row's text, already in the
user's language — and gets back an A4 PDF in the house style: the title centred, who printed it
and when, one ruled table whose header repeats on every page, long cells wrapped (never cut) and
"第 x 页 共 y 页" with the title in the footer. The columns are sized to their text, so a list
prints well without anyone choosing widths; a list too wide for portrait turns to landscape.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from app.desk import Work
from app.permissions import Action
from app.printing.fonts import cjk_font
from app.printing.pages import (
    BOTTOM,
    CELL_LEADING,
    CELL_PAD,
    CELL_SIZE,
    TOP,
    Piece,
    TextLines,
    author,
    body_width,
    break_lines,
    build_pdf,
    cell_style,
    ruled_table,
    title_lines,
)

# A column never gets narrower than this (two or three characters and the padding) …
MIN_COLUMN = 10 * mm
# … and a column of short values (numbers, dates, unit numbers) up to this wide keeps its natural
# width when the page is tight: the long text columns give way and wrap instead.
SHORT_COLUMN = 22 * mm
# A free-text column stops growing here when measured, so one long note does not take the page.
LONG_COLUMN = 80 * mm
# The width every long column needs at least to read well in portrait; wider lists go landscape.
READABLE_COLUMN = 45 * mm

# A row never splits across pages (a split row reads as two records), so a cell with more lines
# than fit under the repeated header continues in a following row instead of running off the page.
# Leaves room for the title block on the first page and a header of a few lines.
ROOM_ABOVE_ROWS = 150.0

STAMP = "打印：{who}　{when}"
EMPTY = "（无）"


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _natural_width(texts: Sequence[str]) -> float:
    """The width the column's widest line needs, padding included, within MIN_COLUMN..LONG_COLUMN."""
    font = cjk_font()
    widest = 0.0
    for text in texts:
        for line in text.split("\n"):
            if line:
                widest = max(widest, stringWidth(line, font, CELL_SIZE))
    return min(max(widest + 2 * CELL_PAD + 1, MIN_COLUMN), LONG_COLUMN)


def column_widths(headers: Sequence[str], rows: Sequence[Sequence[str]], body: float) -> list[float]:
    """Widths proportional to the text, filling ``body``.

    When the text is narrower than the page every column grows in proportion. When it is wider,
    the short columns keep their natural width (a date or a count wrapped over two lines is hard to
    read) and the long ones share what is left in proportion to their text, so they wrap.
    """
    count = len(headers)
    natural = [_natural_width([headers[c], *(row[c] for row in rows)]) for c in range(count)]
    total = sum(natural)
    if total <= body:
        # Room to spare goes to the columns that were cut short at LONG_COLUMN: fewer wrapped lines.
        clamped = [c for c in range(count) if natural[c] >= LONG_COLUMN]
        if clamped:
            share = (body - total) / len(clamped)
            return [w + share if c in clamped else w for c, w in enumerate(natural)]
        return [w * body / total for w in natural]
    fixed: dict[int, float] = {}
    while True:
        rest = body - sum(fixed.values())
        free = [c for c in range(count) if c not in fixed]
        scale = rest / sum(natural[c] for c in free)
        keep = [c for c in free if natural[c] * scale < min(natural[c], SHORT_COLUMN)]
        if not keep or len(keep) == len(free):
            break
        for c in keep:
            fixed[c] = min(natural[c], SHORT_COLUMN)
    widths = [fixed.get(c, natural[c] * scale) for c in range(count)]
    widths = [max(w, MIN_COLUMN) for w in widths]
    over = sum(widths) / body  # the minimum widths may still overshoot a very wide list: shrink all
    return [w / over for w in widths] if over > 1 else widths


def _wants_landscape(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> bool:
    """Landscape when even giving every long column only READABLE_COLUMN overflows a portrait page."""
    need = sum(
        min(_natural_width([headers[c], *(row[c] for row in rows)]), READABLE_COLUMN) for c in range(len(headers))
    )
    return need > body_width(A4)


def _proportional(widths: Sequence[float], count: int, body: float) -> list[float]:
    if len(widths) != count or any(w <= 0 for w in widths):
        raise ValueError("one positive width per column")
    total = sum(widths)
    return [w * body / total for w in widths]


def _table_rows(rows: Sequence[Sequence[str]], widths: Sequence[float], max_lines: int) -> list[list[str]]:
    """Rows of pre-broken cells; a row taller than ``max_lines`` continues in the rows after it."""
    out: list[list[str]] = []
    for row in rows:
        cells = [break_lines(text, width - 2 * CELL_PAD) for text, width in zip(row, widths, strict=True)]
        tallest = max((len(lines) for lines in cells), default=1)
        for start in range(0, max(tallest, 1), max_lines):
            out.append(["\n".join(lines[start : start + max_lines]) for lines in cells])
    return out


def print_list(
    work: Work,
    target: Path,
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    subtitle: str = "",
    widths: Sequence[float] | None = None,
    numeric: Sequence[int] = (),
    stamp: str = STAMP,
    empty: str = EMPTY,
) -> Path:
    """Print ``rows`` under ``headers`` as one ruled table titled ``title``; returns ``target``.

    ``widths`` are relative column widths (scaled to the page), measured from the text when not
    given; ``numeric`` columns are set flush right. ``stamp`` is the "printed by … on …" line with
    ``{who}`` and ``{when}``, and ``empty`` the line an empty list shows — both in the language of
    the headers, which the caller has translated.
    """
    actor = work.require(Action.READ)
    if not headers:
        raise ValueError("a list needs at least one column")
    texts = [[_text(v) for v in row] for row in rows]
    if any(len(row) != len(headers) for row in texts):
        raise ValueError("every row needs one value per column")
    heads = [_text(h) for h in headers]
    pagesize = landscape(A4) if _wants_landscape(heads, texts) else A4
    body = body_width(pagesize)
    column = _proportional(widths, len(heads), body) if widths is not None else column_widths(heads, texts, body)
    max_lines = max(3, int((pagesize[1] - TOP - BOTTOM - ROOM_ABOVE_ROWS) / CELL_LEADING))
    table_rows = [["\n".join(break_lines(h, w - 2 * CELL_PAD)) for h, w in zip(heads, column, strict=True)]]
    extra: list[tuple[Any, ...]] = []
    styles = None
    if texts:
        table_rows += _table_rows(texts, column, max_lines)
    else:
        table_rows.append([empty] + [""] * (len(heads) - 1))
        extra.append(("SPAN", (0, 1), (-1, 1)))
        center = cell_style("CENTER")
        styles = [[center] * len(heads)] * 2
    table = ruled_table(table_rows, column, right=tuple(numeric), styles=styles, extra=extra)
    flowables: list[Flowable] = [title_lines(title)]
    if subtitle:
        flowables += [Spacer(1, 1 * mm), TextLines(subtitle, 10.5, centred=True, leading=15)]
    when = work.now.strftime("%Y-%m-%d %H:%M")
    flowables += [
        TextLines(stamp.format(who=actor.display_name, when=when), 8.5, centred=True, leading=13),
        Spacer(1, 3 * mm),
        table,
    ]
    return build_pdf(target, [Piece(title, flowables)], title=title, author=author(work), pagesize=pagesize)
