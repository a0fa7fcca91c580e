"""The loans room's screens (R8): the Loans window, a new loan request, taking a loan back, the loan register's
period, the badge's words, and the room's part of the main window.

Other rooms and the window use what is named here; the modules inside are this room's own.
"""

from __future__ import annotations

from ui.loans.loans_window import LoansModel, LoansWindow
from ui.loans.menu import LoansMenu
from ui.loans.register_dialog import RegisterPeriodDialog
from ui.loans.request_dialog import LoanRequestDialog
from ui.loans.shown import lent_text, state_text
from ui.loans.take_back_dialog import TakeBackDialog

__all__ = [
    "LoanRequestDialog",
    "LoansMenu",
    "LoansModel",
    "LoansWindow",
    "RegisterPeriodDialog",
    "TakeBackDialog",
    "lent_text",
    "state_text",
]
