"""``dossier-desk bench``: the benchmark of issue 14 — each operation's time against the bare SQL or bare Qt doing
the same on the same file, and the ratio (``app.bench``)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from app import bench
from app.cli import common

MAX_RUNS = 50


def register(sub: argparse._SubParsersAction) -> None:
    p = common.command(
        sub,
        "bench",
        "measure the program against the bare database and bare Qt on demo data built in a temporary folder",
        database=False,
    )
    p.add_argument("--scale", choices=tuple(bench.SCALES), default="small", help="how much data (default: small)")
    runs = common.whole("bench.runs", 1, MAX_RUNS)
    p.add_argument(
        "--runs",
        type=runs,
        default=bench.DEFAULT_RUNS,
        help=f"measure each operation this many times and take the median (default {bench.DEFAULT_RUNS}; "
        "the quick ones inside this process four times as often)",
    )
    p.add_argument(
        "--db",
        metavar="URL",
        type=common.location,  # as every command's --db: a server URL carries no password (keyring, environment)
        default=None,
        help="a PostgreSQL server (postgresql://user@host/database) whose user may create databases: the demo is "
        "copied into fresh bench_… databases there, measured there, and they are dropped afterwards "
        "(default: a file in a temporary folder)",
    )
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=_bench)


def _bench(args: argparse.Namespace) -> int:
    if getattr(sys, "frozen", False):
        # The benchmark starts Python processes of its own (python -m app, python -m ui.bench): the installed program
        # is one executable with no Python beside it.
        raise common.CommandError("the benchmark runs from a source checkout (bash dev.sh), not the installed program")
    if _no_display():
        # The window's part paints offscreen on a machine without a display (CI, a server).
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if isinstance(args.db, Path):
        raise common.CommandError(
            f"bench --db takes a PostgreSQL server URL (postgresql://user@host/database), not the file {args.db}: "
            "without --db the benchmark builds a file of its own"
        )
    server = common.server_database(args.db) if args.db is not None else None  # its password, as --db elsewhere
    try:
        report = bench.run_bench(args.scale, args.runs, bench.progress_to_stderr, server_url=server)
    except bench.BenchFailed as exc:  # a process failed, or the server cannot be used (ServerRefused)
        raise common.CommandError(str(exc)) from None
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        print(report.table())
    return 0


def _no_display() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    return not any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))
