"""Read-only lists as the app shows them: rows in the app's order, whole rows selected, no editing in place."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def read_only_table(
    model: QAbstractItemModel,
    parent: QWidget,
    name: str,
    resize: QHeaderView.ResizeMode = QHeaderView.ResizeMode.ResizeToContents,
) -> QTableView:
    """A table over ``model`` in the app's own order (newest first where it matters), one row at a time."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSortingEnabled(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)  # Tab leaves the table; Ctrl+Tab reaches the surrounding tabs
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(resize)
    header.setStretchLastSection(True)
    return view


Row = TypeVar("Row")
_Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the frozen app dataclass behind a row


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Read-only rows shown exactly in the order given (R4: the app decides the order, not the view)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._header_texts: tuple[str, ...] | None = None

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def header_texts(self) -> tuple[str, ...]:
        """``headers()`` translated once: views ask for the column count and headers hundreds of times a paint,
        and the language is fixed for a run (a new one is used at the next start)."""
        if self._header_texts is None:
            self._header_texts = tuple(self.headers())
        return self._header_texts

    def cell(self, row: Row, column: int) -> object:
        raise NotImplementedError

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return None

    def font(self, row: Row) -> QFont | None:
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.header_texts())

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = self.alignment(index.column())
            return None if align is None else int(align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole:
            return self.font(row)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            headers = self.header_texts()
            return headers[section] if 0 <= section < len(headers) else None
        return section + 1

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> Row:
        return self._rows[index]

    def rows(self) -> list[Row]:
        return list(self._rows)


class ColumnFitter(QObject):
    """Sizes a table's columns so the one that holds words (a title) always shows at least ``min_chars`` characters.

    Codes and numbers take what their content needs (up to ``cap`` pixels); when the table is too narrow for all
    of them and the words, the ``shrinkable`` columns give way first, then the others, each down to a few
    characters, elided in the middle (the full text is in the tooltip); only then does a horizontal scroll bar
    appear. Refitted when the table is resized. Only the first ``sample`` rows are measured: a long dossier must
    not cost a pass over every cell.
    """

    def __init__(
        self,
        table: QTableView,
        words: int,
        *,
        shrinkable: Sequence[int] = (),
        min_chars: int = 12,
        cap: int = 220,
        sample: int = 200,
    ) -> None:
        super().__init__(table)
        self.table, self.words, self.min_chars, self.cap, self.sample = table, words, min_chars, cap, sample
        self.shrinkable = tuple(shrinkable)
        self.natural: list[int] = []
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.viewport = table.viewport()
        self.viewport.installEventFilter(self)

    def measure(self) -> None:
        """Read the content's widths again (new rows); then fit."""
        table, model = self.table, self.table.model()
        metrics, header = table.fontMetrics(), table.horizontalHeader()
        pad = 2 * table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin, None, table) + 12
        rows = min(model.rowCount(), self.sample)
        self.natural = []
        for column in range(model.columnCount()):
            width = header.sectionSizeHint(column)
            for row in range(rows):
                text = model.index(row, column).data()
                if text not in (None, ""):
                    width = max(width, metrics.horizontalAdvance(str(text)) + pad)
            self.natural.append(width if column == self.words else min(width, self.cap))
        self.fit()

    def set_hidden(self, column: int, hidden: bool) -> None:
        """Hide or show a column; the others share its room."""
        if self.table.isColumnHidden(column) != hidden:
            self.table.setColumnHidden(column, hidden)
            self.fit()

    def minimum_words(self) -> int:
        return self.table.fontMetrics().horizontalAdvance("档" * self.min_chars) + 16

    def fit(self) -> None:
        if not self.natural:
            return
        header = self.table.horizontalHeader()
        available = self.table.viewport().width()
        floor = self.table.fontMetrics().horizontalAdvance("0000") + 12  # a code's head and tail, elided between
        others = {c: w for c, w in enumerate(self.natural) if c != self.words and not header.isSectionHidden(c)}
        excess = sum(others.values()) - (available - self.minimum_words())
        # Columns of names and places give way first, dates and numbers only when that is not enough.
        for group in (self.shrinkable, tuple(others)):
            give = {c: max(0, others[c] - floor) for c in group if c in others}
            can = sum(give.values())
            if excess <= 0 or not can:
                continue
            share = min(1.0, excess / can)
            for column, spare in give.items():
                cut = min(spare, math.ceil(spare * share))  # rounded up: never a pixel over, no scroll bar for it
                others[column] -= cut
                excess -= cut
        for column, width in others.items():
            header.resizeSection(column, width)
        header.resizeSection(self.words, max(self.minimum_words(), available - sum(others.values())))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A table being torn down still resizes its viewport: only a live table is refitted.
        if event.type() == QEvent.Type.Resize and watched is self.viewport and shiboken6.isValid(self.table):
            self.fit()
        return False
