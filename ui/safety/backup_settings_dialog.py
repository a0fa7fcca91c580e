"""Backup settings: where backups go, whether they run by themselves, and when the window warns.

They are kept in the database (every desk and the command line see the same), so only an administrator or the
department manager changes them; everyone else sees them read-only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import settings
from app.desk import Actor, Desk
from app.errors import AppError
from app.permissions import Action
from ui import places
from ui.form_dialog import error_label
from ui.safety.shown import when
from ui.translations import error_text


class BackupSettingsDialog(QDialog):
    """``saved(BackupSettings)`` after the commit; the app's refusal is shown in the dialog, which stays open."""

    saved = Signal(object)

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.may_change = desk.may(actor, Action.CONFIGURE_BACKUP)
        self.setObjectName("backup-settings-dialog")
        self.setProperty("helpTopic", "backups")  # F1: the user guide's page
        self.setWindowTitle(self.tr("Backup settings"))
        with desk.read(actor) as work:
            current = settings.backup_settings(work)
            last = settings.last_backup(work)

        self.folder_edit = QLineEdit(str(current.folder) if current.folder else "", self)
        self.folder_edit.setObjectName("backup-folder")
        self.folder_edit.setPlaceholderText(self.tr("e.g. E:\\Dossier backups (a second disk or a USB stick)"))
        self.browse_button = QPushButton(self.tr("C&hoose…"), self)
        self.browse_button.clicked.connect(self.browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        self.automatic_box = QCheckBox(
            self.tr("Back up &automatically: on the first start of each day and on closing"), self
        )
        self.automatic_box.setObjectName("backup-automatic")
        self.automatic_box.setChecked(current.automatic)
        self.days_box = QSpinBox(self)
        self.days_box.setObjectName("backup-warn-days")
        self.days_box.setRange(1, settings.MAX_WARN_AFTER_DAYS)
        self.days_box.setValue(current.warn_after_days)
        self.days_box.setSuffix(self.tr(" days"))
        note = QLabel(
            self.tr(
                "Every desk working on this file and the command line use these settings. Choose a folder on "
                "another disk than the database: a backup on the same disk is lost with it."
            ),
            self,
        )
        note.setWordWrap(True)
        if last is None:
            last_text = self.tr("none yet")
        else:
            last_text = self.tr("{date} by {name}, in {folder}").format(
                date=when(last.at), name=last.name or last.login, folder=last.folder
            )
        self.last_label = QLabel(last_text, self)
        self.last_label.setObjectName("backup-last")
        self.last_label.setWordWrap(True)
        self.error = error_label(self, "backup-settings")

        form = QFormLayout()
        # A row that is a layout gets a label without a buddy, which would show "&F" as it is: name the buddy.
        folder_label = QLabel(self.tr("Backup &folder:"), self)
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        form.addRow("", self.automatic_box)
        form.addRow(self.tr("&Warn after:"), self.days_box)
        form.addRow(self.tr("Last verified backup:"), self.last_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons = buttons
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        if not self.may_change:
            self.read_only_note = QLabel(
                self.tr("Only an administrator or the department manager changes the backup settings."), self
            )
            self.read_only_note.setObjectName("backup-settings-read-only")
            layout.addWidget(self.read_only_note)
            for widget in (self.folder_edit, self.browse_button, self.automatic_box, self.days_box):
                widget.setEnabled(False)
            buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def choose_folder(self, start: str) -> str:
        """Ask for a folder (one place, so a test can answer instead of a person)."""
        return QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder"), start)

    def browse(self) -> None:
        # Beside the file by default; a server database has no folder of this PC's: where backups are chosen from.
        beside = str(places.start_folder("backup")) if self.desk.on_server else str(self.desk.path.parent)
        chosen = self.choose_folder(self.folder_edit.text() or beside)
        if chosen:
            self.folder_edit.setText(str(Path(chosen)))

    def accept(self) -> None:
        if not self.may_change:
            super().reject()
            return
        try:
            with self.desk.work(self.actor) as work:
                result = settings.change_backup_settings(
                    work,
                    folder=self.folder_edit.text(),
                    automatic=self.automatic_box.isChecked(),
                    warn_after_days=self.days_box.value(),
                )
        except AppError as err:
            self.error.setText(error_text(err))
            self.error.setVisible(True)
            return
        self.saved.emit(result)
        super().accept()
