"""The ``dossier-desk`` command: opens the window, or runs one command on a database file.

Exit codes: 0 success, 1 bad data or input (message on stderr), 2 usage errors (argparse).
Every listing takes ``--json`` and then prints exactly one JSON document on stdout.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import json
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from app import archive, demo
from app.archive import printouts as archive_print
from app.building import buildings
from app.desk import Actor, Desk, Work
from app.dossier import dossiers
from app.dossier.categories import BY_CODE
from app.errors import AppError, NotFound, ValidationError
from app.people import users
from app.safety import check as integrity
from app.tenancy import labels
from app.text import QT_TRANSLATE_NOOP
from app.validation import parse_date, whole_number
from app.version import __version__
from db.attachment_store import attachments_folder_for

PASSWORD_ENV = "DOSSIER_DESK_PASSWORD"
LANGUAGES = ("zh_CN", "zh_TW", "en")


class CommandError(Exception):
    """A problem with the command's input that is not an app rule (exit code 1)."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dossier-desk",
        description="Dossier Desk: one dossier per unit (一户一档) for the customer-services front desk. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"dossier-desk {__version__}")
    parser.add_argument("--db", type=Path, help="database file to open")
    parser.add_argument("--lang", choices=LANGUAGES, help="user-interface language (default: from the system)")
    user_help = f"log in as this user (password from ${PASSWORD_ENV} or a prompt)"
    parser.add_argument("--user", help=user_help)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str, database: bool = True) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        if database:
            # SUPPRESS keeps a --db given before the command name.
            p.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="database file")
            p.add_argument(
                "--user", default=argparse.SUPPRESS, help=f"log in as this user (password from ${PASSWORD_ENV})"
            )
        return p

    p = command("init", "create a new, empty database with one administrator account", database=False)
    p.add_argument("path", type=Path)
    p.add_argument("--admin", required=True, help="the administrator's login name")
    p.add_argument("--name", default="", help="the administrator's display name")

    p = command("demo", "create a realistic demo database (one building, years of history)", database=False)
    p.add_argument("path", type=Path)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--floors", type=int, default=20)
    p.add_argument("--units-per-floor", type=int, default=8)
    p.add_argument("--years", type=int, default=8)
    p.add_argument("--password", help="password of every demo account (default: generated and printed)")
    p.add_argument("--as-of", help="the demo's 'today' as YYYY-MM-DD (default: today)")

    p = command("units", "list units with status and current tenant")
    p.add_argument("--floor", help="only this floor, e.g. 8F, 8 or B1")
    p.add_argument("--building", help="only this building")
    p.add_argument("--json", action="store_true", help="print one JSON document")

    p = command("dossier", "show a unit's dossier: documents newest first, contacts")
    p.add_argument("--unit", required=True, help="unit number, e.g. 0801")
    p.add_argument("--building", help="the building, when the unit number exists in several")
    p.add_argument("--json", action="store_true", help="print one JSON document")

    p = command("labels", "print dossier labels (标牌) to a PDF of A4 label sheets; records the print (R5)")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--floor", help="every live dossier filed on this floor, e.g. 8F")
    which.add_argument("--unit", help="the current dossier of this unit")
    which.add_argument("--to-reprint", action="store_true", help="every label the label check lists")
    p.add_argument("--building", help="the building, when there are several")
    p.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    p.add_argument("--layout", choices=sorted(labels.LAYOUTS), default=labels.DEFAULT_LAYOUT, help="label sheet")
    p.add_argument("--code", choices=labels.CODES, default="qr", help="QR code or Code 128 barcode")

    p = command("label-check", "list live dossiers whose printed label is not the current company name (R5)")
    p.add_argument("--json", action="store_true", help="print one JSON document")

    p = command("archive", "bind a year's departed dossiers and put them into file boxes by floor (R6, R7)")
    p.add_argument("--year", type=int, required=True, help="the year the tenancies ended, e.g. 2025")
    p.add_argument("--building", help="only this building")
    p.add_argument("--dry-run", action="store_true", help="show what would be bound and boxed; save nothing")
    p.add_argument(
        "--spine",
        type=int,
        choices=archive.SPINE_WIDTHS_MM,
        default=archive.DEFAULT_SPINE_MM,
        help="box spine width in mm (default %(default)s)",
    )
    p.add_argument("--capacity", type=int, help="pages a box holds (default: spine width × 10)")
    p.add_argument("--shelf", default="", help="where the new boxes will stand, e.g. 档案室 A-3")
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

    printing = sub.add_parser("print", help="print the archive's directories and labels to PDF")
    kinds = printing.add_subparsers(dest="printout", metavar="PRINTOUT", required=True)

    def printout(name: str, help_text: str) -> argparse.ArgumentParser:
        p = kinds.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="database file")
        p.add_argument("--user", default=argparse.SUPPRESS, help=f"log in as this user (password from ${PASSWORD_ENV})")
        p.add_argument("--building", help="the building, when there are several")
        p.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
        return p

    p = printout("archive", "a year's archive in one PDF: summary, box directories, in-file directories, box labels")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--pieces", type=Path, help="also write each piece as its own PDF into this folder")
    p = printout("dossier", "cover, in-file directory (卷内目录) and reference sheet (备考表) of one dossier")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--unit", help="the unit's current (or most recent) dossier")
    which.add_argument("--dossier", help="a dossier number or file number (案卷号)")
    p = printout("box", "everything for one archive box: labels, box directory, in-file directories")
    p.add_argument("--box", required=True, help="the box number, e.g. 2025-12F-01")

    p = command("check", "check the file: SQLite integrity, references, every attachment present and unaltered")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handlers: dict[str | None, Callable[[argparse.Namespace], int]] = {
        None: _open_window,
        "init": _init,
        "demo": _demo,
        "units": _units,
        "dossier": _dossier,
        "check": _check,
        "labels": _labels,
        "label-check": _label_check,
        "archive": _archive,
        "print": _print,
    }
    try:
        return handlers[args.command](args)
    except AppError as exc:
        where = f" [{exc.field_name()}]" if exc.field else ""
        print(f"dossier-desk: error{where}: {exc.text()}", file=sys.stderr)
        return 1
    except CommandError as exc:
        print(f"dossier-desk: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader (e.g. `| head`) stopped early; that is not an error of ours.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps interpreter shutdown from failing again
        return 0
    except KeyboardInterrupt:
        print("dossier-desk: interrupted; nothing was saved", file=sys.stderr)
        return 1


# -- helpers ----------------------------------------------------------------------------------


def _password(prompt: str, confirm: bool = False) -> str:
    password = os.environ.get(PASSWORD_ENV)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise CommandError(f"no password: set ${PASSWORD_ENV} or run in a terminal to be asked")
    password = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat the password: ") != password:
        raise CommandError("the two passwords differ; nothing was created")
    return password


def _database(args: argparse.Namespace) -> Path:
    if args.db is None:
        raise CommandError(f"{args.command}: name the database file with --db PATH")
    return args.db


def _log_in(desk: Desk, args: argparse.Namespace, required: bool = False) -> Actor | None:
    if not args.user:
        if required:
            raise CommandError(f"{args.command} changes the database: name yourself with --user NAME")
        return None
    return users.log_in(desk, args.user, _password(f"Password for {args.user}: "))


def _emit_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def _table(rows: list[list[str]], headers: list[str]) -> None:
    """Plain columns that line up for Chinese too (a CJK character is two columns wide)."""

    def width(text: str) -> int:
        return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)

    widths = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(headers)]
    for row in [headers, *rows]:
        print("  ".join(cell + " " * (w - width(cell)) for cell, w in zip(row, widths, strict=True)).rstrip())


