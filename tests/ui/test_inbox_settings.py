"""Settings ▸ Scan inbox: the folder every desk watches and whether readable covers file by themselves, saved in the
database by whoever may (administrator, supervisor, department manager), shown read-only to the others."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from app.desk import Actor, Desk
from app.inbox import InboxSettings, change_inbox_settings, inbox_settings
from app.people.users import log_in
from tests.conftest import PASSWORD
from tests.ui.test_settings import _dialog as settings_dialog
from tests.ui.test_settings import _ok
from ui import translations
from ui.building import CARD_SIZE_KEY
from ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.qt


def _dialog(qtbot: QtBot, settings: QSettings, desk: Desk, actor: Actor) -> SettingsDialog:
    return settings_dialog(qtbot, settings, desk=desk, actor=actor)


def _saved(desk: Desk, actor: Actor) -> InboxSettings:
    with desk.read(actor) as work:
        return inbox_settings(work)


def _type(qtbot: QtBot, dialog: SettingsDialog, text: str) -> None:
    dialog.inbox_folder_edit.clear()
    if text.isascii():
        qtbot.keyClicks(dialog.inbox_folder_edit, text)
    else:  # QTest types ASCII keys only: a Chinese path is pasted, as a person copies it from Explorer
        dialog.inbox_folder_edit.insert(text)


def test_a_supervisor_chooses_the_inbox_folder_and_filing_by_itself(
    qtbot: QtBot, settings: QSettings, desk: Desk, supervisor: Actor, tmp_path: Path
) -> None:
    copier = tmp_path / "复印机 扫描"
    copier.mkdir()
    dialog = _dialog(qtbot, settings, desk, supervisor)
    edit = dialog.findChild(type(dialog.inbox_folder_edit), "inbox-folder")
    box = dialog.findChild(type(dialog.inbox_files_itself_box), "inbox-files-itself")
    assert edit is dialog.inbox_folder_edit and box is dialog.inbox_files_itself_box
    assert edit.text() == "" and not box.isChecked()  # nothing saved yet: no inbox, the clerk files
    assert edit.isEnabled() and box.isEnabled()
    assert "wait in the Inbox list" in box.toolTip()
    fired: list[bool] = []
    dialog.inbox_changed.connect(lambda: fired.append(dialog.inbox_settings_saved))
    _type(qtbot, dialog, str(copier))
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    _ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert fired == [True]  # once, after the commit
    assert _saved(desk, supervisor) == InboxSettings(folder=copier, files_itself=True)


def test_the_folder_chosen_with_browse_is_shown_and_nothing_unchanged_is_saved(
    qtbot: QtBot, settings: QSettings, desk: Desk, manager: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with desk.work(manager) as work:
        change_inbox_settings(work, folder=tmp_path, files_itself=False)
    dialog = _dialog(qtbot, settings, desk, manager)
    assert dialog.inbox_folder_edit.text() == str(tmp_path)
    asked: list[str] = []
    monkeypatch.setattr(dialog, "choose_inbox_folder", lambda start: asked.append(start) or "")
    qtbot.mouseClick(dialog.inbox_browse_button, Qt.MouseButton.LeftButton)
    assert asked == [str(tmp_path)]  # starts at the folder shown
    assert dialog.inbox_folder_edit.text() == str(tmp_path)  # cancelled: unchanged
    fired: list[bool] = []
    dialog.inbox_changed.connect(lambda: fired.append(True))
    _ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert fired == [] and not dialog.inbox_settings_saved  # nothing changed: the watcher need not start again


def test_a_folder_that_is_not_there_keeps_the_dialog_open_and_saves_nothing(
    qtbot: QtBot, settings: QSettings, desk: Desk, supervisor: Actor, tmp_path: Path
) -> None:
    settings.setValue(translations.SETTINGS_KEY, "en")
    settings.setValue(CARD_SIZE_KEY, "normal")
    dialog = _dialog(qtbot, settings, desk, supervisor)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("zh_TW"))
    dialog.card_size_box.setCurrentIndex(dialog.card_size_box.findData("large"))
    _type(qtbot, dialog, str(tmp_path / "no such share"))
    qtbot.mouseClick(dialog.inbox_files_itself_box, Qt.MouseButton.LeftButton)
    fired: list[bool] = []
    dialog.inbox_changed.connect(lambda: fired.append(True))
    _ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    error = dialog.findChild(QLabel, "error:settings")
    assert error is not None and error.isVisible()
    assert error.text() == f"The inbox folder {tmp_path / 'no such share'} does not exist."
    assert fired == [] and not dialog.inbox_settings_saved
    assert _saved(desk, supervisor) == InboxSettings(folder=None, files_itself=False)  # not even the tick
    assert settings.value(translations.SETTINGS_KEY) == "en"  # this PC's choices wait for the OK that succeeds
    assert settings.value(CARD_SIZE_KEY) == "normal"
    assert not dialog.language_changed
    # Put right, the same OK saves everything.
    _type(qtbot, dialog, str(tmp_path))
    _ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted and fired == [True]
    assert _saved(desk, supervisor) == InboxSettings(folder=tmp_path, files_itself=True)
    assert settings.value(translations.SETTINGS_KEY) == "zh_TW" and settings.value(CARD_SIZE_KEY) == "large"


def test_a_refused_folder_also_stops_the_way_to_another_database(
    qtbot: QtBot, settings: QSettings, desk: Desk, supervisor: Actor, tmp_path: Path
) -> None:
    """Open a file… keeps the settings chosen so far, as OK would: a refused inbox folder keeps the dialog open."""
    dialog = _dialog(qtbot, settings, desk, supervisor)
    _type(qtbot, dialog, str(tmp_path / "missing"))
    qtbot.mouseClick(dialog.open_file_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.database_choice is None
    _type(qtbot, dialog, str(tmp_path))
    _ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.database_choice is None  # the OK only closes: no file dialog after it


def test_a_relative_folder_is_refused_naming_the_inbox_folder(
    qtbot: QtBot, settings: QSettings, desk: Desk, supervisor: Actor
) -> None:
    dialog = _dialog(qtbot, settings, desk, supervisor)
    _type(qtbot, dialog, "scans")
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error.text().startswith("Inbox folder must be a full path")


def test_emptying_the_folder_stops_the_inbox(
    qtbot: QtBot, settings: QSettings, desk: Desk, supervisor: Actor, tmp_path: Path
) -> None:
    with desk.work(supervisor) as work:
        change_inbox_settings(work, folder=tmp_path, files_itself=True)
    dialog = _dialog(qtbot, settings, desk, supervisor)
    assert dialog.inbox_files_itself_box.isChecked()
    dialog.inbox_folder_edit.clear()
    _ok(qtbot, dialog)
    assert dialog.inbox_settings_saved
    assert _saved(desk, supervisor) == InboxSettings(folder=None, files_itself=True)


def test_a_clerk_sees_the_inbox_read_only(
    qtbot: QtBot, settings: QSettings, desk: Desk, supervisor: Actor, clerk: Actor, tmp_path: Path
) -> None:
    with desk.work(supervisor) as work:
        change_inbox_settings(work, folder=tmp_path, files_itself=True)
    dialog = _dialog(qtbot, settings, desk, clerk)
    assert dialog.inbox_folder_edit.text() == str(tmp_path)  # shown
    assert dialog.inbox_files_itself_box.isChecked()
    for widget in (dialog.inbox_folder_edit, dialog.inbox_browse_button, dialog.inbox_files_itself_box):
        assert not widget.isEnabled()
        assert widget.toolTip() == (
            "Only an administrator, a supervisor or the department manager changes the scan inbox."
        )
    assert dialog.inbox_read_only_note.isVisible()
    # The clerk's own choices are still saved on OK; the database is not touched.
    dialog.card_size_box.setCurrentIndex(dialog.card_size_box.findData("small"))
    _ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.inbox_settings_saved
    assert settings.value(CARD_SIZE_KEY) == "small"


def test_on_a_file_open_read_only_even_a_supervisor_sees_it_read_only(
    qtbot: QtBot, settings: QSettings, desk: Desk, supervisor: Actor, tmp_path: Path
) -> None:
    with desk.work(supervisor) as work:
        change_inbox_settings(work, folder=tmp_path, files_itself=False)
    path = desk.path
    desk.close()
    read_only = Desk.open(path, read_only=True)
    try:
        dialog = _dialog(qtbot, settings, read_only, log_in(read_only, "supervisor", PASSWORD))
        assert dialog.inbox_folder_edit.text() == str(tmp_path) and not dialog.inbox_folder_edit.isEnabled()
        assert dialog.inbox_read_only_note.text().startswith("This file is open read-only")
        _ok(qtbot, dialog)
        assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.inbox_settings_saved
    finally:
        read_only.close()


def test_without_a_desk_there_is_no_inbox_row(qtbot: QtBot, settings: QSettings) -> None:
    dialog = SettingsDialog(settings, "en")
    qtbot.addWidget(dialog)
    assert dialog.inbox_row is None
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.inbox_settings_saved
