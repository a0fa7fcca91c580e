"""The printed form: one generic layout for every definition, filled in from a record or blank for handwriting.

As on paper: the company's name, the form's title and its code top right; the customer, unit, date and 经办人; every
printed field in a ruled box with its label (two to a row on A4, one on A5; long text across the page); tables as
ruled tables; the signature lines with their dates at the foot. Chinese only, in the embedded CJK font, on A4 or A5
as the definition says. Nothing runs off its page: long text wraps and, past a box's height, goes on in a next box
marked （续）; a long table goes on over the next page with its header repeated.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from app.archive import archive_settings
from app.desk import Work
from app.errors import ValidationError
from app.fees import fee_settings, money_text
from app.forms.definitions import FieldDef, FormDef, form_definition
from app.forms.records import FormInfo, read_form
from app.forms.values import value_text
from app.printing import Piece, TextLines, break_lines, build_pdf, cell_style, cjk_font, ruled_table
from app.printing import author as printed_by
from app.privacy import sees_id_numbers
from app.text import QT_TRANSLATE_NOOP

PAGE_SIZES = {"A4": A4, "A5": A5}
LEFT, RIGHT = 20 * mm, 12 * mm  # as app.printing's page frame
PAD = 3.0
LABEL_W = 30 * mm
BOX_LINES = 24  # lines of a long text in one box; more go on in a next box (a box never splits across pages)
BLANK_LINES = 3  # the empty lines of a long-text box on a blank form
LABEL_GREY = colors.HexColor("#f3f3f3")
COLUMN_WEIGHTS = {"text": 3.0, "id_number": 3.0, "choice": 2.0, "date": 2.2, "money": 2.0, "number": 1.5}
COLUMN_WEIGHTS |= {"yes_no": 1.3}


class Heading(Flowable):
    """The company's name and the title centred, the form's code at the top right."""

    def __init__(self, company: str, title: str, code: str) -> None:
        super().__init__()
        self.company, self.title, self.code = company, title, code
        self.title_lines: list[str] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.title_lines = break_lines(self.title, available_width - 4 * mm, 16)
        return available_width, 8 + 16 + len(self.title_lines) * 22 + 4

    def draw(self) -> None:
        font, canvas = cjk_font(), self.canv
        top = 8 + 16 + len(self.title_lines) * 22 + 4
        canvas.setFont(font, 8)
        canvas.drawRightString(self.width, top - 8, self.code)
        canvas.setFont(font, 11)
        canvas.drawCentredString(self.width / 2, top - 8 - 13, self.company)
        canvas.setFont(font, 16)
        y = top - 8 - 16 - 18
        for line in self.title_lines:
            canvas.drawCentredString(self.width / 2, y, line)
            y -= 22


def _lines(text: str, width: float) -> list[str]:
    return break_lines(text, width - 2 * PAD) if text else []


def _boxes(label: str, text: str, width: float, blank: bool) -> list[tuple[str, str]]:
    """A long text as (label, cell text) boxes of at most BOX_LINES lines; the next ones' label says （续）."""
    lines = _lines(text, width)
    if not lines:
        return [(label, "\n" * (BLANK_LINES - 1) if blank else "")]
    return [
        (label if n == 0 else f"{label}（续）", "\n".join(lines[n : n + BOX_LINES]))
        for n in range(0, len(lines), BOX_LINES)
    ]


def _grid(pairs: list[tuple[str, str, bool]], body_w: float, columns: int, blank: bool) -> Table:
    """Label/value boxes, ``columns`` pairs a row; a wide one (long text) takes the whole row."""
    value_w = body_w / columns - LABEL_W
    wide_w = body_w - LABEL_W
    widths = [LABEL_W, value_w] * columns
    rows: list[list[str]] = []
    spans: list[tuple[Any, ...]] = []
    pending: list[tuple[str, str]] = []

    def flush() -> None:
        if pending:
            row: list[str] = []
            for label, text in pending:
                row += [label, "\n".join(_lines(text, value_w))]
            row += ["", ""] * (columns - len(pending))
            rows.append(row)
            pending.clear()

    for label, text, wide in pairs:
        if not wide:
            pending.append((label, text))
            if len(pending) == columns:
                flush()
            continue
        flush()
        for box_label, box_text in _boxes(label, text, wide_w, blank):
            rows.append([box_label, box_text] + [""] * (2 * columns - 2))
            if columns > 1:
                row = len(rows) - 1
                spans += [("SPAN", (1, row), (-1, row)), ("BACKGROUND", (1, row), (-1, row), colors.white)]
    flush()
    label_style, value_style = cell_style("CENTER"), cell_style("LEFT")
    styles = [[label_style, value_style] * columns for _ in rows]
    for n, row in enumerate(rows):
        row[0::2] = ["\n".join(_lines(label, LABEL_W)) for label in row[0::2]]
        rows[n] = row
    backgrounds = [("BACKGROUND", (2 * c, 0), (2 * c, -1), LABEL_GREY) for c in range(columns)]
    return ruled_table(rows, widths, header_rows=0, styles=styles, extra=[*backgrounds, *spans])


