"""The dossier's Fees section at the desk (issue 15, R11): a payment against two chosen charges changes the ledger's
balance, the summary and the overdue line; a clerk retains part of a deposit with the manager's countersign; a
supervisor reverses a payment, which a clerk cannot."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from app.approvals import ApprovalKind, ApprovalStatus, approvals_for, decide
from app.building import buildings
from app.desk import Actor, Desk
from app.dossier import read_dossier
from app.fees.charging import generate_month
from app.fees.deposits import deposits_of, record_deposit
from app.fees.items import FeeItemDraft, save_fee_item, set_rate
from app.fees.payments import payments_of
from app.people.users import log_in
from tests.conftest import PASSWORD, fixed_clock
from ui.approvals import CountersignDialog
from ui.dossier.view import DossierPage
from ui.fees.deposit_dialog import DepositConsentDialog, DepositDecisionDialog
from ui.fees.dossier_dialogs import ChargeDialog, ChaseDialog, PaymentDialog, ReversePaymentDialog
from ui.fees.dossier_fees import FeesSection, LedgerModel
from ui.main_window import MainWindow
from ui.translations import format_date

pytestmark = pytest.mark.qt


@pytest.fixture
def desk(demo_copy: Path) -> Iterator[Desk]:
    desk = Desk.open(demo_copy, clock=fixed_clock)
    yield desk
    desk.close()


def actor(desk: Desk, login: str) -> Actor:
    return log_in(desk, login, PASSWORD)


@pytest.fixture
def tenancy(desk: Desk) -> tuple[int, int]:
    """(dossier id, tenancy id) of a live tenant charged 800.00 a month for April and May 2026 — both overdue on
    the fixed clock's day (2026-06-15) — with a fit-out deposit of 5,000.00."""
    manager = actor(desk, "manager")
    with desk.read(None) as work:
        building = buildings.list_buildings(work)[0]
        cards = buildings.unit_cards(work, building_id=building.id)
        dossier_id = next(c.dossier_id for c in cards if c.dossier_id is not None and c.customer)
        view = read_dossier(work, dossier_id, documents=False)
    with desk.work(manager) as work:
        item = save_fee_item(
            work, FeeItemDraft(name="管理费", basis="fixed", building_id=building.id, billing_day=1, due_days=15)
        )
        set_rate(work, item.id, dt.date(2020, 1, 1), "800.00")
    for month in ("2026-04", "2026-05"):
        with desk.work(manager) as work:
            generate_month(work, month, building.id)
    with desk.work(manager) as work:
        record_deposit(work, view.tenancy_id, "fit_out", 500_000, received_on=dt.date(2026, 1, 5), receipt_no="YJ-1")
    return dossier_id, view.tenancy_id


