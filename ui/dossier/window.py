"""A dossier in a window of its own, so several can sit side by side with the floors.

It listens to the desk's changes itself: a save made anywhere (another window, the main
window, a dialog) that concerns its dossier re-reads it, without any manual refresh.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from app.desk import Actor, ChangeSet, Desk
from app.errors import AppError, NotFound
from ui.changes import DeskChanges
from ui.dossier.view import DossierPage
from ui.translations import error_text
from ui.window_parts import fit_to_screen


class DossierWindow(QMainWindow):
    """Hosts one DossierPage; Esc or Ctrl+W closes it."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        dossier_id: int,
        changes: DeskChanges,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # A window of its own even with a parent: the parent only keeps it alive and closes it on exit.
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName(f"dossier-window-{dossier_id}")
        self.setProperty("helpTopic", "desk")  # F1: the user guide's page
        self.changes = changes
        self.page = DossierPage(desk, actor, dossier_id, self)
        self.page.window_button.hide()  # already in a window of its own
        self.page.close_requested.connect(self.close)
        self.page.title_changed.connect(self._retitle)
        self.setCentralWidget(self.page)
        close = QAction(self.tr("Close"), self)
        # Ctrl+F4 on Windows, Ctrl+W everywhere
        close.setShortcuts([QKeySequence(QKeySequence.StandardKey.Close), QKeySequence("Ctrl+W")])
        close.triggered.connect(self.close)
        self.addAction(close)
        changes.changed.connect(self.on_changed)
        self._retitle(self.page.title())
        fit_to_screen(self, 1200, 720, parent)  # beside the main window, on its screen

    @property
    def dossier_id(self) -> int:
        return self.page.dossier_id

    def _retitle(self, title: str) -> None:
        self.setWindowTitle(self.tr("{dossier} — Dossier Desk").format(dossier=title))

    @Slot(object)
    def on_changed(self, changes: ChangeSet) -> None:
        if not self.page.concerns(changes):
            return
        try:
            self.page.reload()
        except NotFound:  # the dossier is gone (e.g. destroyed elsewhere): nothing left to show
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.changes.changed.disconnect(self.on_changed)
        self.page.cleanup()
        super().closeEvent(event)


class DossierWindows(QObject):
    """The dossiers the main window has opened in windows of their own, one window per dossier."""

    def __init__(
        self, desk: Desk, actor: Actor, changes: DeskChanges, parent: QWidget, tell: Callable[[str], None]
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.changes = changes
        self.tell = tell  # where a dossier that cannot be opened is told (the status bar)
        self.windows: list[DossierWindow] = []

    def find(self, dossier_id: int) -> DossierWindow | None:
        return next((w for w in self.windows if w.dossier_id == dossier_id), None)

    def open(self, dossier_id: int) -> DossierWindow | None:
        """The dossier in a window of its own, e.g. on a second screen; it follows changes like a tab does."""
        existing = self.find(dossier_id)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return existing
        parent = self.parent()
        assert isinstance(parent, QWidget)
        try:
            window = DossierWindow(self.desk, self.actor, dossier_id, self.changes, parent=parent)
        except AppError as err:
            self.tell(error_text(err))
            return None
        window.destroyed.connect(lambda _obj=None, w=window: self._forget(w))
        self.windows.append(window)
        window.show()
        window.activateWindow()
        return window

    def _forget(self, window: DossierWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)

    def close_all(self) -> None:
        for window in list(self.windows):
            window.close()
