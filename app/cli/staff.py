"""The customers' staff changes (R11 人事变动): ``staff --to-recover`` lists the cards, keys and parking permits still
to come back from people who left, ``staff --customer ID`` a customer's people, and ``print to-recover`` prints the
list (待收回物品清单)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli import common
from app.desk import Desk

MAX_ID = 2**31 - 1


def register(sub: argparse._SubParsersAction) -> None:
    customer = common.whole("staff.customer", 1, MAX_ID)
    p = common.command(sub, "staff", "the customers' staff: a customer's people, or what is to be recovered")
    shown = p.add_mutually_exclusive_group(required=True)
    shown.add_argument(
        "--to-recover", action="store_true", help="the cards, keys and permits still to come back from people who left"
    )
    shown.add_argument("--customer", type=customer, help="this customer's people (its id), and what each holds")
    p.add_argument("--of", type=customer, dest="of_customer", help="with --to-recover: only this customer's items")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=_staff)

    r = common.command(common.printouts(sub), "to-recover", "the to-recover list (待收回物品清单) of people who left")
    r.add_argument("--of", type=customer, dest="of_customer", help="only this customer's items (its id)")
    r.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    r.set_defaults(run=_print)


def _staff(args: argparse.Namespace) -> int:
    from app.staff import customer_staff, to_recover

    with Desk.open(common.database(args)) as desk:
        actor = common.log_in(desk, args, required=True, why=common.PERSONAL_DATA)
        with desk.read(actor) as work:
            if args.to_recover:
                rows: list[Any] = to_recover(work, args.of_customer)
            else:
                rows = customer_staff(work, args.customer)
        if args.json:  # R16: customers' data leaves the program: an export, in the audit log
            what = "to_recover" if args.to_recover else "staff"
            common.record(desk, actor, "staff_member", None, "export", {"what": what, "rows": len(rows)})
    if args.to_recover:
        return _show_to_recover(rows, args.json)
    return _show_people(rows, args.json)


def _show_to_recover(rows: list[Any], as_json: bool) -> int:
    if as_json:
        common.emit_json(
            [
                {
                    "item": r.item_id,
                    "customer": r.customer,
                    "customer_id": r.customer_id,
                    "person": r.person,
                    "department": r.department,
                    "left_on": r.left_on.isoformat() if r.left_on else None,
                    "kind": r.kind,
                    "number": r.number,
                    "form_record": r.form_record_id,
                }
                for r in rows
            ]
        )
        return 0
    if not rows:
        print("nothing to recover")
        return 0
    lines = [[str(r.item_id), r.customer, r.person, r.department, str(r.left_on or ""), r.kind, r.number] for r in rows]
    common.table(lines, ["item", "customer", "person", "department", "left on", "kind", "number"])
    return 0


def _show_people(people: list[Any], as_json: bool) -> int:
    if as_json:
        common.emit_json(
            [
                {
                    "id": p.id,
                    "name": p.name,
                    "department": p.department,
                    "position": p.position,
                    "joined_on": p.joined_on.isoformat() if p.joined_on else None,
                    "left_on": p.left_on.isoformat() if p.left_on else None,
                    "leaving": p.leaving,
                    "leaving_form_record": p.leaving_record_id,
                    "items": [
                        {
                            "kind": i.kind,
                            "number": i.number,
                            "state": i.state,
                            "form_record": i.form_record_id,
                            "returned_on": i.returned_on.isoformat() if i.returned_on else None,
                            "received_by": i.received_by,
                        }
                        for i in p.items
                    ],
                }
                for p in people
            ]
        )
        return 0
    if not people:
        print("no staff recorded")
        return 0
    lines = [
        [
            str(p.id),
            p.name,
            p.department,
            p.position,
            str(p.joined_on or ""),
            str(p.left_on or ""),
            ", ".join(f"{i.kind} {i.number} ({i.state})" for i in p.items),
        ]
        for p in people
    ]
    common.table(lines, ["id", "name", "department", "position", "joined", "left", "holds"])
    return 0


def _print(args: argparse.Namespace) -> int:
    from app import printing
    from app.staff import print_to_recover, to_recover

    common.writable(args.output)
    with Desk.open(common.database(args)) as desk:
        if args.of_customer is not None:
            with desk.read(None) as work:  # an unknown customer is said before the password is asked
                to_recover(work, args.of_customer)
        actor = common.log_in(desk, args, required=True, why=common.PERSONAL_DATA)
        with desk.read(actor) as work:
            print_to_recover(work, args.output, args.of_customer)
            items = len(to_recover(work, args.of_customer))
        details = {"what": "to_recover", "items": items, "pages": printing.pdf_pages(args.output)}
        common.record(desk, actor, "staff_member", None, "print", details)
    print(f"{args.output}: written ({items} item(s) to recover)")
    return 0
