"""What plain SQL may not do to the record (R9, R6): SQLite triggers, and the same rules on a server in PL/pgSQL.

The app refuses these changes with a clear message first (app/dossier); the triggers are the second line, so an
``UPDATE`` typed into the sqlite3 shell or run by another tool cannot casually change an original, rewrite a
document's kept versions or set a dossier's status backwards. On a PostgreSQL server the same rules, read from the
SQLite triggers below, become PL/pgSQL triggers (db/postgres/triggers.py); nothing outside these modules holds
trigger SQL for them.

What the triggers do not stop: someone with the shell can drop them, or insert a forged approval and correction row
before an UPDATE. That is what the hash-chained audit log is for — an approval or a version that has no entry in the
chain, or a dropped trigger, is found by ``check`` / by comparing with the last anchor, not prevented here.

Batch migrations (``op.batch_alter_table``) rebuild a table and lose its triggers: a later migration that rebuilds
``document``, ``attachment``, ``document_version`` or ``dossier`` calls ``install`` again (it drops and recreates).
"""

from __future__ import annotations

from sqlalchemy import Connection

from db.postgres import triggers

# Codes written by app/approvals (ApprovalKind / ApprovalStatus values) and the entity names the app uses.
_APPROVAL_TABLE = "approval"
_CORRECT_ORIGINAL = "correct_original"
_DESTRUCTION = "destruction"
_CONSENTED = "('approved', 'used')"
# issue 12: destruction — the items "destroy" of destruction lists the manager approved (aliases i, l, a).
_APPROVED_DESTRUCTION = f"""destruction_item i
                JOIN destruction_list l ON l.id = i.list_id
                JOIN {_APPROVAL_TABLE} a ON a.id = l.approval_id
                WHERE i.decision = 'destroy' AND a.kind = '{_DESTRUCTION}' AND a.status IN {_CONSENTED}
                AND a.entity = 'destruction_list' AND a.entity_id = l.id AND"""

# The content of an original (R9): its place in a dossier, what it is, and how many pages it has.
CONTENT_COLUMNS = ("dossier_id", "category", "doc_date", "title", "reference_no", "issuer", "pages", "is_original")

# Every message starts with this, so the app can tell a refusal of the record's rules from other SQL errors.
PREFIX = "dossier-desk refuses: "

_changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in CONTENT_COLUMNS)
_kept_as_old = " AND ".join(f"v.{c} IS OLD.{c}" for c in CONTENT_COLUMNS)

