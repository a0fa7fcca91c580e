"""Where new files go and where file dialogs start: the user's data folder, Documents, or the folder used last.

Never the working directory: a program started from the Start menu runs in its own folder (read-only under
Program Files, and removed by the uninstaller under AppData\\Local\\Programs) or in System32, and a file dialog
given an empty or relative start path opens there. Every file dialog of the window asks ``start_folder`` instead.
"""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path
from typing import Literal

import platformdirs
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

APP_DIR_NAME = "DossierDesk"  # the data folder's name; the installer's uninstaller names the same folder
LAST_FILE_KEY = "files/last"

# database: a new or restored dossier file; open: an existing one; backup: a backup folder (another disk or a USB
# stick, reached from Documents' sidebar); the rest: files the person picks or saves, remembered per kind.
Kind = Literal["database", "open", "backup", "scans", "printout", "export", "workbook"]
REMEMBERED: dict[str, str] = {
    "scans": "scans/folder",
    "printout": "printouts/folder",
    "export": "export/folder",
    "workbook": "exchange/folder",
}


def data_folder() -> Path:
    """The user's data folder (``platformdirs``): where new dossier files, restored ones and the demo go."""
    return Path(platformdirs.user_data_dir(APP_DIR_NAME))


def made_data_folder() -> Path:
    """The data folder, made if missing (a file dialog cannot start in a folder that is not there)."""
    folder = data_folder()
    # On a failure the dialog still opens; writing the file there later says what is wrong, in the app's words.
    with suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def documents_folder() -> Path:
    """The user's Documents folder, else the home folder: where printouts and workbooks are saved by default."""
    folder = Path(platformdirs.user_documents_dir())
    return folder if folder.is_dir() else Path.home()


def _existing_folder(text: str) -> Path | None:
    """A remembered folder that can still be used: a full path to a folder that is there (a stick pulled out)."""
    if not text:
        return None
    folder = Path(text)
    return folder if folder.is_absolute() and folder.is_dir() else None


def start_folder(kind: Kind, settings: QSettings | None = None) -> Path:
    """The folder a file dialog for ``kind`` opens in; always a full path, never the working directory."""
    if kind == "database":
        return made_data_folder()
    if kind == "open":
        last = settings.value(LAST_FILE_KEY, "", str) if settings is not None else ""
        return _existing_folder(str(Path(last).parent) if last else "") or made_data_folder()
    key = REMEMBERED.get(kind)
    if key is not None and settings is not None:
        remembered = _existing_folder(settings.value(key, "", str))
        if remembered is not None:
            return remembered
    return documents_folder()


def remember_folder(kind: Kind, settings: QSettings, chosen: Path) -> None:
    """The folder of the file just chosen or saved: the next dialog of the same kind opens there."""
    settings.setValue(REMEMBERED[kind], os.path.abspath(chosen.parent))


def in_data_folder(text: str) -> Path:
    """A new dossier file's name as typed: a bare or relative name goes into the data folder, not beside the
    program; a name without an extension gets ``.db``."""
    path = Path(text.strip()).expanduser()
    if not path.is_absolute():
        path = data_folder() / path
    return path if path.suffix else path.with_name(path.name + ".db")


def window_settings(widget: QWidget | None) -> QSettings:
    """The settings of the main window ``widget`` belongs to (a test's own file), else the application's."""
    current = widget
    while current is not None:
        found = getattr(current, "settings", None)
        if isinstance(found, QSettings):
            return found
        current = current.parentWidget()
    return QSettings()
