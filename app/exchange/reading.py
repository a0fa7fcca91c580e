"""Opening an office's workbook and finding its sheets, header rows and columns, whatever shape it came in.

A file that is not an .xlsx workbook is refused with what to do instead (.xls, .csv, .ods/.et, a password, a damaged
file); nothing is guessed. Sheets are found by name (Chinese or English) and, failing that, by their headers; a
title row above the headers (often merged across the columns) is skipped; headers are matched after folding
(app.exchange.sheets.folded) against each column's names; columns nobody reads are reported. Cells merged over
several rows or columns read as the merged value in each (a building's name merged down its units). openpyxl's
read-only mode streams the rows; formulas read as the values Excel last calculated.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter, range_boundaries
from openpyxl.utils.exceptions import InvalidFileException

from app.errors import AppError
from app.exchange.error_workbook import LIST_SHEET
from app.exchange.report import Ignored, Problems
from app.exchange.sheets import SHEETS, Column, Sheet, folded, names_of, sheet_names
from app.exchange.template import INSTRUCTIONS
from app.text import QT_TRANSLATE_NOOP

# The header row is looked for in this many rows from the top (title rows, notes, blank lines above it).
HEADER_SEARCH_ROWS = 15
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+:[A-Z]+[0-9]+)"')


# The program's own sheets, which a clerk sends back with the rows: the template's instructions and the error
# workbook's listing. They are not read, and not worth a note either.
_OWN_SHEETS = {folded(INSTRUCTIONS), folded(LIST_SHEET)}


class ImportRefused(AppError):
    """The file cannot be read as a workbook at all; nothing was read or written."""


@dataclass(frozen=True)
class FoundColumn:
    column: Column
    index: int  # 0-based position in the row
    letter: str
    header: str  # as the file has it


@dataclass
class FoundSheet:
    spec: Sheet
    title: str  # the sheet's name in the file
    header_row: int  # as Excel numbers rows
    columns: dict[str, FoundColumn]
    rows: list[tuple[int, tuple[Any, ...]]] = field(default_factory=list)  # (Excel row number, values), blanks left out

    def value(self, values: tuple[Any, ...], key: str) -> Any:
        found = self.columns.get(key)
        if found is None or found.index >= len(values):
            return None
        return values[found.index]


@dataclass
class Book:
    path: Path
    sheets: dict[str, FoundSheet] = field(default_factory=dict)
    ignored: list[Ignored] = field(default_factory=list)
    problems: Problems = field(default_factory=Problems)

    @property
    def row_count(self) -> int:
        return sum(len(s.rows) for s in self.sheets.values())


def _refuse(template: str, path: Path) -> ImportRefused:
    return ImportRefused(template, file=path.name)


def check_file(path: Path) -> None:
    """Refuse what is not an .xlsx workbook with what to do about it."""
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
            size = path.stat().st_size
    except FileNotFoundError:
        raise _refuse(QT_TRANSLATE_NOOP("app", "The file {file} is not there."), path) from None
    except OSError as exc:
        raise ImportRefused(
            QT_TRANSLATE_NOOP("app", "The file {file} cannot be read: {reason}"),
            file=path.name,
            reason=exc.strerror or str(exc),
        ) from None
    suffix = path.suffix.lower()
    if size == 0:
        raise _refuse(QT_TRANSLATE_NOOP("app", "The file {file} is empty: it holds no workbook."), path)
    if head.startswith(_OLE):
        if _encrypted(path):
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "app",
                    "The workbook {file} is protected by a password: open it in Excel or WPS, remove the password "
                    "(File ▸ Info ▸ Protect Workbook) and save it, then import it again.",
                ),
                path,
            )
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "app",
                "{file} is in the old Excel 97–2003 (.xls) or WPS (.et) format: open it in Excel or WPS and save it "
                "as an Excel workbook (.xlsx), then import that.",
            ),
            path,
        )
    if head.startswith(_ZIP):
        if _is_open_document(path):
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "app",
                    "{file} is an OpenDocument spreadsheet (.ods): open it in LibreOffice or WPS and save it as an "
                    "Excel workbook (.xlsx), then import that.",
                ),
                path,
            )
        return
    if suffix in (".csv", ".txt") or _looks_like_text(path):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "app",
                "{file} is a text (CSV) file, not an Excel workbook: open it in Excel or WPS, save it as an Excel "
                "workbook (.xlsx) with the template's sheet names, then import that.",
            ),
            path,
        )
    raise _refuse(
        QT_TRANSLATE_NOOP("app", "{file} is not an Excel workbook (.xlsx): choose the workbook to import."), path
    )


def _encrypted(path: Path) -> bool:
    # A password-protected .xlsx is an OLE container holding the encrypted package and its "EncryptionInfo" stream.
    marker = "EncryptionInfo".encode("utf-16-le")
    with path.open("rb") as handle:
        head = handle.read(1 << 20)
        if marker in head:
            return True
        # The stream names are in the container's directory, which a large file may keep at its end (LibreOffice
        # does): the header says where the directory's first sector is and how long a sector is.
        if len(head) < 0x34:
            return False
        size = 1 << int.from_bytes(head[0x1E:0x20], "little")
        first = int.from_bytes(head[0x30:0x34], "little")
        if size not in (512, 4096) or first >= 0xFFFFFFFA:
            return False
        handle.seek((first + 1) * size)
        return marker in handle.read(8 * size)


def _is_open_document(path: Path) -> bool:
    with suppress(zipfile.BadZipFile, OSError, KeyError), zipfile.ZipFile(path) as archive:
        return archive.read("mimetype").startswith(b"application/vnd.oasis.opendocument")
    return False


def _looks_like_text(path: Path) -> bool:
    with path.open("rb") as handle:
        sample = handle.read(4096)
    if b"\x00" in sample:
        return False
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError:
        try:
            sample.decode("gb18030")
        except UnicodeDecodeError:
            return False
    return True


def _damaged(path: Path) -> ImportRefused:
    return _refuse(
        QT_TRANSLATE_NOOP(
            "app",
            "The workbook {file} is damaged or incomplete (perhaps not fully copied): open it in Excel or WPS, save "
            "it again, then import that.",
        ),
        path,
    )


def _merged_ranges(sheet: Any) -> list[tuple[int, int, int, int]]:
    """The sheet's merged ranges (min_col, min_row, max_col, max_row), read from its XML: read-only mode skips them."""
    found: list[tuple[int, int, int, int]] = []
    tail = b""
    with sheet._get_source() as source:  # the sheet's part in the archive, streamed
        while True:
            chunk = source.read(1 << 20)
            if not chunk:
                break
            block = tail + chunk
            for match in _MERGE.finditer(block):
                bounds = range_boundaries(match.group(1).decode("ascii"))
                found.append(tuple(int(b) for b in bounds))  # type: ignore[arg-type]
            tail = block[-200:]
    return list(dict.fromkeys(found))  # a match in the overlap is found twice


