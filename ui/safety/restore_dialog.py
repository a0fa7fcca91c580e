"""Restore: choose a backup (its date, who made it, what it holds) → a new file or the open one → confirm.

The password asked for is an administrator's *in the backup*: the file being replaced may be lost or damaged.
Replacing the open file first lets go of it (every dossier closes); the app backs it up before replacing it, and
a failure leaves it as it was. With no file open (the welcome dialog on a new PC) the only target is a new file,
by default in the user's data folder under the backup's own file name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError, AuthenticationFailed
from app.files import attachments_folder_for
from app.safety import BackupInfo, RestoreReport, known_schema, list_backups, read_backup, restore
from ui import messages, places
from ui.form_dialog import error_label
from ui.lists import RowsModel, read_only_table
from ui.safety.safety_task import SafetyTask
from ui.safety.shown import size, when
from ui.translations import error_text
from ui.window_parts import fit_to_screen

MANIFEST = "manifest.json"


def _taken(path: Path) -> bool:
    """Whether a restore to ``path`` would meet something there: the file, its scans folder or SQLite's files."""
    return attachments_folder_for(path).exists() or any(
        Path(f"{path}{tail}").exists() for tail in ("", "-wal", "-shm", "-journal")
    )


class BackupsModel(RowsModel[BackupInfo]):
    """The backups in a folder, newest first."""

    def headers(self) -> Sequence[str]:
        return [
            self.tr("Made"),
            self.tr("By"),
            self.tr("Units"),
            self.tr("Dossiers"),
            self.tr("Documents"),
            self.tr("Scans"),
            self.tr("Size"),
        ]

    def cell(self, row: BackupInfo, column: int) -> object:
        values: list[object] = [
            when(row.made_at) + (self.tr(" (before a restore)") if row.reason == "before_restore" else ""),
            row.name or row.login,
            row.rows("unit"),
            row.rows("dossier"),
            row.rows("document"),
            len(row.scans),
            size(row.total_bytes),
        ]
        return values[column]

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if column >= 2 else None


