"""The file check: a database file and its scans as they are, read without changing a byte (R16).

It never opens a ``Desk``: opening upgrades an older file and refuses a damaged one, and a check must do
neither. The file is read through ``db.integrity.read_only`` (no upgrade, no switch to WAL, nothing left
beside it), so a backup or a copy is checked exactly as it is. Each finding names what is wrong and where;
a damaged database is a finding, never a traceback.
"""

from __future__ import annotations

import os
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import audit
from app.desk import Desk
from app.errors import DatabaseUnusable
from app.safety.manifest import list_backups
from app.text import QT_TRANSLATE_NOOP
from db import search_index
from db.attachment_store import (
    BlobCheck,
    BlobState,
    EntryKind,
    FolderAttachmentStore,
    attachments_folder_for,
    valid_hash,
)
from db.integrity import Failure, failure_of, integrity_check, is_sqlite_file, read_only
from db.schema import head_revision, script_directory

# What `check` calls a problem (exit 1), by kind; notes (worth knowing, not wrong) are listed below them.
PROBLEM_KINDS = (
    "database_damaged",  # SQLite cannot read a page, or its integrity check fails
    "not_a_dossier_database",  # not SQLite, or SQLite without a Dossier Desk schema
    "schema_newer",  # made by a newer program: opening it is refused
    "foreign_key",  # a row refers to a row that is not there
    "attachment_bad_hash",  # a recorded hash that is not a SHA-256: never made into a path
    "attachment_folder_missing",  # scans are recorded, the folder is not there
    "attachment_folder_linked",  # the folder or a subfolder is a link to another place
    "attachment_missing",
    "attachment_empty",  # zero bytes where a scan should be
    "attachment_altered",  # the file no longer holds what was stored
    "attachment_swapped",  # the file holds another recorded scan (two files exchanged, or a copy)
    "attachment_linked",  # a link instead of the stored file, or reached through a linked subfolder
    "attachment_unreadable",
    "attachment_stray",  # a file no attachment refers to, or one the store never makes
    "attachment_orphan",  # a copy an interrupted save left behind (.incoming-*)
    # issue 11: the audit log's hash chain (app/audit) and what it anchors
    "audit_altered",  # an entry no longer matches its hash
    "audit_rewritten",  # an entry was changed and its hash recomputed: the next one no longer links to it
    "audit_deleted",  # entries are missing from the chain
    "audit_inserted",  # an entry not linked into the chain (written past the program)
    "audit_cut",  # fewer entries than the newest backup's manifest anchored: the newest were cut off
    "audit_anchor_differs",  # the anchored entry is not there any more: the log was rewritten
    "status_disagrees",  # a dossier's status is not what its recorded history says
    # issue 14: the search index (db/search_index.py) is derived from the records; check --repair rebuilds it
    "search_index_stale",  # entries missing from the index or left over in it: quick find would miss or mislead
    # issue 15: fees — the money lines no longer add up (written past the program: the app and the triggers refuse)
    "money_disagrees",
    # issue 19: a database on a PostgreSQL server (app/safety/server_check.py)
    "constraint_not_validated",  # a constraint added NOT VALID: the rows before it were never checked against it
    "protection_missing",  # a refusing or index-keeping trigger is missing or disabled: its rule is not enforced
)
NOTE_KINDS = (
    "schema_older",  # opening it would upgrade it (after saving a copy); the check does not
    "pending_changes",  # a -wal or -journal with changes: checked as a program opening it would see them
    "attachment_writable",  # a stored scan that can be written to (they are kept read-only, R9)
    "strays_not_looked_for",  # the database is damaged, so its list of scans cannot tell a stray file
)
# Problems after which the database's list of scans cannot be trusted to call a file stray.
_UNTRUSTED = frozenset({"database_damaged", "not_a_dossier_database", "schema_newer"})


@dataclass(frozen=True)
class Finding:
    kind: str  # one of PROBLEM_KINDS or NOTE_KINDS
    detail: str  # what and where, in a sentence
    path: str = ""  # the file or folder it is about, if any


