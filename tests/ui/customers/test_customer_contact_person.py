"""The customer form's 联系人 (contact person, issue 17): typed beside the phone, saved, shown on the dossier."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.customers import read_customer
from app.desk import Desk
from tests.ui.customers.test_customer_dialog import open_customer_form
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt


def test_the_contact_person_is_typed_beside_the_phone_saved_and_shown_on_the_dossier(
    window: MainWindow, qtbot: QtBot, demo_desk: Desk
) -> None:
    dialog = open_customer_form(window, qtbot)
    customer_id = dialog.customer.id
    edit = dialog.edits["contact_person"]
    inputs = sorted(dialog.edits, key=lambda key: dialog.form.getWidgetPosition(dialog.edits[key])[0])
    assert inputs.index("phone") == inputs.index("contact_person") + 1  # whom to ask for, then the number to call
    caption = dialog.form.labelForField(edit)
    assert isinstance(caption, QLabel) and caption.text() == "Con&tact person:"
    edit.selectAll()
    edit.insert(" 王经理 ")  # as the input method delivers Chinese (QTest cannot type it key by key)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with demo_desk.read(None) as work:
        assert read_customer(work, customer_id).contact_person == "王经理"  # trimmed, as every name is

    shown = window.findChildren(QLabel, "customer-contact_person")  # the open dossier's overview
    assert len(shown) == 1
    qtbot.waitUntil(lambda: shown[0].text() == "王经理")

    again = open_customer_form(window, qtbot)
    assert again.edits["contact_person"].text() == "王经理"
    again.reject()
