"""The satisfaction survey's commands (R14): ``survey`` (a year's summary: response rate, averages overall, by floor
and by use, what is below target, corrective actions) and the printout ``print survey-report``."""

from __future__ import annotations

import argparse
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli import common

if TYPE_CHECKING:
    from app.registers import Averages, Summary

FIRST_YEAR, LAST_YEAR = 1900, 2200


def register(sub: argparse._SubParsersAction) -> None:
    year = common.whole("survey.year", FIRST_YEAR, LAST_YEAR)
    s = common.command(sub, "survey", "a year's satisfaction survey: response rate, averages, items below target")
    s.add_argument("--year", type=year, required=True, help="the survey's year, YYYY")
    s.add_argument("--json", action="store_true", help="print one JSON document")
    s.set_defaults(run=_survey)

    printouts = common.printouts(sub)
    p = common.command(printouts, "survey-report", "a year's satisfaction survey report (客户满意度调查报告)")
    p.add_argument("--year", type=year, required=True, help="the survey's year, YYYY")
    p.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    p.set_defaults(run=_print_report)


def _number(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _averages_json(group: Averages) -> dict[str, Any]:
    return {
        "answers": group.answers,
        "service": _number(group.service),
        "price": _number(group.price),
        "company": _number(group.company),
        "below_target": list(group.below),
    }


def _summary_json(found: Summary) -> dict[str, Any]:
    r = found.round
    return {
        "year": r.year,
        "opened_on": r.opened_on.isoformat(),
        "target": str(r.target),
        "asked": found.asked,
        "answered": found.answered,
        "response_rate": _number(found.response_rate),
        "overall": _averages_json(found.overall),
        "by_floor": [{"floor": g.label, **_averages_json(g)} for g in found.by_floor],
        "by_use": [{"use": g.label, **_averages_json(g)} for g in found.by_use],
        "distribution": {topic: list(counts) for topic, counts in found.distribution.items()},
        "below_target": list(found.below_target),
        "floors_below_target": [{"floor": floor, "item": item} for floor, item in found.floors_below],
        "comments": [
            {"customer": c.customer, "units": c.units, "answered_on": c.answered_on.isoformat(), "comment": c.text}
            for c in found.comments
        ],
        "corrective_actions": [
            {
                "item": a.topic,
                "action": a.action,
                "owner": a.owner,
                "due_on": a.due_on.isoformat(),
                "done_on": a.done_on.isoformat() if a.done_on else None,
                "overdue": a.overdue,
            }
            for a in found.actions
        ],
        "last_year": _averages_json(found.last_year) if found.last_year else None,
    }


def _row(label: str, group: Averages, last: Averages | None) -> list[str]:
    def shown(value: Decimal | None, below: bool) -> str:
        return "-" if value is None else f"{value}{' *' if below else ''}"

    cells = [label, str(group.answers)]
    for topic in ("service", "price", "company"):
        cells.append(shown(group.average(topic), topic in group.below))
    cells.append(" / ".join(shown(last.average(t), False) for t in ("service", "price", "company")) if last else "-")
    return cells


def _survey(args: argparse.Namespace) -> int:
    from app.desk import Desk
    from app.registers import summary

    with Desk.open(common.database(args)) as desk:
        actor = common.log_in(desk, args, required=True, why=common.PERSONAL_DATA)
        with desk.read(actor) as work:
            found = summary(work, args.year)
        if args.json:  # customers' comments leave the program: an export, in the audit log (R16)
            common.record(desk, actor, "survey", found.round.id, "export", {"what": "survey", "year": args.year})
    if args.json:
        common.emit_json(_summary_json(found))
        return 0
    rate = "-" if found.response_rate is None else f"{found.response_rate}%"
    print(
        f"survey {found.round.year}: opened {found.round.opened_on.isoformat()}, target {found.round.target}; "
        f"{found.answered} of {found.asked} answered ({rate})"
    )
    headers = ["group", "answers", "service", "price", "company", "last year (s / p / c)"]
    rows = [_row("overall", found.overall, found.last_year)]
    rows += [_row(f"floor {g.label}", g, found.last_year_by_floor.get(g.label)) for g in found.by_floor]
    rows += [_row(f"use {g.label or '-'}", g, found.last_year_by_use.get(g.label)) for g in found.by_use]
    common.table(rows, headers)
    print("* below target")
    for a in found.actions:
        state = f"done {a.done_on.isoformat()}" if a.done_on else ("OVERDUE" if a.overdue else "open")
        print(f"action: {a.action} ({a.owner}, due {a.due_on.isoformat()}, {state})")
    return 0


def _print_report(args: argparse.Namespace) -> int:
    from app import printing
    from app.desk import Desk
    from app.registers import print_survey_report, round_of

    common.writable(args.output)
    with Desk.open(common.database(args)) as desk:
        actor = common.log_in(desk, args, required=True, why=common.PERSONAL_DATA)
        with desk.read(actor) as work:
            round_id = round_of(work, args.year).id
            print_survey_report(work, args.year, args.output)
        details = {"what": "survey_report", "year": args.year, "pages": printing.pdf_pages(args.output)}
        common.record(desk, actor, "survey", round_id, "print", details)
    print(f"{args.output}: written")
    return 0
