"""Retention and destruction (R15) on the command line: ``destruction`` lists what is due for appraisal on a day and
the destruction lists with their state; ``print destruction-form`` and ``print destruction-register`` print the
档案资料销毁审批表 and the 销毁清册 of a list. Proposing, approving (the manager's countersign, with a typed
confirmation) and recording a destruction are done in the window only."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app import archive, printing
from app.cli import common
from app.desk import Desk

MAX_LIST = 20  # destruction_list.number: 2026-XH-01, or the list's id


def register(sub: argparse._SubParsersAction) -> None:
    p = common.command(sub, "destruction", "what is past its retention on a day (到期鉴定), and the destruction lists")
    p.add_argument("--as-of", type=common.day("destruction_list.as_of"), required=True, help="YYYY-MM-DD")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=_list)
    for name, what in (
        ("destruction-form", "the destruction approval form (档案资料销毁审批表) of a destruction list"),
        ("destruction-register", "the register of a destruction list (销毁清册)"),
    ):
        r = common.command(common.printouts(sub), name, what)
        r.add_argument(
            "--list",
            dest="list_number",
            type=common.text("destruction_list", MAX_LIST, required=True),
            required=True,
            help="the list's number (2026-XH-01)",
        )
        r.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
        r.set_defaults(run=_print)


def _list(args: argparse.Namespace) -> int:
    with Desk.open(common.database(args)) as desk:
        actor = common.log_in(desk, args, required=True, why=common.PERSONAL_DATA)
        with desk.read(actor) as work:
            due = archive.due_for_appraisal(work, args.as_of)
            lists = archive.destruction_lists(work)
    if args.json:
        common.emit_json(
            {
                "as_of": args.as_of.isoformat(),
                "due": [_due(d) for d in due.dossiers],
                "boxes": [
                    {"box": b.number, "year": b.year, "retention": b.retention, "dossiers": b.dossiers, "due": b.due}
                    for b in due.boxes
                ],
                "lists": [_shown(x) for x in lists],
            }
        )
        return 0
    print(f"Due for appraisal on {args.as_of.isoformat()}: {len(due.dossiers)} dossiers")
    if due.dossiers:
        common.table(
            [
                [
                    d.file_number,
                    d.title,
                    str(d.year),
                    archive.RETENTION_PRINTED.get(d.retention, d.retention),
                    str(d.documents),
                    str(d.pages),
                    d.box_number,
                    d.due_from.isoformat(),
                ]
                for d in due.dossiers
            ],
            ["档号", "案卷题名", "年度", "保管期限", "件数", "页数", "盒号", "due from"],
        )
    whole = [b.number for b in due.boxes if b.whole]
    if whole:
        print(f"Whole boxes due: {', '.join(whole)}")
    print(f"Destruction lists: {len(lists)}")
    if lists:
        common.table(
            [
                [
                    x.number,
                    x.state.value,
                    x.as_of.isoformat(),
                    str(len(x.to_destroy)),
                    str(len(x.kept)),
                    x.proposed_by,
                    x.decided_by or "",
                    x.destroyed_at.date().isoformat() if x.destroyed_at else "",
                ]
                for x in lists
            ],
            ["list", "state", "as of", "destroy", "keep", "proposed by", "decided by", "destroyed"],
        )
    return 0


def _due(d: archive.DueDossier) -> dict[str, Any]:
    return {
        "dossier_id": d.dossier_id,
        "file_number": d.file_number,
        "title": d.title,
        "year": d.year,
        "retention": d.retention,
        "documents": d.documents,
        "pages": d.pages,
        "box": d.box_number or None,
        "due_from": d.due_from.isoformat(),
        "kept_until_year": d.kept_until_year,
    }


def _shown(x: archive.DestructionListInfo) -> dict[str, Any]:
    return {
        "list": x.number,
        "state": x.state.value,
        "as_of": x.as_of.isoformat(),
        "opinion": x.opinion,
        "proposed_by": x.proposed_by,
        "proposed_at": x.proposed_at.isoformat(sep=" "),
        "approval": x.approval_id,
        "decided_by": x.decided_by,
        "decided_at": x.decided_at.isoformat(sep=" ") if x.decided_at else None,
        "witnesses": [w for w in x.witnesses if w],
        "destroyed_at": x.destroyed_at.isoformat(sep=" ") if x.destroyed_at else None,
        "destroyed_by": x.destroyed_by,
        "items": [
            {
                "position": e.position,
                "file_number": e.file_number,
                "title": e.title,
                "year": e.year,
                "retention": e.retention,
                "documents": e.documents,
                "pages": e.pages,
                "box": e.box_number or None,
                "decision": "destroy" if e.destroy else "keep",
                "keep_until_year": e.keep_until_year,
                "reason": e.reason,
            }
            for e in x.entries
        ],
    }


def _print(args: argparse.Namespace) -> int:
    common.writable(args.output)
    with Desk.open(common.database(args)) as desk:
        with desk.read(None) as work:  # the list is found before the password is asked
            list_id = archive.find_destruction_list(work, args.list_number).id
        actor = common.log_in(desk, args, required=True, why=common.PERSONAL_DATA)
        with desk.read(actor) as work:
            if args.printout == "destruction-form":
                info = archive.print_destruction_form(work, list_id, args.output)
            else:
                info = archive.print_destruction_register(work, list_id, args.output)
        # R16: every printout is in the audit log (after it is written, in a short write of its own).
        details = {"what": args.printout, "list": info.number, "pages": printing.pdf_pages(args.output)}
        common.record(desk, actor, "destruction_list", list_id, "print", details)
    print(f"{args.output}: written")
    return 0
