"""The Forms menu's windows (issue 16): the forms' register, the form choice before a new form, the one form editor
(the longest form, 31301, and one with a table, 31302) — opened from the menu as the program opens them, on the
demo (given a filled form if it has none)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.building import unit_cards
from app.forms import FormInput, form_definitions, record_form
from tests.ui.tour.registry import Tour, W, opens
from tests.unit.forms.forms_support import filled
from ui.forms.editor import FormEditor
from ui.forms.menu import FormChoice, FormsMenu
from ui.forms.registers import FormsRegister


def _menu(tour: Tour) -> FormsMenu:
    return tour.main("clerk").part(FormsMenu)


def _shown(tour: Tour, window: W | None) -> W:
    assert window is not None, "the menu item did nothing"
    window.tour_parent = window.parentWidget()  # type: ignore[attr-defined]
    tour.qtbot.waitExposed(window)
    return window


def _a_filled_form(tour: Tour) -> None:
    with tour.desk.work(tour.actor("clerk")) as work:
        card = next(c for c in unit_cards(work) if c.tenancy_id is not None)
        code = "qms-pm-31302"
        day = work.today
        record_form(work, FormInput(code, day, filled(form_definitions()[code]), "王敏", tenancy_id=card.tenancy_id))


@opens(FormsRegister)
def _register(tour: Tour, _cls: type[QWidget]) -> QWidget:
    _a_filled_form(tour)
    register = _shown(tour, _menu(tour).show_register())
    register.kind.setCurrentIndex(register.kind.findData("qms-pm-31302"))
    return register


@opens(FormChoice)
def _choice(tour: Tour, _cls: type[QWidget]) -> QWidget:
    return _shown(tour, _menu(tour).new_form())


@opens(FormEditor)
def _editor(tour: Tour, _cls: type[QWidget]) -> QWidget:
    choice = _shown(tour, _menu(tour).new_form())
    choice.kind.setCurrentIndex(choice.kind.findData("qms-pm-31301"))
    choice.accept()
    return _shown(tour, _menu(tour).editor)
