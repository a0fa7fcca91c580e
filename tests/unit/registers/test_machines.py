"""Every register's state machine: every move its table allows leads where the regulation says, every other
(state, action) pair is refused with a message that names the state and the action in the user's words."""

from __future__ import annotations

import itertools

import pytest

from app.errors import Conflict
from app.permissions import PERMISSIONS, Role
from app.registers import COMPLAINT, FIT_OUT, MACHINES, REPAIR, VIOLATION, Machine

# The moves as the office describes them (PRODUCT.md R11/R13, issue 16), written out again here on purpose: a
# change to the machines' table must be a change to this list too.
EXPECTED = {
    "fit_out": {
        ("applied", "approve"): "approved",
        ("applied", "reject"): "rejected",
        ("approved", "start"): "in_progress",
        ("in_progress", "extend"): "in_progress",
        ("in_progress", "ask_inspection"): "inspection",
        ("inspection", "pass"): "accepted",
        ("inspection", "fail"): "failed",
        ("failed", "extend"): "failed",
        ("failed", "ask_inspection"): "inspection",
        ("accepted", "refund"): "refunded",
    },
    "repair": {
        ("reported", "assign"): "assigned",
        ("assigned", "assign"): "assigned",
        ("assigned", "finish"): "done",
        ("done", "visit"): "visited",
        ("done", "reopen"): "assigned",
        ("reported", "cancel"): "cancelled",
        ("assigned", "cancel"): "cancelled",
    },
    "complaint": {
        ("received", "assign"): "assigned",
        ("assigned", "assign"): "assigned",
        ("assigned", "handle"): "handled",
        ("handled", "approve"): "approved",
        ("handled", "send_back"): "assigned",
        ("approved", "feed_back"): "fed_back",
        ("fed_back", "close"): "closed",
    },
    "violation": {
        ("found", "notify"): "notified",
        ("notified", "follow_up"): "notified",
        ("found", "rectify"): "rectified",
        ("notified", "rectify"): "rectified",
        ("rectified", "close"): "closed",
    },
}


def _pairs(machine: Machine) -> list[tuple[str, str]]:
    return list(itertools.product(machine.states, machine.actions))


ALLOWED = [(r, s, a, to) for r, moves in EXPECTED.items() for (s, a), to in moves.items()]
REFUSED = [
    (register, state, action)
    for register, machine in MACHINES.items()
    for state, action in _pairs(machine)
    if (state, action) not in EXPECTED[register]
]


def test_the_table_is_exactly_the_expected_moves() -> None:
    for register, machine in MACHINES.items():
        assert dict(machine.moves) == EXPECTED[register]


@pytest.mark.parametrize(("register", "state", "action", "to"), ALLOWED)
def test_an_allowed_move_leads_to_its_state(register: str, state: str, action: str, to: str) -> None:
    assert MACHINES[register].next_state(state, action) == to
    assert action in MACHINES[register].actions_from(state)


@pytest.mark.parametrize(("register", "state", "action"), REFUSED)
def test_every_other_move_is_refused_and_says_why(register: str, state: str, action: str) -> None:
    machine = MACHINES[register]
    with pytest.raises(Conflict) as refused:
        machine.next_state(state, action)
    assert action not in machine.actions_from(state)
    text = refused.value.text()
    if action in machine.refusals:
        assert text == machine.refusals[action]
    else:
        assert machine.states[state] in text
        assert machine.actions[action] in text
        assert machine.record_name in text
    assert refused.value.field == f"{register}.status"


def test_the_final_states_offer_nothing() -> None:
    assert FIT_OUT.is_final("refunded") and FIT_OUT.is_final("rejected")
    assert REPAIR.is_final("visited") and REPAIR.is_final("cancelled")
    assert COMPLAINT.is_final("closed")
    assert VIOLATION.is_final("closed")
    assert not COMPLAINT.is_final("fed_back")


def test_a_complaint_cannot_be_closed_before_feedback() -> None:
    for state in ("received", "assigned", "handled", "approved"):
        with pytest.raises(Conflict, match="only after its result has been fed back"):
            COMPLAINT.next_state(state, "close")


def test_only_the_supervisor_or_manager_approves_a_complaint_result_or_decides_a_fit_out() -> None:
    deciders = {Role.SUPERVISOR, Role.MANAGER}
    assert PERMISSIONS[COMPLAINT.permissions["approve"]] == deciders
    assert PERMISSIONS[COMPLAINT.permissions["send_back"]] == deciders
    for action in ("approve", "reject", "pass", "fail"):
        assert PERMISSIONS[FIT_OUT.permissions[action]] == deciders
    assert Role.CLERK in PERMISSIONS[REPAIR.permissions["assign"]]


def test_a_table_with_an_unknown_state_is_refused_when_the_program_starts() -> None:
    with pytest.raises(ValueError, match="unknown state"):
        Machine(
            register="repair",
            record_name="repair",
            start="reported",
            states={"reported": "reported"},
            actions={"assign": "Assign"},
            moves={("reported", "assign"): "nowhere"},
            permissions={"assign": REPAIR.permissions["assign"]},
        )
