"""The ``check`` command: the file and its scans read as they are, never written; ``--repair`` quarantines strays."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from typing import Any

from app import safety
from app.cli import common
from app.desk import Desk
from app.errors import AppError

NOTES_SHOWN = 5  # per kind in the text output; --json lists every one


def register(sub: argparse._SubParsersAction) -> None:
    p = common.command(
        sub,
        "check",
        "check the file without changing it: SQLite integrity, schema, references, every scan present and "
        "unaltered, nothing stray in the attachments folder",
    )
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.add_argument(
        "--repair",
        action="store_true",
        help="move orphan and stray files to a quarantine folder beside the attachments (never deletes) and "
        "rebuild a stale search index; needs --user (an administrator)",
    )
    p.set_defaults(run=_check)


def _check(args: argparse.Namespace) -> int:
    path = common.database(args)
    if args.repair and not args.user:
        raise common.CommandError("check --repair moves files: name yourself with --user NAME")
    if isinstance(path, str):  # a server database (--db URL)
        return _check_server(args, path)
    report = safety.check_file(path)
    repair: safety.RepairReport | None = None
    refused: AppError | None = None
    if args.repair:
        try:
            repair = _repair(args, rebuild_index=any(p.kind == "search_index_stale" for p in report.problems))
        except AppError as exc:  # damaged, newer, wrong password: the report above still stands
            refused = exc
        else:
            report = safety.check_file(path)  # what is left
    if args.json:
        common.emit_json(_document(report, repair, refused))
    else:
        _print(report, repair)
    if refused is not None:
        print(f"dossier-desk: error: check --repair: {refused.text()}", file=sys.stderr)
        return 1
    left = repair is not None and bool(repair.left)
    return 0 if report.ok and not left else 1


def _check_server(args: argparse.Namespace, url: str) -> int:
    """The server database read in one snapshot, never written; --repair there rebuilds a stale search index only
    (a server has no folder of strays to move)."""
    report = safety.check_server(url)
    if args.repair and any(p.kind == "search_index_stale" for p in report.problems):
        with Desk.open(url) as desk:
            actor = common.log_in(desk, args, required=True)
            with desk.work(actor) as work:
                entries = safety.rebuild_search_index(work)
        print(f"rebuilt the search index: {entries} entries", file=sys.stderr if args.json else sys.stdout)
        report = safety.check_server(url)
    if args.json:
        common.emit_json(_document(report, None, None))
    else:
        _print(report, None)
    return 0 if report.ok else 1


def _repair(args: argparse.Namespace, *, rebuild_index: bool) -> safety.RepairReport:
    # Through a Desk like any change: a damaged or newer file is refused, an older one upgraded after a copy.
    with Desk.open(args.db) as desk:
        actor = common.log_in(desk, args, required=True)
        with desk.work(actor) as work:
            if rebuild_index:
                entries = safety.rebuild_search_index(work)
                print(f"rebuilt the search index: {entries} entries", file=sys.stderr if args.json else sys.stdout)
            return safety.repair_attachments(work)


def _document(
    report: safety.CheckReport, repair: safety.RepairReport | None, refused: AppError | None
) -> dict[str, Any]:
    document: dict[str, Any] = {
        "ok": report.ok,
        "database": str(report.database),
        "schema": {"revision": report.revision, "program": report.program_revision, "state": report.schema},
        "scans": report.scans,
        "audit": {"entries": report.audit_entries, "anchor": report.anchor or None},
        "problems": [asdict(p) for p in report.problems],
        "notes": [asdict(n) for n in report.notes],
    }
    if repair is not None:
        document["repair"] = {
            "quarantine": str(repair.quarantine) if repair.quarantine else None,
            "moved": list(repair.moved),
            "made_read_only": repair.made_read_only,
            "left": [asdict(f) for f in repair.left],
        }
    elif refused is not None:
        document["repair"] = {"error": refused.text()}
    return document


def _print(report: safety.CheckReport, repair: safety.RepairReport | None) -> None:
    if repair is not None:
        for moved in repair.moved:
            print(f"moved {moved} to {repair.quarantine}")
        if repair.made_read_only:
            print(f"made {repair.made_read_only} scan(s) read-only again")
        for left in repair.left:
            print(f"{left.kind}: {left.detail}", file=sys.stderr)
    for p in report.problems:
        print(f"{p.kind}: {p.detail}", file=sys.stderr)
    shown: dict[str, int] = {}
    for n in report.notes:
        shown[n.kind] = shown.get(n.kind, 0) + 1
        if shown[n.kind] <= NOTES_SHOWN:
            print(f"note: {n.detail}", file=sys.stderr)
    for kind, count in shown.items():
        if count > NOTES_SHOWN:
            more = count - NOTES_SHOWN
            print(f"note: … and {more} more of the kind {kind} (--json lists every one)", file=sys.stderr)
    schema = f"schema {report.revision}" if report.revision else "no schema"
    verdict = "OK" if report.ok else f"{len(report.problems)} problem(s)"
    chain = "" if report.audit_entries is None else f", {report.audit_entries} audit entries verified"
    if report.anchor:
        chain += f" and compared with {report.anchor}"
    print(f"{report.database}: {verdict} ({schema}, {report.scans} scan(s) checked{chain})")
