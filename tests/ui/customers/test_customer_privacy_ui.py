"""A person's ID number and the contacts' mobiles in the window, as each role may see them (R16)."""

from __future__ import annotations

import re
import subprocess
from dataclasses import fields
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.customers import CustomerInput, read_customer, update_customer
from app.desk import Actor, Desk
from app.people import log_in
from db.models import Change
from tests.conftest import PASSWORD, fixed_clock
from tests.ui.archive.test_archive_ui import wait_preview
from tests.ui.dossier.test_dossier import open_dossier
from ui.customers.customer_dialog import CustomerDialog
from ui.dossier import DossierPage
from ui.main_window import MainWindow
from ui.printing import PrintPreviewDialog

pytestmark = pytest.mark.qt

ID = "110101199003071234"
MASKED = "110***********1234"


def make_person(desk: Desk, customer_id: int) -> None:
    """The manager records that this tenant is a person, 张伟, with an ID number."""
    manager = log_in(desk, "manager", PASSWORD)
    with desk.work(manager) as work:
        info = read_customer(work, customer_id)
        values = {f.name: getattr(info, f.name) for f in fields(CustomerInput)}
        update_customer(
            work,
            customer_id,
            CustomerInput(**(values | {"name": "张伟", "kind": "person", "id_code": ID})),
            expected_version=info.version,
        )


@pytest.fixture
def page(window: MainWindow, qtbot: QtBot, demo_desk: Desk) -> DossierPage:
    """A clerk's dossier window whose tenant is a person."""
    opened = open_dossier(window, qtbot)
    assert opened.view is not None
    make_person(demo_desk, opened.view.customer.id)
    qtbot.waitUntil(lambda: opened.view is not None and opened.view.customer.kind == "person")
    return opened


def reveals(desk: Desk) -> list[Change]:
    with desk.read(None) as work:
        return list(work.session.scalars(select(Change).where(Change.action == "reveal")))


def test_a_clerk_sees_the_id_number_masked_and_reveal_shows_it_with_an_audit_line(
    page: DossierPage, qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor
) -> None:
    assert page.customer_fields["id_code"].text() == MASKED  # the dossier's overview
    dialog = page.edit_customer()
    assert isinstance(dialog, CustomerDialog)
    qtbot.waitExposed(dialog)
    id_edit = dialog.edits["id_code"]
    assert id_edit.text() == MASKED
    assert dialog.reveal_button.isVisible()
    assert reveals(demo_desk) == []

    qtbot.mouseClick(dialog.reveal_button, Qt.MouseButton.LeftButton)
    assert id_edit.text() == ID
    assert not dialog.reveal_button.isVisible()
    (line,) = reveals(demo_desk)
    assert (line.user_id, line.entity, line.entity_id, line.dossier_id) == (
        demo_clerk.user_id,
        "customer",
        dialog.customer.id,
        page.dossier_id,
    )
    assert '"field": "id_code"' in line.details
    dialog.reject()
    page.sections.setCurrentIndex(DossierPage.HISTORY)  # the history is read when its tab is shown
    qtbot.waitUntil(lambda: page.history.rowCount() > 0 and page.history.row(0).action == "reveal")
    assert page.history.index(0, page.history.WHAT).data() == "Masked ID number revealed"
    assert page.history.index(0, page.history.DETAILS).data() == "Shown in full: ID number"


def test_saving_without_revealing_keeps_the_number_on_file(page: DossierPage, qtbot: QtBot, demo_desk: Desk) -> None:
    dialog = page.edit_customer()
    assert isinstance(dialog, CustomerDialog)
    qtbot.waitExposed(dialog)
    address = dialog.edits["address"]
    address.selectAll()
    qtbot.keyClicks(address, "1 Shennan Road, Futian")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    manager = log_in(demo_desk, "manager", PASSWORD)
    with demo_desk.read(manager) as work:
        assert read_customer(work, dialog.customer.id).id_code == ID