TRIGGERS: dict[str, str] = {
    # An original's content changes only by an approved correction of a typo: the app first keeps the old content
    # as the version row of kind 'correction' for exactly this version (same values as now), tied to the manager's
    # approval, and the update makes it the next version. Refiling to another dossier or flipping the original flag
    # is never a correction.
    "document_original_content": f"""
        CREATE TRIGGER document_original_content
        BEFORE UPDATE OF {", ".join(CONTENT_COLUMNS)} ON document
        WHEN OLD.is_original AND ({_changed})
        AND NOT (
            NEW.dossier_id IS OLD.dossier_id AND NEW.is_original IS OLD.is_original
            AND NEW.version = OLD.version + 1
            AND EXISTS (
                SELECT 1 FROM document_version v JOIN {_APPROVAL_TABLE} a ON a.id = v.approval_id
                WHERE v.document_id = OLD.id AND v.version = OLD.version AND v.kind = 'correction'
                AND {_kept_as_old}
                AND a.kind = '{_CORRECT_ORIGINAL}' AND a.status IN {_CONSENTED}
                AND a.entity = 'document' AND a.entity_id = OLD.id
            )
        )
        BEGIN SELECT RAISE(ABORT, '{PREFIX}an original document is never changed (only an approved correction)');
        END""",
    "document_original_trash": f"""
        CREATE TRIGGER document_original_trash
        BEFORE UPDATE OF trashed_at ON document
        WHEN OLD.is_original AND NEW.trashed_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, '{PREFIX}an original document is never trashed'); END""",
    "document_original_delete": f"""
        CREATE TRIGGER document_original_delete
        BEFORE DELETE ON document
        WHEN OLD.is_original
        BEGIN SELECT RAISE(ABORT, '{PREFIX}an original document is never deleted'); END""",
    # issue 12: destruction (R15). A tombstone, set once, and only for a document of a dossier that is an item
    # "destroy" of a destruction list whose approval (kind destruction, about that list) the manager gave.
    "document_tombstone": f"""
        CREATE TRIGGER document_tombstone
        BEFORE UPDATE OF destroyed_at, destruction_approval_id ON document
        WHEN (OLD.destroyed_at IS NOT NULL OR OLD.destruction_approval_id IS NOT NULL)
        OR NOT (
            NEW.destroyed_at IS NOT NULL AND EXISTS (
                SELECT 1 FROM {_APPROVED_DESTRUCTION}
                a.id = NEW.destruction_approval_id AND i.dossier_id = NEW.dossier_id
            )
        )
        BEGIN SELECT RAISE(ABORT, '{PREFIX}a document is marked destroyed only with an approved destruction, once');
        END""",
    # The scans of a new original come with it (same moment, first version); none is added later.
    "attachment_of_original_insert": f"""
        CREATE TRIGGER attachment_of_original_insert
        BEFORE INSERT ON attachment
        WHEN EXISTS (
            SELECT 1 FROM document d WHERE d.id = NEW.document_id AND d.is_original
            AND NOT (d.version = 1 AND NEW.added_at IS d.recorded_at)
        )
        BEGIN SELECT RAISE(ABORT, '{PREFIX}no scan is added to an original document'); END""",
    "attachment_of_original_update": f"""
        CREATE TRIGGER attachment_of_original_update
        BEFORE UPDATE ON attachment
        WHEN EXISTS (SELECT 1 FROM document d WHERE d.id IN (OLD.document_id, NEW.document_id) AND d.is_original)
        BEGIN SELECT RAISE(ABORT, '{PREFIX}the scans of an original document never change'); END""",
    "attachment_of_original_delete": f"""
        CREATE TRIGGER attachment_of_original_delete
        BEFORE DELETE ON attachment
        WHEN EXISTS (SELECT 1 FROM document d WHERE d.id = OLD.document_id AND d.is_original)
        BEGIN SELECT RAISE(ABORT, '{PREFIX}the scans of an original document are never removed'); END""",
    # Kept versions are the history of a document: appended, never rewritten.
    "document_version_update": f"""
        CREATE TRIGGER document_version_update
        BEFORE UPDATE ON document_version
        BEGIN SELECT RAISE(ABORT, '{PREFIX}a kept version of a document is never changed'); END""",
    "document_version_delete": f"""
        CREATE TRIGGER document_version_delete
        BEFORE DELETE ON document_version
        BEGIN SELECT RAISE(ABORT, '{PREFIX}a kept version of a document is never deleted'); END""",
    # A dossier's status only moves forward, as the app moves it: move-out (live → departed), binding
    # (departed → bound, with its file number), the annual archiving (bound → archived, into a box), and later an
    # approved destruction. The app has no undo of a move-out, so nothing goes back.
    "dossier_status_forward": f"""
        CREATE TRIGGER dossier_status_forward
        BEFORE UPDATE OF status ON dossier
        WHEN NEW.status IS NOT OLD.status AND NOT (
            (OLD.status = 'live' AND NEW.status = 'departed')
            OR (OLD.status = 'departed' AND NEW.status = 'bound' AND NEW.file_number IS NOT NULL)
            OR (OLD.status = 'bound' AND NEW.status = 'archived' AND NEW.box_id IS NOT NULL)
            OR (OLD.status IN ('bound', 'archived') AND NEW.status = 'destroyed' AND EXISTS (
                SELECT 1 FROM {_APPROVED_DESTRUCTION} i.dossier_id = OLD.id
            ))
        )
        BEGIN SELECT RAISE(ABORT, '{PREFIX}a dossier''s status only moves forward (live, departed, bound, archived)');
        END""",
    # issue 12: destruction. What the manager approved is what is destroyed: an item is added only while its list
    # waits for (or has not yet asked for) the approval, and never changed or taken out afterwards; a list's
    # approval is named once.
    "destruction_item_insert": f"""
        CREATE TRIGGER destruction_item_insert
        BEFORE INSERT ON destruction_item
        WHEN EXISTS (
            SELECT 1 FROM destruction_list l JOIN {_APPROVAL_TABLE} a ON a.id = l.approval_id
            WHERE l.id = NEW.list_id AND a.status <> 'pending'
        )
        BEGIN SELECT RAISE(ABORT, '{PREFIX}nothing is added to a destruction list once the manager decided it'); END""",
    "destruction_item_update": f"""
        CREATE TRIGGER destruction_item_update
        BEFORE UPDATE ON destruction_item
        BEGIN SELECT RAISE(ABORT, '{PREFIX}an item of a destruction list is never changed'); END""",
    "destruction_item_delete": f"""
        CREATE TRIGGER destruction_item_delete
        BEFORE DELETE ON destruction_item
        BEGIN SELECT RAISE(ABORT, '{PREFIX}an item of a destruction list is never removed'); END""",
    "destruction_list_approval": f"""
        CREATE TRIGGER destruction_list_approval
        BEFORE UPDATE OF approval_id ON destruction_list
        WHEN OLD.approval_id IS NOT NULL AND NEW.approval_id IS NOT OLD.approval_id
        BEGIN SELECT RAISE(ABORT, '{PREFIX}a destruction list keeps the approval it was given'); END""",
    "destruction_list_delete": f"""
        CREATE TRIGGER destruction_list_delete
        BEFORE DELETE ON destruction_list
        BEGIN SELECT RAISE(ABORT, '{PREFIX}a destruction list is never removed'); END""",
    # issue 12: a bound dossier's 档号 is fixed at binding (printed numbers never change later). The one exception is
    # the one-time step giving a file bound before the archive settings existed its 档号: the old number moves to
    # former_file_number (原编号) in the same update, once. The 原编号 itself is set only by that step.
    "dossier_file_number_fixed": f"""
        CREATE TRIGGER dossier_file_number_fixed
        BEFORE UPDATE OF file_number, former_file_number ON dossier
        WHEN (
            OLD.file_number IS NOT NULL AND NEW.file_number IS NOT OLD.file_number
            OR NEW.former_file_number IS NOT OLD.former_file_number
        ) AND NOT (
            OLD.file_number IS NOT NULL AND NEW.file_number IS NOT NULL
            AND NEW.former_file_number IS OLD.file_number AND OLD.former_file_number IS NULL
        )
        BEGIN SELECT RAISE(ABORT, '{PREFIX}a bound dossier''s archival code never changes (only once, to a 档号)');
        END""",
}

