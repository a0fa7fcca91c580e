"""Scan cover sheets (扫描封面, issue 21): ``print cover`` writes the A4 sheets whose QR code files the papers scanned
after them into a dossier and category."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import common
from app.desk import Desk, Work
from app.dossier import BY_CODE

TITLE_LIMIT = 100  # app.inbox.covers.MAX_TITLE; the room is imported only when the command runs


def register(sub: argparse._SubParsersAction) -> None:
    printouts = common.printouts(sub)
    p = common.command(
        printouts,
        "cover",
        "scan cover sheets (扫描封面): one A4 sheet per dossier and category, a QR code the scan inbox reads",
    )
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--unit", type=common.text("unit", 20), help="the dossier of this unit (its current tenant's)")
    which.add_argument("--dossier", type=common.text("dossier", 40), help="the dossier with this number")
    which.add_argument("--floor", type=common.text("floor", 20), help="every live dossier filed on this floor, e.g. 8F")
    which.add_argument("--blank", action="store_true", help="no dossier: for a stack of mixed papers of one category")
    p.add_argument("--building", type=common.text("building", 100), help="the building, when there are several")
    p.add_argument(
        "--category",
        choices=sorted(BY_CODE),
        help="the document category (default: one sheet each for move-in papers, fit-out files, correspondence "
        "and other application forms)",
    )
    p.add_argument("--title", type=common.text("document.title", TITLE_LIMIT), default="", help="the title to print")
    p.add_argument("--date", type=common.day("document.doc_date"), help="the date to print (YYYY-MM-DD)")
    p.add_argument("--copies", type=common.whole("covers.copies", 1, 20), default=1, help="copies of each sheet")
    p.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    p.set_defaults(run=_print_cover)


def _which(work: Work, args: argparse.Namespace) -> tuple[int | None, int | None]:
    """The dossier or the floor to print for (neither: blank sheets); one that is not there is refused."""
    from app import building, dossier

    if args.blank:
        return None, None
    if args.floor:
        return None, common.floor_id(work, args.floor, args.building)
    if args.unit:
        (unit_id,) = building.find_units(work, [args.unit], args.building)
        return dossier.find_dossier_for_unit(work, unit_id), None
    return dossier.find_dossier_by_number(work, args.dossier), None


def _print_cover(args: argparse.Namespace) -> int:
    from app import printing
    from app.inbox import cover_sheets, print_covers

    common.writable(args.output)
    with Desk.open(common.database(args)) as desk:
        with desk.read(None) as work:
            _which(work, args)  # what is not there is said before the password is asked
        # The sheets show the tenants' names, customers' data (R16).
        actor = common.log_in(desk, args, required=True, why=common.PERSONAL_DATA)
        with desk.read(actor) as work:
            dossier_id, floor_id = _which(work, args)
            sheets = cover_sheets(
                work,
                dossier_id=dossier_id,
                floor_id=floor_id,
                blank=args.blank,
                category=args.category,
                title=args.title,
                day=args.date,
            )
            print_covers(work, sheets, args.output, copies=args.copies)
        details = {"what": "scan_covers", "sheets": len(sheets), "pages": printing.pdf_pages(args.output)}
        common.record(desk, actor, "covers", None, "print", details)
    print(f"{args.output}: {len(sheets)} cover sheet(s)")
    return 0
