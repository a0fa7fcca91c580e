"""The dashboard's printout (R10): ``print dashboard``, the month's one-page report with its charts."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import common
from app.desk import Desk


def _month(value: str) -> str:
    """``--month``: YYYY-MM, checked while the command line is read."""
    from app.fees import parse_month

    return parse_month(value).code


def register(sub: argparse._SubParsersAction) -> None:
    printouts = common.printouts(sub)
    p = common.command(printouts, "dashboard", "the month's one-page report (月度简报) with the dashboard's charts")
    p.add_argument("--month", type=_month, help="the month, YYYY-MM (default: this month, to today)")
    p.add_argument("--building", type=common.text("building", 100), help="only this building (default: every one)")
    p.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    p.set_defaults(run=_print_dashboard)


def _print_dashboard(args: argparse.Namespace) -> int:
    from app import printing
    from app.dashboard import print_monthly_report, report_day

    common.writable(args.output)
    with Desk.open(common.database(args)) as desk:
        with desk.read(None) as work:  # an unknown building or a month to come is said before the password is asked
            common.building_id(work, args.building)
            report_day(work, args.month)
        actor = common.log_in(desk, args, required=True, why="prints the building's figures")
        with desk.read(actor) as work:
            building_id = common.building_id(work, args.building)
            print_monthly_report(work, args.month, args.output, building_id=building_id)
            month = args.month or work.today.strftime("%Y-%m")
        details = {"what": "dashboard", "month": month, "pages": printing.pdf_pages(args.output)}
        common.record(desk, actor, "dashboard", None, "print", details)
    print(f"{args.output}: written")
    return 0