# issue 15: fees. Money lines are appended, never rewritten: a wrong charge is corrected by an adjustment line, a
# wrong payment by its reversal, a deposit decision by the next move; the ledger printed last month stays true.
_APPEND_ONLY: dict[str, str] = {
    "fee_charge": "a charge is never changed or removed (an adjustment line corrects it)",
    "fee_payment": "a payment is never changed or removed (a reversal line undoes it)",
    "fee_allocation": "how a payment was allocated is never changed or removed",
    "deposit_move": "a deposit refund or retention is never changed or removed",
    # issue 16: a register record's history (who moved it from which state to which, when) is never rewritten.
    "register_step": "a register step is never changed or removed",
}
for _table, _why in _APPEND_ONLY.items():
    for _event in ("UPDATE", "DELETE"):
        TRIGGERS[f"{_table}_{_event.lower()}"] = f"""
        CREATE TRIGGER {_table}_{_event.lower()}
        BEFORE {_event} ON {_table}
        BEGIN SELECT RAISE(ABORT, '{PREFIX}{_why}'); END"""
# A deposit's amount and tenancy are what was received: the row's other columns (note, version) may change.
TRIGGERS["deposit_received"] = f"""
        CREATE TRIGGER deposit_received
        BEFORE UPDATE OF tenancy_id, amount_fen, received_on ON deposit
        WHEN NEW.tenancy_id IS NOT OLD.tenancy_id OR NEW.amount_fen IS NOT OLD.amount_fen
        OR NEW.received_on IS NOT OLD.received_on
        BEGIN SELECT RAISE(ABORT, '{PREFIX}a deposit received is never changed (refund or retain it)'); END"""
TRIGGERS["deposit_delete"] = f"""
        CREATE TRIGGER deposit_delete
        BEFORE DELETE ON deposit
        BEGIN SELECT RAISE(ABORT, '{PREFIX}a deposit received is never removed'); END"""

