"""The window follows what other desks change: the floor grid and the open dossiers refresh as for its own saves.

On a server the desk hears the others' notices as they commit (app/other_desks.py, a thread of its own; the window's
``DeskChanges`` brings them to the UI thread). A file has no notices: the window looks at the record every few
seconds and whenever the program comes to the front (a command, or a window on another PC's share, wrote to it). On a
server the look is the fallback for a notice missed while the listening connection was down, so it is rarer.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from app.errors import AppError
from app.other_desks import OtherDesks
from ui.window_parts import WindowPart, Workbench

LOOK_EVERY_MS = 5_000  # a file: another desk's change shows within this (and at once when the window comes forward)
LOOK_EVERY_ON_SERVER_MS = 30_000  # a server: the notices are heard at once; this only covers a missed one


class OtherDesksWatch(WindowPart):
    """Tells the window's listeners what other desks changed, until the window closes or lets go of its file."""

    def __init__(self, window: Workbench, parent: QWidget) -> None:
        super().__init__(window, parent)
        self.follow: OtherDesks | None = None
        try:
            self.follow = OtherDesks(window.desk)
        except AppError:
            return  # the record cannot be read just now: the window says so on its own first read; no following
        self.follow.listen()
        self.timer = QTimer(self)
        self.timer.setInterval(LOOK_EVERY_ON_SERVER_MS if window.desk.on_server else LOOK_EVERY_MS)
        self.timer.timeout.connect(self.look)
        self.timer.start()
        application = QGuiApplication.instance()
        if isinstance(application, QGuiApplication):
            application.applicationStateChanged.connect(self._state_changed)

    @Slot()
    def look(self) -> None:
        """Look for other desks' changes now (a short read; nothing when the record is busy or let go of)."""
        shown = self.parent()
        if self.follow is None or self.window.released or not (isinstance(shown, QWidget) and shown.isVisible()):
            return  # a window not shown (closed, or not yet open) has nothing to keep current
        # The record cannot be read just now (being restored, the server away): the next look tries again.
        with contextlib.suppress(AppError):
            self.follow.poll()

    @Slot(Qt.ApplicationState)
    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.look()  # back at the desk after working elsewhere: see what changed meanwhile at once

    def close(self) -> None:
        if self.follow is None:
            return
        self.timer.stop()
        application = QGuiApplication.instance()
        if isinstance(application, QGuiApplication):
            application.applicationStateChanged.disconnect(self._state_changed)
        self.follow.close()
        self.follow = None
