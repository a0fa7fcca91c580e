"""The staff room's windows (issue 20): a customer's people (unit card ▸ Staff…), the to-recover list (Tools), and
their forms — a person, a card linked, an item returned — each opened as the program opens it, on the demo given a
person who left holding an access card and a parking permit."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from app.building import buildings
from app.forms import FormInput, record_form
from app.staff import StaffInput, add_staff, customer_staff, link_item, update_staff
from tests.ui.tour.registry import Tour, W, opens
from ui.staff import LinkItemDialog, PersonDialog, ReturnedDialog, StaffMenu, StaffWindow, ToRecoverList


def _customer(tour: Tour) -> tuple[int, str]:
    """A live tenant with two people: one still there, one who left holding a card and a permit (a third card free)."""
    clerk = tour.actor("clerk")
    with tour.desk.read(clerk) as work:
        building = buildings.list_buildings(work)[0]
        card = next(
            c for c in buildings.unit_cards(work, building_id=building.id) if c.customer_id and c.status == "occupied"
        )
        assert card.customer_id is not None
        people = customer_staff(work, card.customer_id)
    if not people:
        day = tour.today - dt.timedelta(days=30)
        with tour.desk.work(clerk) as work:
            records = [
                record_form(
                    work,
                    FormInput(
                        "qms-pm-31313",
                        day,
                        {"card_no": f"MJ1000{n}", "holder": "周文", "issued_on": day, "state": "in_use"},
                        tenancy_id=card.tenancy_id,
                    ),
                ).id
                for n in range(2)
            ]
            permit = {"permit_no": "TC2026-0101", "plate_no": "粤B·12345", "valid_until": day, "collected_by": "周文"}
            records.append(record_form(work, FormInput("qms-pm-31306", day, permit, tenancy_id=card.tenancy_id)).id)
            add_staff(work, card.customer_id, StaffInput("李静", "财务部", "会计", joined_on=day))
            left = add_staff(work, card.customer_id, StaffInput("周文", "行政部", "前台", joined_on=day))
            link_item(work, left.id, records[0])
            held = link_item(work, left.id, records[2])
            data = StaffInput("周文", "行政部", "前台", joined_on=day, left_on=tour.today - dt.timedelta(days=2))
            update_staff(work, left.id, data, expect_version=held.version)
    return card.customer_id, card.customer or ""


def _shown(tour: Tour, window: W | None) -> W:
    assert window is not None, "the button did nothing"
    window.tour_parent = window.parentWidget()  # type: ignore[attr-defined]
    tour.qtbot.waitExposed(window)
    return window


def _staff(tour: Tour) -> StaffWindow:
    customer_id, name = _customer(tour)
    window = tour.main("clerk").part(StaffMenu).show_staff(customer_id, name)
    return _shown(tour, window)


def _person_who_left(window: StaffWindow) -> None:
    row = next(n for n, p in enumerate(window.people.rows()) if p.left_on is not None)
    window.people_table.selectRow(row)


@opens(StaffWindow)
def _staff_window(tour: Tour, _cls: type[QWidget]) -> QWidget:
    window = _staff(tour)
    _person_who_left(window)
    return window


@opens(ToRecoverList)
def _to_recover(tour: Tour, _cls: type[QWidget]) -> QWidget:
    _customer(tour)
    return _shown(tour, tour.main("clerk").part(StaffMenu).show_to_recover())


@opens(PersonDialog)
def _person(tour: Tour, _cls: type[QWidget]) -> QWidget:
    window = _staff(tour)
    _person_who_left(window)
    return _shown(tour, window.edit_person())


@opens(LinkItemDialog)
def _link(tour: Tour, _cls: type[QWidget]) -> QWidget:
    window = _staff(tour)
    window.people_table.selectRow(0)
    return _shown(tour, window.link_item())


@opens(ReturnedDialog)
def _returned(tour: Tour, _cls: type[QWidget]) -> QWidget:
    window = _staff(tour)
    _person_who_left(window)
    window.items_table.selectRow(0)
    return _shown(tour, window.mark_returned())
