"""The registration forms of R12: ``forms`` lists filled forms (one form type's register with ``--code``, every
type's otherwise), ``print form CODE`` prints one filled form (``--record``) or the blank form."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli import common
from app.desk import Desk, Work

MAX_RECORD_ID = 2**31 - 1


def _code(value: str) -> str:
    """A form's code (qms-pm-31301…), known to resources/forms, checked while the command line is read."""
    from app.forms import form_definition

    return form_definition(value.strip()).code


def register(sub: argparse._SubParsersAction) -> None:
    p = common.command(sub, "forms", "filled registration forms (qms-pm-31301…31318): a form type's register")
    p.add_argument("--code", type=_code, help="only this form, e.g. qms-pm-31306 (default: every form)")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=_list)

    f = common.command(common.printouts(sub), "form", "a registration form (qms-pm-313NN), filled in or blank")
    f.add_argument("code", type=_code, metavar="CODE", help="the form, e.g. qms-pm-31318")
    f.add_argument("--record", type=common.whole("form.record", 1, MAX_RECORD_ID), help="the filled form's id")
    f.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    f.set_defaults(run=_print)


def _rows(work: Work, codes: list[str]) -> list[Any]:
    from app.forms import FormFilter, form_register

    rows: list[Any] = []
    for code in codes:
        offset = 0
        while page := form_register(work, FormFilter(code=code), offset=offset, limit=1000):
            rows += page
            offset += len(page)
    return rows


def _list(args: argparse.Namespace) -> int:
    from app.forms import form_definitions, value_text

    with Desk.open(common.database(args)) as desk:
        actor = common.log_in(desk, args, required=True, why=common.PERSONAL_DATA)
        with desk.read(actor) as work:
            codes = [args.code] if args.code else list(form_definitions())
            rows = _rows(work, codes)
        if args.json:  # R16: customers' data leaves the program: an export, in the audit log
            common.record(desk, actor, "form_record", None, "export", {"what": "forms", "rows": len(rows)})
    if args.json:
        common.emit_json(
            [
                {
                    "record": r.id,
                    "code": r.code,
                    "date": r.form_date.isoformat(),
                    "building": r.building,
                    "floor": r.floor,
                    "unit": r.unit,
                    "customer": r.customer,
                    "handled_by": r.handled_by,
                    "filed": r.document_id is not None,
                    "values": r.values,
                }
                for r in rows
            ]
        )
        return 0
    if not rows:
        print("no filled forms" + (f" of {args.code}" if args.code else ""))
        return 0
    forms = form_definitions()
    lines = []
    for r in rows:
        form = forms[r.code]
        shown = "; ".join(
            f"{form.field(key).zh} {text}"
            for key in form.register
            if (text := value_text(form.field(key), r.values.get(key)))
        )
        lines.append([str(r.id), r.code, r.form_date.isoformat(), r.unit, r.customer, r.handled_by, shown])
    common.table(lines, ["record", "form", "date", "unit", "customer", "handled by", "register"])
    return 0


def _print(args: argparse.Namespace) -> int:
    from app import printing
    from app.forms import print_form, read_form

    common.writable(args.output)
    with Desk.open(common.database(args)) as desk:
        if args.record is not None:
            with desk.read(None) as work:  # an unknown record is said before the password is asked
                read_form(work, args.record)
        # A filled form shows a customer's data; a blank one too is printed by someone (the audit log says who).
        actor = common.log_in(desk, args, required=True, why=common.PERSONAL_DATA)
        with desk.read(actor) as work:
            print_form(work, args.code, args.output, record_id=args.record)
            dossier_id = read_form(work, args.record).dossier_id if args.record is not None else None
        details: dict[str, Any] = {"what": "form", "code": args.code, "pages": printing.pdf_pages(args.output)}
        common.record(desk, actor, "form_record", args.record, "print", details, dossier_id=dossier_id)
    print(f"{args.output}: written" + ("" if args.record is not None else " (blank)"))
    return 0
