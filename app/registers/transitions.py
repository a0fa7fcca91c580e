"""One small state machine for every service register (R11, R13): which action moves a record from which state to
which, who may take it, and the record of every step.

Each register (fit-out projects, repairs, complaints, violations) declares its table of moves as data — a
``Machine`` — and calls ``Machine.step`` for every change of state. A move the table does not have is refused with
a message that names the record's state and the action, in the user's words; a register may give an action a
message of its own (a complaint is closed only after feedback). Every step is one ``register_step`` row (what,
on which day, by whom, when typed; the table is append-only) and one line of the audit log.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import select

from app.desk import Work
from app.errors import Conflict, Named
from app.permissions import Action
from app.text import QT_TRANSLATE_NOOP
from app.validation import a_date, limited_text, within_years
from db.models import RegisterStep, User

CONTEXT = "registers"  # the Qt context of the state and action names below


class _Record(Protocol):
    id: int
    status: str


@dataclass(frozen=True)
class StepInfo:
    """One step in a record's history, as its History list shows it."""

    id: int
    action: str
    from_state: str
    to_state: str
    on_date: dt.date
    note: str
    recorded_by: str
    recorded_at: dt.datetime


@dataclass(frozen=True)
class Machine:
    """A register's states and moves. ``moves[(state, action)]`` is the state the action leads to."""

    register: str  # register_step.register: "repair", "complaint", "fit_out", "violation"
    record_name: str  # the record's name for messages ("repair"), context CONTEXT
    start: str  # the state a new record is in
    states: Mapping[str, str]  # state -> name, in the order a record passes through them
    actions: Mapping[str, str]  # action -> name ("assign"), in the order the UI offers them
    moves: Mapping[tuple[str, str], str]
    permissions: Mapping[str, Action]  # who may take each action
    # An action refused with a message of its own instead of the general one (e.g. closing before feedback).
    refusals: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # The table is data: a typo in it would surface as a refused move at the desk, so it is checked here.
        for (state, action), to in self.moves.items():
            if state not in self.states or to not in self.states or action not in self.actions:
                raise ValueError(f"{self.register}: unknown state or action in {(state, action, to)}")
        if self.start not in self.states or set(self.permissions) != set(self.actions):
            raise ValueError(f"{self.register}: start state or permissions do not match the actions")

    def actions_from(self, state: str) -> list[str]:
        """The actions open to a record in ``state``, in the order of ``actions`` (the UI's buttons)."""
        return [action for action in self.actions if (state, action) in self.moves]

    def is_final(self, state: str) -> bool:
        return not self.actions_from(state)

    def next_state(self, state: str, action: str) -> str:
        """Where ``action`` leads from ``state``; refused (``Conflict``) when the table has no such move."""
        to = self.moves.get((state, action))
        if to is not None:
            return to
        if action in self.refusals:
            raise Conflict(self.refusals[action], field=f"{self.register}.status")
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "This {record} is {state}: it cannot be “{action}” now."),
            field=f"{self.register}.status",
            record=Named(CONTEXT, self.record_name),
            state=Named(CONTEXT, self.states.get(state, state)),
            action=Named(CONTEXT, self.actions.get(action, action)),
        )

    def require(self, work: Work, action: str) -> None:
        """The permission check every step starts with (the acting user may take ``action``)."""
        work.require(self.permissions[action])

    def step(
        self,
        work: Work,
        record: _Record,
        action: str,
        on_date: dt.date,
        note: str = "",
        *,
        dossier_id: int | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> str:
        """Move ``record`` by ``action``: check the move, record the step and the audit line; the new state.

        The caller has called ``require`` and already set the record's other columns the step changes
        (``details`` lists them for the audit line).
        """
        actor = work.require(self.permissions[action])
        on_date = a_date(on_date, "register_step.on_date")
        within_years(on_date, "register_step.on_date")
        note = limited_text(note, "register_step.note", 2000)
        before = record.status
        after = self.next_state(before, action)
        record.status = after
        work.touched.registers.add(self.register)
        work.session.add(
            RegisterStep(
                register=self.register,
                record_id=record.id,
                action=action,
                from_state=before,
                to_state=after,
                on_date=on_date,
                note=note,
                recorded_by=actor.user_id,
                recorded_at=work.now,
            )
        )
        work.log(
            dossier_id,
            self.register,
            record.id,
            action,
            {"from": before, "to": after, "on": on_date.isoformat(), "note": note, **(details or {})},
        )
        return after

    def started(self, work: Work, record: _Record, on_date: dt.date, *, dossier_id: int | None = None) -> None:
        """Record the creation of ``record`` (in its start state) as its first step: the history begins here."""
        actor = work.actor
        assert actor is not None  # the caller's require() let it through
        work.touched.registers.add(self.register)
        work.session.add(
            RegisterStep(
                register=self.register,
                record_id=record.id,
                action="create",
                from_state="",
                to_state=self.start,
                on_date=on_date,
                note="",
                recorded_by=actor.user_id,
                recorded_at=work.now,
            )
        )

    def steps(self, work: Work, record_id: int) -> list[StepInfo]:
        """The record's history, oldest first."""
        rows = work.session.execute(
            select(RegisterStep, User.display_name)
            .join(User, User.id == RegisterStep.recorded_by)
            .where(RegisterStep.register == self.register, RegisterStep.record_id == record_id)
            .order_by(RegisterStep.id)
        ).all()
        return [
            StepInfo(s.id, s.action, s.from_state, s.to_state, s.on_date, s.note, who, s.recorded_at) for s, who in rows
        ]


CREATED = QT_TRANSLATE_NOOP("registers", "Recorded")  # the name of a history's first step ("create")
