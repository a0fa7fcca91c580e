"""Customer care's commands (issue 20): ``visits`` (the return visits due this week or month, overdue ones marked)
and the printouts ``print visit-plan`` (a month's plan) and ``print visit-record`` (one visit's 回访记录表)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from app.cli import common
from app.errors import ValidationError
from app.text import QT_TRANSLATE_NOOP

MAX_ID = 2**31 - 1


def month(value: str) -> tuple[int, int]:
    """``--month``: YYYY-MM within the years the program deals in."""
    try:
        day = dt.date.fromisoformat(value.strip() + "-01")
    except ValueError:
        day = None
    if day is None or not 1900 <= day.year <= 2200 or len(value.strip()) != 7:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be a month written as YYYY-MM, not “{value}”."),
            field="visits.month",
            value=common._shown(value),
        )
    return day.year, day.month


def due(value: str) -> str:
    if value not in ("week", "month"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be one of {allowed}, not “{value}”."),
            field="visits.due",
            allowed="week, month",
            value=common._shown(value),
        )
    return value


def register(sub: argparse._SubParsersAction) -> None:
    s = common.command(sub, "visits", "the return visits (回访) due this week or this month, overdue ones marked")
    s.add_argument("--due", type=due, default="week", help="week (the default: due by Sunday) or month")
    s.add_argument("--month", type=month, help="with --due month: which month, YYYY-MM (default: this one)")
    s.add_argument("--json", action="store_true", help="print one JSON document")
    s.set_defaults(run=_visits)

    printouts = common.printouts(sub)
    p = common.command(printouts, "visit-plan", "a month's return-visit plan (客户回访计划)")
    p.add_argument("--month", type=month, required=True, help="the month, YYYY-MM")
    p.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    p.set_defaults(run=_print_plan)
    r = common.command(printouts, "visit-record", "one return visit's record form (回访记录表)")
    r.add_argument("--visit", type=common.whole("return_visit.subject", 1, MAX_ID), required=True, help="its number")
    r.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    r.set_defaults(run=_print_record)


def _json(d: Any) -> dict[str, Any]:
    return {
        "tenancy_id": d.tenancy_id,
        "customer": d.customer,
        "floor": d.floor,
        "units": d.units,
        "grade": d.grade,
        "how": d.how,
        "due_on": d.due_on.isoformat(),
        "last_visit": d.last_visit.isoformat() if d.last_visit else None,
        "overdue": d.overdue,
    }


def _visits(args: argparse.Namespace) -> int:
    from app.care.visits import month_of, visits_due, week_of
    from app.desk import Desk

    with Desk.open(common.database(args)) as desk:
        actor = common.log_in(desk, args, required=True, why=common.PERSONAL_DATA)
        with desk.read(actor) as work:
            if args.due == "week":
                first, last = week_of(work.today)
            else:
                first, last = month_of(*(args.month or (work.today.year, work.today.month)))
            found = visits_due(work, first, last)
        if args.json:  # customers' names leave the program: an export, in the audit log (R16)
            common.record(
                desk, actor, "visits", None, "export", {"what": "visits", "from": str(first), "to": str(last)}
            )
    if args.json:
        common.emit_json({"from": first.isoformat(), "to": last.isoformat(), "due": [_json(d) for d in found]})
        return 0
    print(
        f"visits due {first.isoformat()} to {last.isoformat()}: {len(found)}, {sum(d.overdue for d in found)} overdue"
    )
    rows = [
        [
            d.due_on.isoformat(),
            "OVERDUE" if d.overdue else "",
            d.floor,
            d.units,
            d.customer,
            d.grade or "-",
            d.how,
            d.last_visit.isoformat() if d.last_visit else "-",
        ]
        for d in found
    ]
    common.table(rows, ["due", "", "floor", "units", "customer", "grade", "how", "last visit"])
    return 0


def _print_plan(args: argparse.Namespace) -> int:
    from app import printing
    from app.care.printouts import print_visit_plan
    from app.desk import Desk

    common.writable(args.output)
    year, number = args.month
    with Desk.open(common.database(args)) as desk:
        actor = common.log_in(desk, args, required=True, why=common.PERSONAL_DATA)
        with desk.read(actor) as work:
            print_visit_plan(work, year, number, args.output)
        details = {"what": "visit_plan", "month": f"{year}-{number:02d}", "pages": printing.pdf_pages(args.output)}
        common.record(desk, actor, "return_visit", None, "print", details)
    print(f"{args.output}: written")
    return 0


def _print_record(args: argparse.Namespace) -> int:
    from app import printing
    from app.care.printouts import print_visit_record
    from app.desk import Desk

    common.writable(args.output)
    with Desk.open(common.database(args)) as desk:
        actor = common.log_in(desk, args, required=True, why=common.PERSONAL_DATA)
        with desk.read(actor) as work:
            print_visit_record(work, args.visit, args.output)
        details = {"what": "visit_record", "pages": printing.pdf_pages(args.output)}
        common.record(desk, actor, "return_visit", args.visit, "print", details)
    print(f"{args.output}: written")
    return 0