@dataclass(frozen=True)
class CheckReport:
    database: Path | str  # the file, or a server database as messages name it (user@host/name)
    revision: str | None  # the file's schema revision; None when it has none or it could not be read
    program_revision: str  # the newest schema this program knows
    schema: str  # "current", "older", "newer" or "unknown"
    scans: int  # stored scans (distinct files) checked
    problems: tuple[Finding, ...]
    notes: tuple[Finding, ...]
    audit_entries: int | None = None  # lines of the audit log whose chain was verified (None: not verified)
    anchor: str = ""  # the anchor outside the file the chain was compared with ("" when none was found)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class _Scan:
    """One attachment row: the scan it refers to, and where it is filed (for the message)."""

    attachment_id: int
    sha256: str
    name: str
    document_id: int
    title: str | None  # None when the document row is missing (a broken reference)
    dossier_id: int | None
    # issue 12: destruction — the document was destroyed (R15): its scan is expected to be gone.
    destroyed: bool = False
    # issue 20: a signature's or seal's specimen (no document): how messages name it
    specimen: str = ""

    def describe(self) -> str:
        if self.specimen:
            return self.specimen
        if self.title is None:
            return f"attachment {self.attachment_id} “{self.name}” of missing document {self.document_id}"
        return f"attachment {self.attachment_id} “{self.name}” of document “{self.title}” (dossier {self.dossier_id})"


@dataclass
class _Findings:
    problems: list[Finding] = field(default_factory=list)
    notes: list[Finding] = field(default_factory=list)

    def problem(self, kind: str, detail: str, path: Path | str = "") -> None:
        if kind not in PROBLEM_KINDS:  # scripts read the kinds: each one is listed above
            raise ValueError(f"undocumented problem kind {kind!r}")
        self.problems.append(Finding(kind, detail, str(path)))

    def note(self, kind: str, detail: str, path: Path | str = "") -> None:
        if kind not in NOTE_KINDS:
            raise ValueError(f"undocumented note kind {kind!r}")
        self.notes.append(Finding(kind, detail, str(path)))


def check_file(database: Path) -> CheckReport:
    """Check ``database`` and its attachment folder without writing anything, anywhere."""
    if not database.is_file():
        raise DatabaseUnusable(QT_TRANSLATE_NOOP("app", "There is no database file at {path}."), path=str(database))
    found = _Findings()
    head = head_revision()
    known = {s.revision for s in script_directory().walk_revisions()}
    with read_only(database) as opened:
        if opened.pending:
            found.note(
                "pending_changes",
                f"{database}{opened.pending} holds changes not yet written into the file; they were checked as "
                "Dossier Desk will apply them when it next opens the file (in a private copy: the file was left "
                "as it is)",
                f"{database}{opened.pending}",
            )
        revision, scans = _check_database(opened.connection, database, head, known, found)
        audit = _check_audit(opened.connection, database, found) if revision == head else None
        if revision == head and not any(p.kind in _UNTRUSTED for p in found.problems):
            _check_search_index(opened.connection, database, found)
            _check_money(opened.connection, database, found)
    schema = "unknown" if revision is None else "current" if revision == head else "older"
    if revision is not None and revision not in known:
        schema = "newer"
    count = 0
    if scans is not None:
        trusted = not any(p.kind in _UNTRUSTED for p in found.problems)
        count = _check_scans(database, scans, trusted, found)
    entries, anchor = audit if audit is not None else (None, "")
    return CheckReport(
        database, revision, head, schema, count, tuple(found.problems), tuple(found.notes), entries, anchor
    )


_BREAK_KINDS = {
    "altered": "audit_altered",
    "rewritten": "audit_rewritten",
    "deleted": "audit_deleted",
    "inserted": "audit_inserted",
}


def _check_audit(conn: sqlite3.Connection, database: Path, found: _Findings) -> tuple[int, str] | None:
    """The audit log's chain, the newest anchor of it outside the file, and every dossier's status by its history.

    Returns the entries verified and the anchor compared with; None when the file could not be read that far.
    """
    try:
        chain = audit.verify_connection(conn)
        disagreements = audit.check_statuses(conn)
        settings = dict(conn.execute("SELECT key, value FROM setting WHERE key IN (?, ?)", (_FOLDER, _DATABASE_ID)))
    except sqlite3.DatabaseError as exc:
        _unreadable(exc, database, "its audit log", found)
        return None
    if chain.first_break is not None:
        found.problem(_BREAK_KINDS[chain.first_break.kind], f"{database}: {chain.first_break.describe()}", database)
    anchor = _newest_anchor(settings.get(_FOLDER), settings.get(_DATABASE_ID))
    if anchor is not None:
        wrong = audit.compare_with_anchor(chain, anchor)
        if wrong is not None:
            kind = "audit_cut" if chain.count < anchor.count else "audit_anchor_differs"
            found.problem(kind, f"{database}: {wrong}", database)
    for disagreement in disagreements:
        found.problem("status_disagrees", f"{database}: {disagreement.describe()}", database)
    return chain.count, anchor.where if anchor is not None else ""


