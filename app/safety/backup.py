"""Verified backups (R16: customer information is backed up regularly so that nothing is lost).

``back_up`` copies the database with SQLite's online backup API — a consistent snapshot even while another desk
writes, never a file copy of a live database — and the scans it names into the backup folder chosen in the
settings (a second disk, a USB stick). Scans are stored once per SHA-256 in the folder's shared store, so a
second backup copies only the scans added since. Each backup is built under a temporary name, verified (SQLite's
integrity check of the copy, its row counts against the snapshot's, every scan's SHA-256 read back from the
backup folder) and only then renamed to its dated name and recorded as the last verified backup. Rotation then
keeps 7 daily, 8 weekly and 12 monthly backups and removes the scans no kept backup needs (rotation.py).

The layout of a backup folder and the manifest are described in manifest.py.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import secrets
import sqlite3
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from pathlib import Path

from app import settings
from app.desk import Actor, Desk, Work
from app.errors import Conflict, ValidationError
from app.files import remove_tree, sync_folder
from app.permissions import Action
from app.safety.copying import (
    BackupCancelled,
    BackupFailed,
    Cancelled,
    Progress,
    ScanDamaged,
    blob_path,
    connect,
    copy_verified,
    destroyed_scans,
    file_sha256,
    flush_to_disk,
    integrity_problems,
    referenced_scans,
    schema_revision,
    sync_file,
    table_counts,
    write_failure,
    write_file_atomically,
)
from app.safety.manifest import (
    MANIFEST,
    PARTIAL_PREFIX,
    REMOVING_PREFIX,
    SCANS,
    BackupInfo,
    list_backups,
    manifest_json,
)
from app.safety.rotation import Rotation, rotate
from app.text import QT_TRANSLATE_NOOP
from app.version import __version__
from db.attachment_store import attachments_folder_for
from db.audit_chain import GENESIS

LOCK_FILE = ".lock"
_NAME_KEEPS = re.compile(r"[^\w\-]+")  # letters (Chinese too), digits, _ and - stay in a backup's folder name


@dataclass(frozen=True)
class BackupReport:
    """What one backup did."""

    backup: BackupInfo
    scans: int  # scans the backup holds
    copied: int  # scans copied into the backup folder this time
    already_there: int  # scans the folder already had from earlier backups (not copied again)
    bytes_written: int  # the database copy and the scans copied this time
    seconds: float
    removed: tuple[str, ...] = ()  # older backups rotation removed (folder names)
    removed_scans: int = 0  # scans no kept backup needed any more
    not_removed: tuple[Path, ...] = ()  # what rotation could not remove (tried again next time)

    @property
    def folder(self) -> Path:
        return self.backup.folder


@dataclass(frozen=True)
class BackupStatus:
    """What the window's backup warning and the automatic daily backup go by."""

    folder: Path | None
    reachable: bool  # the folder is there (the stick plugged in, the network drive connected)
    automatic: bool
    warn_after_days: int
    last: settings.LastBackup | None
    now: dt.datetime

    @property
    def age_days(self) -> int | None:
        return None if self.last is None else max(0, (self.now - self.last.at).days)

    @property
    def warning(self) -> str | None:
        """Why the window should warn: "no_folder", "unreachable", "never", "overdue", or None."""
        if self.folder is None:
            return "no_folder"
        if not self.reachable:
            return "unreachable"
        if self.last is None:
            return "never"
        if self.now - self.last.at > dt.timedelta(days=self.warn_after_days):
            return "overdue"
        return None

    @property
    def due_today(self) -> bool:
        """The first start of the day backs up by itself (when automatic backups are on and the folder is there)."""
        return (
            self.automatic
            and self.folder is not None
            and self.reachable
            and (self.last is None or self.last.at.date() < self.now.date())
        )


def backup_status(work: Work) -> BackupStatus:
    chosen = settings.backup_settings(work)
    return BackupStatus(
        folder=chosen.folder,
        reachable=chosen.folder is not None and _reachable(chosen.folder),
        automatic=chosen.automatic,
        warn_after_days=chosen.warn_after_days,
        last=settings.last_backup(work),
        now=work.now,
    )


def _reachable(folder: Path) -> bool:
    try:
        return folder.is_dir()
    except OSError:  # e.g. a network path whose server is gone
        return False


