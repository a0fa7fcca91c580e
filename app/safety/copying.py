"""Copying a database and its scans so that a crash, a full disk or a pulled USB stick leaves nothing half-made.

What backups and restores share: SQLite reads that never change the file, content-addressed scan files copied
under a temporary name and renamed into place once their SHA-256 matched. Removing files and folders that may be
read-only, and syncing a folder after a rename, are app/files.py's.
"""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from app.errors import AppError
from app.files import make_writable, remove_file
from app.text import QT_TRANSLATE_NOOP
from db.attachment_store import valid_hash

CHUNK = 1 << 20
BUSY_TIMEOUT_S = 5.0

SYNC_ALL = hasattr(os, "sync")  # POSIX; Windows has no call that flushes every file at once
READ_ONLY = stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH
READ_WRITE = READ_ONLY | stat.S_IWUSR

Progress = Callable[[int, int], None]  # (steps done, steps in all), for a progress bar
Cancelled = Callable[[], bool]  # asked between steps; True stops the job and removes what it made


class BackupFailed(AppError):
    """A backup or restore could not be completed; whatever it had made is gone, nothing stands under a final name."""


class BackupCancelled(AppError):
    """The person stopped the backup or restore; whatever it had made is gone."""


class ScanDamaged(Exception):
    """A scan file's bytes do not match its SHA-256 (the caller knows whose scan it is and says so)."""


def blob_path(root: Path, sha256: str) -> Path:
    """Where a scan lives in a content-addressed folder (the attachments' own layout: ``ab/abcdef…``)."""
    if not valid_hash(sha256):  # a stored hash becomes a file name: never ``../`` or a drive
        raise ValueError(f"not a SHA-256: {sha256!r}")
    return root / sha256[:2] / sha256


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def copy_verified(source: Path, target: Path, sha256: str, *, read_only: bool = True, durable: bool = True) -> int:
    """Copy ``source`` to ``target`` through a temporary file, hashing as it reads; returns the size.

    ``durable``: the bytes reach the disk (fsync) before the rename, so ``target`` is either absent or whole
    even after a power cut. Copying thousands of scans, a caller may instead flush them all at once
    (``flush_to_disk``) before anything names them. Raises ``ScanDamaged`` when the source's bytes are not
    ``sha256`` (nothing is left behind then).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".incoming-", dir=target.parent)
    temporary = Path(name)
    try:
        digest = hashlib.sha256()
        size = 0
        with source.open("rb") as src, os.fdopen(fd, "wb") as dst:
            while chunk := src.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
                dst.write(chunk)
            dst.flush()
            if durable or not SYNC_ALL:
                os.fsync(dst.fileno())
        if digest.hexdigest() != sha256:
            raise ScanDamaged(str(source))
        # mkstemp makes the file private (0600); a copy is as readable as a file the program makes normally.
        temporary.chmod(READ_ONLY if read_only else READ_WRITE)  # scans are evidence (R9): read-only
        if target.exists():
            make_writable(target)  # a damaged copy being replaced; Windows will not replace a read-only file
        os.replace(temporary, target)
        return size
    except BaseException:
        remove_file(temporary)
        raise


def write_file_atomically(target: Path, data: bytes) -> None:
    """A small file (the manifest) written whole or not at all."""
    fd, name = tempfile.mkstemp(prefix=".incoming-", dir=target.parent)
    temporary = Path(name)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        temporary.chmod(READ_WRITE)
        os.replace(temporary, target)
    except BaseException:
        remove_file(temporary)
        raise


def sync_file(path: Path) -> None:
    """Make a file written without SQLite's own syncs reach the disk (Windows needs write access to flush)."""
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def flush_to_disk() -> None:
    """Make the files copied with ``durable=False`` reach the disk: one sync of everything (Linux: 3 234 scans in
    1.1 s instead of 6.7 s one by one). Where the system has no such call (Windows), ``copy_verified`` synced
    each file itself: a read-only scan cannot be opened for writing again to flush it later."""
    if SYNC_ALL:
        os.sync()


# -- SQLite, read without changing a byte of the source ------------------------------------------------------------


