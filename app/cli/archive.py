"""The yearly archive: ``archive`` binds departed dossiers and boxes them (R6, R7); ``print`` prints its directories."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app import archive, building, dossier, loans, printing
from app.cli import common
from app.desk import Desk, Work
from app.errors import NotFound, ValidationError
from app.files import Batch, written_together
from app.text import QT_TRANSLATE_NOOP
from app.validation import FIRST_YEAR, LAST_YEAR


def register(sub: argparse._SubParsersAction) -> None:
    year = common.whole("archive.year", FIRST_YEAR, LAST_YEAR)
    building_name = common.text("building", 100)
    p = common.command(sub, "archive", "bind a year's departed dossiers and put them into file boxes by floor (R6, R7)")
    p.add_argument("--year", type=year, required=True, help="the year the tenancies ended, e.g. 2025")
    p.add_argument("--building", type=building_name, help="only this building")
    p.add_argument("--dry-run", action="store_true", help="show what would be bound and boxed; save nothing")
    p.add_argument(
        "--spine",
        type=int,
        choices=archive.SPINE_WIDTHS_MM,
        default=archive.DEFAULT_SPINE_MM,
        help="box spine width in mm (default %(default)s)",
    )
    capacity = common.whole("box.capacity_pages", 1, archive.MAX_CAPACITY_PAGES)
    p.add_argument("--capacity", type=capacity, help="pages a box holds (default: spine width × 10)")
    shelf = common.text("box.shelf_location", archive.MAX_SHELF_LENGTH)
    p.add_argument("--shelf", type=shelf, default="", help="where the new boxes will stand, e.g. 档案室 A-3")
    p.add_argument(
        "--include-incomplete",
        action="store_true",
        help="also bind dossiers with documents lacking a page count, or none (left out and listed otherwise)",
    )
    p.add_argument(
        "--retention",
        choices=list(archive.RETENTION_NAMES),
        default=archive.DEFAULT_RETENTION,
        help="retention period for the dossiers bound now (default %(default)s)",
    )
    p.add_argument("--json", action="store_true", help="print one JSON document: the boxes and their dossiers")
    p.set_defaults(run=_archive)

    kinds = common.printouts(sub)

    def printout(name: str, help_text: str) -> argparse.ArgumentParser:
        p = common.command(kinds, name, help_text)
        p.set_defaults(run=_print)
        p.add_argument("--building", type=building_name, help="the building, when there are several")
        p.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
        return p

    p = printout("archive", "a year's archive in one PDF: summary, box directories, in-file directories, box labels")
    p.add_argument("--year", type=year, required=True)
    p.add_argument("--pieces", type=Path, help="also write each piece as its own PDF into this folder")
    p = printout("dossier", "cover, in-file directory (卷内目录) and reference sheet (备考表) of one dossier")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--unit", type=common.text("unit", 20), help="the unit's current (or most recent) dossier")
    which.add_argument("--dossier", type=common.text("dossier", 40), help="a dossier number or file number (案卷号)")
    p = printout("box", "everything for one archive box: labels, box directory, in-file directories")
    p.add_argument("--box", type=common.text("box", 40, required=True), help="the box number, e.g. 2025-12F-01")
    p = printout(
        "handover", "the hand-over list (档案移交清单) of a year's boxes or of chosen boxes, with signature lines"
    )
    scope = p.add_mutually_exclusive_group(required=True)
    scope.add_argument("--year", type=year, help="every box of this year")
    scope.add_argument(
        "--box",
        dest="boxes",
        action="append",
        type=common.text("box", 40, required=True),
        help="a box number, e.g. 2025-12F-01 (repeat for several, listed in the order given)",
    )


class _DryRun(Exception):
    """Raised at the end of a dry run so its unit of work rolls everything back."""


def _archive(args: argparse.Namespace) -> int:
    options = archive.check_options(
        archive.BoxOptions(spine_mm=args.spine, capacity_pages=args.capacity, shelf_location=args.shelf)
    )
    report: dict[str, Any] = {}
    with Desk.open(common.database(args)) as desk:
        with desk.read(None) as work:  # a year to come or a building not there: said before the password is asked
            archive.check_year(work, args.year)
            common.building_id(work, args.building)
        actor = common.log_in(desk, args, required=True)
        try:
            with desk.work(actor) as work:
                # R8: dossiers of the year out on loan are not in the cabinet to be bound and boxed: said, not refused.
                year_dossiers = archive.candidates(work, args.year, common.building_id(work, args.building))
                numbers = {c.dossier_id: c.dossier_number for c in year_dossiers}
                lent = loans.on_loan(work, list(numbers))
                # Exactly the wizard's steps: "bind all", then box what is bound. A dry run does the same
                # work and rolls it back, so it shows the very file and box numbers a real run would give.
                result = archive.archive_year(
                    work,
                    args.year,
                    options,
                    building_id=common.building_id(work, args.building),
                    bind_unbound=True,
                    retention=args.retention,
                    include_incomplete=args.include_incomplete,
                )
                report = _archive_report(work, result, args.dry_run)
                report["year_finished"] = args.year < work.today.year
                report["out_on_loan"] = [
                    {"dossier": numbers[d], "loan": x.id, "borrower": x.borrower, "since": x.lent_on.isoformat()}
                    for d, x in sorted(lent.items())
                ]
                if args.dry_run:
                    raise _DryRun
        except _DryRun:
            pass
    if args.json:
        common.emit_json(report)
        return 0
    if not report["year_finished"]:
        print(
            f"warning: {args.year} has not ended yet: tenancies ending later this year will go into further boxes",
            file=sys.stderr,
        )
    for lent in report["out_on_loan"]:
        print(
            f"warning: dossier {lent['dossier']} is out on loan to {lent['borrower']} since {lent['since']} "
            f"(loan {lent['loan']}): take it back before it goes into its box",
            file=sys.stderr,
        )
    for box in report["boxes"]:
        over = "  OVER CAPACITY (a dossier thicker than the box)" if box["over_capacity"] else ""
        print(
            f"{box['number']}  {box['floor']}  {box['retention']}  {box['pages']}/{box['capacity_pages']} pages"
            f"  {box['shelf_location'] or ''}{over}"
        )
        for d in box["dossiers"]:
            print(
                f"    {d['file_number']}  {d['customer']}（{d['units']}）  {d['documents']} items, {d['pages']} pages"
            )
    for d in report["unbound"]:
        reasons = ", ".join(archive.WARNING_NAMES[w] for w in d["warnings"]) or archive.WARNING_NAMES["unbound"]
        print(f"not bound: {d['dossier']}  {d['customer']}（{d['units']}）: {reasons}")
    if report["unbound"] and not args.include_incomplete:
        print("  (record the missing page counts, or bind them as they are with --include-incomplete)")
    done = "would be" if args.dry_run else "were"
    if not report["boxes"] and not report["unbound"] and not report["bound"]:
        print(f"{args.year}: nothing to archive: no departed dossier of {args.year} is waiting for a box")
        return 0
    print(
        f"{args.year}: {len(report['bound'])} dossier(s) {done} bound, {report['archived']} {done} put into "
        f"{len(report['boxes'])} new box(es); {report['left_unbound']} left unbound"
        + (" (dry run: nothing was saved)" if args.dry_run else "")
    )
    return 0


def _archive_report(work: Work, result: archive.ArchiveResult, dry_run: bool) -> dict[str, Any]:
    return {
        "year": result.year,
        "dry_run": dry_run,
        "bound": list(result.bound),
        "archived": result.archived,
        "left_unbound": result.left_unbound,
        "unbound": [
            {
                "dossier": c.dossier_number,
                "customer": c.customer,
                "units": c.units,
                "floor": c.floor,
                "documents": c.documents,
                "unpaged": c.unpaged,
                "warnings": [w for w in c.warnings if w != "unbound"],
            }
            for c in result.unbound
        ],
        "boxes": [
            {
                "number": b.number,
                "building": b.building,
                "floor": b.floor,
                "retention": b.retention,
                "spine_mm": b.spine_mm,
                "capacity_pages": b.capacity_pages,
                "shelf_location": b.shelf_location,
                "documents": b.documents,
                "pages": b.pages,
                "over_capacity": b.over_capacity,
                "file_numbers": b.file_range,
                "dossiers": [
                    {
                        "file_number": e.file_number,
                        "customer": e.customer,
                        "units": e.units,
                        "floor": e.floor,
                        "title": e.title,
                        "start_date": e.start_date.isoformat(),
                        "end_date": e.end_date.isoformat(),
                        "documents": e.documents,
                        "pages": e.pages,
                    }
                    for e in archive.box_entries(work, b.id)
                ],
            }
            for b in result.boxes
        ],
    }


def _print(args: argparse.Namespace) -> int:
    common.writable(args.output)
    if args.printout == "archive" and args.pieces:
        common.writable_folder(args.pieces)
    with Desk.open(common.database(args)) as desk:
        with desk.read(None) as work:  # what to print is found before the password is asked
            _what_to_print(work, args)
        actor = common.log_in(desk, args, required=True)
        with desk.read(actor) as work:
            building_id, what = _what_to_print(work, args)
            if args.printout == "archive":
                # The year's PDF and its pieces are put in place together, the year's PDF last: after a kill or a
                # full disk there is none of them, or all.
                with written_together() as batch:
                    if args.pieces:
                        _print_pieces(work, args.year, building_id, args.pieces, batch)
                    archive.print_archive(work, args.year, batch.partial(args.output), building_id)
            elif args.printout == "dossier":
                archive.print_dossier(work, what, args.output)
            elif args.printout == "handover":
                box_ids = [] if args.year else [_box_id(work, number, building_id) for number in args.boxes]
                archive.print_handover(work, args.output, year=args.year, box_ids=box_ids, building_id=building_id)
            else:
                archive.print_box(work, what, args.output)
        # R16: every printout is in the audit log (after it is written, in a short write of its own).
        details: dict[str, Any] = {"what": args.printout, "pages": printing.pdf_pages(args.output)}
        if args.printout in ("archive", "handover") and args.year:
            details["year"] = args.year
        if args.printout == "handover" and not args.year:
            details["boxes"] = [number.strip() for number in args.boxes]
        dossier_id = what if args.printout == "dossier" else None
        entity = {"archive": "archive_year", "dossier": "dossier", "box": "archive_box", "handover": "archive_year"}[
            args.printout
        ]
        entity_id = None if args.printout in ("archive", "handover") else what
        common.record(desk, actor, entity, entity_id, "print", details, dossier_id=dossier_id)
    print(f"{args.output}: written")
    return 0


def _what_to_print(work: Work, args: argparse.Namespace) -> tuple[int | None, int]:
    """The building and the year (its box count), dossier or box the printout is of."""
    building_id = common.building_id(work, args.building)
    if args.printout == "archive" or (args.printout == "handover" and args.year):
        return building_id, len(archive.year_boxes(work, args.year, building_id))
    if args.printout == "handover":
        return building_id, len([_box_id(work, number, building_id) for number in args.boxes])
    if args.printout == "dossier":
        if args.dossier:
            return building_id, dossier.find_dossier_by_number(work, args.dossier)
        (unit_id,) = building.find_units(work, [args.unit], args.building)
        return building_id, dossier.find_dossier_for_unit(work, unit_id)
    return building_id, _box_id(work, args.box, building_id)


def _box_id(work: Work, number: str, building_id: int | None) -> int:
    found = [b for b in archive.boxes(work, building_id=building_id) if b.number == number.strip()]
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no archive box {number}."), field="box", number=number)
    if len(found) > 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Box {number} exists in several buildings; name the building."),
            field="building",
            number=number,
        )
    return found[0].id


def _print_pieces(work: Work, year: int, building_id: int | None, folder: Path, batch: Batch) -> None:
    """Each piece of the year's archive as its own PDF, to reprint one without the rest."""
    year_boxes = archive.year_boxes(work, year, building_id)
    archive.print_year_directory(work, year, batch.partial(folder / f"{year}-directory.pdf"), building_id)
    archive.print_box_labels(work, [b.id for b in year_boxes], batch.partial(folder / f"{year}-box-labels.pdf"))
    for b in year_boxes:
        archive.print_box_directory(work, b.id, batch.partial(folder / f"{b.number}-box-directory.pdf"))
        for entry in archive.box_entries(work, b.id):
            archive.print_dossier(work, entry.dossier_id, batch.partial(folder / b.number / f"{entry.file_number}.pdf"))
