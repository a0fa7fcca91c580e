"""Customer care's windows (issue 20): the return visits due (Tools), the contact plans (the manager's), a
customer's grade and a return visit recorded from the unit card — each opened as the program opens it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.building import unit_cards
from tests.ui.tour.registry import Tour, W, opens
from ui.care import CareMenu, ContactPlansDialog, GradeDialog, VisitDialog, VisitsDueWindow


def _shown(tour: Tour, window: W | None) -> W:
    assert window is not None, "the menu item did nothing"
    window.tour_parent = window.parentWidget()  # type: ignore[attr-defined]
    tour.qtbot.waitExposed(window)
    return window


def _card(tour: Tour):
    with tour.desk.read(tour.actor("manager")) as work:
        return next(c for c in unit_cards(work, on=tour.today) if c.tenancy_id and c.customer)


@opens(VisitsDueWindow)
def _due(tour: Tour, _cls: type[QWidget]) -> QWidget:
    return _shown(tour, tour.main("clerk").part(CareMenu).show_due())


@opens(ContactPlansDialog)
def _plans(tour: Tour, _cls: type[QWidget]) -> QWidget:
    return _shown(tour, tour.main("manager").part(CareMenu).contact_plans())


@opens(GradeDialog)
def _grade(tour: Tour, _cls: type[QWidget]) -> QWidget:
    return _shown(tour, tour.main("supervisor").part(CareMenu).set_grade(_card(tour)))


@opens(VisitDialog)
def _visit(tour: Tour, _cls: type[QWidget]) -> QWidget:
    return _shown(tour, tour.main("clerk").part(CareMenu).record_visit(_card(tour)))