class RestoreDialog(QDialog):
    """``restored(RestoreReport)`` after a verified restore; refusals and failures are shown in the dialog."""

    restored = Signal(object)

    def __init__(
        self,
        open_file: Path | None,
        login: str,
        folder: Path | None,
        release_open_file: Callable[[], None] | None,
        resume_open_file: Callable[[], None] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # A file opened as `--db d.db` is named by its full path here; None: no file is open (the welcome dialog).
        self.open_file = open_file.resolve() if open_file is not None else None
        self.suggested_target = ""  # the new file's name as the dialog last suggested it (not typed by the person)
        # Before replacing the open file the window lets go of it; None: this window may not (it has the file
        # read-only, another one has it for changes), so only a new file is offered.
        self.release_open_file = release_open_file
        self.resume_open_file = resume_open_file  # the replace failed: the file is as it was, back to work on it
        self.released = False
        self.task: SafetyTask | None = None
        self.question: QMessageBox | None = None
        self.report: RestoreReport | None = None
        self.setObjectName("restore-dialog")
        self.setProperty("helpTopic", "backups")  # F1: the user guide's page
        self.setWindowTitle(self.tr("Restore a backup"))

        # 1. the backup
        self.folder_edit = QLineEdit(str(folder) if folder else "", self)
        self.folder_edit.setObjectName("restore-folder")
        self.folder_edit.setReadOnly(True)
        self.folder_button = QPushButton(self.tr("C&hoose…"), self)
        self.folder_button.clicked.connect(self.browse_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        self.model = BackupsModel(self)
        self.table = read_only_table(self.model, self, "backups")
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self.details = QLabel(self)
        self.details.setObjectName("backup-details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        backup_box = QGroupBox(self.tr("1. The backup"), self)
        backup_layout = QVBoxLayout(backup_box)
        backup_layout.addLayout(folder_row)
        backup_layout.addWidget(self.table, 1)
        backup_layout.addWidget(self.details)

        # 2. where to
        self.new_file_radio = QRadioButton(self.tr("As a &new file:"), self)
        self.new_file_radio.setObjectName("restore-new-file")
        self.new_file_edit = QLineEdit(self)
        self.new_file_edit.setObjectName("restore-target")
        if self.open_file is not None:
            self._suggest(self.open_file.parent, self.open_file.stem, self.open_file.suffix, restored=True)
        self.new_file_button = QPushButton(self.tr("Ch&oose…"), self)
        self.new_file_button.clicked.connect(self.browse_target)
        self.replace_radio = QRadioButton(
            self.tr("In place of the open file {file} (it is backed up first; its dossiers close)").format(
                file=self.open_file.name
            )
            if self.open_file is not None
            else "",
            self,
        )
        self.replace_radio.setObjectName("restore-replace")
        self.replace_radio.setEnabled(release_open_file is not None)
        self.replace_radio.setVisible(self.open_file is not None)
        self.where = QButtonGroup(self)
        self.where.addButton(self.new_file_radio)
        self.where.addButton(self.replace_radio)
        self.new_file_radio.setChecked(True)
        self.new_file_radio.toggled.connect(self._where_changed)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_file_radio)
        new_row.addWidget(self.new_file_edit, 1)
        new_row.addWidget(self.new_file_button)
        where_box = QGroupBox(self.tr("2. Restore it"), self)
        where_layout = QVBoxLayout(where_box)
        where_layout.addLayout(new_row)
        where_layout.addWidget(self.replace_radio)

        # 3. who
        self.login_edit = QLineEdit(login, self)
        self.login_edit.setObjectName("restore-login")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("restore-password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        who_box = QGroupBox(self.tr("3. An administrator of the backup"), self)
        who = QFormLayout(who_box)
        who.addRow(self.tr("&Login:"), self.login_edit)
        who.addRow(self.tr("&Password:"), self.password_edit)

        self.error = error_label(self, "restore")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(self.tr("&Restore…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restore-button")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(backup_box, 1)
        layout.addWidget(where_box)
        layout.addWidget(who_box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 820, 600)  # at 125 % on a 1366×768 desk the buttons at the bottom stay on the screen
        if folder is not None:
            self.load_folder(folder)
        else:
            self._chosen()

    # -- choosing -------------------------------------------------------------------------------

    def choose_folder(self, start: str) -> str:
        """Ask for a folder (one place, so a test can answer instead of a person)."""
        return QFileDialog.getExistingDirectory(self, self.tr("Choose a backup folder or one backup"), start)

    def choose_target(self, start: str) -> str:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Restore as"), start, self.tr("Dossier Desk files (*.db)")
        )
        return name

    def browse_folder(self) -> None:
        start = self.open_file.parent if self.open_file is not None else places.start_folder("backup")
        chosen = self.choose_folder(self.folder_edit.text() or str(start))
        if chosen:
            self.load_folder(Path(chosen))

    def browse_target(self) -> None:
        chosen = self.choose_target(self.new_file_edit.text())
        if chosen:
            self.new_file_edit.setText(chosen)
            self.new_file_radio.setChecked(True)

    def load_folder(self, folder: Path) -> None:
        """The backups in a backup folder, or the one backup chosen itself."""
        self.folder_edit.setText(str(folder))
        self._say("")
        rows: list[BackupInfo] = []
        try:
            rows = [read_backup(folder)] if (folder / MANIFEST).is_file() else list_backups(folder)
        except AppError as err:
            self._say(error_text(err))
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self._chosen()

    def backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _suggest(self, folder: Path, stem: str, suffix: str, *, restored: bool) -> None:
        """Suggest a new file in ``folder`` that is not there yet (the restore never replaces a file unasked)."""
        # The suggested name says what the file is in the interface's language (a file name may be Chinese).
        base = self.tr("{name}-restored-{date}").format(name=stem, date=f"{dt.date.today():%Y-%m-%d}")
        names = ([stem] if not restored else []) + [base] + [f"{base}-{n}" for n in range(2, 100)]
        suffix = suffix or ".db"
        path = next(
            (folder / (n + suffix) for n in names if not _taken(folder / (n + suffix))), folder / (base + suffix)
        )
        self.suggested_target = str(path)
        self.new_file_edit.setText(self.suggested_target)

    def _chosen(self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None) -> None:
        chosen = self.backup()
        if chosen is not None and self.open_file is None and self.new_file_edit.text() == self.suggested_target:
            # No file open: the backup's own file name, in the user's data folder (never beside the program).
            name = Path(chosen.database_name)
            self._suggest(places.start_folder("database"), name.stem, name.suffix, restored=False)
        if chosen is None:
            self.details.setText(
                self.tr("There is no backup in this folder.")
                if self.folder_edit.text()
                else self.tr("Choose a folder.")
            )
        else:
            text = self.tr(
                "Made {date} by {name} ({login}) with Dossier Desk {version} from {file}: %n building(s), "
                "{units}, {dossiers}, {documents}, {scans}, {size} in all.",
                "",
                chosen.rows("building"),
            ).format(
                date=when(chosen.made_at),
                name=chosen.name or chosen.login,
                login=chosen.login,
                version=chosen.program_version,
                file=chosen.database_name,
                units=self.tr("%n unit(s)", "", chosen.rows("unit")),
                dossiers=self.tr("%n dossier(s)", "", chosen.rows("dossier")),
                documents=self.tr("%n document(s)", "", chosen.rows("document")),
                scans=self.tr("%n scan(s)", "", len(chosen.scans)),
                size=size(chosen.total_bytes),
            )
            if not known_schema(chosen.schema_revision):
                text += " " + self.tr("It was made by a newer version of Dossier Desk: update the program first.")
            self.details.setText(text)
        self.restore_button.setEnabled(chosen is not None and known_schema(chosen.schema_revision))

    def _where_changed(self) -> None:
        self.new_file_edit.setEnabled(self.new_file_radio.isChecked())
        self.new_file_button.setEnabled(self.new_file_radio.isChecked())

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def target(self) -> Path | None:
        if self.replace_radio.isChecked() and self.open_file is not None:
            return self.open_file
        text = self.new_file_edit.text().strip()
        if not text:
            return None
        path = Path(text)
        return path if path.suffix else path.with_suffix(".db")

    # -- restoring ------------------------------------------------------------------------------

    def accept(self) -> None:
        """Restore…: check the choices, then ask before doing it."""
        chosen, target = self.backup(), self.target()
        if chosen is None:
            self._say(self.tr("Choose the backup to restore."))
            return
        if target is None or not target.is_absolute():
            self._say(self.tr("Name the new file with its full path, e.g. with Choose…"))
            return
        if not self.login_edit.text().strip() or not self.password_edit.text():
            self._say(self.tr("Enter the login and password of an administrator of the backup."))
            return
        self._say("")
        replace = self.replace_radio.isChecked()
        if replace:
            question = self.tr(
                "Replace the open file {file} with the backup made {date} by {name}?\n\nThe file is backed up "
                "first and its dossiers close; whatever was recorded after {date} is then only in that backup. "
                "Anyone else working on this file must close it first."
            )
        else:
            question = self.tr("Restore the backup made {date} by {name} as the new file {file}?")
        self.question = messages.ask(
            self,
            question.format(file=target, date=when(chosen.made_at), name=chosen.name or chosen.login),
            self.tr("&Restore"),
            lambda: self.start(chosen, target, replace),
        )

    def start(self, chosen: BackupInfo, target: Path, replace: bool) -> SafetyTask:
        login, password = self.login_edit.text().strip(), self.password_edit.text()
        if replace and target == self.open_file and self.release_open_file is not None:
            self.release_open_file()
            self.released = True

        def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> RestoreReport:
            return restore(
                chosen.folder, target, login, password, replace=replace, progress=progress, cancelled=cancelled
            )

        self.task = SafetyTask(job, self.tr("Restoring and verifying the backup…"), self)
        self.task.finished.connect(self._restored)
        self.task.failed.connect(self._failed)
        self.restore_button.setEnabled(False)
        self.task.start()
        return self.task

    def _restored(self, report: RestoreReport) -> None:
        self.task = None
        self.report = report
        self.restored.emit(report)
        super().accept()

    def _failed(self, error: Exception) -> None:
        self.task = None
        self.restore_button.setEnabled(True)
        if self.released:
            self.released = False
            if self.resume_open_file is not None:
                self.resume_open_file()
        if isinstance(error, AuthenticationFailed):
            self.password_edit.clear()
            self.password_edit.setFocus()
        if isinstance(error, AppError):  # a refusal, a damaged backup, a full disk, or Cancel
            self._say(error_text(error))
        else:
            self._say(self.tr("The restore failed: {error}").format(error=error))

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()  # the app stops between two scans and removes what it made; then the dialog may go
            return
        super().reject()
