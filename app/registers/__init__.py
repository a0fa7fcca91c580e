"""The service registers room (R11, R13, R14): fit-out projects, repairs, complaints, violations, return visits and
the yearly satisfaction survey. Each register's states and moves are data (``machines``); every step is recorded.
"""

from __future__ import annotations

from app.registers.fit_out import (
    OPEN_STATES as FIT_OUT_OPEN_STATES,
)
from app.registers.fit_out import (
    FitOutDraft,
    FitOutFilter,
    FitOutInfo,
    FitOutList,
    FitOutRow,
    ViolationLine,
    apply_fit_out,
    approve_fit_out,
    ask_fit_out_inspection,
    edit_fit_out,
    extend_fit_out,
    fail_fit_out,
    fit_out_deposits,
    fit_out_project,
    fit_out_projects_of,
    fit_out_register,
    pass_fit_out,
    refund_fit_out,
    reject_fit_out,
    start_fit_out,
    units_fitting_out,
)
from app.registers.machines import COMPLAINT, FIT_OUT, MACHINES, REPAIR, VIOLATION
from app.registers.transitions import CREATED, Machine, StepInfo

__all__ = [
    "COMPLAINT",
    "CREATED",
    "FIT_OUT",
    "FIT_OUT_OPEN_STATES",
    "MACHINES",
    "REPAIR",
    "VIOLATION",
    "FitOutDraft",
    "FitOutFilter",
    "FitOutInfo",
    "FitOutList",
    "FitOutRow",
    "Machine",
    "StepInfo",
    "ViolationLine",
    "apply_fit_out",
    "approve_fit_out",
    "ask_fit_out_inspection",
    "edit_fit_out",
    "extend_fit_out",
    "fail_fit_out",
    "fit_out_deposits",
    "fit_out_project",
    "fit_out_projects_of",
    "fit_out_register",
    "pass_fit_out",
    "refund_fit_out",
    "reject_fit_out",
    "start_fit_out",
    "units_fitting_out",
]
