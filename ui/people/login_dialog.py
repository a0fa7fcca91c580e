"""Log-in: who is at the desk (every write is done in someone's name)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.desk import Actor, Desk
from app.errors import AppError
from app.people import log_in
from ui.translations import error_text

LAST_LOGIN_KEY = "login/last_user"


class LoginDialog(QDialog):
    """Asks for login and password until they match or the person cancels; ``actor`` is the result."""

    def __init__(self, desk: Desk, settings: QSettings, login: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.settings = settings
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Log in — {file}").format(file=desk.path.name))
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
        layout.addWidget(QLabel(self.tr("Log in to {file}.").format(file=desk.path.name), self))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.password_edit if self.login_edit.text() else self.login_edit).setFocus()

    def accept(self) -> None:
        try:
            self.actor = log_in(self.desk, self.login_edit.text(), self.password_edit.text())
        except AppError as err:
            self.message.setText(error_text(err))
            self.message.show()
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        self.settings.setValue(LAST_LOGIN_KEY, self.actor.login)
        super().accept()
