"""Staff changes at the desk (issue 20): a clerk adds a customer's person from the unit card's Staff…, links the
access card filled in on form 31313, sets the day they left — the card appears on Tools ▸ Cards and keys to
recover — and marks it returned: it leaves the list, and the card's form says 收回."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from app.building import buildings
from app.desk import Actor, Desk
from app.forms import FormInput, read_form, record_form
from app.people.users import log_in
from tests.conftest import PASSWORD
from ui.main_window import MainWindow
from ui.staff import PersonDialog, StaffMenu, StaffWindow, ToRecoverList

pytestmark = pytest.mark.qt


def _tenant(desk: Desk) -> tuple[int, str, int]:
    """(customer id, name, tenancy id) of a live tenant."""
    with desk.read(None) as work:
        building = buildings.list_buildings(work)[0]
        card = next(
            c for c in buildings.unit_cards(work, building_id=building.id) if c.customer_id and c.status == "occupied"
        )
    assert card.customer_id is not None and card.tenancy_id is not None
    return card.customer_id, card.customer or "", card.tenancy_id


def _click(qtbot: QtBot, window: object, name: str) -> None:
    button = window.findChild(QPushButton, name)  # type: ignore[attr-defined]
    assert button is not None and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _save(qtbot: QtBot, dialog: object) -> None:
    save = dialog.save_button  # type: ignore[attr-defined]
    assert save.isEnabled()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())  # type: ignore[attr-defined]


def test_a_leaving_persons_card_is_to_recover_until_returned(
    qtbot: QtBot, window: MainWindow, demo_desk: Desk, demo_clerk: Actor
) -> None:
    customer_id, customer, tenancy_id = _tenant(demo_desk)
    with demo_desk.work(demo_clerk) as work:
        values = {"card_no": "MJ-7001", "holder": "陈晓", "issued_on": "2026-03-01", "state": "in_use"}
        card = record_form(work, FormInput("qms-pm-31313", dt.date(2026, 3, 1), values, tenancy_id=tenancy_id)).id

    staff = window.part(StaffMenu).show_staff(customer_id, customer)
    assert isinstance(staff, StaffWindow)
    qtbot.waitExposed(staff)
    _click(qtbot, staff, "add-person")
    person = staff.dialog
    assert isinstance(person, PersonDialog)
    person.findChild(QLineEdit, "staff.name").setText("陈晓")  # as an input method commits it
    person.findChild(QLineEdit, "staff.department").setText("市场部")
    _save(qtbot, person)
    (row,) = [n for n in range(staff.people.rowCount()) if staff.people.row(n).name == "陈晓"]
    staff.people_table.selectRow(row)

    _click(qtbot, staff, "link-item")
    link = staff.dialog
    box = link.findChild(QComboBox, "staff.item")
    box.setCurrentIndex(box.findData(card))
    assert "MJ-7001" in box.currentText()
    _save(qtbot, link)
    assert [staff.items.cell(i, 1) for i in staff.items.rows()] == ["MJ-7001"]

    _click(qtbot, staff, "edit-person")
    edit = staff.dialog
    edit.findChild(QDateEdit, "staff.left_on").setDate(QDate(2026, 6, 10))
    leaving = edit.findChild(QComboBox, "staff.leaving")
    assert leaving.isEnabled()
    leaving.setCurrentIndex(leaving.findData("resigned"))
    _save(qtbot, edit)
    assert staff.current_person().left_on == dt.date(2026, 6, 10)
    assert staff.items.cell(staff.items.row(0), 2) == "To recover"

    recover = window.part(StaffMenu).show_to_recover()
    assert isinstance(recover, ToRecoverList)
    qtbot.waitExposed(recover)
    numbers = [recover.model.cell(r, 5) for r in recover.model.rows()]
    assert "MJ-7001" in numbers
    recover.table.selectRow(numbers.index("MJ-7001"))
    assert recover.model.cell(recover.current_row(), 1) == "陈晓"
    _click(qtbot, recover, "item-returned")
    returned = recover.dialog
    returned.findChild(QDateEdit, "staff.returned_on").setDate(QDate(2026, 6, 12))
    _save(qtbot, returned)
    assert "MJ-7001" not in [recover.model.cell(r, 5) for r in recover.model.rows()]
    qtbot.waitUntil(lambda: staff.items.cell(staff.items.row(0), 2) == "Returned")
    with demo_desk.read(demo_clerk) as work:
        assert read_form(work, card).values["state"] == "returned"


def test_the_administrator_may_not_add_staff(qtbot: QtBot, demo_desk: Desk, settings: object) -> None:
    admin = log_in(demo_desk, "admin", PASSWORD)
    customer_id, customer, _tenancy = _tenant(demo_desk)
    window = MainWindow(demo_desk, admin, settings)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    staff = window.part(StaffMenu).show_staff(customer_id, customer)
    assert staff is not None
    assert not staff.add_button.isEnabled()


def test_staff_from_the_unit_card_and_from_an_open_dossiers_tab(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.ui.tenancy.test_move_in import choose_from_menu
    from tests.ui.tenancy.test_move_out import occupied_dossier

    dossier_id = occupied_dossier(window, qtbot)
    grid = window.current_grid()
    assert grid is not None
    card = grid.card_model().card(grid.currentIndex().row())
    choose_from_menu(monkeypatch, "S&taff…")
    grid.customContextMenuRequested.emit(grid.visualRect(grid.currentIndex()).center())
    staff = window.part(StaffMenu).staff_windows.get(card.customer_id)
    assert isinstance(staff, StaffWindow) and staff.windowTitle() == f"Staff of {card.customer}"
    staff.close()
    qtbot.waitUntil(lambda: card.customer_id not in window.part(StaffMenu).staff_windows)
    page = window.open_dossier(dossier_id)
    assert page is not None
    bar = window.workspace.tabBar()
    bar.customContextMenuRequested.emit(bar.tabRect(window.workspace.indexOf(page)).center())
    assert isinstance(window.part(StaffMenu).staff_windows.get(card.customer_id), StaffWindow)