def backups_in(work: Work) -> tuple[Path | None, list[BackupInfo]]:
    """The backup folder of the settings and the backups in it, newest first."""
    work.require_read()
    folder = settings.backup_settings(work).folder
    return folder, (list_backups(folder) if folder is not None else [])


# -- making one ----------------------------------------------------------------------------------------------------


def backup_root(work: Work, to: Path | None) -> Path:
    """The folder a backup goes into: ``to`` (checked), else the shared setting; refused when none is set yet."""
    root = settings.backup_settings(work).folder if to is None else settings.backup_folder(work, to)
    if root is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "No backup folder is set yet; choose one, best on another disk or a USB stick."),
            field="backup.folder",
        )
    return root


def back_up(
    desk: Desk,
    actor: Actor,
    to: Path | None = None,
    *,
    reason: str = "manual",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> BackupReport:
    """Back the open database and its scans up into ``to`` (default: the folder of the settings), verified.

    Records it as the last verified backup, then rotates the folder's older backups of this database. A server
    desk's backup is a pg_dump or the program's own export (server_backup.py).
    """
    if desk.on_server:
        from app.safety.server_backup import back_up_server

        return back_up_server(desk, actor, to, reason=reason, progress=progress, cancelled=cancelled)
    started = time.perf_counter()
    with desk.work(actor) as work:
        work.require(Action.BACK_UP)
        root = backup_root(work, to)
        database_id = settings.database_id(work)  # in the copy too, so a restored file's backups rotate along
        made_at = work.now
    with backup_folder_lock(root):
        made, copied = make_backup(
            desk.path,
            root,
            made_at=made_at,
            login=actor.login,
            name=actor.display_name,
            database_id=database_id,
            reason=reason,
            progress=progress,
            cancelled=cancelled,
        )
        try:
            rotation = rotate(root, database_id)
        except OSError:
            # The new backup is whole and verified; a folder that will not let go of old ones must not undo it.
            rotation = Rotation((), 0, (root,))
    with desk.work(actor) as work:
        settings.record_last_backup(work, settings.LastBackup(made_at, made.folder, actor.login, actor.display_name))
    copied_bytes = sum(size for sha, size in made.scans if sha in copied)
    return BackupReport(
        backup=made,
        scans=len(made.scans),
        copied=len(copied),
        already_there=len(made.scans) - len(copied),
        bytes_written=made.database_size + copied_bytes,
        seconds=time.perf_counter() - started,
        removed=rotation.removed,
        removed_scans=rotation.removed_scans,
        not_removed=rotation.not_removed,
    )


class Steps:
    """Progress in steps (a scan copied or checked is one) and the person's Cancel, asked between steps."""

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None, what: str) -> None:
        self.progress = progress
        self.cancelled = cancelled
        self.what = what
        self.done = 0
        self.total = 1

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            if self.what == "restore":
                raise BackupCancelled(QT_TRANSLATE_NOOP("app", "The restore was cancelled; nothing was changed."))
            raise BackupCancelled(QT_TRANSLATE_NOOP("app", "The backup was cancelled; nothing of it was kept."))

    def advance(self) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)


@contextmanager
def backup_folder_lock(root: Path) -> Iterator[None]:
    """One backup at a time in a folder (two desks' automatic backups at nine o'clock), held by the OS.

    The operating system drops the lock when its process ends, so a crashed backup never blocks the next one.
    """
    try:
        root.mkdir(parents=True, exist_ok=True)
        handle = (root / LOCK_FILE).open("a+b")
    except OSError as exc:
        raise BackupFailed(
            QT_TRANSLATE_NOOP("app", "The backup folder {folder} cannot be reached or made ({reason})."),
            field="backup.folder",
            folder=str(root),
            reason=exc.strerror or exc.__class__.__name__,
        ) from exc
    try:
        try:
            _lock(handle.fileno())
        except OSError as exc:
            raise Conflict(
                QT_TRANSLATE_NOOP("app", "Another backup into {folder} is running; try again when it has finished."),
                folder=str(root),
            ) from exc
        try:
            yield
        finally:
            _unlock(handle.fileno())
    finally:
        handle.close()


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def folder_name(root: Path, made_at: dt.datetime, database: Path) -> Path:
    stem = _NAME_KEEPS.sub("_", database.stem).strip("_")[:40] or "database"
    base = f"{made_at:%Y-%m-%d_%H%M%S}_{stem}"
    candidate, n = root / base, 1
    while candidate.exists():
        n += 1
        candidate = root / f"{base}_{n}"
    return candidate


