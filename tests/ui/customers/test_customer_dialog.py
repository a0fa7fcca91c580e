"""The customer form on two desks at once: a change saved meanwhile elsewhere is never undone without a word."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.customers import CustomerInfo, CustomerInput, read_customer, update_customer
from app.desk import Actor, Desk
from app.people import log_in
from tests.conftest import PASSWORD, fixed_clock
from tests.ui.dossier.test_dossier import open_dossier
from ui.customers.customer_dialog import CustomerDialog
from ui.form_dialog import GENERAL
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt


@pytest.fixture
def other_desk(demo_copy: Path, demo_desk: Desk) -> Iterator[Desk]:
    """A second desk (another PC's window) on the very file the window has open."""
    desk = Desk.open(demo_copy, clock=fixed_clock)
    yield desk
    desk.close()


def save_elsewhere(desk: Desk, customer_id: int, **changes: str) -> CustomerInfo:
    """The other desk opens the customer, changes ``changes`` and saves."""
    actor = log_in(desk, "manager", PASSWORD)
    with desk.work(actor) as work:
        theirs = read_customer(work, customer_id)
        values = {f.name: getattr(theirs, f.name) for f in fields(CustomerInput)}
        return update_customer(work, customer_id, CustomerInput(**(values | changes)), expected_version=theirs.version)


def open_customer_form(window: MainWindow, qtbot: QtBot) -> CustomerDialog:
    page = open_dossier(window, qtbot)
    dialog = page.edit_customer()
    assert isinstance(dialog, CustomerDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_the_lost_update_is_refused_reloaded_and_saved_with_both_changes(
    window: MainWindow, qtbot: QtBot, demo_clerk: Actor, other_desk: Desk
) -> None:
    dialog = open_customer_form(window, qtbot)
    customer_id = dialog.customer.id
    save_elsewhere(other_desk, customer_id, phone="0755-8888 1234")  # desk 2 changes the phone

    email = dialog.edits["email"]  # desk 1, on its form read before, types a new e-mail
    email.selectAll()
    qtbot.keyClicks(email, "office@example.cn")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    message = dialog.errors[GENERAL]
    assert dialog.isVisible() and dialog.result_value is None  # refused: nothing saved, the form stays
    assert message.isVisible() and "was changed meanwhile by someone else" in message.text()
    assert "check it and save again" in message.text()
    assert dialog.edits["phone"].text() == "0755-8888 1234"  # reloaded: desk 2's phone shown
    assert email.text() == "office@example.cn"  # the e-mail typed here kept
    with other_desk.read(None) as work:
        assert read_customer(work, customer_id).email != "office@example.cn"  # not written

    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with other_desk.read(None) as work:
        now = read_customer(work, customer_id)
    assert (now.phone, now.email) == ("0755-8888 1234", "office@example.cn")  # both changes, nothing lost


def test_a_field_changed_on_both_desks_keeps_this_entry_and_says_what_the_other_saved(
    window: MainWindow, qtbot: QtBot, other_desk: Desk
) -> None:
    dialog = open_customer_form(window, qtbot)
    save_elsewhere(other_desk, dialog.customer.id, phone="0755-1111", address="深南大道 1 号")
    phone = dialog.edits["phone"]
    phone.selectAll()
    qtbot.keyClicks(phone, "0755-2222")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert phone.text() == "0755-2222"
    note = dialog.errors["customer.phone"]
    assert note.isVisible() and "0755-1111" in note.text() and "your entry is kept" in note.text()
    assert dialog.edits["address"].text() == "深南大道 1 号"
    assert not dialog.errors["customer.address"].isVisible()
    qtbot.keyClicks(phone, "3")  # editing the field clears its note
    assert not note.isVisible()
    dialog.reject()
