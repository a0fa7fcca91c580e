"""The dashboard room (R10): the building's figures on one page, each with what opens the list behind it, and the
monthly one-page report.

Other rooms, the command line and the window use what is named here; the modules inside are this room's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.dashboard.behind import BehindRow, records_behind
from app.dashboard.figures import (
    AREA,
    AREA_BANDS,
    ARREARS,
    COMPLAINTS,
    FLOOR,
    LISTED_BEHIND,
    LOANS_DUE,
    LOANS_DUE_DAYS,
    LOANS_OVERDUE,
    MISSING_PAPERS,
    MONTHS,
    MOVE_INS,
    MOVE_OUTS,
    OPEN_COMPLAINTS,
    OPEN_REPAIRS,
    REPAIRS,
    SURVEY,
    USE,
    VISITS_DUE,
    ArrearsBand,
    Count,
    Dashboard,
    FloorFigure,
    MonthFigure,
    SurveyYear,
    Target,
    dashboard,
    month_codes,
)
from app.lazy import loaded_when_asked

if TYPE_CHECKING:  # what type checkers and the import contracts see; at run time these come from __getattr__ below
    from app.dashboard.report import TITLE, print_monthly_report, report_day

# The printout brings reportlab (~100 ms): loaded when first asked for, not by the window's start.
_LOADED_WHEN_ASKED = {
    "TITLE": "app.dashboard.report",
    "print_monthly_report": "app.dashboard.report",
    "report_day": "app.dashboard.report",
}


__getattr__ = loaded_when_asked(__name__, _LOADED_WHEN_ASKED)

__all__ = [
    "AREA",
    "AREA_BANDS",
    "ARREARS",
    "COMPLAINTS",
    "FLOOR",
    "LISTED_BEHIND",
    "LOANS_DUE",
    "LOANS_DUE_DAYS",
    "LOANS_OVERDUE",
    "MISSING_PAPERS",
    "MONTHS",
    "MOVE_INS",
    "MOVE_OUTS",
    "OPEN_COMPLAINTS",
    "OPEN_REPAIRS",
    "REPAIRS",
    "SURVEY",
    "TITLE",
    "USE",
    "VISITS_DUE",
    "ArrearsBand",
    "BehindRow",
    "Count",
    "Dashboard",
    "FloorFigure",
    "MonthFigure",
    "SurveyYear",
    "Target",
    "dashboard",
    "month_codes",
    "print_monthly_report",
    "records_behind",
    "report_day",
]
