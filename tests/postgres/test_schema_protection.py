"""On a server the record refuses what it refuses in a file (db/protection.py, db/audit_chain.py): plain SQL typed into
psql cannot change an original, rewrite kept versions, set a dossier's status back or rewrite the audit log; each
refusal says the same words as SQLite's. The cases are tests/unit/dossier/test_originals.py's and
tests/unit/audit/test_chain.py's, on PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.exc import IntegrityError

from app import archive
from app.customers.details import CustomerInput
from app.desk import Actor, Desk
from app.dossier import documents
from app.dossier.documents import DocumentInput, DocumentRow
from app.errors import Conflict
from app.tenancy import lifecycle as tenancy
from db.models import Document
from db.protection import PREFIX
from tests.postgres.server_desk import server_desk  # noqa: F401 (fixtures)
from tests.unit.unit_support import MOVED_OUT, refused, unit_id

D = dt.date
DONE = MOVED_OUT


@pytest.fixture
def desk(server_desk: Desk) -> Desk:  # noqa: F811
    return server_desk


@pytest.fixture
def tenant(desk: Desk, clerk: Actor, building: object) -> tenancy.MoveIn:
    with desk.work(clerk) as work:
        return tenancy.move_in(
            work, customer=CustomerInput(name="甲科技有限公司"), unit_ids=[unit_id(desk, "101")], move_in=D(2026, 1, 5)
        )


@pytest.fixture
def psql(pg_url: str) -> Iterator[Connection]:
    """The database as psql sees it: plain SQL, no app in between; each statement committed on its own."""
    engine = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()


def sql_refused(conn: Connection, statement: str, says: str = "", **params: Any) -> None:
    with pytest.raises(IntegrityError) as info:
        conn.execute(text(statement), params)
    message = str(info.value.orig)
    assert message.startswith(PREFIX), message
    assert says in message


def _original(desk: Desk, clerk: Actor, dossier_id: int, title: str = "租赁合同") -> DocumentRow:
    # No scan: a server desk keeps none yet; the scans' rules are tried with rows written by SQL below.
    with desk.work(clerk) as work:
        return documents.add_document(
            work,
            dossier_id,
            DocumentInput("move_in", D(2026, 1, 5), title, "甲字1号", "甲科技有限公司", pages=2, is_original=True),
        )


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("title", "租赁合同（改）"),
        ("category", "correspondence"),
        ("doc_date", D(2020, 1, 1)),
        ("reference_no", "乙字2号"),
        ("issuer", "别人"),
        ("pages", 99),
        ("is_original", False),
    ],
)
def test_sql_cannot_update_an_originals_content(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, psql: Connection, column: str, value: object
) -> None:
    original = _original(desk, clerk, tenant.dossier_id)
    update = f"UPDATE document SET {column} = :value WHERE id = :id"
    sql_refused(psql, update, "never changed", value=value, id=original.id)
    bumped = f"UPDATE document SET {column} = :value, version = version + 1 WHERE id = :id"
    sql_refused(psql, bumped, value=value, id=original.id)
    with desk.read(None) as work:
        assert documents.read_document(work, original.id) == original


def test_sql_cannot_delete_or_trash_an_original_or_touch_its_scans(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, psql: Connection
) -> None:
    original = _original(desk, clerk, tenant.dossier_id)
    sql_refused(psql, "DELETE FROM document WHERE id = :id", "never deleted", id=original.id)
    sql_refused(psql, "UPDATE document SET trashed_at = '2026-03-01 10:00:00' WHERE id = :id", id=original.id)
    add_scan = (
        "INSERT INTO attachment (document_id, sha256, original_name, size, media_type, added_at)"
        " VALUES (:id, :sha, 'extra.pdf', 1, 'application/pdf', '2026-03-01 10:00:00')"
    )
    sql_refused(psql, add_scan, "no scan is added", id=original.id, sha="a" * 64)
    # The scan that came with it (same moment, first version) is accepted; then it never changes nor goes.
    psql.execute(
        text(
            "INSERT INTO attachment (document_id, sha256, original_name, size, media_type, added_at)"
            " SELECT id, :sha, 'scan.pdf', 1, 'application/pdf', recorded_at FROM document WHERE id = :id"
        ),
        {"id": original.id, "sha": "b" * 64},
    )
    sql_refused(psql, "UPDATE attachment SET sha256 = :sha", "never change", sha="0" * 64)
    sql_refused(psql, "DELETE FROM attachment WHERE document_id = :id", "never removed", id=original.id)
    assert psql.execute(text("SELECT count(*) FROM document WHERE id = :id"), {"id": original.id}).scalar() == 1


def test_a_working_copy_and_an_originals_paper_place_may_change(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, psql: Connection
) -> None:
    original = _original(desk, clerk, tenant.dossier_id)
    with desk.work(clerk) as work:
        copy = documents.add_document(work, tenant.dossier_id, DocumentInput("correspondence", D(2026, 2, 1), "函"))
    psql.execute(text("UPDATE document SET title = '函（改）' WHERE id = :id"), {"id": copy.id})
    psql.execute(text("UPDATE document SET paper_location = '柜 9', item_no = 1 WHERE id = :id"), {"id": original.id})
    shown = dict(psql.execute(text("SELECT id, title || ' ' || coalesce(paper_location, '') FROM document")).all())
    assert shown[original.id] == "租赁合同 柜 9"
    assert shown[copy.id].startswith("函（改）")


def test_kept_versions_are_never_changed_or_deleted(
    desk: Desk, clerk: Actor, manager: Actor, tenant: tenancy.MoveIn, psql: Connection
) -> None:
    with desk.work(clerk) as work:
        copy = documents.add_document(work, tenant.dossier_id, DocumentInput("correspondence", D(2026, 2, 1), "函"))
    with desk.work(manager) as work:
        documents.edit_document(
            work, copy.id, DocumentInput("correspondence", D(2026, 2, 1), "函（改）"), expected_version=1, reason="笔误"
        )
    sql_refused(psql, "UPDATE document_version SET title = 'x'", "never changed")
    sql_refused(psql, "DELETE FROM document_version", "never deleted")


def test_sql_cannot_set_a_dossiers_status_back(
    desk: Desk, clerk: Actor, supervisor: Actor, tenant: tenancy.MoveIn, psql: Connection
) -> None:
    dossier = tenant.dossier_id
    _original(desk, clerk, dossier)
    back = "UPDATE dossier SET status = :status WHERE id = :id"
    sql_refused(psql, back, "only moves forward", status="bound", id=dossier)
    sql_refused(psql, back, status="destroyed", id=dossier)
    with desk.work(clerk) as work:
        tenancy.move_out(work, tenant.tenancy_id, day=D(2026, 3, 31), checklist=DONE)
    sql_refused(psql, back, status="live", id=dossier)
    sql_refused(psql, back, status="bound", id=dossier)  # no file number: not bound
    with desk.work(supervisor) as work:
        archive.bind_dossier(work, dossier, "30y")
    with desk.work(supervisor) as work:
        archive.archive_year(work, 2026, bind_unbound=False)
    for status in ("live", "departed", "bound"):
        sql_refused(psql, back, status=status, id=dossier)
    renumber = "UPDATE dossier SET file_number = 'X-1' WHERE id = :id"
    sql_refused(psql, renumber, "archival code never changes", id=dossier)
    assert psql.execute(text("SELECT status FROM dossier WHERE id = :id"), {"id": dossier}).scalar() == "archived"


def test_a_trigger_refusal_inside_the_app_is_one_clear_error_and_nothing_is_written(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn
) -> None:
    original = _original(desk, clerk, tenant.dossier_id)
    with refused(desk, Conflict, None, "refused this change", "never changed"), desk.work(clerk) as work:
        doc = work.session.get(Document, original.id)
        assert doc is not None
        doc.title = "改过"  # straight at the record, past documents.edit_document
        work.session.flush()


@pytest.mark.parametrize(
    ("statement", "says"),
    [
        ("UPDATE change SET details = '{}' WHERE seq = 2", "a line cannot be changed"),
        ("DELETE FROM change WHERE seq = 2", "a line cannot be deleted"),
        ("DELETE FROM change", "a line cannot be deleted"),
    ],
)
def test_the_server_refuses_update_and_delete_of_the_audit_log(
    tenant: tenancy.MoveIn, psql: Connection, statement: str, says: str
) -> None:
    with pytest.raises(IntegrityError, match="the audit log is append-only: " + says):
        psql.execute(text(statement))


def test_the_server_refuses_a_line_that_does_not_continue_the_chain(tenant: tenancy.MoveIn, psql: Connection) -> None:
    newest = psql.execute(text("SELECT seq, hash FROM change ORDER BY seq DESC LIMIT 1")).one()
    insert = (
        "INSERT INTO change (at, entity, action, details, seq, prev_hash, hash) "
        "VALUES ('2026-06-15 10:30:00', 'x', 'create', '{}', :seq, :prev, :hash)"
    )
    for seq, prev in ((999, newest.hash), (newest.seq + 1, "0" * 64), (newest.seq, newest.hash)):
        with pytest.raises(IntegrityError, match="a line must follow the newest one"):
            psql.execute(text(insert), {"seq": seq, "prev": prev, "hash": "1" * 64})
    psql.execute(text(insert), {"seq": newest.seq + 1, "prev": newest.hash, "hash": "1" * 64})  # follows: accepted
