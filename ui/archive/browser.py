"""The archive browser: the boxes by year and floor (R7), what each holds, where it stands, and search.

Left, a tree of years → floors → boxes; right, the chosen box's details and its box directory
(案卷目录) as a table. The search looks inside archived dossiers and says which box and shelf
to go to. Everything printed is built by the app as a PDF, off the UI thread, and shown in the
print preview.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QObject, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app import archive
from app.archive import RETENTION_NAMES, ArchiveHit, BoxEntry, BoxInfo, box_entries, boxes, search_archive
from app.archive import set_shelf_location as app_set_shelf_location
from app.desk import Actor, ChangeSet, Desk
from app.errors import AppError, ChangedMeanwhile
from app.loans import on_loan
from app.permissions import Action
from ui import messages
from ui.lists import RowsModel, read_only_table
from ui.loans import lent_text
from ui.printing import ListPrinter, PrintoutBuilder
from ui.translations import app_text, error_text, form_label, format_date
from ui.window_parts import fit_to_screen

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "year", "floor" or "box"
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the year, the floor id or the box id
YEAR_ROLE = Qt.ItemDataRole.UserRole + 3  # the year of every node
SEARCH_DELAY_MS = 250
GEOMETRY_KEY = "archive/browser-geometry"


def retention_name(code: str) -> str:
    return app_text("retention", RETENTION_NAMES.get(code, code))


class BoxEntriesModel(RowsModel[BoxEntry]):
    """A box's directory (案卷目录): the bound dossiers in their places."""

    POSITION, FILE_NUMBER, TITLE, DATES, DOCUMENTS, PAGES, NOTES = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lent: dict[int, str] = {}  # dossier id -> "Lent: 林芳 since 11-20" (R8: not in its box now)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("No."),
            self.tr("File number"),
            self.tr("Title"),
            self.tr("Dates"),
            self.tr("Documents"),
            self.tr("Pages"),
            self.tr("Notes"),
        )

    def cell(self, row: BoxEntry, column: int) -> object:
        if column == self.POSITION:
            return row.position
        if column == self.FILE_NUMBER:
            return row.file_number
        if column == self.TITLE:
            return row.title
        if column == self.DATES:
            return f"{format_date(row.start_date)} – {format_date(row.end_date)}"
        if column == self.DOCUMENTS:
            return row.documents
        if column == self.PAGES:
            return row.pages
        return "；".join(part for part in (self.lent.get(row.dossier_id, ""), row.notes) if part)

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        if column in (self.POSITION, self.DOCUMENTS, self.PAGES):
            return Qt.AlignmentFlag.AlignRight
        return None

    def rows(self) -> list[BoxEntry]:
        return [self.row(r) for r in range(self.rowCount())]


class ArchiveHitsModel(RowsModel[ArchiveHit]):
    """What the archive search found, with the box and shelf to go to."""

    # Where to go first: the box and its shelf, then which file in it, whose it is, and why it was found.
    BOX, SHELF, FILE_NUMBER, CUSTOMER, UNITS, YEAR, MATCHED = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lent: dict[int, str] = {}  # dossier id -> who has it now (R8): not on the shelf

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Box"),
            self.tr("Shelf"),
            self.tr("File number"),
            self.tr("Customer"),
            self.tr("Unit(s)"),
            self.tr("Year"),
            self.tr("Found in"),
        )

    def cell(self, row: ArchiveHit, column: int) -> object:
        shelf = row.shelf_location or "—"
        if row.destroyed_at is not None:  # issue 12: a tombstone — the file is no longer on any shelf (R15)
            shelf = self.tr("Destroyed {date} (list {number})").format(
                date=format_date(row.destroyed_at.date()), number=row.destruction_list
            )
        elif row.dossier_id in self.lent:
            shelf = f"{shelf}（{self.lent[row.dossier_id]}）"
        units = f"{row.units}（{row.floor}）" if row.floor else row.units
        return (row.box_number, shelf, row.file_number, row.customer, units, row.year, row.matched)[column]


