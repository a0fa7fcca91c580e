"""The ``check`` command: SQLite integrity, references, and every attachment present and unaltered."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict

from app import safety
from app.cli import common
from app.desk import Desk


def register(sub: argparse._SubParsersAction) -> None:
    p = common.command(
        sub, "check", "check the file: SQLite integrity, references, every attachment present and unaltered"
    )
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=_check)


def _check(args: argparse.Namespace) -> int:
    with Desk.open(common.database(args)) as desk:
        common.log_in(desk, args)
        problems = safety.check_database(desk)
    if args.json:
        common.emit_json({"ok": not problems, "problems": [asdict(p) for p in problems]})
    else:
        for p in problems:
            print(f"{p.kind}: {p.detail}", file=sys.stderr)
        print(f"{args.db}: {'OK' if not problems else f'{len(problems)} problem(s)'}")
    return 0 if not problems else 1
