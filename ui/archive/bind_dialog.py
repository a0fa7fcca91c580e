"""Binding one departed dossier (装订, R6): choose the retention period, confirm, and the app binds it.

Binding cannot be undone: the documents are numbered oldest first with their page ranges, the
dossier gets its file number (案卷号) and becomes read-only (a late paper only through the
department manager). So the dialog says so and Cancel is the default.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.archive import bind_dossier, code_to_give, in_file_directory
from app.desk import Actor, Desk
from app.errors import AppError
from ui.archive.wizard import retention_box
from ui.form_dialog import error_label
from ui.translations import error_text


class BindDialog(QDialog):
    """``bound(file_number)`` after the commit; the app's refusal is shown in the dialog, which stays open."""

    bound = Signal(str)

    def __init__(self, desk: Desk, actor: Actor, dossier_id: int, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.dossier_id = dossier_id
        self.file_number: str | None = None
        self.setObjectName("bind-dialog")
        self.setWindowTitle(self.tr("Bind dossier"))
        text = QLabel(
            self.tr(
                "Bind {title}?\n\nIts documents are numbered oldest first with their pages, it gets the archival "
                "code shown, and afterwards it no longer changes (only the department manager adds a late paper)."
            ).format(title=title),
            self,
        )
        text.setObjectName("bind-text")
        text.setWordWrap(True)
        self.retention = retention_box(self)
        # The 档号 binding gives, composed from the archive settings as they are now (it is fixed for good).
        self.code = QLabel(self)
        self.code.setObjectName("code-to-give")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("&Retention period:"), self.retention)
        form.addRow(self.tr("Archival code (档号):"), self.code)
        self.retention.currentIndexChanged.connect(lambda _i: self.show_code())
        self.show_code()
        # Binding is for good: a document without a page count keeps a blank 页号. The app refuses that
        # unless the supervisor, having looked, says to bind the dossier as it is.
        with desk.read(actor) as work:
            items = in_file_directory(work, dossier_id).items
        unpaged = [i.title for i in items if i.pages <= 0]
        self.as_it_is = QCheckBox(self)
        self.as_it_is.setObjectName("as-it-is")
        if not items:
            self.as_it_is.setText(self.tr("It has no documents: bind it &empty all the same"))
        elif unpaged:
            self.as_it_is.setText(
                self.tr("%n document(s) have no page count: bind them &without page numbers", "", len(unpaged))
            )
            self.as_it_is.setToolTip("\n".join(unpaged))
        self.as_it_is.setVisible(not items or bool(unpaged))
        self.error = error_label(self, "bind", room=2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.addButton(self.tr("&Bind"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("bind")
        self.ok_button.setAutoDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)  # hard to take back: Enter does not bind
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.as_it_is)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(460, self.sizeHint().height())

    def show_code(self) -> None:
        with self.desk.read(self.actor) as work:
            self.code.setText(code_to_give(work, self.dossier_id, self.retention.currentData()))

    def accept(self) -> None:
        try:
            with self.desk.work(self.actor) as work:
                number = bind_dossier(
                    work, self.dossier_id, self.retention.currentData(), allow_incomplete=self.as_it_is.isChecked()
                )
        except AppError as err:
            self.error.setText(error_text(err))
            self.error.setVisible(True)
            return
        self.file_number = number
        self.bound.emit(number)
        super().accept()
