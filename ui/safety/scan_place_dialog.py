"""Scans on the server: whether a server database keeps its scans in the database itself or in a shared folder.

Only on a server desk (Backup ▸ Scans on the server…): a file's scans are always in the folder beside it. The choice
is shared by every desk (app/safety/scan_storage.py keeps it in the database), so only an administrator changes it, and
the app refuses a change while scans are kept in the current place.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.desk import Actor, Desk
from app.errors import AppError
from app.permissions import Action
from app.safety import change_scan_place, scan_place
from ui.form_dialog import error_label
from ui.translations import error_text


class ScanPlaceDialog(QDialog):
    """``saved(ScanPlace)`` after the commit; the app's refusal is shown in the dialog, which stays open."""

    saved = Signal(object)

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.may_change = desk.may(actor, Action.CONFIGURE_SCANS)
        self.setObjectName("scan-place-dialog")
        self.setWindowTitle(self.tr("Scans on the server"))
        with desk.read(actor) as work:
            current = scan_place(work)

        note = QLabel(
            self.tr(
                "Every desk working on this server database keeps its scans in the same place: in the database "
                "itself, or in a shared folder that every desk reaches (such as \\\\server\\scans). The place "
                "cannot be changed once scans are kept there."
            ),
            self,
        )
        note.setWordWrap(True)
        self.database_button = QRadioButton(self.tr("In the &database"), self)
        self.database_button.setObjectName("scans-in-database")
        self.folder_button = QRadioButton(self.tr("In a shared &folder:"), self)
        self.folder_button.setObjectName("scans-in-folder")
        self.folder_edit = QLineEdit(str(current.folder) if current.folder else "", self)
        self.folder_edit.setObjectName("scans-folder")
        self.folder_edit.setPlaceholderText(self.tr("e.g. \\\\server\\scans"))
        self.browse_button = QPushButton(self.tr("C&hoose…"), self)
        self.browse_button.clicked.connect(self.browse)
        (self.folder_button if current.in_folder else self.database_button).setChecked(True)
        self.folder_button.toggled.connect(self._follow_choice)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_button)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        self.count_label = QLabel(self.tr("The database keeps %n scan(s).", "", current.in_database), self)
        self.count_label.setObjectName("scans-in-database-count")
        self.error = error_label(self, "scan-place")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons = buttons
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.database_button)
        layout.addLayout(folder_row)
        layout.addWidget(self.count_label)
        if not self.may_change:
            self.read_only_note = QLabel(self.tr("Only an administrator changes where the scans are kept."), self)
            self.read_only_note.setObjectName("scan-place-read-only")
            layout.addWidget(self.read_only_note)
            for widget in (self.database_button, self.folder_button, self.folder_edit, self.browse_button):
                widget.setEnabled(False)
            buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        else:
            self._follow_choice()
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _follow_choice(self) -> None:
        in_folder = self.folder_button.isChecked()
        self.folder_edit.setEnabled(in_folder)
        self.browse_button.setEnabled(in_folder)

    def choose_folder(self, start: str) -> str:
        """Ask for a folder (one place, so a test can answer instead of a person)."""
        return QFileDialog.getExistingDirectory(self, self.tr("Choose the shared scans folder"), start)

    def browse(self) -> None:
        chosen = self.choose_folder(self.folder_edit.text())
        if chosen:
            self.folder_edit.setText(str(Path(chosen)))

    def accept(self) -> None:
        if not self.may_change:
            super().reject()
            return
        try:
            with self.desk.work(self.actor) as work:
                result = change_scan_place(
                    work, in_folder=self.folder_button.isChecked(), folder=self.folder_edit.text()
                )
        except AppError as err:
            self.error.setText(error_text(err))
            self.error.setVisible(True)
            return
        self.saved.emit(result)
        super().accept()
