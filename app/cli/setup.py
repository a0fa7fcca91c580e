"""Commands that create a database file: ``init`` (empty, one administrator) and ``demo``.

Both build the file under a temporary name and put it in place only when it is complete, so a killed run
leaves nothing under the name asked for (``app.files.new_database_file``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import replace

from app import building, demo, people
from app.cli import common
from app.desk import Desk
from app.files import check_new_database, new_database_file


def register(sub: argparse._SubParsersAction) -> None:
    what = "create a new, empty database with one administrator account (a file, or in an empty server database)"
    p = common.command(sub, "init", what, database=False)
    where = "a new file, or an empty server database: postgresql://user@host/database (made by createdb)"
    p.add_argument("path", type=common.location, help=where)
    p.add_argument("--admin", type=common.login, required=True, help="the administrator's login name")
    name = common.text("user.display_name", people.MAX_DISPLAY_NAME_LENGTH)
    p.add_argument("--name", type=name, default="", help="the administrator's display name")
    p.set_defaults(run=_init)

    p = common.command(sub, "demo", "create a realistic demo database (one building, years of history)", database=False)
    p.add_argument("path", type=common.location, help="a new file")
    p.add_argument("--seed", type=common.whole("demo.seed", 0, demo.MAX_SEED), default=1)
    large = demo.LARGE
    p.add_argument(
        "--scale",
        choices=SCALES,
        default="small",
        help=(
            "small (default): one building, every step through the program; large: a portfolio of "
            f"{large.buildings} buildings × {large.floors} floors × {large.units_per_floor} units and {large.years} "
            "years (~350 000 documents), written in bulk in a minute or two; --floors, --units-per-floor and --years "
            "change its shape, the number of buildings stays"
        ),
    )
    p.add_argument(
        "--floors",
        type=common.whole("demo.floors", 1, building.MAX_FLOORS),
        help=f"floors of each building (default: 20; {large.floors} with --scale large)",
    )
    units = common.whole("demo.units_per_floor", 1, building.MAX_UNITS_PER_FLOOR)
    p.add_argument("--units-per-floor", type=units, help=f"default: 8; {large.units_per_floor} with --scale large")
    p.add_argument(
        "--years",
        type=common.whole("demo.years", 0, demo.MAX_YEARS),
        help=f"years of history (default: 8; {large.years} with --scale large)",
    )
    p.add_argument("--password", help="password of every demo account (default: generated and printed)")
    p.add_argument("--as-of", type=common.day("demo.as_of"), help="the demo's 'today' as YYYY-MM-DD (default: today)")
    p.set_defaults(run=_demo)


def _init(args: argparse.Namespace) -> int:
    if isinstance(args.path, str):
        return _init_on_server(args)
    check_new_database(args.path)  # before the password is asked for
    password = common.ask_password(f"Password for {args.admin}: ", confirm=True)
    people.check_password(password)
    with new_database_file(args.path) as building_file, Desk.create(building_file) as desk, desk.work(None) as work:
        people.create_first_admin(work, args.admin, password, args.name)
    print(f"created {args.path} with administrator {args.admin}")
    return 0


def _init_on_server(args: argparse.Namespace) -> int:
    """The schema and the first administrator in an empty server database (its administrator made it: createdb)."""
    password = common.ask_password(f"Password for {args.admin}: ", confirm=True)
    people.check_password(password)
    url = common.server_database(args.path)
    with Desk.create(url) as desk, desk.work(None) as work:
        people.create_first_admin(work, args.admin, password, args.name)
        shown = desk.location
    print(f"created the dossier database {shown} with administrator {args.admin}")
    return 0


SCALES = ("small", "large")
_SMALL = demo.Scale(buildings=1, floors=20, units_per_floor=8, years=8)


def _demo(args: argparse.Namespace) -> int:
    if isinstance(args.path, str):
        # The demo writes its scans into a folder beside the file; on a server, make it as a file and move it there.
        raise common.CommandError(
            "demo makes a new database file; to try the demo on a server, make it as a file and copy it with "
            "migrate-to-server"
        )
    base = demo.LARGE if args.scale == "large" else _SMALL
    # An explicit size wins over the scale's; a large demo keeps its buildings and its bulk writing.
    scale = replace(
        base,
        floors=base.floors if args.floors is None else args.floors,
        units_per_floor=base.units_per_floor if args.units_per_floor is None else args.units_per_floor,
        years=base.years if args.years is None else args.years,
    )
    demo.check_options(
        seed=args.seed, floors=scale.floors, units_per_floor=scale.units_per_floor, years=scale.years, as_of=args.as_of
    )
    if args.password is not None:
        people.check_password(args.password)
    check_new_database(args.path)
    if args.scale == "large":
        summary = demo.build_large_demo(
            args.path, scale, seed=args.seed, password=args.password, as_of=args.as_of, progress=_progress()
        )
    else:
        summary = demo.build_demo(
            args.path,
            seed=args.seed,
            floors=scale.floors,
            units_per_floor=scale.units_per_floor,
            years=scale.years,
            password=args.password,
            as_of=args.as_of,
        )
    where = f"{summary.buildings} buildings of " if summary.buildings > 1 else ""
    print(
        f"created {summary.path}: {where}{summary.building}, {summary.floors} floors, {summary.units} units, "
        f"{summary.tenancies} tenancies ({summary.live_dossiers} live, {summary.departed_dossiers} departed), "
        f"{summary.documents} documents, {summary.attachments} scans"
    )
    accounts = ", ".join(["admin", *(login for login, _, _ in demo.DEMO_ACCOUNTS)])
    if summary.password_generated:
        print(f"accounts: {accounts}; password for all of them: {summary.password}")
    else:
        print(f"accounts: {accounts} (password as given)")
    return 0


def _progress() -> Callable[[int, int], None] | None:
    """The large demo takes minutes: on a terminal, how many units are done (on stderr, so stdout stays the result)."""
    if not sys.stderr.isatty():
        return None
    last = [-1]

    def show(done: int, total: int) -> None:
        percent = done * 100 // max(total, 1)
        if percent != last[0]:
            last[0] = percent
            end = "\n" if done >= total else ""
            print(f"\rbuilding the demo: {done}/{total} units ({percent} %)", end=end, file=sys.stderr, flush=True)

    return show