def connect(path: Path) -> sqlite3.Connection:
    """A plain connection (no pragmas of the engine: it would switch a copy to WAL), transactions ours to begin."""
    return sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows in every table of the file, whatever its schema version (read from the file, not from the models)."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {name: int(conn.execute(f"SELECT count(*) FROM {_quoted(name)}").fetchone()[0]) for name in names}


def schema_revision(conn: sqlite3.Connection) -> str | None:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "alembic_version" not in tables:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def integrity_problems(conn: sqlite3.Connection, limit: int = 20) -> list[str]:
    return [str(line) for (line,) in conn.execute(f"PRAGMA integrity_check({int(limit)})") if line != "ok"]


def referenced_scans(conn: sqlite3.Connection) -> list[str]:
    """Every distinct SHA-256 the file's attachment rows name, sorted; a malformed one raises ``ValueError``.

    issue 12: destruction — a scan only destroyed documents name (R15) is not needed any more: left out."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "attachment" not in tables:
        return []
    if _has_tombstones(conn):
        hashes = [
            row[0]
            for row in conn.execute(
                "SELECT DISTINCT a.sha256 FROM attachment a LEFT JOIN document d ON d.id = a.document_id "
                "WHERE d.destroyed_at IS NULL ORDER BY a.sha256"
            )
        ]
    else:
        hashes = [row[0] for row in conn.execute("SELECT DISTINCT sha256 FROM attachment ORDER BY sha256")]
    if "specimen" in tables:  # issue 20: the specimens of signatures and seals are scans as well
        hashes = sorted({*hashes, *(row[0] for row in conn.execute("SELECT DISTINCT sha256 FROM specimen"))})
    bad = [h for h in hashes if not valid_hash(h)]
    if bad:
        raise ValueError(f"malformed attachment hash {str(bad[0])[:80]!r}")
    return hashes


def destroyed_scans(conn: sqlite3.Connection) -> list[str]:
    """issue 12: destruction — the scans that only destroyed documents name (R15): deleted from the scans folder,
    and taken out of every backup the rotation keeps."""
    if not _has_tombstones(conn):
        return []
    rows = conn.execute(
        "SELECT DISTINCT a.sha256 FROM attachment a JOIN document d ON d.id = a.document_id "
        "WHERE d.destroyed_at IS NOT NULL ORDER BY a.sha256"
    )
    return sorted({row[0] for row in rows if valid_hash(row[0])} - set(referenced_scans(conn)))


def _has_tombstones(conn: sqlite3.Connection) -> bool:
    return any(row[1] == "destroyed_at" for row in conn.execute('PRAGMA table_info("document")'))


def read_setting(path: Path, key: str) -> str | None:
    """One shared setting read straight from a file that is not opened as a desk (e.g. a restore's target)."""
    conn = connect(path)
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "setting" not in tables:
            return None
        row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row and row[0] else None
    finally:
        conn.close()


# -- OS errors in the person's words -------------------------------------------------------------------------------


def write_failure(exc: OSError, path: Path | str, restoring_to: Path | None = None) -> BackupFailed:
    """A full disk, read-only medium, missing permission or pulled stick, as one clear sentence."""
    where = str(getattr(exc, "filename", None) or path)
    if exc.errno == errno.ENOSPC:
        if restoring_to is not None:
            return BackupFailed(
                QT_TRANSLATE_NOOP(
                    "app", "The disk holding {path} is full; the restore stopped and {target} is unchanged."
                ),
                path=where,
                target=str(restoring_to),
            )
        return BackupFailed(
            QT_TRANSLATE_NOOP("app", "The disk holding {path} is full; the backup stopped and nothing of it was kept."),
            path=where,
        )
    reason = exc.strerror or exc.__class__.__name__
    if restoring_to is not None:
        return BackupFailed(
            QT_TRANSLATE_NOOP("app", "The restore could not use {path} ({reason}); {target} is unchanged."),
            path=where,
            reason=reason,
            target=str(restoring_to),
        )
    return BackupFailed(
        QT_TRANSLATE_NOOP("app", "The backup could not use {path} ({reason}); nothing of it was kept."),
        path=where,
        reason=reason,
    )