def _column_widths(field: FieldDef, body_w: float) -> list[float]:
    weights = [COLUMN_WEIGHTS[c.type] for c in field.columns]
    return [body_w * w / sum(weights) for w in weights]


def _table(field: FieldDef, rows: list[dict[str, Any]], body_w: float, reveal: bool, blank: bool) -> list[Flowable]:
    widths = _column_widths(field, body_w)
    header = ["\n".join(_lines(c.zh, w)) for c, w in zip(field.columns, widths, strict=True)]
    body: list[list[str]] = [
        ["\n".join(_lines(_text(c, row.get(c.key), reveal), w)) for c, w in zip(field.columns, widths, strict=True)]
        for row in rows
    ]
    if not body:
        body = [["\n"] * len(widths) for _ in range(field.blank_rows if blank else 1)]
    title = TextLines(field.zh, 10.5)
    return [Spacer(1, 3 * mm), title, Spacer(1, 1.5 * mm), ruled_table([header, *body], widths)]


def _blank_text(field: FieldDef, room: str) -> str:
    """What a blank form's box holds: the choices to tick, else ``room`` to write (a long text gets its own)."""
    if field.type == "choice":
        return "　".join(f"□{c.zh}" for c in field.choices)
    if field.type == "yes_no":
        return "□是　□否"
    return "" if field.type == "long_text" else room


def _text(field: FieldDef, value: Any, reveal: bool) -> str:
    return value_text(field, value, money=money_text, reveal_ids=reveal)


def _signatures(form: FormDef, body_w: float) -> Table:
    """Each signature line with its date line: “客户签字 ______ 日期 ______”."""
    label_w = max(stringWidth(s, cjk_font(), 10.5) for s in form.signatures) + 4 * mm
    date_label_w = 12 * mm
    rest = body_w - label_w - date_label_w
    widths = [label_w, rest * 0.6, date_label_w, rest * 0.4]
    rows = [[f"{s}：", "", "日期：", ""] for s in form.signatures]
    table = Table(rows, colWidths=widths, rowHeights=[11 * mm] * len(rows))
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), cjk_font(), 10.5),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                ("LINEBELOW", (1, 0), (1, -1), 0.5, colors.black),
                ("LINEBELOW", (3, 0), (3, -1), 0.5, colors.black),
            ]
        )
    )
    return table


def _company(work: Work) -> str:
    """The letterhead of the fee printouts, else the archive's organisation (全宗名称), else nothing."""
    return fee_settings(work).company_name or archive_settings(work).fonds_name


def form_story(work: Work, form: FormDef, record: FormInfo | None) -> list[Flowable]:
    """The flowables of one printed form (``record`` None: blank)."""
    page_w = PAGE_SIZES[form.page][0]
    body_w = page_w - LEFT - RIGHT
    columns = 2 if form.page == "A4" else 1
    blank = record is None
    reveal = sees_id_numbers(work.actor)
    values = record.values if record else {}
    # A blank A4 form has two lines of room in a box; A5, half the height, one (its signatures must fit).
    room = "\n" if form.page == "A4" else ""
    place = " ".join(p for p in (record.building, record.floor, record.unit) if p) if record else ""
    common = [
        ("客户名称", record.customer if record else room, False),
        ("单元", place if record else room, False),
        ("填表日期", record.form_date.isoformat() if record else room, False),
        ("经办人", record.handled_by if record else room, False),
    ]
    pairs = [
        (f.zh, _blank_text(f, room) if blank else _text(f, values.get(f.key), reveal), f.type == "long_text")
        for f in form.printed_fields
        if f.type != "table"
    ]
    story: list[Flowable] = [
        Heading(_company(work), form.title, form.code),
        Spacer(1, 4 * mm),
        _grid(common + pairs, body_w, columns, blank),
    ]
    for f in form.printed_fields:
        if f.type == "table":
            story += _table(f, values.get(f.key) or [], body_w, reveal, blank)
    story += [Spacer(1, 8 * mm), KeepTogether([_signatures(form, body_w)])]
    return story


def print_form(work: Work, code: str, target: Path, *, record_id: int | None = None) -> Path:
    """Write form ``code`` to ``target`` (atomically): filled in from the record ``record_id``, else blank."""
    work.require_read()
    record = read_form(work, record_id) if record_id is not None else None
    form = form_definition(record.code if record else code)
    if record is not None and record.code != form_definition(code).code:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field}: the filled form {id} is a {actual}, not a {code}."),
            field="form.record",
            id=record.id,
            actual=record.code,
            code=code,
        )
    caption = f"{form.code} {form.title}" + (f" {record.customer}" if record and record.customer else "")
    piece = Piece(caption, form_story(work, form, record))
    title = f"{form.title} {record.customer if record else '（空白）'}".strip()
    build_pdf(target, [piece], title=title, author=printed_by(work), pagesize=PAGE_SIZES[form.page])
    return target
