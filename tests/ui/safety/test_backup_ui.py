"""The Backup menu: backing up with a progress bar, the warning, the automatic backups, restoring, the settings."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app import safety
from app import settings as shared
from app.desk import Desk
from app.dossier import DocumentInput, add_document
from app.people.users import log_in
from tests.conftest import PASSWORD
from tests.unit.safety.backup_support import table_rows, without_backup_settings
from ui.main_window import MainWindow
from ui.people.login_dialog import LoginDialog
from ui.safety import BackupMenu
from ui.safety import menu as menu_module
from ui.safety.backup_settings_dialog import BackupSettingsDialog
from ui.safety.restore_dialog import RestoreDialog

pytestmark = pytest.mark.qt


def _settings(desk: Desk, folder: Path | None, automatic: bool) -> None:
    with desk.work(log_in(desk, "admin", PASSWORD)) as work:
        shared.change_backup_settings(work, folder=folder, automatic=automatic, warn_after_days=3)


def _window(qtbot: QtBot, desk: Desk, login: str, settings_file: QSettings) -> MainWindow:
    win = MainWindow(desk, log_in(desk, login, PASSWORD), settings_file)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _menu(window: MainWindow) -> BackupMenu:
    return window.part(BackupMenu)


def _answer(box: QMessageBox | None, role: QMessageBox.ButtonRole = QMessageBox.ButtonRole.AcceptRole) -> None:
    assert box is not None
    next(b for b in box.buttons() if box.buttonRole(b) == role).click()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "备份 U盘"
    path.mkdir()
    return path


def test_the_menu_and_who_may_do_what(window: MainWindow) -> None:
    menu = _menu(window)
    assert [a.text() for a in window.menuBar().actions()][-2] == "&Backup"
    assert menu.back_up_action.isEnabled() and menu.settings_action.isEnabled()
    assert not menu.restore_action.isEnabled()  # a clerk does not restore
    assert menu.restore() is None


def test_the_window_warns_until_there_is_a_verified_backup(
    qtbot: QtBot, demo_desk: Desk, settings: QSettings, folder: Path
) -> None:
    window = _window(qtbot, demo_desk, "clerk", settings)
    menu = _menu(window)
    assert menu.warning.isVisible() and "No backup folder chosen" in menu.warning.text()
    _settings(demo_desk, folder / "not plugged in", automatic=False)
    menu.refresh_status()
    assert "cannot be reached" in menu.warning.text()
    _settings(demo_desk, folder, automatic=False)
    menu.refresh_status()
    assert "No verified backup yet" in menu.warning.text()
    safety.back_up(demo_desk, window.actor)
    menu.refresh_status()
    assert not menu.warning.isVisible()
    demo_desk.clock = lambda: dt.datetime(2026, 6, 19, 9, 0)  # four days on
    menu.refresh_status()
    assert menu.warning.isVisible() and "Last verified backup" in menu.warning.text()


def test_back_up_now_with_a_progress_bar_then_says_what_it_did(
    window: MainWindow, qtbot: QtBot, demo_desk: Desk, folder: Path
) -> None:
    _settings(demo_desk, folder, automatic=False)
    menu = _menu(window)
    menu.back_up_action.trigger()
    task = menu.task
    assert task is not None and task.dialog is not None  # the window waits, with Cancel
    qtbot.waitUntil(lambda: not menu.busy(), timeout=60_000)
    (made,) = safety.list_backups(folder)
    assert made.login == "clerk" and made.reason == "manual"
    assert menu.message is not None and "Backup verified" in menu.message.text()
    assert str(made.folder) in menu.message.text() and "already in the backup folder" in menu.message.text()
    assert not menu.warning.isVisible()
    menu.message.accept()


def test_back_up_now_without_a_folder_asks_for_one_and_an_administrator_keeps_it(
    qtbot: QtBot, demo_desk: Desk, settings: QSettings, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _settings(demo_desk, None, automatic=False)
    window = _window(qtbot, demo_desk, "admin", settings)
    menu = _menu(window)
    monkeypatch.setattr(BackupMenu, "choose_folder", lambda _self: str(folder))
    assert menu.back_up_now() is not None
    qtbot.waitUntil(lambda: not menu.busy(), timeout=60_000)
    assert len(safety.list_backups(folder)) == 1
    with demo_desk.work(None) as work:
        assert shared.backup_settings(work).folder == folder
    assert menu.message is not None
    menu.message.accept()


def test_cancel_keeps_nothing_and_says_so(
    window: MainWindow, qtbot: QtBot, demo_desk: Desk, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _settings(demo_desk, folder, automatic=False)
    go = threading.Event()
    real = menu_module.back_up

    def held(*args: object, **kwargs: object) -> object:
        go.wait(30)  # the person presses Cancel before the backup gets going
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(menu_module, "back_up", held)
    menu = _menu(window)
    task = menu.back_up_now()
    assert task is not None and task.dialog is not None
    next(b for b in task.dialog.findChildren(QPushButton) if b.text() == "Cancel").click()
    go.set()
    qtbot.waitUntil(lambda: not menu.busy(), timeout=60_000)
    assert safety.list_backups(folder) == []
    assert "cancelled" in window.statusBar().currentMessage()


def test_the_first_start_of_the_day_backs_up_and_closing_backs_up_again(
    qtbot: QtBot, demo_desk: Desk, settings: QSettings, folder: Path
) -> None:
    _settings(demo_desk, folder, automatic=True)
    window = _window(qtbot, demo_desk, "clerk", settings)
    menu = _menu(window)
    qtbot.waitUntil(lambda: menu.task is not None or bool(safety.list_backups(folder)), timeout=10_000)
    if menu.task is not None:
        assert menu.task.dialog is None  # the clerk works on meanwhile
    qtbot.waitUntil(lambda: not menu.busy(), timeout=60_000)
    (morning,) = safety.list_backups(folder)
    assert morning.reason == "automatic"
    assert "Automatic backup verified" in window.statusBar().currentMessage()
    assert menu.back_up_if_due() is None  # once a day

    window.close()  # closing: a backup first, then the window goes
    assert window.isVisible() and menu.busy()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=60_000)
    (evening,) = safety.list_backups(folder)  # the same day: rotation keeps the newer one
    assert evening.folder != morning.folder
    with demo_desk.work(None) as work:
        last = shared.last_backup(work)
    assert last is not None and last.folder == evening.folder


def test_automatic_backups_off_means_none_at_start_or_close(
    qtbot: QtBot, demo_desk: Desk, settings: QSettings, folder: Path
) -> None:
    _settings(demo_desk, folder, automatic=False)
    window = _window(qtbot, demo_desk, "clerk", settings)
    qtbot.wait(50)
    assert not _menu(window).busy()
    window.close()
    assert not window.isVisible()
    assert safety.list_backups(folder) == []


# -- restoring ----------------------------------------------------------------------------------------------------


@pytest.fixture
def admin_window(qtbot: QtBot, demo_desk: Desk, settings: QSettings, folder: Path) -> Iterator[MainWindow]:
    _settings(demo_desk, folder, automatic=False)
    window = _window(qtbot, demo_desk, "admin", settings)
    safety.back_up(demo_desk, window.actor)
    yield window


def _fill(qtbot: QtBot, dialog: RestoreDialog, password: str = PASSWORD) -> None:
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, password)


def test_the_restore_dialog_shows_the_backup_and_restores_it_as_a_new_file(
    admin_window: MainWindow, qtbot: QtBot, demo_desk: Desk, folder: Path, tmp_path: Path
) -> None:
    menu = _menu(admin_window)
    assert menu.restore_action.isEnabled()
    menu.restore_action.trigger()
    dialog = admin_window.findChild(RestoreDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    (made,) = safety.list_backups(folder)
    assert dialog.folder_edit.text() == str(folder) and dialog.model.rowCount() == 1 and dialog.backup() == made
    details = dialog.details.text()
    # Plural messages: "814 document(s)" here, with no translation installed; "814 documents" in the English window.
    assert (
        "admin" in details and f"{made.rows('document')} document" in details and f"{len(made.scans)} scan" in details
    )
    target = tmp_path / "恢复" / "restored.db"
    dialog.new_file_edit.setText(str(target))
    assert dialog.login_edit.text() == "admin"
    _fill(qtbot, dialog)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.question is not None and str(target) in dialog.question.text()
    with qtbot.waitSignal(dialog.restored, timeout=60_000):
        _answer(dialog.question)
    assert dialog.report is not None and dialog.report.target == target
    assert without_backup_settings(table_rows(target)) == without_backup_settings(table_rows(made.database_path))
    # Then: open it now? Not now.
    qtbot.waitUntil(lambda: menu.message is not None and menu.message.isVisible())
    assert menu.message is not None and "Open it now?" in menu.message.text()
    _answer(menu.message, QMessageBox.ButtonRole.RejectRole)
    assert admin_window.isVisible()


def test_the_restore_dialog_shows_a_refusal_and_stays_open(
    admin_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = _menu(admin_window).restore()
    assert dialog is not None
    target = tmp_path / "restored.db"
    dialog.new_file_edit.setText(str(target))
    dialog.login_edit.setText("clerk")  # a clerk of the backup: not an administrator
    _fill(qtbot, dialog)
    dialog.restore_button.click()
    _answer(dialog.question)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=60_000)
    assert "may not restore" in dialog.error.text()
    assert dialog.isVisible() and not target.exists()
    dialog.login_edit.setText("admin")
    _fill(qtbot, dialog, "wrong password")
    dialog.restore_button.click()
    _answer(dialog.question)
    qtbot.waitUntil(lambda: "wrong password" in dialog.error.text(), timeout=60_000)
    assert dialog.password_edit.text() == ""
    dialog.reject()


def test_choosing_another_folder_or_one_backup_itself(
    admin_window: MainWindow, qtbot: QtBot, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _menu(admin_window).restore()
    assert dialog is not None
    (made,) = safety.list_backups(folder)
    monkeypatch.setattr(RestoreDialog, "choose_folder", lambda _self, _start: str(made.folder))
    dialog.folder_button.click()
    assert dialog.model.rowCount() == 1 and dialog.backup() == made
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setattr(RestoreDialog, "choose_folder", lambda _self, _start: str(empty))
    dialog.folder_button.click()
    assert dialog.model.rowCount() == 0 and not dialog.restore_button.isEnabled()
    assert "no backup in this folder" in dialog.details.text()
    dialog.reject()


def test_restoring_over_the_open_file_backs_it_up_first_and_logs_in_again(
    admin_window: MainWindow,
    qtbot: QtBot,
    demo_desk: Desk,
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (made,) = safety.list_backups(folder)
    # A document recorded after the backup: the restore takes it away (it stays in the copy made first).
    scan = tmp_path / "late.pdf"
    from tests.unit.unit_support import make_pdf

    make_pdf(scan, 1)
    with demo_desk.work(log_in(demo_desk, "clerk", PASSWORD)) as work:
        dossier_id = work.session.execute(
            __import__("sqlalchemy").text("SELECT id FROM dossier WHERE status = 'live' LIMIT 1")
        ).scalar_one()
        add_document(work, dossier_id, DocumentInput("correspondence", dt.date(2026, 6, 1), "迟到的函"), [scan])
    admin_window.open_dossier(dossier_id)
    assert admin_window.dossier_pages()

    def accept(dialog: LoginDialog) -> int:
        dialog.actor = log_in(dialog.desk, "admin", PASSWORD)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LoginDialog, "exec", accept)
    menu = _menu(admin_window)
    dialog = menu.restore()
    assert dialog is not None
    dialog.replace_radio.click()
    _fill(qtbot, dialog)
    dialog.restore_button.click()
    assert dialog.question is not None and "backed up" in dialog.question.text()
    reports: list[safety.RestoreReport] = []
    dialog.restored.connect(reports.append)
    with qtbot.waitSignal(dialog.finished, timeout=60_000):  # accepted on success, then gone (delete on close)
        _answer(dialog.question)
    report = reports[0]
    assert report is not None and report.replaced and report.safety_backup is not None
    assert not admin_window.dossier_pages()  # they closed before the file was let go of
    # Told what happened; then a log-in to the restored file in a new window, and this one goes.
    assert menu.message is not None and "backed up first" in menu.message.text()
    menu.message.accept()
    qtbot.waitUntil(lambda: admin_window.successor is not None and not admin_window.isVisible())
    successor = admin_window.successor
    assert successor is not None
    qtbot.addWidget(successor)
    assert successor.desk.path == demo_desk.path
    rows = table_rows(demo_desk.path)
    assert all(r[4] != "迟到的函" for r in rows["document"])
    assert without_backup_settings(rows) == without_backup_settings(table_rows(made.database_path))
    first = safety.read_backup(report.safety_backup)
    assert first.reason == "before_restore" and first.rows("document") == made.rows("document") + 1
    _menu(successor).exit_backup_done = True
    successor.close()


# -- settings -----------------------------------------------------------------------------------------------------


def test_an_administrator_changes_the_settings_and_the_warning_follows(
    qtbot: QtBot, demo_desk: Desk, settings: QSettings, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, demo_desk, "admin", settings)
    menu = _menu(window)
    assert "No backup folder chosen" in menu.warning.text()
    dialog = menu.backup_settings()
    assert dialog.folder_edit.isEnabled() and dialog.days_box.value() == 3 and dialog.automatic_box.isChecked()
    monkeypatch.setattr(BackupSettingsDialog, "choose_folder", lambda _self, _start: str(folder))
    dialog.browse_button.click()
    assert dialog.folder_edit.text() == str(folder)
    dialog.automatic_box.setChecked(False)
    dialog.days_box.setValue(7)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    with demo_desk.work(None) as work:
        assert shared.backup_settings(work) == shared.BackupSettings(folder, False, 7)
    assert "No verified backup yet" in menu.warning.text()


def test_a_bad_folder_is_refused_in_the_dialog(qtbot: QtBot, demo_desk: Desk, settings: QSettings) -> None:
    window = _window(qtbot, demo_desk, "admin", settings)
    dialog = _menu(window).backup_settings()
    dialog.folder_edit.setText("relative/folder")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.error.isVisible() and "full path" in dialog.error.text()
    dialog.reject()


def test_a_clerk_sees_the_settings_read_only(window: MainWindow) -> None:
    dialog = _menu(window).backup_settings()
    assert not dialog.folder_edit.isEnabled() and not dialog.days_box.isEnabled()
    assert dialog.read_only_note.isVisible() or dialog.read_only_note.text()
    assert "none yet" in dialog.last_label.text()
    dialog.reject()


def test_a_refused_replace_gives_the_window_its_file_back(
    admin_window: MainWindow, qtbot: QtBot, demo_desk: Desk
) -> None:
    before = table_rows(demo_desk.path)
    dialog = _menu(admin_window).restore()
    assert dialog is not None
    dialog.replace_radio.click()
    dialog.login_edit.setText("clerk")
    _fill(qtbot, dialog)
    dialog.restore_button.click()
    _answer(dialog.question)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=60_000)
    assert "may not restore" in dialog.error.text()
    assert admin_window.workspace.isVisible() and admin_window.menuBar().isEnabled()
    assert not admin_window.released
    dialog.reject()
    assert table_rows(demo_desk.path) == before
    assert admin_window.floors_page.floors  # working on the file as before


def test_closing_during_a_backup_waits_for_it(
    window: MainWindow, qtbot: QtBot, demo_desk: Desk, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _settings(demo_desk, folder, automatic=False)
    go = threading.Event()
    real = menu_module.back_up

    def held(*args: object, **kwargs: object) -> object:
        go.wait(30)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(menu_module, "back_up", held)
    menu = _menu(window)
    menu.back_up_now()
    window.close()
    assert window.isVisible() and "Finishing the backup" in window.statusBar().currentMessage()
    go.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=60_000)
    assert len(safety.list_backups(folder)) == 1  # whole: cut short, it would have kept nothing


def test_a_read_only_window_leaves_backing_up_to_the_one_that_has_the_file(
    qtbot: QtBot, demo_copy: Path, settings: QSettings, folder: Path
) -> None:
    with Desk.open(demo_copy) as writable:
        _settings(writable, folder, automatic=True)
    desk = Desk.open(demo_copy, read_only=True)
    try:
        window = _window(qtbot, desk, "admin", settings)
        menu = _menu(window)
        qtbot.wait(50)
        assert not menu.busy() and not menu.back_up_action.isEnabled()  # no automatic backup either
        dialog = menu.restore()
        assert dialog is not None and not dialog.replace_radio.isEnabled()  # a new file only
        dialog.reject()
        settings_dialog = menu.backup_settings()
        assert not settings_dialog.folder_edit.isEnabled()
        settings_dialog.reject()
        window.close()
        assert not window.isVisible()  # and no backup on closing
        assert safety.list_backups(folder) == []
    finally:
        desk.close()
