"""File ▸ Open recent: the files opened lately on this PC, newest first (a per-PC preference, in QSettings).

A server database is listed too, by its URL without the password (app/server_password.py keeps passwords out)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QMenu, QWidget

from app.server_password import keyring_name as shown_server
from ui.icons import icon

RECENT_KEY = "files/recent"
MAX_RECENT = 8


def recent_files(settings: QSettings) -> list[str]:
    """The files opened lately, newest first (an INI file stores a one-item list as a plain string)."""
    value = settings.value(RECENT_KEY, [])
    if isinstance(value, str):
        value = [value] if value else []
    return [str(v) for v in value or []]


def is_server(name: str) -> bool:
    """Whether a remembered database is a server's URL rather than a file."""
    return "://" in name


def remember_recent(settings: QSettings, path: Path | str) -> None:
    # `--db d.db`: named in full, for a later start in another working directory; a server's URL as it is.
    full = path if isinstance(path, str) else os.path.abspath(path)
    files = [full] + [f for f in recent_files(settings) if f != full]
    settings.setValue(RECENT_KEY, files[:MAX_RECENT])


class RecentFilesMenu(QMenu):
    """The recent files, refilled each time it opens; a file no longer there is shown greyed out."""

    open_requested = Signal(object)  # a Path, or a server database's URL (str)

    def __init__(self, settings: QSettings, current: Path | str, parent: QWidget) -> None:
        super().__init__(self.tr("Open &recent"), parent)
        self.settings = settings
        self.current = current
        self.setIcon(icon("recent"))
        self.setObjectName("recent-menu")
        self.aboutToShow.connect(self.fill)
        self.fill()

    def fill(self) -> None:
        self.clear()
        files = recent_files(self.settings)
        for number, name in enumerate(files, start=1):
            where: Path | str = name if is_server(name) else Path(name)
            shown = shown_server(name) if isinstance(where, str) else where.name
            text = f"&{number} {shown}" if number < 10 else shown
            action = self.addAction(text)
            action.setData(name)
            action.setToolTip(name)
            action.setStatusTip(name)
            action.setEnabled(isinstance(where, str) or where.is_file())  # a server is asked only when chosen
            action.triggered.connect(lambda _checked=False, w=where: self.open_requested.emit(w))
        if not files:
            empty = self.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
            return
        self.addSeparator()
        clear = self.addAction(self.tr("&Clear the list"))
        clear.triggered.connect(self._clear)

    def _clear(self) -> None:
        self.settings.setValue(RECENT_KEY, [str(self.current)])
        self.fill()
