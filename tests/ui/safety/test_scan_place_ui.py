"""Backup ▸ Scans on the server…: only a server desk has it; the administrator chooses the shared folder there, a
refusal stays in the dialog, everyone else sees the choice read-only."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.desk import Actor, Desk
from app.people.users import log_in
from app.safety import scan_place
from tests.conftest import PASSWORD
from tests.postgres.server_desk import server_desk  # noqa: F401 (fixtures)
from tests.unit.unit_support import make_pdf
from ui.main_window import MainWindow
from ui.safety import BackupMenu
from ui.safety.scan_place_dialog import ScanPlaceDialog

pytestmark = pytest.mark.qt


def _dialog(qtbot: QtBot, desk: Desk, actor: Actor) -> ScanPlaceDialog:
    dialog = ScanPlaceDialog(desk, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_file_desk_has_nothing_to_choose(qtbot: QtBot, desk: Desk, settings: QSettings) -> None:
    window = MainWindow(desk, log_in(desk, "admin", PASSWORD), settings)
    qtbot.addWidget(window)
    assert window.part(BackupMenu).scan_place_action is None


def test_the_administrator_moves_a_new_server_databases_scans_to_a_shared_folder(
    qtbot: QtBot,
    server_desk: Desk,  # noqa: F811
    tmp_path: Path,
) -> None:
    admin = log_in(server_desk, "admin", PASSWORD)
    shared = tmp_path / "扫描件"
    shared.mkdir()
    dialog = _dialog(qtbot, server_desk, admin)
    assert dialog.database_button.isChecked() and not dialog.folder_edit.isEnabled()
    # (the English plural, "0 scans" / "1 scan", comes with the translations: resources/translations/pending)
    assert dialog.count_label.text().startswith("The database keeps 0 scan")
    dialog.folder_button.click()
    assert dialog.folder_edit.isEnabled()
    dialog.folder_edit.setText(str(tmp_path / "nowhere"))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and "cannot be reached" in dialog.error.text()  # the refusal, in the dialog
    dialog.folder_edit.setText(str(shared))
    with qtbot.waitSignal(dialog.saved):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not dialog.isVisible()
    with server_desk.read(admin) as work:
        assert (scan_place(work).in_folder, scan_place(work).folder) == (True, shared)


def test_a_refusal_stays_in_the_dialog_and_others_only_look(
    qtbot: QtBot,
    server_desk: Desk,  # noqa: F811
    tmp_path: Path,
) -> None:
    admin, manager = log_in(server_desk, "admin", PASSWORD), log_in(server_desk, "manager", PASSWORD)
    blob = server_desk.store.put(make_pdf(tmp_path / "通知.pdf", 1))  # the database keeps a scan
    shared = tmp_path / "shared"
    shared.mkdir()
    dialog = _dialog(qtbot, server_desk, admin)
    assert dialog.count_label.text().startswith("The database keeps 1 scan")
    dialog.folder_button.click()
    dialog.folder_edit.setText(str(shared))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and "already keeps scans (1)" in dialog.error.text()
    server_desk.store.discard(blob.sha256)

    looking = _dialog(qtbot, server_desk, manager)
    assert not looking.folder_button.isEnabled() and not looking.database_button.isEnabled()
    assert looking.read_only_note.text() == "Only an administrator changes where the scans are kept."
