"""Loans (R8): ``loans`` lists them (``--overdue``), ``loans request|approve|out|back`` take a loan through its steps,
``print loans`` prints the loan register (档案借阅登记表) of a month or any period."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path
from typing import Any

from app import approvals, building, dossier, loans
from app.cli import common
from app.desk import Desk, Work
from app.errors import ValidationError
from app.text import QT_TRANSLATE_NOOP
from app.validation import within_years

MAX_LOAN_ID = 2**31 - 1


def _month(value: str) -> tuple[dt.date, dt.date]:
    """``--month``: YYYY-MM, as the first and last day of that month."""
    found = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", value)
    if found is None or not 1 <= int(found.group(2)) <= 12:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be a month written as YYYY-MM, not “{value}”."),
            field="loan.month",
            value=value[:40],
        )
    first, last = loans.month_period(int(found.group(1)), int(found.group(2)))
    within_years(first, "loan.month")
    return first, last


def register(sub: argparse._SubParsersAction) -> None:
    loan_id = common.whole("loan", 1, MAX_LOAN_ID)
    p = common.command(sub, "loans", "dossier loans: list them, or take one through request, approval, out, back")
    p.add_argument("--overdue", action="store_true", help="only loans out past their return day")
    p.add_argument("--open", action="store_true", help="only loans waiting, approved or out (not back, not refused)")
    _period_options(p, required=False)
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=_list, loan_action=None)
    steps = p.add_subparsers(dest="loan_action", metavar="STEP")

    q = common.command(steps, "request", "ask to borrow dossiers; the request waits for the manager's approval")
    q.add_argument("--unit", type=common.text("unit", 20, required=True), action="append", default=[], help="a unit")
    q.add_argument(
        "--dossier",
        type=common.text("dossier", 40, required=True),
        action="append",
        default=[],
        help="a dossier number",
    )
    q.add_argument("--building", type=common.text("building", 100), help="the building, when there are several")
    q.add_argument("--borrower", type=common.text("loan.borrower", loans.MAX_BORROWER, required=True), required=True)
    q.add_argument("--department", type=common.text("loan.department", loans.MAX_DEPARTMENT), default="")
    q.add_argument("--purpose", type=common.text("loan.purpose", loans.MAX_PURPOSE, required=True), required=True)
    q.add_argument("--return-by", type=common.day("loan.expected_return"), help="YYYY-MM-DD (default: today)")
    q.add_argument("--may-leave-office", action="store_true", help="not only read in the office")
    q.add_argument("--notes", type=common.text("loan.notes", loans.MAX_NOTE), default="")
    q.add_argument("--json", action="store_true", help="print the loan as one JSON document")
    q.set_defaults(run=_request)

    a = common.command(steps, "approve", "the department manager approves (or with --refuse refuses) a loan request")
    a.add_argument("--loan", type=loan_id, required=True, help="the loan's number")
    a.add_argument("--refuse", action="store_true", help="refuse instead of approving")
    a.add_argument("--note", type=common.text("approval.note", 500), default="", help="the manager's note")
    a.add_argument("--json", action="store_true", help="print the loan as one JSON document")
    a.set_defaults(run=_approve)

    o = common.command(steps, "out", "hand an approved loan's dossiers to the borrower")
    o.add_argument("--loan", type=loan_id, required=True, help="the loan's number")
    o.add_argument("--json", action="store_true", help="print the loan as one JSON document")
    o.set_defaults(run=_out)

    b = common.command(steps, "back", "take a loan's dossiers back: complete (是否完好), or what was missing")
    b.add_argument("--loan", type=loan_id, required=True, help="the loan's number")
    how = b.add_mutually_exclusive_group(required=True)
    how.add_argument("--complete", action="store_true", help="everything came back (是否完好: 是)")
    how.add_argument(
        "--missing", type=common.text("loan.missing_note", loans.MAX_NOTE, required=True), help="what was missing"
    )
    b.add_argument("--json", action="store_true", help="print the loan as one JSON document")
    b.set_defaults(run=_back)

    r = common.command(common.printouts(sub), "loans", "the loan register (档案借阅登记表) of a month or any period")
    _period_options(r, required=True)
    r.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    r.set_defaults(run=_print)


def _period_options(p: argparse.ArgumentParser, *, required: bool) -> None:
    which = p.add_mutually_exclusive_group(required=required)
    which.add_argument("--month", type=_month, help="a month, YYYY-MM")
    which.add_argument("--from", dest="first", type=common.day("loan.period"), help="first day, YYYY-MM-DD")
    p.add_argument("--to", dest="last", type=common.day("loan.period"), help="last day, YYYY-MM-DD (with --from)")


def _period(args: argparse.Namespace) -> tuple[dt.date, dt.date] | None:
    if args.month is not None:
        if args.last is not None:
            raise common.CommandError("--to goes with --from, not with --month")
        first, last = args.month
        return first, last
    if args.first is None:
        if args.last is not None:
            raise common.CommandError("--to needs --from")
        return None
    last = args.last or args.first
    if last < args.first:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "The period ends ({last}) before it begins ({first})."),
            field="loan.period",
            first=args.first,
            last=last,
        )
    return args.first, last


def _shown(loan: loans.LoanInfo) -> dict[str, Any]:
    return {
        "loan": loan.id,
        "state": loan.state.value,
        "overdue": loan.overdue,
        "borrower": loan.borrower,
        "department": loan.department,
        "purpose": loan.purpose,
        "requested_at": loan.requested_at.isoformat(sep=" "),
        "requested_by": loan.requested_by,
        "expected_return": loan.expected_return.isoformat(),
        "in_office_only": loan.in_office_only,
        "approval": loan.approval_id,
        "approved_by": loan.approved_by,
        "handed_out_at": loan.handed_out_at.isoformat(sep=" ") if loan.handed_out_at else None,
        "handed_out_by": loan.handed_out_by,
        "returned_at": loan.returned_at.isoformat(sep=" ") if loan.returned_at else None,
        "returned_by": loan.returned_by,
        "complete": loan.complete,
        "missing": loan.missing_note,
        "notes": loan.notes,
        "dossiers": [
            {"dossier": d.number, "file_number": d.file_number, "title": d.title, "units": d.units}
            for d in loan.dossiers
        ],
    }


def _print_loans(found: list[loans.LoanInfo]) -> None:
    rows = []
    for loan in found:
        state = loan.state.value + (" OVERDUE" if loan.overdue else "")
        rows.append(
            [
                str(loan.id),
                state,
                loan.lent_on.isoformat(),
                loan.expected_return.isoformat(),
                loan.borrower,
                loan.department,
                "、".join(d.number for d in loan.dossiers),
                loan.purpose,
            ]
        )
    common.table(rows, ["loan", "state", "lent", "return by", "borrower", "department", "dossiers", "purpose"])


def _named_user(args: argparse.Namespace, what: str) -> None:
    """Loans name people (the borrowers): nothing is shown or printed without a logged-in user."""
    if not args.user:
        raise common.CommandError(f"{what} names borrowers: name yourself with --user NAME")


def _list(args: argparse.Namespace) -> int:
    period = _period(args)
    _named_user(args, "loans")
    with Desk.open(common.database(args)) as desk:
        actor = common.log_in(desk, args, required=True)
        with desk.read(actor) as work:
            found = loans.list_loans(work, overdue_only=args.overdue, period=period, open_only=args.open)
        if args.json:  # R16: borrowers' names leave the program: an export, in the audit log
            common.record(desk, actor, "loans", None, "export", {"what": "loans", "rows": len(found)})
    if args.json:
        common.emit_json([_shown(x) for x in found])
        return 0
    if not found:
        print("no loans" + (" overdue" if args.overdue else ""))
        return 0
    _print_loans(found)
    return 0


def _one(args: argparse.Namespace, loan: loans.LoanInfo, done: str) -> int:
    if args.json:
        common.emit_json(_shown(loan))
    else:
        print(f"loan {loan.id}: {done} ({loan.state.value})")
    return 0


def _dossier_ids(work: Work, args: argparse.Namespace) -> list[int]:
    ids = [dossier.find_dossier_by_number(work, n) for n in args.dossier]
    if args.unit:
        ids += [dossier.find_dossier_for_unit(work, u) for u in building.find_units(work, args.unit, args.building)]
    if not ids:
        raise ValidationError(QT_TRANSLATE_NOOP("app", "Name at least one dossier to lend."), field="loan.dossiers")
    return ids


def _request(args: argparse.Namespace) -> int:
    with Desk.open(common.database(args)) as desk:
        with desk.read(None) as work:  # the dossiers are found before the password is asked
            _dossier_ids(work, args)
        actor = common.log_in(desk, args, required=True)
        with desk.work(actor) as work:
            loan = loans.request_loan(
                work,
                _dossier_ids(work, args),
                args.borrower,
                args.department,
                args.purpose,
                args.return_by,
                in_office_only=not args.may_leave_office,
                notes=args.notes,
            )
    return _one(args, loan, "requested; waiting for the department manager's approval")


def _approve(args: argparse.Namespace) -> int:
    with Desk.open(common.database(args)) as desk:
        actor = common.log_in(desk, args, required=True)
        with desk.work(actor) as work:
            loan = loans.loan_info(work, args.loan)
            if loan.approval_id is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("app", "Loan {id} has no request to decide."), field="loan", id=args.loan
                )
            approvals.decide(work, loan.approval_id, approve=not args.refuse, note=args.note)
            loan = loans.loan_info(work, args.loan)
    return _one(args, loan, "refused" if args.refuse else "approved")


def _out(args: argparse.Namespace) -> int:
    with Desk.open(common.database(args)) as desk:
        actor = common.log_in(desk, args, required=True)
        with desk.work(actor) as work:
            loan = loans.hand_out(work, args.loan)
    return _one(args, loan, f"handed out to {loan.borrower}, back by {loan.expected_return.isoformat()}")


def _back(args: argparse.Namespace) -> int:
    with Desk.open(common.database(args)) as desk:
        actor = common.log_in(desk, args, required=True)
        with desk.work(actor) as work:
            loan = loans.take_back(work, args.loan, complete=args.complete, missing_note=args.missing or "")
    return _one(args, loan, "taken back complete" if loan.complete else "taken back, not complete")


def _print(args: argparse.Namespace) -> int:
    period = _period(args)
    assert period is not None  # the group is required
    common.writable(args.output)
    _named_user(args, "the loan register")
    with Desk.open(common.database(args)) as desk:
        actor = common.log_in(desk, args, required=True)
        with desk.read(actor) as work:
            rows = loans.print_loan_register(work, period[0], period[1], args.output)
        desk.record(
            actor,
            "loan_register",
            None,
            "print",
            {"from": period[0], "to": period[1], "rows": rows, "file": args.output.name},
        )
    print(f"{args.output}: written ({rows} rows)")
    return 0
