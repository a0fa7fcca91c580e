"""The manager signs at the clerk's desk for one request: a wrong password is refused, a clerk cannot sign."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.approvals import ApprovalKind, ApprovalStatus, approval, request_approval
from app.desk import Actor, Desk
from tests.conftest import PASSWORD
from ui.approvals import CountersignDialog, countersign

pytestmark = pytest.mark.qt


def _request(desk: Desk, clerk: Actor) -> int:
    with desk.work(clerk) as work:
        return request_approval(
            work, ApprovalKind.LOAN, "loan", 1, dossier_id=None, summary="借阅 1-101-2026", reason="律师查阅"
        ).id


def _dialog(qtbot: QtBot, desk: Desk, clerk: Actor) -> CountersignDialog:
    asked = _request(desk, clerk)
    with desk.read(clerk) as work:
        dialog = CountersignDialog(desk, approval(work, asked))
    qtbot.addWidget(dialog)
    return dialog


def _type(dialog: CountersignDialog, login: str, password: str, note: str = "") -> None:
    dialog.findChild(QLineEdit, "login").setText(login)
    dialog.findChild(QLineEdit, "password").setText(password)
    dialog.findChild(QPlainTextEdit, "note").setPlainText(note)


def test_the_request_is_shown_and_the_manager_approves(qtbot: QtBot, desk: Desk, clerk: Actor) -> None:
    dialog = _dialog(qtbot, desk, clerk)
    shown = dialog.findChild(QLabel, "request").text()
    assert "王小明" in shown and "借阅 1-101-2026" in shown and "律师查阅" in shown
    _type(dialog, "manager", PASSWORD, "当日归还")
    dialog.approve_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.result_info is not None
    assert (dialog.result_info.status, dialog.result_info.decided_by) == (ApprovalStatus.APPROVED, "李经理")


def test_a_wrong_password_or_a_clerk_cannot_sign(qtbot: QtBot, desk: Desk, clerk: Actor) -> None:
    dialog = _dialog(qtbot, desk, clerk)
    _type(dialog, "manager", "wrong-password")
    dialog.approve_button.click()
    message = dialog.findChild(QLabel, "message")
    assert message.isVisibleTo(dialog) and "wrong password" in message.text()
    assert dialog.findChild(QLineEdit, "password").text() == ""
    _type(dialog, "supervisor", PASSWORD)
    dialog.approve_button.click()
    assert "not the department manager" in message.text()
    assert dialog.result_info is None
    with desk.read(clerk) as work:
        assert approval(work, dialog.request.id).status == ApprovalStatus.PENDING


def test_refusing_needs_a_note(qtbot: QtBot, desk: Desk, clerk: Actor) -> None:
    dialog = _dialog(qtbot, desk, clerk)
    _type(dialog, "manager", PASSWORD)
    dialog.refuse_button.click()
    assert "Say why" in dialog.findChild(QLabel, "message").text()
    _type(dialog, "manager", PASSWORD, "档案不外借")
    dialog.refuse_button.click()
    assert dialog.result_info is not None and dialog.result_info.status == ApprovalStatus.REFUSED


def test_countersign_opens_the_dialog_and_returns_the_decision(qtbot: QtBot, desk: Desk, clerk: Actor) -> None:
    asked = _request(desk, clerk)

    def sign() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CountersignDialog)
        _type(dialog, "manager", PASSWORD)
        dialog.approve_button.click()

    QTimer.singleShot(0, sign)
    decided = countersign(None, desk, asked)
    assert decided is not None and decided.status == ApprovalStatus.APPROVED


def test_a_refusal_shown_does_not_move_the_buttons(qtbot: QtBot, desk: Desk, clerk: Actor) -> None:
    """Issue 13: the room for the message is kept from the start, so the Approve button stays under the mouse."""
    dialog = _dialog(qtbot, desk, clerk)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = (dialog.approve_button.mapTo(dialog, dialog.approve_button.rect().topLeft()), dialog.height())
    _type(dialog, "manager", "wrong-password")
    dialog.approve_button.click()
    assert dialog.findChild(QLabel, "message").isVisible()
    QApplication.processEvents()
    assert (dialog.approve_button.mapTo(dialog, dialog.approve_button.rect().topLeft()), dialog.height()) == before
