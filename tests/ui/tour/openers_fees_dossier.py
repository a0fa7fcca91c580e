"""The dossier's Fees section's dialogs (issue 15) — payment, reversal, one-off charge, deposit, refund/retain with
the manager's consent, chase — each opened from the Fees tab of a live dossier, the way the clerk opens it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from app.fees.deposits import record_deposit
from app.fees.items import FeeItemDraft, save_fee_item
from app.fees.payments import record_payment
from tests.ui.tour.registry import Tour, opens
from ui.dossier.view import DossierPage
from ui.fees.deposit_dialog import DepositConsentDialog, DepositDecisionDialog
from ui.fees.dossier_dialogs import ChargeDialog, ChaseDialog, DepositDialog, PaymentDialog, ReversePaymentDialog
from ui.fees.dossier_fees import FeesSection


def _shown(tour: Tour, dialog: QWidget | None) -> QWidget:
    assert dialog is not None
    tour.qtbot.addWidget(dialog)
    tour.qtbot.waitExposed(dialog)
    return dialog


def _fees(tour: Tour, login: str = "clerk") -> tuple[DossierPage, FeesSection]:
    """The main window with a live dossier open on its Fees tab."""
    page = tour.main(login).open_dossier(tour.dossier_id("live"))
    assert page is not None and page.view is not None
    page.sections.setCurrentIndex(DossierPage.FEES)
    assert page.fees_section is not None
    return page, page.fees_section


def _with_deposit(tour: Tour, section: FeesSection) -> None:
    with tour.desk.work(tour.actor()) as work:
        record_deposit(work, section.tenancy_id, "fit_out", 500_000, received_on=dt.date(2026, 1, 5))
    section.reload()
    section.deposits_table.selectRow(section.deposits_model.rowCount() - 1)


@opens(PaymentDialog)
def _payment(tour: Tour, cls: type[QWidget]) -> QWidget:
    return _shown(tour, _fees(tour)[1].record_payment())


@opens(ReversePaymentDialog)
def _reverse(tour: Tour, cls: type[QWidget]) -> QWidget:
    with tour.desk.work(tour.actor("supervisor")) as work:
        _page, section = _fees(tour, "supervisor")
        record_payment(work, section.tenancy_id, 80_000, paid_on=dt.date(2026, 6, 1), method="transfer")
    section.reload()
    section.ledger_table.selectRow(section.ledger_model.rowCount() - 1)
    return _shown(tour, section.reverse())


@opens(ChargeDialog)
def _charge(tour: Tour, cls: type[QWidget]) -> QWidget:
    with tour.desk.work(tour.actor("manager")) as work:
        save_fee_item(work, FeeItemDraft(name="加班空调费", basis="one_off"))
    return _shown(tour, _fees(tour)[1].add_charge())


@opens(DepositDialog)
def _deposit(tour: Tour, cls: type[QWidget]) -> QWidget:
    return _shown(tour, _fees(tour)[1].record_deposit())


@opens(DepositDecisionDialog)
def _decision(tour: Tour, cls: type[QWidget]) -> QWidget:
    _page, section = _fees(tour)
    _with_deposit(tour, section)
    return _shown(tour, section.decide_deposit())


@opens(DepositConsentDialog)
def _consent(tour: Tour, cls: type[QWidget]) -> QWidget:
    # A clerk retains part of a deposit: the app says the manager must approve, and the dialog asks how.
    _page, section = _fees(tour)
    _with_deposit(tour, section)
    decision = section.decide_deposit()
    tour.qtbot.waitExposed(decision)
    decision.retain_button.setChecked(True)
    decision.amount_edit.setText("800")
    decision.reason_edit.setPlainText("墙面损坏修复")
    decision.accept()
    return _shown(tour, decision.consent)


@opens(ChaseDialog)
def _chase(tour: Tour, cls: type[QWidget]) -> QWidget:
    return _shown(tour, _fees(tour)[1].log_chase())
