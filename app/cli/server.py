"""The server database's commands (issue 19).

``server-password``: keep a server database's password in this PC's keyring (or remove it), so that neither the
command line nor a file of ours ever holds it (app/server_password.py says where else a password may come from).

``migrate-to-server`` and ``export-to-file``: the record moved from a file to a server and back. Both copy everything —
every table's rows, the audit log as it is, the users with their passwords, every scan — into a NEW target (an empty
server database, a file name that is free), verify it (rows counted on both sides, every scan read back against its
hash, ``check`` on the target) and leave nothing behind when anything fails. Only an administrator of the source moves
it; the source is read, never changed.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from app import server_password
from app.cli import common
from app.errors import ValidationError
from app.text import QT_TRANSLATE_NOOP


def register(sub: argparse._SubParsersAction) -> None:
    what = "keep the password of a server database in this PC's keyring (or remove it with --forget)"
    p = sub.add_parser("server-password", help=what, description=what)
    p.add_argument("--db", type=common.location, required=True, help="the server database, postgresql://user@host/db")
    p.add_argument("--forget", action="store_true", help="remove the kept password instead")
    p.set_defaults(run=_server_password)

    p = common.command(
        sub,
        "migrate-to-server",
        "copy a dossier file and its scans into an EMPTY database on a PostgreSQL server, verified (row counts, "
        "every scan's hash, check); an administrator of the file only",
        database=False,
    )
    p.add_argument(
        "--db", type=common.location, default=argparse.SUPPRESS, metavar="FILE", help="the dossier file to copy"
    )
    p.add_argument(
        "--url", type=_server_url, required=True, help="the empty server database: postgresql://user@host/dbname"
    )
    p.add_argument("--user", type=common.login, default=argparse.SUPPRESS, help="an administrator of the file")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=_migrate)

    p = common.command(
        sub,
        "export-to-file",
        "copy a server database and its scans into a NEW dossier file (and its attachments folder), verified the "
        "same way; an administrator of the server database only",
        database=False,
    )
    p.add_argument(
        "--db",
        type=common.location,
        default=argparse.SUPPRESS,
        metavar="URL",
        help="the server database: postgresql://…",
    )
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help="the new dossier file (must not exist)")
    p.add_argument("--user", type=common.login, default=argparse.SUPPRESS, help="an administrator of the database")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=_export)


def _server_password(args: argparse.Namespace) -> int:
    if not isinstance(args.db, str):
        raise common.CommandError(
            "server-password is for a server database (postgresql://user@host/database); a file has no such password"
        )
    url: str = args.db
    shown = server_password.keyring_name(url)
    if args.forget:
        if server_password.forget(url):
            print(f"removed the password of {shown} from this PC's keyring")
        else:
            print(f"this PC's keyring had no password for {shown}")
        return 0
    password = _new_password(shown)
    # The password is tried before it is kept: a mistyped one would otherwise be found only at the next start.
    server_password.check_login(server_password.with_password(url, password))
    server_password.remember(url, password)
    print(f"kept the password of {shown} in this PC's keyring")
    return 0


def _new_password(shown: str) -> str:
    """The password to keep: ``$DOSSIER_DESK_DB_PASSWORD`` (scripts), else typed twice at a prompt."""
    password = os.environ.get(server_password.PASSWORD_ENV)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise common.CommandError(
            f"no password: set ${server_password.PASSWORD_ENV} or run in a terminal to be asked; nothing was kept"
        )
    password = getpass.getpass(f"Password of the server database {shown}: ")
    if getpass.getpass("Repeat the password: ") != password:
        raise common.CommandError("the two passwords differ; nothing was kept")
    if not password:
        raise common.CommandError("the password is empty; nothing was kept")
    return password


def _server_url(value: str) -> str:
    """``--url``: a PostgreSQL address without a password in it (a file name typed there is refused too), checked
    before anything is asked."""
    checked = common.location(value)
    if not isinstance(checked, str):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app", "{location} is not a server address: write it as postgresql://user@host/database."
            ),
            location=value[:80],
        )
    return checked


def _administrator(args: argparse.Namespace) -> str:
    user = getattr(args, "user", None)
    if not user:
        raise common.CommandError(f"{args.command} copies every record: name an administrator with --user NAME")
    return str(user)


def _migrate(args: argparse.Namespace) -> int:
    source = getattr(args, "db", None)
    if source is None:
        raise common.CommandError(f"{args.command}: name the dossier file with --db FILE")
    if not isinstance(source, Path):
        raise common.CommandError(f"{args.command}: --db names the dossier file to copy; the server goes in --url")
    source = Path(os.path.abspath(source.expanduser()))
    if not source.is_file():
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "There is no database file at {path}."), field="path", path=str(source)
        )
    user = _administrator(args)
    password = common.ask_password(f"Password for {user} (in {source.name}): ")
    from app import safety

    report = safety.migrate_to_server(source, common.server_database(args.url), user, password)
    _print(args, report)
    return 0


def _export(args: argparse.Namespace) -> int:
    if getattr(args, "db", None) is None:
        raise common.CommandError(f"{args.command}: name the server database with --db URL")
    if not isinstance(args.db, str):
        raise common.CommandError(f"{args.command}: --db names the server database (postgresql://user@host/database)")
    out = Path(os.path.abspath(args.out.expanduser()))
    from app import safety

    safety.refuse_existing(out)
    common.writable_folder(out.parent, "path")
    user = _administrator(args)
    password = common.ask_password(f"Password for {user} (on the server): ")
    report = safety.export_to_file(common.database(args), out, user, password)
    _print(args, report)
    return 0


def _print(args: argparse.Namespace, report: object) -> None:
    from app import safety

    assert isinstance(report, safety.CopyReport)
    if args.json:
        common.emit_json(
            {
                "source": report.source,
                "target": report.target,
                "tables": dict(report.tables),
                "rows": report.rows,
                "scans": report.scans,
                "check": {"ok": report.check.ok, "audit_entries": report.check.audit_entries},
                "seconds": round(report.seconds, 3),
            }
        )
        return
    print(f"copied {report.source} to {report.target}")
    print(
        f"  {report.rows} rows in {len(report.tables)} tables and {report.scans} scan(s), verified: the rows counted "
        f"on both sides, every scan's SHA-256 read back, check passed ({report.check.audit_entries} audit entries) "
        f"in {report.seconds:.1f} s"
    )
