"""File ▸ Open recent: the files opened lately on this PC, newest first (a per-PC preference, in QSettings)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QMenu, QWidget

from ui.icons import icon

RECENT_KEY = "files/recent"
MAX_RECENT = 8


def recent_files(settings: QSettings) -> list[str]:
    """The files opened lately, newest first (an INI file stores a one-item list as a plain string)."""
    value = settings.value(RECENT_KEY, [])
    if isinstance(value, str):
        value = [value] if value else []
    return [str(v) for v in value or []]


def remember_recent(settings: QSettings, path: Path) -> None:
    full = os.path.abspath(path)  # `--db d.db`: named in full, for a later start in another working directory
    files = [full] + [f for f in recent_files(settings) if f != full]
    settings.setValue(RECENT_KEY, files[:MAX_RECENT])


class RecentFilesMenu(QMenu):
    """The recent files, refilled each time it opens; a file no longer there is shown greyed out."""

    open_requested = Signal(Path)

    def __init__(self, settings: QSettings, current: Path, parent: QWidget) -> None:
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
            path = Path(name)
            text = f"&{number} {path.name}" if number < 10 else path.name
            action = self.addAction(text)
            action.setData(name)
            action.setToolTip(name)
            action.setStatusTip(name)
            action.setEnabled(path.is_file())
            action.triggered.connect(lambda _checked=False, p=path: self.open_requested.emit(p))
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
