"""Loans in the window, clicked through (R8): request → the manager countersigns at the clerk's desk → hand out →
overdue (the clock moved on) → take back with 是否完好 = 否 and a note; the manager approves from the Approvals
waiting list; the badge on the card and in the dossier view; overdue loans told after log-in."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.approvals import decide, pending_approvals, withdraw
from app.building import unit_cards
from app.desk import Actor, Desk
from app.loans import LoanInfo, LoanState, hand_out, list_loans, request_loan, take_back
from app.people.users import log_in
from tests.conftest import NOW, PASSWORD
from ui import messages
from ui.approvals import ApprovalsWaitingWindow, CountersignDialog
from ui.building.floor_view import card_badges
from ui.loans import LoansWindow, TakeBackDialog
from ui.loans.menu import LoansMenu
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt


def _occupied(desk: Desk, actor: Actor, count: int = 1) -> list[tuple[int, str]]:
    with desk.read(actor) as work:
        cards = [c for c in unit_cards(work) if c.dossier_id is not None and c.customer]
    return [(c.dossier_id, f"{c.dossier_number} {c.customer}") for c in cards[:count]]  # type: ignore[misc]


def _mine(window: LoansWindow, loan_id: int) -> list[LoanInfo]:
    """This test's loan among the rows (the demo lent a few dossiers of its own)."""
    return [r for r in window.rows() if r.id == loan_id]


def _row_of(window: LoansWindow, loan_id: int) -> int:
    return next(i for i, r in enumerate(window.rows()) if r.id == loan_id)


def _withdraw_the_demos_requests(desk: Desk) -> None:
    """The demo leaves requests waiting for the manager; this test's list is to show only its own."""
    manager = log_in(desk, "manager", PASSWORD)
    with desk.work(manager) as work:
        for waiting in pending_approvals(work):
            withdraw(work, waiting.id)


def _later(desk: Desk, days: int) -> None:
    moment = NOW + dt.timedelta(days=days)
    desk.clock = lambda: moment


def _sign_when_asked(qtbot: QtBot, note: str = "同意，限室内") -> list[bool]:
    """The manager at the clerk's desk: fills in the countersign dialog as soon as it opens."""
    signed: list[bool] = []

    def sign() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CountersignDialog):
            QTimer.singleShot(20, sign)
            return
        dialog.findChild(QLineEdit, "login").setText("manager")
        dialog.findChild(QLineEdit, "password").setText(PASSWORD)
        dialog.findChild(QPlainTextEdit, "note").setPlainText(note)
        dialog.approve_button.click()
        signed.append(True)

    QTimer.singleShot(0, sign)
    return signed


