"""The move-out dialog with deposits in the register (issue 15): their amounts and states instead of the three
buttons, the refund/retain dialog opened from it, and OK once every deposit is settled."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.desk import Actor, Desk
from app.dossier import dossiers
from app.fees.deposits import record_deposit
from tests.ui.fees.test_dossier_fees import opened
from tests.ui.tenancy.test_move_out import click_check
from ui.fees.deposit_dialog import DepositDecisionDialog
from ui.tenancy.move_out_dialog import MoveOutDialog

pytestmark = pytest.mark.qt


def a_live_dossier(desk: Desk) -> dossiers.DossierView:
    from app.building import buildings

    with desk.read(None) as work:
        cards = buildings.unit_cards(work)
        dossier_id = next(c.dossier_id for c in cards if c.dossier_id is not None and c.customer)
        return dossiers.read_dossier(work, dossier_id, documents=False)


def test_the_deposit_line_shows_the_register_and_is_settled_from_the_dialog(
    qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor, tmp_path: Path
) -> None:
    view = a_live_dossier(demo_desk)
    with demo_desk.work(demo_clerk) as work:
        record_deposit(work, view.tenancy_id, "key", 20_000, received_on=dt.date(2026, 1, 5))
    dialog = MoveOutDialog(demo_desk, demo_clerk, view.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.deposit_choice.isVisible() and not dialog.deposit_note_edit.isVisible()
    assert dialog.register_label.text() == "Key deposit 200.00: Received, still held 200.00"
    click_check(qtbot, dialog.keys_check)
    click_check(qtbot, dialog.cards_check)
    qtbot.keyClicks(dialog.electricity_edit, "100.5")
    qtbot.keyClicks(dialog.water_edit, "20")
    qtbot.keyClicks(dialog.forwarding_edit, "Mr Wang 13700000000")
    assert dialog.missing() == ["deposit"] and not dialog.ok_button.isEnabled()

    qtbot.mouseClick(dialog.decide_button, Qt.MouseButton.LeftButton)
    decision = opened(qtbot, dialog, DepositDecisionDialog)
    assert isinstance(decision, DepositDecisionDialog)
    assert decision.refund_button.isChecked() and decision.amount_edit.text() == "200.00"
    qtbot.mouseClick(decision.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not decision.isVisible())

    qtbot.waitUntil(lambda: dialog.register_label.text() == "Key deposit 200.00: Refunded")
    assert not dialog.decide_button.isEnabled()
    assert dialog.missing() == [] and dialog.ok_button.isEnabled()
    assert dialog.checklist().deposit == "refunded"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with demo_desk.read(None) as work:
        assert dossiers.read_dossier(work, view.id).status == "departed"  # every unit given back
        assert dossiers.dossier_history(work, view.id)[0].action == "move_out"
