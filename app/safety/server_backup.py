"""Backups of a dossier database on a PostgreSQL server, and restoring them into an empty server database.

Two ways, and the backup says which (its manifest's ``method``, the command's output, the window's message):

- ``pg_dump``: PostgreSQL's own dump (custom format, ``--no-owner`` so it restores under any role), when the program
  is found — on PATH, in Debian's /usr/lib/postgresql/<version>/bin, or in the folder of the setting
  ``backup.pg_dump_folder``. It runs in the snapshot this program exported (``--snapshot``), so the rows counted for
  the manifest are the rows dumped; it is verified by ``pg_restore --list`` (the archive reads back whole and holds
  every table's data).
- ``logical_export``: where pg_dump is missing or refuses (an older pg_dump than the server), the program writes
  the export itself: a dossier file (SQLite) with every table's rows, made as ``export-to-file`` makes one, and the
  scans in the backup folder's shared store — the same shape as a file's backup, so it restores as one (into a new
  file with ``restore``) or into an empty server database. Verified by re-reading its rows and integrity.

Either is built under a temporary name, verified, renamed to a dated folder named like a file's backups, recorded as
the last verified backup, and rotated as file backups are (by the database's identity).
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import Connection, func, select
from sqlalchemy.engine import make_url

from app import people, settings
from app.desk import Actor, Desk
from app.files import remove_tree, sync_folder
from app.permissions import Action
from app.safety.backup import (
    BackupReport,
    Steps,
    backup_folder_lock,
    backup_root,
    clear_leftovers,
    copy_scan,
    folder_name,
)
from app.safety.check import CheckReport
from app.safety.copying import (
    BackupFailed,
    Cancelled,
    Progress,
    blob_path,
    connect,
    file_sha256,
    flush_to_disk,
    integrity_problems,
    table_counts,
    write_failure,
    write_file_atomically,
)
from app.safety.manifest import MANIFEST, PARTIAL_PREFIX, SCANS, BackupInfo, manifest_json, read_backup
from app.safety.rotation import Rotation, rotate
from app.safety.server_check import check_server
from app.safety.server_copy import (
    CopyFailed,
    copy_records,
    count_rows,
    empty_server_database,
    migrate_to_server,
    record_tables,
    referenced_scans,
)
from app.text import QT_TRANSLATE_NOOP
from app.version import __version__
from db.attachment_store import BlobState, FolderAttachmentStore
from db.audit_chain import GENESIS
from db.engine import DEFERRED, make_server_engine, server_url
from db.models import AttachmentBlob, Change
from db.postgres import triggers
from db.schema import shown_location

PG_DUMP = "pg_dump"
LOGICAL_EXPORT = "logical_export"
DUMP_FILE = "database.dump"
EXPORT_FILE = "database.db"
PG_DUMP_FOLDER = "backup.pg_dump_folder"  # a shared setting: where pg_dump is when it is neither on PATH nor Debian's
DEBIAN_BINARIES = Path("/usr/lib/postgresql")
DUMP_TIMEOUT_S = 4 * 3600  # a dump that has not finished in four hours is not going to


def find_program(name: str, folder: str | None = None) -> Path | None:
    """``pg_dump``/``pg_restore``: in ``folder`` (the setting), on PATH, or in Debian's newest
    /usr/lib/postgresql/*/bin."""
    suffix = ".exe" if os.name == "nt" else ""
    if folder:
        candidate = Path(folder) / f"{name}{suffix}"
        if candidate.is_file():
            return candidate
    found = shutil.which(name)
    if found:
        return Path(found)
    versions = sorted(
        (p for p in DEBIAN_BINARIES.glob(f"*/bin/{name}") if p.parent.parent.name.isdigit()),
        key=lambda p: int(p.parent.parent.name),
    )
    return versions[-1] if versions else None


def libpq_arguments(url: str) -> tuple[list[str], dict[str, str]]:
    """The connection of a SQLAlchemy URL as pg_dump's options, and the environment carrying its password (never on
    the command line, where other users of the PC could read it)."""
    parsed = make_url(server_url(url))
    arguments = ["--dbname", str(parsed.database or "")]
    host = parsed.host or parsed.query.get("host")
    if host:
        arguments += ["--host", str(host)]
    if parsed.port:
        arguments += ["--port", str(parsed.port)]
    if parsed.username:
        arguments += ["--username", parsed.username]
    environment = {**os.environ, "PGAPPNAME": "dossier-desk backup"}
    if parsed.password:
        environment["PGPASSWORD"] = str(parsed.password)
    return arguments, environment


def desk_url(desk: Desk) -> str:
    """The URL the desk's engine connects with (its password included: for pg_dump's environment only)."""
    return desk.engine.url.render_as_string(hide_password=False)


# -- making one ----------------------------------------------------------------------------------------------------


