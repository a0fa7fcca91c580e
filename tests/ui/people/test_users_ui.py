"""Users in the window: the administrator's Users dialog, Change my password, Switch user, lockout at log-in, and
a window whose user was demoted or disabled elsewhere losing the right at once."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app import people
from app.building import buildings
from app.desk import Actor, Desk
from app.errors import AuthenticationFailed
from app.permissions import Action, Role
from tests.conftest import PASSWORD, fixed_clock
from ui.archive import ArchiveMenu
from ui.main_window import MainWindow
from ui.people import (
    AddUserDialog,
    ChangePasswordDialog,
    LoginDialog,
    PeopleMenu,
    ResetPasswordDialog,
    RoleDialog,
    UsersDialog,
)

pytestmark = pytest.mark.qt

NEW = "a-new-secret-9"
OpenWindow = Callable[[Actor], MainWindow]


@pytest.fixture
def open_window(
    qtbot: QtBot, desk: Desk, building: buildings.BuildingInfo, settings: QSettings
) -> Iterator[OpenWindow]:
    """Open a main window for an actor; every window made (successors too) is closed at the end."""
    made: list[MainWindow] = []

    def open_for(actor: Actor) -> MainWindow:
        window = MainWindow(desk, actor, settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield open_for
    for window in made:
        while window.successor is not None:
            window = window.successor
            qtbot.addWidget(window)


def users_dialog(window: MainWindow) -> UsersDialog:
    dialog = window.part(PeopleMenu).users()
    assert dialog is not None
    return dialog


def rows(dialog: UsersDialog) -> dict[str, list[str]]:
    model = dialog.model
    return {
        str(model.index(r, 0).data()): [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    }


def type_password(form: AddUserDialog | ResetPasswordDialog | ChangePasswordDialog, password: str) -> None:
    form.password.setText(password)
    form.repeat.setText(password)


def message(dialog: UsersDialog) -> str:
    label = dialog.findChild(QLabel, "error:message")
    assert label is not None
    return label.text() if label.isVisible() else ""


def test_the_administrator_adds_a_user_who_chooses_their_own_password_at_log_in(
    open_window: OpenWindow, admin: Actor, desk: Desk, settings: QSettings, qtbot: QtBot
) -> None:
    window = open_window(admin)
    assert window.part(PeopleMenu).users_action.isEnabled()
    dialog = users_dialog(window)
    form = dialog.add_user()
    form.login.setText("lin")
    form.name.setText("林芳")
    form.role.setCurrentIndex(list(Role).index(Role.SUPERVISOR))
    form.password.setText("first-pass-1")
    form.repeat.setText("first-pass-X")
    assert not form.save_button.isEnabled()  # the two differ
    form.repeat.setText("first-pass-1")
    form.save_button.click()
    assert rows(dialog)["lin"][1:] == ["林芳", "Supervisor", "yes", "", "yes"]
    assert dialog.selected() is not None and dialog.selected().login == "lin"  # type: ignore[union-attr]

    login = LoginDialog(desk, settings, login="lin")
    qtbot.addWidget(login)
    login.password_edit.setText("first-pass-1")
    login.accept()
    assert login.actor is None and login.password_dialog is not None  # not logged in before a new password
    forced = login.password_dialog
    type_password(forced, "first-pass-1")
    forced.save_button.click()
    assert "must differ" in forced.errors["user.password"].text()
    type_password(forced, "lins-own-22")
    forced.save_button.click()
    assert login.actor is not None and login.actor.login == "lin" and not login.actor.must_change_password
    assert people.log_in(desk, "lin", "lins-own-22").role == Role.SUPERVISOR


def test_reset_disable_enable_and_unlock(open_window: OpenWindow, admin: Actor, desk: Desk) -> None:
    dialog = users_dialog(open_window(admin))
    dialog.select("clerk")
    form = dialog.reset_password()
    assert isinstance(form, ResetPasswordDialog)
    type_password(form, NEW)
    form.save_button.click()
    assert rows(dialog)["clerk"][5] == "yes"
    assert people.log_in(desk, "clerk", NEW).must_change_password

    dialog.select("clerk")
    dialog.disable_button.click()
    assert rows(dialog)["clerk"][3] == "no (disabled)"
    assert dialog.enable_button.isEnabled() and not dialog.disable_button.isEnabled()
    dialog.enable_button.click()
    assert rows(dialog)["clerk"][3] == "yes"

    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            people.log_in(desk, "clerk", "wrong-password")
    dialog.load()
    dialog.select("clerk")
    assert rows(dialog)["clerk"][4] == "2026-06-15 10:45"
    assert dialog.unlock_button.isEnabled()
    dialog.unlock_button.click()
    assert rows(dialog)["clerk"][4] == "" and not dialog.unlock_button.isEnabled()
    assert people.log_in(desk, "clerk", NEW).login == "clerk"


def test_the_last_administrator_is_refused_in_the_dialog(open_window: OpenWindow, admin: Actor) -> None:
    dialog = users_dialog(open_window(admin))
    dialog.select("admin")
    dialog.disable_button.click()
    assert "last active administrator" in message(dialog)
    assert rows(dialog)["admin"][3] == "yes"
    form = dialog.change_role()
    assert isinstance(form, RoleDialog)
    form.role.setCurrentIndex(list(Role).index(Role.CLERK))
    form.save_button.click()
    assert form.isVisible() and "last active administrator" in form.errors["user.role"].text()


def test_a_clerk_has_no_users_menu(open_window: OpenWindow, clerk: Actor) -> None:
    window = open_window(clerk)
    assert not window.part(PeopleMenu).users_action.isEnabled()
    assert window.part(PeopleMenu).users() is None


def test_the_log_in_dialog_says_the_account_is_locked(desk: Desk, settings: QSettings, qtbot: QtBot) -> None:
    login = LoginDialog(desk, settings, login="clerk")
    qtbot.addWidget(login)
    for _ in range(5):
        login.password_edit.setText("wrong-password")
        login.accept()
    assert "locked" in login.message.text() and "2026-06-15 10:45" in login.message.text()
    login.password_edit.setText(PASSWORD)
    login.accept()
    assert login.actor is None and "locked" in login.message.text()  # even the right password


def test_change_my_password_from_the_file_menu(open_window: OpenWindow, clerk: Actor, desk: Desk) -> None:
    window = open_window(clerk)
    assert window.change_password_action.isEnabled()
    window.change_password_action.trigger()
    form = window.findChild(ChangePasswordDialog)
    assert isinstance(form, ChangePasswordDialog) and form.isVisible()
    form.current.setText("not-my-password")
    type_password(form, NEW)
    form.save_button.click()
    assert form.isVisible() and "current password is wrong" in form.errors["user.current_password"].text()
    form.current.setText(PASSWORD)
    form.save_button.click()
    assert not form.isVisible()
    assert window.statusBar().currentMessage() == "Your password was changed."
    assert people.log_in(desk, "clerk", NEW).login == "clerk"


def test_switch_user_makes_the_window_act_as_the_new_user(open_window: OpenWindow, clerk: Actor, qtbot: QtBot) -> None:
    window = open_window(clerk)
    assert not window.part(ArchiveMenu).archive_action.isEnabled()
    login = window.switch_user()
    assert login.login_edit.text() == ""
    login.login_edit.setText("supervisor")
    login.password_edit.setText(PASSWORD)
    login.buttons.accepted.emit()
    successor = window.successor
    assert successor is not None and successor.actor.login == "supervisor"
    assert successor.part(ArchiveMenu).archive_action.isEnabled()
    assert "陈主管" in successor.user_label.text()
    assert not window.isVisible() and successor.isVisible()
    assert not window.desk.engine.pool.status().startswith("Pool disposed")  # the file stays open for the successor


def test_a_demoted_users_window_loses_the_right_at_once(
    open_window: OpenWindow, supervisor: Actor, admin: Actor, desk: Desk, qtbot: QtBot
) -> None:
    window = open_window(supervisor)
    archive = window.part(ArchiveMenu)
    assert archive.archive_action.isEnabled()
    # The administrator demotes the supervisor at another desk; this window cannot know yet.
    with Desk.open(desk.path, clock=fixed_clock) as other, other.work(admin) as work:
        people.set_role(work, supervisor.user_id, Role.CLERK)
    assert archive.archive_action.isEnabled()
    # The click is refused (no wizard), and the window renews itself with the menus of the new role.
    assert archive.archive_wizard() is None
    qtbot.waitUntil(lambda: window.successor is not None)
    successor = window.successor
    assert successor is not None and successor.actor.role == Role.CLERK
    assert not successor.part(ArchiveMenu).archive_action.isEnabled()
    assert "Clerk" in successor.user_label.text()


def test_a_demoted_administrator_loses_the_users_dialog(
    open_window: OpenWindow, admin: Actor, desk: Desk, qtbot: QtBot
) -> None:
    manager_id = people.log_in(desk, "manager", PASSWORD).user_id
    with desk.work(admin) as work:
        people.set_role(work, manager_id, Role.ADMIN)
    window = open_window(admin)
    other_admin = people.log_in(desk, "manager", PASSWORD)
    with Desk.open(desk.path, clock=fixed_clock) as other, other.work(other_admin) as work:
        people.set_role(work, admin.user_id, Role.MANAGER)
    window.part(PeopleMenu).users_action.trigger()
    assert window.findChild(UsersDialog) is None  # refused
    qtbot.waitUntil(lambda: window.successor is not None)
    assert not window.successor.part(PeopleMenu).users_action.isEnabled()  # type: ignore[union-attr]


def test_a_disabled_users_window_stops(
    open_window: OpenWindow, clerk: Actor, admin: Actor, desk: Desk, qtbot: QtBot
) -> None:
    window = open_window(clerk)
    with Desk.open(desk.path, clock=fixed_clock) as other, other.work(admin) as work:
        people.disable_user(work, clerk.user_id)
    assert not window.desk.may(clerk, Action.READ)  # any look at the file tells the window
    qtbot.waitUntil(lambda: not window.menuBar().isEnabled())
    assert "Your account was disabled" in window.statusBar().currentMessage()
