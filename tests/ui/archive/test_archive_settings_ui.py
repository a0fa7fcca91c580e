"""The archive settings dialog, the wizard asking for them at the first archiving, the one-time step from the dialog
and the 档号 the binding dialog shows (issue 12), driven like the manager and the supervisor."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app import archive
from app.audit import AuditEntry
from app.desk import Actor, Desk
from app.people.users import log_in
from db.models import Dossier
from tests.conftest import PASSWORD, fixed_clock
from tests.e2e.test_archive_settings_cli import as_before_the_settings
from ui.archive import ArchiveMenu
from ui.archive.bind_dialog import BindDialog
from ui.archive.settings_dialog import ArchiveSettingsDialog, CodesDialog
from ui.archive.wizard import ArchiveWizard
from ui.audit.texts import action_text, details_text, record_text
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.qt


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Typed key by key where QTest can (Latin-1); Chinese arrives as an input method would put it, all at once."""
    edit.selectAll()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)
    assert edit.text() == text


@pytest.fixture
def old_desk(demo_copy: Path) -> Iterator[Desk]:
    """The demo as a desk of the previous version left it: old numbers, no archive settings."""
    as_before_the_settings(demo_copy)
    desk = Desk.open(demo_copy, clock=fixed_clock)
    yield desk
    desk.close()


def settings_dialog(qtbot: QtBot, desk: Desk, actor: Actor) -> ArchiveSettingsDialog:
    dialog = ArchiveSettingsDialog(desk, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_manager_saves_the_settings_seeing_the_example_live(qtbot: QtBot, demo_desk: Desk) -> None:
    manager = log_in(demo_desk, "manager", PASSWORD)
    dialog = settings_dialog(qtbot, demo_desk, manager)
    assert dialog.example.text() == "X01-2026-D30-0013"
    assert dialog.fonds_name.text() == "星河物业管理有限公司客户服务部" and not dialog.unconfirmed.isVisible()
    type_into(qtbot, dialog.fonds_code, "A-2")
    assert "letters and digits only" in dialog.example.text()  # what is wrong, as it is typed
    type_into(qtbot, dialog.fonds_code, "A02")
    type_into(qtbot, dialog.pattern, "{全宗号}-{保管期限}-{年度}-{案卷号:03}")
    type_into(qtbot, dialog.retention_edits["30y"], "T")
    assert dialog.example.text() == "A02-T-2026-013"
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    with demo_desk.read(None) as work:
        saved = archive.archive_settings(work)
    assert (saved.fonds_code, saved.code_pattern, saved.retention_codes["30y"]) == (
        "A02",
        "{全宗号}-{保管期限}-{年度}-{案卷号:03}",
        "T",
    )


def test_a_refused_setting_keeps_the_dialog_open_with_the_reason(qtbot: QtBot, demo_desk: Desk) -> None:
    manager = log_in(demo_desk, "manager", PASSWORD)
    dialog = settings_dialog(qtbot, demo_desk, manager)
    type_into(qtbot, dialog.retention_edits["10y"], "D30")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "stands for two retention periods" in dialog.error.text()


def test_the_supervisor_sees_the_settings_read_only(qtbot: QtBot, demo_desk: Desk) -> None:
    supervisor = log_in(demo_desk, "supervisor", PASSWORD)
    dialog = settings_dialog(qtbot, demo_desk, supervisor)
    assert all(edit.isReadOnly() for edit in dialog._inputs())
    assert dialog.read_only_note.isVisible()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok) is None
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Close))
    assert not dialog.isVisible()


def test_the_settings_dialog_of_the_window_leads_to_them(qtbot: QtBot, demo_desk: Desk, settings: QSettings) -> None:
    supervisor = log_in(demo_desk, "supervisor", PASSWORD)
    dialog = SettingsDialog(settings, "zh_CN", desk=demo_desk, actor=supervisor)
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.archive_button)
    assert dialog.archive_dialog is not None and dialog.archive_dialog.isVisible()
    assert dialog.archive_dialog.example.text() == "X01-2026-D30-0013"


def test_the_wizard_asks_the_manager_at_the_first_archiving(qtbot: QtBot, old_desk: Desk, settings: QSettings) -> None:
    manager = log_in(old_desk, "manager", PASSWORD)
    window = MainWindow(old_desk, manager, settings)
    qtbot.addWidget(window)
    window.show()
    wizard = window.part(ArchiveMenu).archive_wizard()
    assert isinstance(wizard, ArchiveWizard)
    qtbot.waitExposed(wizard)
    notice = wizard.year_page.settings_notice
    assert notice.isVisible() and "not confirmed yet" in notice.text.text()
    qtbot.waitUntil(lambda: notice.dialog is not None and notice.dialog.isVisible())  # opened by itself
    dialog = notice.dialog
    assert dialog is not None and dialog.unconfirmed.isVisible()
    type_into(qtbot, dialog.fonds_name, "星河物业管理有限公司客户服务部")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: not notice.isVisible())
    with old_desk.read(None) as work:
        assert archive.archive_settings(work).configured


