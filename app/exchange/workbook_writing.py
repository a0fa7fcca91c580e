"""Rows written as a workbook a clerk opens without fixing anything: streamed, so any number of rows fits in memory.

Each sheet gets its header row styled and frozen, columns fitted to the first rows' text, dates as real Excel
dates, money as numbers with two decimals and an autofilter over the whole table. openpyxl's write-only mode keeps
one row at a time in memory (600 000 rows in bounded memory). The file appears only when complete: it is written
next to the target and moved over it at the end, so a cancelled or failed export leaves no half file.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass
from decimal import Decimal
from itertools import chain, islice
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app import jobs
from app.errors import AppError
from app.exchange.sheets import Kind
from app.text import QT_TRANSLATE_NOOP

MONEY_FORMAT = "#,##0.00"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
DECIMAL_FORMAT = "0.00"
# Column widths are measured on the header and this many rows (the rest stream past unmeasured).
MEASURED_ROWS = 200
MAX_WIDTH = 60
# How often (rows) the progress callback hears and cancelling is looked at.
STEP = 2_000

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="4F6D8F")
HEADER_BORDER = Border(bottom=Side(style="thin", color="2F4D6F"))
HEADER_ALIGNMENT = Alignment(horizontal="center", vertical="center", wrap_text=True)


class ExportFailed(AppError):
    """The workbook could not be written where asked (a folder that is not there, a file open in Excel …)."""


@dataclass(frozen=True)
class SheetRows:
    """One sheet to write: its name, headers, what each column holds, and the rows (any iterable: streamed)."""

    name: str
    headers: Sequence[str]
    kinds: Sequence[Kind]
    rows: Iterable[Sequence[Any]]


def _shown_width(value: Any) -> float:
    if value is None:
        return 0
    if isinstance(value, dt.datetime):
        return 16
    if isinstance(value, dt.date):
        return 10
    if isinstance(value, Decimal | float):
        return len(f"{value:,.2f}")
    text = str(value)
    longest = max((len(line) + sum(1 for ch in line if ord(ch) > 0x2E7F) for line in text.split("\n")), default=0)
    return longest  # a CJK character is two columns wide


def column_widths(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[float]:
    """Widths in Excel's character units fitting the header and ``rows``, a little padding, at most MAX_WIDTH."""
    widths = [_shown_width(h) for h in headers]
    for row in rows:
        for c, value in enumerate(row[: len(widths)]):
            widths[c] = max(widths[c], _shown_width(value))
    return [min(max(w + 2, 6), MAX_WIDTH) for w in widths]


Convert = Callable[[Any], Any]