def _floor_label(text: str) -> str:
    label = text.strip().upper()
    return f"{label}F" if label.isdigit() else label


# -- commands ---------------------------------------------------------------------------------


def _open_window(args: argparse.Namespace) -> int:
    # The window is a separate layer on top of this one; it is loaded only when asked for,
    # so the commands work on a machine without a display or without Qt's libraries.
    window = importlib.import_module("ui.main")
    return int(window.run(args.db, args.lang, args.user))


def _init(args: argparse.Namespace) -> int:
    password = _password(f"Password for {args.admin}: ", confirm=True)
    users.check_password(password)
    desk = Desk.create(args.path)
    try:
        with desk.work(None) as work:
            users.create_first_admin(work, args.admin, password, args.name)
    except BaseException:
        desk.close()
        _remove_database(args.path)  # a half-made file must not stay behind
        raise
    desk.close()
    print(f"created {args.path} with administrator {args.admin}")
    return 0


def _demo(args: argparse.Namespace) -> int:
    whole_number(args.floors, "demo.floors", 1, buildings.MAX_FLOORS)
    whole_number(args.units_per_floor, "demo.units_per_floor", 1, buildings.MAX_UNITS_PER_FLOOR)
    whole_number(args.years, "demo.years", 0, 50)
    if args.password is not None:
        users.check_password(args.password)
    as_of = parse_date(args.as_of, "demo.as_of") if args.as_of else None
    if args.path.exists():
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "A file already exists at {path}; choose a new name."),
            field="path",
            path=str(args.path),
        )
    try:
        summary = demo.build_demo(
            args.path,
            seed=args.seed,
            floors=args.floors,
            units_per_floor=args.units_per_floor,
            years=args.years,
            password=args.password,
            as_of=as_of,
        )
    except BaseException:
        _remove_database(args.path)
        raise
    print(
        f"created {summary.path}: {summary.building}, {summary.floors} floors, {summary.units} units, "
        f"{summary.tenancies} tenancies ({summary.live_dossiers} live, {summary.departed_dossiers} departed), "
        f"{summary.documents} documents, {summary.attachments} scans"
    )
    accounts = ", ".join(["admin", *(login for login, _, _ in demo.DEMO_ACCOUNTS)])
    if summary.password_generated:
        print(f"accounts: {accounts}; password for all of them: {summary.password}")
    else:
        print(f"accounts: {accounts} (password as given)")
    return 0


