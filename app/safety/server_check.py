"""The check of a dossier database on a PostgreSQL server: what ``check_file`` finds in a file, found on a server.

The server keeps its own pages sound (there is no ``integrity_check`` to run), so what is checked is what a person
or a program past Dossier Desk could have broken: the schema version, constraints the server was told not to check
(``NOT VALID``), every reference (one query per foreign key of the models: a row whose referenced row is missing),
the refusing triggers (a missing one lets an original be changed), the audit log's chain and the dossiers' statuses
by their history, the search index, the money lines, and every scan in the desk's store read back against its hash.

Everything is read in one snapshot (a read-only REPEATABLE READ transaction): another desk saving meanwhile cannot
make the check see half of its change. Findings use the kinds and messages of the file check where they mean the
same; the report has the same shape, its ``database`` being the server database as messages name it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, ForeignKeyConstraint, and_, select

from app import audit
from app.desk import Desk, ReadOnlyReason
from app.safety.check import (
    _BREAK_KINDS,
    _MONEY_RULES,
    SPECIMENS_QUERY,
    CheckReport,
    _Findings,
    _newest_anchor,
    _Scan,
    _verdict,
    scans_to_read,
    specimen_scans,
)
from app.safety.server_store import ScanStore, stored_hashes
from db import audit_chain, protection, search_index
from db.attachment_store import BlobState
from db.engine import make_server_engine
from db.models import Base
from db.postgres import triggers
from db.schema import head_revision, script_directory, shown_location

SHOWN_PER_REFERENCE = 20  # broken rows named per foreign key; the count says how many more


def check_server(url: str) -> CheckReport:
    """Check the dossier database at the server URL ``url`` without writing anything (no upgrade either)."""
    engine = make_server_engine(url, read_only=True)
    location = shown_location(url)
    try:
        with engine.connect() as conn:
            revision = _revision(conn)
        if revision != head_revision():
            # Older, newer or none: a Desk would upgrade or refuse it; the check only says so.
            with engine.connect() as conn:
                return check_connection(conn, location, None)
        desk = Desk(url, engine, read_only=ReadOnlyReason.ASKED)  # for its scan store: the one the desks use
        try:
            with engine.connect() as conn:
                return check_connection(conn, location, desk.store)
        finally:
            desk.close()
    finally:
        engine.dispose()


def check_server_desk(desk: Desk) -> CheckReport:
    """The check of the server database ``desk`` has open (what the window's Check runs on a server desk)."""
    with _snapshot(desk) as conn:
        return check_connection(conn, desk.location, desk.store)


@contextmanager
def _snapshot(desk: Desk) -> Iterator[Connection]:
    from db.engine import DEFERRED

    with desk.engine.execution_options(**DEFERRED).connect() as conn:
        yield conn


def _revision(conn: Connection) -> str | None:
    if "alembic_version" not in triggers.table_names(conn):
        return None
    return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def check_connection(conn: Connection, location: str, store: ScanStore | None) -> CheckReport:
    """Check the database ``conn`` is on, in its current transaction (a migration checks its copy before committing);
    ``store``: where its scans are kept (None: the scans are not looked at)."""
    found = _Findings()
    head = head_revision()
    known = {s.revision for s in script_directory().walk_revisions()}
    tables = triggers.table_names(conn)
    revision = _revision(conn) if "alembic_version" in tables else None
    schema = "unknown"
    audit_result: tuple[int, str] | None = None
    count = 0
    if "alembic_version" not in tables:
        what = "tables but no schema version" if tables else "no tables"
        found.problem("not_a_dossier_database", f"{location} has {what}: it is not a Dossier Desk database", location)
    elif revision is None:
        found.problem("not_a_dossier_database", f"{location} has an empty schema version table", location)
    elif revision not in known:
        schema = "newer"
        found.problem(
            "schema_newer",
            f"{location} has schema {revision}, made by a newer version of Dossier Desk (this one knows up to "
            f"{head}): opening it is refused, and its records and scans were not checked",
            location,
        )
    elif revision != head:
        schema = "older"
        found.note(
            "schema_older",
            f"{location} has schema {revision}, older than this program's {head}: it would be upgraded on opening; "
            "the check left it as it is (its records are checked by this program's schema once upgraded)",
            location,
        )
    else:
        schema = "current"
        _check_constraints(conn, location, found)
        _check_references(conn, location, found)
        _check_triggers(conn, location, found)
        audit_result = _check_audit(conn, location, found)
        _check_search_index(conn, location, found)
        _check_money(conn, location, found)
        if store is not None:
            count = _check_scans(conn, store, found)
    entries, anchor = audit_result if audit_result is not None else (None, "")
    return CheckReport(
        location, revision, head, schema, count, tuple(found.problems), tuple(found.notes), entries, anchor
    )


def _check_constraints(conn: Connection, location: str, found: _Findings) -> None:
    """A constraint added ``NOT VALID`` was never checked against the rows already there."""
    rows = conn.exec_driver_sql(
        "SELECT conrelid::regclass::text, conname FROM pg_constraint "
        "WHERE NOT convalidated AND connamespace = current_schema()::regnamespace ORDER BY 1, 2"
    )
    for table, name in rows:
        found.problem(
            "constraint_not_validated",
            f"{location}: the constraint {name} of table {table} was never checked against its rows (NOT VALID)",
            location,
        )


def _check_references(conn: Connection, location: str, found: _Findings) -> None:
    """Every foreign key of the models: the rows whose referenced row is missing (as SQLite's foreign_key_check)."""
    for table in Base.metadata.sorted_tables:
        for constraint in table.foreign_key_constraints:
            for row_key in _broken(conn, constraint):
                parent = constraint.referred_table.name
                found.problem(
                    "foreign_key", f"table {table.name} row {row_key} refers to a missing row of {parent}", location
                )


def _broken(conn: Connection, constraint: ForeignKeyConstraint) -> list[str]:
    child = constraint.table
    parent = constraint.referred_table.alias("referred")
    pairs = [(element.parent, parent.c[element.column.name]) for element in constraint.elements]
    joined = child.outerjoin(parent, and_(*(mine == theirs for mine, theirs in pairs)))
    key = list(child.primary_key.columns)
    query = (
        select(*key)
        .select_from(joined)
        .where(and_(*(mine.is_not(None) for mine, _ in pairs)), pairs[0][1].is_(None))
        .order_by(*key)
        .limit(SHOWN_PER_REFERENCE)
    )
    return ["/".join(str(v) for v in row) for row in conn.execute(query)]


def expected_triggers() -> dict[str, str]:
    """The refusing and index-keeping triggers a server database of this schema has, by name, and their tables."""
    wanted = {r.name: r.table for r in (*protection.server_refusals(), *audit_chain.server_refusals())}
    wanted.update({f"search_{table}_mark": table for table, _columns in search_index.SOURCES.values()})
    return wanted


def _check_triggers(conn: Connection, location: str, found: _Findings) -> None:
    present = {
        (str(name), str(table))
        for name, table, enabled in conn.exec_driver_sql(
            "SELECT t.tgname, c.relname, t.tgenabled FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace"
        )
        if enabled != "D"  # a disabled trigger refuses nothing
    }
    for name, table in sorted(expected_triggers().items()):
        if (name, table) not in present:
            found.problem(
                "protection_missing",
                f"{location}: the trigger {name} on table {table} is missing or disabled, so the rule it keeps is "
                "not enforced by the database",
                location,
            )


class _Rows:
    """A DB-API-like ``execute`` over a SQLAlchemy connection, for the audit checks written for sqlite3's."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def execute(self, query: str) -> Any:
        return self._conn.exec_driver_sql(query.replace("%", "%%"))


def _check_audit(conn: Connection, location: str, found: _Findings) -> tuple[int, str]:
    rows = _Rows(conn)
    chain = audit.verify_connection(rows)
    if chain.first_break is not None:
        found.problem(_BREAK_KINDS[chain.first_break.kind], f"{location}: {chain.first_break.describe()}", location)
    settings = dict(
        conn.exec_driver_sql("SELECT key, value FROM setting WHERE key IN ('backup.folder', 'database.id')").all()
    )
    anchor = _newest_anchor(settings.get("backup.folder"), settings.get("database.id"))
    if anchor is not None:
        wrong = audit.compare_with_anchor(chain, anchor)
        if wrong is not None:
            kind = "audit_cut" if chain.count < anchor.count else "audit_anchor_differs"
            found.problem(kind, f"{location}: {wrong}", location)
    for disagreement in audit.check_statuses(rows):
        found.problem("status_disagrees", f"{location}: {disagreement.describe()}", location)
    return chain.count, anchor.where if anchor is not None else ""


def _check_search_index(conn: Connection, location: str, found: _Findings) -> None:
    wrong = search_index.differences(conn)
    if wrong:
        found.problem(
            "search_index_stale",
            f"{location}: {wrong} entries of the search index differ from the records, so quick find may miss "
            "them; check --repair rebuilds the index",
            location,
        )


def _check_money(conn: Connection, location: str, found: _Findings) -> None:
    for template, query in _MONEY_RULES:
        for row in conn.exec_driver_sql(query).fetchmany(20):
            found.problem("money_disagrees", f"{location}: " + template.format(*row), location)


_SCANS_QUERY = (
    "SELECT a.id, a.sha256, a.original_name, a.document_id, d.title, d.dossier_id, d.destroyed_at IS NOT NULL "
    "FROM attachment a LEFT JOIN document d ON d.id = a.document_id ORDER BY a.id"
)


def _check_scans(conn: Connection, store: ScanStore, found: _Findings) -> int:
    """Every scan the attachment rows name, read back from the store against its hash; what the store holds that no
    row names is a stray (as in the folder)."""
    scans = [_Scan(*row[:6], destroyed=bool(row[6])) for row in conn.exec_driver_sql(_SCANS_QUERY)]
    scans += specimen_scans(list(conn.exec_driver_sql(SPECIMENS_QUERY)))  # issue 20: signature and seal specimens
    by_hash = scans_to_read(scans, found)
    for sha, users in sorted(by_hash.items()):
        result = store.inspect(sha)
        if result.state is BlobState.OK:
            continue
        kind, what = _verdict(result, by_hash)
        for scan in users:
            found.problem(kind, f"{scan.describe()}: {what}", result.path)
    for sha in sorted(stored_hashes(store) - set(by_hash)):
        found.problem("attachment_stray", f"the stored scan {sha}: no attachment refers to it", sha)
    return len(by_hash)
