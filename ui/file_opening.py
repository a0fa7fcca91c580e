"""Opening a dossier file for a window: who else has it open, read-only when it must be, the window's lock record.

Every way a window gets a file — the command line's ``--db``, the last file, the welcome dialog, File ▸ Open,
Open recent — goes through ``open_for_window``. A file another Dossier Desk window has open (its lock record
beside the file, ``app.file_lock``) is not opened for changes behind that person's back: the person is told who
has it, on which PC, since when, and may open it read-only or cancel. A file on a network share is opened
read-only with a word why (SQLite's write-ahead log cannot be shared between PCs). A file opened for changes gets
this window's lock record, removed when the desk closes.

A database on a server (a ``postgresql://`` URL) has no file: no lock record (the server itself serves many
desks), no network share; its password is the server dialog's business (ui/building/server_dialog.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.desk import Desk, ReadOnlyReason
from app.file_lock import FileInUse, FileLock, LockRecord, holder, shown_time


def shown_name(desk: Desk) -> str:
    """How titles and messages name the database ``desk`` has open: the file's name, or ``user@host/database``."""
    return desk.location if desk.on_server else desk.path.name


class InUseQuestion(QMessageBox):
    """ "Open it read-only, or cancel?" for a file another window has open; ``read_only()`` after ``exec()``."""

    def __init__(self, path: Path, record: LockRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("file-in-use")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("File in use"))
        self.setText(
            self.tr("{file} is open in Dossier Desk by {user} on {pc} since {since}.").format(
                file=path.name, user=record.who or "?", pc=record.pc, since=shown_time(record.since)
            )
        )
        self.setInformativeText(
            self.tr(
                "Open it read-only to look things up and print; to change anything, ask them to close it first. "
                "(If that program is no longer running, its note is recognised as stale within a day.)"
            )
        )
        self.setDetailedText(str(path))
        self.read_only_button = self.addButton(self.tr("Open &read-only"), QMessageBox.ButtonRole.AcceptRole)
        self.read_only_button.setObjectName("open-read-only")
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.read_only_button)
        self.setEscapeButton(self.cancel_button)

    def read_only(self) -> bool:
        return self.clickedButton() is self.read_only_button


def tell_read_only(desk: Desk, parent: QWidget | None) -> None:
    """Say why a file opened read-only on its own (a network share); nothing to say for one chosen so."""
    if desk.read_only_reason != ReadOnlyReason.NETWORK:
        return
    # A module function has no class for tr(): name the context lupdate files these strings under.
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("FileOpening", "Opened read-only"),
        QCoreApplication.translate(
            "FileOpening",
            "{file} is on a network share, so it is opened read-only: SQLite, which keeps the dossiers, cannot share "
            "a file between PCs safely. Copy it to this PC to work on it, or keep one PC for changes; several desks "
            "working together need a database on a PostgreSQL server (File ▸ Connect to a server…).",
        ).format(file=desk.path.name),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("network-read-only")
    box.exec()


def open_for_window(path: Path, parent: QWidget | None = None) -> Desk | None:
    """Open ``path`` for a window: read-only if another window has it (asked first) or it is on a network share.

    None when the person cancelled; the app's ``AppError`` when the file cannot be opened at all (the caller
    shows it, as before).
    """
    desk: Desk | None = None
    record = holder(path)
    if record is not None and not record.is_mine():
        return _ask_and_open_read_only(path, record, parent)
    desk = Desk.open(path)
    if desk.read_only:
        tell_read_only(desk, parent)
        return desk
    try:
        claim_for_window(desk)
    except FileInUse as race:  # another window opened it in the very same moment
        desk.close()
        return _ask_and_open_read_only(path, race.record, parent)
    return desk


def claim_for_window(desk: Desk) -> None:
    """Write this window's lock record beside the file (removed when the desk closes).

    Raises ``FileInUse`` if another window holds the file. A folder where no record can be written
    (a read-only folder) only means others are not told: the file itself still opens.
    """
    if desk.on_server:
        return  # no file to note it beside: several desks on one server database is what a server is for
    try:
        desk.keep_lock(FileLock.claim(desk.path))
    except OSError:
        return


def _ask_and_open_read_only(path: Path, record: LockRecord, parent: QWidget | None) -> Desk | None:
    question = InUseQuestion(path, record, parent)
    question.exec()
    if not question.read_only():
        return None
    return Desk.open(path, read_only=True)
