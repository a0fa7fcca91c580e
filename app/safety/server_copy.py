"""Moving the whole record from a file to a PostgreSQL server (``migrate-to-server``) and back (``export-to-file``).

The source is opened read-only and read in one snapshot: it is never changed, and a desk still saving into it
cannot make the copy hold half of a change. The target must be new — an empty server database, or a file name
that is free — and gets the schema of this program (``Desk.create``). Then, in ONE transaction on the target, every
table of the models in dependency order (parents before the rows that refer to them), rows as they are: the same ids,
the audit log's lines with their hashes (the chain stays valid, it is verified afterwards), the users with their
password hashes. The refusing triggers are set aside for that transaction (they refuse what the program never does,
such as adding a scan to an original later — a copy writes the finished history at once) and put back before it
commits; on a server each table's id sequence is set past its highest id, so the next record gets a new one. The
search index is built afresh from the copied records.

Scans go through the target desk's store (a folder beside a file, the server's store on a server). Then the copy
is verified: the rows of every table counted on both sides, every scan read back from the target against its hash,
and the whole ``check`` run on the target. Anything failing on the way leaves nothing behind: the target server
database is emptied again, a target file (built under a temporary name) is removed.
"""

from __future__ import annotations

import os
import secrets
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import Connection, Engine, Table, func, insert, select, text, update

from app import people
from app.desk import Actor, Desk
from app.errors import AppError, Conflict, ValidationError
from app.files import remove_database, sync_folder
from app.permissions import Action
from app.safety.check import CheckReport, check_file
from app.safety.server_check import check_connection
from app.safety.server_store import ScanStore
from app.text import QT_TRANSLATE_NOOP
from db import audit_chain, protection, search_index
from db.attachment_store import AttachmentStore, BlobState, attachments_folder_for, valid_hash
from db.engine import DEFERRED
from db.models import Attachment, Base, Document, Setting, Specimen
from db.postgres import triggers
from db.schema import shown_location

BATCH = 2000  # rows read and written at a time: a large table never sits in memory whole
# A server's scan store keeps the bytes in tables of its own (db/blob_store.py): they are copied through the stores,
# scan by scan and verified by hash, never as rows (a file keeps its scans in the folder beside it).
STORE_TABLES = frozenset({"attachment_blob", "attachment_chunk"})


def record_tables() -> list[Table]:
    """The tables of the models a move copies as rows, parents before the rows that refer to them."""
    return [table for table in Base.metadata.sorted_tables if table.name not in STORE_TABLES]


@dataclass(frozen=True)
class CopyReport:
    """What one move copied and how it was verified."""

    source: str  # the file, or the server database as messages name it
    target: str
    tables: tuple[tuple[str, int], ...]  # rows per table, equal on both sides
    scans: int  # scans copied and read back against their hash
    check: CheckReport  # the check of the target, passed
    seconds: float

    @property
    def rows(self) -> int:
        return sum(count for _table, count in self.tables)


class CopyFailed(AppError):
    """The copy could not be made or did not verify; the target was left as it was before (empty, or no file)."""


# -- the rows ----------------------------------------------------------------------------------------------------


def copy_records(source: Connection, target: Connection) -> dict[str, int]:
    """Copy every table of the models from ``source`` into the just-made schema of ``target``, in ``target``'s
    transaction; returns the rows per table. ``source`` reads one snapshot (the caller's transaction)."""
    _set_triggers_aside(target)
    for table in reversed(record_tables()):
        target.execute(table.delete())  # what the new schema was seeded with (the move-in checklist)
    counts: dict[str, int] = {}
    for table in record_tables():
        key = list(table.primary_key.columns)
        rows = source.execution_options(yield_per=BATCH).execute(select(table).order_by(*key))
        copied = 0
        for batch in rows.partitions(BATCH):
            target.execute(insert(table), [dict(row._mapping) for row in batch])
            copied += len(batch)
        counts[table.name] = copied
    _put_triggers_back(target)
    if target.dialect.name == "postgresql":
        _set_sequences(target)
    search_index.rebuild(target)
    return counts


def _set_triggers_aside(conn: Connection) -> None:
    protection.uninstall(conn)
    audit_chain.uninstall(conn)


