"""The Audit window and the recording of views and prints in the window, clicked as a person would (R16)."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.desk import Actor, Desk
from app.people.users import log_in
from tests.conftest import NOW, PASSWORD, fixed_clock
from tests.ui.archive.test_archive_ui import open_window, wait_preview
from tests.ui.dossier.test_dossier import open_dossier
from ui.audit import AuditMenu, AuditModel, AuditWindow
from ui.audit import audit_window as audit_window_module
from ui.main_window import MainWindow


def _reads(path: Path) -> list[tuple[str, str, int | None, str]]:
    """The view, print and export lines of the file: action, login, dossier, details — oldest first."""
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(
            "SELECT c.action, u.login, c.dossier_id, c.details FROM change c LEFT JOIN user u ON u.id = c.user_id "
            "WHERE c.action IN ('view', 'print', 'export') ORDER BY c.seq"
        ).fetchall()


def _part(window: MainWindow) -> AuditMenu:
    return next(p for p in window.parts if isinstance(p, AuditMenu))


@pytest.fixture
def supervisor_window(qtbot: QtBot, demo_desk: Desk, settings: QSettings) -> MainWindow:
    return open_window(qtbot, demo_desk, log_in(demo_desk, "supervisor", PASSWORD), settings)


@pytest.fixture
def audit_window(supervisor_window: MainWindow, qtbot: QtBot) -> AuditWindow:
    action = _part(supervisor_window).audit_action
    assert action.isEnabled() and action in supervisor_window.tools_menu.actions()
    action.trigger()
    dialog = _part(supervisor_window).audit_window
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_opening_a_dossier_records_a_view_by_the_clerk(window: MainWindow, qtbot: QtBot, demo_desk: Desk) -> None:
    before = len(_reads(demo_desk.path))
    page = open_dossier(window, qtbot)
    qtbot.waitUntil(lambda: len(_reads(demo_desk.path)) == before + 1)
    action, login, dossier_id, details = _reads(demo_desk.path)[-1]
    assert (action, login, dossier_id) == ("view", "clerk", page.dossier_id)
    assert '"what": "dossier"' in details
    assert not _part(window).audit_action.isEnabled()  # a clerk does not read the log


def test_a_printed_dossier_directory_is_recorded_once_saved(
    window: MainWindow, qtbot: QtBot, demo_desk: Desk, tmp_path: Path
) -> None:
    page = open_dossier(window, qtbot)
    qtbot.waitUntil(lambda: bool(_reads(demo_desk.path)) and _reads(demo_desk.path)[-1][0] == "view")
    assert page.print_in_file_directory()
    preview = wait_preview(qtbot, page.printouts)
    assert _reads(demo_desk.path)[-1][0] == "view"  # a preview is not a print yet
    assert preview.save_copy(tmp_path / "directory.pdf")
    action, login, dossier_id, details = _reads(demo_desk.path)[-1]
    assert (action, login, dossier_id) == ("print", "clerk", page.dossier_id)
    assert f'"pages": {preview.page_count()}' in details and preview.page_count() >= 2
    preview.reject()


def test_the_audit_window_lists_the_log_newest_first_in_words(
    audit_window: AuditWindow, demo_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = audit_window.model
    assert audit_window.count.text() == f"{model.rowCount()} entries." and model.rowCount() > 500
    monkeypatch.setattr(audit_window_module, "SHOWN", 300)
    audit_window.load()
    assert model.rowCount() == 300  # the newest so many
    assert re.fullmatch(r"The newest 300 of \d+ entries\.", audit_window.count.text())
    for row in range(50):
        details = model.index(row, AuditModel.DETAILS).data()
        # never raw JSON nor a Python repr (an archival code pattern's own braces, {年度}, are a value)
        assert '"' not in details and "{'" not in details and "['" not in details, details
        assert model.index(row, AuditModel.WHO).data() != ""
    seqs = [model.row(r).seq for r in range(model.rowCount())]
    assert seqs == sorted(seqs, reverse=True)


def test_filters_by_what_who_dossier_and_day(
    audit_window: AuditWindow, window: MainWindow, qtbot: QtBot, demo_desk: Desk
) -> None:
    page = open_dossier(window, qtbot)  # the clerk's window on the same file: a view to find
    qtbot.waitUntil(lambda: bool(_reads(demo_desk.path)) and _reads(demo_desk.path)[-1][0] == "view")
    audit_window.what.setCurrentIndex(audit_window.what.findText("Views, prints and exports"))
    model = audit_window.model
    # The demo printed labels; a command run earlier on the shared demo may have exported a list.
    assert {"view", "print"} <= {model.row(r).action for r in range(model.rowCount())} <= {"view", "print", "export"}
    audit_window.what.setCurrentIndex(audit_window.what.findText("Viewed"))
    assert model.rowCount() == 1  # the demo viewed nothing; the clerk's window just did
    assert model.index(0, AuditModel.WHAT).data() == "Viewed"
    assert model.index(0, AuditModel.WHO).data() == "王小明 (clerk)"
    assert model.index(0, AuditModel.DETAILS).data() == "What: the dossier"
    assert page.view is not None and model.index(0, AuditModel.DOSSIER).data() == page.view.number

    audit_window.what.setCurrentIndex(0)
    audit_window.who.setCurrentIndex(audit_window.who.findData(window.actor.user_id))
    assert {model.row(r).login for r in range(model.rowCount())} == {"clerk"}

    audit_window.who.setCurrentIndex(0)
    audit_window.dossier.setText(page.view.number)
    audit_window.load()
    assert model.rowCount() > 1 and {model.row(r).dossier_id for r in range(model.rowCount())} == {page.dossier_id}
    statuses = [model.index(r, AuditModel.DETAILS).data() for r in range(model.rowCount())]
    assert any("Status: — → Live" in s for s in statuses)  # the move-in, in words

    audit_window.dossier.setText("")
    audit_window.set_period(NOW.date() + dt.timedelta(days=1), None)
    assert model.rowCount() == 0 and audit_window.count.text() == "0 entries."
    audit_window.set_period(None, None)
    audit_window.dossier.setText("no-such-number")
    audit_window.load()
    assert model.rowCount() == 0 and "no-such-number" in audit_window.count.text()


def test_printing_the_list_is_recorded_too(
    audit_window: AuditWindow, qtbot: QtBot, tmp_path: Path, demo_desk: Desk
) -> None:
    audit_window.what.setCurrentIndex(audit_window.what.findText("Moved in"))
    shown = audit_window.model.rowCount()
    assert shown > 0
    audit_window.printer.action.trigger()
    preview = wait_preview(qtbot, audit_window.printer.printouts)
    text = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(preview.pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Audit log" in text and "Moved in" in text
    assert preview.save_copy(tmp_path / "audit.pdf")
    action, login, _dossier, details = _reads(demo_desk.path)[-1]
    assert (action, login) == ("print", "supervisor") and '"what": "Audit log"' in details
    preview.reject()


def test_a_read_only_window_says_once_that_nothing_is_recorded(
    qtbot: QtBot, demo_copy: Path, settings: QSettings
) -> None:
    desk = Desk.open(demo_copy, clock=fixed_clock, read_only=True)
    try:
        clerk: Actor = log_in(desk, "clerk", PASSWORD)
        before = _reads(demo_copy)
        win = open_window(qtbot, desk, clerk, settings)
        assert "not recorded in the audit log" in win.statusBar().currentMessage()
        open_dossier(win, qtbot)
        qtbot.wait(50)
        assert _reads(demo_copy) == before
        win.close()
    finally:
        desk.close()


def test_every_kind_of_line_in_the_demo_reads_in_words(audit_window: AuditWindow) -> None:
    """Log-ins, approvals, loans and changes alike: no action code and no coded value shown as it is stored."""
    model = audit_window.model
    seen = set()
    for row in range(model.rowCount()):
        entry = model.row(row)
        what = model.index(row, AuditModel.WHAT).data()
        details = model.index(row, AuditModel.DETAILS).data()
        seen.add(entry.action)
        assert what != entry.action and "_" not in what, (entry.action, what)
        for code in ("edit_working_copy", "loan_requested", "command line", "source:", "subject:"):
            assert code not in details, (entry.action, details)
    assert {"log_in", "request", "approve", "use", "loan_requested", "loan_handed_out", "loan_returned"} <= seen
