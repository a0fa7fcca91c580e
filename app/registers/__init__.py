"""The service registers room (R11, R13, R14): fit-out projects, repairs, complaints, violations, return visits and
the yearly satisfaction survey. Each register's states and moves are data (``machines``); every step is recorded.
"""

from __future__ import annotations

from app.registers.machines import COMPLAINT, FIT_OUT, MACHINES, REPAIR, VIOLATION
from app.registers.survey import (
    TOPIC_NAMES,
    TOPICS,
    ActionInfo,
    AnswerInfo,
    AnswerInput,
    Averages,
    Comment,
    Respondent,
    RoundInfo,
    Summary,
    add_corrective_action,
    change_round,
    corrective_actions,
    mark_action_done,
    open_round,
    record_answer,
    respondents,
    round_of,
    rounds,
    summary,
)
from app.registers.survey_printout import print_survey_report, survey_report
from app.registers.transitions import CREATED, Machine, StepInfo

__all__ = [
    "COMPLAINT",
    "CREATED",
    "FIT_OUT",
    "MACHINES",
    "REPAIR",
    "TOPICS",
    "TOPIC_NAMES",
    "VIOLATION",
    "ActionInfo",
    "AnswerInfo",
    "AnswerInput",
    "Averages",
    "Comment",
    "Machine",
    "Respondent",
    "RoundInfo",
    "StepInfo",
    "Summary",
    "add_corrective_action",
    "change_round",
    "corrective_actions",
    "mark_action_done",
    "open_round",
    "print_survey_report",
    "record_answer",
    "respondents",
    "round_of",
    "rounds",
    "summary",
    "survey_report",
]
