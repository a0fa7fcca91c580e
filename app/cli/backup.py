"""Backups (R16): ``backup`` makes a verified one, ``backups`` lists them, ``restore`` puts one back."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from app import safety, settings
from app.cli import common
from app.desk import Desk
from app.permissions import Action

# What the listing shows of a backup's rows: the tables a person recognises.
SHOWN_TABLES = (("building", "buildings"), ("unit", "units"), ("dossier", "dossiers"), ("document", "documents"))


def register(sub: argparse._SubParsersAction) -> None:
    p = common.command(
        sub, "backup", "make a verified backup of the database and its scans (only new scans are copied)"
    )
    p.add_argument(
        "--to",
        type=Path,
        metavar="DIR",
        help="the backup folder (default: the one in the settings); also saved as the setting",
    )
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=_backup)

    p = common.command(sub, "backups", "list the backups in the database's backup folder, newest first")
    p.add_argument("--folder", type=Path, metavar="DIR", help="list this backup folder instead (no database needed)")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=_backups)

    p = common.command(
        sub,
        "restore",
        "restore a backup as the database --db (a new file, or with --replace in place of one, backed up first); "
        "an administrator of the backup only",
    )
    p.add_argument("backup", type=Path, metavar="BACKUP_DIR", help="one backup: a dated folder in the backup folder")
    p.add_argument("--replace", action="store_true", help="replace the existing --db file (it is backed up first)")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=_restore)


def _size(count: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if count < 1024 or unit == "GB":
            return f"{count} {unit}" if unit == "bytes" else f"{count:.1f} {unit}"
        count /= 1024  # type: ignore[assignment]
    return str(count)


def _absolute(path: Path) -> Path:
    """The folder as a full path: the setting is read by the window and by commands run from anywhere."""
    return Path(os.path.abspath(path.expanduser()))


def _backup(args: argparse.Namespace) -> int:
    to = _absolute(args.to) if args.to is not None else None
    if to is not None:
        common.writable_folder(to, "backup.folder", make_parents=True)  # before the password is asked
    with Desk.open(common.database(args)) as desk:
        actor = common.log_in(desk, args, required=True)
        report = safety.back_up(desk, actor, to)
        saved = False
        if to is not None:
            with desk.read(actor) as work:
                saved = settings.backup_settings(work).folder == to
            if not saved and desk.may(actor, Action.CONFIGURE_BACKUP):
                with desk.work(actor) as work:
                    settings.set_backup_folder(work, to)
                saved = True
    made = report.backup
    if args.json:
        common.emit_json(
            {
                "folder": str(made.folder),
                "made_at": made.made_at.isoformat(sep=" "),
                "made_by": made.login,
                "schema_revision": made.schema_revision,
                "tables": dict(made.tables),
                "scans": report.scans,
                "copied": report.copied,
                "already_there": report.already_there,
                "bytes_written": report.bytes_written,
                "total_bytes": made.total_bytes,
                "seconds": round(report.seconds, 3),
                "removed": list(report.removed),
                "removed_scans": report.removed_scans,
                "not_removed": [str(p) for p in report.not_removed],
                "folder_saved": saved,
                "method": made.method,
                "method_reason": made.method_reason or None,
            }
        )
    else:
        print(f"backup verified: {made.folder}")
        if made.method == "pg_dump":
            print("  made with pg_dump (PostgreSQL's own dump of the server database)")
        elif made.method == "logical_export":
            print(f"  made as Dossier Desk's own export of the server database: {made.method_reason}")
        print(
            f"  database {_size(made.database_size)}; {report.scans} scan(s): {report.copied} copied, "
            f"{report.already_there} already in the backup folder; {_size(report.bytes_written)} written "
            f"in {report.seconds:.1f} s"
        )
        if report.removed or report.removed_scans:
            print(
                f"  rotation removed {len(report.removed)} older backup(s) and {report.removed_scans} scan(s) "
                "no kept backup needs"
            )
    for path in report.not_removed:
        print(f"dossier-desk: warning: could not remove {path}; the next backup tries again", file=sys.stderr)
    if to is not None and not saved:
        print(
            "dossier-desk: note: the backup folder setting was left as it is "
            "(an administrator or the department manager changes it)",
            file=sys.stderr,
        )
    return 0


def _backup_row(b: safety.BackupInfo) -> dict[str, Any]:
    return {
        "folder": str(b.folder),
        "made_at": b.made_at.isoformat(sep=" "),
        "made_by": b.login,
        "reason": b.reason,
        "database": b.database_name,
        "schema_revision": b.schema_revision,
        "program_version": b.program_version,
        "tables": dict(b.tables),
        "scans": len(b.scans),
        "total_bytes": b.total_bytes,
        "method": b.method,
    }


def _backups(args: argparse.Namespace) -> int:
    if args.folder is not None:
        folder: Path | None = _absolute(args.folder)
        found = safety.list_backups(_absolute(args.folder))
    else:
        with Desk.open(common.database(args)) as desk:
            actor = common.log_in(desk, args)
            with desk.read(actor) as work:
                folder, found = safety.backups_in(work)
                status = safety.backup_status(work)
        if folder is None:
            raise common.CommandError("no backup folder is set for this database: make one with backup --to DIR")
        if not status.reachable:
            raise common.CommandError(f"the backup folder {folder} cannot be reached (is the disk connected?)")
    rows = [_backup_row(b) for b in found]
    if args.json:
        common.emit_json({"folder": str(folder), "backups": rows})
        return 0
    if not rows:
        print(f"{folder}: no backups yet")
        return 0
    common.table(
        [
            [
                r["made_at"],
                r["made_by"],
                *(str(r["tables"].get(table, 0)) for table, _ in SHOWN_TABLES),
                str(r["scans"]),
                _size(r["total_bytes"]),
                Path(r["folder"]).name + (" (before a restore)" if r["reason"] == "before_restore" else ""),
            ]
            for r in rows
        ],
        ["made", "by", *(name for _table, name in SHOWN_TABLES), "scans", "size", "backup"],
    )
    print(f"{len(rows)} backup(s) in {folder}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    target = common.database(args)
    if not args.user:
        raise common.CommandError("restore needs an administrator of the backup: name yourself with --user NAME")
    info = safety.read_backup(_absolute(args.backup))  # a damaged or foreign folder is refused before the password
    password = common.ask_password(f"Password for {args.user} (as in the backup): ")
    if isinstance(target, str):  # a server database (--db URL): only an empty one is restored into
        return _restore_to_server(args, info, target, password)
    report = safety.restore(info.folder, _absolute(target), args.user, password, replace=args.replace)
    if args.json:
        common.emit_json(
            {
                "target": str(report.target),
                "backup": _backup_row(report.backup),
                "upgraded_from": report.upgraded_from,
                "scans": report.scans,
                "replaced": report.replaced,
                "safety_backup": str(report.safety_backup) if report.safety_backup else None,
                "seconds": round(report.seconds, 3),
            }
        )
    else:
        made = report.backup
        print(
            f"restored {made.folder.name} (made {made.made_at:%Y-%m-%d %H:%M} by {made.login}) to {report.target}: "
            f"{len(made.tables)} tables, {report.scans} scan(s), verified"
        )
        if report.upgraded_from:
            print(f"  the backup's schema {report.upgraded_from} was upgraded to this program's")
        if report.safety_backup:
            print(f"  the file it replaced was backed up first to {report.safety_backup}")
    for path in report.leftovers:
        print(
            f"dossier-desk: warning: could not remove {path}, a scan only the replaced file needed (it is in the "
            "backup made first); check lists it as stray",
            file=sys.stderr,
        )
    return 0


def _restore_to_server(args: argparse.Namespace, info: safety.BackupInfo, url: str, password: str) -> int:
    report = safety.restore_to_server(info.folder, url, args.user, password)
    if args.json:
        common.emit_json(
            {
                "target": report.target,
                "backup": _backup_row(report.backup),
                "method": report.method,
                "audit_entries": report.check.audit_entries,
                "seconds": round(report.seconds, 3),
            }
        )
        return 0
    made = report.backup
    print(
        f"restored {made.folder.name} (made {made.made_at:%Y-%m-%d %H:%M} by {made.login}, {report.method}) into "
        f"{report.target}: {len(made.tables)} tables, verified, check passed"
    )
    return 0
