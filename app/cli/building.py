"""The ``units`` command: the units of a building or floor, with status and current tenant."""

from __future__ import annotations

import argparse

from app import building
from app.cli import common
from app.desk import Desk, Work
from app.errors import NotFound
from app.text import QT_TRANSLATE_NOOP


def register(sub: argparse._SubParsersAction) -> None:
    p = common.command(sub, "units", "list units with status and current tenant")
    p.add_argument("--floor", type=common.text("floor", 20), help="only this floor, e.g. 8F, 8 or B1")
    p.add_argument("--building", type=common.text("building", 100), help="only this building")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=_units)


def _units(args: argparse.Namespace) -> int:
    with Desk.open(common.database(args)) as desk:
        with desk.read(None) as work:  # a building or floor not there: said before the password is asked
            _cards(work, args)
        # The tenants' names are customers' data (a tenant may be a person): no user, no list (R16).
        actor = common.log_in(desk, args, required=True, why=common.PERSONAL_DATA)
        with desk.read(actor) as work:
            cards = _cards(work, args)
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
        common.emit_json(rows)
    else:
        common.table(
            [[r["building"], r["floor"], r["unit"], r["status"], r["customer"] or "—"] for r in rows],
            ["building", "floor", "unit", "status", "customer"],
        )
    return 0


def _cards(work: Work, args: argparse.Namespace) -> list[building.UnitCard]:
    cards = building.unit_cards(work, building_id=common.building_id(work, args.building))
    if args.floor:
        label = common.floor_label(args.floor)
        cards = [c for c in cards if c.floor == label]
        if not cards:
            raise NotFound(QT_TRANSLATE_NOOP("app", "There is no floor {floor}."), field="floor", floor=label)
    return cards