def _put_triggers_back(conn: Connection) -> None:
    protection.install(conn)
    audit_chain.install(conn)


def _set_sequences(conn: Connection) -> None:
    """Each table's id sequence past its highest copied id (a server hands out ids from a sequence, not max + 1)."""
    for table in Base.metadata.sorted_tables:
        key = list(table.primary_key.columns)
        if len(key) != 1 or not key[0].autoincrement or key[0].type.python_type is not int:
            continue
        quoted = conn.dialect.identifier_preparer.quote(table.name)
        sequence = conn.execute(text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": quoted, "c": key[0].name}).scalar()
        if sequence is None:
            continue
        highest = conn.execute(select(func.max(key[0]))).scalar()
        conn.execute(
            text("SELECT setval(:s, :v, :called)"),
            {"s": sequence, "v": highest if highest is not None else 1, "called": highest is not None},
        )


def count_rows(conn: Connection) -> dict[str, int]:
    """Rows in every table of the models, as the connection's transaction sees them."""
    return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one()) for t in record_tables()}


def referenced_scans(conn: Connection) -> list[str]:
    """Every distinct scan the attachment rows name, except those only destroyed documents name (R15: gone)."""
    query = (
        select(Attachment.sha256)
        .join(Document, Document.id == Attachment.document_id)
        .where(Document.destroyed_at.is_(None))
        .distinct()
        .order_by(Attachment.sha256)
    )
    hashes = list(conn.execute(query).scalars())
    # issue 20: the specimens of signatures and seals are scans as well
    hashes = sorted({*hashes, *conn.execute(select(Specimen.sha256).distinct()).scalars()})
    bad = [h for h in hashes if not valid_hash(h)]
    if bad:
        raise CopyFailed(
            QT_TRANSLATE_NOOP(
                "app", "A scan is named by a malformed hash ({detail}); run check on the database. Nothing was kept."
            ),
            detail=repr(bad[0])[:80],
        )
    return hashes


def _renew_identity(conn: Connection) -> None:
    """The copy is another database: its backups must never rotate away the source's (settings.database_id)."""
    conn.execute(update(Setting).where(Setting.key == "database.id").values(value=uuid.uuid4().hex))


# -- the whole move ------------------------------------------------------------------------------------------------


def _authorised(desk: Desk, login: str, password: str) -> Actor:
    """The administrator ``login`` of the source, by their password there (a move copies every user's account)."""
    actor = people.log_in(desk, login, password)
    with desk.read(actor) as work:
        work.require(Action.MOVE_DATABASE)
    return actor


@contextmanager
def _snapshot(desk: Desk) -> Iterator[Connection]:
    """One consistent read of the source, however long the copy takes (WAL reader, or REPEATABLE READ)."""
    with desk.engine.execution_options(**DEFERRED).connect() as conn, conn.begin():
        yield conn


def migrate_to_server(
    source: Path, url: str, login: str, password: str, *, scans_from: AttachmentStore | None = None
) -> CopyReport:
    """Copy the dossier file ``source`` and its scans into the empty server database ``url``, verified.

    ``scans_from``: where the file's scans are, when not in the folder beside it (a backup's shared store)."""
    started = time.perf_counter()
    with Desk.open(source, read_only=True) as origin:
        if scans_from is not None:
            origin.store = scans_from
        _authorised(origin, login, password)
        target = Desk.create(url)  # refuses a database that is not empty, before anything is written
        try:
            with target:
                tables, scans = _copy(origin, target)
                with target.engine.connect() as conn, conn.begin():
                    report = check_connection(conn, target.location, target.store)
                _refuse_unless_clean(report, target.location)
        except BaseException:
            empty_server_database(target.engine, url)
            raise
    return CopyReport(str(source), shown_location(url), tables, scans, report, time.perf_counter() - started)


