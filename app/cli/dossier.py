"""The ``dossier`` command: one unit's dossier, documents newest first, and its contacts."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from app import building, customers, dossier
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

    r = common.command(
        common.printouts(sub),
        "registration",
        "a unit's customer registration form (客户档案登记表) filled in from the record",
    )
    r.add_argument("--unit", type=common.text("unit", 20, required=True), required=True, help="unit number, e.g. 0801")
    r.add_argument("--building", type=building, help="the building, when the unit number exists in several")
    r.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    r.set_defaults(run=_print_registration)


def _print_registration(args: argparse.Namespace) -> int:
    common.writable(args.output)
    with Desk.open(common.database(args)) as desk:
        with desk.read(None) as work:  # a unit not there or without a dossier: said before the password is asked
            (unit_id,) = building.find_units(work, [args.unit], args.building)
            dossier.find_dossier_for_unit(work, unit_id)
        # The form carries customers' data: printed only for a logged-in user, the ID number as their role may see.
        actor = common.log_in(desk, args, required=True, why=common.PERSONAL_DATA)
        with desk.read(actor) as work:
            (unit_id,) = building.find_units(work, [args.unit], args.building)
            dossier_id = dossier.find_dossier_for_unit(work, unit_id)
            dossier.registration_form(work, dossier_id, args.output)
        desk.record(actor, "dossier", dossier_id, "print", {"what": "registration_form", "pages": 1}, dossier_id)
    print(f"{args.output}: written")
    return 0


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
            sheet = customers.read_specimens(work, view.customer.id)  # issue 20: who may sign, ID numbers by role
        # R16: a dossier read is a view; as JSON (contacts' phone numbers included) an export of personal data.
        shown = len(view.documents) + len(view.contacts)
        kind = "export" if args.json else "view"
        common.record(desk, actor, "dossier", view.id, kind, {"what": "dossier", "rows": shown}, dossier_id=view.id)
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
        # issue 20: the customer's authorised signatories (their authority today) and its seals as shown
        "signatories": [
            {
                "name": s.name,
                "position": s.position,
                "id_number": s.id_number,
                "valid_from": s.valid_from.isoformat(),
                "valid_to": s.valid_to.isoformat() if s.valid_to else None,
                "authority_today": s.authority_on(desk.clock().date()).value,
                "specimen": s.specimen.original_name if s.specimen else None,
            }
            for s in sheet.signatories
        ],
        "seals": [{"seal": s.seal, "lodged_on": s.lodged_on.isoformat(), "file": s.original_name} for s in sheet.seals],
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
    if data["signatories"]:  # issue 20
        print()
        common.table(
            [
                [s["name"], s["position"], s["valid_from"], s["valid_to"] or "—", s["authority_today"]]
                for s in data["signatories"]
            ],
            ["authorised signatory", "position", "from", "until", "today"],
        )
    return 0
