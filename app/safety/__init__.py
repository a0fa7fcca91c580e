"""The safety room: checking a database file and its scans, read-only; moving strays to a quarantine; telling
a damaged database from a program error.

Other rooms, the command line and the window use what is named here; the modules inside are this room's own.
"""

from __future__ import annotations

from app.safety.check import NOTE_KINDS, PROBLEM_KINDS, CheckReport, Finding, check_database, check_file
from app.safety.failures import database_error
from app.safety.repair import SETTLE_SECONDS, RepairReport, repair_attachments

__all__ = [
    "NOTE_KINDS",
    "PROBLEM_KINDS",
    "SETTLE_SECONDS",
    "CheckReport",
    "Finding",
    "RepairReport",
    "check_database",
    "check_file",
    "database_error",
    "repair_attachments",
]