def back_up_server(
    desk: Desk,
    actor: Actor,
    to: Path | None = None,
    *,
    reason: str = "manual",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> BackupReport:
    """``back_up`` for a server desk: a verified pg_dump or, without one, a logical export (see the module's text)."""
    started = time.perf_counter()
    with desk.work(actor) as work:
        work.require(Action.BACK_UP)
        root = backup_root(work, to)
        database_id = settings.database_id(work)
        made_at = work.now
        pg_dump_folder = settings.stored(work, PG_DUMP_FOLDER)
    steps = Steps(progress, cancelled, "backup")
    with backup_folder_lock(root):
        partial = root / f"{PARTIAL_PREFIX}{secrets.token_hex(6)}"
        try:
            clear_leftovers(root)
            partial.mkdir()
            made = _build(desk, partial, root, steps, find_program(PG_DUMP, pg_dump_folder))
            made = replace(made, made_at=made_at, login=actor.login, name=actor.display_name, reason=reason)
            made = replace(made, database_id=database_id)
            write_file_atomically(partial / MANIFEST, manifest_json(made))
            final = folder_name(root, made_at, Path(str(make_url(desk_url(desk)).database or "database")))
            os.rename(partial, final)
            sync_folder(root)
        except BaseException as exc:
            with suppress(OSError):
                remove_tree(partial)
            if isinstance(exc, OSError):
                raise write_failure(exc, root) from exc
            raise
        made = replace(made, folder=final)
        try:
            rotation = rotate(root, database_id)
        except OSError:
            rotation = Rotation((), 0, (root,))
    with desk.work(actor) as work:
        settings.record_last_backup(work, settings.LastBackup(made_at, made.folder, actor.login, actor.display_name))
    return BackupReport(
        backup=made,
        scans=len(made.scans),
        copied=len(made.scans),
        already_there=0,
        bytes_written=made.total_bytes,
        seconds=time.perf_counter() - started,
        removed=rotation.removed,
        removed_scans=rotation.removed_scans,
        not_removed=rotation.not_removed,
    )


@contextmanager
def _snapshot(desk: Desk) -> Iterator[Connection]:
    with desk.engine.execution_options(**DEFERRED).connect() as conn, conn.begin():
        yield conn


def _audit_head(conn: Connection) -> tuple[int, str]:
    count = conn.execute(select(func.count()).select_from(Change)).scalar_one()
    head = conn.execute(select(Change.hash).order_by(Change.seq.desc()).limit(1)).scalar()
    return int(count), head or GENESIS


def _build(desk: Desk, partial: Path, root: Path, steps: Steps, pg_dump: Path | None) -> BackupInfo:
    steps.check()
    url = desk_url(desk)
    with _snapshot(desk) as conn:
        revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one()
        anchor = _audit_head(conn)
        if pg_dump is not None:
            snapshot = conn.exec_driver_sql("SELECT pg_export_snapshot()").scalar_one()
            counts = count_rows(conn)
            refusal = _dump(pg_dump, url, snapshot, partial / DUMP_FILE)
            if refusal is None:
                _verify_dump(pg_dump, partial / DUMP_FILE, counts)
                dump = partial / DUMP_FILE
                hashes = referenced_scans(conn)
                if isinstance(desk.store, FolderAttachmentStore):
                    # Scans kept in a shared folder are not in the database, so not in its dump: shelved beside it.
                    scans = _shelve_scans(desk, root, hashes, steps)
                else:
                    scans = _scans_in_database(conn, hashes)  # in the dump itself (attachment_blob, _chunk)
                return _info(desk, partial, PG_DUMP, dump, revision, counts, scans, anchor, "")
            with suppress(OSError):
                (partial / DUMP_FILE).unlink()
        else:
            refusal = "pg_dump was not found"
        return _export(desk, conn, partial, root, steps, revision, anchor, refusal)


def _dump(pg_dump: Path, url: str, snapshot: str, target: Path) -> str | None:
    """Run pg_dump in the exported snapshot; None when it wrote the dump, else what it said (then: the export)."""
    arguments, environment = libpq_arguments(url)
    command = [
        str(pg_dump),
        "--format=custom",
        "--no-owner",
        "--no-privileges",
        f"--snapshot={snapshot}",
        f"--file={target}",
        *arguments,
    ]
    try:
        done = subprocess.run(command, env=environment, capture_output=True, text=True, timeout=DUMP_TIMEOUT_S)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return str(exc)
    if done.returncode != 0:
        return (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1][:300]
    with target.open("rb+") as f:
        os.fsync(f.fileno())
    return None


def _verify_dump(pg_dump: Path, dump: Path, counts: dict[str, int]) -> None:
    """The archive reads back whole (pg_restore --list) and holds the data of every table of the models."""
    pg_restore = pg_dump.with_name(pg_dump.name.replace("pg_dump", "pg_restore"))
    if not pg_restore.is_file():
        found = find_program("pg_restore")
        if found is None:
            raise BackupFailed(
                QT_TRANSLATE_NOOP("app", "pg_restore was not found to verify the dump; nothing of the backup was kept.")
            )
        pg_restore = found
    done = subprocess.run([str(pg_restore), "--list", str(dump)], capture_output=True, text=True, timeout=600)
    listed = {line.split()[-2] for line in done.stdout.splitlines() if " TABLE DATA " in line}
    missing = sorted(set(counts) - listed)
    if done.returncode != 0 or missing:
        raise BackupFailed(
            QT_TRANSLATE_NOOP("app", "The dump {path} does not read back whole ({detail}); nothing of it was kept."),
            path=str(dump),
            detail=(done.stderr.strip() or f"no data of {', '.join(missing[:5])}")[:300],
        )


def _export(
    desk: Desk,
    source: Connection,
    partial: Path,
    root: Path,
    steps: Steps,
    revision: str,
    anchor: tuple[int, str],
    why: str,
) -> BackupInfo:
    """The logical export: a dossier file with every table's rows from the snapshot, its scans in the shared store."""
    copy = partial / EXPORT_FILE
    with Desk.create(copy) as target, target.engine.begin() as conn:
        copied = copy_records(source, conn)
    scans = _shelve_scans(desk, root, referenced_scans(source), steps)
    conn_ = connect(copy)
    try:
        conn_.execute("PRAGMA journal_mode=DELETE")
        problems = integrity_problems(conn_)
        counts = table_counts(conn_)
    finally:
        conn_.close()
    if problems or any(counts.get(table) != rows for table, rows in copied.items()):
        raise BackupFailed(
            QT_TRANSLATE_NOOP("app", "The copy of {path} does not hold the rows the database held; nothing was kept."),
            path=desk.location,
        )
    return _info(desk, partial, LOGICAL_EXPORT, copy, revision, counts, scans, anchor, why)


def _shelve_scans(desk: Desk, root: Path, hashes: list[str], steps: Steps) -> tuple[tuple[str, int], ...]:
    """The scans into the backup folder's shared store (those already there and whole are not copied again), each
    read back against its hash; on disk for good before anything names them."""
    steps.total = len(hashes) + 2
    steps.advance()
    scans: list[tuple[str, int]] = []
    store = root / SCANS
    with _scans_on_disk(desk) as live:
        for sha in hashes:
            steps.check()
            kept = blob_path(store, sha)
            if not kept.is_file() or file_sha256(kept) != sha:
                copy_scan(live, root, sha, Path(desk.location))
            scans.append((sha, kept.stat().st_size))
            steps.advance()
    flush_to_disk()
    return tuple(scans)


def _scans_in_database(conn: Connection, hashes: list[str]) -> tuple[tuple[str, int], ...]:
    """The scans a dump holds, with their sizes as the database stored them (for the manifest and the listing)."""
    sizes = {str(sha): int(size) for sha, size in conn.execute(select(AttachmentBlob.sha256, AttachmentBlob.size))}
    return tuple((sha, sizes.get(sha, 0)) for sha in hashes)


@contextmanager
def _scans_on_disk(desk: Desk) -> Iterator[Path]:
    """The desk's scans as a folder of the store's layout, for the backup's shared store to copy from: the folder
    itself for a folder store, else each scan written out of the server's store into a scratch folder."""
    import tempfile

    store = desk.store
    if isinstance(store, FolderAttachmentStore) and store.root.is_dir():
        yield store.root
        return
    with tempfile.TemporaryDirectory(prefix="dossier-desk-backup-") as scratch:
        folder = Path(scratch)

        with _snapshot(desk) as conn:
            for sha in referenced_scans(conn):
                if store.inspect(sha).state is BlobState.OK:
                    target = blob_path(folder, sha)
                    target.parent.mkdir(exist_ok=True)
                    store.copy_out(sha, target)
        yield folder


def _info(
    desk: Desk,
    partial: Path,
    method: str,
    database: Path,
    revision: str,
    counts: dict[str, int],
    scans: tuple[tuple[str, int], ...],
    anchor: tuple[int, str],
    why: str,
) -> BackupInfo:
    return BackupInfo(
        folder=partial,
        made_at=dt.datetime.now(),
        login="",
        name="",
        reason="manual",
        program_version=__version__,
        schema_revision=revision,
        database_id="",
        database_name=str(make_url(desk_url(desk)).database or ""),
        source=desk.location,
        database_file=database.name,
        database_sha256=file_sha256(database),
        database_size=database.stat().st_size,
        tables=tuple(sorted(counts.items())),
        scans=scans,
        audit=anchor,
        method=method,
        method_reason=why,
    )


# -- restoring one into an empty server database ------------------------------------------------------------------


@dataclass(frozen=True)
class ServerRestoreReport:
    target: str  # the server database as messages name it
    backup: BackupInfo
    method: str
    check: CheckReport
    seconds: float


def restore_to_server(backup: Path, url: str, login: str, password: str) -> ServerRestoreReport:
    """Restore the backup in ``backup`` into the EMPTY server database ``url`` (never over a live one), verified:
    the rows of every table as the manifest counted them, and ``check`` on the result. ``login``: an administrator
    of the backup. A failure leaves the database empty again."""
    started = time.perf_counter()
    info = read_backup(backup)
    if info.method == PG_DUMP:
        report = _restore_dump(info, url, login, password)
    else:
        report = migrate_to_server(
            info.database_path, url, login, password, scans_from=FolderAttachmentStore(info.root / SCANS)
        ).check
    return ServerRestoreReport(shown_location(url), info, info.method, report, time.perf_counter() - started)


def _restore_dump(info: BackupInfo, url: str, login: str, password: str) -> CheckReport:
    location = shown_location(url)
    dump = info.database_path
    if not dump.is_file() or file_sha256(dump) != info.database_sha256:
        raise BackupFailed(
            QT_TRANSLATE_NOOP("app", "{folder} is not a readable Dossier Desk backup ({detail})."),
            folder=str(info.folder),
            detail="the dump is missing or no longer matches its SHA-256",
        )
    pg_restore = find_program("pg_restore")
    if pg_restore is None:
        raise BackupFailed(
            QT_TRANSLATE_NOOP(
                "app", "This backup was made with pg_dump; restoring it needs pg_restore, which was not found."
            )
        )
    engine = make_server_engine(url)
    try:
        with engine.connect() as conn:
            tables = triggers.table_names(conn)
        if tables:
            named = ", ".join(sorted(tables)[:5]) + (", …" if len(tables) > 5 else "")
            raise CopyFailed(
                QT_TRANSLATE_NOOP(
                    "app",
                    "The server database {location} already has tables ({detail}); a backup is restored only into "
                    "an empty one.",
                ),
                location=location,
                detail=named,
            )
        arguments, environment = libpq_arguments(url)
        command = [str(pg_restore), "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error"]
        try:
            listing = _restorable_list(pg_restore, dump)
            try:
                done = subprocess.run(
                    [*command, "--use-list", str(listing), *arguments, str(dump)],
                    env=environment,
                    capture_output=True,
                    text=True,
                    timeout=DUMP_TIMEOUT_S,
                )
            finally:
                listing.unlink(missing_ok=True)
            if done.returncode != 0:
                raise BackupFailed(
                    QT_TRANSLATE_NOOP("app", "pg_restore refused the backup ({detail}); {location} is left empty."),
                    detail=(done.stderr.strip().splitlines() or ["?"])[-1][:300],
                    location=location,
                )
            with engine.connect() as conn, conn.begin():
                counts = count_rows(conn)
            if any(counts.get(table.name) != info.rows(table.name) for table in record_tables()):
                raise BackupFailed(
                    QT_TRANSLATE_NOOP(
                        "app", "The restored {location} does not hold the rows the backup counted; it is left empty."
                    ),
                    location=location,
                )
            # Only an administrator of the backup restores it; the restored database is a record of its own, whose
            # backups never rotate the original's away (as a file restored as a copy).
            with Desk.open(url) as restored:
                actor = people.log_in(restored, login, password)
                with restored.work(actor) as work:
                    work.require(Action.RESTORE)
                    settings.renew_database_id(work)
            report = check_server(url)
            if not report.ok:
                first = report.problems[0]
                raise CopyFailed(
                    QT_TRANSLATE_NOOP(
                        "app", "The copy in {target} did not pass the check ({detail}); nothing was kept."
                    ),
                    target=location,
                    detail=f"{first.kind}: {first.detail}"[:300],
                )
        except BaseException:
            empty_server_database(engine, url)
            raise
        return report
    finally:
        engine.dispose()


def _restorable_list(pg_restore: Path, dump: Path) -> Path:
    """The dump's table of contents without the extensions' comments, written beside the dump's temporary files: only
    an extension's owner (a superuser) may comment on it, and the desks' role restores the backup. The extension itself
    (pg_trgm, a trusted one) is created by the restore as by a new database."""
    import tempfile

    listed = subprocess.run([str(pg_restore), "--list", str(dump)], capture_output=True, text=True, timeout=600)
    kept = [line for line in listed.stdout.splitlines() if " COMMENT - EXTENSION " not in line]
    fd, name = tempfile.mkstemp(prefix="dossier-desk-restore-", suffix=".list")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write("\n".join(kept) + "\n")
    return Path(name)
