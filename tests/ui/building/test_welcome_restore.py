"""First start on a new PC: "Restore a backup" on the welcome dialog brings the old PC's backup back as a new file in
the user's data folder, verified, then a log-in; the main window opens on it (issue 18)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app import safety
from app.desk import Desk
from app.people.users import log_in
from tests.conftest import PASSWORD
from tests.ui.building.welcome_places import Places
from tests.unit.safety.backup_support import table_rows, without_backup_settings
from ui.building.welcome_dialog import WelcomeDialog
from ui.main_window import MainWindow
from ui.people.login_dialog import LoginDialog
from ui.safety import RestoreDialog
from ui.safety import restore_dialog as restore_module

pytestmark = pytest.mark.qt


@pytest.fixture
def usb(demo_copy: Path, tmp_path: Path) -> safety.BackupInfo:
    """The old PC's backup of the demo, on a "USB stick" (made as Backup ▸ Back up now makes it)."""
    stick = tmp_path / "U盘" / "备份"
    with Desk.open(demo_copy) as old_pc:
        report = safety.back_up(old_pc, log_in(old_pc, "admin", PASSWORD), stick)
    return safety.read_backup(report.folder)


def _welcome(qtbot: QtBot, settings: QSettings) -> WelcomeDialog:
    welcome = WelcomeDialog(settings)
    qtbot.addWidget(welcome)
    welcome.show()
    qtbot.waitExposed(welcome)
    return welcome


def _open_restore(
    welcome: WelcomeDialog, made: safety.BackupInfo, monkeypatch: pytest.MonkeyPatch, starts: list[str]
) -> RestoreDialog:
    """Restore a backup ▸ Choose… the stick: the dialog lists the backup (the person's folder dialog answered)."""

    def choose(_dialog: RestoreDialog, start: str) -> str:
        starts.append(start)
        return str(made.folder.parent)

    monkeypatch.setattr(RestoreDialog, "choose_folder", choose)
    welcome.restore_button.click()
    dialog = welcome.restore_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.details.text() == "Choose a folder." and not dialog.restore_button.isEnabled()
    dialog.folder_button.click()
    assert dialog.backup() == made
    return dialog


