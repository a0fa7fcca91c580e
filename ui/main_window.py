"""The main window: the building as floor tabs of unit cards, quick find, and the open dossiers beside them.

The window holds what every capability shares (File, View, Help, the workspace of tabs, quick find, the scanner);
each capability adds its own menu entries and context-menu items as a part (``ui/capabilities.py``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QByteArray, QPoint, QSettings, QSize, Qt, QTimer, Slot, qVersion
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QTabWidget,
    QToolBar,
    QWidget,
)

from app.building import FloorInfo, UnitCard
from app.desk import Actor, ChangeSet, Desk, ReadOnlyReason
from app.dossier import find_dossier_for_unit
from app.errors import AppError, NotFound, PermissionDenied
from app.file_lock import HEARTBEAT_INTERVAL, FileInUse
from app.permissions import ROLE_NAMES, Action
from app.search import SearchHit, search
from app.server_password import location_of
from app.version import __version__
from ui import places
from ui.building import FloorGrid, FloorsPage, ServerDialog, open_server_for_window
from ui.capabilities import WINDOW_PARTS
from ui.changes import DeskChanges
from ui.context_menus import show_card_menu, show_tab_menu
from ui.dashboard import DashboardPage, open_target
from ui.dossier import DossierPage, DossierWindow, DossierWindows
from ui.file_opening import claim_for_window, open_for_window, shown_name
from ui.help import TOPIC_PROPERTY, UserGuide
from ui.icons import icon
from ui.inbox import InboxMenu
from ui.people import ChangePasswordDialog, LoginDialog
from ui.recent_files import RecentFilesMenu, remember_recent
from ui.search import QuickFind
from ui.settings_dialog import CONNECT_SERVER, OPEN_FILE, SettingsDialog, saved_card_size
from ui.translations import app_text, error_text
from ui.window_parts import STATUS_TIMEOUT_MS, WindowPart, fit_to_screen, make_action

LAST_FILE_KEY = "files/last"
Part = TypeVar("Part", bound=WindowPart)


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
        self.released = False  # the file was let go of for a restore (release_file)
        self.successor: MainWindow | None = None
        self.handed_over = False  # a successor on the same file took over (another user, or this one's new role)
        self._rights_changed = False  # the acting user's rights changed: a successor is on its way
        self.parts: list[WindowPart] = []
        self.changes = DeskChanges(desk, self)
        self.changes.changed.connect(self.on_changed)
        self.own_windows = DossierWindows(desk, actor, self.changes, self, self._status)
        self.setObjectName("main-window")
        self.setProperty(TOPIC_PROPERTY, "desk")  # F1 on the floors and the dossier tabs: the day at the desk
        self.guide = UserGuide(self)
        self.guide.install()
        if desk.read_only:
            self.setWindowTitle(self.tr("{file} (read-only) — Dossier Desk").format(file=shown_name(desk)))
        else:
            self.setWindowTitle(self.tr("{file} — Dossier Desk").format(file=shown_name(desk)))
        self.location = location_of(desk)  # the file, or the server database's URL without its password
        if not desk.on_server:
            self.setWindowFilePath(str(desk.path))
        remember_recent(settings, self.location)
        # The note beside the file says who has it open; a heartbeat shows this window still runs.
        self.heartbeat = QTimer(self)
        self.heartbeat.setInterval(int(HEARTBEAT_INTERVAL.total_seconds() * 1000))
        self.heartbeat.timeout.connect(self._beat)  # the desk's record of the moment (a restore may renew it)
        if desk.file_lock is not None:
            desk.file_lock.set_user(actor.login, actor.display_name)
            self.heartbeat.start()

        self.workspace = QTabWidget(self)
        self.workspace.setObjectName("workspace")
        self.workspace.setDocumentMode(True)
        self.workspace.setTabsClosable(True)
        self.workspace.tabCloseRequested.connect(self._close_tab)
        self.workspace.tabBar().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.workspace.tabBar().customContextMenuRequested.connect(self._tab_menu)
        self.setCentralWidget(self.workspace)

        self.floors_page = FloorsPage(
            desk, actor, settings, saved_card_size(settings), lambda: self.workspace.currentWidget() is self.floors_page
        )
        self.floors_page.unit_opened.connect(self.open_unit)
        self.floors_page.dossier_chosen.connect(self.open_dossier)
        self.floors_page.card_menu_requested.connect(self._card_menu)
        self.floors_page.status.connect(self.statusBar().showMessage)
        self.workspace.addTab(self.floors_page, icon("floors"), self.tr("Floors"))
        self.workspace.tabBar().setTabButton(0, self.workspace.tabBar().ButtonPosition.RightSide, None)
        self.workspace.tabBar().setTabButton(0, self.workspace.tabBar().ButtonPosition.LeftSide, None)
        self._add_dashboard()

        self.find_box = QuickFind(self.find, self)
        self.find_box.search_failed.connect(self._find_failed)
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
        if desk.read_only:
            self.read_only_label = QLabel(self.tr("Read-only"), self)
            self.read_only_label.setObjectName("read-only")
            self.read_only_label.setToolTip(
                self.tr("This file is on a network share: nothing can be changed here.")
                if desk.read_only_reason == ReadOnlyReason.NETWORK
                else self.tr("This file is open read-only in this window: nothing can be changed here.")
            )
            self.statusBar().addPermanentWidget(self.read_only_label)
        # The first size fits the screen: on a 1024×768 desk a 1280-wide window would hide its right edge.
        fit_to_screen(self, 1280, 720)
        geometry = settings.value("window/geometry")
        self.restored_geometry = isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.floors_page.splitter.restoreState(splitter)
        self.floors_page.load_buildings()

    # -- set-up ---------------------------------------------------------------------------------

    def _add_dashboard(self) -> None:
        """The dashboard is the first tab (issue 16); the window still opens on the floors, and the dashboard reads
        its figures off the UI thread when it is first shown."""
        self.dashboard_page = DashboardPage(
            self.desk, self.actor, lambda: getattr(self.floors_page.current_building(), "id", None), self.workspace
        )
        self.dashboard_page.floor_chosen.connect(self.show_floor_of)
        self.dashboard_page.target_chosen.connect(lambda target: open_target(self, target))
        self.floors_page.building_box.currentIndexChanged.connect(lambda _i: self.dashboard_page.refresh())
        self.workspace.insertTab(0, self.dashboard_page, icon("dashboard"), self.tr("Dashboard"))
        for side in (self.workspace.tabBar().ButtonPosition.RightSide, self.workspace.tabBar().ButtonPosition.LeftSide):
            self.workspace.tabBar().setTabButton(0, side, None)
        self.workspace.setCurrentWidget(self.floors_page)

    def show_floor_of(self, building_id: int, floor_id: int) -> None:
        """A floor's tab on the Floors page, in its building."""
        box = self.floors_page.building_box
        if box.currentData() != building_id and box.findData(building_id) >= 0:
            box.setCurrentIndex(box.findData(building_id))
        index = next((i for i, floor in enumerate(self.floors_page.floors) if floor.id == floor_id), None)
        if index is not None:
            self.go_to_floor(index)

    def _action(
        self,
        text: str,
        icon_name: str | None = None,
        shortcuts: Sequence[QKeySequence] = (),
        parent: QWidget | None = None,
    ) -> QAction:
        return make_action(text, parent or self, icon_name, shortcuts)

    def _add_actions(self) -> None:
        # File
        file_menu = self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = self._action(self.tr("&Open…"), "open", [QKeySequence(QKeySequence.StandardKey.Open)])
        self.open_action.triggered.connect(self.choose_file)
        file_menu.addAction(self.open_action)
        self.recent_menu = RecentFilesMenu(self.settings, self.location, file_menu)
        self.recent_menu.open_requested.connect(self.open_file)
        file_menu.addMenu(self.recent_menu)
        self.connect_server_action = self._action(self.tr("Connect to a &server…"), "open")
        self.connect_server_action.setObjectName("connect-server")
        self.connect_server_action.triggered.connect(lambda: self.connect_to_server())
        file_menu.addAction(self.connect_server_action)
        file_menu.addSeparator()
        self.switch_user_action = self._action(self.tr("S&witch user…"), "switch-user")
        self.switch_user_action.triggered.connect(lambda: self.switch_user())
        file_menu.addAction(self.switch_user_action)
        self.change_password_action = self._action(self.tr("Change my &password…"), "password")
        self.change_password_action.setEnabled(self.desk.may(self.actor, Action.CHANGE_OWN_PASSWORD))
        self.change_password_action.triggered.connect(lambda: self.change_password())
        file_menu.addAction(self.change_password_action)
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
        self.next_floor_action.triggered.connect(lambda: self.floors_page.step_floor(1))
        self.previous_floor_action = self._action(
            self.tr("&Previous floor"),
            "previous-floor",
            [QKeySequence("Ctrl+PgUp"), QKeySequence("Ctrl+Shift+Tab")],
            self.floors_page,
        )
        self.previous_floor_action.triggered.connect(lambda: self.floors_page.step_floor(-1))
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

        # Tools, and a menu of its own for a capability that needs one: the capabilities' parts add them.
        self.tools_menu = self.menuBar().addMenu(self.tr("&Tools"))

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
        for part in WINDOW_PARTS:
            self.parts.append(part(self, self))
        for action in (self.previous_floor_action, self.next_floor_action):
            button = self.toolbar.widgetForAction(action)
            if button is not None:
                button.setProperty("toolButtonStyle", Qt.ToolButtonStyle.ToolButtonIconOnly)
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.find_box)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

        # Help
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = self._action(self.tr("&User guide"), None, [QKeySequence(Qt.Key.Key_F1)])
        # F1 itself is answered by the guide's key filter (the page for the screen in front); the shortcut is shown
        # in the menu only, so it never competes with the filter.
        self.guide_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.guide_action.triggered.connect(lambda: self.show_guide())
        help_menu.addAction(self.guide_action)
        help_menu.addSeparator()
        self.about_action = self._action(self.tr("&About Dossier Desk"), "about")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)
        self.workspace.currentChanged.connect(self._workspace_changed)
        self._workspace_changed()

    def add_menu(self, title: str, name: str = "") -> QMenu:
        """A capability's own menu, after Tools and before Help; a part that names a menu another part made (its
        object name) adds to that one instead, so related capabilities share a menu."""
        if name:
            found = self.menuBar().findChild(QMenu, name)
            if found is not None:
                return found
        menu = self.menuBar().addMenu(title)
        if name:
            menu.setObjectName(name)
        return menu

    def add_to_file_menu(self, *actions: QAction) -> None:
        """A capability's entries in the File menu (the import, issue 17): a group of their own before Settings."""
        self.file_menu.insertActions(self.settings_action, list(actions))
        self.file_menu.insertSeparator(self.settings_action)

    def part(self, kind: type[Part]) -> Part:
        """The window's part of a capability, e.g. ``window.part(TenancyMenu).move_in()``."""
        return next(p for p in self.parts if isinstance(p, kind))

    def fill_floor_menu(self) -> None:
        self.floor_menu.clear()
        group = QActionGroup(self.floor_menu)
        current = self.floors_page.floor_tabs.currentIndex()
        for index, floor in enumerate(self.floors_page.floors):
            action = self.floor_menu.addAction(floor.label)
            action.setCheckable(True)
            action.setChecked(index == current)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, i=index: self.go_to_floor(i))

    # -- floors ---------------------------------------------------------------------------------

    def current_grid(self) -> FloorGrid | None:
        return self.floors_page.current_grid()

    def current_floor(self) -> FloorInfo | None:
        return self.floors_page.current_floor()

    def floors(self) -> list[FloorInfo]:
        return list(self.floors_page.floors)

    def current_card(self) -> UnitCard | None:
        grid = self.current_grid()
        return grid.current_card() if grid is not None else None

    def selected_cards(self) -> list[UnitCard]:
        grid = self.current_grid()
        return grid.selected_cards() if grid is not None else []

    def go_to_floor(self, index: int) -> None:
        self.show_floors()
        self.floors_page.floor_tabs.setCurrentIndex(index)

    def show_floors(self) -> None:
        self.workspace.setCurrentWidget(self.floors_page)
        grid = self.current_grid()
        if grid is not None:
            grid.setFocus()

    # -- quick find -----------------------------------------------------------------------------

    def find(self, text: str, cancelled: Callable[[], bool]) -> list[SearchHit]:
        """The search behind the find box: one unit of work of its own, run on the box's worker thread (it touches
        no widget; an error goes back to the UI thread through the task and is said by ``_find_failed``)."""
        with self.desk.read(self.actor) as work:
            return search(work, text, cancelled=cancelled)

    def _find_failed(self, error: object) -> None:
        if not isinstance(error, AppError):
            raise error if isinstance(error, BaseException) else RuntimeError(str(error))
        self._status(error_text(error))

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

    @Slot(object)
    def open_unit(self, card: UnitCard) -> None:
        dossier_id = self.dossier_of(card)
        if dossier_id is not None:
            self.open_dossier(dossier_id)

    def dossier_of(self, card: UnitCard) -> int | None:
        """The dossier the unit's card stands for: the current tenant's, else the last one filed under it."""
        try:
            with self.desk.read(self.actor) as work:
                return find_dossier_for_unit(work, card.unit_id)
        except NotFound as err:
            self._status(error_text(err))
            return None

    def dossier_pages(self) -> list[DossierPage]:
        pages = (self.workspace.widget(i) for i in range(self.workspace.count()))
        return [p for p in pages if isinstance(p, DossierPage)]

    @Slot(int)
    def open_dossier(self, dossier_id: int) -> DossierPage | None:
        """Show the dossier: its tab if open (or its own window, if it has one), else a new tab."""
        page = next((p for p in self.dossier_pages() if p.dossier_id == dossier_id), None)
        window = self.own_windows.find(dossier_id) if page is None else None
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
                self._status(error_text(err))
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
        return self.own_windows.open(dossier_id)

    @property
    def dossier_windows(self) -> list[DossierWindow]:
        return self.own_windows.windows

    def run_menu(self, menu: QMenu, at: QPoint) -> QAction | None:
        """Show a context menu and wait for the choice; one place, so a test can answer in the person's stead."""
        return menu.exec(at)

    def _card_menu(self, grid: FloorGrid, pos: QPoint) -> None:
        show_card_menu(self, grid, pos)

    def _tab_menu(self, pos: QPoint) -> None:
        show_tab_menu(self, pos)

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

    # -- what the capabilities' parts use --------------------------------------------------------

    def _status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    def current_dossier_id(self) -> int | None:
        """The dossier in front: an open dossier tab, else the selected card's current tenancy."""
        page = self.workspace.currentWidget()
        if isinstance(page, DossierPage):
            return page.dossier_id
        card = self.current_card()
        if card is not None and card.tenancy_id is not None:
            return card.dossier_id
        return None

    def dossier_tab_in_front(self) -> int | None:
        page = self.workspace.currentWidget()
        return page.dossier_id if isinstance(page, DossierPage) else None

    def open_dialog(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_report(self, dialog: QDialog) -> None:
        """A list to work through beside the floors: modeless, kept current by the changes made meanwhile."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.changes.changed.connect(dialog.refresh)  # a slot of the dialog: disconnected when it closes
        dialog.show()

    # -- files, settings, about -----------------------------------------------------------------

    def choose_file(self) -> None:
        # A file opened as `--db d.db`: its folder, named in full; on a server, where files are opened from.
        here = self.desk.path.resolve().parent if not self.desk.on_server else None
        start = str(here or places.start_folder("open", self.settings))
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open a dossier file"), start, self.tr("Dossier Desk files (*.db);;All files (*)")
        )
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path | str) -> MainWindow | None:
        """Open another file (or server database: a URL) in a new window after a log-in there, then close this one."""
        if isinstance(path, str):
            if path == self.location:
                self._status(self.tr("{file} is already open.").format(file=shown_name(self.desk)))
                return None
            try:
                desk = open_server_for_window(path, self.settings, self)
            except AppError as err:
                QMessageBox.warning(self, self.tr("Connect to a server database"), error_text(err))
                return None
            return self._succeed_with_desk(desk)
        if not self.desk.on_server and path.resolve() == self.desk.path.resolve():
            self._status(self.tr("{file} is already open.").format(file=path.name))
            return None
        return self._succeed_with(path)

    def connect_to_server(self) -> MainWindow | None:
        """File ▸ Connect to a server…: the server dialog, a log-in there, a new window; this one closes."""
        dialog = ServerDialog(self.settings, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self._succeed_with_desk(dialog.desk)

    def release_file(self) -> None:
        """Let go of the file (a restore is about to replace it): every dossier closes, the floors are put away
        and the file's connections close, so nothing in this window opens it again meanwhile (``resume_file``)."""
        for page in self.dossier_pages():
            self.close_dossier(page)
        self.own_windows.close_all()
        self.released = True
        self.workspace.setVisible(False)
        self.menuBar().setEnabled(False)
        self.toolbar.setEnabled(False)
        self.desk.close()

    def resume_file(self) -> None:
        """Back to work on the file after all (the restore failed or was cancelled: the file is as it was)."""
        if not self.desk.read_only:
            try:
                claim_for_window(self.desk)  # letting go of the file gave up this window's lock record
            except FileInUse as taken:  # another window opened it meanwhile: it has it for changes now
                QMessageBox.warning(self, self.tr("File in use"), error_text(taken))
            if self.desk.file_lock is not None:
                self.desk.file_lock.set_user(self.actor.login, self.actor.display_name)
        self.released = False
        self.workspace.setVisible(True)
        self.menuBar().setEnabled(True)
        self.toolbar.setEnabled(True)

    def _beat(self) -> None:
        if self.desk.file_lock is not None:
            self.desk.file_lock.heartbeat()

    def reopen_file(self) -> MainWindow | None:
        """This window's file afresh after a restore replaced it: a log-in there (its users are the backup's), a
        new window, and this one closes."""
        return self._succeed_with(self.desk.path)

    def _succeed_with(self, path: Path) -> MainWindow | None:
        try:
            desk = open_for_window(path, self)
        except AppError as err:
            QMessageBox.warning(self, self.tr("Open a dossier file"), error_text(err))
            return None
        return self._succeed_with_desk(desk)

    def _succeed_with_desk(self, desk: Desk | None) -> MainWindow | None:
        if desk is None:  # open elsewhere and not wanted read-only, or the server dialog cancelled
            return None
        login = LoginDialog(desk, self.settings, login=self.actor.login, parent=self)
        if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
            desk.close()
            return None
        where = location_of(desk)  # a file in full: the next start runs elsewhere; a server's URL as it is
        self.settings.setValue(LAST_FILE_KEY, os.path.abspath(where) if isinstance(where, Path) else where)
        successor = MainWindow(desk, login.actor, self.settings, owns_desk=True)
        successor.setGeometry(self.geometry())
        successor.show()
        self.successor = successor  # keeps it alive; the entry point holds only the first window
        self.close()
        return successor

    # -- who works in this window -----------------------------------------------------------------

    def switch_user(self) -> LoginDialog:
        """Someone else takes over the desk: a log-in, then this window's successor acts as them."""
        dialog = LoginDialog(self.desk, self.settings, login="", parent=self)
        dialog.login_edit.clear()
        dialog.login_edit.setFocus()
        dialog.accepted.connect(lambda: self.act_as(dialog.actor) if dialog.actor is not None else None)
        self.open_dialog(dialog)
        return dialog

    def change_password(self) -> ChangePasswordDialog | None:
        if not self.desk.may(self.actor, Action.CHANGE_OWN_PASSWORD):
            return None
        dialog = ChangePasswordDialog(self.desk, self.actor, self)
        dialog.saved.connect(lambda _info: self._status(self.tr("Your password was changed.")))
        self.open_dialog(dialog)
        return dialog

    def act_as(self, actor: Actor) -> MainWindow:
        """A window on the same file for ``actor`` (another person, or this one with their new role): every menu,
        page and dialog is made afresh for them, and this window hands the file over and closes."""
        same_person = actor.user_id == self.actor.user_id
        reopen = [page.dossier_id for page in self.dossier_pages()] if same_person else []
        self.floors_page.remember_place()  # the successor opens on the floor shown here
        successor = MainWindow(self.desk, actor, self.settings, owns_desk=self.owns_desk)
        successor.setGeometry(self.geometry())
        successor.show()
        for dossier_id in reopen:
            successor.open_dossier(dossier_id)
        self.successor = successor  # keeps it alive; the entry point holds only the first window
        self.handed_over = True
        self.close()
        return successor

    def check_rights(self) -> None:
        """Read the acting user's role and active state afresh; a change re-greys the menus (a successor window)."""
        if self._rights_changed or self.handed_over or self.released:
            return
        try:
            with self.desk.read(self.actor) as work:
                current = work.actor
        except PermissionDenied as err:  # the account was disabled meanwhile: nothing more in its name
            self._rights_changed = True
            self.menuBar().setEnabled(False)
            self.toolbar.setEnabled(False)
            self.workspace.setEnabled(False)
            self._status(error_text(err))
            return
        except AppError:
            return  # the file cannot be read just now: the next action says why
        if current is None or current == self.actor:
            return
        self._rights_changed = True
        self._take_new_rights(current)

    def _take_new_rights(self, actor: Actor) -> None:
        # Not in the middle of a dialog: the person finishes (or cancels) it first, then the window is renewed.
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and modal.isVisible():
            modal.finished.connect(lambda _result: QTimer.singleShot(0, lambda: self._take_new_rights(actor)))
            return
        if not self.handed_over:
            self.act_as(actor)

    def show_settings(self) -> SettingsDialog:
        dialog = SettingsDialog.for_this_run(self.settings, self, desk=self.desk, actor=self.actor)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.floors_page.apply_card_size(dialog.card_size())
            if dialog.inbox_settings_saved:
                self.part(InboxMenu).watcher.configure()  # the new folder watched at once, not at the next rescan
            if dialog.language_changed:
                self._status(self.tr("The new language is used when Dossier Desk is next started."))
            # Another database: the same ways as the File menu's, once the settings dialog is gone.
            if dialog.database_choice == OPEN_FILE:
                QTimer.singleShot(0, self.choose_file)
            elif dialog.database_choice == CONNECT_SERVER:
                QTimer.singleShot(0, self.connect_to_server)
        return dialog

    def about_text(self) -> str:
        return self.tr(
            "<h3>Dossier Desk {version}</h3>"
            "<p>One dossier per unit (一户一档) for the customer-services front desk.</p>"
            "<p>File: {file}<br>Qt {qt}, PySide6 {pyside}</p>"
        ).format(version=__version__, file=self.desk.location, qt=qVersion(), pyside=pyside_version)

    def show_guide(self, topic: str = "index") -> QWidget:
        """The user guide in front on ``topic`` (Help ▸ User guide: its first page)."""
        return self.guide.show(topic)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Dossier Desk"), self.about_text())

    # -- changes made anywhere ------------------------------------------------------------------

    @Slot(object)
    def on_changed(self, changes: ChangeSet) -> None:
        """Refresh only what the committed action touched."""
        if self.released or self.handed_over:
            return  # a change delivered after the file was let go of (it is being replaced), or to a window replaced
        # After any change (a refused action included, when the refusal came from a changed role): rights afresh.
        self.check_rights()
        self.dashboard_page.refresh(changes)
        if self.floors_page.refresh(changes):
            return
        for page in self.dossier_pages():
            if page.concerns(changes):
                try:
                    page.reload()
                except NotFound:
                    self.close_dossier(page)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.handed_over:
            self._hand_over(event)
            return
        if not all(part.may_close() for part in self.parts):
            event.ignore()  # a part finishes first (a backup on exit) and closes the window again
            return
        for part in self.parts:
            part.close()
        self.guide.close()
        self.dashboard_page.cleanup()
        self.own_windows.close_all()
        self.changes.detach()
        self.heartbeat.stop()
        if self.desk.file_lock is not None:
            # The window is what has the file open: once it closes (say for another file), others may have it.
            self.desk.file_lock.release()
        self.find_box.timer.stop()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.floors_page.splitter.saveState())
        self.floors_page.remember_place()
        self.settings.sync()
        super().closeEvent(event)
        if self.owns_desk:
            self.desk.close()

    def _hand_over(self, event: QCloseEvent) -> None:
        """Close for a successor on the same file: it keeps the file, its lock record and the heartbeat."""
        for part in self.parts:
            part.close()
        self.guide.close()
        for page in self.dossier_pages():
            self.close_dossier(page)
        self.own_windows.close_all()
        self.changes.detach()
        self.heartbeat.stop()
        self.find_box.timer.stop()
        super().closeEvent(event)


def _focus_page(page: DossierPage) -> None:
    """Keyboard focus into an open dossier (its document list, where a clerk starts)."""
    page.documents_table.setFocus()
