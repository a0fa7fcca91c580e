"""The state machines of the four service registers, as data: states, actions, moves and who may take each.

What each state means to the desk, and why the moves are what they are:
- fit-out project (二装): the desk records the application, the start, extensions and the request for inspection;
  the supervisor or the manager approves or rejects it and passes or fails the inspection; a failed inspection
  is inspected again after the works are put right; the fit-out deposit is refunded only after it passed.
- repair (报修): reported, assigned to a department and a person (again, to reassign), done, then the return visit
  asks whether the customer is satisfied; a repair done badly is reopened; one reported by mistake is cancelled.
- complaint (投诉, R13): received, assigned to the department responsible, handled (the result written), the result
  approved by the supervisor or the manager (or sent back to be handled again), fed back to the customer, closed.
- violation (违规): found, a rectification notice issued (followed up while it is not put right), rectified, closed.
"""

from __future__ import annotations

from app.permissions import Action
from app.registers.transitions import Machine
from app.text import QT_TRANSLATE_NOOP

FIT_OUT = Machine(
    register="fit_out",
    record_name=QT_TRANSLATE_NOOP("registers", "fit-out project"),
    start="applied",
    states={
        "applied": QT_TRANSLATE_NOOP("registers", "applied for"),
        "approved": QT_TRANSLATE_NOOP("registers", "approved"),
        "rejected": QT_TRANSLATE_NOOP("registers", "rejected"),
        "in_progress": QT_TRANSLATE_NOOP("registers", "works in progress"),
        "inspection": QT_TRANSLATE_NOOP("registers", "awaiting inspection"),
        "accepted": QT_TRANSLATE_NOOP("registers", "passed inspection"),
        "failed": QT_TRANSLATE_NOOP("registers", "failed inspection"),
        "refunded": QT_TRANSLATE_NOOP("registers", "deposit refunded"),
    },
    actions={
        "approve": QT_TRANSLATE_NOOP("registers", "Approve"),
        "reject": QT_TRANSLATE_NOOP("registers", "Reject"),
        "start": QT_TRANSLATE_NOOP("registers", "Works started"),
        "extend": QT_TRANSLATE_NOOP("registers", "Extend"),
        "ask_inspection": QT_TRANSLATE_NOOP("registers", "Ask for inspection"),
        "pass": QT_TRANSLATE_NOOP("registers", "Passed inspection"),
        "fail": QT_TRANSLATE_NOOP("registers", "Failed inspection"),
        "refund": QT_TRANSLATE_NOOP("registers", "Deposit refunded"),
    },
    moves={
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
    permissions={
        "approve": Action.DECIDE_FIT_OUT,
        "reject": Action.DECIDE_FIT_OUT,
        "start": Action.RECORD_FIT_OUT,
        "extend": Action.RECORD_FIT_OUT,
        "ask_inspection": Action.RECORD_FIT_OUT,
        "pass": Action.DECIDE_FIT_OUT,
        "fail": Action.DECIDE_FIT_OUT,
        "refund": Action.RECORD_FIT_OUT,
    },
    refusals={
        "refund": QT_TRANSLATE_NOOP(
            "app", "The fit-out deposit is refunded only after the works have passed the inspection."
        ),
        "start": QT_TRANSLATE_NOOP("app", "Works start only after the fit-out project was approved."),
    },
)

REPAIR = Machine(
    register="repair",
    record_name=QT_TRANSLATE_NOOP("registers", "repair"),
    start="reported",
    states={
        "reported": QT_TRANSLATE_NOOP("registers", "reported"),
        "assigned": QT_TRANSLATE_NOOP("registers", "assigned"),
        "done": QT_TRANSLATE_NOOP("registers", "done"),
        "visited": QT_TRANSLATE_NOOP("registers", "visited"),
        "cancelled": QT_TRANSLATE_NOOP("registers", "cancelled"),
    },
    actions={
        "assign": QT_TRANSLATE_NOOP("registers", "Assign"),
        "finish": QT_TRANSLATE_NOOP("registers", "Done"),
        "visit": QT_TRANSLATE_NOOP("registers", "Return visit"),
        "reopen": QT_TRANSLATE_NOOP("registers", "Reopen"),
        "cancel": QT_TRANSLATE_NOOP("registers", "Cancel"),
    },
    moves={
        ("reported", "assign"): "assigned",
        ("assigned", "assign"): "assigned",
        ("assigned", "finish"): "done",
        ("done", "visit"): "visited",
        ("done", "reopen"): "assigned",
        ("reported", "cancel"): "cancelled",
        ("assigned", "cancel"): "cancelled",
    },
    permissions={action: Action.RECORD_REPAIR for action in ("assign", "finish", "visit", "reopen", "cancel")},
    refusals={
        "visit": QT_TRANSLATE_NOOP("app", "The return visit is made once the repair is done."),
    },
)

COMPLAINT = Machine(
    register="complaint",
    record_name=QT_TRANSLATE_NOOP("registers", "complaint"),
    start="received",
    states={
        "received": QT_TRANSLATE_NOOP("registers", "received"),
        "assigned": QT_TRANSLATE_NOOP("registers", "being handled"),
        "handled": QT_TRANSLATE_NOOP("registers", "result awaiting approval"),
        "approved": QT_TRANSLATE_NOOP("registers", "result approved"),
        "fed_back": QT_TRANSLATE_NOOP("registers", "fed back"),
        "closed": QT_TRANSLATE_NOOP("registers", "closed"),
    },
    actions={
        "assign": QT_TRANSLATE_NOOP("registers", "Assign"),
        "handle": QT_TRANSLATE_NOOP("registers", "Record the result"),
        "approve": QT_TRANSLATE_NOOP("registers", "Approve the result"),
        "send_back": QT_TRANSLATE_NOOP("registers", "Send back"),
        "feed_back": QT_TRANSLATE_NOOP("registers", "Feed back"),
        "close": QT_TRANSLATE_NOOP("registers", "Close"),
    },
    moves={
        ("received", "assign"): "assigned",
        ("assigned", "assign"): "assigned",
        ("assigned", "handle"): "handled",
        ("handled", "approve"): "approved",
        ("handled", "send_back"): "assigned",
        ("approved", "feed_back"): "fed_back",
        ("fed_back", "close"): "closed",
    },
    permissions={
        "assign": Action.HANDLE_COMPLAINT,
        "handle": Action.HANDLE_COMPLAINT,
        "approve": Action.APPROVE_COMPLAINT,
        "send_back": Action.APPROVE_COMPLAINT,
        "feed_back": Action.HANDLE_COMPLAINT,
        "close": Action.HANDLE_COMPLAINT,
    },
    refusals={
        "close": QT_TRANSLATE_NOOP(
            "app", "A complaint is closed only after its result has been fed back to the customer."
        ),
        "feed_back": QT_TRANSLATE_NOOP(
            "app", "The result goes back to the customer only after the supervisor or the manager approved it."
        ),
    },
)

VIOLATION = Machine(
    register="violation",
    record_name=QT_TRANSLATE_NOOP("registers", "violation"),
    start="found",
    states={
        "found": QT_TRANSLATE_NOOP("registers", "found"),
        "notified": QT_TRANSLATE_NOOP("registers", "notice issued"),
        "rectified": QT_TRANSLATE_NOOP("registers", "rectified"),
        "closed": QT_TRANSLATE_NOOP("registers", "closed"),
    },
    actions={
        "notify": QT_TRANSLATE_NOOP("registers", "Issue a notice"),
        "follow_up": QT_TRANSLATE_NOOP("registers", "Follow up"),
        "rectify": QT_TRANSLATE_NOOP("registers", "Rectified"),
        "close": QT_TRANSLATE_NOOP("registers", "Close"),
    },
    moves={
        ("found", "notify"): "notified",
        ("notified", "follow_up"): "notified",
        ("found", "rectify"): "rectified",
        ("notified", "rectify"): "rectified",
        ("rectified", "close"): "closed",
    },
    permissions={action: Action.RECORD_VIOLATION for action in ("notify", "follow_up", "rectify", "close")},
    refusals={
        "close": QT_TRANSLATE_NOOP("app", "A violation is closed only after it has been rectified."),
    },
)

MACHINES = {machine.register: machine for machine in (FIT_OUT, REPAIR, COMPLAINT, VIOLATION)}
