"""The loans room (R8): dossiers leave the office only as loans the department manager approved.

Requests, hand-out and return with 是否完好, who has a dossier now (the card badge, the dossier view, the archive
browser), overdue loans, and the printed loan register (档案借阅登记表).

Other rooms, the command line and the window use what is named here; the modules inside are this room's own.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from app.loans.loans import (
    ENTITY,
    MAX_BORROWER,
    MAX_DEPARTMENT,
    MAX_NOTE,
    MAX_PURPOSE,
    OPEN_STATES,
    STATE_NAMES,
    LentDossier,
    LoanInfo,
    LoanState,
    hand_out,
    list_loans,
    loan_info,
    loan_requests,
    on_loan,
    overdue_loans,
    request_loan,
    take_back,
)

if TYPE_CHECKING:  # what type checkers and the import contracts see; at run time these come from __getattr__ below
    from app.loans.register import COLUMNS, TITLE, month_period, print_loan_register, register_rows

# The loan register's printout brings reportlab (~100 ms): loaded when first asked for, not by every start.
_LOADED_WHEN_ASKED = {
    "COLUMNS": "app.loans.register",
    "TITLE": "app.loans.register",
    "month_period": "app.loans.register",
    "print_loan_register": "app.loans.register",
    "register_rows": "app.loans.register",
}


def __getattr__(name: str) -> object:
    module = _LOADED_WHEN_ASKED.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # once: the next use finds it directly
    return value


__all__ = [
    "COLUMNS",
    "ENTITY",
    "MAX_BORROWER",
    "MAX_DEPARTMENT",
    "MAX_NOTE",
    "MAX_PURPOSE",
    "OPEN_STATES",
    "STATE_NAMES",
    "TITLE",
    "LentDossier",
    "LoanInfo",
    "LoanState",
    "hand_out",
    "list_loans",
    "loan_info",
    "loan_requests",
    "month_period",
    "on_loan",
    "overdue_loans",
    "print_loan_register",
    "register_rows",
    "request_loan",
    "take_back",
]