_FOLDER = "backup.folder"  # app/settings.py's keys: check reads the file without a Desk
_DATABASE_ID = "database.id"


def _newest_anchor(folder: str | None, database_id: str | None) -> audit.Anchor | None:
    """The chain's head as the newest backup of this database recorded it in its manifest (not a copy a restore
    made of the file it replaced: that is another file's history)."""
    if not folder or not database_id:
        return None
    try:
        backups = list_backups(Path(folder))
    except OSError:  # the stick is not plugged in: nothing to compare with
        return None
    for backup in backups:  # newest first
        if backup.database_id == database_id and backup.reason != "before_restore" and backup.audit is not None:
            count, head = backup.audit
            where = f"the backup {backup.folder.name} ({backup.made_at:%Y-%m-%d %H:%M})"
            return audit.Anchor(count, head, where, backup.made_at)
    return None


def _check_search_index(conn: sqlite3.Connection, database: Path, found: _Findings) -> None:
    """The search index holds exactly what the records call for (a change past the program can leave it behind)."""
    try:
        wrong = search_index.differences(conn)
    except sqlite3.DatabaseError as exc:
        _unreadable(exc, database, "its search index", found)
        return
    if wrong:
        found.problem(
            "search_index_stale",
            f"{database}: {wrong} entries of the search index differ from the records, so quick find may miss "
            "them; check --repair rebuilds the index",
            database,
        )


# issue 15: fees. What the app keeps true of the money lines, each as a query listing the rows that break it.
_MONEY_RULES: tuple[tuple[str, str], ...] = (
    (
        "payment {0} is allocated {1} fen, more than it holds or with the wrong sign",
        """SELECT p.id, SUM(a.amount_fen) FROM fee_payment p JOIN fee_allocation a ON a.payment_id = p.id
           GROUP BY p.id, p.amount_fen
           HAVING (p.amount_fen > 0 AND (SUM(a.amount_fen) > p.amount_fen OR MIN(a.amount_fen) < 0))
               OR (p.amount_fen < 0 AND (SUM(a.amount_fen) < p.amount_fen OR MAX(a.amount_fen) > 0))""",
    ),
    (
        # (A later negative adjustment may leave a line paid past what it now comes to: that is the tenant's credit.)
        "charge {0} is paid {1} fen, more than it was charged or less than nothing",
        """SELECT c.id, SUM(a.amount_fen) FROM fee_charge c JOIN fee_allocation a ON a.charge_id = c.id
           GROUP BY c.id, c.amount_fen
           HAVING c.amount_fen <= 0 OR SUM(a.amount_fen) < 0 OR SUM(a.amount_fen) > c.amount_fen""",
    ),
    (
        "allocation {0} pays a charge of another tenancy than its payment's ({1})",
        """SELECT a.id, c.tenancy_id FROM fee_allocation a JOIN fee_payment p ON p.id = a.payment_id
           JOIN fee_charge c ON c.id = a.charge_id WHERE c.tenancy_id <> p.tenancy_id""",
    ),
    (
        "reversal {0} does not undo exactly its payment {1}",
        """SELECT r.id, p.id FROM fee_payment r JOIN fee_payment p ON p.id = r.reverses_id
           WHERE r.amount_fen <> -p.amount_fen OR r.tenancy_id <> p.tenancy_id""",
    ),
    (
        "adjustment {0} corrects charge {1} of another tenancy",
        """SELECT c.id, o.id FROM fee_charge c JOIN fee_charge o ON o.id = c.adjusts_id
           WHERE c.tenancy_id <> o.tenancy_id OR c.item_id <> o.item_id""",
    ),
    (
        "deposit {0} has {1} fen refunded or retained, more than was received",
        """SELECT d.id, SUM(m.amount_fen) FROM deposit d JOIN deposit_move m ON m.deposit_id = d.id
           GROUP BY d.id, d.amount_fen HAVING SUM(m.amount_fen) > d.amount_fen""",
    ),
)


