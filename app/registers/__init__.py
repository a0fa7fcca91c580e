"""The service registers room (R11, R13, R14): fit-out projects, repairs, complaints, violations, return visits and
the yearly satisfaction survey. Each register's states and moves are data (``machines``); every step is recorded.
"""

from __future__ import annotations

from app.registers.machines import COMPLAINT, FIT_OUT, MACHINES, REPAIR, VIOLATION
from app.registers.transitions import CREATED, Machine, StepInfo

__all__ = [
    "COMPLAINT",
    "CREATED",
    "FIT_OUT",
    "MACHINES",
    "REPAIR",
    "VIOLATION",
    "Machine",
    "StepInfo",
]