def open_fees(
    qtbot: QtBot, desk: Desk, who: Actor, dossier_id: int, settings: QSettings
) -> tuple[MainWindow, FeesSection]:
    window = MainWindow(desk, who, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.open_dossier(dossier_id)
    assert isinstance(page, DossierPage)
    page.sections.setCurrentIndex(DossierPage.FEES)  # as a click on the tab does
    assert page.sections.tabText(DossierPage.FEES).replace("&", "") == "Fees"
    section = page.fees_section
    assert section is not None and section.isVisible()
    return window, section


def click(qtbot: QtBot, section: FeesSection, name: str) -> None:
    button = section.findChild(QWidget, name)
    assert button is not None and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def opened(qtbot: QtBot, parent: QWidget, kind: type) -> object:
    qtbot.waitUntil(lambda: any(w.isVisible() for w in parent.findChildren(kind)))
    return next(w for w in parent.findChildren(kind) if w.isVisible())


def balance_shown(section: FeesSection) -> str:
    model = section.ledger_model
    return model.index(model.rowCount() - 1, LedgerModel.BALANCE).data()


def test_a_payment_against_two_chosen_charges_updates_ledger_summary_and_overdue(
    qtbot: QtBot, desk: Desk, tenancy: tuple[int, int], settings: QSettings
) -> None:
    dossier_id, tenancy_id = tenancy
    _window, section = open_fees(qtbot, desk, actor(desk, "clerk"), dossier_id, settings)
    assert balance_shown(section) == "1,600.00"
    assert "1,600.00 owing" in section.summary.text() and "deposits held 5,000.00" in section.summary.text()
    assert section.overdue_label.isVisible() and "Overdue 1,600.00" in section.overdue_label.text()
    worked_out = section.ledger_model.index(0, LedgerModel.WORKED_OUT).data()
    assert worked_out == "800.00 a month"  # a fixed monthly fee for a whole month: the rate itself
    assert section.ledger_table.verticalScrollBar().value() == section.ledger_table.verticalScrollBar().maximum()

    click(qtbot, section, "record-payment")
    dialog = opened(qtbot, section, PaymentDialog)
    assert isinstance(dialog, PaymentDialog)
    assert dialog.oldest_button.isChecked() and dialog.receipt_edit.placeholderText() == "SK2026-000001"
    assert dialog.charges_list.count() == 2
    for row in range(2):  # tick both charges with the mouse
        item = dialog.charges_list.item(row)
        rect = dialog.charges_list.visualItemRect(item)
        check = rect.adjusted(0, 0, -(rect.width() - rect.height()), 0).center()
        qtbot.mouseClick(dialog.charges_list.viewport(), Qt.MouseButton.LeftButton, pos=check)
    assert dialog.chosen_button.isChecked() and len(dialog.chosen_ids()) == 2
    assert dialog.amount_edit.text() == "1600.00"  # the ticked charges' sum
    dialog.amount_edit.clear()
    qtbot.keyClicks(dialog.amount_edit, "1700")
    assert "100.00 stays as the tenant's credit" in dialog.outcome_label.text()
    dialog.payer_edit.setText("王会计")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    qtbot.waitUntil(lambda: balance_shown(section) == "-100.00")  # refreshed by the change of this tenancy's money
    assert "100.00 in credit" in section.summary.text()
    assert not section.overdue_label.isVisible()
    with desk.read(None) as work:
        (payment,) = payments_of(work, tenancy_id)
    assert payment.receipt_no == "SK2026-000001" and payment.payer == "王会计"
    assert sorted(a.amount_fen for a in payment.allocations) == [80_000, 80_000]


def manager_signs(note: str = "同意扣留") -> None:
    """The manager, at the clerk's desk, signs in the countersign dialog that is about to open."""

    def sign() -> None:
        signing = QApplication.activeModalWidget()
        assert isinstance(signing, CountersignDialog)
        signing.findChild(QLineEdit, "login").setText("manager")
        signing.findChild(QLineEdit, "password").setText(PASSWORD)
        signing.findChild(QPlainTextEdit, "note").setPlainText(note)
        signing.approve_button.click()

    QTimer.singleShot(0, sign)


def test_a_clerk_retains_part_of_a_deposit_with_the_managers_countersign(
    qtbot: QtBot, desk: Desk, tenancy: tuple[int, int], settings: QSettings
) -> None:
    dossier_id, tenancy_id = tenancy
    _window, section = open_fees(qtbot, desk, actor(desk, "clerk"), dossier_id, settings)
    section.deposits_table.selectRow(0)
    click(qtbot, section, "refund-retain-deposit")
    dialog = opened(qtbot, section, DepositDecisionDialog)
    assert isinstance(dialog, DepositDecisionDialog)
    assert dialog.amount_edit.text() == "5000.00"  # all that is still held
    qtbot.mouseClick(dialog.retain_button, Qt.MouseButton.LeftButton)
    assert not dialog.save_button.isEnabled()  # a retention says why
    dialog.amount_edit.setText("800")
    dialog.reason_edit.insertPlainText("墙面损坏修复")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    consent = opened(qtbot, dialog, DepositConsentDialog)
    assert isinstance(consent, DepositConsentDialog)
    assert "department manager's approval" in consent.findChild(QWidget, "why").text()
    manager_signs()
    qtbot.mouseClick(consent.ask_now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    with desk.read(None) as work:
        (deposit,) = deposits_of(work, tenancy_id)
        (approval,) = approvals_for(work, "deposit", deposit.id)
    assert (deposit.retained_fen, deposit.undecided_fen, deposit.state) == (80_000, 420_000, "partly_retained")
    assert deposit.moves[0].reason == "墙面损坏修复" and deposit.moves[0].approval_id == approval.id
    assert (approval.kind, approval.status) == (ApprovalKind.DEPOSIT, ApprovalStatus.USED)
    model = section.deposits_model
    qtbot.waitUntil(lambda: model.index(0, model.RETAINED).data() == "800.00")
    assert model.index(0, model.HELD).data() == "4,200.00"
    assert "墙面损坏修复" in model.index(0, model.KIND).data(Qt.ItemDataRole.ToolTipRole)
    assert "deposits held 4,200.00" in section.summary.text()


def test_a_supervisor_reverses_a_payment_and_a_clerk_cannot(
    qtbot: QtBot, desk: Desk, tenancy: tuple[int, int], settings: QSettings
) -> None:
    dossier_id, tenancy_id = tenancy
    from app.fees.payments import record_payment

    with desk.work(actor(desk, "clerk")) as work:
        record_payment(work, tenancy_id, 80_000, paid_on=dt.date(2026, 6, 1), method="cash")
    _window, clerks = open_fees(qtbot, desk, actor(desk, "clerk"), dossier_id, settings)
    last = clerks.ledger_model.rowCount() - 1
    clerks.ledger_table.selectRow(last)
    assert clerks.selected_payment() is not None
    assert not clerks.reverse_action.isEnabled() and not clerks.findChild(QWidget, "reverse-payment").isEnabled()
    assert clerks.payment_action.isEnabled()

    _window, section = open_fees(qtbot, desk, actor(desk, "supervisor"), dossier_id, settings)
    assert balance_shown(section) == "800.00"
    section.ledger_table.selectRow(section.ledger_model.rowCount() - 1)
    click(qtbot, section, "reverse-payment")
    dialog = opened(qtbot, section, ReversePaymentDialog)
    assert isinstance(dialog, ReversePaymentDialog)
    assert not dialog.save_button.isEnabled()
    dialog.reason_edit.insertPlainText("金额录错")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: balance_shown(section) == "1,600.00")
    entry = section.ledger_model.index(section.ledger_model.rowCount() - 1, LedgerModel.ENTRY).data()
    assert entry == "Reversal"
    with desk.read(None) as work:
        reversal = payments_of(work, tenancy_id)[-1]
    assert reversal.amount_fen == -80_000 and reversal.note == "金额录错"
    section.ledger_table.selectRow(section.ledger_model.rowCount() - 2)  # the payment, reversed now: once only
    assert not section.reverse_action.isEnabled()


def test_a_one_off_charge_by_quantity_and_rate_and_a_chase_are_added_from_the_tab(
    qtbot: QtBot, desk: Desk, tenancy: tuple[int, int], settings: QSettings
) -> None:
    dossier_id, _tenancy_id = tenancy
    with desk.work(actor(desk, "manager")) as work:
        save_fee_item(work, FeeItemDraft(name="加班空调费", basis="one_off", due_days=10))
    _window, section = open_fees(qtbot, desk, actor(desk, "clerk"), dossier_id, settings)
    click(qtbot, section, "add-charge")
    dialog = opened(qtbot, section, ChargeDialog)
    assert isinstance(dialog, ChargeDialog) and dialog.item_combo.currentText() == "加班空调费"
    qtbot.mouseClick(dialog.by_quantity, Qt.MouseButton.LeftButton)
    assert not dialog.amount_edit.isEnabled()
    qtbot.keyClicks(dialog.quantity_edit, "3")
    qtbot.keyClicks(dialog.rate_edit, "150.005")
    assert dialog.note.text() == "Comes to 450.02."  # 450.015 rounded half up to the fen
    dialog.description_edit.insert("加班空调")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: balance_shown(section) == "2,050.02")
    last = section.ledger_model.rowCount() - 1
    assert section.ledger_model.index(last, LedgerModel.ENTRY).data() == "One-off charge"
    assert section.ledger_model.index(last, LedgerModel.WORKED_OUT).data() == "加班空调 (3 × 150.005)"

    click(qtbot, section, "log-chase")
    chase = opened(qtbot, section, ChaseDialog)
    assert isinstance(chase, ChaseDialog)
    chase.method_combo.setCurrentIndex(chase.method_combo.findData("visit"))
    chase.contact_edit.insert("王会计")
    chase.outcome_edit.insertPlainText("答应月底付清")
    qtbot.mouseClick(chase.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not chase.isVisible())
    qtbot.waitUntil(lambda: section.chases_model.rowCount() == 1)
    row = [section.chases_model.index(0, c).data() for c in range(section.chases_model.columnCount())]
    assert row[1:4] == ["Visit", "王会计", "答应月底付清"] and row[4] == format_date(dt.date(2026, 6, 22))