# issue 19: scans kept in the database (db/blob_store.py). A stored blob is what its hash says: its bytes never change,
# and it is not removed while a document that is not destroyed uses it (as a scan or in a kept version). What may go:
# the new blob of an action that was rolled back, and after an approved destruction a scan no surviving document uses.
# (``replace`` and ``length``, not ``LIKE '%…%'`` or ``instr``: the same SQL on SQLite and PostgreSQL.)
_SCAN_IN_USE = """EXISTS (
            SELECT 1 FROM attachment a JOIN document d ON d.id = a.document_id
            WHERE a.sha256 = OLD.sha256 AND d.destroyed_at IS NULL
        ) OR EXISTS (
            SELECT 1 FROM document_version v JOIN document d ON d.id = v.document_id
            WHERE d.destroyed_at IS NULL AND length(replace(v.attachments, OLD.sha256, '')) < length(v.attachments)
        )"""
_BLOB_TABLES = {"attachment_blob": "a stored scan", "attachment_chunk": "a piece of a stored scan"}
for _table, _what in _BLOB_TABLES.items():
    TRIGGERS[f"{_table}_update"] = f"""
        CREATE TRIGGER {_table}_update
        BEFORE UPDATE ON {_table}
        BEGIN SELECT RAISE(ABORT, '{PREFIX}{_what} is never changed'); END"""
    TRIGGERS[f"{_table}_delete"] = f"""
        CREATE TRIGGER {_table}_delete
        BEFORE DELETE ON {_table}
        WHEN {_SCAN_IN_USE}
        BEGIN SELECT RAISE(ABORT, '{PREFIX}{_what} is never removed while a document uses it'); END"""


# issue 12: destruction — the tables a trigger names beyond those of 0011. An older migration (0011, 0012) calls
# ``install`` before 0013 made them: SQLite would accept such a trigger but then refuse every later table rename (a
# batch migration) with "no such table". So a trigger whose tables are not there yet is left out; 0013 installs all.
_NEEDS: dict[str, tuple[str, ...]] = {
    "document_tombstone": ("destruction_item", "destruction_list"),
    "dossier_status_forward": ("destruction_item", "destruction_list"),
    "destruction_item_insert": ("destruction_item", "destruction_list"),
    "destruction_item_update": ("destruction_item",),
    "destruction_item_delete": ("destruction_item",),
    "destruction_list_approval": ("destruction_list",),
    "destruction_list_delete": ("destruction_list",),
    # issue 15: fees (0016 makes these tables)
    **{f"{table}_{event}": (table,) for table in _APPEND_ONLY for event in ("update", "delete")},
    "deposit_received": ("deposit",),
    "deposit_delete": ("deposit",),
    # issue 19: scans in the database (0019 makes these tables)
    **{f"{table}_{event}": (table,) for table in _BLOB_TABLES for event in ("update", "delete")},
}


def install(connection: Connection) -> None:
    """Create (or recreate) every trigger whose tables exist: SQLite's, or on a server the same rules in PL/pgSQL."""
    if connection.dialect.name == "postgresql":
        _install_on_server(connection)
        return
    if connection.dialect.name != "sqlite":
        return
    tables = {row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for name, ddl in TRIGGERS.items():
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        if set(_NEEDS.get(name, ())) <= tables:
            connection.exec_driver_sql(ddl)


def uninstall(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        tables = triggers.table_names(connection)
        for refusal in server_refusals():
            if refusal.table in tables:
                triggers.drop(connection, refusal)
        return
    if connection.dialect.name != "sqlite":
        return
    for name in TRIGGERS:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")


def server_refusals() -> list[triggers.Refusal]:
    """Every rule above in PostgreSQL's dialect (db/postgres/triggers.py translates them)."""
    return [triggers.from_sqlite(ddl) for ddl in TRIGGERS.values()]


def _install_on_server(connection: Connection) -> None:
    # As on SQLite, a rule whose tables an older migration has not made yet waits for the migration that makes them;
    # here also one whose ``UPDATE OF`` columns are not there yet (0012's former_file_number: 0011 installs first).
    columns = triggers.columns_of(connection)
    tables = set(columns)
    for refusal in server_refusals():
        if refusal.table in tables:
            triggers.drop(connection, refusal)
            ready = set(_NEEDS.get(refusal.name, ())) <= tables and set(refusal.columns) <= columns[refusal.table]
            if ready:
                triggers.create(connection, refusal)
