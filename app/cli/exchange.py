"""The workbook commands (issue 17): ``template`` (the import template, no database needed) and ``export`` (any of
the program's lists as a workbook; the units, customers, tenancies and documents as a valid import file).

The ``import`` command belongs here too (see the place marked below)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import common


def register(sub: argparse._SubParsersAction) -> None:
    p = common.command(
        sub,
        "template",
        "write the import template: an instructions sheet (说明) and the sheets 房间, 客户, 租户, 档案文件, 费用 "
        "with their headers and drop-down lists",
        database=False,
    )
    p.add_argument("output", type=Path, metavar="OUT.xlsx", help="the workbook to write")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=_template)

    # -- import: the lead's `import` command is registered here (app.exchange's import engine) ------------------


# -- template ---------------------------------------------------------------------------------------------------


def _template(args: argparse.Namespace) -> int:
    common.writable(args.output)
    from app.exchange import SHEETS, write_template

    written = write_template(args.output)
    if args.json:
        common.emit_json({"path": str(written), "sheets": ["说明", *(s.name for s in SHEETS)]})
        return 0
    print(f"wrote the import template {written}")
    return 0
