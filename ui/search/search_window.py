"""The search page (Tools ▸ Search dossiers…): quick find's search with filters, for what the find box cannot show.

The find box answers the first 50 of each kind as the clerk types; here the search is narrowed to a building, a
floor, live / departed / archived dossiers, and for papers to a category and a date range, and lists up to
``SHOWN`` dossiers per kind. The search runs on a worker (the same search as quick find, on its index); a new
search cancels the one before. Double-click or Enter opens the dossier; Print list prints what is listed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, Qt, QThreadPool
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app import search
from app.building import list_buildings, list_floors
from app.desk import Actor, ChangeSet, Desk
from app.dossier import CATEGORIES, DOSSIER_STATUS_NAMES
from app.errors import AppError
from ui.form_dialog import optional_date, optional_date_edit
from ui.lists import RowsModel, lay_out_list_window, read_only_table
from ui.printing import ListPrinter
from ui.search.quick_find import why_matched
from ui.tasks import BackgroundTask
from ui.translations import app_text, error_text, form_label
from ui.window_parts import fit_to_screen

SHOWN = 500  # dossiers per kind at most; the count says when a kind was cut there
POOL = 100_000  # index entries looked at per tier: filters may leave few of the first ones
Opener = Callable[[int], object]


class HitsModel(RowsModel[search.SearchHit]):
    DOSSIER, BUILDING, FLOOR, UNIT, CUSTOMER, STATUS, FOUND_BY = range(7)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Dossier"),
            self.tr("Building"),
            self.tr("Floor"),
            self.tr("Unit"),
            self.tr("Customer"),
            self.tr("Status"),
            self.tr("Found by"),
        )

    def cell(self, row: search.SearchHit, column: int) -> object:
        if column == self.STATUS:
            return app_text("status", DOSSIER_STATUS_NAMES.get(row.status, row.status))
        if column == self.FOUND_BY:
            return why_matched(row)
        return (row.dossier_number, row.building, row.floor, row.unit, row.customer)[column]


class SearchWindow(QDialog):
    """Text and filters above, the dossiers found below; Print list and Close at the bottom."""

    def __init__(self, desk: Desk, actor: Actor, open_dossier: Opener, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.open_dossier = open_dossier
        self.setObjectName("search-window")
        self.setProperty("helpTopic", "desk")  # F1: the user guide's page
        self.setWindowTitle(self.tr("Search dossiers"))
        self._pool = QThreadPool(self)  # before any task: closing waits for a running search
        self._pool.setMaxThreadCount(1)
        self._asked = 0
        self._tasks: set[BackgroundTask] = set()

        self.text = QLineEdit(self)
        self.text.setObjectName("text")
        self.text.setClearButtonEnabled(True)
        self.text.setPlaceholderText(self.tr("Part of a name or its pinyin, a unit, a phone, a title…"))
        self.building = QComboBox(self)
        self.building.setObjectName("building")
        self.floor = QComboBox(self)
        self.floor.setObjectName("floor")
        self.status = QComboBox(self)
        self.status.setObjectName("status")
        self.category = QComboBox(self)
        self.category.setObjectName("category")
        self.since = optional_date_edit(self, "since", self.tr("any day"))
        self.until = optional_date_edit(self, "until", self.tr("any day"))
        self.search_button = QPushButton(self.tr("&Search"), self)
        self.search_button.setObjectName("search")
        self.search_button.setDefault(True)
        self._fill_choices()

        filters = QGridLayout()
        cells = (
            (self.tr("&Text"), self.text, 0, 0, 3),
            (self.tr("&Building"), self.building, 1, 0, 1),
            (self.tr("F&loor"), self.floor, 1, 1, 1),
            (self.tr("S&tatus"), self.status, 1, 2, 1),
            (self.tr("&Category"), self.category, 2, 0, 1),
            (self.tr("&From"), self.since, 2, 1, 1),
            (self.tr("&Until"), self.until, 2, 2, 1),
        )
        for caption, widget, row, column, span in cells:
            label = QLabel(form_label(caption), self)
            label.setBuddy(widget)
            filters.addWidget(label, row, column * 2)
            filters.addWidget(widget, row, column * 2 + 1, 1, span * 2 - 1)
        filters.addWidget(self.search_button, 0, 6)
        for column in (1, 3, 5):
            filters.setColumnStretch(column, 1)

        self.model = HitsModel(self)
        self.table = read_only_table(self.model, self, "search-hits")
        self.table.doubleClicked.connect(self._open)
        self.printer = ListPrinter(
            desk, actor, self, self.table, self.tr("Dossiers found"), subtitle=self.filter_text, file_name="found.pdf"
        )
        self.count = lay_out_list_window(
            self, filters, self.table, self.printer.button(self), self.printer.export_button(self)
        )
        fit_to_screen(self, 960, 600)

        self.search_button.clicked.connect(self.run)
        self.text.returnPressed.connect(self.run)
        self.building.currentIndexChanged.connect(self._building_chosen)
        for combo in (self.floor, self.status, self.category):
            combo.currentIndexChanged.connect(self._rerun)
        self.since.dateChanged.connect(self._rerun)
        self.until.dateChanged.connect(self._rerun)
        self.finished.connect(lambda _result: self.printer.cleanup())

    # -- the filters ------------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        with self.desk.read(self.actor) as work:
            buildings = list_buildings(work)
            self._floors = {b.id: list_floors(work, b.id) for b in buildings}
        self.building.addItem(self.tr("All buildings"), None)
        for info in buildings:
            self.building.addItem(info.name, info.id)
        self.building.setCurrentIndex(1 if len(buildings) == 1 else 0)
        self._fill_floors()
        self.status.addItem(self.tr("Any status"), None)
        self.status.addItem(self.tr("Live"), "live")
        self.status.addItem(self.tr("Departed (not yet boxed)"), "departed")
        self.status.addItem(self.tr("Archived"), "archived")
        self.category.addItem(self.tr("Any (names, units, phones too)"), None)
        for category in CATEGORIES:
            self.category.addItem(app_text("category", category.name), category.code)

    def _fill_floors(self) -> None:
        self.floor.blockSignals(True)
        self.floor.clear()
        self.floor.addItem(self.tr("All floors"), None)
        building_id = self.building.currentData()
        for floor in self._floors.get(building_id, []) if building_id is not None else []:
            self.floor.addItem(floor.label, floor.id)
        self.floor.setEnabled(building_id is not None)
        self.floor.blockSignals(False)

    def _building_chosen(self) -> None:
        self._fill_floors()
        self._rerun()

    def filters(self) -> search.Filters:
        status = self.status.currentData()
        return search.Filters(
            building_id=self.building.currentData(),
            floor_id=self.floor.currentData(),
            statuses=search.STATUS_GROUPS[status] if status else (),
            category=self.category.currentData(),
            date_from=optional_date(self.since),
            date_to=optional_date(self.until),
        )

    def filter_text(self) -> str:
        """The search and its filters, in words: the printed list's subtitle."""
        parts = [self.tr("“{text}”").format(text=self.text.text().strip())]
        for combo in (self.building, self.floor, self.status, self.category):
            if combo.currentData() is not None:
                parts.append(combo.currentText())
        since, until = optional_date(self.since), optional_date(self.until)
        if since or until:
            parts.append(f"{self.since.text() if since else '…'} – {self.until.text() if until else '…'}")
        return " · ".join(parts)

    # -- searching --------------------------------------------------------------------------------

    def _rerun(self) -> None:
        if self.text.text().strip():
            self.run()

    def run(self) -> None:
        """Search on the worker with the text and filters as they are now; an earlier search is cancelled."""
        text = self.text.text().strip()
        if not text:
            self.count.setText(self.tr("Type what to look for."))
            return
        filters = self.filters()
        if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
            self.count.setText(self.tr("The dates are the wrong way round: “From” is after “Until”."))
            return
        self._asked += 1
        asked = self._asked

        def cancelled() -> bool:
            return self._asked != asked

        def job(_progress: object) -> list[search.SearchHit]:
            with self.desk.read(self.actor) as work:
                return search.search(work, text, SHOWN, cancelled, filters, pool=POOL)

        task = BackgroundTask(job, self)
        task.finished.connect(lambda hits: self._answered(task, asked, hits))
        task.failed.connect(lambda error: self._failed(task, asked, error))
        self._tasks.add(task)
        self.count.setText(self.tr("Searching…"))
        task.start(self._pool)

    def searching(self) -> bool:
        return bool(self._tasks)

    def _answered(self, task: BackgroundTask, asked: int, hits: list[search.SearchHit]) -> None:
        self._tasks.discard(task)
        task.deleteLater()
        if asked != self._asked:
            return  # typed past: a newer search is on its way
        self.model.set_rows(hits)
        if hits:
            self.table.selectRow(0)
            self.count.setText(self.tr("%n dossier(s) found. Double-click or Enter opens one.", "", len(hits)))
        else:
            self.count.setText(self.tr("No dossier matches."))

    def _failed(self, task: BackgroundTask, asked: int, error: object) -> None:
        self._tasks.discard(task)
        task.deleteLater()
        if not isinstance(error, AppError):
            raise error if isinstance(error, BaseException) else RuntimeError(str(error))
        if asked == self._asked:
            self.count.setText(error_text(error))

    def refresh(self, _changes: ChangeSet | None = None) -> None:
        """Kept current while open: a change made meanwhile (a rename, a move-out) searches again."""
        self._rerun()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter searches from the filters and opens from the list; it never closes the window.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.table.hasFocus():
                self._open(self.table.currentIndex())
            else:
                self.run()
            return
        super().keyPressEvent(event)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_dossier(self.model.row(index.row()).dossier_id)
