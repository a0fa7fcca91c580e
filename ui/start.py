"""The first moment of the window's start, before its screens are loaded: the program's name for its settings, and
which file the window is about to open — so the command line can start that file's quick check on a thread
(db.integrity.start_quick_check) and reading every page of a large file overlaps the second spent loading the
screens instead of following it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

ORGANIZATION = "DossierDesk"
APPLICATION = "Dossier Desk"
LAST_FILE_KEY = "files/last"


def name_the_program() -> None:
    """The names QSettings files the settings under (set before any QSettings is made)."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)


def file_to_open(db: Path | str | None) -> Path | str | None:
    """The database the window is about to open: the one named, else the one used last (None: the welcome dialog);
    a file's path, or a server database's URL (a ``str``)."""
    name_the_program()
    if db is None:
        last = QSettings().value(LAST_FILE_KEY, "", str)
        db = (last if "://" in last else Path(last)) if last else None
    return db