def _remove_database(path: Path) -> None:
    """Remove a file this command itself just created and could not finish: it would only mislead."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    folder = attachments_folder_for(path)
    if folder.is_dir():
        shutil.rmtree(folder, ignore_errors=True)


def _building_id(work: Work, name: str | None) -> int | None:
    if not name:
        return None
    match = [b for b in buildings.list_buildings(work) if b.name == name]
    if not match:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no building named “{name}”."), field="building", name=name)
    return match[0].id


def _floor_id(work: Work, text: str, building: str | None) -> int:
    label = _floor_label(text)
    building_ids = [b.id for b in buildings.list_buildings(work) if not building or b.name == building]
    floors = [f for b in building_ids for f in buildings.list_floors(work, b) if f.label == label]
    if not floors:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no floor {floor}."), field="floor", floor=label)
    if len(floors) > 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Floor {floor} exists in several buildings; name the building."),
            field="building",
            floor=label,
        )
    return floors[0].id


def _labels(args: argparse.Namespace) -> int:
    with Desk.open(_database(args)) as desk:
        actor = _log_in(desk, args, required=True)
        with desk.work(actor) as work:
            if args.floor:
                rows = labels.labels_for(work, floor_id=_floor_id(work, args.floor, args.building))
            elif args.unit:
                (unit_id,) = buildings.find_units(work, [args.unit], args.building)
                rows = labels.labels_for(work, unit_id=unit_id)
            else:
                rows = labels.label_check(work)
            labels.print_labels(work, rows, args.output, layout=labels.LAYOUTS[args.layout], code=args.code)
    print(f"{args.output}: {len(rows)} label(s)")
    return 0


def _label_check(args: argparse.Namespace) -> int:
    with Desk.open(_database(args)) as desk:
        actor = _log_in(desk, args)
        with desk.work(actor) as work:
            rows = labels.label_check(work)
    data = [
        {
            "dossier": r.dossier_number,
            "building": r.building,
            "floor": r.floor,
            "units": r.units,
            "label": r.label_text,
            "printed": r.last_printed_text,
            "printed_at": r.last_printed_at.isoformat(sep=" ") if r.last_printed_at else None,
        }
        for r in rows
    ]
    if args.json:
        _emit_json(data)
    elif not data:
        print("every live dossier's printed label matches its tenant's current name (R5)")
    else:
        _table(
            [[d["dossier"], d["units"], d["label"], d["printed"] or "(never printed)"] for d in data],
            ["dossier", "units", "current name", "printed label"],
        )
    return 0


def _units(args: argparse.Namespace) -> int:
    with Desk.open(_database(args)) as desk:
        actor = _log_in(desk, args)
        with desk.work(actor) as work:
            cards = buildings.unit_cards(work, building_id=_building_id(work, args.building))
    if args.floor:
        label = _floor_label(args.floor)
        cards = [c for c in cards if c.floor == label]
        if not cards:
            raise NotFound(QT_TRANSLATE_NOOP("app", "There is no floor {floor}."), field="floor", floor=label)
    rows = [
        {
            "building": c.building,
            "floor": c.floor,
            "unit": c.number,
            "status": c.status.value,
            "customer": c.customer,
            "area": str(c.area) if c.area is not None else None,
            "dossier": c.dossier_number,
        }
        for c in cards
    ]
    if args.json:
        _emit_json(rows)
    else:
        _table(
            [[r["building"], r["floor"], r["unit"], r["status"], r["customer"] or "—"] for r in rows],
            ["building", "floor", "unit", "status", "customer"],
        )
    return 0


def _dossier(args: argparse.Namespace) -> int:
    with Desk.open(_database(args)) as desk:
        actor = _log_in(desk, args)
        with desk.work(actor) as work:
            (unit_id,) = buildings.find_units(work, [args.unit], args.building)
            view = dossiers.read_dossier(work, dossiers.find_dossier_for_unit(work, unit_id))
    documents = [
        {
            "date": d.doc_date.isoformat(),
            "category": d.category,
            "category_name": BY_CODE[d.category].chinese,
            "title": d.title,
            "reference_no": d.reference_no,
            "issuer": d.issuer,
            "pages": d.pages,
            "original": d.is_original,
            "paper_location": d.paper_location,
            "attachments": [a.original_name for a in d.attachments],
            "item_no": d.item_no,
            "page_from": d.page_from,
            "page_to": d.page_to,
            "supplement": d.supplement,
        }
        for d in view.documents
    ]
    data = {
        "dossier": view.number,
        "building": view.building,
        "floor": view.floor,
        "unit": view.unit,
        "units": [u.number for u in view.units],
        "customer": view.customer.name,
        "former_names": [{"name": n.name, "used_until": n.used_until.isoformat()} for n in view.customer.former_names],
        "status": view.status,
        "label": view.label_text,
        "location": view.location,
        "file_number": view.file_number,
        "retention": view.retention,
        "move_in": view.move_in.isoformat(),
        "move_out": view.move_out.isoformat() if view.move_out else None,
        "documents": documents,
        "contacts": [asdict(c) for c in view.contacts],
    }
    if args.json:
        _emit_json(data)
        return 0
    print(f"{view.number}  {view.customer.name}  [{view.status}]")
    print(f"units: {', '.join(data['units'])} ({view.building} {view.floor})  location: {view.location or '—'}")
    print(f"move-in: {data['move_in']}  move-out: {data['move_out'] or '—'}")
    print()
    _table(
        [
            [d["date"], d["category_name"], d["title"], str(d["pages"]), "original" if d["original"] else "copy"]
            for d in documents
        ],
        ["date", "category", "title", "pages", "kind"],
    )
    return 0


class _DryRun(Exception):
    """Raised at the end of a dry run so its unit of work rolls everything back."""


def _archive(args: argparse.Namespace) -> int:
    options = archive.BoxOptions(spine_mm=args.spine, capacity_pages=args.capacity, shelf_location=args.shelf)
    report: dict[str, Any] = {}
    with Desk.open(_database(args)) as desk:
        actor = _log_in(desk, args, required=True)
        try:
            with desk.work(actor) as work:
                # Exactly the wizard's steps: "bind all", then box what is bound. A dry run does the same
                # work and rolls it back, so it shows the very file and box numbers a real run would give.
                result = archive.archive_year(
                    work,
                    args.year,
                    options,
                    building_id=_building_id(work, args.building),
                    bind_unbound=True,
                    retention=args.retention,
                    include_incomplete=args.include_incomplete,
                )
                report = _archive_report(work, result, args.dry_run)
                report["year_finished"] = args.year < work.today.year
                if args.dry_run:
                    raise _DryRun
        except _DryRun:
            pass
    if args.json:
        _emit_json(report)
        return 0
    if not report["year_finished"]:
        print(
            f"warning: {args.year} has not ended yet: tenancies ending later this year will go into further boxes",
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
    with Desk.open(_database(args)) as desk:
        actor = _log_in(desk, args, required=True)
        with desk.work(actor) as work:
            building_id = _building_id(work, args.building)
            if args.printout == "archive":
                archive_print.print_archive(work, args.year, args.output, building_id)
                if args.pieces:
                    _print_pieces(work, args.year, building_id, args.pieces)
            elif args.printout == "dossier":
                if args.dossier:
                    dossier_id = dossiers.find_dossier_by_number(work, args.dossier)
                else:
                    (unit_id,) = buildings.find_units(work, [args.unit], args.building)
                    dossier_id = dossiers.find_dossier_for_unit(work, unit_id)
                archive_print.print_dossier(work, dossier_id, args.output)
            else:
                archive_print.print_box(work, _box_id(work, args.box, building_id), args.output)
    print(f"{args.output}: written")
    return 0


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


def _print_pieces(work: Work, year: int, building_id: int | None, folder: Path) -> None:
    """Each piece of the year's archive as its own PDF, to reprint one without the rest."""
    year_boxes = archive.boxes(work, year=year, building_id=building_id)
    archive_print.print_year_directory(work, year, folder / f"{year}-directory.pdf", building_id)
    archive_print.print_box_labels(work, [b.id for b in year_boxes], folder / f"{year}-box-labels.pdf")
    for b in year_boxes:
        archive_print.print_box_directory(work, b.id, folder / f"{b.number}-box-directory.pdf")
        for entry in archive.box_entries(work, b.id):
            archive_print.print_dossier(work, entry.dossier_id, folder / b.number / f"{entry.file_number}.pdf")


def _check(args: argparse.Namespace) -> int:
    with Desk.open(_database(args)) as desk:
        _log_in(desk, args)
        problems = integrity.check_database(desk)
    if args.json:
        _emit_json({"ok": not problems, "problems": [asdict(p) for p in problems]})
    else:
        for p in problems:
            print(f"{p.kind}: {p.detail}", file=sys.stderr)
        print(f"{args.db}: {'OK' if not problems else f'{len(problems)} problem(s)'}")
    return 0 if not problems else 1
