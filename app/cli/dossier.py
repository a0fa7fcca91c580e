"""The ``dossier`` command: one unit's dossier, documents newest first, and its contacts."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from app import building, dossier
from app.cli import common
from app.desk import Desk
from app.dossier import BY_CODE


def register(sub: argparse._SubParsersAction) -> None:
    p = common.command(sub, "dossier", "show a unit's dossier: documents newest first, contacts")
    p.add_argument("--unit", type=common.text("unit", 20, required=True), required=True, help="unit number, e.g. 0801")
    building = common.text("building", 100)
    p.add_argument("--building", type=building, help="the building, when the unit number exists in several")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=_dossier)


def _dossier(args: argparse.Namespace) -> int:
    with Desk.open(common.database(args)) as desk:
        with desk.read(None) as work:  # a unit not there or without a dossier: said before the password is asked
            (unit_id,) = building.find_units(work, [args.unit], args.building)
            dossier.find_dossier_for_unit(work, unit_id)
        # Customers' data: shown only to a logged-in user, ID numbers and mobiles as their role may export (R16).
        actor = common.log_in(desk, args, required=True, why=common.PERSONAL_DATA)
        with desk.read(actor) as work:
            (unit_id,) = building.find_units(work, [args.unit], args.building)
            view = dossier.read_dossier(work, dossier.find_dossier_for_unit(work, unit_id), export=True)
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
        "customer_kind": view.customer.kind,
        "customer_id_code": view.customer.id_code,
        "customer_phone": view.customer.phone,
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
        common.emit_json(data)
        return 0
    print(f"{view.number}  {view.customer.name}  [{view.status}]")
    if view.customer.id_code:
        print(f"credit code or ID number: {view.customer.id_code}")
    print(f"units: {', '.join(data['units'])} ({view.building} {view.floor})  location: {view.location or '—'}")
    print(f"move-in: {data['move_in']}  move-out: {data['move_out'] or '—'}")
    print()
    common.table(
        [
            [d["date"], d["category_name"], d["title"], str(d["pages"]), "original" if d["original"] else "copy"]
            for d in documents
        ],
        ["date", "category", "title", "pages", "kind"],
    )
    return 0
