"""The workbook commands (issue 17): ``template`` (the import template, no database needed) and ``export`` (any of
the program's lists as a workbook; the units, customers, tenancies and documents as a valid import file). The
``import`` command has a module of its own (app/cli/importing.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import common
from app.exchange import EXPORT_TITLES


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

    e = common.command(
        sub,
        "export",
        "write lists as an Excel workbook (one sheet each; units, customers, tenancies and documents are a valid "
        "import file)",
    )
    e.formatter_class = argparse.RawDescriptionHelpFormatter
    e.epilog = "exports (--what):\n" + "\n".join(f"  {name:<11} {title}" for name, title in EXPORT_TITLES.items())
    e.add_argument(
        "--what",
        action="append",
        required=True,
        metavar="NAME",
        type=common.text("export.what", 40, required=True),
        help="what to export (again for several sheets in one workbook); see the list below",
    )
    e.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.xlsx", help="the workbook to write")
    e.add_argument("--json", action="store_true", help="print one JSON document")
    e.set_defaults(run=_export)


# -- export -----------------------------------------------------------------------------------------------------


def _export(args: argparse.Namespace) -> int:
    from app.desk import Desk
    from app.exchange import export_names, export_workbook, ts_translator

    names = export_names(args.what)  # an unknown name is said before the password is asked
    common.writable(args.output)
    with Desk.open(common.database(args)) as desk:
        actor = common.log_in(desk, args, required=True, why=common.PERSONAL_DATA)
        with desk.read(actor) as work:
            rows = export_workbook(work, names, args.output, translate=ts_translator(args.lang or "zh_CN"))
        common.record(desk, actor, "workbook", None, "export", {"what": ",".join(names), "rows": rows})
    if args.json:
        common.emit_json({"path": str(args.output), "what": names, "rows": rows})
        return 0
    print(f"wrote {rows} rows ({', '.join(names)}) to {args.output}")
    return 0


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
