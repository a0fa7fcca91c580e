"""Dossier labels (标牌, R5): ``labels`` prints them, ``label-check`` lists those showing an old company name."""

from __future__ import annotations

import argparse
from pathlib import Path

from app import building, tenancy
from app.cli import common
from app.desk import Desk, Work
from app.errors import ValidationError
from app.text import QT_TRANSLATE_NOOP


def register(sub: argparse._SubParsersAction) -> None:
    p = common.command(sub, "labels", "print dossier labels (标牌) to a PDF of A4 label sheets; records the print")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--floor", type=common.text("floor", 20), help="every live dossier filed on this floor, e.g. 8F")
    which.add_argument("--unit", type=common.text("unit", 20), help="the current dossier of this unit")
    which.add_argument("--to-reprint", action="store_true", help="every label the label check lists")
    p.add_argument("--building", type=common.text("building", 100), help="the building, when there are several")
    p.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    p.add_argument("--layout", choices=sorted(tenancy.LAYOUTS), default=tenancy.DEFAULT_LAYOUT, help="label sheet")
    p.add_argument("--code", choices=tenancy.CODES, default="qr", help="QR code or Code 128 barcode")
    p.set_defaults(run=_labels)

    p = common.command(sub, "label-check", "list live dossiers whose printed label is not the current company name")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=_label_check)


def _rows(work: Work, args: argparse.Namespace) -> list[tenancy.LabelRow]:
    if args.floor:
        rows = tenancy.labels_for(work, floor_id=common.floor_id(work, args.floor, args.building))
    elif args.unit:
        (unit_id,) = building.find_units(work, [args.unit], args.building)
        rows = tenancy.labels_for(work, unit_id=unit_id)
    else:
        rows = tenancy.label_check(work)
    if not rows:
        raise ValidationError(QT_TRANSLATE_NOOP("app", "There are no labels to print."), field="labels.layout")
    return rows


def _labels(args: argparse.Namespace) -> int:
    common.writable(args.output)
    with Desk.open(common.database(args)) as desk:
        with desk.read(None) as work:
            _rows(work, args)  # a floor, unit or building that is not there is said before the password is asked
        actor = common.log_in(desk, args, required=True)
        with desk.work(actor) as work:
            rows = _rows(work, args)
            # The PDF is put at --output only once the print is recorded (committed): both or neither (R5).
            tenancy.print_labels(work, rows, args.output, layout=tenancy.LAYOUTS[args.layout], code=args.code)
    print(f"{args.output}: {len(rows)} label(s)")
    return 0


def _label_check(args: argparse.Namespace) -> int:
    with Desk.open(common.database(args)) as desk:
        # The labels are the tenants' names, customers' data (R16).
        actor = common.log_in(desk, args, required=True, why=common.PERSONAL_DATA)
        with desk.read(actor) as work:
            rows = tenancy.label_check(work)
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
        common.emit_json(data)
    elif not data:
        print("every live dossier's printed label matches its tenant's current name")
    else:
        common.table(
            [[d["dossier"], d["units"], d["label"], d["printed"] or "(never printed)"] for d in data],
            ["dossier", "units", "current name", "printed label"],
        )
    return 0
