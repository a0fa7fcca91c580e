"""The main window: the building as floor tabs of unit cards, quick find, and the open dossiers beside them."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QByteArray, QLocale, QModelIndex, QPoint, QSettings, QSize, Qt, Slot, qVersion
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.building import BuildingInfo, FloorInfo, UnitCard, UnitStatus, list_buildings, list_floors, unit_cards
from app.desk import Actor, ChangeSet, Desk
from app.dossier import find_dossier_by_number, find_dossier_for_unit
from app.errors import AppError, NotFound
from app.permissions import ROLE_NAMES, Action, allowed
from app.search import SearchHit, search
from app.tenancy import DEFAULT_LAYOUT, LAYOUTS, MoveIn, MoveOutResult, labels_for, print_labels, with_offsets
from app.version import __version__
from ui import messages, translations
from ui.archive import ArchiveBrowser, ArchiveWizard
from ui.building import CARD_ROLE, CARD_SIZES, FloorGrid, StatusLegend, UnitCardModel, card_badges, status_name
from ui.changes import DeskChanges
from ui.dossier import ChecklistDialog, DossierPage, DossierWindow, MissingReportDialog
from ui.icons import icon
from ui.people import LoginDialog
from ui.printing import PrintPreviewDialog
from ui.search import QuickFind, ScanListener
from ui.settings_dialog import SettingsDialog, saved_card_size
from ui.tenancy import (
    CODE_KEY,
    LAYOUT_KEY,
    OFFSET_X_KEY,
    OFFSET_Y_KEY,
    LabelCheckDialog,
    LabelsDialog,
    MoveInWizard,
    MoveOutDialog,
    NoticeDialog,
    UnitHistoryList,
    record_when_delivered,
)
from ui.translations import app_text, error_text, form_label

STATUS_TIMEOUT_MS = 8000
RECENT_KEY = "files/recent"
LAST_FILE_KEY = "files/last"
MAX_RECENT = 8
FIND_LIMIT = 40


def recent_files(settings: QSettings) -> list[str]:
    """The files opened lately, newest first (an INI file stores a one-item list as a plain string)."""
    value = settings.value(RECENT_KEY, [])
    if isinstance(value, str):
        value = [value] if value else []
    return [str(v) for v in value or []]


def remember_recent(settings: QSettings, path: Path) -> None:
    files = [str(path)] + [f for f in recent_files(settings) if f != str(path)]
    settings.setValue(RECENT_KEY, files[:MAX_RECENT])


class UnitPanel(QGroupBox):
    """The selected unit in words, beside the grid, with a button to open its dossier."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unit-panel")
        self.card: UnitCard | None = None
        self.history: UnitHistoryList | None = None
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, caption in (
            ("status", self.tr("Status")),
            ("customer", self.tr("Tenant")),
            ("dossier", self.tr("Dossier")),
            ("area", self.tr("Area (m²)")),
            ("attention", self.tr("To do")),
        ):
            value = QLabel(self)
            value.setObjectName(key)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            form.addRow(form_label(caption), value)
        self.open_button = QPushButton(icon("dossier"), self.tr("&Open dossier"), self)
        self.open_button.setObjectName("open-dossier")
        self.setMinimumWidth(180)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.open_button)
        layout.addStretch(1)
        self.show_card(None)

    def show_card(self, card: UnitCard | None) -> None:
        self.card = card
        if card is None:
            self.setTitle(self.tr("No unit selected"))
            for label in self.fields.values():
                label.clear()
            self.open_button.setEnabled(False)
            if self.history is not None:
                self.history.show_unit(None)
            return
        self.setTitle(self.tr("Unit {number} ({floor})").format(number=card.number, floor=card.floor))
        self.fields["status"].setText(status_name(card.status))
        self.fields["customer"].setText(card.customer or "—")
        self.fields["dossier"].setText(card.dossier_number or "—")
        self.fields["area"].setText(_number(card.area) if card.area is not None else "—")
        self.fields["attention"].setText("\n".join(b.tooltip for b in card_badges(card)) or "—")
        self.open_button.setEnabled(card.dossier_id is not None)
        if self.history is not None:
            self.history.show_unit(card.unit_id)

    def add_history(self, history: UnitHistoryList) -> None:
        """The unit's past tenancies under its details (needs the desk, so the main window adds it)."""
        self.history = history
        caption = QLabel(self.tr("History:"), self)
        caption.setBuddy(history)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(2, caption)
        layout.insertWidget(3, history, 10)
        history.show_unit(self.card.unit_id if self.card is not None else None)


def _number(value: object) -> str:
    """A number in the interface language's form (1,234.50 or 1 234,50)."""
    return QLocale().toString(float(str(value)), "f", 2)


