"""A dossier's status as its recorded history says it must be (live → departed → bound → archived).

Every status change is logged with ``"status": [old, new]`` (move-in, move-out, binding, archiving, and whatever
changes a status later). Lines written before that (a file older than the audit chain) are read by what they
did: a move-in makes a dossier live (departed when it recorded a past tenancy), a move-out that left no unit
departed, a binding bound, an archiving archived. ``check`` reports a dossier whose status disagrees: a status set
by SQL past the program (say an archived dossier set back to live so that it can be edited).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

# The lines that may change a dossier's status, for the query: only these are read.
STATUS_QUERY = (
    "SELECT dossier_id, action, details, at FROM change "
    "WHERE dossier_id IS NOT NULL AND action IN ('move_in', 'move_out', 'bind', 'archive') "
    "OR details LIKE '%\"status\"%' ORDER BY seq, id"
)
DOSSIERS_QUERY = "SELECT id, number, status FROM dossier ORDER BY id"


@dataclass(frozen=True)
class StatusDisagreement:
    dossier_id: int
    number: str
    status: str  # as the file has it
    recorded: str  # as its history says

    def describe(self) -> str:
        return (
            f"dossier {self.number} (id {self.dossier_id}) is “{self.status}”, but its recorded history says "
            f"“{self.recorded}”: its status was set past the program"
        )


def _status_after(action: str, details: dict[str, Any], at: Any) -> str | None:
    status = details.get("status")
    if isinstance(status, list) and len(status) == 2 and isinstance(status[1], str):
        return status[1]
    # Lines from before statuses were logged: what the action did.
    if action == "move_in":
        move_out = details.get("move_out")
        try:
            day = dt.datetime.fromisoformat(str(at)).date()
            departed = move_out is not None and dt.date.fromisoformat(str(move_out)) <= day
        except ValueError:
            departed = False
        return "departed" if departed else "live"
    if action == "move_out":
        return "departed" if details.get("departed") else None
    if action == "bind":
        return "bound"
    if action == "archive":
        return "archived"
    return None


def recorded_statuses(lines: Iterable[Sequence[Any]]) -> dict[int, str]:
    """Each dossier's status after its history (lines: dossier_id, action, details JSON, at; in log order)."""
    statuses: dict[int, str] = {}
    for dossier_id, action, details, at in lines:
        if dossier_id is None:
            continue
        try:
            parsed = json.loads(details or "{}")
        except ValueError:
            continue  # an altered line: the chain check names it
        if not isinstance(parsed, dict):
            continue
        after = _status_after(str(action), parsed, at)
        if after is not None:
            statuses[int(dossier_id)] = after
    return statuses


def status_disagreements(dossiers: Iterable[Sequence[Any]], lines: Iterable[Sequence[Any]]) -> list[StatusDisagreement]:
    """Dossiers (id, number, status) whose status is not what their history says; one without a recorded status
    (a file from before the history was kept) is not judged."""
    recorded = recorded_statuses(lines)
    return [
        StatusDisagreement(int(dossier_id), str(number), str(status), recorded[int(dossier_id)])
        for dossier_id, number, status in dossiers
        if int(dossier_id) in recorded and recorded[int(dossier_id)] != status
    ]


def check_statuses(connection: Any) -> list[StatusDisagreement]:
    """``status_disagreements`` of a DB-API connection (``check`` reads the file without a Desk)."""
    return status_disagreements(connection.execute(DOSSIERS_QUERY), connection.execute(STATUS_QUERY))