def _restore(qtbot: QtBot, dialog: RestoreDialog, password: str) -> None:
    """Type the administrator's password, Restore…, and say yes to the question."""
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, password)
    dialog.restore_button.click()
    question = dialog.question
    assert question is not None and question.isVisible()
    next(b for b in question.buttons() if question.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()


def _log_in_with(password: str, seen: list[str]) -> Callable[[LoginDialog], int]:
    def log_in_then(dialog: LoginDialog) -> int:
        seen.append(dialog.login_edit.text())
        dialog.password_edit.setText(password)
        dialog.accept()
        return dialog.result()

    return log_in_then


def test_the_welcome_offers_five_choices(qtbot: QtBot, settings: QSettings, places: Places) -> None:
    welcome = _welcome(qtbot, settings)
    shown = [(b.text(), b.description()) for b in welcome.choices() if b.isVisible() and b.isEnabled()]
    assert [text for text, _ in shown] == [
        "Open the demo",
        "Set up a new building",
        "Open an existing file",
        "Restore a backup",
        "Connect to a server database",
    ]
    assert "USB stick" in shown[3][1]
    assert not places.data.exists()  # showing the welcome makes nothing yet


def test_a_backup_from_the_old_pc_is_restored_into_the_data_folder_and_opened(
    qtbot: QtBot, settings: QSettings, places: Places, usb: safety.BackupInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    welcome = _welcome(qtbot, settings)
    starts: list[str] = []
    dialog = _open_restore(welcome, usb, monkeypatch, starts)
    assert starts == [str(places.documents)]  # the folder dialog starts in Documents, not the program's folder
    # No file is open: a new file is the only target, named as on the old PC, in this PC's data folder.
    assert dialog.new_file_radio.isChecked() and not dialog.replace_radio.isVisible()
    target = places.data / usb.database_name
    assert dialog.new_file_edit.text() == str(target)
    assert dialog.login_edit.text() == "admin"
    logins: list[str] = []
    monkeypatch.setattr(LoginDialog, "exec", _log_in_with(PASSWORD, logins))
    _restore(qtbot, dialog, PASSWORD)
    qtbot.waitUntil(lambda: welcome.result() == QDialog.DialogCode.Accepted, timeout=60_000)
    assert logins == ["admin"]  # the log-in to the restored file asks with the administrator's login filled in
    desk, actor = welcome.desk, welcome.actor
    assert desk is not None and actor is not None and actor.login == "admin"
    try:
        assert desk.path == target and not desk.read_only
        assert settings.value("files/last") == str(target)  # the next start opens it again
        assert without_backup_settings(table_rows(target)) == without_backup_settings(table_rows(usb.database_path))
        scans = [f for f in desk.store.root.rglob("*") if f.is_file()]
        assert len(scans) == len(usb.scans) > 0  # the scans came back too, beside the restored file
        assert list(places.program.iterdir()) == []  # nothing beside the program
        window = MainWindow(desk, actor, settings)  # the main window opens on it
        qtbot.addWidget(window)
        window.show()
        assert window.floors_page.floor_tabs.count() > 0
        window.close()
    finally:
        desk.close()


def test_a_wrong_password_is_said_and_nothing_is_made_then_cancel_goes_back_to_the_welcome(
    qtbot: QtBot, settings: QSettings, places: Places, usb: safety.BackupInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    welcome = _welcome(qtbot, settings)
    dialog = _open_restore(welcome, usb, monkeypatch, [])
    _restore(qtbot, dialog, "not the password")
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=60_000)
    assert "wrong password" in dialog.error.text()
    assert dialog.isVisible() and welcome.desk is None
    assert list(places.data.iterdir()) == []  # the password is checked against the backup's users first
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: welcome.restore_dialog is None)
    assert welcome.isVisible() and welcome.result() != QDialog.DialogCode.Accepted and welcome.desk is None
    assert all(b.isEnabled() for b in welcome.choices())
    assert list(places.data.iterdir()) == [] and list(places.program.iterdir()) == []


def test_cancel_midway_through_the_restore_leaves_no_file(
    qtbot: QtBot, settings: QSettings, places: Places, usb: safety.BackupInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    welcome = _welcome(qtbot, settings)
    dialog = _open_restore(welcome, usb, monkeypatch, [])
    midway, go = threading.Event(), threading.Event()
    real = restore_module.restore

    def held(*args: object, **kwargs: object) -> object:
        report = kwargs["progress"]

        def progress(done: int, total: int) -> None:
            report(done, total)  # type: ignore[operator]
            if not midway.is_set():  # the first scan is in; the person presses Cancel now
                midway.set()
                go.wait(30)

        return real(*args, **{**kwargs, "progress": progress})  # type: ignore[arg-type]

    monkeypatch.setattr(restore_module, "restore", held)
    _restore(qtbot, dialog, PASSWORD)
    assert midway.wait(30)
    assert list(places.data.iterdir()) != []  # the restore had begun to write there
    task = dialog.task
    assert task is not None
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible(), timeout=10_000)
    assert task.dialog is not None
    next(b for b in task.dialog.findChildren(QPushButton) if b.text() == "Cancel").click()
    go.set()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=60_000)
    assert "cancelled" in dialog.error.text()
    assert list(places.data.iterdir()) == []  # neither the database nor its scans nor a temporary file
    dialog.reject()
    qtbot.waitUntil(lambda: welcome.restore_dialog is None)
    assert welcome.isVisible() and welcome.desk is None


def test_a_name_already_taken_in_the_data_folder_is_never_offered(
    qtbot: QtBot, settings: QSettings, places: Places, usb: safety.BackupInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    places.data.mkdir(parents=True)
    taken = places.data / usb.database_name
    taken.write_bytes(b"an earlier file of the same name")
    welcome = _welcome(qtbot, settings)
    dialog = _open_restore(welcome, usb, monkeypatch, [])
    offered = Path(dialog.new_file_edit.text())
    assert offered.parent == places.data and offered != taken and not offered.exists()
    assert "restored" in offered.name
    # A name the person typed stays when another backup is chosen.
    dialog.new_file_edit.setText(str(places.data / "mine.db"))
    dialog.load_folder(usb.folder)
    assert dialog.new_file_edit.text() == str(places.data / "mine.db")
    dialog.reject()
    assert taken.read_bytes() == b"an earlier file of the same name"


def test_a_log_in_cancelled_after_the_restore_keeps_the_verified_file_and_says_where(
    qtbot: QtBot, settings: QSettings, places: Places, usb: safety.BackupInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancel at the log-in: the restore is done and verified (minutes for a large one), so the file is kept — and
    the person is told where it is — rather than thrown away."""
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    monkeypatch.setattr(LoginDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    welcome = _welcome(qtbot, settings)
    dialog = _open_restore(welcome, usb, monkeypatch, [])
    _restore(qtbot, dialog, PASSWORD)
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)
    target = places.data / usb.database_name
    assert told == [
        f"The backup was restored as {target}, verified.\n\nTo work on it later, choose Open an existing file, "
        "then this file."
    ]
    assert welcome.isVisible() and welcome.desk is None and welcome.result() != QDialog.DialogCode.Accepted
    assert target.is_file() and settings.value("files/last") is None
    # Opened later from the welcome's "Open an existing file": nobody else has it (the lock went with the desk).
    monkeypatch.setattr(LoginDialog, "exec", _log_in_with(PASSWORD, []))
    welcome.open_path(target, login="admin")
    assert welcome.desk is not None and not welcome.desk.read_only
    welcome.desk.close()
