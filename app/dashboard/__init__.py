"""The dashboard room (R10): the building's figures on one page, each with what opens the list behind it, and the
monthly one-page report.

Other rooms, the command line and the window use what is named here; the modules inside are this room's own.
"""

from __future__ import annotations

from app.dashboard.behind import BehindRow, records_behind
from app.dashboard.figures import (
    AREA,
    AREA_BAND_NAMES,
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

__all__ = [
    "AREA",
    "AREA_BANDS",
    "AREA_BAND_NAMES",
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
    "USE",
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
    "records_behind",
]