def test_the_wizard_tells_the_supervisor_which_defaults_apply(
    qtbot: QtBot, old_desk: Desk, settings: QSettings
) -> None:
    supervisor = log_in(old_desk, "supervisor", PASSWORD)
    wizard = ArchiveWizard(old_desk, supervisor)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    notice = wizard.year_page.settings_notice
    text = notice.text.text()
    assert notice.isVisible() and "has not confirmed" in text and "X01-2025-D30-0001" in text and "R7" not in text
    assert notice.dialog is None  # not opened by itself for a supervisor, who may go on
    click(qtbot, notice.button)
    assert notice.dialog is not None and notice.dialog.read_only_note.isVisible()
    notice.dialog.reject()
    assert wizard.button(wizard.WizardButton.NextButton).isEnabled()


def test_the_manager_gives_old_files_their_codes_from_the_dialog(qtbot: QtBot, old_desk: Desk) -> None:
    manager = log_in(old_desk, "manager", PASSWORD)
    with old_desk.read(None) as work:
        old = {i: n for i, n in work.session.execute(select(Dossier.id, Dossier.file_number)).all() if n}
    dialog = settings_dialog(qtbot, old_desk, manager)
    assert dialog.old_label.isVisible() and str(len(old)) in dialog.old_label.text()
    click(qtbot, dialog.give_button)  # saves the settings as shown first, then the preview
    codes = dialog.findChild(CodesDialog)
    assert isinstance(codes, CodesDialog)
    qtbot.waitExposed(codes)
    assert codes.model.rowCount() == len(old)
    first = codes.model.row(0)
    assert first.former_file_number == old[first.dossier_id] and first.file_number.startswith("X01-")
    with qtbot.waitSignal(dialog.codes_given):
        click(qtbot, codes.give_button)
    assert not dialog.old_label.isVisible() and not dialog.give_button.isVisible()
    with old_desk.read(None) as work:
        row = work.session.get(Dossier, first.dossier_id)
        assert row is not None and (row.file_number, row.former_file_number) == (
            first.file_number,
            first.former_file_number,
        )


def test_the_binding_dialog_shows_the_code_it_gives(qtbot: QtBot, demo_desk: Desk) -> None:
    supervisor = log_in(demo_desk, "supervisor", PASSWORD)
    with demo_desk.read(None) as work:
        departed = work.session.scalars(
            select(Dossier.id).where(Dossier.status == "departed").order_by(Dossier.id)
        ).first()
    assert departed is not None
    dialog = BindDialog(demo_desk, supervisor, departed, "某公司")
    qtbot.addWidget(dialog)
    dialog.show()
    shown = dialog.code.text()
    assert re.fullmatch(r"X01-20\d\d-D30-\d{4}", shown)
    dialog.retention.setCurrentIndex(dialog.retention.findData("permanent"))
    assert dialog.code.text() == shown.replace("-D30-", "-Y-")
    if dialog.as_it_is.isVisible():
        dialog.as_it_is.setChecked(True)
    with qtbot.waitSignal(dialog.bound) as bound:
        click(qtbot, dialog.ok_button)
    assert bound.args == [shown.replace("-D30-", "-Y-")]


def test_the_audit_window_reads_the_settings_change_and_the_one_time_step_in_words() -> None:
    at = dt.datetime(2026, 6, 15, 10, 0)
    change = AuditEntry(
        1, at, 4, "manager", "李经理", None, "", "setting", None, "update", {"fonds_code": ["X01", "A02"]}
    )
    given = AuditEntry(
        2,
        at,
        4,
        "manager",
        "李经理",
        7,
        "D-7",
        "dossier",
        7,
        "give_code",
        {"former_file_number": "2025-0001", "file_number": "X01-2025-D30-0001", "fonds_code": "X01"},
    )
    assert (record_text(change), action_text(change), details_text(change)) == (
        "Settings",
        "Changed",
        "Fonds code: X01 → A02",
    )
    assert action_text(given) == "Given its archival code (the old number kept)"
    assert details_text(given) == "Old number: 2025-0001; File number: X01-2025-D30-0001; Fonds code: X01"
