"""How a loan is shown in words: the badge text "借出：林芳 11-20 起", the state's name."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from app.loans import STATE_NAMES, LoanInfo


def lent_text(borrower: str, since: dt.date | None) -> str:
    """Who has the dossier, since when (month-day: a loan is short; the year is in the Loans window)."""
    day = f"{since.month:02d}-{since.day:02d}" if since else ""
    return QCoreApplication.translate("loans", "Lent: {name} since {date}").format(name=borrower, date=day)


def state_text(loan: LoanInfo) -> str:
    state = QCoreApplication.translate("loan", STATE_NAMES[loan.state])
    if loan.overdue:
        return QCoreApplication.translate("loans", "{state}, overdue").format(state=state)
    return state
