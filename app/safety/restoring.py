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
from app.files import remove_database, remove_database_files, remove_file, remove_tree, sync_folder
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
    schema_revision,
    table_counts,
    write_failure,
)
from app.safety.manifest import SCANS, BackupInfo, read_backup
from app.text import QT_TRANSLATE_NOOP
from db.attachment_store import attachments_folder_for
from db.schema import script_directory

STAGING_PREFIX = ".restoring-"


@dataclass(frozen=True)
class RestoreReport:
    target: Path
    backup: BackupInfo
    upgraded_from: str | None  # the backup's schema revision, when it was older and was upgraded after restoring
    scans: int
    seconds: float
    replaced: bool  # an existing file was put aside (after being backed up) for the restored one
    safety_backup: Path | None  # where that file was backed up first
    leftovers: tuple[Path, ...] = ()  # scans only the replaced file needed that could not be removed (backed up)


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
    if info.method == "pg_dump":
        raise BackupFailed(
            QT_TRANSLATE_NOOP(
                "app",
                "{path} is a pg_dump of a server database: restore it into an empty server database, then make a "
                "file of it with export-to-file.",
            ),
            path=str(backup),
        )
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

    staging = target.with_name(f"{STAGING_PREFIX}{secrets.token_hex(6)}-{target.name}")
    added: list[Path] = []  # scans this restore put beside the replaced file (taken out again on a failure)
    try:
        upgraded_from = _stage_database(info, staging, login, password, steps, copy=not exists)
        safety: Path | None = None
        scans = attachments_folder_for(staging)
        if exists:
            safety = _back_up_target(target, info, login, clock(), safety_folder)
            _refuse_if_in_use(target, settled=True)
            # Scans are content-addressed: adding the backup's to the old file's folder never harms the old file,
            # so the one rename that puts the database in place switches from one whole state to the other.
            scans = attachments_folder_for(target)
        _place_scans(info, scans, steps, added)
        leftovers = _put_in_place(staging, target, exists, info)
    except BaseException as exc:
        if exists:
            _take_out(added)
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
        remove_database(staging)
        for before_upgrade in staging.parent.glob(f"{staging.stem}.before-*"):
            remove_database_files(before_upgrade)
    except OSError:
        pass  # the disk went away; the names are temporary ones, never mistaken for the target


def _stage_database(info: BackupInfo, staging: Path, login: str, password: str, steps: Steps, copy: bool) -> str | None:
    """Build the restored database under the temporary name ``staging``, verified against the manifest and
    upgraded when older; returns the schema revision it was upgraded from (None: this program's schema).

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
    if not named <= {sha for sha, _size in info.scans} | set(info.lacking) | set(info.destroyed):
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

    # The result as it will stand: integrity after any upgrade, one file to rename.
    conn = connect(staging)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")  # the program returns it to WAL on opening
        problems = integrity_problems(conn)
        upgraded = schema_revision(conn) != info.schema_revision
    finally:
        conn.close()
    if problems:
        raise _damaged(info, "; ".join(problems[:3]))
    steps.advance()
    return info.schema_revision if upgraded else None


def _place_scans(info: BackupInfo, folder: Path, steps: Steps, added: list[Path]) -> None:
    """Every scan the restored database names, whole, in ``folder``: copied from the backup unless a good copy is
    there already (a damaged one is replaced), then every one read back. ``added`` gets each file made here."""
    store = info.root / SCANS
    for sha, _size in info.scans:
        steps.check()
        kept = blob_path(folder, sha)
        if not (kept.is_file() and not kept.is_symlink() and file_sha256(kept) == sha):
            origin = blob_path(store, sha)
            if not origin.is_file():
                raise _damaged(info, f"the scan {sha} is missing from {store}")
            new = not kept.exists()
            try:
                copy_verified(origin, kept, sha, durable=False)  # flushed at once below
            except ScanDamaged:
                raise _damaged(info, f"the scan {sha} in {store} no longer matches its SHA-256") from None
            if new:
                added.append(kept)
        steps.advance()
    flush_to_disk()
    for sha, size in info.scans:
        steps.check()
        kept = blob_path(folder, sha)
        if file_sha256(kept) != sha or kept.stat().st_size != size:
            raise BackupFailed(
                QT_TRANSLATE_NOOP(
                    "app", "The restored scan {sha} did not read back as written; the disk of {folder} may be failing."
                ),
                sha=sha,
                folder=str(folder),
            )
        steps.advance()
    steps.advance()


def _take_out(added: list[Path]) -> None:
    """The scans a stopped restore put beside the file it was to replace: that file stays exactly as it was."""
    for path in added:
        with suppress(OSError):
            remove_file(path)


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
            without_lost_scans=True,  # a file with lost scans is what one restores over: keep what it has
        )
    return made.folder


def _rename(source: Path, destination: Path) -> None:
    os.replace(source, destination)


def _put_in_place(staging: Path, target: Path, exists: bool, info: BackupInfo) -> tuple[Path, ...]:
    """The restored database under the target's name, the database last; returns what could not be tidied away.

    A new file: its scans folder, then the database (a restore cut short leaves only temporary names, or a scans
    folder without its database). In place of a file: the scans are all there already, so one atomic rename
    switches the target from the old database to the restored one; the old file's scans it no longer needs go
    after (they are in the backup made first).
    """
    scans, staged_scans = attachments_folder_for(target), attachments_folder_for(staging)
    if not exists:
        moved = False
        try:
            if staged_scans.exists():
                _rename(staged_scans, scans)
                moved = True
            _rename(staging, target)
        except BaseException:
            if moved:
                with suppress(OSError):  # the error itself is reported; nothing stands under the target name
                    os.replace(scans, staged_scans)
            raise
        sync_folder(target.parent)
        return ()
    _rename(staging, target)
    sync_folder(target.parent)
    return _remove_unneeded_scans(scans, {sha for sha, _size in info.scans})


def _remove_unneeded_scans(folder: Path, needed: set[str]) -> tuple[Path, ...]:
    leftovers: list[Path] = []
    for path in sorted(folder.glob("??/*")):
        if path.name in needed and path.parent.name == path.name[:2]:
            continue
        try:
            if path.is_dir() and not path.is_symlink():
                remove_tree(path)
            else:
                remove_file(path)
        except OSError:
            leftovers.append(path)
    return tuple(leftovers)
