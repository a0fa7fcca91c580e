"""Moving the record between a file and a server (issue 19): ``migrate-to-server`` and ``export-to-file``.

Both copy everything — every table's rows, the audit log as it is, the users with their passwords, every scan — into
a NEW target (an empty server database, a file name that is free), verify it (rows counted on both sides, every scan
read back against its hash, ``check`` on the target) and leave nothing behind when anything fails. Only an
administrator of the source moves it; the source is read, never changed.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from app.cli import common
from app.errors import ValidationError
from app.text import QT_TRANSLATE_NOOP


def register(sub: argparse._SubParsersAction) -> None:
    p = common.command(
        sub,
        "migrate-to-server",
        "copy a dossier file and its scans into an EMPTY database on a PostgreSQL server, verified (row counts, "
        "every scan's hash, check); an administrator of the file only",
        database=False,
    )
    p.add_argument("--db", type=Path, default=argparse.SUPPRESS, metavar="FILE", help="the dossier file to copy")
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
        "--db", type=str, default=argparse.SUPPRESS, metavar="URL", help="the server database: postgresql://…"
    )
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help="the new dossier file (must not exist)")
    p.add_argument("--user", type=common.login, default=argparse.SUPPRESS, help="an administrator of the database")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=_export)


def _server_url(value: str) -> str:
    """``--url``: a PostgreSQL address (a typo such as a file name is refused before anything is asked)."""
    from db.engine import is_server_url

    if not is_server_url(value.strip()):
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{location} is not a server address (postgresql://user@host/database)."),
            field="path",
            location=value[:80],
        )
    return value.strip()


def _administrator(args: argparse.Namespace) -> str:
    user = getattr(args, "user", None)
    if not user:
        raise common.CommandError(f"{args.command} copies every record: name an administrator with --user NAME")
    return str(user)


def _migrate(args: argparse.Namespace) -> int:
    source = getattr(args, "db", None)
    if source is None:
        raise common.CommandError(f"{args.command}: name the dossier file with --db FILE")
    source = Path(os.path.abspath(Path(source).expanduser()))
    if not source.is_file():
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "There is no database file at {path}."), field="path", path=str(source)
        )
    user = _administrator(args)
    password = common.ask_password(f"Password for {user} (in {source.name}): ")
    from app import safety

    report = safety.migrate_to_server(source, args.url, user, password)
    _print(args, report)
    return 0


def _export(args: argparse.Namespace) -> int:
    url = getattr(args, "db", None)
    if url is None:
        raise common.CommandError(f"{args.command}: name the server database with --db URL")
    if isinstance(url, Path):  # given before the command, where --db names a file
        raise common.CommandError(f"{args.command}: give the server database after the command: --db URL")
    url = _server_url(str(url))
    out = Path(os.path.abspath(args.out.expanduser()))
    from app import safety

    safety.refuse_existing(out)
    common.writable_folder(out.parent, "path")
    user = _administrator(args)
    password = common.ask_password(f"Password for {user} (on the server): ")
    report = safety.export_to_file(url, out, user, password)
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
