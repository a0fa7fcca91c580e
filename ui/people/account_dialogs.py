"""The small forms around accounts: a new account, another role, a reset password, one's own new password.

Each is one app call in one unit of work (``FormDialog``); the app's refusals appear beside the input they name.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from app.desk import Actor, Desk, Work
from app.people import (
    MAX_DISPLAY_NAME_LENGTH,
    MAX_LOGIN_LENGTH,
    MIN_PASSWORD_LENGTH,
    UserInfo,
    change_own_password,
    create_user,
    reset_password,
    set_role,
)
from app.permissions import ROLE_NAMES, Role
from ui.form_dialog import FormDialog
from ui.translations import app_text


def password_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def role_box(parent: QWidget, role: Role = Role.CLERK) -> QComboBox:
    box = QComboBox(parent)
    for each in Role:
        box.addItem(app_text("role", ROLE_NAMES[each]), each.value)
    box.setCurrentIndex(list(Role).index(role))
    return box


class _NewPassword(FormDialog):
    """A form with a new password typed twice (the last two rows)."""

    def add_new_password(self, caption: str) -> None:
        self.password = password_edit(self)
        self.repeat = password_edit(self)
        self.add_row("user.password", caption, self.password)
        self.add_row("repeat", self.tr("&Repeat it:"), self.repeat)

    def password_problems(self, problems: dict[str, str]) -> None:
        password = self.password.text()
        if not password:
            problems["user.password"] = ""
        elif len(password) < MIN_PASSWORD_LENGTH:
            problems["user.password"] = self.tr("At least {count} characters.").format(count=MIN_PASSWORD_LENGTH)
        if self.repeat.text() != password:
            problems["repeat"] = self.tr("The two passwords differ.") if "repeat" in self.touched else ""


class AddUserDialog(_NewPassword):
    """A new account; its user chooses their own password at the first log-in."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(desk, actor, parent)
        self.setObjectName("add-user-dialog")
        self.setWindowTitle(self.tr("Add a user"))
        self.login = QLineEdit(self)
        self.login.setMaxLength(MAX_LOGIN_LENGTH)
        self.name = QLineEdit(self)
        self.name.setMaxLength(MAX_DISPLAY_NAME_LENGTH)
        self.role = role_box(self)
        self.add_row("user.login", self.tr("&Login:"), self.login)
        self.add_row("user.display_name", self.tr("&Name:"), self.name)
        self.add_row("user.role", self.tr("R&ole:"), self.role)
        self.add_new_password(self.tr("&Password:"))
        note = QLabel(self.tr("Tell the new user this password; they choose their own at the first log-in."), self)
        note.setWordWrap(True)
        self.finish(note)

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        self.required(problems, "user.login", self.login.text())
        self.password_problems(problems)
        return problems

    def save(self, work: Work) -> UserInfo:
        return create_user(
            work,
            self.login.text(),
            self.name.text(),
            Role(self.role.currentData()),
            self.password.text(),
            must_change_password=True,
        )


class RoleDialog(FormDialog):
    """Another role for an account; it counts at once, also in a window that user has open."""

    def __init__(self, desk: Desk, actor: Actor, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(desk, actor, parent)
        self.user = user
        self.setObjectName("role-dialog")
        self.setWindowTitle(self.tr("Role of {name}").format(name=user.display_name))
        self.role = role_box(self, user.role)
        self.add_row("user.role", self.tr("R&ole:"), self.role)
        self.finish(QLabel(self.tr("{name} ({login})").format(name=user.display_name, login=user.login), self))

    def save(self, work: Work) -> UserInfo:
        return set_role(work, self.user.id, Role(self.role.currentData()), version=self.user.version)


class ResetPasswordDialog(_NewPassword):
    """A new password for someone who forgot theirs; they must change it at their next log-in."""

    def __init__(self, desk: Desk, actor: Actor, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(desk, actor, parent)
        self.user = user
        self.setObjectName("reset-password-dialog")
        self.setWindowTitle(self.tr("Reset the password of {name}").format(name=user.display_name))
        self.add_new_password(self.tr("New &password:"))
        note = QLabel(
            self.tr("{name} ({login}) must change this password at the next log-in.").format(
                name=user.display_name, login=user.login
            ),
            self,
        )
        note.setWordWrap(True)
        self.finish(note)

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        self.password_problems(problems)
        return problems

    def save(self, work: Work) -> UserInfo:
        return reset_password(work, self.user.id, self.password.text(), version=self.user.version)


class ChangePasswordDialog(_NewPassword):
    """The logged-in user's own new password (``forced``: an administrator set the current one)."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None, *, forced: bool = False) -> None:
        super().__init__(desk, actor, parent)
        self.setObjectName("change-password-dialog")
        self.setWindowTitle(self.tr("Change my password"))
        self.current = password_edit(self)
        self.add_row("user.current_password", self.tr("&Current password:"), self.current)
        self.add_new_password(self.tr("&New password:"))
        if forced:
            text = self.tr(
                "{name}, your password was set by an administrator. Choose your own before you start."
            ).format(name=actor.display_name)
        else:
            text = self.tr("{name} ({login})").format(name=actor.display_name, login=actor.login)
        note = QLabel(text, self)
        note.setWordWrap(True)
        self.finish(note)

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not self.current.text():
            problems["user.current_password"] = ""
        self.password_problems(problems)
        return problems

    def save(self, work: Work) -> UserInfo:
        return change_own_password(work, self.current.text(), self.password.text())
