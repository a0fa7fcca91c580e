"""Log-in: who is at the desk (every write is done in someone's name).

Wrong passwords count towards the lockout (the app's message says until when); a user whose password an
administrator set chooses their own before the log-in is done.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.desk import Actor, Desk
from app.errors import AppError
from app.people import log_in
from ui.file_opening import shown_name
from ui.people.account_dialogs import ChangePasswordDialog
from ui.translations import error_text

LAST_LOGIN_KEY = "login/last_user"
LOG_IN_SOURCE = "window"  # where the log-in came from, in the audit log


class LoginDialog(QDialog):
    """Asks for login and password until they match or the person cancels; ``actor`` is the result."""

    def __init__(self, desk: Desk, settings: QSettings, login: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.settings = settings
        self.actor: Actor | None = None
        self.password_dialog: ChangePasswordDialog | None = None
        self.setWindowTitle(self.tr("Log in — {file}").format(file=shown_name(desk)))
        self.login_edit = QLineEdit(login or settings.value(LAST_LOGIN_KEY, "", str), self)
        self.login_edit.setObjectName("login")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Login:"), self.login_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Log in to {file}.").format(file=shown_name(desk)), self))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.password_edit if self.login_edit.text() else self.login_edit).setFocus()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def accept(self) -> None:
        try:
            actor = log_in(self.desk, self.login_edit.text(), self.password_edit.text(), source=LOG_IN_SOURCE)
        except AppError as err:
            self.say(error_text(err))
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        if actor.must_change_password:
            self.ask_new_password(actor)
            return
        self._logged_in(actor)

    def ask_new_password(self, actor: Actor) -> ChangePasswordDialog:
        """The administrator set this password: the user chooses their own before the window opens."""
        dialog = ChangePasswordDialog(self.desk, actor, self, forced=True)
        dialog.current.setText(self.password_edit.text())  # just typed: not asked for twice
        dialog.saved.connect(lambda _info: self._logged_in(replace(actor, must_change_password=False)))
        dialog.rejected.connect(lambda: self.say(self.tr("Choose a new password to log in.")))
        self.password_dialog = dialog
        dialog.open()
        return dialog

    def _logged_in(self, actor: Actor) -> None:
        self.actor = actor
        self.settings.setValue(LAST_LOGIN_KEY, actor.login)
        super().accept()