def test_a_retention_sent_for_approval_waits_and_goes_through_once_the_manager_approved(
    qtbot: QtBot, desk: Desk, tenancy: tuple[int, int], settings: QSettings, told: list[str]
) -> None:
    dossier_id, tenancy_id = tenancy
    _window, section = open_fees(qtbot, desk, actor(desk, "clerk"), dossier_id, settings)

    def retain() -> DepositDecisionDialog:
        click(qtbot, section, "refund-retain-deposit")
        dialog = opened(qtbot, section, DepositDecisionDialog)
        assert isinstance(dialog, DepositDecisionDialog)
        qtbot.mouseClick(dialog.retain_button, Qt.MouseButton.LeftButton)
        dialog.amount_edit.setText("5000")
        dialog.reason_edit.insertPlainText("欠费抵扣")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog

    dialog = retain()
    consent = opened(qtbot, dialog, DepositConsentDialog)
    assert isinstance(consent, DepositConsentDialog)
    qtbot.mouseClick(consent.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.outcome == "sent" and told == [
        "The retention waits in the department manager's list; it can be made once it is approved."
    ]
    with desk.read(None) as work:
        (deposit,) = deposits_of(work, tenancy_id)
        (request,) = approvals_for(work, "deposit", deposit.id)
    assert deposit.undecided_fen == 500_000 and request.status is ApprovalStatus.PENDING
    assert request.dossier_id == dossier_id and "欠费抵扣" in request.summary

    with desk.work(actor(desk, "manager")) as work:  # at the manager's own desk, from the list
        decide(work, request.id, approve=True, note="同意", expected_version=request.version)
    dialog = retain()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.outcome == "done"
    with desk.read(None) as work:
        (deposit,) = deposits_of(work, tenancy_id)
    assert (deposit.retained_fen, deposit.state) == (500_000, "retained")
    qtbot.waitUntil(lambda: not section.decide_action.isEnabled())  # nothing held any more