def _check_money(conn: sqlite3.Connection, database: Path, found: _Findings) -> None:
    """The money lines add up: no payment allocated past its amount, no charge paid past what it comes to, a
    reversal undoes exactly its payment, no deposit gives back more than it received."""
    try:
        for template, query in _MONEY_RULES:
            for row in conn.execute(query).fetchmany(20):
                found.problem("money_disagrees", f"{database}: " + template.format(*row), database)
    except sqlite3.DatabaseError as exc:
        _unreadable(exc, database, "its fee records", found)


def check_database(desk: Desk) -> list[Finding]:
    """The problems of the file ``desk`` has open (its committed state, read through a separate connection), or of
    its server database (app/safety/server_check.py)."""
    if desk.on_server:
        from app.safety.server_check import check_server_desk

        return list(check_server_desk(desk).problems)
    return list(check_file(desk.path).problems)


def _check_database(
    conn: sqlite3.Connection, database: Path, head: str, known: set[str], found: _Findings
) -> tuple[str | None, list[_Scan] | None]:
    """SQLite's integrity, the schema revision and the references; the attachment rows to check the scans by."""
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        row = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        _unreadable(exc, database, "its list of tables and its schema version", found)
        return None, None
    if "alembic_version" not in tables:
        what = "tables but no schema version" if tables else "no tables"
        found.problem("not_a_dossier_database", f"{database} has {what}: it is not a Dossier Desk database", database)
        return None, None
    revision = row[0] if row else None
    for line in integrity_check(conn):
        found.problem("database_damaged", f"{database}: {line}", database)
    if revision is None:
        found.problem("not_a_dossier_database", f"{database} has an empty schema version table", database)
        return None, None
    if revision not in known:
        found.problem(
            "schema_newer",
            f"{database} has schema {revision}, made by a newer version of Dossier Desk (this one knows up to "
            f"{head}): opening it is refused, and its records and scans were not checked",
            database,
        )
        return revision, None
    if revision != head:
        found.note(
            "schema_older",
            f"{database} has schema {revision}, older than this program's {head}: it would be upgraded on opening "
            "(after a copy is saved beside it); the check left it as it is",
            database,
        )
    try:
        for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
            found.problem("foreign_key", f"table {table} row {rowid} refers to a missing row of {parent}", database)
        tombstones = any(row[1] == "destroyed_at" for row in conn.execute('PRAGMA table_info("document")'))
        destroyed = "d.destroyed_at IS NOT NULL" if tombstones else "0"
        rows = conn.execute(
            f"SELECT a.id, a.sha256, a.original_name, a.document_id, d.title, d.dossier_id, {destroyed} "
            "FROM attachment a LEFT JOIN document d ON d.id = a.document_id ORDER BY a.id"
        ).fetchall()
        specimens = conn.execute(SPECIMENS_QUERY).fetchall() if "specimen" in tables else []
    except sqlite3.DatabaseError as exc:
        _unreadable(exc, database, "its references and its list of scans", found)
        return revision, None
    return revision, [_Scan(*row[:6], destroyed=bool(row[6])) for row in rows] + specimen_scans(specimens)


# issue 20: the specimens of signatures and seals are scans in the same store, named by the specimen rows.
SPECIMENS_QUERY = "SELECT id, sha256, original_name, customer_id FROM specimen ORDER BY id"


def specimen_scans(rows: list[Any]) -> list[_Scan]:
    """The specimen rows as scans to check, named in messages as specimens of their customer."""
    return [
        _Scan(0, sha, name, 0, None, None, specimen=f"specimen {sid} “{name}” of customer {customer}")
        for sid, sha, name, customer in rows
    ]


def _unreadable(exc: sqlite3.DatabaseError, database: Path, what: str, found: _Findings) -> None:
    if failure_of(exc) is Failure.DAMAGED and is_sqlite_file(database):
        found.problem(
            "database_damaged",
            f"SQLite cannot read {what} from {database} ({exc}): the file is damaged; restore the last good backup",
            database,
        )
    elif failure_of(exc) is Failure.DAMAGED:
        found.problem("not_a_dossier_database", f"{database} is not a SQLite database ({exc})", database)
    else:
        raise exc


