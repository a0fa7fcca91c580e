"""Log-in, welcome and new-building dialogs, used through their widgets."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from app.desk import Desk
from app.errors import Conflict
from tests.conftest import PASSWORD
from ui.building import new_building_dialog
from ui.building.new_building_dialog import NewBuildingDialog
from ui.building.welcome_dialog import WelcomeDialog
from ui.main_window import MainWindow
from ui.people.login_dialog import LAST_LOGIN_KEY, LoginDialog

pytestmark = pytest.mark.qt


def _ok(dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Ok)
    assert button.isEnabled()
    button.click()


def test_login_refuses_wrong_password_then_accepts(qtbot: QtBot, desk: Desk, settings: QSettings) -> None:
    settings.setValue(LAST_LOGIN_KEY, "clerk")
    dialog = LoginDialog(desk, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.login_edit.text() == "clerk"  # the last login, prefilled
    qtbot.keyClicks(dialog.password_edit, "wrong-password")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.actor is None
    assert dialog.message.isVisible() and "wrong password" in dialog.message.text()
    assert dialog.password_edit.text() == ""
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    _ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.login == "clerk"


def _fill_new_building(qtbot: QtBot, dialog: NewBuildingDialog, path: Path) -> None:
    qtbot.keyClicks(dialog.file_edit, str(path))
    dialog.name_edit.setText("新大厦")  # QTest types ASCII only
    dialog.lowest.setValue(-2)
    dialog.highest.setValue(12)
    dialog.units.setValue(8)
    qtbot.keyClicks(dialog.password_edit, "admin-pass-1")
    qtbot.keyClicks(dialog.repeat_edit, "admin-pass-1")


def test_new_building_form_checks_as_you_type(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = NewBuildingDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.create_button.isEnabled()
    _fill_new_building(qtbot, dialog, tmp_path / "b.db")
    assert dialog.preview.text() == "B201, 101, 1208"
    assert dialog.create_button.isEnabled()
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Backspace)
    error = dialog.findChild(QLabel, "error:user.password")
    assert error is not None and error.isVisible() and error.text()
    assert not dialog.create_button.isEnabled()
    # A message coming as the clerk types moves nothing below it: the password fields stay under the mouse.
    qtbot.wait(10)
    where = dialog.password_edit.mapTo(dialog, dialog.password_edit.rect().topLeft())
    qtbot.keyClicks(dialog.login_edit, " x")
    assert dialog.findChild(QLabel, "error:user.login").isVisible()
    qtbot.wait(10)
    assert dialog.password_edit.mapTo(dialog, dialog.password_edit.rect().topLeft()) == where
    qtbot.keyClick(dialog.login_edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(dialog.login_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.repeat_edit, "1")
    # The numbering is chosen by its words, the sample numbers follow; the pattern itself is never shown.
    dialog.numbering_box.setCurrentIndex(dialog.numbering_box.findData("{floor}-{unit:02}"))
    assert dialog.preview.text() == "B2-01, 1-01, 12-08"
    assert dialog.numbering() == "{floor}-{unit:02}" and "{" not in dialog.numbering_box.currentText()
    assert dialog.create_button.isEnabled()


def test_new_building_shows_app_error_beside_the_field(qtbot: QtBot, tmp_path: Path) -> None:
    existing = tmp_path / "taken.db"
    Desk.create(existing).close()
    dialog = NewBuildingDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    _fill_new_building(qtbot, dialog, existing)
    _ok(dialog)
    assert dialog.desk is None
    error = dialog.findChild(QLabel, "error:file")
    assert error is not None and error.isVisible() and "already exists" in error.text()


def test_welcome_new_building_creates_file_and_window_shows_floors(
    qtbot: QtBot, tmp_path: Path, settings: QSettings
) -> None:
    path = tmp_path / "new.db"
    welcome = WelcomeDialog(settings)
    qtbot.addWidget(welcome)
    welcome.show()

    def fill_form() -> None:  # runs inside the form's own event loop
        form = welcome.findChild(NewBuildingDialog)
        assert form is not None and form.isVisible()
        _fill_new_building(qtbot, form, path)
        _ok(form)

    QTimer.singleShot(0, fill_form)
    qtbot.mouseClick(welcome.new_button, Qt.MouseButton.LeftButton)
    assert welcome.result() == QDialog.DialogCode.Accepted
    assert welcome.desk is not None and welcome.actor is not None
    assert path.is_file()
    assert settings.value("files/last") == str(path)
    window = MainWindow(welcome.desk, welcome.actor, settings)
    qtbot.addWidget(window)
    window.show()
    labels = [window.floors_page.floor_tabs.tabText(i) for i in range(window.floors_page.floor_tabs.count())]
    assert labels == ["B2", "B1"] + [f"{n}F" for n in range(1, 13)]
    grid = window.current_grid()
    assert grid is not None
    assert [c.number for c in grid.card_model().cards()] == [f"1{n:02}" for n in range(1, 9)]
    welcome.desk.close()


def test_welcome_open_file_refuses_a_foreign_file(
    qtbot: QtBot, tmp_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    foreign = tmp_path / "notes.db"
    foreign.write_bytes(b"this is not a database" * 100)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    welcome = WelcomeDialog(settings)
    qtbot.addWidget(welcome)
    welcome.open_path(foreign)
    assert welcome.desk is None and welcome.result() != QDialog.DialogCode.Accepted
    assert shown and "notes.db" in shown[0]


def test_welcome_opens_existing_file_after_log_in(
    qtbot: QtBot, desk: Desk, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    def log_in_then(self: LoginDialog) -> int:
        self.login_edit.setText("supervisor")
        self.password_edit.setText(PASSWORD)
        self.accept()
        return self.result()

    monkeypatch.setattr(LoginDialog, "exec", log_in_then)
    welcome = WelcomeDialog(settings)
    qtbot.addWidget(welcome)
    welcome.open_path(desk.path)
    assert welcome.actor is not None and welcome.actor.login == "supervisor"
    assert welcome.desk is not None
    welcome.desk.close()


def test_a_new_building_that_cannot_be_made_leaves_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "a-file").write_text("x")
    dialog = NewBuildingDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.file_edit, str(folder / "a-file" / "new.db"))
    dialog.name_edit.setText("新大厦")
    qtbot.keyClicks(dialog.password_edit, "admin-pass-1")
    qtbot.keyClicks(dialog.repeat_edit, "admin-pass-1")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "error:file")
    assert error is not None and error.isVisible() and "a part of its path is a file" in error.text()
    assert dialog.desk is None
    assert [p.name for p in folder.iterdir()] == ["a-file"]


def test_a_new_building_is_put_in_place_only_when_complete(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def the_power_fails(*_args: object, **_kwargs: object) -> None:
        raise Conflict("The power failed.")  # after the administrator, before the building

    monkeypatch.setattr(new_building_dialog, "create_building", the_power_fails)
    dialog = NewBuildingDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    folder = tmp_path / "out"
    folder.mkdir()
    qtbot.keyClicks(dialog.file_edit, str(folder / "new.db"))
    dialog.name_edit.setText("新大厦")
    qtbot.keyClicks(dialog.password_edit, "admin-pass-1")
    qtbot.keyClicks(dialog.repeat_edit, "admin-pass-1")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.desk is None
    assert list(folder.iterdir()) == []  # no file with an administrator and no building; the name is free
    monkeypatch.undo()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.desk is not None
    dialog.desk.close()  # and with it the window's lock record beside the file
    assert sorted(p.name for p in folder.iterdir()) == ["new.db"]
    shutil.rmtree(folder)