class MainWindow(QMainWindow):
    """One open dossier database, used by one logged-in person."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        owns_desk: bool = False,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.settings = settings
        self.owns_desk = owns_desk  # a window opened through File ▸ Open closes its file with it
        self.successor: MainWindow | None = None
        self.dossier_windows: list[DossierWindow] = []
        self.buildings: list[BuildingInfo] = []
        self.floors: list[FloorInfo] = []
        self.grids: list[FloorGrid] = []
        self.card_size = CARD_SIZES[saved_card_size(settings)]
        self.changes = DeskChanges(desk, self)
        self.changes.changed.connect(self.on_changed)
        self.setObjectName("main-window")
        self.scanner = ScanListener(self, self.open_scanned)
        self.scanner.install()
        self.setWindowTitle(self.tr("{file} — Dossier Desk").format(file=desk.path.name))
        self.setWindowFilePath(str(desk.path))
        remember_recent(settings, desk.path)

        self.workspace = QTabWidget(self)
        self.workspace.setObjectName("workspace")
        self.workspace.setDocumentMode(True)
        self.workspace.setTabsClosable(True)
        self.workspace.tabCloseRequested.connect(self._close_tab)
        self.workspace.tabBar().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.workspace.tabBar().customContextMenuRequested.connect(self._tab_menu)
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
        self.unit_panel = UnitPanel(self.floors_page)
        self.unit_panel.open_button.clicked.connect(self._open_panel_unit)
        self.unit_history = UnitHistoryList(desk, actor, self.unit_panel)
        self.unit_history.dossier_chosen.connect(self.open_dossier)
        self.unit_panel.add_history(self.unit_history)
        self._printouts: tempfile.TemporaryDirectory[str] | None = None
        self.label_question: QMessageBox | None = None
        self.archive_browser_dialog: ArchiveBrowser | None = None
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.floors_page)
        self.splitter.setObjectName("floors-splitter")
        self.splitter.addWidget(self.floor_tabs)
        self.splitter.addWidget(self.unit_panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([1140, 200])
        top = QHBoxLayout()
        top.addWidget(self.building_label)
        top.addWidget(self.building_box)
        top.addStretch(1)
        self.legend = StatusLegend(self.floors_page)
        top.addWidget(self.legend)
        page = QVBoxLayout(self.floors_page)
        page.setContentsMargins(6, 6, 6, 6)
        page.addLayout(top)
        page.addWidget(self.splitter, 1)
        self.workspace.addTab(self.floors_page, icon("floors"), self.tr("Floors"))
        self.workspace.tabBar().setTabButton(0, self.workspace.tabBar().ButtonPosition.RightSide, None)
        self.workspace.tabBar().setTabButton(0, self.workspace.tabBar().ButtonPosition.LeftSide, None)

        self.find_box = QuickFind(self.find, self)
        self.find_box.dossier_chosen.connect(self.open_dossier)
        self.find_box.left.connect(self._focus_workspace)
        self._add_actions()
        self.user_label = QLabel(
            self.tr("Logged in: {name} ({login}, {role})").format(
                name=actor.display_name, login=actor.login, role=app_text("role", ROLE_NAMES[actor.role])
            ),
            self,
        )
        self.statusBar().addPermanentWidget(self.user_label)
        self.resize(1280, 720)
        geometry = settings.value("window/geometry")
        self.restored_geometry = isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        self.load_buildings()

    # -- set-up ---------------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        icon_name: str | None = None,
        shortcuts: Sequence[QKeySequence] = (),
        parent: QWidget | None = None,
    ) -> QAction:
        action = QAction(text, parent or self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcuts:
            action.setShortcuts(list(shortcuts))
        return action

    def _add_actions(self) -> None:
        # File
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = self._action(self.tr("&Open…"), "open", [QKeySequence(QKeySequence.StandardKey.Open)])
        self.open_action.triggered.connect(self.choose_file)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(icon("recent"), self.tr("Open &recent"))
        self.recent_menu.setObjectName("recent-menu")
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self.fill_recent_menu()
        file_menu.addSeparator()
        self.settings_action = self._action(self.tr("&Settings…"), "settings", [QKeySequence("Ctrl+,")])
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.show_settings)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        self.quit_action = self._action(self.tr("&Quit"), "quit", [QKeySequence(QKeySequence.StandardKey.Quit)])
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        # View
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.find_action = self._action(self.tr("&Quick find"), "find", [QKeySequence(QKeySequence.StandardKey.Find)])
        self.find_action.triggered.connect(self.focus_find)
        self.addAction(self.find_action)
        view_menu.addAction(self.find_action)
        view_menu.addSeparator()
        self.show_floors_action = self._action(self.tr("Show the &floors"), "floors", [QKeySequence("F2")])
        self.show_floors_action.setIconText(self.tr("Floors"))  # the toolbar shows no "(&F)" mnemonic
        self.show_floors_action.triggered.connect(self.show_floors)
        view_menu.addAction(self.show_floors_action)
        self.floor_menu = view_menu.addMenu(self.tr("&Go to floor"))
        self.floor_menu.setObjectName("floor-menu")
        self.floor_menu.aboutToShow.connect(self.fill_floor_menu)
        self.next_floor_action = self._action(
            self.tr("&Next floor"),
            "next-floor",
            [QKeySequence("Ctrl+PgDown"), QKeySequence("Ctrl+Tab")],
            self.floors_page,
        )
        self.next_floor_action.triggered.connect(lambda: self.step_floor(1))
        self.previous_floor_action = self._action(
            self.tr("&Previous floor"),
            "previous-floor",
            [QKeySequence("Ctrl+PgUp"), QKeySequence("Ctrl+Shift+Tab")],
            self.floors_page,
        )
        self.previous_floor_action.triggered.connect(lambda: self.step_floor(-1))
        for action in (self.next_floor_action, self.previous_floor_action):
            # Only while the floors are in front, so Ctrl+Tab in a dossier keeps its usual meaning.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.floors_page.addAction(action)
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.new_window_action = self._action(self.tr("Open in new &window"), "open-window")
        self.new_window_action.triggered.connect(self._open_current_in_window)
        view_menu.addAction(self.new_window_action)
        self.close_dossier_action = self._action(
            self.tr("&Close dossier"), "close-dossier", [QKeySequence(QKeySequence.StandardKey.Close)]
        )
        self.close_dossier_action.triggered.connect(self._close_current_dossier)
        view_menu.addAction(self.close_dossier_action)

        # Tools: the tenancy lifecycle and the dossiers' labels and papers
        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        self.move_in_action = self._action(self.tr("Move &in…"), "move-in", [QKeySequence("Ctrl+Shift+I")])
        self.move_in_action.setIconText(self.tr("Move in"))
        self.move_in_action.triggered.connect(lambda: self.move_in())
        self.move_out_action = self._action(self.tr("Move &out…"), "move-out")
        self.move_out_action.triggered.connect(lambda: self.move_out())
        self.notice_action = self._action(self.tr("Record &notice…"), "notice")
        self.notice_action.triggered.connect(lambda: self.record_notice())
        self.labels_action = self._action(self.tr("Print &labels…"), "labels")
        self.labels_action.triggered.connect(lambda: self.print_labels())
        self.label_check_action = self._action(self.tr("Label &check…"), "label-check")
        self.label_check_action.triggered.connect(lambda: self.label_check())
        self.missing_action = self._action(self.tr("&Missing papers on this floor…"), "missing")
        self.missing_action.triggered.connect(lambda: self.missing_report())
        self.checklist_action = self._action(self.tr("Move-in check&list…"), "checklist")
        self.checklist_action.triggered.connect(lambda: self.edit_checklist())
        for action, needs in (
            (self.move_in_action, Action.MOVE_IN),
            (self.move_out_action, Action.MOVE_OUT),
            (self.notice_action, Action.MOVE_OUT),
            (self.labels_action, Action.PRINT_LABELS),
            (self.checklist_action, Action.CONFIGURE_CHECKLIST),
        ):
            action.setEnabled(allowed(self.actor.role, needs))  # greyed out for roles that may not; the app checks
        for action in (self.move_in_action, self.move_out_action, self.notice_action):
            tools_menu.addAction(action)
        tools_menu.addSeparator()
        for action in (self.labels_action, self.label_check_action):
            tools_menu.addAction(action)
        tools_menu.addSeparator()
        tools_menu.addAction(self.missing_action)
        tools_menu.addAction(self.checklist_action)

        # Archive: the supervisor's yearly boxing of departed tenants' dossiers (R6, R7)
        archive_menu = self.menuBar().addMenu(self.tr("&Archive"))
        self.archive_action = self._action(self.tr("Annual &archiving…"), "archive")
        self.archive_action.triggered.connect(lambda: self.archive_wizard())
        self.archive_action.setEnabled(allowed(self.actor.role, Action.ARCHIVE))  # the app refuses others anyway
        self.archive_browser_action = self._action(self.tr("Archive &browser…"), "archive-browser")
        self.archive_browser_action.triggered.connect(lambda: self.archive_browser())
        archive_menu.addAction(self.archive_action)
        archive_menu.addAction(self.archive_browser_action)

        # Help
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = self._action(self.tr("&About Dossier Desk"), "about")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

        # Toolbar: the places a clerk goes all day, and the find box on the right where the eye expects it.
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.show_floors_action)
        self.toolbar.addAction(self.previous_floor_action)
        self.toolbar.addAction(self.next_floor_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.move_in_action)
        for action in (self.previous_floor_action, self.next_floor_action):
            button = self.toolbar.widgetForAction(action)
            if button is not None:
                button.setProperty("toolButtonStyle", Qt.ToolButtonStyle.ToolButtonIconOnly)
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.find_box)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.workspace.currentChanged.connect(self._workspace_changed)
        self._workspace_changed()

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = recent_files(self.settings)
        for number, name in enumerate(files, start=1):
            path = Path(name)
            text = f"&{number} {path.name}" if number < 10 else path.name
            action = self.recent_menu.addAction(text)
            action.setData(name)
            action.setToolTip(name)
            action.setStatusTip(name)
            action.setEnabled(path.is_file())
            action.triggered.connect(lambda _checked=False, p=path: self.open_file(p))
        if not files:
            empty = self.recent_menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
            return
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("&Clear the list"))
        clear.triggered.connect(self._clear_recent)

    def _clear_recent(self) -> None:
        self.settings.setValue(RECENT_KEY, [str(self.desk.path)])
        self.fill_recent_menu()

    def fill_floor_menu(self) -> None:
        self.floor_menu.clear()
        group = QActionGroup(self.floor_menu)
        current = self.floor_tabs.currentIndex()
        for index, floor in enumerate(self.floors):
            action = self.floor_menu.addAction(floor.label)
            action.setCheckable(True)
            action.setChecked(index == current)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, i=index: self.go_to_floor(i))

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
                grid = FloorGrid(UnitCardModel(floor, self), self.floor_tabs, self.card_size)
                grid.activated.connect(self.open_unit)
                grid.customContextMenuRequested.connect(lambda pos, g=grid: self._card_menu(g, pos))
                grid.selectionModel().currentChanged.connect(self._card_selected)
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
            self.unit_panel.show_card(None)
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
        self.unit_panel.show_card(grid.current_card())
        if self.workspace.currentWidget() is self.floors_page:
            grid.setFocus()

    @Slot(QModelIndex, QModelIndex)
    def _card_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        grid = self.current_grid()
        if grid is not None and current.model() is grid.model():
            self.unit_panel.show_card(grid.current_card())

    def step_floor(self, step: int) -> None:
        count = self.floor_tabs.count()
        if count:
            self.floor_tabs.setCurrentIndex((self.floor_tabs.currentIndex() + step) % count)

    def go_to_floor(self, index: int) -> None:
        self.show_floors()
        self.floor_tabs.setCurrentIndex(index)

    def show_floors(self) -> None:
        self.workspace.setCurrentWidget(self.floors_page)
        grid = self.current_grid()
        if grid is not None:
            grid.setFocus()

    def apply_card_size(self, name: str) -> None:
        self.card_size = CARD_SIZES.get(name, self.card_size)
        for grid in self.grids:
            grid.set_card_size(self.card_size)

    # -- quick find -----------------------------------------------------------------------------

    def find(self, text: str) -> list[SearchHit]:
        """The search behind the find box; one unit of work, so it can move to a worker thread as it is."""
        try:
            with self.desk.work(self.actor) as work:
                return search(work, text, FIND_LIMIT)
        except AppError as err:
            self.statusBar().showMessage(error_text(err), STATUS_TIMEOUT_MS)
            return []

    def focus_find(self) -> None:
        self.find_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_box.selectAll()

    def _focus_workspace(self) -> None:
        page = self.workspace.currentWidget()
        if page is self.floors_page:
            self.show_floors()
        elif isinstance(page, DossierPage):
            _focus_page(page)

    # -- dossiers -------------------------------------------------------------------------------

    @Slot(QModelIndex)
    def open_unit(self, index: QModelIndex) -> None:
        card = index.data(CARD_ROLE)
        if isinstance(card, UnitCard):
            dossier_id = self.dossier_of(card)
            if dossier_id is not None:
                self.open_dossier(dossier_id)

    def dossier_of(self, card: UnitCard) -> int | None:
        """The dossier the unit's card stands for: the current tenant's, else the last one filed under it."""
        try:
            with self.desk.work(self.actor) as work:
                return find_dossier_for_unit(work, card.unit_id)
        except NotFound as err:
            self.statusBar().showMessage(error_text(err), STATUS_TIMEOUT_MS)
            return None

    def _open_panel_unit(self) -> None:
        card = self.unit_panel.card
        if card is not None:
            dossier_id = self.dossier_of(card)
            if dossier_id is not None:
                self.open_dossier(dossier_id)

    def dossier_pages(self) -> list[DossierPage]:
        pages = (self.workspace.widget(i) for i in range(self.workspace.count()))
        return [p for p in pages if isinstance(p, DossierPage)]

    def dossier_window(self, dossier_id: int) -> DossierWindow | None:
        return next((w for w in self.dossier_windows if w.dossier_id == dossier_id), None)

    @Slot(int)
    def open_dossier(self, dossier_id: int) -> DossierPage | None:
        """Show the dossier: its tab if open (or its own window, if it has one), else a new tab."""
        page = next((p for p in self.dossier_pages() if p.dossier_id == dossier_id), None)
        window = self.dossier_window(dossier_id) if page is None else None
        if window is not None:
            if window.isMinimized():
                window.showNormal()
            window.show()
            window.raise_()
            window.activateWindow()
            return None
        if page is None:
            try:
                page = DossierPage(self.desk, self.actor, dossier_id, self.workspace)
            except AppError as err:
                self.statusBar().showMessage(error_text(err), STATUS_TIMEOUT_MS)
                return None
            self.workspace.addTab(page, icon("dossier"), page.title())
            page.close_requested.connect(lambda p=page: self.close_dossier(p))
            page.title_changed.connect(lambda title, p=page: self._retitle(p, title))
            page.window_requested.connect(self.open_in_window)  # the page's own "Open in own window" button
        self.workspace.setCurrentWidget(page)
        _focus_page(page)
        return page

    @Slot(int)
    def open_in_window(self, dossier_id: int) -> DossierWindow | None:
        """The dossier in a window of its own, e.g. on a second screen; it follows changes like a tab does."""
        existing = self.dossier_window(dossier_id)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return existing
        try:
            window = DossierWindow(self.desk, self.actor, dossier_id, self.changes, parent=self)
        except AppError as err:
            self.statusBar().showMessage(error_text(err), STATUS_TIMEOUT_MS)
            return None
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda _obj=None, w=window: self._forget_window(w))
        self.dossier_windows.append(window)
        window.show()
        window.activateWindow()
        return window

    def _forget_window(self, window: DossierWindow) -> None:
        if window in self.dossier_windows:
            self.dossier_windows.remove(window)

    def run_menu(self, menu: QMenu, at: QPoint) -> QAction | None:
        """Show a context menu and wait for the choice; one place, so a test can answer in the person's stead."""
        return menu.exec(at)

    def _card_menu(self, grid: FloorGrid, pos: QPoint) -> None:
        index = grid.indexAt(pos)
        card = index.data(CARD_ROLE)
        if not isinstance(card, UnitCard):
            return
        if grid.selectionModel().isSelected(index):  # keep a multiple selection, e.g. for a move-in
            grid.selectionModel().setCurrentIndex(index, grid.selectionModel().SelectionFlag.NoUpdate)
        else:
            grid.setCurrentIndex(index)
        selected = grid.selected_cards() or [card]
        menu = QMenu(grid)
        open_action = menu.addAction(icon("dossier"), self.tr("&Open dossier"))
        window_action = menu.addAction(icon("open-window"), self.tr("Open in new &window"))
        has_dossier = card.dossier_id is not None
        open_action.setEnabled(has_dossier)
        window_action.setEnabled(has_dossier)
        menu.addSeparator()
        move_in_action = menu.addAction(icon("move-in"), self.tr("Move &in…"))
        move_in_action.setEnabled(
            self.move_in_action.isEnabled() and all(c.status == UnitStatus.VACANT for c in selected)
        )
        occupied = card.tenancy_id is not None and card.dossier_id is not None
        move_out_action = menu.addAction(icon("move-out"), self.tr("Move &out…"))
        notice_action = menu.addAction(icon("notice"), self.tr("Record &notice…"))
        label_action = menu.addAction(icon("labels"), self.tr("Print &labels…"))
        for action in (move_out_action, notice_action):
            action.setEnabled(occupied and self.move_out_action.isEnabled())
        label_action.setEnabled(self.labels_action.isEnabled() and any(c.tenancy_id is not None for c in selected))
        chosen = self.run_menu(menu, grid.viewport().mapToGlobal(pos))
        if chosen is None:
            return
        if chosen is move_in_action:
            self.move_in([c.unit_id for c in selected])
            return
        if chosen is label_action:
            self.print_labels()
            return
        if chosen in (move_out_action, notice_action) and card.dossier_id is not None:
            if chosen is move_out_action:
                self.move_out(card.dossier_id)
            else:
                self.record_notice(card.dossier_id)
            return
        dossier_id = self.dossier_of(card)
        if dossier_id is None:
            return
        if chosen is open_action:
            self.open_dossier(dossier_id)
        elif chosen is window_action:
            self.open_in_window(dossier_id)

    def _tab_menu(self, pos: QPoint) -> None:
        page = self.workspace.widget(self.workspace.tabBar().tabAt(pos))
        if not isinstance(page, DossierPage):
            return
        menu = QMenu(self.workspace)
        window_action = menu.addAction(icon("open-window"), self.tr("Open in new &window"))
        close_action = menu.addAction(icon("close-dossier"), self.tr("&Close dossier"))
        menu.addSeparator()
        move_out_action = menu.addAction(icon("move-out"), self.tr("Move &out…"))
        notice_action = menu.addAction(icon("notice"), self.tr("Record &notice…"))
        label_action = menu.addAction(icon("labels"), self.tr("Print &labels…"))
        live = page.view is not None and page.view.status == "live"
        for action, tool in (
            (move_out_action, self.move_out_action),
            (notice_action, self.notice_action),
            (label_action, self.labels_action),
        ):
            action.setEnabled(live and tool.isEnabled())
        chosen = self.run_menu(menu, self.workspace.tabBar().mapToGlobal(pos))
        if chosen is window_action:
            self.open_in_window(page.dossier_id)
        elif chosen is close_action:
            self.close_dossier(page)
        elif chosen is move_out_action:
            self.move_out(page.dossier_id)
        elif chosen is notice_action:
            self.record_notice(page.dossier_id)
        elif chosen is label_action:
            self.workspace.setCurrentWidget(page)
            self.print_labels()

    def _open_current_in_window(self) -> None:
        page = self.workspace.currentWidget()
        if isinstance(page, DossierPage):
            self.open_in_window(page.dossier_id)
            return
        grid = self.current_grid()
        card = grid.current_card() if grid is not None else None
        dossier_id = self.dossier_of(card) if card is not None and card.dossier_id is not None else None
        if dossier_id is not None:
            self.open_in_window(dossier_id)

    def _close_current_dossier(self) -> None:
        page = self.workspace.currentWidget()
        if isinstance(page, DossierPage):
            self.close_dossier(page)

    @Slot(int)
    def _workspace_changed(self, _index: int = 0) -> None:
        on_dossier = isinstance(self.workspace.currentWidget(), DossierPage)
        self.close_dossier_action.setEnabled(on_dossier)

    def _retitle(self, page: DossierPage, title: str) -> None:
        index = self.workspace.indexOf(page)
        if index >= 0:
            self.workspace.setTabText(index, title)

    def close_dossier(self, page: DossierPage) -> None:
        index = self.workspace.indexOf(page)
        if index < 0:
            return
        self.workspace.removeTab(index)
        page.cleanup()  # lets the page stop its preview and background work
        page.deleteLater()
        if self.workspace.currentWidget() is self.floors_page:
            self.show_floors()
        else:
            current = self.workspace.currentWidget()
            if isinstance(current, DossierPage):
                _focus_page(current)

    @Slot(int)
    def _close_tab(self, index: int) -> None:
        page = self.workspace.widget(index)
        if isinstance(page, DossierPage):
            self.close_dossier(page)

    # -- tenancy and labels ---------------------------------------------------------------------

    def current_floor(self) -> FloorInfo | None:
        grid = self.current_grid()
        return grid.card_model().floor if grid is not None else None

    def current_dossier_id(self) -> int | None:
        """The dossier in front: an open dossier tab, else the selected card's current tenancy."""
        page = self.workspace.currentWidget()
        if isinstance(page, DossierPage):
            return page.dossier_id
        grid = self.current_grid()
        card = grid.current_card() if grid is not None else None
        if card is not None and card.tenancy_id is not None:
            return card.dossier_id
        return None

    def _open_dialog(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def move_in(self, unit_ids: Sequence[int] | None = None) -> MoveInWizard | None:
        """The move-in wizard for the chosen vacant units (the selected vacant cards by default)."""
        floor = self.current_floor()
        if unit_ids is None:
            grid = self.current_grid()
            cards = grid.selected_cards() if grid is not None else []
            unit_ids = [c.unit_id for c in cards if c.status == UnitStatus.VACANT]
        wizard = MoveInWizard(self.desk, self.actor, self.floors, floor.id if floor else None, unit_ids, parent=self)
        wizard.moved_in.connect(self._moved_in)
        self._open_dialog(wizard)
        return wizard

    def _moved_in(self, result: MoveIn) -> None:
        self.statusBar().showMessage(
            self.tr("Moved in; dossier {number} created.").format(number=result.dossier_number), STATUS_TIMEOUT_MS
        )
        self.label_question = messages.ask(
            self,
            self.tr("Dossier {number} is created. Print its label now?").format(number=result.dossier_number),
            self.tr("&Print label"),
            lambda: self.print_dossier_label(result.dossier_id),
        )

    def print_dossier_label(self, dossier_id: int) -> PrintPreviewDialog | None:
        """One dossier's label on the saved sheet layout, straight into the print preview."""
        if self._printouts is None:
            self._printouts = tempfile.TemporaryDirectory(prefix="dossier-desk-print-", ignore_cleanup_errors=True)
        target = Path(self._printouts.name) / f"label-{dossier_id}.pdf"
        name = self.settings.value(LAYOUT_KEY, DEFAULT_LAYOUT, str)
        layout = with_offsets(
            LAYOUTS.get(name, LAYOUTS[DEFAULT_LAYOUT]),
            float(self.settings.value(OFFSET_X_KEY, 0.0, float)),
            float(self.settings.value(OFFSET_Y_KEY, 0.0, float)),
        )
        try:
            with self.desk.work(self.actor) as work:
                rows = labels_for(work, dossier_ids=[dossier_id])
                code = self.settings.value(CODE_KEY, "qr", str)
                print_labels(work, rows, target, layout=layout, code=code, record=False)
        except AppError as err:
            messages.tell(self, error_text(err))
            return None
        dialog = PrintPreviewDialog(target, self.tr("Dossier label"), self)
        record_when_delivered(dialog, self.desk, self.actor, [dossier_id], lambda _ids: None, self._tell)
        self._open_dialog(dialog)
        return dialog

    def _tell(self, text: str) -> None:
        messages.tell(self, text)

    def move_out(self, dossier_id: int | None = None) -> MoveOutDialog | None:
        dossier_id = dossier_id if dossier_id is not None else self.current_dossier_id()
        if dossier_id is None:
            self.statusBar().showMessage(
                self.tr("Choose an occupied unit or open its dossier first."), STATUS_TIMEOUT_MS
            )
            return None
        try:
            dialog = MoveOutDialog(self.desk, self.actor, dossier_id, self)
        except AppError as err:
            messages.tell(self, error_text(err))
            return None
        if not dialog.open_units:
            dialog.deleteLater()
            self.statusBar().showMessage(self.tr("This tenant has already given back every unit."), STATUS_TIMEOUT_MS)
            return None
        dialog.moved_out.connect(self._moved_out)
        self._open_dialog(dialog)
        return dialog

    def _moved_out(self, result: MoveOutResult) -> None:
        units = "、".join(result.units_given_back)
        text = (
            self.tr("Units {units} given back; the dossier is departed (R6).")
            if result.departed
            else self.tr("Units {units} given back; the tenant keeps {kept}.")
        )
        self.statusBar().showMessage(text.format(units=units, kept="、".join(result.units_kept)), STATUS_TIMEOUT_MS)

    def record_notice(self, dossier_id: int | None = None) -> NoticeDialog | None:
        dossier_id = dossier_id if dossier_id is not None else self.current_dossier_id()
        if dossier_id is None:
            self.statusBar().showMessage(
                self.tr("Choose an occupied unit or open its dossier first."), STATUS_TIMEOUT_MS
            )
            return None
        dialog = NoticeDialog(self.desk, self.actor, dossier_id, self)
        self._open_dialog(dialog)
        return dialog

    def print_labels(self) -> LabelsDialog:
        """The labels dialog for the unit in front, the selected cards, this floor or the to-reprint list."""
        grid = self.current_grid()
        floor = self.current_floor()
        card = grid.current_card() if grid is not None else None
        selected = [c.dossier_id for c in grid.selected_cards()] if grid is not None else []
        page = self.workspace.currentWidget()
        chosen = [page.dossier_id] if isinstance(page, DossierPage) else []
        dialog = LabelsDialog(
            self.desk,
            self.actor,
            self.settings,
            unit_id=card.unit_id if card is not None and card.tenancy_id is not None else None,
            dossier_ids=[d for d in selected if d is not None],
            floor_id=floor.id if floor else None,
            floor_label=floor.label if floor else "",
            chosen_ids=chosen,
            parent=self,
        )
        self._open_dialog(dialog)
        return dialog

    def _show_report(self, dialog: LabelCheckDialog | MissingReportDialog | ArchiveBrowser) -> None:
        """A list to work through beside the floors: modeless, kept current by the changes made meanwhile."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.changes.changed.connect(dialog.refresh)  # a slot of the dialog: disconnected when it closes
        dialog.show()

    def label_check(self) -> LabelCheckDialog:
        dialog = LabelCheckDialog(self.desk, self.actor, self.settings, self)
        self._show_report(dialog)
        return dialog

    def missing_report(self) -> MissingReportDialog | None:
        floor = self.current_floor()
        if floor is None:
            return None
        dialog = MissingReportDialog(self.desk, self.actor, floor.id, floor.label, self)
        dialog.dossier_chosen.connect(self.open_dossier)
        self._show_report(dialog)
        return dialog

    def edit_checklist(self) -> ChecklistDialog | None:
        if not allowed(self.actor.role, Action.CONFIGURE_CHECKLIST):
            return None
        dialog = ChecklistDialog(self.desk, self.actor, self)
        self._open_dialog(dialog)
        return dialog

    def archive_wizard(self, year: int | None = None) -> ArchiveWizard | None:
        if not allowed(self.actor.role, Action.ARCHIVE):
            return None
        wizard = ArchiveWizard(self.desk, self.actor, year, self)
        wizard.browser_requested.connect(self.archive_browser)
        self._open_dialog(wizard)
        return wizard

    def archive_browser(self, year: int | None = None) -> ArchiveBrowser:
        """The archive browser beside the floors (modeless, one at a time), on ``year`` if given."""
        browser = self.archive_browser_dialog
        if browser is None:
            browser = ArchiveBrowser(self.desk, self.actor, self.settings, self)
            browser.dossier_chosen.connect(self.open_dossier)
            browser.destroyed.connect(self._forget_archive_browser)
            self.archive_browser_dialog = browser
            self._show_report(browser)
        else:
            browser.load()
            browser.show()
            browser.raise_()
            browser.activateWindow()
        if year is not None:
            browser.select_year(year)
        return browser

    def _forget_archive_browser(self) -> None:
        self.archive_browser_dialog = None

    def open_scanned(self, number: str) -> bool:
        """A scanned dossier number (a label's code) or file number (a bound file's): open that dossier.

        Only an exact number opens anything: a scan is never a guess.
        """
        try:
            with self.desk.work(self.actor) as work:
                dossier_id = find_dossier_by_number(work, number)
        except NotFound:
            self.statusBar().showMessage(
                self.tr("Scanned “{number}”: no dossier has this number.").format(number=number), STATUS_TIMEOUT_MS
            )
            return False
        except AppError as err:
            self.statusBar().showMessage(error_text(err), STATUS_TIMEOUT_MS)
            return False
        self.open_dossier(dossier_id)
        return True

    # -- files, settings, about -----------------------------------------------------------------

    def choose_file(self) -> None:
        start = str(self.desk.path.parent)
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open a dossier file"), start, self.tr("Dossier Desk files (*.db);;All files (*)")
        )
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> MainWindow | None:
        """Open another file in a new window after a log-in there, then close this one."""
        if path.resolve() == self.desk.path.resolve():
            self.statusBar().showMessage(self.tr("{file} is already open.").format(file=path.name), STATUS_TIMEOUT_MS)
            return None
        try:
            desk = Desk.open(path)
        except AppError as err:
            QMessageBox.warning(self, self.tr("Open a dossier file"), error_text(err))
            return None
        login = LoginDialog(desk, self.settings, login=self.actor.login, parent=self)
        if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
            desk.close()
            return None
        self.settings.setValue(LAST_FILE_KEY, str(desk.path))
        successor = MainWindow(desk, login.actor, self.settings, owns_desk=True)
        successor.setGeometry(self.geometry())
        successor.show()
        self.successor = successor  # keeps it alive; the entry point holds only the first window
        self.close()
        return successor

    def show_settings(self) -> SettingsDialog:
        language = translations.choose_language(None, self.settings)
        dialog = SettingsDialog(self.settings, _running_language(language), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_card_size(dialog.card_size())
            if dialog.language_changed:
                self.statusBar().showMessage(
                    self.tr("The new language is used when Dossier Desk is next started."), STATUS_TIMEOUT_MS
                )
        return dialog

    def about_text(self) -> str:
        return self.tr(
            "<h3>Dossier Desk {version}</h3>"
            "<p>One dossier per unit (一户一档) for the customer-services front desk.</p>"
            "<p>File: {file}<br>Qt {qt}, PySide6 {pyside}</p>"
        ).format(version=__version__, file=self.desk.path, qt=qVersion(), pyside=pyside_version)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Dossier Desk"), self.about_text())

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
            # A document filed or added changes a card's badge: the dossier is in the change set, not the unit.
            hit = {
                c.unit_id
                for c in model.cards()
                if c.unit_id in changes.units
                or c.customer_id in changes.customers
                or (c.dossier_id is not None and c.dossier_id in changes.dossiers)
            }
            if hit:
                touched.append(model)
                unit_ids |= hit
        if unit_ids:
            with self.desk.work(self.actor) as work:
                cards = unit_cards(work, unit_ids=sorted(unit_ids))
            for model in touched:
                model.update_cards(cards)
            grid = self.current_grid()
            if grid is not None:
                self.unit_panel.show_card(grid.current_card())
        for page in self.dossier_pages():
            if page.concerns(changes):
                try:
                    page.reload()
                except NotFound:
                    self.close_dossier(page)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.scanner.remove()
        if self._printouts is not None:
            self._printouts.cleanup()
            self._printouts = None
        for window in list(self.dossier_windows):
            window.close()
        self.changes.detach()
        self.find_box.timer.stop()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)
        if self.owns_desk:
            self.desk.close()


def _focus_page(page: DossierPage) -> None:
    """Keyboard focus into an open dossier (its document list, where a clerk starts)."""
    page.documents_table.setFocus()


def _running_language(saved: str) -> str:
    """The language this run shows: the locale Qt was set to when the translations were installed."""
    running = translations.language_for_locale(QLocale())
    return running if running in translations.LANGUAGES else saved