def scans_to_read(scans: list[_Scan], found: _Findings) -> dict[str, list[_Scan]]:
    """The scans that must be in the store, by hash (a file's check and a server's); a hash that is not one is a
    problem, never opened."""
    by_hash: dict[str, list[_Scan]] = defaultdict(list)
    # issue 12: destruction — a scan that only destroyed documents name was deleted with them (R15): its absence is
    # expected, and one still stored is a stray (the deletion failed).
    surviving = {scan.sha256 for scan in scans if not scan.destroyed}
    for scan in scans:
        if scan.destroyed and scan.sha256 not in surviving:
            continue
        if valid_hash(scan.sha256):
            by_hash[scan.sha256].append(scan)
        else:
            found.problem(
                "attachment_bad_hash",
                f"{scan.describe()} is recorded with {scan.sha256!r}, which is not a SHA-256 hash: "
                "it is never opened as a file",
            )
    return by_hash


def _check_scans(database: Path, scans: list[_Scan], trusted: bool, found: _Findings) -> int:
    store = FolderAttachmentStore(attachments_folder_for(database))
    by_hash = scans_to_read(scans, found)
    if by_hash and not os.path.lexists(store.root):
        found.problem(
            "attachment_folder_missing",
            f"the attachments folder {store.root} is missing: none of the {len(by_hash)} recorded scans can be read",
            store.root,
        )
        return 0
    for sha, users in sorted(by_hash.items()):
        result = store.inspect(sha)
        if result.state is BlobState.OK:
            if result.writable:
                found.note(
                    "attachment_writable",
                    f"{result.path} can be written to; stored scans are kept read-only: check --repair does that",
                    result.path,
                )
            continue
        kind, what = _verdict(result, by_hash)
        for scan in users:
            found.problem(kind, f"{scan.describe()}: {what}", result.path)
    for entry in store.survey(set(by_hash) if trusted else None):
        kind, what = _SURVEY[entry.kind]
        target = f" (a link to {entry.detail})" if entry.detail and entry.kind is not EntryKind.LINKED_FOLDER else ""
        if entry.kind is EntryKind.LINKED_FOLDER:
            what = what.format(target=entry.detail or "another place")
        found.problem(kind, f"{entry.path}{target}: {what}", entry.path)
    if not trusted:
        found.note(
            "strays_not_looked_for",
            f"files in {store.root} that no attachment refers to were not looked for: the list comes from a "
            "database that cannot be trusted",
            store.root,
        )
    return len(by_hash)


def _verdict(result: BlobCheck, by_hash: dict[str, list[_Scan]]) -> tuple[str, str]:
    if result.state is BlobState.MISSING:
        return "attachment_missing", f"its file {result.path} is missing" + (
            f" ({result.detail})" if result.detail else ""
        )
    if result.state is BlobState.EMPTY:
        return "attachment_empty", f"its file {result.path} is empty (0 bytes)"
    if result.state is BlobState.LINKED:
        target = result.detail or "another place"
        if not valid_hash(result.path.name):  # the link is its subfolder, not the file
            return "attachment_linked", f"its file is reached through {result.path}, a link to {target}"
        return "attachment_linked", f"{result.path} is a link to {target}, not a stored file (links are not followed)"
    if result.state is BlobState.UNREADABLE:
        return "attachment_unreadable", f"its file {result.path} cannot be read ({result.detail})"
    other = by_hash.get(result.actual_sha256 or "")
    if other:
        return "attachment_swapped", (
            f"its file {result.path} holds another recorded scan instead, that of {other[0].describe()}"
        )
    now = result.actual_sha256
    return "attachment_altered", f"its file {result.path} no longer holds what was stored (its SHA-256 is now {now})"


_SURVEY = {
    EntryKind.INCOMING: (
        "attachment_orphan",
        "the copy of a scan that an interrupted save left behind; check --repair moves it to the quarantine",
    ),
    EntryKind.UNREFERENCED: (
        "attachment_stray",
        "no attachment refers to this file; check --repair moves it to the quarantine",
    ),
    EntryKind.WRONG_FOLDER: (
        "attachment_stray",
        "named like a scan but in another scan's subfolder; check --repair moves it to the quarantine",
    ),
    EntryKind.UNKNOWN: (
        "attachment_stray",
        "not a stored scan (its name is not a SHA-256 in its two-character subfolder); "
        "check --repair moves it to the quarantine",
    ),
    EntryKind.LINKED_FOLDER: (
        "attachment_folder_linked",
        "a link to {target}, not a folder of stored scans: what it leads to is not in this folder "
        "(a copy of the folder would not hold it)",
    ),
}
