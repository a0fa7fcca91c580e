"""Settings: the language saved for the next start, dates shown the language's way, the card size."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.desk import Actor, Desk
from ui import translations
from ui.building.floor_view import CARD_SIZE_KEY, CARD_SIZES
from ui.main_window import MainWindow
from ui.settings_dialog import LANGUAGE_NAMES, SettingsDialog

pytestmark = pytest.mark.qt


def _dialog(
    qtbot: QtBot, settings: QSettings, running: str = "en", *, desk: Desk | None = None, actor: Actor | None = None
) -> SettingsDialog:
    dialog = SettingsDialog(settings, running, desk=desk, actor=actor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _ok(qtbot: QtBot, dialog: SettingsDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_languages_named_in_themselves(qtbot: QtBot, settings: QSettings) -> None:
    dialog = _dialog(qtbot, settings)
    names = [dialog.language_box.itemText(i) for i in range(dialog.language_box.count())]
    assert names == ["简体中文", "繁體中文", "English"]
    assert set(LANGUAGE_NAMES) == set(translations.LANGUAGES)


def test_changing_the_language_saves_it_for_the_next_start(qtbot: QtBot, settings: QSettings) -> None:
    settings.setValue(translations.SETTINGS_KEY, "en")
    dialog = _dialog(qtbot, settings, running="en")
    assert dialog.language() == "en"
    assert not dialog.restart_note.isVisible()
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("zh_TW"))
    assert dialog.restart_note.isVisible()  # says it applies on restart
    assert "next started" in dialog.restart_note.text()
    _ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.language_changed
    assert settings.value(translations.SETTINGS_KEY) == "zh_TW"
    assert translations.choose_language(None, settings) == "zh_TW"


def test_cancel_keeps_the_saved_language(qtbot: QtBot, settings: QSettings) -> None:
    settings.setValue(translations.SETTINGS_KEY, "zh_CN")
    dialog = _dialog(qtbot, settings, running="zh_CN")
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    dialog.reject()
    assert settings.value(translations.SETTINGS_KEY) == "zh_CN"


def test_dates_and_numbers_follow_the_chosen_language(qtbot: QtBot, settings: QSettings) -> None:
    dialog = _dialog(qtbot, settings)
    samples = {}
    for code in ("zh_CN", "zh_TW", "en"):
        dialog.language_box.setCurrentIndex(dialog.language_box.findData(code))
        samples[code] = dialog.sample.text()
    assert "2026" in samples["zh_CN"] and "2026" in samples["en"]
    assert "1,234,567.50" in samples["en"]
    assert samples["zh_CN"] != samples["en"]  # 2026/3/8 against 3/8/2026


def test_card_size_from_the_main_window_applies_at_once(
    window: MainWindow, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    def choose_large(dialog: SettingsDialog) -> int:
        dialog.card_size_box.setCurrentIndex(dialog.card_size_box.findData("large"))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", choose_large)
    window.settings_action.trigger()
    assert settings.value(CARD_SIZE_KEY) == "large"
    grid = window.current_grid()
    assert grid is not None
    assert grid.gridSize().width() > CARD_SIZES["normal"].width() + 6
    rect = grid.visualRect(grid.model().index(0, 0))
    assert rect.width() == CARD_SIZES["large"].width()


def test_settings_name_the_database_and_lead_to_a_server_or_a_file(
    window: MainWindow, settings: QSettings, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Settings ▸ Database: the file this window works on, and the ways to a server database or another file."""
    from ui.building.server_dialog import ServerDialog
    from ui.settings_dialog import CONNECT_SERVER, OPEN_FILE

    seen: list[str] = []

    def look_and_choose(choice: str) -> Callable[[SettingsDialog], int]:  # stands in for QDialog.exec
        def exec_(dialog: SettingsDialog) -> int:
            seen.append(dialog.database_label.text())
            button = dialog.connect_server_button if choice == CONNECT_SERVER else dialog.open_file_button
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            return dialog.result()

        return exec_

    asked: list[str] = []
    monkeypatch.setattr(ServerDialog, "exec", lambda dialog: asked.append("server") or QDialog.DialogCode.Rejected)
    monkeypatch.setattr(window, "choose_file", lambda: asked.append("file"))
    monkeypatch.setattr(SettingsDialog, "exec", look_and_choose(CONNECT_SERVER))
    window.settings_action.trigger()
    qtbot.waitUntil(lambda: asked == ["server"])
    assert seen == [f"A file on this PC: {window.desk.location}"]
    monkeypatch.setattr(SettingsDialog, "exec", look_and_choose(OPEN_FILE))
    window.settings_action.trigger()
    qtbot.waitUntil(lambda: asked == ["server", "file"])
    assert window.isVisible()  # nothing was chosen in the end: the window stays on its file