def test_stars_edited_by_hand_are_not_offered_for_saving(page: DossierPage, qtbot: QtBot) -> None:
    dialog = page.edit_customer()
    assert isinstance(dialog, CustomerDialog)
    qtbot.waitExposed(dialog)
    id_edit = dialog.edits["id_code"]
    id_edit.setFocus()
    qtbot.keyClick(id_edit, Qt.Key.Key_End)
    qtbot.keyClick(id_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(id_edit, "5")
    assert not dialog.save_button.isEnabled()
    assert "reveal it first" in dialog.errors["customer.id_code"].text()


@pytest.mark.parametrize(("login", "shown", "reveal"), [("supervisor", ID, False), ("admin", MASKED, False)])
def test_who_sees_what_in_the_form(
    demo_desk: Desk, demo_clerk: Actor, qtbot: QtBot, login: str, shown: str, reveal: bool
) -> None:
    """The supervisor sees the number (nothing to reveal); the administrator sees it masked and may not reveal."""
    customer_id = _a_customer(demo_desk, demo_clerk)
    make_person(demo_desk, customer_id)
    actor = log_in(demo_desk, login, PASSWORD)
    with demo_desk.read(actor) as work:
        dialog = CustomerDialog(demo_desk, actor, read_customer(work, customer_id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.edits["id_code"].text() == shown
    assert dialog.reveal_button.isVisible() is reveal


def _a_customer(desk: Desk, actor: Actor) -> int:
    from db.models import Customer

    with desk.read(actor) as work:
        return int(work.session.scalars(select(Customer.id).order_by(Customer.id)).first() or 0)


def test_no_reveal_on_a_file_open_read_only(demo_copy: Path, demo_desk: Desk, demo_clerk: Actor, qtbot: QtBot) -> None:
    """Revealing without recording it is not allowed: the form says why and the number stays masked."""
    customer_id = _a_customer(demo_desk, demo_clerk)
    make_person(demo_desk, customer_id)
    reader = Desk.open(demo_copy, clock=fixed_clock, read_only=True)
    try:
        with reader.read(demo_clerk) as work:
            dialog = CustomerDialog(reader, demo_clerk, read_customer(work, customer_id))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.mouseClick(dialog.reveal_button, Qt.MouseButton.LeftButton)
        assert dialog.edits["id_code"].text() == MASKED
        assert "read-only" in dialog.errors["customer.id_code"].text()
        assert dialog.errors["customer.id_code"].isVisible()
        assert not dialog.reveal_button.isEnabled()
        assert reveals(demo_desk) == []
    finally:
        reader.close()


def _pdf(preview: PrintPreviewDialog) -> str:
    out = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(preview.pdf), "-"], capture_output=True, text=True, check=True
    )
    return re.sub(r"\s+", "", out.stdout)


def test_a_clerks_printed_contact_list_masks_the_mobiles_the_window_shows(page: DossierPage, qtbot: QtBot) -> None:
    assert page.view is not None
    mobiles = [c.mobile for c in page.view.contacts if c.mobile]
    assert mobiles and all(re.fullmatch(r"1[3-9]\d{9}", m) for m in mobiles)
    on_screen = [page.contacts.index(r, page.contacts.MOBILE).data() for r in range(page.contacts.rowCount())]
    assert set(mobiles) <= set(on_screen)  # the clerk calls them from here

    page.contacts_printer.action.trigger()
    text = _pdf(wait_preview(qtbot, page.printouts))
    for mobile in mobiles:
        assert mobile not in text
        assert f"{mobile[:3]}****{mobile[-4:]}" in text
    page.printouts.preview.reject()

    card = page.print_emergency_card()  # the emergency card is for calling: it keeps the numbers
    assert card is not None
    emergency = [c.mobile for c in page.view.contacts if c.is_emergency and c.mobile]
    assert emergency and all(m in _pdf(card) for m in emergency)
    card.reject()
