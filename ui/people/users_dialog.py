"""The administrator's Users dialog: every account, and adding one, its role, a reset password, disabling, unlocking.

Accounts are never deleted (the record names who did what): a person who leaves is disabled.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.desk import Actor, ChangeSet, Desk, Work
from app.errors import AppError
from app.people import UserInfo, disable_user, enable_user, list_users, unlock_user
from app.permissions import ROLE_NAMES
from ui.form_dialog import FormDialog, error_label
from ui.lists import RowsModel, read_only_table
from ui.people.account_dialogs import AddUserDialog, ResetPasswordDialog, RoleDialog
from ui.translations import app_text, error_text

Form = TypeVar("Form", bound=FormDialog)


class UsersModel(RowsModel[UserInfo]):
    def headers(self) -> Sequence[str]:
        return [
            self.tr("Login"),
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Active"),
            self.tr("Locked until"),
            self.tr("Must change password"),
        ]

    def cell(self, row: UserInfo, column: int) -> object:
        if column == 0:
            return row.login
        if column == 1:
            return row.display_name
        if column == 2:
            return app_text("role", ROLE_NAMES[row.role])
        if column == 3:
            return self.tr("yes") if row.active else self.tr("no (disabled)")
        if column == 4:
            return row.locked_until.strftime("%Y-%m-%d %H:%M") if row.locked_until else ""
        return self.tr("yes") if row.must_change_password else ""


class UsersDialog(QDialog):
    """The list of accounts and what the administrator does with them; each change is one app call."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.setObjectName("users-dialog")
        self.setProperty("helpTopic", "people")  # F1: the user guide's page
        self.setWindowTitle(self.tr("Users"))
        self.model = UsersModel(self)
        self.table = read_only_table(self.model, self, "users")
        self.message = error_label(self, "message")
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.role_button = QPushButton(self.tr("&Role…"), self)
        self.reset_button = QPushButton(self.tr("Reset &password…"), self)
        self.disable_button = QPushButton(self.tr("&Disable"), self)
        self.enable_button = QPushButton(self.tr("&Enable"), self)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.add_button.clicked.connect(lambda: self.add_user())
        self.role_button.clicked.connect(lambda: self.change_role())
        self.reset_button.clicked.connect(lambda: self.reset_password())
        self.disable_button.clicked.connect(lambda: self.change(disable_user))
        self.enable_button.clicked.connect(lambda: self.change(enable_user))
        self.unlock_button.clicked.connect(lambda: self.change(unlock_user))
        row = QHBoxLayout()
        for button in (
            self.add_button,
            self.role_button,
            self.reset_button,
            self.disable_button,
            self.enable_button,
            self.unlock_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.resize(760, 420)
        self.load()

    def load(self, select_id: int | None = None) -> None:
        chosen = self.selected()
        keep = select_id if select_id is not None else chosen.id if chosen else None
        try:
            with self.desk.read(self.actor) as work:
                rows = list_users(work)
        except AppError as err:
            self.say(error_text(err))
            rows = []
        self.model.set_rows(rows)
        for index, user in enumerate(rows):
            if user.id == keep:
                self.table.selectRow(index)
        self.table.resizeColumnsToContents()
        self._selection_changed()

    @Slot(object)
    def refresh(self, changes: ChangeSet) -> None:
        """Another action changed accounts (or the desk counted a log-in): show them as they are now."""
        if changes.users:
            self.load()

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row(rows[0].row()) if rows else None

    def select(self, login: str) -> None:
        for index, user in enumerate(self.model.rows()):
            if user.login == login:
                self.table.selectRow(index)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _selection_changed(self, *_args: object) -> None:
        user = self.selected()
        for button in (self.role_button, self.reset_button):
            button.setEnabled(user is not None)
        self.disable_button.setEnabled(user is not None and user.active)
        self.enable_button.setEnabled(user is not None and not user.active)
        self.unlock_button.setEnabled(user is not None and user.locked_until is not None)

    # -- what the buttons do --------------------------------------------------------------------

    def add_user(self) -> AddUserDialog:
        return self._form(AddUserDialog(self.desk, self.actor, self))

    def change_role(self) -> RoleDialog | None:
        user = self.selected()
        return None if user is None else self._form(RoleDialog(self.desk, self.actor, user, self))

    def reset_password(self) -> ResetPasswordDialog | None:
        user = self.selected()
        return None if user is None else self._form(ResetPasswordDialog(self.desk, self.actor, user, self))

    def _form(self, dialog: Form) -> Form:
        self.say("")
        dialog.saved.connect(lambda info: self.load(select_id=info.id))
        dialog.open()
        return dialog

    def change(self, call: Callable[..., UserInfo]) -> UserInfo | None:
        """Disable, enable or unlock the chosen account (the version read with the list: no silent overwrite)."""
        user = self.selected()
        if user is None:
            return None
        self.say("")
        try:
            with self.desk.work(self.actor) as work:
                done = self._call(work, call, user)
        except AppError as err:
            self.say(error_text(err))
            self.load()
            return None
        self.load(select_id=done.id)
        return done

    @staticmethod
    def _call(work: Work, call: Callable[..., UserInfo], user: UserInfo) -> UserInfo:
        return call(work, user.id, version=user.version)