class ArchiveBrowser(QDialog):
    """Modeless; ``dossier_chosen(id)`` when a dossier is double-clicked. Follows changes via ``refresh``."""

    dossier_chosen = Signal(int)

    def __init__(
        self, desk: Desk, actor: Actor, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.settings = settings
        self.may_archive = desk.may(actor, Action.ARCHIVE)
        self.may_print = desk.may(actor, Action.PRINT_ARCHIVE)
        self.boxes: dict[int, BoxInfo] = {}
        self.current_box: BoxInfo | None = None
        self.printouts = PrintoutBuilder(desk, actor, self)
        self.setObjectName("archive-browser")
        self.setWindowTitle(self.tr("Archive browser"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)

        # Search inside the archived dossiers
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("archive-search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Company, former name, unit, file number, document title…"))
        search_label = QLabel(self.tr("&Search the archive:"), self)
        search_label.setBuddy(self.search_edit)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(lambda _text: self.search_timer.start())
        self.search_edit.returnPressed.connect(self.run_search)

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.print_directory_action = self._action(self.tr("Print box &directory"), self.print_box_directory)
        self.print_labels_action = self._action(self.tr("Print box &labels"), self.print_box_labels)
        self.print_box_action = self._action(self.tr("Print &box"), self.print_box)
        self.print_year_action = self._action(self.tr("Print &year"), self.print_year)
        self.print_year_directory_action = self._action(self.tr("Print year di&rectory"), self.print_year_directory)
        self.print_handover_action = self._action(self.tr("Print &hand-over list…"), self.print_handover)

        # Left: years → floors → boxes; and the search results when there is a search
        self.tree_model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("archive-tree")
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.selectionModel().currentChanged.connect(self._node_chosen)
        self.hits = ArchiveHitsModel(self)
        self.hits_table = read_only_table(self.hits, self, "archive-hits")
        self.hits_table.clicked.connect(self._hit_chosen)
        self.hits_table.activated.connect(self._hit_chosen)
        self.hits_box = QGroupBox(self.tr("Found"), self)
        self.hits_box.setObjectName("found")
        hits_layout = QVBoxLayout(self.hits_box)
        hits_layout.setContentsMargins(4, 4, 4, 4)
        hits_layout.addWidget(self.hits_table)
        self.hits_box.setVisible(False)
        left = self.tree

        # Right: the box in words, then its directory
        self.details = QGroupBox(self.tr("No box chosen"), self)
        self.details.setObjectName("box-details")
        self.fields: dict[str, QLabel] = {}
        columns = QHBoxLayout(self.details)
        for group in (
            (("floor", self.tr("Floor")), ("retention", self.tr("Retention")), ("spine", self.tr("Spine"))),
            (("contents", self.tr("Contents")), ("files", self.tr("File numbers")), ("created", self.tr("Boxed"))),
        ):
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for key, caption in group:
                label = QLabel(self.details)
                label.setObjectName(key)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                label.setWordWrap(True)
                self.fields[key] = label
                form.addRow(form_label(caption), label)
            columns.addLayout(form, 1)
        self.shelf_edit = QLineEdit(self)
        self.shelf_edit.setObjectName("shelf-location")
        self.shelf_edit.setMaxLength(archive.MAX_SHELF_LENGTH)
        self.shelf_edit.setPlaceholderText(self.tr("e.g. archive room, cabinet 3, shelf 2"))
        self.shelf_edit.setReadOnly(not self.may_archive)
        self.shelf_button = QPushButton(self.tr("Sa&ve place"), self)
        self.shelf_button.setObjectName("save-shelf")
        self.shelf_button.setVisible(self.may_archive)
        self.shelf_button.clicked.connect(self.save_shelf_location)
        self.shelf_edit.returnPressed.connect(self.save_shelf_location)
        self.shelf_edit.textEdited.connect(self._shelf_edited)
        shelf_label = QLabel(self.tr("S&helf location:"), self)
        shelf_label.setBuddy(self.shelf_edit)
        shelf_row = QHBoxLayout()
        shelf_row.addWidget(shelf_label)
        shelf_row.addWidget(self.shelf_edit, 1)
        shelf_row.addWidget(self.shelf_button)
        self.entries = BoxEntriesModel(self)
        self.entries_table = read_only_table(self.entries, self, "box-entries")
        self.entries_table.horizontalHeader().setSectionResizeMode(
            BoxEntriesModel.TITLE, QHeaderView.ResizeMode.Stretch
        )
        self.entries_table.horizontalHeader().setStretchLastSection(False)
        self.entries_table.setToolTip(self.tr("Double-click a dossier to open it"))
        self.entries_table.doubleClicked.connect(self._entry_activated)
        open_action = QAction(self.tr("Open dossier"), self.entries_table)
        open_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(lambda: self._entry_activated(self.entries_table.currentIndex()))
        self.entries_table.addAction(open_action)
        # The search results print as a list; a box's contents print as its box directory (案卷目录).
        self.hits_printer = ListPrinter(
            desk,
            actor,
            self.hits_box,
            self.hits_table,
            lambda: self.tr("Found in the archive: “{text}”").format(text=self.search_edit.text().strip()),
            file_name="archive-search.pdf",
            printouts=self.printouts,
        )
        self.hits_table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.hits_table.addAction(self.hits_printer.action)
        self.hits_table.addAction(self.hits_printer.export_action)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.details)
        right_layout.addLayout(shelf_row)
        right_layout.addWidget(self.entries_table, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([440, 660])
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search_edit, 1)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        # The search results across the whole width, above the boxes: what matched and where the file stands must
        # be readable at a glance; choosing one shows its box below.
        outer = QSplitter(Qt.Orientation.Vertical, self)
        outer.setObjectName("search-and-boxes")
        outer.addWidget(self.hits_box)
        outer.addWidget(self.splitter)
        outer.setStretchFactor(0, 2)
        outer.setStretchFactor(1, 3)
        outer.setChildrenCollapsible(False)
        layout.addWidget(outer, 1)
        layout.addWidget(self.status)
        # As wide as it likes, but never wider or taller than the screen's free area (1024×768 desks).
        fit_to_screen(self, 1100, 640)
        if settings is not None:
            geometry = settings.value(GEOMETRY_KEY)
            if geometry is not None:
                self.restoreGeometry(geometry)  # type: ignore[arg-type]
        self.load()
        self._show_box(None)

    def _action(self, text: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    # -- the tree -------------------------------------------------------------------------------

    def load(self) -> None:
        """Read every box (a few per floor and year) and rebuild the tree, keeping the chosen node."""
        kept = self._current_key()
        with self.desk.read(self.actor) as work:
            found = boxes(work)
        self.boxes = {b.id: b for b in found}
        several_buildings = len({b.building_id for b in found}) > 1
        self.tree_model.clear()
        years: dict[int, QStandardItem] = {}
        floors: dict[tuple[int, int], QStandardItem] = {}
        for b in found:  # newest year first, then building, floor and number (the app's order)
            year = years.get(b.year)
            if year is None:
                year = _node(str(b.year), "year", b.year, b.year)
                years[b.year] = year
                self.tree_model.appendRow(year)
            floor = floors.get((b.year, b.floor_id))
            if floor is None:
                label = f"{b.building} {b.floor}" if several_buildings else b.floor
                floor = _node(label, "floor", b.floor_id, b.year)
                floors[(b.year, b.floor_id)] = floor
                year.appendRow(floor)
            text = self.tr("{number} — %n dossier(s)", "", b.dossiers).format(number=b.number)
            if b.shelf_location:
                text += f" — {b.shelf_location}"
            floor.appendRow(_node(text, "box", b.id, b.year))
        for year in years.values():
            count = sum(year.child(i).rowCount() for i in range(year.rowCount()))
            year.setText(self.tr("{year} (%n box(es))", "", count).format(year=year.data(KEY_ROLE)))
        self.status.setText(
            self.tr("%n box(es), {dossiers}", "", len(found)).format(
                dossiers=self.tr("%n archived dossier(s)", "", sum(b.dossiers for b in found))
            )
            if found
            else self.tr("No archive boxes yet: the annual archiving makes them (Archive ▸ Annual archiving…).")
        )
        if kept is not None and self._select(*kept):
            return
        first = self.tree_model.index(0, 0)
        if first.isValid():
            self.tree.expand(first)
            self.tree.setCurrentIndex(first)
        else:
            self._show_box(None)
        self._enable_prints()

    def _current_key(self) -> tuple[str, int, int] | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return index.data(KIND_ROLE), index.data(KEY_ROLE), index.data(YEAR_ROLE)

    def _find(self, kind: str, key: int, year: int | None = None) -> QModelIndex:
        """The tree node of a year, floor (of a year) or box (the tree holds a few hundred nodes at most)."""
        pending = [self.tree_model.index(r, 0) for r in range(self.tree_model.rowCount())]
        while pending:
            index = pending.pop(0)
            if (
                index.data(KIND_ROLE) == kind
                and index.data(KEY_ROLE) == key
                and (year is None or index.data(YEAR_ROLE) == year)
            ):
                return index
            pending.extend(self.tree_model.index(r, 0, index) for r in range(self.tree_model.rowCount(index)))
        return QModelIndex()

    def _select(self, kind: str, key: int, year: int | None = None) -> bool:
        index = self._find(kind, key, year)
        if not index.isValid():
            return False
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def select_box(self, box_id: int) -> bool:
        return self._select("box", box_id)

    def select_year(self, year: int) -> bool:
        found = self._select("year", year)
        if found:
            self.tree.expand(self.tree.currentIndex())
        return found

    def tree_boxes(self) -> list[BoxInfo]:
        """Every box the tree shows, in its order (what a test compares with the app)."""
        result: list[BoxInfo] = []
        pending = [self.tree_model.index(r, 0) for r in range(self.tree_model.rowCount())]
        while pending:
            index = pending.pop(0)
            if index.data(KIND_ROLE) == "box":
                result.append(self.boxes[index.data(KEY_ROLE)])
            children = [self.tree_model.index(r, 0, index) for r in range(self.tree_model.rowCount(index))]
            pending[0:0] = children
        return result

    def chosen_boxes(self) -> list[BoxInfo]:
        """The boxes under the chosen node: one box, a floor's boxes of a year, or a year's boxes."""
        index = self.tree.currentIndex()
        if not index.isValid():
            return []
        kind, key, year = index.data(KIND_ROLE), index.data(KEY_ROLE), index.data(YEAR_ROLE)
        if kind == "box":
            return [self.boxes[key]]
        if kind == "floor":
            return [b for b in self.boxes.values() if b.year == year and b.floor_id == key]
        return [b for b in self.boxes.values() if b.year == year]

    def chosen_year(self) -> int | None:
        index = self.tree.currentIndex()
        return int(index.data(YEAR_ROLE)) if index.isValid() else None

    @Slot(QModelIndex, QModelIndex)
    def _node_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        box_id = current.data(KEY_ROLE) if current.data(KIND_ROLE) == "box" else None
        self._show_box(self.boxes.get(box_id) if box_id is not None else None)
        self._enable_prints()

    def _enable_prints(self) -> None:
        has_box = self.current_box is not None
        self.print_directory_action.setEnabled(self.may_print and has_box)
        self.print_box_action.setEnabled(self.may_print and has_box)
        self.print_labels_action.setEnabled(self.may_print and bool(self.chosen_boxes()))
        has_year = self.chosen_year() is not None
        self.print_year_action.setEnabled(self.may_print and has_year)
        self.print_year_directory_action.setEnabled(self.may_print and has_year)
        self.print_handover_action.setEnabled(self.may_print and bool(self.chosen_boxes()))

    # -- the chosen box -------------------------------------------------------------------------

    def _show_box(self, info: BoxInfo | None) -> None:
        self.current_box = info
        if info is None:
            self.details.setTitle(self.tr("Choose a box on the left"))
            for label in self.fields.values():
                label.clear()
            self.shelf_edit.clear()
            self.shelf_edit.setEnabled(False)
            self.shelf_button.setEnabled(False)
            self.entries.set_rows([])
            return
        self.details.setTitle(self.tr("Box {number}").format(number=info.number))
        self.fields["floor"].setText(f"{info.building} {info.floor}")
        self.fields["retention"].setText(retention_name(info.retention))
        self.fields["spine"].setText(
            self.tr("{mm} mm, holds {capacity} pages").format(mm=info.spine_mm, capacity=info.capacity_pages)
        )
        self.fields["contents"].setText(
            self.tr("%n dossier(s), {documents}, {pages}", "", info.dossiers).format(
                documents=self.tr("%n document(s)", "", info.documents), pages=self.tr("%n page(s)", "", info.pages)
            )
        )
        self.fields["files"].setText(info.file_range or "—")
        self.fields["created"].setText(
            self.tr("{date} by {name}").format(date=format_date(info.created_at.date()), name=info.created_by)
        )
        self.shelf_edit.setText(info.shelf_location)
        self.shelf_edit.setEnabled(True)
        self.shelf_button.setEnabled(False)
        with self.desk.read(self.actor) as work:
            entries = box_entries(work, info.id)
            lent = on_loan(work, [e.dossier_id for e in entries])
        self.entries.lent = {d: lent_text(x.borrower, x.lent_on) for d, x in lent.items()}
        self.entries.set_rows(entries)

    def _shelf_edited(self, text: str) -> None:
        box = self.current_box
        self.shelf_button.setEnabled(box is not None and self.may_archive and text.strip() != box.shelf_location)

    def save_shelf_location(self) -> bool:
        box = self.current_box
        if box is None or not self.may_archive:
            return False
        typed = self.shelf_edit.text()
        try:
            with self.desk.work(self.actor) as work:
                app_set_shelf_location(work, box.id, typed, expected_version=box.version)
        except ChangedMeanwhile as err:
            # Moved meanwhile at another desk: show where it stands now, keep the place typed here to save again.
            self.load()
            if self.current_box is not None and self.current_box.id == box.id:
                self.shelf_edit.setText(typed)
                self._shelf_edited(typed)
            messages.tell(self, error_text(err))
            return False
        except AppError as err:
            messages.tell(self, error_text(err))
            return False
        self.load()  # the tree shows the place too
        return True

    def _entry_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        entry = self.entries.row(index.row())
        if entry.destroyed_at is not None:
            # issue 12: a tombstone (R15): its record is in the directory; there are no papers or scans to open.
            self.status.setText(
                self.tr("{file_number} was destroyed on {date}; only its record remains.").format(
                    file_number=entry.file_number, date=format_date(entry.destroyed_at.date())
                )
            )
            return
        self.dossier_chosen.emit(entry.dossier_id)

    def select_dossier(self, dossier_id: int) -> bool:
        rows = self.entries.rows()
        row = next((i for i, e in enumerate(rows) if e.dossier_id == dossier_id), -1)
        if row < 0:
            return False
        self.entries_table.selectRow(row)
        self.entries_table.scrollTo(self.entries.index(row, 0))
        return True

    # -- search ---------------------------------------------------------------------------------

    def run_search(self) -> list[ArchiveHit]:
        self.search_timer.stop()
        text = self.search_edit.text().strip()
        found: list[ArchiveHit] = []
        if text:
            try:
                with self.desk.read(self.actor) as work:
                    found = search_archive(work, text)
                    lent = on_loan(work, [h.dossier_id for h in found])
                self.hits.lent = {d: lent_text(x.borrower, x.lent_on) for d, x in lent.items()}
            except AppError as err:
                self.status.setText(error_text(err))
        self.hits.set_rows(found)
        self.hits_box.setVisible(bool(text))
        self.hits_box.setTitle(
            self.tr("Found: {count}").format(count=len(found)) if found else self.tr("Nothing found in the archive")
        )
        return found

    def _hit_chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.go_to_hit(self.hits.row(index.row()))

    def go_to_hit(self, hit: ArchiveHit) -> bool:
        """Show the hit's box and its row in the box directory."""
        if hit.box_id not in self.boxes:
            self.load()  # boxed since the tree was read
        return self.select_box(hit.box_id) and self.select_dossier(hit.dossier_id)

    # -- printing -------------------------------------------------------------------------------

    def print_box_directory(self) -> bool:
        box = self.current_box
        if box is None:
            return False
        return self.printouts.build(
            lambda work, target: archive.print_box_directory(work, box.id, target),
            f"box-directory-{box.number}.pdf",
            self.tr("Box directory {number}").format(number=box.number),
        )

    def print_box_labels(self) -> bool:
        chosen = self.chosen_boxes()
        if not chosen:
            return False
        ids = [b.id for b in chosen]
        name = chosen[0].number if len(chosen) == 1 else str(self.chosen_year())
        return self.printouts.build(
            lambda work, target: archive.print_box_labels(work, ids, target),
            f"box-labels-{name}.pdf",
            self.tr("Box labels ({count})").format(count=len(ids)),
        )

    def print_box(self) -> bool:
        box = self.current_box
        if box is None:
            return False
        return self.printouts.build(
            lambda work, target: archive.print_box(work, box.id, target),
            f"box-{box.number}.pdf",
            self.tr("Box {number}").format(number=box.number),
        )

    def print_year(self) -> bool:
        year = self.chosen_year()
        if year is None:
            return False
        return self.printouts.build(
            lambda work, target: archive.print_archive(work, year, target),
            f"archive-{year}.pdf",
            self.tr("Archive {year}").format(year=year),
        )

    def print_year_directory(self) -> bool:
        year = self.chosen_year()
        if year is None:
            return False
        return self.printouts.build(
            lambda work, target: archive.print_year_directory(work, year, target),
            f"archive-directory-{year}.pdf",
            self.tr("Archive directory {year}").format(year=year),
        )

    def print_handover(self) -> bool:
        """The hand-over list (档案移交清单) of the chosen year, or of the chosen floor's boxes or box."""
        chosen = self.chosen_boxes()
        year = self.chosen_year()
        if not chosen or year is None:
            return False
        if self.tree.currentIndex().data(KIND_ROLE) == "year":
            return self.printouts.build(
                lambda work, target: archive.print_handover(work, target, year=year),
                f"handover-{year}.pdf",
                self.tr("Hand-over list {year}").format(year=year),
            )
        ids = [b.id for b in chosen]
        name = chosen[0].number if len(chosen) == 1 else f"{year}-{chosen[0].floor}"
        return self.printouts.build(
            lambda work, target: archive.print_handover(work, target, box_ids=ids),
            f"handover-{name}.pdf",
            self.tr("Hand-over list (%n box(es))", "", len(ids)),
        )

    # -- changes made anywhere ------------------------------------------------------------------

    @Slot(object)
    def refresh(self, changes: ChangeSet) -> None:
        """Only what touched a box (made, moved, a late paper in it) re-reads the archive."""
        if not changes.boxes:
            return
        kept_row = self.entries_table.currentIndex().row()
        self.load()
        if kept_row >= 0 and kept_row < self.entries.rowCount():
            self.entries_table.selectRow(kept_row)
        if self.search_edit.text().strip():
            self.run_search()

    def done(self, result: int) -> None:
        if self.settings is not None:
            self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.search_timer.stop()
        self.printouts.cleanup()
        super().done(result)


def _node(text: str, kind: str, key: int, year: int) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(kind, KIND_ROLE)
    item.setData(key, KEY_ROLE)
    item.setData(year, YEAR_ROLE)
    return item
