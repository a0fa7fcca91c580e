"""A second window (or program) on a file another one has open: told who has it, offered read-only; a crashed one's
note recognised as stale; a file on a network share opened read-only with a word why."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

import app.desk as desk_module
from app.desk import ReadOnlyReason
from app.file_lock import FileLock, holder, lock_path, this_pc
from app.people import log_in
from tests.conftest import PASSWORD
from tests.ui.dossier.test_dossier import open_dossier
from ui.building import WelcomeDialog
from ui.customers.customer_dialog import CustomerDialog
from ui.file_opening import InUseQuestion, open_for_window
from ui.form_dialog import GENERAL
from ui.main_window import MainWindow
from ui.tenancy import TenancyMenu

pytestmark = pytest.mark.qt

W = TypeVar("W", bound=QWidget)
ROOT = Path(__file__).resolve().parents[2]


def when_shown(kind: type[W], act: Callable[[W], None], seen: list[W] | None = None) -> None:
    """Answer the modal ``kind`` dialog the next step opens (it runs its own event loop, so answer from a timer)."""
    tries = [0]

    def look() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if found:
            if seen is not None:
                seen.append(found[0])
            act(found[0])
        elif tries[0] < 500:
            tries[0] += 1
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)


@pytest.fixture
def second_instance(demo_copy: Path) -> Iterator[subprocess.Popen[str]]:
    """Another Dossier Desk program on this PC with the file open (its note beside the file), until killed."""
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from app.file_lock import FileLock
        lock = FileLock.claim(Path({str(demo_copy)!r}), login="supervisor", user="陈主管")
        print("open", flush=True)
        sys.stdin.read()
        lock.release()
        """
    )
    program = subprocess.Popen(
        [sys.executable, "-c", script], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert program.stdout is not None and program.stdout.readline().strip() == "open"
    yield program
    program.kill()
    program.wait()


def test_a_second_instance_is_told_who_has_the_file_and_opens_it_read_only(
    qtbot: QtBot, demo_copy: Path, second_instance: subprocess.Popen[str], settings: QSettings
) -> None:
    asked: list[InUseQuestion] = []
    when_shown(InUseQuestion, lambda box: box.read_only_button.click(), asked)
    desk = open_for_window(demo_copy)
    assert desk is not None
    try:
        (question,) = asked
        assert question.objectName() == "file-in-use"
        text = question.text()
        assert demo_copy.name in text and "陈主管 (supervisor)" in text and this_pc() in text and " since " in text
        assert desk.read_only and desk.read_only_reason == ReadOnlyReason.ASKED
        assert desk.file_lock is None  # a read-only window leaves the other's note alone
        record = holder(demo_copy)
        assert record is not None and record.pid == second_instance.pid

        clerk = log_in(desk, "clerk", PASSWORD)
        window = MainWindow(desk, clerk, settings)
        qtbot.addWidget(window)
        window.show()
        assert "(read-only)" in window.windowTitle()
        assert window.read_only_label.text() == "Read-only"
        # What would change the file is greyed out; what only reads stays.
        assert not window.part(TenancyMenu).move_in_action.isEnabled()
        assert window.part(TenancyMenu).label_check_action.isEnabled()
        page = open_dossier(window, qtbot)
        assert not page.edit_customer_button.isEnabled() and not page.documents_section.add_action.isEnabled()
        dialog = page.edit_customer()  # and if a form is reached anyway, the app refuses, saying why
        assert isinstance(dialog, CustomerDialog)
        dialog.edits["phone"].setText("0755-0000")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and "read-only" in dialog.errors[GENERAL].text()  # refused, and why
        dialog.reject()
        window.close()
    finally:
        desk.close()
    assert holder(demo_copy) is not None  # the other program's note is still there


def test_cancel_opens_nothing(qtbot: QtBot, demo_copy: Path, second_instance: subprocess.Popen[str]) -> None:
    when_shown(InUseQuestion, lambda box: box.cancel_button.click())
    assert open_for_window(demo_copy) is None


def test_when_the_other_instance_has_crashed_its_note_is_stale_and_the_file_opens_for_changes(
    qtbot: QtBot, demo_copy: Path, second_instance: subprocess.Popen[str], settings: QSettings
) -> None:
    second_instance.kill()  # a crash: the note stays beside the file
    second_instance.wait()
    assert json.loads(lock_path(demo_copy).read_text(encoding="utf-8"))["pid"] == second_instance.pid
    assert holder(demo_copy) is None  # recognised as stale: the process is gone
    desk = open_for_window(demo_copy)  # no question asked
    assert desk is not None and not desk.read_only
    try:
        mine = holder(demo_copy)
        assert mine is not None and mine.is_mine() and mine.pid == os.getpid()
        window = MainWindow(desk, log_in(desk, "clerk", PASSWORD), settings)
        qtbot.addWidget(window)
        record = holder(demo_copy)
        assert record is not None and (record.login, record.user) == ("clerk", "王小明")  # who, once logged in
        assert window.heartbeat.isActive()
        window.close()
        assert not lock_path(demo_copy).exists()  # closing the window removes the note
    finally:
        desk.close()


def test_the_welcome_dialog_asks_too_and_cancel_keeps_it_open(
    qtbot: QtBot, demo_copy: Path, second_instance: subprocess.Popen[str], settings: QSettings
) -> None:
    welcome = WelcomeDialog(settings)
    qtbot.addWidget(welcome)
    welcome.show()
    asked: list[InUseQuestion] = []
    when_shown(InUseQuestion, lambda box: box.cancel_button.click(), asked)
    welcome.open_path(demo_copy)
    assert asked and welcome.isVisible() and welcome.desk is None  # choose again
    welcome.reject()


def test_a_file_on_a_network_share_opens_read_only_with_a_word_why(
    qtbot: QtBot, demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(desk_module, "on_network_share", lambda _path: True)
    told: list[QMessageBox] = []
    when_shown(QMessageBox, lambda box: box.accept(), told)
    desk = open_for_window(demo_copy)
    assert desk is not None
    try:
        assert desk.read_only_reason == ReadOnlyReason.NETWORK and desk.file_lock is None
        (box,) = told
        assert box.objectName() == "network-read-only"
        assert "network share" in box.text() and "PostgreSQL server" in box.text()
    finally:
        desk.close()
    assert not lock_path(demo_copy).exists()


def test_a_window_of_this_program_is_not_another_instance(demo_copy: Path) -> None:
    lock = FileLock.claim(demo_copy)  # say File ▸ Open of a file this program holds
    try:
        desk = open_for_window(demo_copy)  # no question: it is this program's own note
        assert desk is not None and not desk.read_only
        desk.close()
    finally:
        lock.release()


def test_a_dialog_question_is_a_real_modal_message_box(qtbot: QtBot, demo_copy: Path) -> None:
    """The question itself: Read-only is the default, Escape cancels."""
    record = FileLock.claim(demo_copy).record
    try:
        question = InUseQuestion(demo_copy, record)
        qtbot.addWidget(question)
        assert question.defaultButton() is question.read_only_button
        assert question.escapeButton() is question.cancel_button
        assert isinstance(question, QDialog) and question.detailedText() == str(demo_copy)
    finally:
        FileLock(demo_copy, record).release()
