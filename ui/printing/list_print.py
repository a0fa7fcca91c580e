"""A "Print list…" action for any list on screen (the product rule: Print wherever a list is shown).

What gets printed is what the list shows: the visible columns in their on-screen order, with
their header labels, and the display text of every row of the model — all of it, not only the
rows scrolled into view (a lazily filled model is fetched to the end first). The text goes to
``app.list_print.print_list``, built off the UI thread by ``PrintoutBuilder`` and shown in the
print preview, so a list prints like every other printout: A4, the shipped font, page numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableView, QTreeView, QWidget

from app.desk import Actor, Desk
from ui.icons import icon
from ui.printing.list_export import ListExporter
from ui.printing.print_preview import PrintoutBuilder

INDENT = "　"  # a full-width space a level: a tree's children read as belonging to the row above


@dataclass(frozen=True)
class ListText:
    """A list as text: the column headers, each row's cells, and the columns holding numbers."""

    headers: list[str]
    rows: list[list[str]] = field(default_factory=list)
    numeric: tuple[int, ...] = ()


def _display(model: QAbstractItemModel, index: QModelIndex) -> str:
    value = model.data(index, Qt.ItemDataRole.DisplayRole)
    return "" if value is None else str(value)


def _columns(model: QAbstractItemModel, view: QAbstractItemView | None) -> list[int]:
    """The model's columns as the view shows them: hidden ones left out, moved ones where they are shown."""
    # A list model has one column, and PySide keeps its columnCount private.
    count = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    header: QHeaderView | None = None
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
    elif isinstance(view, QTreeView):
        header = view.header()
    if header is None or header.count() != count:
        return list(range(count))
    return [header.logicalIndex(v) for v in range(count) if not header.isSectionHidden(header.logicalIndex(v))]


def _fetch_all(model: QAbstractItemModel, parent: QModelIndex) -> None:
    # A model that loads in pages holds only what was scrolled to; the printout wants every row.
    while model.canFetchMore(parent):
        model.fetchMore(parent)


def model_text(model: QAbstractItemModel, view: QAbstractItemView | None = None) -> ListText:
    """The headers and every row of ``model`` as shown in ``view``; a tree's children follow their parent, indented."""
    _fetch_all(model, QModelIndex())
    columns = _columns(model, view)
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "") for c in columns]
    rows: list[list[str]] = []
    right: set[int] = set()

    def walk(parent: QModelIndex, depth: int) -> None:
        for r in range(model.rowCount(parent)):
            cells = []
            for n, c in enumerate(columns):
                index = model.index(r, c, parent)
                cells.append(_display(model, index))
                align = model.data(index, Qt.ItemDataRole.TextAlignmentRole)
                if align is not None and Qt.AlignmentFlag(int(align)) & Qt.AlignmentFlag.AlignRight:
                    right.add(n)  # shown flush right on screen: a number, printed the same way
            if depth and cells:
                tree = columns.index(0) if 0 in columns else 0  # the column the view draws the tree in
                cells[tree] = INDENT * depth + cells[tree]
            rows.append(cells)
            first = model.index(r, 0, parent)
            _fetch_all(model, first)
            if model.rowCount(first):  # hasChildren is private in a table model
                walk(first, depth + 1)

    walk(QModelIndex(), 0)
    return ListText(headers, rows, tuple(sorted(right)))


Source = Callable[[], ListText]
Text = str | Callable[[], str]


def _text(value: Text) -> str:
    return value() if callable(value) else value


class ListPrinter(QObject):
    """Prints one list: ``action`` (with the standard Print shortcut while ``host`` has focus) and ``button()``;
    exports the same rows to Excel: ``export_action`` and ``export_button()``, placed beside them.

    ``source`` is the list's view (its model is read as shown) or a function returning the text,
    for lists whose screen form does not make good columns. ``title`` and ``subtitle`` may be
    functions, read when printing: a dialog's floor or dossier can change while it is open.
    """

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        host: QWidget,
        source: QAbstractItemView | Source,
        title: Text,
        *,
        subtitle: Text = "",
        file_name: str = "list.pdf",
        text: str | None = None,
        printouts: PrintoutBuilder | None = None,
        cells: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__(host)
        self.host = host
        self.source = source
        # Every printed cell passes through ``cells``: what may be shown on screen but not leave the office on paper
        # (a personal mobile, app.privacy) is masked in the printout only.
        self.cells = cells
        self.title = title
        self.subtitle = subtitle
        self.file_name = file_name
        # A host that prints other things too shares its builder: one printout at a time, one cleanup.
        self.printouts = printouts if printouts is not None else PrintoutBuilder(desk, actor, host)
        self._own_printouts = printouts is None
        self.action = QAction(icon("print"), text or self.tr("Print &list…"), host)
        self.action.setObjectName("print-list")
        self.action.setToolTip(self.tr("Print this list as it is shown, every row"))
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        # Only while the list's own window or panel has focus: the main window has other Print actions.
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.triggered.connect(self.print_list)
        host.addAction(self.action)
        # Every list that prints also exports, from the very rows the printout would hold (cells masked alike).
        self.exporter = ListExporter(desk, actor, host, self.list_text, lambda: _text(self.title))
        self.export_action = self.exporter.action
        # A window that disables Print list (nothing to print yet) disables the export with it.
        self.action.enabledChanged.connect(self.export_action.setEnabled)

    def button(self, parent: QWidget | None = None) -> QPushButton:
        """A push button for the action, for dialogs whose actions are buttons."""
        button = QPushButton(self.action.icon(), self.action.text(), parent or self.host)
        button.setObjectName("print-list")
        button.setToolTip(self.action.toolTip())
        button.setAutoDefault(False)  # Enter still does what the dialog's default button does
        button.clicked.connect(self.print_list)
        return button

    def export_button(self, parent: QWidget | None = None) -> QPushButton:
        """A push button for "Export to Excel…", for the dialog's button row beside ``button()``."""
        return self.exporter.button(parent)

    def export_list(self) -> bool:
        """Ask for a file and export the list to it (as the export button does); False if nothing was started."""
        return self.exporter.export()

    def list_text(self) -> ListText:
        if isinstance(self.source, QAbstractItemView):
            model = self.source.model()
            listed = model_text(model, self.source) if model is not None else ListText([])
        else:
            listed = self.source()
        if self.cells is None:
            return listed
        cells = self.cells
        return ListText(listed.headers, [[cells(c) for c in row] for row in listed.rows], listed.numeric)

    def print_list(self) -> bool:
        """Build the printout and open its preview; False while another printout is still being built."""
        listed = self.list_text()
        if not listed.headers:
            return False
        title, subtitle = _text(self.title), _text(self.subtitle)
        stamp = self.tr("Printed by {who} on {when}")
        empty = self.tr("(none)")
        headers, rows, numeric = listed.headers, listed.rows, listed.numeric
        from app.printing import print_list  # here, not at the top: every window has a list, few print one

        return self.printouts.build(
            lambda work, target: print_list(
                work, target, title, headers, rows, subtitle=subtitle, numeric=numeric, stamp=stamp, empty=empty
            ),
            self.file_name,
            title,
        )

    def cleanup(self) -> None:
        """When the host closes; a shared builder is cleaned up by its owner."""
        self.exporter.cleanup()
        if self._own_printouts:
            self.printouts.cleanup()
