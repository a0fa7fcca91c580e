"""The ``find`` command: the search of quick find and the search page, on the command line."""

from __future__ import annotations

import argparse

from app import search
from app.cli import common
from app.desk import Desk, Work
from app.dossier import BY_CODE
from app.errors import NotFound, ValidationError
from app.text import QT_TRANSLATE_NOOP

MAX_QUERY = 200
MAX_HITS = 10_000


def register(sub: argparse._SubParsersAction) -> None:
    p = common.command(
        sub,
        "find",
        "find dossiers by part of a name (Chinese, pinyin initials or full pinyin), a former name, a unit, a phone "
        "number's last digits, a document title or reference, a dossier number or 档号; best matches first",
    )
    p.add_argument("text", type=common.text("search.text", MAX_QUERY, required=True), help="what to look for")
    p.add_argument("--building", type=common.text("building", 100), help="only dossiers of this building")
    p.add_argument("--floor", type=common.text("floor", 20), help="only dossiers of this floor, e.g. 8F, 8 or B1")
    p.add_argument("--status", choices=sorted(search.STATUS_GROUPS), help="only live, departed or archived dossiers")
    p.add_argument("--category", type=common.text("document.category", 40), help="only documents of this category")
    p.add_argument("--from", dest="date_from", type=common.day("search.date_from"), help="documents dated from")
    p.add_argument("--to", dest="date_to", type=common.day("search.date_to"), help="documents dated until")
    p.add_argument(
        "--limit", type=common.whole("search.limit", 1, MAX_HITS), default=search.PER_KIND, help="hits per kind"
    )
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=_find)


def _filters(work: Work, args: argparse.Namespace) -> search.Filters:
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "The dates are the wrong way round: {start} is after {end}."),
            field="search.date_to",
            start=args.date_from.isoformat(),
            end=args.date_to.isoformat(),
        )
    if args.category is not None and args.category not in BY_CODE:
        raise NotFound(
            QT_TRANSLATE_NOOP("app", "There is no document category “{code}”."),
            field="document.category",
            code=args.category,
        )
    return search.Filters(
        building_id=common.building_id(work, args.building),
        floor_id=common.floor_id(work, args.floor, args.building) if args.floor else None,
        statuses=search.STATUS_GROUPS[args.status] if args.status else (),
        category=args.category,
        date_from=args.date_from,
        date_to=args.date_to,
    )


def _find(args: argparse.Namespace) -> int:
    with Desk.open(common.database(args)) as desk:
        with desk.read(None) as work:  # a building, floor or category not there: said before the password
            _filters(work, args)
        # Names, phones and titles are customers' data: no user, no hits (R16).
        actor = common.log_in(desk, args, required=True, why=common.PERSONAL_DATA)
        with desk.read(actor) as work:
            hits = search.search(work, args.text, args.limit, filters=_filters(work, args), pool=_pool(args))
        if args.json:  # R16: customers' data leaves the program: an export, in the audit log
            common.record(desk, actor, "search", None, "export", {"what": "find", "rows": len(hits)})
    rows = [
        {
            "dossier": h.dossier_number,
            "building": h.building,
            "floor": h.floor,
            "unit": h.unit,
            "customer": h.customer,
            "status": h.status,
            "kind": h.kind.name.lower(),
            "matched": h.matched,
        }
        for h in hits
    ]
    if args.json:
        common.emit_json(rows)
    else:
        common.table(
            [[r["dossier"], r["unit"], r["customer"], r["kind"], r["matched"]] for r in rows],
            ["dossier", "unit", "customer", "kind", "matched"],
        )
    return 0


def _pool(args: argparse.Namespace) -> int | None:
    # With filters, look further down the index than quick find does: the filters may leave few of its first hits.
    narrowed = args.building or args.floor or args.status or args.category or args.date_from or args.date_to
    return MAX_HITS * 10 if narrowed or args.limit > search.PER_KIND else None
