"""Connecting the window to a server database: the welcome's fifth choice and its dialog (host, port, database,
user, password), Test connection, then the log-in and the main window on the server — its title names it; and what
the person reads when a detail is wrong. The server is the tests' throwaway one (tests/postgres_server.py); the
keyring is a dict of the test's (tests/keyring_in_file.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import psycopg
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from app import building as buildings
from app import safety, server_password
from app import settings as app_settings
from app.desk import Desk
from app.people import log_in
from app.server_password import KEYRING_SERVICE, PASSWORD_ENV, keyring_name, with_password
from tests.conftest import PASSWORD, add_users, fixed_clock
from tests.keyring_in_file import MemoryKeyring
from tests.postgres import password_role as role_fixture
from ui import main as entry
from ui.building import ServerDialog, WelcomeDialog
from ui.main_window import MainWindow
from ui.people.login_dialog import LoginDialog
from ui.recent_files import recent_files
from ui.safety import BackupMenu
from ui.start import LAST_FILE_KEY

ROLE_PASSWORD = role_fixture.ROLE_PASSWORD
password_role = role_fixture.password_role  # the fixture, for this module's tests


@pytest.fixture
def kept(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    before: KeyringBackend = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        yield memory
    finally:
        keyring.set_keyring(before)


@pytest.fixture
def server_url(pg_url: str) -> str:
    """A dossier database on the test server: a user of each role and a small building."""
    desk = Desk.create(pg_url, clock=fixed_clock)
    try:
        add_users(desk)
        manager = log_in(desk, "manager", PASSWORD)
        with desk.work(manager) as work:
            buildings.create_building(work, "服务器大厦", floors_from=1, floors_to=2, units_per_floor=3)
    finally:
        desk.close()
    return pg_url


def _fill(dialog: ServerDialog, url: str, *, database: str | None = None) -> None:
    parsed = make_url(url)
    dialog.host_edit.setText(str(parsed.query["host"]))  # the test server's socket folder
    dialog.port_spin.setValue(5432)
    dialog.database_edit.setText(database or parsed.database or "")
    dialog.user_edit.setText(parsed.username or "")
    dialog.password_edit.setText("server-pass")  # the test server trusts its socket: any password is accepted


def _wait(qtbot: QtBot, dialog: ServerDialog) -> None:
    """Until the connection under way (off the UI thread) has ended and said how it went."""
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)


def _log_in_as_clerk(seen: list[str]) -> Callable[[LoginDialog], int]:
    def log_in_then(dialog: LoginDialog) -> int:
        seen.append(dialog.windowTitle())
        dialog.login_edit.setText("clerk")
        dialog.password_edit.setText(PASSWORD)
        dialog.accept()
        return dialog.result()

    return log_in_then


def test_the_welcome_connects_to_a_server_and_the_window_names_it(
    qtbot: QtBot, settings: QSettings, server_url: str, kept: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    welcome = WelcomeDialog(settings)
    qtbot.addWidget(welcome)
    assert welcome.server_button.text() == "Connect to a server database"
    assert welcome.server_button in welcome.choices()
    logins: list[str] = []
    monkeypatch.setattr(LoginDialog, "exec", _log_in_as_clerk(logins))
    checked: list[str] = []

    def fill_test_and_connect(dialog: ServerDialog) -> int:
        qtbot.addWidget(dialog)
        _fill(dialog, server_url)
        dialog.remember_box.setChecked(True)
        dialog.test_button.click()
        _wait(qtbot, dialog)
        checked.append(dialog.message.text())
        dialog.connect_button.click()
        _wait(qtbot, dialog)
        return dialog.result()

    monkeypatch.setattr(ServerDialog, "exec", fill_test_and_connect)
    welcome.server_button.click()

    name = make_url(server_url).database
    assert checked and checked[0].startswith("Connected to dossier@") and "it is a Dossier Desk database" in checked[0]
    assert logins == [f"Log in — {welcome.desk.location if welcome.desk else '?'}"]
    assert welcome.result() == QDialog.DialogCode.Accepted and welcome.desk is not None and welcome.actor is not None
    assert welcome.desk.on_server and welcome.actor.login == "clerk"
    assert welcome.desk.location.startswith("dossier@") and welcome.desk.location.endswith(f"/{name}")
    # Remembered: the server's address without a password; the password in the keyring only.
    last = settings.value(LAST_FILE_KEY, "", str)
    assert last.startswith("postgresql://dossier@") and "server-pass" not in last
    assert kept.passwords == {(KEYRING_SERVICE, keyring_name(server_url)): "server-pass"}

    window = MainWindow(welcome.desk, welcome.actor, settings, owns_desk=True)
    qtbot.addWidget(window)
    try:
        assert window.windowTitle() == f"{welcome.desk.location} — Dossier Desk"
        assert window.windowFilePath() == ""
        assert recent_files(settings)[0] == last and "server-pass" not in str(settings.allKeys())
        backups = window.part(BackupMenu)
        assert not backups.restore_action.isEnabled()  # into an empty server database: the command line's
        assert "restored with the command line" in backups.restore_action.toolTip()
        floors = window.floors()
        assert [f.label for f in floors] == ["1F", "2F"]
    finally:
        window.close()
        welcome.desk.close()


def test_a_wrong_database_name_is_said_in_the_dialog_and_nothing_opens(
    qtbot: QtBot, settings: QSettings, server_url: str, kept: MemoryKeyring
) -> None:
    dialog = ServerDialog(settings)
    qtbot.addWidget(dialog)
    _fill(dialog, server_url, database="no_such_db")
    assert dialog.test_connection() is not None
    assert not dialog.test_button.isEnabled() and "Connecting to dossier@" in dialog.message.text()
    _wait(qtbot, dialog)
    assert "The server has no database dossier@" in dialog.message.text()
    assert "no_such_db" in dialog.message.text()
    dialog.connect_button.click()
    _wait(qtbot, dialog)
    assert dialog.desk is None and dialog.result() != QDialog.DialogCode.Accepted
    assert settings.value(LAST_FILE_KEY, "", str) == ""
    dialog.database_edit.clear()
    assert dialog.test_connection() is None  # refused before connecting
    assert "names no database" in dialog.message.text()


def test_cancelled_while_connecting_leaves_nothing_open(
    qtbot: QtBot, settings: QSettings, server_url: str, kept: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Desk] = []
    original = server_password.open_server

    def open_and_note(url: str, password: str | None) -> Desk:
        opened.append(original(url, password))
        return opened[-1]

    monkeypatch.setattr(server_password, "open_server", open_and_note)
    dialog = ServerDialog(settings)
    qtbot.addWidget(dialog)
    _fill(dialog, server_url)
    task = dialog.connect_to_server()
    assert task is not None
    dialog.reject()
    qtbot.waitUntil(lambda: dialog.task is None)
    assert dialog.desk is None and len(opened) == 1
    # The database opened after Cancel was closed again: the server has no connection of this program to it left.
    parsed = make_url(server_url)
    with psycopg.connect(host=str(parsed.query["host"]), user=parsed.username, dbname="postgres") as admin:
        left = admin.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND application_name = 'dossier-desk'",
            (parsed.database,),
        ).fetchone()
    assert left == (0,)


def test_the_window_reopens_the_last_server_database_at_start(
    qtbot: QtBot, settings: QSettings, server_url: str, kept: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    remembered = server_url.replace("postgresql+psycopg://", "postgresql://")
    settings.setValue(LAST_FILE_KEY, remembered)
    logins: list[str] = []
    monkeypatch.setattr(LoginDialog, "exec", _log_in_as_clerk(logins))
    opened = entry.open_desk(None, None, settings)
    assert opened is not None
    desk, actor = opened
    try:
        assert desk.on_server and actor.login == "clerk"
        assert logins == [f"Log in — {desk.location}"]
    finally:
        desk.close()


def test_a_refused_password_at_start_asks_in_the_dialog_and_keeps_it_when_told(
    qtbot: QtBot,
    settings: QSettings,
    password_role: tuple[str, str],
    kept: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _role, url = password_role
    desk = Desk.create(with_password(url, ROLE_PASSWORD), clock=fixed_clock)
    add_users(desk)
    desk.close()
    remembered = url.replace("postgresql+psycopg://", "postgresql://")
    settings.setValue(LAST_FILE_KEY, remembered)
    asked: list[str] = []

    def type_the_password(dialog: ServerDialog) -> int:
        qtbot.addWidget(dialog)
        asked.append(dialog.message.text())
        assert dialog.database_edit.text() == make_url(url).database  # filled in from the remembered address
        assert dialog.password_edit.echoMode() == QLineEdit.EchoMode.Password
        dialog.password_edit.setText(ROLE_PASSWORD)
        dialog.remember_box.setChecked(True)
        dialog.connect_button.click()
        _wait(qtbot, dialog)
        return dialog.result()

    monkeypatch.setattr(ServerDialog, "exec", type_the_password)
    monkeypatch.setattr(LoginDialog, "exec", _log_in_as_clerk([]))
    opened = entry.open_desk(None, None, settings)
    assert opened is not None
    opened[0].close()
    assert len(asked) == 1 and "The server refused the user name or password" in asked[0]
    assert kept.passwords == {(KEYRING_SERVICE, keyring_name(url)): ROLE_PASSWORD}
    # The next start finds it in the keyring: no question.
    monkeypatch.setattr(ServerDialog, "exec", lambda _dialog: pytest.fail("asked again"))
    again = entry.open_desk(None, None, settings)
    assert again is not None
    again[0].close()


def test_file_connect_to_a_server_moves_the_window_from_a_file_to_the_server(
    qtbot: QtBot,
    settings: QSettings,
    desk: Desk,
    server_url: str,
    kept: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(desk, log_in(desk, "clerk", PASSWORD), settings)
    qtbot.addWidget(window)
    assert window.connect_server_action in window.file_menu.actions()
    assert window.windowTitle() == "dossiers.db — Dossier Desk"

    def fill_and_connect(dialog: ServerDialog) -> int:
        qtbot.addWidget(dialog)
        _fill(dialog, server_url)
        dialog.connect_button.click()
        _wait(qtbot, dialog)
        return dialog.result()

    monkeypatch.setattr(ServerDialog, "exec", fill_and_connect)
    monkeypatch.setattr(LoginDialog, "exec", _log_in_as_clerk([]))
    window.connect_server_action.trigger()
    successor = window.successor
    assert successor is not None
    qtbot.addWidget(successor)
    try:
        assert successor.desk.on_server
        assert successor.windowTitle() == f"{successor.desk.location} — Dossier Desk"
        assert successor.desk.location.startswith("dossier@")
        # Both are in the recent list: the file by its path, the server by its address without a password.
        assert recent_files(settings) == [settings.value(LAST_FILE_KEY, "", str), str(desk.path)]
    finally:
        successor.close()


def test_db_url_at_start_logs_in_without_a_question_and_is_remembered_without_a_password(
    qtbot: QtBot, settings: QSettings, server_url: str, kept: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(entry.PASSWORD_ENV, PASSWORD)
    monkeypatch.setenv(PASSWORD_ENV, "server-pass")  # $DOSSIER_DESK_DB_PASSWORD: any, the test server trusts
    monkeypatch.setattr(LoginDialog, "exec", lambda _dialog: pytest.fail("asked to log in"))
    monkeypatch.setattr(ServerDialog, "exec", lambda _dialog: pytest.fail("asked for the server"))
    typed = server_url.replace("postgresql+psycopg://", "postgresql://")
    opened = entry.open_desk(typed, "clerk", settings)
    assert opened is not None
    desk, actor = opened
    try:
        assert desk.on_server and actor.login == "clerk"
        last = settings.value(LAST_FILE_KEY, "", str)
        assert make_url(last).database == make_url(server_url).database and "server-pass" not in last
        window = MainWindow(desk, actor, settings)
        qtbot.addWidget(window)
        recent = [a.text() for a in window.recent_menu.actions() if a.data()]
        assert recent == [f"&1 {keyring_name(server_url)}"]
        window.close()
    finally:
        desk.close()


def test_a_remembered_server_that_is_down_or_cancelled_leads_to_the_welcome_and_is_tried_again_next_time(
    qtbot: QtBot,
    settings: QSettings,
    password_role: tuple[str, str],
    kept: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    said: list[str] = []
    welcomed: list[bool] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: said.append(text))
    monkeypatch.setattr(WelcomeDialog, "exec", lambda _dialog: welcomed.append(True) or QDialog.DialogCode.Rejected)
    _role, url = password_role
    away = url.replace(str(make_url(url).query["host"]), str(tmp_path / "gone"))
    settings.setValue(LAST_FILE_KEY, away)
    assert entry.open_desk(None, None, settings) is None
    assert len(said) == 1 and "cannot be reached" in said[0] and welcomed == [True]
    assert settings.value(LAST_FILE_KEY, "", str) == away  # the server may be back tomorrow

    # The server asks for the password and the person cancels the question: the welcome, once, not the question again.
    settings.setValue(LAST_FILE_KEY, url)
    asked: list[str] = []
    monkeypatch.setattr(ServerDialog, "exec", lambda dialog: asked.append(dialog.message.text()) or 0)
    assert entry.open_desk(None, None, settings) is None
    assert len(asked) == 1 and welcomed == [True, True]


def test_the_remember_box_shows_whether_a_password_is_kept_and_unticked_forgets_it(
    qtbot: QtBot, settings: QSettings, server_url: str, kept: MemoryKeyring
) -> None:
    server_password.remember(server_url, "kept-before")
    dialog = ServerDialog(settings, url=server_url)
    qtbot.addWidget(dialog)
    assert dialog.remember_box.isChecked()
    assert dialog.password_edit.text() == ""  # never shown, not even masked: left empty, the kept one is used
    dialog.remember_box.setChecked(False)
    dialog.connect_button.click()
    _wait(qtbot, dialog)
    assert dialog.desk is not None
    dialog.desk.close()
    assert kept.passwords == {}
    again = ServerDialog(settings, url=server_url)
    qtbot.addWidget(again)
    assert not again.remember_box.isChecked()


def test_back_up_now_on_a_server_database_makes_a_verified_backup_in_the_folder_chosen(
    qtbot: QtBot,
    settings: QSettings,
    server_url: str,
    kept: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    desk = Desk.open(server_url, clock=fixed_clock)
    admin = log_in(desk, "admin", PASSWORD)
    with desk.work(admin) as work:  # automatic backups on, no folder yet: Back up now asks for one
        app_settings.change_backup_settings(work, folder=None, automatic=True, warn_after_days=3)
    window = MainWindow(desk, admin, settings, owns_desk=True)
    qtbot.addWidget(window)
    menu = window.part(BackupMenu)
    assert menu.back_up_action.isEnabled() and menu.settings_action.isEnabled()
    folder = tmp_path / "备份 U盘"
    folder.mkdir()
    monkeypatch.setattr(BackupMenu, "choose_folder", lambda _self: str(folder))
    assert menu.back_up_now() is not None
    qtbot.waitUntil(lambda: not menu.busy(), timeout=120_000)
    (made,) = safety.list_backups(folder)
    assert made.login == "admin" and made.reason == "manual"
    assert menu.message is not None and "Backup verified" in menu.message.text()
    menu.message.accept()
    with desk.read(admin) as work:
        assert app_settings.backup_settings(work).folder == folder  # the administrator's choice is kept
    window.close()
    # Closing a server desk makes no backup on the way out (several desks close every evening): closed at once.
    assert not menu.busy()
