"""A destruction list (R15) is approved only with its number typed, in the manager's list of requests waiting as in
the countersign; other requests need no such step."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from app import archive
from app.approvals import ApprovalKind, ApprovalStatus, approval, request_approval
from app.desk import Desk
from app.people.users import log_in
from tests.conftest import PASSWORD
from ui.approvals import ApprovalsWaitingWindow

pytestmark = pytest.mark.qt


def test_the_waiting_list_asks_for_the_list_number(qtbot: QtBot, demo_desk: Desk) -> None:
    supervisor = log_in(demo_desk, "supervisor", PASSWORD)
    manager = log_in(demo_desk, "manager", PASSWORD)
    with demo_desk.work(supervisor) as work:
        due = archive.due_for_appraisal(work, dt.date(2070, 1, 1)).dossiers
        made = archive.propose_destruction(work, dt.date(2070, 1, 1), [archive.Proposal(due[0].dossier_id)], "期满")
        loan = request_approval(work, ApprovalKind.LOAN, "loan", 999, dossier_id=None, summary="借阅")
    window = ApprovalsWaitingWindow(demo_desk, manager)
    qtbot.addWidget(window)
    window.show()
    window.select(loan.id)
    assert not window.confirmation_edit.isVisible()  # a loan: a click approves
    assert made.approval_id is not None
    window.select(made.approval_id)
    assert window.confirmation_edit.isVisible() and made.number in window.confirmation_label.text()
    assert window.decide(approve=True) is None
    assert window.error.isVisible() and made.number in window.error.text()
    window.confirmation_edit.setText("2026-XH-99")
    assert window.decide(approve=True) is None
    window.confirmation_edit.setText(made.number)
    decided = window.decide(approve=True)
    assert decided is not None and decided.status is ApprovalStatus.APPROVED
    with demo_desk.read(None) as work:
        assert approval(work, made.approval_id).status is ApprovalStatus.APPROVED
