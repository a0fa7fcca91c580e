"""Commands that create a database file: ``init`` (empty, one administrator) and ``demo``."""

from __future__ import annotations

import argparse
from pathlib import Path

from app import building, demo, people
from app.cli import common
from app.desk import Desk
from app.errors import ValidationError
from app.text import QT_TRANSLATE_NOOP
from app.validation import parse_date, whole_number


def register(sub: argparse._SubParsersAction) -> None:
    p = common.command(sub, "init", "create a new, empty database with one administrator account", database=False)
    p.add_argument("path", type=Path)
    p.add_argument("--admin", required=True, help="the administrator's login name")
    p.add_argument("--name", default="", help="the administrator's display name")
    p.set_defaults(run=_init)

    p = common.command(sub, "demo", "create a realistic demo database (one building, years of history)", database=False)
    p.add_argument("path", type=Path)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--floors", type=int, default=20)
    p.add_argument("--units-per-floor", type=int, default=8)
    p.add_argument("--years", type=int, default=8)
    p.add_argument("--password", help="password of every demo account (default: generated and printed)")
    p.add_argument("--as-of", help="the demo's 'today' as YYYY-MM-DD (default: today)")
    p.set_defaults(run=_demo)


def _init(args: argparse.Namespace) -> int:
    password = common.ask_password(f"Password for {args.admin}: ", confirm=True)
    people.check_password(password)
    desk = Desk.create(args.path)
    try:
        with desk.work(None) as work:
            people.create_first_admin(work, args.admin, password, args.name)
    except BaseException:
        desk.close()
        common.remove_database(args.path)  # a half-made file must not stay behind
        raise
    desk.close()
    print(f"created {args.path} with administrator {args.admin}")
    return 0


def _demo(args: argparse.Namespace) -> int:
    whole_number(args.floors, "demo.floors", 1, building.MAX_FLOORS)
    whole_number(args.units_per_floor, "demo.units_per_floor", 1, building.MAX_UNITS_PER_FLOOR)
    whole_number(args.years, "demo.years", 0, 50)
    if args.password is not None:
        people.check_password(args.password)
    as_of = parse_date(args.as_of, "demo.as_of") if args.as_of else None
    if args.path.exists():
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "A file already exists at {path}; choose a new name."),
            field="path",
            path=str(args.path),
        )
    try:
        summary = demo.build_demo(
            args.path,
            seed=args.seed,
            floors=args.floors,
            units_per_floor=args.units_per_floor,
            years=args.years,
            password=args.password,
            as_of=as_of,
        )
    except BaseException:
        common.remove_database(args.path)
        raise
    print(
        f"created {summary.path}: {summary.building}, {summary.floors} floors, {summary.units} units, "
        f"{summary.tenancies} tenancies ({summary.live_dossiers} live, {summary.departed_dossiers} departed), "
        f"{summary.documents} documents, {summary.attachments} scans"
    )
    accounts = ", ".join(["admin", *(login for login, _, _ in demo.DEMO_ACCOUNTS)])
    if summary.password_generated:
        print(f"accounts: {accounts}; password for all of them: {summary.password}")
    else:
        print(f"accounts: {accounts} (password as given)")
    return 0
