"""Restoring a verified backup: to a new file, or in place of an existing one after backing that one up first.

Only an administrator restores, and the password is checked against the users *in the backup* (the file being
replaced may be lost or damaged). The restored database and its scans are built beside the target under a
temporary name, checked against the manifest (the copy's SHA-256, SQLite's integrity, the row counts, every
scan's SHA-256), upgraded when the backup is from an older schema (a newer one is refused), and renamed into
place last, so the target name never holds a half-restored file.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import sqlite3
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from app import people, settings
from app.desk import Desk
from app.errors import Conflict, DatabaseUnusable, ValidationError
from app.file_lock import FileInUse, holder
from app.permissions import Action
from app.safety.backup import Steps, backup_folder_lock, make_backup
from app.safety.copying import (
    BackupFailed,
    Cancelled,
    Progress,
    ScanDamaged,
    blob_path,
    connect,
    copy_verified,
    file_sha256,
    flush_to_disk,
    integrity_problems,
    read_setting,
    referenced_scans,
    remove_database_files,
    remove_file,
    remove_tree,
    schema_revision,
    sync_folder,
    table_counts,
    write_failure,
)
from app.safety.manifest import SCANS, BackupInfo, read_backup
from app.text import QT_TRANSLATE_NOOP
from db.attachment_store import attachments_folder_for
from db.schema import script_directory

STAGING_PREFIX = ".restoring-"
REPLACED_PREFIX = ".replaced-"


@dataclass(frozen=True)
class RestoreReport:
    target: Path
    backup: BackupInfo
    upgraded_from: str | None  # the backup's schema revision, when it was older and was upgraded after restoring
    scans: int
    seconds: float
    replaced: bool  # an existing file was put aside (after being backed up) for the restored one
    safety_backup: Path | None  # where that file was backed up first
    leftovers: tuple[Path, ...] = ()  # the replaced file's parts that could not be deleted (safe in the backup)


def target_in_use(path: Path, *, settled: bool = False) -> bool:
    """Whether a program has the database open, so it must not be replaced under it.

    A Dossier Desk window has its lock record beside the file (``app.file_lock``); a command takes none but holds
    SQLite's write lock while it writes. ``settled``: the target was opened and closed once since (its backup
    before the restore), which tidies away the ``-wal``/``-shm`` a crash leaves; from then on they, too, mean a
    program has the file open — and a stale ``-wal`` must never meet the restored file.
    """
    if holder(path) is not None:
        return True
    if settled and any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-shm", "-journal")):
        return True
    return _write_locked(path)


def _write_locked(path: Path) -> bool:
    if not path.exists():
        return False
    try:
        conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    except sqlite3.Error:
        return True
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except sqlite3.OperationalError:  # "database is locked": a writer holds it
        return True
    except sqlite3.DatabaseError:
        return False  # not a database at all: not in use, and refused as such by the caller
    finally:
        conn.close()
    return False


def _refuse_if_in_use(target: Path, *, settled: bool = False) -> None:
    record = holder(target)
    if record is not None:
        raise FileInUse(target, record)  # who, on which PC, since when
    if target_in_use(target, settled=settled):
        raise _in_use(target)


def known_schema(revision: str) -> bool:
    """Whether this program knows the schema revision (a backup from a newer program is refused)."""
    return revision in {s.revision for s in script_directory().walk_revisions()}


def restore(
    backup: Path,
    target: Path,
    login: str,
    password: str,
    *,
    replace: bool = False,
    safety_folder: Path | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    clock: Callable[[], dt.datetime] = dt.datetime.now,
) -> RestoreReport:
    """Restore the backup in folder ``backup`` as the database ``target``.

    ``replace``: ``target`` may exist; it is backed up first (into ``safety_folder``, by default its own backup
    folder, else the folder holding ``backup``) and then replaced. ``login``/``password``: an administrator
    of the backup. Raises an ``AppError`` and leaves ``target`` as it was on any failure.
    """
    started = time.perf_counter()
    steps = Steps(progress, cancelled, "restore")
    info = read_backup(backup)
    if not known_schema(info.schema_revision):
        raise DatabaseUnusable(
            QT_TRANSLATE_NOOP(
                "app", "{path} was made by a newer version of Dossier Desk ({detail}); update the program to open it."
            ),
            path=str(backup),
            detail=f"schema {info.schema_revision}",
        )
    target = Path(os.path.abspath(target))
    exists = _check_target(target, replace)

    token = secrets.token_hex(6)
    staging = target.with_name(f"{STAGING_PREFIX}{token}-{target.name}")
    try:
        upgraded_from = _stage(info, staging, login, password, steps, copy=not exists)
        safety: Path | None = None
        if exists:
            safety = _back_up_target(target, info, login, clock(), safety_folder)
            _refuse_if_in_use(target, settled=True)
        leftovers = _swap(staging, target, token, exists)
    except BaseException as exc:
        _discard_staging(staging)
        if isinstance(exc, OSError):
            raise write_failure(exc, target.parent, restoring_to=target) from exc
        if isinstance(exc, sqlite3.Error):
            raise BackupFailed(
                QT_TRANSLATE_NOOP("app", "The restore stopped ({detail}); {target} is unchanged."),
                detail=str(exc),
                target=str(target),
            ) from exc
        raise
    return RestoreReport(
        target=target,
        backup=info,
        upgraded_from=upgraded_from,
        scans=len(info.scans),
        seconds=time.perf_counter() - started,
        replaced=exists,
        safety_backup=safety,
        leftovers=leftovers,
    )


def _in_use(target: Path) -> Conflict:
    return Conflict(
        QT_TRANSLATE_NOOP(
            "app", "{path} is open in Dossier Desk or another program; close it there first, then restore."
        ),
        field="restore.target",
        path=str(target),
    )


def _check_target(target: Path, replace: bool) -> bool:
    """Refuse a target the restore must not touch; True when an existing database is to be replaced."""
    scans = attachments_folder_for(target)
    if target.exists() and not target.is_file():
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{path} is a folder; name the database file to restore to."),
            field="restore.target",
            path=str(target),
        )
    if not target.exists():
        if scans.exists() or any(Path(f"{target}{s}").exists() for s in ("-wal", "-shm", "-journal")):
            raise Conflict(
                QT_TRANSLATE_NOOP("app", "{path} already exists; choose a new name for the restored file."),
                field="restore.target",
                path=str(scans),
            )
        return False
    if not replace:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "app", "A file already exists at {path}; choose a new name, or replace it (it is backed up first)."
            ),
            field="restore.target",
            path=str(target),
        )
    _refuse_if_in_use(target)
    try:
        conn = connect(target)
        try:
            revision = schema_revision(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        revision = None
    if revision is None:
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "{path} is not a Dossier Desk database; it is not replaced."),
            field="restore.target",
            path=str(target),
        )
    return True


def _discard_staging(staging: Path) -> None:
    """Everything a stopped restore made beside the target: the copy, its scans, SQLite's and the upgrade's files."""
    try:
        remove_database_files(staging)
        remove_tree(attachments_folder_for(staging))
        for before_upgrade in staging.parent.glob(f"{staging.stem}.before-*"):
            remove_database_files(before_upgrade)
    except OSError:
        pass  # the disk went away; the names are temporary ones, never mistaken for the target


def _stage(info: BackupInfo, staging: Path, login: str, password: str, steps: Steps, copy: bool) -> str | None:
    """Build the restored database and its scans under the temporary name ``staging``, verified; returns the
    schema revision it was upgraded from (None when the backup was of this program's schema).

    ``copy``: restored as a new file, not in place of one; it becomes a record of its own (see
    ``settings.renew_database_id``)."""
    steps.check()
    original = info.database_path
    if not original.is_file():
        raise _damaged(info, "the database copy is missing")
    try:
        copy_verified(original, staging, info.database_sha256, read_only=False)
    except ScanDamaged:
        raise _damaged(info, "the database copy no longer matches its SHA-256") from None
    conn = connect(staging)
    try:
        problems = integrity_problems(conn)
        counts = table_counts(conn)
        revision = schema_revision(conn)
        try:
            named = set(referenced_scans(conn))
        except ValueError as exc:
            raise _damaged(info, str(exc)) from exc
    finally:
        conn.close()
    if problems:
        raise _damaged(info, "; ".join(problems[:3]))
    if counts != dict(info.tables) or revision != info.schema_revision:
        raise _damaged(info, "its rows differ from the manifest")
    if not named <= {sha for sha, _size in info.scans}:
        raise _damaged(info, "the database names scans the manifest does not list")
    steps.total = 2 * len(info.scans) + 3
    steps.advance()

    # Only an administrator of the backup may restore it; the database opens (and, if older, upgrades) here.
    desk = Desk.open(staging)
    try:
        actor = people.log_in(desk, login, password)
        with desk.work(actor) as work:
            work.require(Action.RESTORE)
            if copy:
                settings.renew_database_id(work)
    finally:
        desk.close()
    for before_upgrade in staging.parent.glob(f"{staging.stem}.before-*"):
        remove_database_files(before_upgrade)  # the backup itself is that copy
    steps.advance()

    store = info.root / SCANS
    scans = attachments_folder_for(staging)
    for sha, _size in info.scans:
        steps.check()
        origin = blob_path(store, sha)
        if not origin.is_file():
            raise _damaged(info, f"the scan {sha} is missing from {store}")
        try:
            copy_verified(origin, blob_path(scans, sha), sha, durable=False)  # flushed at once below
        except ScanDamaged:
            raise _damaged(info, f"the scan {sha} in {store} no longer matches its SHA-256") from None
        steps.advance()

    # Verification of the result as it will stand: integrity after any upgrade, every scan read back.
    conn = connect(staging)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")  # one file to rename; the program returns it to WAL on opening
        problems = integrity_problems(conn)
        upgraded = schema_revision(conn) != info.schema_revision
    finally:
        conn.close()
    if problems:
        raise _damaged(info, "; ".join(problems[:3]))
    flush_to_disk()
    for sha, size in info.scans:
        steps.check()
        kept = blob_path(scans, sha)
        if file_sha256(kept) != sha or kept.stat().st_size != size:
            raise BackupFailed(
                QT_TRANSLATE_NOOP(
                    "app", "The restored scan {sha} did not read back as written; the disk of {folder} may be failing."
                ),
                sha=sha,
                folder=str(scans.parent),
            )
        steps.advance()
    steps.advance()
    return info.schema_revision if upgraded else None


def _damaged(info: BackupInfo, detail: str) -> BackupFailed:
    return BackupFailed(
        QT_TRANSLATE_NOOP("app", "The backup {folder} is damaged ({detail}); restore another one."),
        folder=str(info.folder),
        detail=detail,
    )


def _back_up_target(target: Path, info: BackupInfo, login: str, now: dt.datetime, chosen: Path | None) -> Path:
    """The file about to be replaced, backed up first (verified, like any backup): into ``chosen``, else the
    target's own backup folder when it is there, else the folder the restored backup comes from."""
    own = read_setting(target, settings.BACKUP_FOLDER)
    root = chosen or (Path(own) if own and Path(own).is_dir() else info.root)
    with backup_folder_lock(root):
        made, _copied = make_backup(
            target,
            root,
            made_at=now.replace(microsecond=0),
            login=login,
            name="",
            database_id=read_setting(target, settings.DATABASE_ID) or "",
            reason="before_restore",
        )
    return made.folder


def _rename(source: Path, destination: Path) -> None:
    os.rename(source, destination)


def _swap(staging: Path, target: Path, token: str, exists: bool) -> tuple[Path, ...]:
    """Put the restored database and scans under the target's names; the database last, so the target name
    holds either the old file or the whole restored one. Undone step by step if a rename fails."""
    scans, staged_scans = attachments_folder_for(target), attachments_folder_for(staging)
    aside = target.with_name(f"{REPLACED_PREFIX}{token}-{target.name}")
    aside_scans = attachments_folder_for(aside)
    moves: list[tuple[Path, Path]] = []
    if exists:
        moves.append((target, aside))
        if scans.exists():
            moves.append((scans, aside_scans))
    if staged_scans.exists():
        moves.append((staged_scans, scans))
    moves.append((staging, target))
    done: list[tuple[Path, Path]] = []
    try:
        for source, destination in moves:
            _rename(source, destination)
            done.append((source, destination))
    except BaseException:
        for source, destination in reversed(done):
            with suppress(OSError):  # the error below is reported; the replaced file is also in its backup
                os.rename(destination, source)
        raise
    sync_folder(target.parent)
    leftovers: list[Path] = []
    if exists:
        # Safe in the backup made just before; keeping them would only confuse (and fill the disk).
        for path in (aside, aside_scans):
            try:
                if path.is_dir():
                    remove_tree(path)
                else:
                    remove_file(path)
            except OSError:
                leftovers.append(path)
    return tuple(leftovers)