def export_to_file(url: str, out: Path, login: str, password: str) -> CopyReport:
    """Copy the server database ``url`` and its scans into the new file ``out`` (and its attachments folder)."""
    started = time.perf_counter()
    out = Path(os.path.abspath(out))
    refuse_existing(out)
    with Desk.open(url, read_only=True) as origin:
        _authorised(origin, login, password)
        partial = out.with_name(f".{out.name}.partial-{secrets.token_hex(4)}")
        try:
            with Desk.create(partial) as target:
                tables, scans = _copy(origin, target)
            report = check_file(partial)
            _refuse_unless_clean(report, str(out))
            refuse_existing(out)  # someone made it meanwhile: never replaced
            os.replace(partial, out)
            folder = attachments_folder_for(partial)
            if folder.exists():
                os.replace(folder, attachments_folder_for(out))
            sync_folder(out.parent)
        except BaseException:
            with suppress(OSError):
                remove_database(partial)
            raise
    report = replace(report, database=out)
    return CopyReport(origin.location, str(out), tables, scans, report, time.perf_counter() - started)


def _copy(origin: Desk, target: Desk) -> tuple[tuple[tuple[str, int], ...], int]:
    """The rows in one transaction of the target, then the scans; each verified. Returns the counts and scans."""
    with _snapshot(origin) as source:
        hashes = referenced_scans(source)
        with target.engine.begin() as conn:
            copied = copy_records(source, conn)
            _renew_identity(conn)
            if count_rows(conn) != copied or count_rows(source) != copied:
                raise CopyFailed(
                    QT_TRANSLATE_NOOP(
                        "app", "The copy into {target} does not hold the rows {source} held; nothing was kept."
                    ),
                    source=origin.location,
                    target=target.location,
                )
    stored = _copy_scans(origin.store, target.store, hashes, origin.location, target.location)
    return tuple(sorted(copied.items())), stored


def _copy_scans(origin: ScanStore, target: ScanStore, hashes: list[str], source: str, where: str) -> int:
    """Each scan out of the source's store into the target's, then read back from there against its hash."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="dossier-desk-move-") as scratch:
        for sha in hashes:
            checked = origin.inspect(sha)
            if checked.state is not BlobState.OK:
                raise CopyFailed(
                    QT_TRANSLATE_NOOP(
                        "app", "The scan {sha} of {source} is missing or damaged; run check on it. Nothing was kept."
                    ),
                    sha=sha,
                    source=source,
                )
            staged = origin.copy_out(sha, Path(scratch) / sha)
            target.put(staged)
            staged.unlink()
    for sha in hashes:
        if target.inspect(sha).state is not BlobState.OK:
            raise CopyFailed(
                QT_TRANSLATE_NOOP("app", "The scan {sha} did not arrive whole in {target}; nothing was kept."),
                sha=sha,
                target=where,
            )
    return len(hashes)


def _refuse_unless_clean(report: CheckReport, target: str) -> None:
    if not report.ok:
        first = report.problems[0]
        raise CopyFailed(
            QT_TRANSLATE_NOOP("app", "The copy in {target} did not pass the check ({detail}); nothing was kept."),
            target=target,
            detail=f"{first.kind}: {first.detail}"[:300],
        )


def refuse_existing(out: Path) -> None:
    for taken in (out, attachments_folder_for(out)):
        if os.path.lexists(taken):
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "{path} already exists; choose a new name for the file."),
                field="path",
                path=str(taken),
            )


def empty_server_database(engine: Engine, url: str) -> None:
    """Drop everything this program made in the server database (a failed move or init leaves it empty, as it was).

    Only what a new dossier database holds: its tables, its trigger functions; the pg_trgm extension when nothing
    else of the database uses it is left (an administrator may have installed it for the desks beforehand).
    """
    try:
        with engine.begin() as conn:
            for table in triggers.table_names(conn):
                conn.exec_driver_sql(f"DROP TABLE IF EXISTS {conn.dialect.identifier_preparer.quote(table)} CASCADE")
            functions = conn.exec_driver_sql(
                "SELECT p.proname FROM pg_proc p WHERE p.pronamespace = current_schema()::regnamespace "
                "AND p.prolang = (SELECT oid FROM pg_language WHERE lanname = 'plpgsql') "
                "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')"
            ).scalars()
            for name in list(functions):
                conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {conn.dialect.identifier_preparer.quote(name)}()")
    except Exception as exc:  # the server went away: say what is left, never hide the first failure
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "app",
                "It failed, and the server database {location} could not be emptied again ({detail}); "
                "drop its tables before trying again.",
            ),
            location=shown_location(url),
            detail=str(exc).splitlines()[0][:200],
        ) from exc