def clear_leftovers(root: Path) -> None:
    """A backup or rotation killed half-way left its temporary folder; under the folder lock none is in use."""
    for child in root.iterdir():
        if child.is_dir() and child.name.startswith((PARTIAL_PREFIX, REMOVING_PREFIX)):
            remove_tree(child)


def make_backup(
    source: Path,
    root: Path,
    *,
    made_at: dt.datetime,
    login: str,
    name: str,
    database_id: str,
    reason: str,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    without_lost_scans: bool = False,
) -> tuple[BackupInfo, frozenset[str]]:
    """Build, verify and rename into place one backup of the database file ``source``; hold the folder's lock.

    Returns the backup and the scans copied this time. On any failure the temporary folder is removed and the
    error says what happened; scans already copied into the shared store stay (the next backup reads them back
    and copies only those that did not come out whole).

    A scan missing or damaged in the database's folder fails the backup: rotation must never remove the last
    backup that still has it. ``without_lost_scans`` (the copy a restore makes of the file it replaces, which
    rotation never removes) takes the file as it is instead and lists those scans in the manifest as lacking.
    """
    steps = Steps(progress, cancelled, "backup")
    partial = root / f"{PARTIAL_PREFIX}{secrets.token_hex(6)}"
    try:
        clear_leftovers(root)
        partial.mkdir()
        lacking: list[str] | None = [] if without_lost_scans else None
        info, copied = _build(source, partial, root, steps, made_at, login, name, database_id, reason, lacking)
        final = folder_name(root, made_at, source)
        os.rename(partial, final)
        sync_folder(root)
    except BaseException as exc:
        with suppress(OSError):  # the stick was pulled: nothing more can be done there; the next backup clears it
            remove_tree(partial)
        if isinstance(exc, OSError):
            raise write_failure(exc, root) from exc
        if isinstance(exc, sqlite3.Error):
            raise BackupFailed(
                QT_TRANSLATE_NOOP("app", "The database {path} could not be read ({detail}); run check on it."),
                path=str(source),
                detail=str(exc),
            ) from exc
        raise
    return replace(info, folder=final), copied


def _snapshot(source: Path, target: Path) -> tuple[dict[str, int], str | None]:
    """Copy ``source`` into the new file ``target`` with SQLite's online backup, and count its rows.

    The counts and the copy come from one read transaction, so they describe the same moment even while
    another process writes (in WAL mode a reader keeps its snapshot and never blocks a writer).
    """
    src = connect(source)
    try:
        src.execute("BEGIN")
        counts = table_counts(src)  # the first read fixes the snapshot the backup below copies
        revision = schema_revision(src)
        dst = connect(target)
        try:
            # A new file nobody else reads yet: one fsync at the end instead of SQLite's at every step.
            dst.execute("PRAGMA synchronous=OFF")
            src.backup(dst)
            # One self-contained file in the backup folder: no -wal/-shm beside it when it is read later.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
        src.execute("COMMIT")
    finally:
        src.close()
    sync_file(target)
    return counts, revision


def _audit_head(conn: sqlite3.Connection) -> tuple[int, str] | None:
    """The audit log's head in the copy (entries, newest hash), the anchor its manifest keeps outside the file."""
    try:
        count, head = conn.execute(
            "SELECT count(*), (SELECT hash FROM change ORDER BY seq DESC LIMIT 1) FROM change"
        ).fetchone()
    except sqlite3.OperationalError:  # a file from before the chain (a copy a restore made of an older file)
        return None
    return int(count), head or GENESIS


def copy_scan(live: Path, root: Path, sha: str, source: Path, lacking: list[str] | None = None) -> bool:
    """Copy one scan into the backup folder's store; False (and noted in ``lacking``) when the database's folder
    has no whole copy of it and the caller takes the backup without it, else an error naming the scan."""
    origin = blob_path(live, sha)
    if not origin.is_file():
        if lacking is not None:
            lacking.append(sha)
            return False
        raise BackupFailed(
            QT_TRANSLATE_NOOP(
                "app", "The scan {sha} is missing from {folder}; run check on {path}. Nothing of the backup was kept."
            ),
            sha=sha,
            folder=str(live),
            path=str(source),
        )
    target = blob_path(root / SCANS, sha)
    try:
        copy_verified(origin, target, sha, durable=False)  # flushed all at once before the manifest names them
        return True
    except ScanDamaged:
        if lacking is not None:
            lacking.append(sha)
            return False
        raise BackupFailed(
            QT_TRANSLATE_NOOP(
                "app",
                "The scan {sha} in {folder} no longer matches its SHA-256; run check on {path}. "
                "Nothing of the backup was kept.",
            ),
            sha=sha,
            folder=str(live),
            path=str(source),
        ) from None


