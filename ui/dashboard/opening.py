"""What a dashboard figure opens: the floor's tab is the window's (``floor_chosen``); the arrears register and the
loans list are their rooms' own windows, filtered as far as they filter; the rest is a list of ``records_behind``."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from app.dashboard import ARREARS, LISTED_BEHIND, LOANS_DUE, LOANS_OVERDUE, SURVEY, VISITS_DUE, Target
from ui.care import CareMenu
from ui.dashboard.behind import BehindWindow
from ui.fees import ArrearsRegister, FeesMenu
from ui.loans import LoansMenu
from ui.registers import SurveyMenu
from ui.window_parts import Workbench

# An ageing column → the arrears register's "overdue more than" days that keeps those with money that old.
OVER_DAYS = {"0": 0, "1": 30, "2": 60, "3": 90}
LOANS_NOT_BACK, LOANS_OVERDUE_FILTER = 1, 2  # the loans window's filter choices


def open_target(window: Workbench, target: Target) -> QDialog | None:
    """Open the list behind ``target`` beside the window; the window it opened (None for a figure without one)."""
    if target.kind == ARREARS:
        register = window.part(FeesMenu).show_register(ArrearsRegister)
        assert isinstance(register, ArrearsRegister)
        register.over_days.setValue(OVER_DAYS.get(target.key, 0))
        return register
    if target.kind in (LOANS_DUE, LOANS_OVERDUE):
        loans = window.part(LoansMenu).show_loans()
        loans.filter_combo.setCurrentIndex(LOANS_OVERDUE_FILTER if target.kind == LOANS_OVERDUE else LOANS_NOT_BACK)
        return loans
    if target.kind == SURVEY:
        survey = window.part(SurveyMenu).show_survey()
        survey.show_year_of(int(target.key))
        return survey
    if target.kind == VISITS_DUE:  # issue 20: this week's return visits, overdue ones marked
        return window.part(CareMenu).show_due()
    if target.kind in LISTED_BEHIND:
        dialog = BehindWindow(window.desk, window.actor, target, window.open_dossier, window.workspace)
        window.show_report(dialog)
        return dialog
    return None