def _filled(rows: Iterator[tuple[Any, ...]], merged: Sequence[tuple[int, int, int, int]]) -> Iterator[list[Any]]:
    """Rows with every cell of a merged range holding the range's value (its top-left cell's)."""
    by_row: dict[int, list[tuple[int, int, int, int]]] = {}
    for bounds in merged:
        for r in range(bounds[1], bounds[3] + 1):
            by_row.setdefault(r, []).append(bounds)
    anchors: dict[tuple[int, int], Any] = {}
    for number, values in enumerate(rows, start=1):
        row = list(values)
        for min_col, min_row, max_col, _max_row in by_row.get(number, ()):
            if number == min_row:
                anchors[(min_row, min_col)] = row[min_col - 1] if min_col - 1 < len(row) else None
            value = anchors.get((min_row, min_col))
            if len(row) < max_col:
                row += [None] * (max_col - len(row))
            for c in range(min_col - 1, max_col):
                row[c] = value
        yield row


def _blank(values: Sequence[Any]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


def _match_headers(spec: Sheet, values: Sequence[Any]) -> tuple[dict[str, int], list[int]]:
    """Which column of ``spec`` each cell names (first one wins), and the cells naming none."""
    names = {c.key: names_of(c) for c in spec.columns}
    matched: dict[str, int] = {}
    others: list[int] = []
    for index, value in enumerate(values):
        word = folded(value)
        if not word:
            continue
        key = next((k for k, known in names.items() if word in known and k not in matched), None)
        if key is None:
            others.append(index)
        else:
            matched[key] = index
    return matched, others


def _header_row(spec: Sheet, top: Sequence[Sequence[Any]]) -> tuple[int, dict[str, int], list[int]] | None:
    """The row (1-based) among ``top`` naming the most of ``spec``'s columns, at least two or every required one."""
    best: tuple[int, dict[str, int], list[int]] | None = None
    required = {c.key for c in spec.columns if c.required}
    for number, values in enumerate(top, start=1):
        matched, others = _match_headers(spec, values)
        enough = len(matched) >= 2 or (required and required <= matched.keys())
        if enough and (best is None or len(matched) > len(best[1])):
            best = (number, matched, others)
    return best


def read_book(path: Path) -> Book:
    """Open ``path`` and find its sheets; raises ``ImportRefused`` for a file that is not a readable .xlsx."""
    path = Path(path)
    check_file(path)
    # Opened here and handed over as a file: openpyxl refuses a path by its name alone, and a good workbook renamed
    # .xls or saved without an extension is still one (its content was checked above).
    with path.open("rb") as handle:
        return _read(path, handle)


def _read(path: Path, handle: BinaryIO) -> Book:
    try:
        workbook = load_workbook(handle, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, EOFError, OSError, ValueError) as exc:
        raise _damaged(path) from exc
    except Exception as exc:  # openpyxl raises many kinds on a broken part (TypeError, lxml's errors …)
        raise _damaged(path) from exc
    book = Book(path)
    try:
        _read_sheets(workbook, book)
    except (zipfile.BadZipFile, EOFError, KeyError, OSError) as exc:
        raise _damaged(path) from exc
    except AppError:
        raise
    except Exception as exc:  # a part that parses badly half-way through
        raise _damaged(path) from exc
    finally:
        workbook.close()
    return book


def _read_sheets(workbook: Any, book: Book) -> None:
    by_name = {name: spec for spec in SHEETS for name in sheet_names(spec)}
    pending: list[tuple[Any, list[list[Any]], Iterator[list[Any]]]] = []
    for sheet in workbook.worksheets:
        if not hasattr(sheet, "reset_dimensions"):
            continue  # a chart sheet
        sheet.reset_dimensions()  # trust the rows, not the size the writer claimed (some write "A1")
        rows = _filled(sheet.iter_rows(values_only=True), _merged_ranges(sheet))
        top = [row for _, row in zip(range(HEADER_SEARCH_ROWS), rows, strict=False)]
        pending.append((sheet, top, rows))
    unplaced = []
    for sheet, top, rows in pending:
        spec = by_name.get(folded(sheet.title))
        if spec is not None and spec.key not in book.sheets:
            _take(book, spec, sheet.title, top, rows)
        else:
            unplaced.append((sheet, top, rows))
    # A sheet named otherwise ("Sheet1", "2023年台账") is taken for the sheet whose headers it has.
    for sheet, top, rows in unplaced:
        scored = []
        for spec in SHEETS:
            if spec.key in book.sheets:
                continue
            found = _header_row(spec, top)
            required = {c.key for c in spec.columns if c.required}
            if found is not None and required <= found[1].keys():
                scored.append((len(found[1]), spec))
        if scored:
            _, spec = max(scored, key=lambda s: s[0])
            _take(book, spec, sheet.title, top, rows)
        elif not all(_blank(r) for r in top) and folded(sheet.title) not in _OWN_SHEETS:
            book.ignored.append(Ignored(sheet.title, "", ""))


def _take(book: Book, spec: Sheet, title: str, top: list[list[Any]], rows: Iterator[list[Any]]) -> None:
    found = _header_row(spec, top)
    if found is None:
        expected = "、".join(spec.headers)
        book.problems.add(
            title,
            None,
            "",
            "",
            None,
            QT_TRANSLATE_NOOP(
                "app",
                "No header row found in the first {rows} rows: the sheet needs a row of column names such as "
                "{headers}.",
            ),
            rows=HEADER_SEARCH_ROWS,
            headers=expected,
        )
        return
    number, matched, others = found
    header_values = top[number - 1]
    columns = {
        key: FoundColumn(spec.column(key), index, get_column_letter(index + 1), str(header_values[index]).strip())
        for key, index in matched.items()
    }
    for index in others:
        book.ignored.append(Ignored(title, get_column_letter(index + 1), str(header_values[index]).strip()))
    for column in spec.columns:
        if column.required and column.key not in columns:
            book.problems.add(
                title,
                number,
                "",
                "",
                None,
                QT_TRANSLATE_NOOP(
                    "app",
                    "The column {header} is missing: add a column headed {header} (or {english}) to this sheet.",
                ),
                header=column.header,
                english=column.english,
            )
    sheet = FoundSheet(spec, title, number, columns)
    for offset, values in enumerate(top[number:], start=number + 1):
        if not _blank(values):
            sheet.rows.append((offset, tuple(values)))
    for offset, values in enumerate(rows, start=len(top) + 1):
        if not _blank(values):
            sheet.rows.append((offset, tuple(values)))
    book.sheets[spec.key] = sheet
