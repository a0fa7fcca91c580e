"""The Survey menu's windows (issue 16, R14): the Satisfaction survey window and its forms — open a round, plan a
corrective action, mark one done — each opened as the program opens it, on the demo given a survey year if it has
none."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from app.registers import AnswerInput, add_corrective_action, open_round, record_answer, respondents, rounds
from tests.ui.tour.registry import Tour, W, opens
from ui.registers.survey_dialogs import ActionDoneDialog, CorrectiveActionDialog, OpenRoundDialog
from ui.registers.survey_menu import SurveyMenu
from ui.registers.survey_window import SurveyWindow


def _window(tour: Tour, login: str = "manager") -> SurveyWindow:
    """The survey window of a year with a few answers and a corrective action."""
    manager = tour.actor("manager")
    with tour.desk.work(manager) as work:
        if not rounds(work):
            year = work.today.year
            open_round(work, year, dt.date(year, 1, 2), "4.0", "")
            for n, row in enumerate(respondents(work, year)[:5]):
                scores = (5, 3 + n % 2, 4)
                record_answer(work, year, AnswerInput(row.tenancy_id, dt.date(year, 1, 3), *scores, comment="电梯慢"))
            add_corrective_action(
                work, year, topic="price", action="公示收费", owner="李经理", due_on=dt.date(year, 1, 31)
            )
    return _shown(tour, tour.main(login).part(SurveyMenu).show_survey())


def _shown(tour: Tour, window: W | None) -> W:
    assert window is not None, "the menu item did nothing"
    window.tour_parent = window.parentWidget()  # type: ignore[attr-defined]
    tour.qtbot.waitExposed(window)
    return window


@opens(SurveyWindow)
def _survey(tour: Tour, _cls: type[QWidget]) -> QWidget:
    return _window(tour, "clerk")


@opens(OpenRoundDialog)
def _open_round(tour: Tour, _cls: type[QWidget]) -> QWidget:
    return _shown(tour, _window(tour).open_round())


@opens(CorrectiveActionDialog)
def _add_action(tour: Tour, _cls: type[QWidget]) -> QWidget:
    return _shown(tour, _window(tour).add_action())


@opens(ActionDoneDialog)
def _action_done(tour: Tour, _cls: type[QWidget]) -> QWidget:
    window = _window(tour)
    window.tabs.setCurrentIndex(2)
    window.actions_table.selectRow(0)
    return _shown(tour, window.mark_done())
