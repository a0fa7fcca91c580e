"""The main window: the building as floor tabs of unit cards, and the open dossiers beside them."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.buildings import BuildingInfo, FloorInfo, list_buildings, list_floors, unit_cards
from app.desk import Actor, ChangeSet, Desk
from app.dossiers import find_dossier_for_unit
from app.errors import AppError, NotFound
from ui.changes import DeskChanges
from ui.dossier_view import DossierPage
from ui.floor_view import CARD_ROLE, FloorGrid, StatusLegend, UnitCardModel
from ui.translations import error_text

STATUS_TIMEOUT_MS = 8000


class MainWindow(QMainWindow):
    """One open dossier database, used by one logged-in person."""

    def __init__(self, desk: Desk, actor: Actor, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.settings = settings
        self.buildings: list[BuildingInfo] = []
        self.floors: list[FloorInfo] = []
        self.grids: list[FloorGrid] = []
        self.changes = DeskChanges(desk, self)
        self.changes.changed.connect(self.on_changed)
        self.setObjectName("main-window")
        self.setWindowTitle(self.tr("{file} — Dossier Desk").format(file=desk.path.name))
        self.setWindowFilePath(str(desk.path))

        self.workspace = QTabWidget(self)
        self.workspace.setObjectName("workspace")
        self.workspace.setDocumentMode(True)
        self.workspace.setTabsClosable(True)
        self.workspace.tabCloseRequested.connect(self._close_tab)
        self.setCentralWidget(self.workspace)

        self.floors_page = QWidget(self.workspace)
        self.floors_page.setObjectName("floors-page")
        self.building_label = QLabel(self.tr("&Building:"), self.floors_page)
        self.building_box = QComboBox(self.floors_page)
        self.building_box.setObjectName("building")
        self.building_box.setMinimumContentsLength(16)
        self.building_label.setBuddy(self.building_box)
        self.building_box.currentIndexChanged.connect(self._building_chosen)
        self.floor_tabs = QTabWidget(self.floors_page)
        self.floor_tabs.setObjectName("floor-tabs")
        self.floor_tabs.setUsesScrollButtons(True)
        self.floor_tabs.currentChanged.connect(self._floor_shown)
        top = QHBoxLayout()
        top.addWidget(self.building_label)
        top.addWidget(self.building_box)
        top.addStretch(1)
        self.legend = StatusLegend(self.floors_page)
        top.addWidget(self.legend)
        page = QVBoxLayout(self.floors_page)
        page.setContentsMargins(6, 6, 6, 6)
        page.addLayout(top)
        page.addWidget(self.floor_tabs, 1)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon)
        self.workspace.addTab(self.floors_page, icon, self.tr("Floors"))
        self.workspace.tabBar().setTabButton(0, self.workspace.tabBar().ButtonPosition.RightSide, None)
        self.workspace.tabBar().setTabButton(0, self.workspace.tabBar().ButtonPosition.LeftSide, None)

        self._add_actions()
        self.user_label = QLabel(
            self.tr("Logged in: {name} ({login})").format(name=actor.display_name, login=actor.login), self
        )
        self.statusBar().addPermanentWidget(self.user_label)
        self.resize(1280, 720)
        geometry = settings.value("window/geometry")
        self.restored_geometry = isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)
        self.load_buildings()

    # -- set-up ---------------------------------------------------------------------------------

    def _add_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.next_floor_action = QAction(self.tr("&Next floor"), self.floors_page)
        self.next_floor_action.setShortcuts([QKeySequence("Ctrl+PgDown"), QKeySequence("Ctrl+Tab")])
        self.next_floor_action.triggered.connect(lambda: self.step_floor(1))
        self.previous_floor_action = QAction(self.tr("&Previous floor"), self.floors_page)
        self.previous_floor_action.setShortcuts([QKeySequence("Ctrl+PgUp"), QKeySequence("Ctrl+Shift+Tab")])
        self.previous_floor_action.triggered.connect(lambda: self.step_floor(-1))
        for action in (self.next_floor_action, self.previous_floor_action):
            # Only while the floors are in front, so Ctrl+Tab in a dossier keeps its usual meaning.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.floors_page.addAction(action)
            view_menu.addAction(action)
        self.show_floors_action = QAction(self.tr("Show the &floors"), self)
        self.show_floors_action.setShortcut(QKeySequence("F2"))
        self.show_floors_action.triggered.connect(self.show_floors)
        view_menu.addAction(self.show_floors_action)

    def load_buildings(self) -> None:
        with self.desk.work(self.actor) as work:
            self.buildings = list_buildings(work)
        current = self.current_building()
        wanted = current.id if current else self._saved_building_id()
        self.building_box.blockSignals(True)
        self.building_box.clear()
        for building in self.buildings:
            self.building_box.addItem(building.name, building.id)
        index = max(0, self.building_box.findData(wanted)) if wanted is not None else 0
        self.building_box.setCurrentIndex(index if self.buildings else -1)
        self.building_box.blockSignals(False)
        several = len(self.buildings) > 1
        self.building_box.setVisible(several)
        self.building_label.setVisible(several)
        self.show_building(self.current_building())

    def _saved_building_id(self) -> int | None:
        name = self.settings.value("window/building", "", str)
        return next((b.id for b in self.buildings if b.name == name), None)

    def current_building(self) -> BuildingInfo | None:
        building_id = self.building_box.currentData()
        return next((b for b in self.buildings if b.id == building_id), None)

    @Slot(int)
    def _building_chosen(self, _index: int) -> None:
        self.show_building(self.current_building())

    def show_building(self, building: BuildingInfo | None) -> None:
        """One tab per floor in building order; a floor's cards load when its tab is first shown."""
        self.floor_tabs.blockSignals(True)
        while self.floor_tabs.count():
            widget = self.floor_tabs.widget(0)
            self.floor_tabs.removeTab(0)
            widget.deleteLater()
        self.grids = []
        self.floors = []
        if building is not None:
            with self.desk.work(self.actor) as work:
                self.floors = list_floors(work, building.id)
            for floor in self.floors:
                grid = FloorGrid(UnitCardModel(floor, self), self.floor_tabs)
                grid.activated.connect(self.open_unit)
                self.grids.append(grid)
                self.floor_tabs.addTab(grid, floor.label)
                self.floor_tabs.setTabToolTip(
                    self.floor_tabs.count() - 1,
                    self.tr("{floor}: {count} units").format(floor=floor.label, count=floor.unit_count),
                )
            self.settings.setValue("window/building", building.name)
        self.floor_tabs.blockSignals(False)
        if not self.floors:
            message = self.tr("This file has no building yet.") if building is None else self.tr("No floors.")
            self.statusBar().showMessage(message)
            return
        self.floor_tabs.setCurrentIndex(self._initial_floor())
        self._floor_shown(self.floor_tabs.currentIndex())

    def _initial_floor(self) -> int:
        saved = self.settings.value("window/floor", "", str)
        labels = [f.label for f in self.floors]
        if saved in labels:
            return labels.index(saved)
        return next((i for i, f in enumerate(self.floors) if f.level > 0), 0)

    # -- floors ---------------------------------------------------------------------------------

    def current_grid(self) -> FloorGrid | None:
        widget = self.floor_tabs.currentWidget()
        return widget if isinstance(widget, FloorGrid) else None

    @Slot(int)
    def _floor_shown(self, index: int) -> None:
        if not 0 <= index < len(self.grids):
            return
        grid = self.grids[index]
        model = grid.card_model()
        if not model.loaded:
            with self.desk.work(self.actor) as work:
                model.set_cards(unit_cards(work, floor_id=model.floor.id))
            if model.rowCount():
                grid.setCurrentIndex(model.index(0, 0))
        self.settings.setValue("window/floor", model.floor.label)
        if self.workspace.currentWidget() is self.floors_page:
            grid.setFocus()

    def step_floor(self, step: int) -> None:
        count = self.floor_tabs.count()
        if count:
            self.floor_tabs.setCurrentIndex((self.floor_tabs.currentIndex() + step) % count)

    def show_floors(self) -> None:
        self.workspace.setCurrentWidget(self.floors_page)
        grid = self.current_grid()
        if grid is not None:
            grid.setFocus()

    # -- dossiers -------------------------------------------------------------------------------

    @Slot(QModelIndex)
    def open_unit(self, index: QModelIndex) -> None:
        card = index.data(CARD_ROLE)
        if card is None:
            return
        try:
            with self.desk.work(self.actor) as work:
                dossier_id = find_dossier_for_unit(work, card.unit_id)
        except NotFound as err:
            self.statusBar().showMessage(error_text(err), STATUS_TIMEOUT_MS)
            return
        self.open_dossier(dossier_id)

    def dossier_pages(self) -> list[DossierPage]:
        pages = (self.workspace.widget(i) for i in range(self.workspace.count()))
        return [p for p in pages if isinstance(p, DossierPage)]

    def open_dossier(self, dossier_id: int) -> DossierPage | None:
        page = next((p for p in self.dossier_pages() if p.dossier_id == dossier_id), None)
        if page is None:
            try:
                page = DossierPage(self.desk, self.actor, dossier_id, self.workspace)
            except AppError as err:
                self.statusBar().showMessage(error_text(err), STATUS_TIMEOUT_MS)
                return None
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
            self.workspace.addTab(page, icon, page.title())
            page.close_requested.connect(lambda p=page: self.close_dossier(p))
            page.title_changed.connect(lambda title, p=page: self._retitle(p, title))
        self.workspace.setCurrentWidget(page)
        page.documents_table.setFocus()
        return page

    def _retitle(self, page: DossierPage, title: str) -> None:
        index = self.workspace.indexOf(page)
        if index >= 0:
            self.workspace.setTabText(index, title)

    def close_dossier(self, page: DossierPage) -> None:
        index = self.workspace.indexOf(page)
        if index < 0:
            return
        self.workspace.removeTab(index)
        page.deleteLater()
        if self.workspace.currentWidget() is self.floors_page:
            self.show_floors()
        else:
            current = self.workspace.currentWidget()
            if isinstance(current, DossierPage):
                current.documents_table.setFocus()

    @Slot(int)
    def _close_tab(self, index: int) -> None:
        page = self.workspace.widget(index)
        if isinstance(page, DossierPage):
            self.close_dossier(page)

    # -- changes made anywhere ------------------------------------------------------------------

    @Slot(object)
    def on_changed(self, changes: ChangeSet) -> None:
        """Refresh only what the committed action touched."""
        current = self.current_building()
        if changes.buildings:
            self.load_buildings()
            if current is not None and current.id in changes.buildings:
                return
        touched: list[UnitCardModel] = []
        unit_ids: set[int] = set()
        for grid in self.grids:
            model = grid.card_model()
            if not model.loaded:
                continue
            hit = {c.unit_id for c in model.cards() if c.unit_id in changes.units or c.customer_id in changes.customers}
            if hit:
                touched.append(model)
                unit_ids |= hit
        if unit_ids:
            with self.desk.work(self.actor) as work:
                cards = unit_cards(work, unit_ids=sorted(unit_ids))
            for model in touched:
                model.update_cards(cards)
        for page in self.dossier_pages():
            if page.concerns(changes):
                try:
                    page.reload()
                except NotFound:
                    self.close_dossier(page)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.changes.detach()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)
