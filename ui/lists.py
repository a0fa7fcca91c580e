"""Read-only lists as the app shows them: rows in the app's order, whole rows selected, no editing in place."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
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
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)


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


def lay_out_list_window(dialog: QDialog, filters: QLayout, table: QTableView, *list_buttons: QPushButton) -> QLabel:
    """A list window's body (the audit log, the search page): filters above, the list, a line under it for the
    count (returned), then the list's buttons (Print list, Export to Excel) and Close."""
    count = QLabel(dialog)
    count.setObjectName("count")
    count.setWordWrap(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    for button in list_buttons:
        buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(filters)
    layout.addWidget(table, 1)
    layout.addWidget(count)
    layout.addWidget(buttons)
    return count


ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the frozen app dataclass behind a row
_TEXT_ROLES = frozenset((int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)))
_ALIGNMENT, _FONT = int(Qt.ItemDataRole.TextAlignmentRole), int(Qt.ItemDataRole.FontRole)
_ROLES = _TEXT_ROLES | {_ALIGNMENT, _FONT, int(ROW_ROLE)}


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
        # Asked for every role of every visible cell on each paint: roles compared as plain ints, unused ones first out.
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in _TEXT_ROLES:
            return self.cell(row, index.column())
        if role == _ALIGNMENT:
            align = self.alignment(index.column())
            return None if align is None else int(align | Qt.AlignmentFlag.AlignVCenter)
        if role == _FONT:
            return self.font(row)
        return row  # ROW_ROLE

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


PageReader = Callable[[int, int], Sequence[Row]]  # (offset, limit) → that page of the rows, in the app's order


class PagedRowsModel(RowsModel[Row]):
    """Rows read a page at a time as the view scrolls (``canFetchMore``/``fetchMore``), sorted by the app (in SQL).

    ``show(read, total)`` starts over with a new reader (a new filter, a change); only the first page is read, or
    as many rows as were loaded before, so a clerk scrolled far down keeps their place after a change. A sortable
    model names the app's sort key of each column in ``sort_keys``; clicking a header reads again in that order.
    """

    PAGE = 50  # two screens of rows on a tall monitor

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._read: PageReader[Row] | None = None
        self._total = 0
        self._fetching = False
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.DescendingOrder
        self.resorted: Callable[[], None] | None = None  # told after a header click read the rows again

    def sort_keys(self) -> Sequence[str | None]:
        """The app's sort key of each column (None: that column does not sort)."""
        return ()

    def sort_key(self) -> str | None:
        keys = self.sort_keys()
        return keys[self.sort_column] if 0 <= self.sort_column < len(keys) else None

    def descending(self) -> bool:
        return self.sort_order == Qt.SortOrder.DescendingOrder

    def total(self) -> int:
        return self._total

    def show(self, read: PageReader[Row], total: int, *, keep: int = 0) -> None:
        """Start over with ``read``: the first page (at least ``keep`` rows) now, the rest when scrolled to."""
        self.beginResetModel()
        self._read, self._total = read, total
        wanted = min(total, max(self.PAGE, keep))
        self._rows = list(read(0, wanted)) if wanted else []
        self._total = max(total, len(self._rows))
        self.endResetModel()

    def set_rows(self, rows: Sequence[Row]) -> None:
        """All rows at once (a short list): nothing more to fetch."""
        self._read, self._total = None, len(rows)
        super().set_rows(rows)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and self._read is not None and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        # Not re-entered: a view (or a model tester) told of the new rows may ask for more before they are in.
        if self._fetching or not self.canFetchMore(parent) or self._read is None:
            return
        self._fetching = True
        try:
            start = len(self._rows)
            page = list(self._read(start, min(self.PAGE, self._total - start)))
            if not page:  # fewer than counted (a change meanwhile): stop asking
                self._total = start
                return
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        finally:
            self._fetching = False

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        keys = self.sort_keys()
        if not 0 <= column < len(keys) or keys[column] is None:
            return
        if (column, order) == (self.sort_column, self.sort_order):
            return
        self.sort_column, self.sort_order = column, order
        if self._read is not None:  # a new order starts at its top: its first page only
            self.show(self._read, self._total)
            if self.resorted is not None:
                self.resorted()


class ColumnFitter(QObject):
    """Sizes a table's columns so the one that holds words (a title) always shows at least ``min_chars`` characters.

    Codes and numbers take what their content needs (up to ``cap`` pixels); when the table is too narrow for all
    of them and the words, the ``shrinkable`` columns give way first, then the others, each down to a few
    characters, elided in the middle (the full text is in the tooltip); only then does a horizontal scroll bar
    appear. Refitted when the table is resized. Only the first ``sample`` rows are measured: a long dossier must
    not cost a pass over every cell (nor read its later pages).
    """

    def __init__(
        self,
        table: QTableView,
        words: int,
        *,
        shrinkable: Sequence[int] = (),
        min_chars: int = 12,
        cap: int = 220,
        sample: int = 50,
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
        # A list of the app's rows gives its texts straight away (no model index and role dispatch per cell).
        own = model if isinstance(model, RowsModel) else None
        sample = [own.row(r) for r in range(rows)] if own is not None else []
        self.natural = []
        for column in range(model.columnCount()):
            width = header.sectionSizeHint(column)
            for row in range(rows):
                text = own.cell(sample[row], column) if own is not None else model.index(row, column).data()
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