def _build(
    source: Path,
    partial: Path,
    root: Path,
    steps: Steps,
    made_at: dt.datetime,
    login: str,
    name: str,
    database_id: str,
    reason: str,
    lacking: list[str] | None,
) -> tuple[BackupInfo, frozenset[str]]:
    steps.check()
    file_name = source.name if source.name != MANIFEST and not source.name.startswith(".") else "database.db"
    copy = partial / file_name
    counts, revision = _snapshot(source, copy)
    if revision is None:
        raise BackupFailed(
            QT_TRANSLATE_NOOP("app", "{path} is not a Dossier Desk database; it was not backed up."), path=str(source)
        )
    conn = connect(copy)
    try:
        anchor = _audit_head(conn)
        hashes = referenced_scans(conn)
        destroyed = destroyed_scans(conn)  # issue 12: to be taken out of the older backups too (rotation)
    except ValueError as exc:
        raise BackupFailed(
            QT_TRANSLATE_NOOP("app", "{path} names a scan by a malformed hash ({detail}); run check on it."),
            path=str(source),
            detail=str(exc),
        ) from exc
    finally:
        conn.close()
    steps.total = 2 * len(hashes) + 2
    steps.advance()

    live = attachments_folder_for(source)
    store = root / SCANS
    copied: set[str] = set()
    for sha in hashes:
        steps.check()
        if not blob_path(store, sha).exists() and copy_scan(live, root, sha, source, lacking):
            copied.add(sha)
        steps.advance()

    # Verification: the copy as SQLite sees it, and every scan read back from where the backup keeps it.
    conn = connect(copy)
    try:
        problems = integrity_problems(conn)
        copied_counts = table_counts(conn)
    finally:
        conn.close()
    if problems:
        raise BackupFailed(
            QT_TRANSLATE_NOOP(
                "app", "The copy of {path} failed SQLite's integrity check ({detail}); run check on the database."
            ),
            path=str(source),
            detail="; ".join(problems[:3]),
        )
    if copied_counts != counts:
        raise BackupFailed(
            QT_TRANSLATE_NOOP("app", "The copy of {path} does not hold the rows the database held; nothing was kept."),
            path=str(source),
        )
    steps.advance()
    scans: list[tuple[str, int]] = []
    for sha in hashes:
        steps.check()
        kept = blob_path(store, sha)
        if lacking is not None and sha in lacking:
            steps.advance()
            continue
        if not kept.is_file() or file_sha256(kept) != sha:
            # A scan an earlier backup left here went bad (a failing stick): copy it afresh, then read it again.
            if not copy_scan(live, root, sha, source, lacking):
                steps.advance()
                continue
            copied.add(sha)
            if file_sha256(kept) != sha:
                raise BackupFailed(
                    QT_TRANSLATE_NOOP(
                        "app", "The backup folder {folder} does not keep what is written to it intact; use another."
                    ),
                    folder=str(root),
                )
        scans.append((sha, kept.stat().st_size))
        steps.advance()

    # Before anything names the new scans: on disk for good (a backup cut short by a power cut only left scans
    # the next one reads back, and copies again if they came out damaged).
    flush_to_disk()
    info = BackupInfo(
        folder=partial,
        made_at=made_at,
        login=login,
        name=name,
        reason=reason,
        program_version=__version__,
        schema_revision=revision,
        database_id=database_id,
        database_name=source.name,
        source=str(source.resolve()),
        database_file=file_name,
        database_sha256=file_sha256(copy),
        database_size=copy.stat().st_size,
        tables=tuple(sorted(counts.items())),
        scans=tuple(scans),
        lacking=tuple(sorted(lacking or ())),
        audit=anchor,
        destroyed=tuple(destroyed),
    )
    write_file_atomically(partial / MANIFEST, manifest_json(info))
    return info, frozenset(copied)
