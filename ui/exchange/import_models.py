"""The import wizard's lists: the problems found (sortable, every one), the sheets' counts and the rows to add."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt

from app.exchange import Addition, Problem, SheetCount
from ui.lists import RowsModel


def problem_message(problem: Problem) -> str:
    return problem.message(QCoreApplication.translate)


class ProblemsModel(RowsModel[Problem]):
    """Every problem: sheet, row as Excel numbers it, column letter, header, value, what is wrong and how to fix it.

    Sorted in memory on a header click (the report holds every problem already; a row number sorts as a number)."""

    SHEET, ROW, COLUMN, HEADER, VALUE, MESSAGE = range(6)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Sheet"),
            self.tr("Row"),
            self.tr("Column"),
            self.tr("Header"),
            self.tr("Value"),
            self.tr("What is wrong and how to fix it"),
        )

    def cell(self, row: Problem, column: int) -> object:
        if column == self.SHEET:
            return row.sheet
        if column == self.ROW:
            return "" if row.row is None else str(row.row)
        if column == self.COLUMN:
            return row.column
        if column == self.HEADER:
            return row.header
        if column == self.VALUE:
            return row.value
        return problem_message(row)

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if column == self.ROW else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        keys: dict[int, Callable[[Problem], tuple[object, ...]]] = {
            # Columns compare as Excel orders them: B before AA.
            self.COLUMN: lambda p: (len(p.column), p.column, p.sheet, p.row or 0),
            self.ROW: lambda p: (p.row or 0, p.sheet, len(p.column), p.column),
            self.MESSAGE: lambda p: (problem_message(p), p.sheet, p.row or 0),
        }
        fields = (lambda p: p.sheet, None, None, lambda p: p.header, lambda p: p.value, None)
        key = keys.get(column)
        if key is None:
            field = fields[column] if 0 <= column < len(fields) else None
            if field is None:
                return
            key = lambda p: (field(p), p.row or 0, len(p.column), p.column)  # noqa: E731 - one line of its own
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


class SheetsModel(RowsModel[SheetCount]):
    """Per sheet of the workbook: the rows read, those to add and those the record already holds."""

    def headers(self) -> Sequence[str]:
        return (self.tr("Sheet"), self.tr("Rows"), self.tr("To add"), self.tr("Already recorded"))

    def cell(self, row: SheetCount, column: int) -> object:
        return (row.sheet, str(row.rows), str(row.added), str(row.skipped))[column]

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if column > 0 else None


class AdditionsModel(RowsModel[Addition]):
    """The rows that will be added, each as a short line ("2F 0201 星河科技 2023-05-01")."""

    def headers(self) -> Sequence[str]:
        return (self.tr("Sheet"), self.tr("Row"), self.tr("What will be added"))

    def cell(self, row: Addition, column: int) -> object:
        return (row.sheet, str(row.row), row.text)[column]

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if column == 1 else None
