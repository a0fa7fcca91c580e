"""The appraisal and destruction (R15) driven like the supervisor and the manager: the due list decades ahead, a file
kept longer, the list submitted, the manager's countersign that needs the list number typed, the destruction
recorded before two witnesses, and the tombstones in the archive browser that open nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QSettings
from pytestqt.qtbot import QtBot

from app import archive
from app.approvals import ApprovalStatus, approval
from app.desk import Desk
from app.people.users import log_in
from tests.conftest import PASSWORD
from tests.ui.archive.test_archive_ui import click, open_window
from ui.approvals import CountersignDialog
from ui.archive import ArchiveMenu
from ui.archive.appraisal import AppraisalDialog, DueModel, KeepLongerDialog, RecordDestructionDialog

pytestmark = pytest.mark.qt


def test_appraisal_to_destruction_and_tombstones_in_the_browser(
    qtbot: QtBot, demo_desk: Desk, settings: QSettings, told: list[str]
) -> None:
    window = open_window(qtbot, demo_desk, log_in(demo_desk, "supervisor", PASSWORD), settings)
    menu = window.part(ArchiveMenu)
    assert menu.appraisal_action.isEnabled()
    dialog = menu.appraisal()
    assert isinstance(dialog, AppraisalDialog)
    assert dialog.as_of_date() == demo_desk.clock().date()
    dialog.as_of.setDate(QDate(2070, 1, 1))
    rows = dialog.due.rows()
    assert rows, "decades ahead, the demo's 10- and 30-year files are due"
    assert dialog.due_summary.text().startswith(f"{len(rows)} ")

    # The last file is kept longer: chosen in the table, a year and a reason in the small dialog.
    dialog.due_table.selectRow(len(rows) - 1)
    keep = dialog.ask_keep_longer()
    assert isinstance(keep, KeepLongerDialog)
    keep.year.setValue(2080)
    keep.reason.setText("诉讼未结")
    keep.accept()
    kept = rows[-1]
    assert dialog.due.data(dialog.due.index(len(rows) - 1, DueModel.DECISION)) == "Keep until 2080: 诉讼未结"

    # Without the appraisal opinion nothing is submitted.
    assert dialog.submit() is None and dialog.error.isVisibleTo(dialog)
    dialog.opinion.setPlainText("经鉴定，保管期限已满，无继续保存价值")
    click(qtbot, dialog.submit_button)
    made = dialog.selected_list()
    assert made is not None and made.state is archive.ListState.WAITING
    assert len(made.to_destroy) == len(rows) - 1 and [e.dossier_id for e in made.kept] == [kept.dossier_id]
    assert dialog.due.rows() == []  # on a list waiting: not proposed twice
    assert dialog.sign_button.isEnabled() and not dialog.record_button.isEnabled()

    # The manager signs at this desk: approving needs the list number typed.
    assert made.approval_id is not None
    with demo_desk.read(None) as work:
        request = approval(work, made.approval_id)
    sign = CountersignDialog(demo_desk, request, dialog)
    qtbot.addWidget(sign)
    sign.login_edit.setText("manager")
    sign.password_edit.setText(PASSWORD)
    click(qtbot, sign.approve_button)
    assert sign.result_info is None and made.number in sign.message.text()
    sign.password_edit.setText(PASSWORD)
    sign.confirmation_edit.setText(made.number)
    click(qtbot, sign.approve_button)
    assert sign.result_info is not None and sign.result_info.status is ApprovalStatus.APPROVED
    dialog.load()
    assert dialog.selected_list() is not None
    assert dialog.record_button.isEnabled()

    # The destruction before two witnesses: the button waits for the confirmation.
    record = dialog.record_destruction()
    assert isinstance(record, RecordDestructionDialog)
    record.first.setText("赵监销")
    record.second.setText("钱监销")
    assert not record.ok.isEnabled()
    record.sure.setChecked(True)
    click(qtbot, record.ok)
    qtbot.waitUntil(lambda: bool(told))
    assert made.number in told[-1] and "deleted" in told[-1]
    done = dialog.selected_list()
    assert done is not None and done.state is archive.ListState.DESTROYED
    assert dialog.form_button.isEnabled() and dialog.register_button.isEnabled()

    # Tombstones in the archive browser: found, marked destroyed, and opening one opens nothing.
    gone = made.to_destroy[0]
    browser = menu.archive_browser()
    browser.search_edit.setText(gone.file_number)
    hits = browser.run_search()
    assert hits and hits[0].destroyed_at is not None
    shelf = browser.hits.data(browser.hits.index(0, browser.hits.SHELF))
    assert str(shelf).startswith("Destroyed") and made.number in str(shelf)
    assert browser.go_to_hit(hits[0])
    row = next(i for i, e in enumerate(browser.entries.rows()) if e.dossier_id == gone.dossier_id)
    assert "已销毁" in str(browser.entries.data(browser.entries.index(row, browser.entries.NOTES)))
    opened: list[int] = []
    browser.dossier_chosen.connect(opened.append)
    browser.entries_table.doubleClicked.emit(browser.entries.index(row, 0))
    assert opened == [] and "destroyed" in browser.status.text()
    with demo_desk.read(None) as work:
        assert archive.due_for_appraisal(work, dt.date(2070, 1, 1)).dossiers == ()


def test_a_clerk_has_no_appraisal(qtbot: QtBot, demo_desk: Desk, settings: QSettings) -> None:
    window = open_window(qtbot, demo_desk, log_in(demo_desk, "clerk", PASSWORD), settings)
    menu = window.part(ArchiveMenu)
    assert not menu.appraisal_action.isEnabled()
    assert menu.appraisal() is None
