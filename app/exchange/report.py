"""What an import found and did: every problem at once, where it is (sheet, row, column), and what it would add.

A problem names the place as Excel shows it (the sheet's tab, the row number at the left, the column letter and
its header), the value found, what is wrong and how to put it right. Its message is an English source string
(context "app") with parameters, translated where it is shown; the command line shows the English.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.errors import Translate, _untranslated


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the workbook; nothing is written while there is any."""

    sheet: str  # the sheet's name as the file has it ("" for the file as a whole)
    row: int | None  # the row number Excel shows (None: the sheet or file as a whole)
    column: str  # the column letter ("" when the whole row is meant)
    header: str  # the column's header as the file has it
    value: str  # the value found, as text
    template: str  # what is wrong and how to fix it: English source, context "app", with {params}
    params: tuple[tuple[str, str], ...] = ()

    def message(self, translate: Translate = _untranslated) -> str:
        text = translate("app", self.template)
        try:
            return text.format(**dict(self.params))
        except (KeyError, IndexError, ValueError):
            return text

    def place(self, translate: Translate = _untranslated) -> str:
        """ "Sheet 租户, row 7, column C (房号)" in the reader's language."""
        if not self.sheet:
            return ""
        if self.row is None:
            return translate("app", "sheet {sheet}").format(sheet=self.sheet)
        if not self.column:
            return translate("app", "sheet {sheet}, row {row}").format(sheet=self.sheet, row=self.row)
        return translate("app", "sheet {sheet}, row {row}, column {column} ({header})").format(
            sheet=self.sheet, row=self.row, column=self.column, header=self.header
        )

    def text(self, translate: Translate = _untranslated) -> str:
        place = self.place(translate)
        shown = translate("app", " (found “{value}”)").format(value=self.value) if self.value else ""
        return f"{place}: {self.message(translate)}{shown}" if place else f"{self.message(translate)}{shown}"


@dataclass(frozen=True)
class Ignored:
    """A column the import does not read (reported, never an error)."""

    sheet: str
    column: str
    header: str


@dataclass(frozen=True)
class SheetCount:
    """What one sheet of the workbook held and what the import makes of it."""

    key: str  # units, customers, tenancies, documents, fees
    sheet: str  # the sheet's name as the file has it
    rows: int  # data rows read (blank rows left out)
    added: int  # rows new to the record
    skipped: int  # rows the record already holds, with the same values


@dataclass(frozen=True)
class Addition:
    """One row the import adds, described for the preview: "2F 0201 星河科技 2023-05-01"."""

    key: str
    sheet: str
    row: int
    text: str


@dataclass(frozen=True)
class ImportReport:
    path: Path
    dry_run: bool
    written: bool  # True only when the import was committed (never with problems, never for a dry run)
    sheets: tuple[SheetCount, ...] = ()
    problems: tuple[Problem, ...] = ()
    ignored: tuple[Ignored, ...] = ()
    additions: tuple[Addition, ...] = ()  # every row that would be (or was) added, in sheet order
    # What the rows create besides themselves: buildings and floors named by the units sheet, fee items new to the file.
    buildings_added: tuple[str, ...] = ()
    floors_added: int = 0
    fee_items_added: tuple[str, ...] = ()
    dossiers_added: int = 0
    header_rows: tuple[tuple[str, int], ...] = ()  # (sheet as named in the file, its header row): the error workbook

    @property
    def rows_read(self) -> int:
        return sum(s.rows for s in self.sheets)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def added(self) -> int:
        return sum(s.added for s in self.sheets)

    @property
    def nothing_new(self) -> bool:
        return self.ok and self.added == 0


@dataclass
class Problems:
    """Problems as they are found, in sheet and row order when reported."""

    found: list[Problem] = field(default_factory=list)

    def add(
        self,
        sheet: str,
        row: int | None,
        column: str,
        header: str,
        value: object,
        template: str,
        /,  # a message's own {header}, {row} or {value} is a parameter, not these
        **params: object,
    ) -> None:
        shown = "" if value is None else str(value)
        self.found.append(
            Problem(sheet, row, column, header, shown[:200], template, tuple((k, str(v)) for k, v in params.items()))
        )

    def __bool__(self) -> bool:
        return bool(self.found)