def _converters(sheet: WriteOnlyWorksheet, kinds: Sequence[Kind]) -> list[Convert]:
    """One function a column turning a value into what the sheet stores: made once a sheet, called once a cell —
    the only work an export adds to openpyxl's own (a plain value passes straight through)."""

    def styled(value: Any, number_format: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = number_format
        return cell

    def text(value: Any) -> Any:
        if value is None or value == "":
            return None
        if value.__class__ is not str:
            if isinstance(value, dt.datetime):
                return styled(value, DATETIME_FORMAT)
            if isinstance(value, dt.date):
                return value  # openpyxl gives a date the format yyyy-mm-dd
            value = str(value)  # a unit number stays text ("0801"); so does any text column
        if value[0] == "=" and len(value) > 1:
            # A note typed as "=HYPERLINK(…)" is text the clerk wrote, never a formula Excel would run on opening.
            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type = "s"
            return cell
        return value

    def money(value: Any) -> Any:
        if value is None or value == "":
            return None
        return styled(value if isinstance(value, Decimal | float | int) else Decimal(value), MONEY_FORMAT)

    def decimal(value: Any) -> Any:
        if isinstance(value, Decimal | float):
            return styled(value, DECIMAL_FORMAT)
        return text(value) if isinstance(value, str) else value

    def other(value: Any) -> Any:
        if value is None or value == "":
            return None
        if isinstance(value, dt.datetime):
            return styled(value, DATETIME_FORMAT)
        return text(value) if isinstance(value, str) else value

    chosen = {Kind.MONEY: money, Kind.DECIMAL: decimal, Kind.TEXT: text, Kind.UNIT: text}
    return [chosen.get(kind, other) for kind in kinds]


def _header(sheet: WriteOnlyWorksheet, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=text)
    cell.font = HEADER_FONT
    cell.fill = HEADER_FILL
    cell.border = HEADER_BORDER
    cell.alignment = HEADER_ALIGNMENT
    return cell


def _write_sheet(book: Workbook, spec: SheetRows, written: int, total: int) -> int:
    sheet = book.create_sheet(spec.name[:31])
    rows: Iterator[Sequence[Any]] = iter(spec.rows)
    first = list(islice(rows, MEASURED_ROWS))
    for c, width in enumerate(column_widths(spec.headers, first), start=1):
        sheet.column_dimensions[get_column_letter(c)].width = width
    sheet.freeze_panes = "A2"
    sheet.append([_header(sheet, h) for h in spec.headers])
    converters = _converters(sheet, spec.kinds)
    count = 0
    for row in chain(first, rows):
        sheet.append([convert(v) for convert, v in zip(converters, row, strict=False)])
        count += 1
        if count % STEP == 0:
            done = written + count
            jobs.step(done, max(total, done + 1))  # the window's Cancel stops it here (JobCancelled)
    last = get_column_letter(max(len(spec.headers), 1))
    sheet.auto_filter.ref = f"A1:{last}{count + 1}"
    return count


def write_workbook(
    target: Path,
    sheets: Iterable[SheetRows],
    *,
    total: int = 0,
) -> int:
    """Write ``sheets`` to ``target`` (.xlsx) all at once or not at all; returns the number of rows written.

    ``total`` is the number of rows expected, for the progress bar (``app.jobs.step`` every few thousand rows, where
    the window's Cancel stops the job with ``JobCancelled``). ``ExportFailed`` when the file cannot be written.
    Either way, on any error ``target`` is left as it was and no temporary file stays behind.
    """
    book = Workbook(write_only=True)
    written = 0

    def write(part: Path) -> None:
        nonlocal written
        try:
            for spec in sheets:
                written += _write_sheet(book, spec, written, total)
            if not book.worksheets:
                book.create_sheet("Sheet1")
            book.save(part)
        except BaseException:
            _abandon(book)
            raise

    written_whole(target, write)
    return written


def written_whole(target: Path, write: Callable[[Path], None]) -> Path:
    """Have ``write`` write a workbook to a temporary file beside ``target``, then put it in place: whole or not at
    all. Every workbook the exchange room writes (exports, the template, the error workbook) is written so;
    ``ExportFailed`` names what could not be written, and no temporary file stays behind."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportFailed(
            QT_TRANSLATE_NOOP("app", "The folder {folder} does not exist: choose another place for the workbook."),
            folder=str(folder),
        )
    try:
        handle, temporary = tempfile.mkstemp(prefix=".workbook-", suffix=".xlsx", dir=folder)
    except OSError as exc:
        raise ExportFailed(
            QT_TRANSLATE_NOOP("app", "The workbook cannot be written in {folder}: {reason}"),
            folder=str(folder),
            reason=exc.strerror or str(exc),
        ) from exc
    os.close(handle)
    part = Path(temporary)
    try:
        write(part)
        os.replace(part, target)
    except OSError as exc:
        raise ExportFailed(
            QT_TRANSLATE_NOOP("app", "The workbook {path} cannot be written: {reason}"),
            path=str(target),
            reason=exc.strerror or str(exc),
        ) from exc
    finally:
        part.unlink(missing_ok=True)
    return target


def _abandon(book: Workbook) -> None:
    """Close and remove what a half-written workbook holds (openpyxl's per-sheet temporary files), so a cancelled
    export leaves nothing, not even a complaint from a generator closed later on a closed file."""
    for sheet in book.worksheets:
        rows = getattr(sheet, "_rows", None)
        writer = getattr(sheet, "_writer", None)
        with suppress(Exception):
            if rows is not None:
                rows.close()
        with suppress(Exception):
            if writer is not None:
                writer.close()
                writer.cleanup()
