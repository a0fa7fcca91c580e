"""The fee commands (R11): ``fees generate`` (the month's charges in one action), ``arrears`` (who is behind, aged),
and the printouts ``print arrears-notice``, ``print receipt``, ``print statement`` and ``print fees-summary``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli import common
from app.desk import Desk, Work
from app.errors import Conflict, ValidationError
from app.text import QT_TRANSLATE_NOOP

MAX_DAYS = 36_500  # --over: a hundred years is more than any debt is old


def _month(value: str) -> str:
    """``--month``: YYYY-MM, checked while the command line is read."""
    from app.fees import parse_month

    return parse_month(value).code


def register(sub: argparse._SubParsersAction) -> None:
    building = common.text("building", 100)
    p = common.command(sub, "fees", "fees: generate a month's charges for every occupied unit", database=False)
    steps = p.add_subparsers(dest="fees_command", metavar="ACTION", required=True)
    g = common.command(steps, "generate", "charge a month for every occupied unit (again: only what changed)")
    g.add_argument("--month", type=_month, required=True, help="the month charged, YYYY-MM")
    g.add_argument("--building", type=building, help="only this building (default: every building)")
    g.add_argument("--dry-run", action="store_true", help="show what would be written, write nothing")
    g.add_argument("--json", action="store_true", help="print one JSON document")
    g.set_defaults(run=_generate)

    a = common.command(sub, "arrears", "who is behind with payments, aged 0–30 / 31–60 / 61–90 / over 90 days")
    a.add_argument("--as-of", type=common.day("fees.as_of"), help="the day to age at, YYYY-MM-DD (default: today)")
    a.add_argument("--building", type=building, help="only this building")
    a.add_argument("--over", type=common.whole("fees.over_days", 0, MAX_DAYS), default=0, help="only debts over DAYS")
    a.add_argument("--json", action="store_true", help="print one JSON document")
    a.set_defaults(run=_arrears)

    printouts = common.printouts(sub)
    n = common.command(printouts, "arrears-notice", "arrears notices (催款通知单), a page per customer behind")
    which = n.add_mutually_exclusive_group(required=True)
    which.add_argument("--unit", type=common.text("unit", 20, required=True), help="the customer of this unit")
    which.add_argument("--floor", type=common.text("floor", 20, required=True), help="everyone behind on a floor")
    which.add_argument("--over", type=common.whole("fees.over_days", 0, MAX_DAYS), help="everyone over DAYS behind")
    n.add_argument("--as-of", type=common.day("fees.as_of"), help="the day to age at, YYYY-MM-DD (default: today)")
    n.add_argument("--building", type=building, help="the building, when there are several")
    n.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    n.set_defaults(run=_print_notices)

    r = common.command(printouts, "receipt", "a payment's receipt (收款收据), printed again")
    r.add_argument("--receipt", type=common.text("payment.receipt_no", 30, required=True), required=True)
    r.add_argument("--reversal", action="store_true", help="the 红冲 of that receipt, once it was reversed")
    r.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    r.set_defaults(run=_print_receipt)

    s = common.command(printouts, "statement", "a unit's tenant's statement (对账单) with the running balance")
    s.add_argument("--unit", type=common.text("unit", 20, required=True), required=True, help="unit number")
    s.add_argument("--building", type=building, help="the building, when the unit number exists in several")
    s.add_argument("--from", dest="first", type=common.day("fees.date_from"), help="first day, YYYY-MM-DD")
    s.add_argument("--to", dest="last", type=common.day("fees.date_to"), help="last day, YYYY-MM-DD")
    s.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    s.set_defaults(run=_print_statement)

    m = common.command(printouts, "fees-summary", "the month-end summary (月末汇总表): 应收, 实收, 欠收")
    m.add_argument("--month", type=_month, required=True, help="the month, YYYY-MM")
    m.add_argument("--building", type=building, help="only this building")
    m.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    m.set_defaults(run=_print_summary)


# -- fees generate ----------------------------------------------------------------------------------------------


def _plan_json(plan: Any, dry_run: bool) -> dict[str, Any]:
    from app.fees import NOTE_TEXTS

    return {
        "month": plan.month.code,
        "buildings": list(plan.buildings),
        "dry_run": dry_run,
        "nothing_new": plan.nothing_new,
        "lines": len(plan.lines) - plan.adjustments,
        "adjustments": plan.adjustments,
        "unchanged": plan.unchanged,
        "added_fen": plan.new_fen,
        "total_fen": plan.total_fen,
        "totals": [
            {"item": t.item, "lines": t.lines, "total_fen": t.total_fen, "added_fen": t.new_fen} for t in plan.totals
        ],
        "notes": [NOTE_TEXTS[n.code].format(unit=n.unit, item=n.item, month=plan.month.code) for n in plan.notes],
    }


def _generate(args: argparse.Namespace) -> int:
    from app.fees import generate_month, money_text, plan_month

    with Desk.open(common.database(args)) as desk:
        with desk.read(None) as work:  # an unknown building is said before the password is asked
            common.building_id(work, args.building)
        actor = common.log_in(desk, args, required=True)
        if args.dry_run:
            with desk.read(actor) as work:
                plan = plan_month(work, args.month, common.building_id(work, args.building))
        else:
            with desk.work(actor) as work:
                plan = generate_month(work, args.month, common.building_id(work, args.building))
    found = _plan_json(plan, args.dry_run)
    if args.json:
        common.emit_json(found)
        return 0
    where = ", ".join(plan.buildings)
    if plan.nothing_new:
        print(f"nothing new for {plan.month.code} ({where}): every charge is already there")
    else:
        verb = "would be written" if args.dry_run else "written"
        print(
            f"{plan.month.code} ({where}): {found['lines']} lines and {plan.adjustments} adjustments {verb}, "
            f"{money_text(plan.new_fen)} added"
        )
    rows = [[t.item, str(t.lines), money_text(t.total_fen), money_text(t.new_fen)] for t in plan.totals]
    rows.append(["total", str(sum(t.lines for t in plan.totals)), money_text(plan.total_fen), money_text(plan.new_fen)])
    common.table(rows, ["item", "lines", "month total", "added"])
    for note in found["notes"]:
        print(f"note: {note}")
    return 0


# -- arrears ----------------------------------------------------------------------------------------------------


def _arrears(args: argparse.Namespace) -> int:
    from app.fees import arrears, money_text

    with Desk.open(common.database(args)) as desk:
        with desk.read(None) as work:
            common.building_id(work, args.building)
        actor = common.log_in(desk, args, required=True, why=common.PERSONAL_DATA)
        with desk.read(actor) as work:
            day = args.as_of or work.today
            rows = arrears(work, as_of=day, building_id=common.building_id(work, args.building), over_days=args.over)
        if args.json:  # customers' debts leave the program: an export, in the audit log (R16)
            common.record(desk, actor, "arrears", None, "export", {"what": "arrears", "rows": len(rows), "as_of": day})
    buckets = [sum(r.buckets[n] for r in rows) for n in range(4)]
    if args.json:
        common.emit_json(
            {
                "as_of": day.isoformat(),
                "over_days": args.over,
                "rows": [
                    {
                        "tenancy_id": r.tenancy_id,
                        "customer": r.customer,
                        "building": r.building,
                        "floor": r.floor,
                        "units": r.units,
                        "dossier": r.dossier_number,
                        "buckets_fen": list(r.buckets),
                        "total_fen": r.total_fen,
                        "oldest_due": r.oldest_due.isoformat(),
                        "days_overdue": r.days_overdue,
                        "last_chased": r.last_chased.isoformat() if r.last_chased else None,
                    }
                    for r in rows
                ],
                "totals_fen": buckets,
                "total_fen": sum(buckets),
            }
        )
        return 0
    if not rows:
        print(f"nobody is in arrears on {day.isoformat()}")
        return 0
    table = [
        [r.customer, r.units, *(money_text(f) for f in r.buckets), money_text(r.total_fen), r.oldest_due.isoformat()]
        for r in rows
    ]
    table.append([f"total ({len(rows)})", "", *(money_text(f) for f in buckets), money_text(sum(buckets)), ""])
    common.table(table, ["customer", "units", "0-30", "31-60", "61-90", "over 90", "total", "oldest due"])
    return 0


# -- print ------------------------------------------------------------------------------------------------------


def _tenancy_of(work: Work, unit: str, building: str | None) -> int:
    from app import building as buildings
    from app.fees import tenancy_of_unit

    (unit_id,) = buildings.find_units(work, [unit], building)
    return tenancy_of_unit(work, unit_id)


def _notices_for(work: Work, args: argparse.Namespace) -> dict[str, Any]:
    if args.unit:
        return {"tenancy_ids": [_tenancy_of(work, args.unit, args.building)]}
    if args.floor:
        return {"floor_id": common.floor_id(work, args.floor, args.building)}
    return {"over_days": args.over, "building_id": common.building_id(work, args.building)}


def _print_notices(args: argparse.Namespace) -> int:
    from app import printing
    from app.fees import print_arrears_notices

    common.writable(args.output)
    with Desk.open(common.database(args)) as desk:
        with desk.read(None) as work:  # an unknown unit or floor is said before the password is asked
            _notices_for(work, args)
        actor = common.log_in(desk, args, required=True, why=common.PERSONAL_DATA)
        with desk.read(actor) as work:
            chosen = _notices_for(work, args)
            day = args.as_of or work.today
            count = print_arrears_notices(work, args.output, as_of=day, **chosen)
        details: dict[str, Any] = {"what": "arrears_notice", "notices": count, "as_of": day}
        details["pages"] = printing.pdf_pages(args.output)
        common.record(desk, actor, "arrears", None, "print", details)
    print(f"{args.output}: written ({count} notice{'s' if count != 1 else ''})")
    return 0


def _receipt_payment(work: Work, args: argparse.Namespace) -> Any:
    """The payment ``--receipt`` names, or with ``--reversal`` the reversal (红冲) of it."""
    from app.fees import payment_info, receipt_payment

    payment = receipt_payment(work, args.receipt)
    if not args.reversal:
        return payment
    if payment.reversed_by_id is None:
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "The payment with receipt {number} has not been reversed."),
            field="payment.receipt_no",
            number=payment.receipt_no,
        )
    return payment_info(work, payment.reversed_by_id)


def _print_receipt(args: argparse.Namespace) -> int:
    from app.fees import print_receipt, tenancy_place

    common.writable(args.output)
    with Desk.open(common.database(args)) as desk:
        with desk.read(None) as work:
            _receipt_payment(work, args)
        actor = common.log_in(desk, args, required=True, why=common.PERSONAL_DATA)
        with desk.read(actor) as work:
            payment = _receipt_payment(work, args)
            print_receipt(work, payment.id, args.output)
            dossier_id = tenancy_place(work, payment.tenancy_id)[2]
        details = {"what": "receipt", "receipt_no": args.receipt, "reversal": args.reversal, "pages": 1}
        common.record(desk, actor, "fee_payment", payment.id, "print", details, dossier_id=dossier_id)
    print(f"{args.output}: written")
    return 0


def _print_statement(args: argparse.Namespace) -> int:
    from app import printing
    from app.fees import print_statement, tenancy_place

    if args.first and args.last and args.last < args.first:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "The period ends ({last}) before it begins ({first})."),
            field="fees.date_to",
            first=args.first,
            last=args.last,
        )
    common.writable(args.output)
    with Desk.open(common.database(args)) as desk:
        with desk.read(None) as work:
            _tenancy_of(work, args.unit, args.building)
        actor = common.log_in(desk, args, required=True, why=common.PERSONAL_DATA)
        with desk.read(actor) as work:
            tenancy_id = _tenancy_of(work, args.unit, args.building)
            print_statement(work, tenancy_id, args.output, date_from=args.first, date_to=args.last)
            dossier_id = tenancy_place(work, tenancy_id)[2]
        details = {"what": "statement", "pages": printing.pdf_pages(args.output)}
        common.record(desk, actor, "tenancy", tenancy_id, "print", details, dossier_id=dossier_id)
    print(f"{args.output}: written")
    return 0


def _print_summary(args: argparse.Namespace) -> int:
    from app import printing
    from app.fees import print_month_summary

    common.writable(args.output)
    with Desk.open(common.database(args)) as desk:
        with desk.read(None) as work:
            common.building_id(work, args.building)
        actor = common.log_in(desk, args, required=True, why="prints the office's takings")
        with desk.read(actor) as work:
            print_month_summary(work, args.month, args.output, building_id=common.building_id(work, args.building))
        details = {"what": "fees_summary", "month": args.month, "pages": printing.pdf_pages(args.output)}
        common.record(desk, actor, "fees", None, "print", details)
    print(f"{args.output}: written")
    return 0
