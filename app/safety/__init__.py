"""The safety room: checking a database file and its scans (integrity, references, every attachment's SHA-256).

Other rooms and the window use what is named here; the modules inside are this room's own.
"""

from __future__ import annotations

from app.safety.check import Problem, check_database

__all__ = [
    "Problem",
    "check_database",
]
