"""``dossier-desk import``: an office's workbook brought in all or nothing (issue 17).

Every problem is printed at once (sheet, row, column and header, the value, what is wrong) and nothing is written;
``--errors OUT.xlsx`` writes the workbook back with the problems marked for the clerk to correct. ``--dry-run`` checks
and tells what would be added. Importing the same file again adds nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli import common
from app.desk import Desk


def register(sub: argparse._SubParsersAction) -> None:
    p = common.command(sub, "import", "bring an office's workbook (.xlsx) in: all of it or, with any problem, nothing")
    p.add_argument("book", type=Path, metavar="BOOK.xlsx", help="the workbook (see `dossier-desk template`)")
    p.add_argument("--dry-run", action="store_true", help="check everything and say what would be added; write nothing")
    p.add_argument("--errors", type=Path, metavar="OUT.xlsx", help="with problems: write the workbook with them marked")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=_import)


def _json(report: Any) -> dict[str, Any]:
    return {
        "file": str(report.path),
        "dry_run": report.dry_run,
        "written": report.written,
        "nothing_new": report.nothing_new,
        "sheets": [
            {"sheet": s.sheet, "key": s.key, "rows": s.rows, "added": s.added, "skipped": s.skipped}
            for s in report.sheets
        ],
        "buildings_added": list(report.buildings_added),
        "floors_added": report.floors_added,
        "dossiers_added": report.dossiers_added,
        "fee_items_added": list(report.fee_items_added),
        "ignored": [{"sheet": i.sheet, "column": i.column, "header": i.header} for i in report.ignored],
        "problems": [
            {
                "sheet": p.sheet,
                "row": p.row,
                "column": p.column,
                "header": p.header,
                "value": p.value,
                "message": p.message(),
            }
            for p in report.problems
        ],
    }


def _import(args: argparse.Namespace) -> int:
    from app.exchange import check_file, import_workbook, write_error_workbook

    # Refused before the password is asked: an error workbook that could not be written, then a file that is not
    # there or not an .xlsx (a .csv, an .xls) — never after a log-in, and never after the whole check.
    if args.errors is not None:
        common.writable(args.errors)
    check_file(args.book)
    with Desk.open(common.database(args)) as desk:
        actor = common.log_in(desk, args, required=True)
        with desk.work(actor) as work:
            report = import_workbook(work, args.book, dry_run=args.dry_run)
    if report.problems and args.errors is not None:
        write_error_workbook(args.book, report, args.errors)
    if args.json:
        common.emit_json(_json(report))
        return 1 if report.problems else 0
    for ignored in report.ignored:
        if ignored.column:
            print(f"note: sheet {ignored.sheet}, column {ignored.column} ({ignored.header}) is not read")
        else:
            print(f"note: sheet {ignored.sheet} is not one of the template's sheets: not read")
    if report.problems:
        for problem in report.problems:
            print(problem.text())
        count = len(report.problems)
        print(f"{count} problem{'s' if count != 1 else ''} found: nothing was written")
        if args.errors is not None:
            print(f"the workbook with the problems marked: {args.errors}")
        return 1
    for sheet in report.sheets:
        print(f"{sheet.sheet}: {sheet.rows} rows, {sheet.added} new, {sheet.skipped} already recorded")
    if report.buildings_added:
        print(f"new buildings: {', '.join(report.buildings_added)}; new floors: {report.floors_added}")
    if report.fee_items_added:
        print(f"new fee items (switched off until set up): {', '.join(report.fee_items_added)}")
    if report.nothing_new:
        print("nothing new: everything in the workbook is already recorded")
    elif args.dry_run:
        print(f"dry run: {report.added} rows would be added ({report.dossiers_added} dossiers); nothing was written")
    else:
        print(f"imported {report.added} rows ({report.dossiers_added} new dossiers)")
    return 0