def test_a_loan_end_to_end_in_the_window(
    qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor, told: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask", lambda _parent, text, _yes, _on_yes: asked.append(text))
    window = LoansWindow(demo_desk, demo_clerk)
    qtbot.addWidget(window)
    window.show()
    (chosen,) = _occupied(demo_desk, demo_clerk)

    # The clerk fills in the request: same day and in the office only unless changed.
    dialog = window.new_loan([chosen])
    assert dialog.dossier_ids() == [chosen[0]]
    assert dialog.in_office_check.isChecked() and dialog.expected_return() == NOW.date()
    dialog.ask_button.click()
    assert dialog.isVisible() and "Borrower must not be empty" in dialog.error.text()
    dialog.borrower_edit.setText("林芳")
    dialog.department_edit.setText("工程部")
    dialog.purpose_edit.setText("核对装修图纸")
    dialog.return_edit.setDate(dialog.return_edit.date().addDays(1))
    dialog.ask_button.click()
    assert not dialog.isVisible() and dialog.loan is not None
    loan_id = dialog.loan.id
    # The desk offers the manager's signature now; otherwise it waits in the manager's list.
    assert asked and "waits for the department manager's approval" in asked[0]
    assert [r.state for r in _mine(window, loan_id)] == [LoanState.REQUESTED]
    assert window.sign_button.isEnabled() and not window.hand_out_button.isEnabled()

    signed = _sign_when_asked(qtbot)
    assert window.sign_now(loan_id)
    assert signed == [True]
    assert window.selected() is not None and window.selected().state == LoanState.APPROVED  # type: ignore[union-attr]
    manager = log_in(demo_desk, "manager", PASSWORD)
    assert window.selected().approved_by == manager.display_name  # type: ignore[union-attr]

    window.hand_out_button.click()
    (row,) = _mine(window, loan_id)
    assert row.state == LoanState.OUT and not row.overdue
    assert window.take_back_button.isEnabled()

    # Two days later it is overdue: highlighted in the list and counted above it.
    _later(demo_desk, 2)
    window.refresh()
    (row,) = _mine(window, loan_id)
    assert row.overdue
    assert "2 overdue" in window.summary.text()  # the demo's own overdue loan, and this one
    index = window.model.index(_row_of(window, loan_id), 1)
    assert window.model.data(index, 9) is not None  # Qt.ForegroundRole: the overdue colour
    window.filter_combo.setCurrentIndex(LoansWindow.OVERDUE)
    assert loan_id in [r.id for r in window.rows()] and all(r.overdue for r in window.rows())

    window.select(loan_id)
    taking = window.take_back()
    assert isinstance(taking, TakeBackDialog)
    taking.incomplete_radio.click()
    taking.ok_button.click()
    assert taking.isVisible() and "what was missing" in taking.error.text()
    taking.missing_edit.setPlainText("缺第3页装修图")
    taking.ok_button.click()
    assert not taking.isVisible()
    window.filter_combo.setCurrentIndex(LoansWindow.ALL)
    (row,) = _mine(window, loan_id)
    assert row.state == LoanState.RETURNED and row.complete is False and row.missing_note == "缺第3页装修图"
    assert "缺第3页装修图" in window.model.data(window.model.index(_row_of(window, loan_id), 10))  # type: ignore[operator]
    assert told == []


def test_the_manager_approves_from_the_approvals_waiting_list(qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor) -> None:
    _withdraw_the_demos_requests(demo_desk)
    (chosen,) = _occupied(demo_desk, demo_clerk)
    with demo_desk.work(demo_clerk) as work:
        loan = request_loan(work, [chosen[0]], "林芳", "工程部", "核对装修图纸")
    manager = log_in(demo_desk, "manager", PASSWORD)
    waiting = ApprovalsWaitingWindow(demo_desk, manager)
    qtbot.addWidget(waiting)
    waiting.show()
    (request,) = waiting.rows()
    assert request.id == loan.approval_id and "林芳" in request.summary
    assert waiting.model.data(waiting.model.index(0, 1)) == "Dossier loan"
    # A refusal needs a note; an approval does not.
    waiting.refuse_button.click()
    assert "Say why" in waiting.error.text()
    waiting.approve_button.click()
    assert waiting.rows() == [] and "Nothing is waiting" in waiting.summary.text()
    with demo_desk.read(demo_clerk) as work:
        approved = next(x for x in list_loans(work) if x.id == loan.id)
    assert approved.state == LoanState.APPROVED and approved.approved_by == manager.display_name

    clerk_view = ApprovalsWaitingWindow(demo_desk, demo_clerk)
    qtbot.addWidget(clerk_view)
    assert not clerk_view.approve_button.isEnabled()


def test_the_card_and_the_dossier_view_show_who_has_the_dossier(
    qtbot: QtBot, window: MainWindow, demo_desk: Desk, demo_clerk: Actor, told: list[str]
) -> None:
    manager = log_in(demo_desk, "manager", PASSWORD)
    (chosen,) = _occupied(demo_desk, demo_clerk)
    with demo_desk.work(demo_clerk) as work:
        loan = request_loan(work, [chosen[0]], "林芳", "工程部", "核对装修图纸")
    with demo_desk.work(manager) as work:
        decide(work, loan.approval_id or 0, approve=True)
    with demo_desk.work(demo_clerk) as work:
        hand_out(work, loan.id)
    with demo_desk.read(demo_clerk) as work:
        (card,) = [c for c in unit_cards(work) if c.dossier_id == chosen[0]]
    assert card.lent_to == "林芳" and card.lent_since == NOW.date()
    lent = [b for b in card_badges(card) if b.kind == "lent"]
    assert lent and lent[0].tooltip == "Lent: 林芳 since 06-15"
    page = window.open_dossier(chosen[0])
    badge = page.loan_badge  # type: ignore[attr-defined]
    assert badge.isVisible() and badge.text() == "Lent: 林芳 since 06-15"


@pytest.mark.overdue_notice
def test_overdue_loans_are_told_after_log_in_only_if_there_are_any(
    qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor, told: list[str], settings: QSettings
) -> None:
    # The demo lent a dossier to 陈静 that is overdue: the window says so once it is shown.
    window = MainWindow(demo_desk, demo_clerk, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: len(told) == 1)
    assert "1 loan(s) overdue" in told[0] and "陈静" in told[0]
    part = next(p for p in window.parts if isinstance(p, LoansMenu))  # type: ignore[attr-defined]

    # Once it is back, nothing is said.
    with demo_desk.read(demo_clerk) as work:
        (late,) = list_loans(work, overdue_only=True)
    with demo_desk.work(demo_clerk) as work:
        take_back(work, late.id, complete=True)
    assert part.tell_overdue() is None and len(told) == 1

    manager = log_in(demo_desk, "manager", PASSWORD)
    (chosen,) = _occupied(demo_desk, demo_clerk)
    with demo_desk.work(demo_clerk) as work:
        loan = request_loan(work, [chosen[0]], "林芳", "工程部", "核对装修图纸")
    with demo_desk.work(manager) as work:
        decide(work, loan.approval_id or 0, approve=True)
    with demo_desk.work(demo_clerk) as work:
        hand_out(work, loan.id)
    _later(demo_desk, 3)
    part.tell_overdue()
    assert len(told) == 2 and "1 loan(s) overdue" in told[1] and "林芳" in told[1]
    # The Loans window is in Tools, and Approvals waiting is greyed out for a clerk.
    assert part.loans_action.isEnabled() and not part.waiting_action.isEnabled()
    shown = part.show_loans()
    shown.filter_combo.setCurrentIndex(LoansWindow.OVERDUE)
    assert [r.id for r in shown.rows()] == [loan.id] and shown.rows()[0].overdue


def test_an_approved_loan_nobody_collects_is_withdrawn_after_confirming(
    qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    (chosen,) = _occupied(demo_desk, demo_clerk)
    with demo_desk.work(demo_clerk) as work:
        loan = request_loan(work, [chosen[0]], "林芳", "工程部", "核对图纸")
    manager = log_in(demo_desk, "manager", PASSWORD)
    with demo_desk.work(manager) as work:
        decide(work, loan.approval_id or 0, approve=True)
    asked: list[tuple[str, object]] = []
    monkeypatch.setattr(messages, "ask", lambda _parent, text, _yes, on_yes: asked.append((text, on_yes)))
    window = LoansWindow(demo_desk, demo_clerk)
    qtbot.addWidget(window)
    window.show()
    window.select(loan.id)
    assert window.withdraw_button.isEnabled() and window.hand_out_button.isEnabled()
    window.withdraw_button.click()
    ((text, confirm),) = asked
    assert "林芳" in text and _mine(window, loan.id)[0].state == LoanState.APPROVED  # nothing before confirming
    confirm()  # type: ignore[operator]
    (row,) = [r for r in window.rows() if r.id == loan.id]
    assert row.state == LoanState.WITHDRAWN
    assert not window.withdraw_button.isEnabled() and not window.hand_out_button.isEnabled()
    with demo_desk.work(demo_clerk) as work:  # the dossier may be asked for again
        request_loan(work, [chosen[0]], "王强", "财务部", "查合同")
