"""The scan inbox in the main window: Print scan cover sheets… in the Tools menu, on a unit card and a dossier tab;
Scan inbox… in the Tools menu, and the watcher that looks at the inbox folder while the window is open."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMenu, QWidget

from app.building import UnitCard
from app.permissions import Action
from ui.icons import icon
from ui.inbox.covers_dialog import CoverSheetsDialog
from ui.inbox.inbox_window import InboxWindow
from ui.inbox.watcher import InboxWatcher, Looked
from ui.window_parts import MenuChoices, WindowPart, Workbench


class CoversMenu(WindowPart):
    """Cover sheets for the dossier in front (or the unit card's), the floor shown, or blank ones."""

    def __init__(self, window: Workbench, parent: QWidget) -> None:
        super().__init__(window, parent)
        self.covers_action = self.action(
            self.tr("Print sc&an cover sheets…"), "print", enabled=window.desk.may(window.actor, Action.PRINT_COVERS)
        )
        self.covers_action.triggered.connect(lambda: self.print_covers())
        window.tools_menu.addAction(self.covers_action)

    def card_menu(self, menu: QMenu, card: UnitCard, selected: Sequence[UnitCard]) -> MenuChoices:
        action = menu.addAction(icon("print"), self.tr("Print sc&an cover sheets…"))
        action.setEnabled(self.covers_action.isEnabled())
        dossier_id = card.dossier_id
        return {action: lambda: self.print_covers(dossier_id)}

    def tab_menu(self, menu: QMenu, page: QWidget, dossier_id: int, live: bool) -> MenuChoices:
        action = menu.addAction(icon("print"), self.tr("Print sc&an cover sheets…"))
        action.setEnabled(self.covers_action.isEnabled())
        return {action: lambda: self.print_covers(dossier_id)}

    def print_covers(self, dossier_id: int | None = None) -> CoverSheetsDialog:
        """The dialog for ``dossier_id`` (default: the dossier tab in front, else the current card's), the floor
        shown, or blank sheets."""
        if dossier_id is None:
            dossier_id = self.window.dossier_tab_in_front()
        if dossier_id is None:
            card = self.window.current_card()
            dossier_id = card.dossier_id if card is not None else None
        floor = self.window.current_floor()
        dialog = CoverSheetsDialog(
            self.window.desk,
            self.window.actor,
            dossier_id=dossier_id,
            floor_id=floor.id if floor else None,
            floor_label=floor.label if floor else "",
            parent=self.parent(),
        )
        self.window.open_dialog(dialog)
        return dialog


class InboxMenu(WindowPart):
    """Tools ▸ Scan inbox…, showing how many bundles wait; the watcher runs while the window is open, so readable
    covers file themselves (when the setting says so) and the status bar says when new scans arrive."""

    def __init__(self, window: Workbench, parent: QWidget) -> None:
        super().__init__(window, parent)
        self.inbox_window: InboxWindow | None = None
        self.waiting = 0
        self.watcher = InboxWatcher(window.desk, window.actor, self)
        self.watcher.held = lambda: self.window.released
        self.watcher.looked.connect(self._looked)
        self.inbox_action = self.action(self.tr("Scan &inbox…"))
        self.inbox_action.setObjectName("scan-inbox")
        self.inbox_action.triggered.connect(lambda: self.show_inbox())
        window.tools_menu.addAction(self.inbox_action)
        QTimer.singleShot(0, self.watcher.configure)  # once the window stands: reading the folder is a job

    def show_inbox(self) -> InboxWindow:
        self.inbox_window = self.one_window(
            self.inbox_window,
            lambda: InboxWindow(
                self.window.desk, self.window.actor, self.watcher, self.window.open_dossier, self.parent()
            ),
            self._forget,
            lambda found: found.refresh(),
        )
        return self.inbox_window

    def _forget(self) -> None:
        self.inbox_window = None

    def _looked(self, looked: Looked) -> None:
        count = len(looked.inbox.bundles)
        self.inbox_action.setText(
            self.tr("Scan &inbox (%n bundle(s) waiting)…", "", count) if count else self.tr("Scan &inbox…")
        )
        if looked.filed:
            self.tell_status(self.tr("%n scan(s) from the inbox filed by their cover sheets.", "", len(looked.filed)))
        elif count > self.waiting:
            self.tell_status(self.tr("%n scan(s) wait in the scan inbox (Tools ▸ Scan inbox…).", "", count))
        self.waiting = count

    def close(self) -> None:
        if self.inbox_window is not None:
            self.inbox_window.close()
        self.watcher.stop()
