"""Originals never change (R9): refused by the app, and by SQLite itself for plain SQL (db/protection.py); the
binding's numbers, the paper's place and an approved destruction are the only writes an original takes. A dossier's
status only moves forward, in SQL too (R6)."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from app import archive
from app.approvals import ApprovalKind, decide, request_approval
from app.desk import Actor, Desk
from app.dossier import documents, dossiers
from app.dossier.documents import DocumentInput, DocumentRow
from app.errors import Conflict
from app.tenancy import lifecycle as tenancy
from db.attachment_store import attachments_folder_for
from db.models import Document
from db.protection import PREFIX
from tests.data.schemas import make
from tests.unit.unit_support import DRIVER_INTEGRITY_ERRORS, MOVED_OUT, make_pdf, refused, shell

D = dt.date


def _original(desk: Desk, clerk: Actor, dossier_id: int, tmp_path: Path, title: str = "租赁合同") -> DocumentRow:
    with desk.work(clerk) as work:
        return documents.add_document(
            work,
            dossier_id,
            DocumentInput("move_in", D(2026, 1, 5), title, "甲字1号", "甲科技有限公司", is_original=True),
            [make_pdf(tmp_path / f"{title}.pdf", 2)],
        )


def sql_refused(desk: Desk, statement: str, *params: object, says: str = "") -> None:
    """The database itself refuses ``statement`` (a file's or a server's triggers), naming the rule."""
    with pytest.raises(DRIVER_INTEGRITY_ERRORS) as info, shell(desk) as conn:
        conn.execute(statement, params)
    assert str(info.value).startswith(PREFIX), info.value
    assert says in str(info.value)


def sql(desk: Desk, statement: str, *params: object) -> list[tuple[object, ...]]:
    with shell(desk) as conn:
        return conn.execute(statement, params)


# --- plain SQL cannot change an original -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("title", "租赁合同（改）"),
        ("category", "correspondence"),
        ("doc_date", "2020-01-01"),
        ("reference_no", "乙字2号"),
        ("issuer", "别人"),
        ("pages", 99),
        ("is_original", False),  # 0 in a file, false on a server (a boolean there)
    ],
)
def test_sql_cannot_update_an_originals_content(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, tmp_path: Path, column: str, value: object
) -> None:
    original = _original(desk, clerk, tenant.dossier_id, tmp_path)
    sql_refused(desk, f"UPDATE document SET {column} = ? WHERE id = ?", value, original.id, says="never changed")
    # Bumping the version as the app would does not open the door either: no approved correction is kept for it.
    sql_refused(desk, f"UPDATE document SET {column} = ?, version = version + 1 WHERE id = ?", value, original.id)
    with desk.read(None) as work:
        assert documents.read_document(work, original.id) == original


def test_sql_cannot_refile_an_original_into_another_dossier(
    desk: Desk, clerk: Actor, manager: Actor, tenant: tenancy.MoveIn, tmp_path: Path
) -> None:
    original = _original(desk, clerk, tenant.dossier_id, tmp_path)
    other = sql(desk, "SELECT id FROM unit WHERE id != (SELECT unit_id FROM dossier WHERE id = ?) LIMIT 1", 1)[0][0]
    with desk.work(clerk) as work:
        moved = tenancy.move_in(
            work, customer=tenancy.CustomerInput(name="乙公司"), unit_ids=[int(other)], move_in=D(2026, 2, 1)
        )
    sql_refused(desk, "UPDATE document SET dossier_id = ? WHERE id = ?", moved.dossier_id, original.id)


def test_sql_cannot_delete_or_trash_an_original(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, tmp_path: Path
) -> None:
    original = _original(desk, clerk, tenant.dossier_id, tmp_path)
    sql_refused(desk, "DELETE FROM attachment WHERE document_id = ?", original.id, says="never removed")
    sql_refused(desk, "DELETE FROM document WHERE id = ?", original.id, says="never deleted")
    sql_refused(desk, "UPDATE document SET trashed_at = '2026-03-01 10:00:00' WHERE id = ?", original.id)
    assert sql(desk, "SELECT count(*) FROM attachment WHERE document_id = ?", original.id) == [(1,)]


def test_sql_cannot_add_swap_or_move_an_originals_scans(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, tmp_path: Path
) -> None:
    original = _original(desk, clerk, tenant.dossier_id, tmp_path)
    with desk.work(clerk) as work:
        copy = documents.add_document(work, tenant.dossier_id, DocumentInput("correspondence", D(2026, 2, 1), "函"))
    (scan,) = original.attachments
    sql_refused(
        desk,
        "INSERT INTO attachment (document_id, sha256, original_name, size, media_type, added_at)"
        " VALUES (?, ?, 'extra.pdf', 1, 'application/pdf', '2026-03-01 10:00:00.000000')",
        original.id,
        scan.sha256,
        says="no scan is added",
    )
    sql_refused(desk, "UPDATE attachment SET sha256 = ? WHERE id = ?", "0" * 64, scan.id)
    sql_refused(desk, "UPDATE attachment SET document_id = ? WHERE id = ?", copy.id, scan.id)


def test_the_paper_place_and_notes_of_an_original_may_change(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, tmp_path: Path
) -> None:
    """Where the paper stands and the binding's numbers are not the document (what boxing and binding write)."""
    original = _original(desk, clerk, tenant.dossier_id, tmp_path)
    sql(desk, "UPDATE document SET paper_location = '柜 9', item_no = 1, page_from = 1, page_to = 2 WHERE id = ?", 1)
    assert sql(desk, "SELECT paper_location, item_no FROM document WHERE id = ?", original.id) == [("柜 9", 1)]


def test_a_working_copy_is_not_held_by_the_triggers(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    """Working copies change only with the manager's consent, which the app checks; SQL is not refused here."""
    with desk.work(clerk) as work:
        copy = documents.add_document(work, tenant.dossier_id, DocumentInput("correspondence", D(2026, 2, 1), "函"))
    sql(desk, "UPDATE document SET title = '函（改）' WHERE id = ?", copy.id)
    assert sql(desk, "SELECT title FROM document WHERE id = ?", copy.id) == [("函（改）",)]


def test_a_forged_correction_row_without_the_managers_approval_does_not_open_an_original(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, tmp_path: Path
) -> None:
    original = _original(desk, clerk, tenant.dossier_id, tmp_path)
    with shell(desk) as conn:
        conn.execute(
            "INSERT INTO document_version (document_id, version, kind, dossier_id, category, doc_date, title,"
            " reference_no, issuer, pages, is_original, paper_location, notes, attachments, changed_at, changed_by,"
            " approval_id, reason) SELECT id, version, 'correction', dossier_id, category, doc_date, title,"
            " reference_no, issuer, pages, is_original, paper_location, notes, '[]', '2026-03-01', 1, NULL, 'x'"
            " FROM document WHERE id = ?",
            (original.id,),
        )
    sql_refused(desk, "UPDATE document SET title = 'x', version = version + 1 WHERE id = ?", original.id)


def test_kept_versions_are_never_changed_or_deleted(
    desk: Desk, clerk: Actor, manager: Actor, tenant: tenancy.MoveIn
) -> None:
    with desk.work(clerk) as work:
        copy = documents.add_document(work, tenant.dossier_id, DocumentInput("correspondence", D(2026, 2, 1), "函"))
    with desk.work(manager) as work:
        documents.edit_document(
            work, copy.id, DocumentInput("correspondence", D(2026, 2, 1), "函（改）"), expected_version=1, reason="笔误"
        )
    sql_refused(desk, "UPDATE document_version SET title = 'x'", says="never changed")
    sql_refused(desk, "DELETE FROM document_version", says="never deleted")


def test_a_tombstone_needs_an_approved_destruction_and_stays(
    desk: Desk, clerk: Actor, manager: Actor, tenant: tenancy.MoveIn, tmp_path: Path
) -> None:
    """Destruction (R15, issue 12): an original is marked destroyed, never deleted, and only as an item "destroy" of a
    destruction list whose approval the manager gave (app/archive writes these rows; the file checks them)."""
    original = _original(desk, clerk, tenant.dossier_id, tmp_path)
    stamp = "UPDATE document SET destroyed_at = '2026-05-01 10:00:00', destruction_approval_id = ? WHERE id = ?"
    sql_refused(desk, stamp, None, original.id, says="approved destruction")
    with desk.work(clerk) as work:
        per_dossier = request_approval(
            work, ApprovalKind.DESTRUCTION, "dossier", tenant.dossier_id, dossier_id=tenant.dossier_id, summary="销毁"
        )
    with desk.work(manager) as work:
        decide(work, per_dossier.id, approve=True)
    sql_refused(desk, stamp, per_dossier.id, original.id)  # an approval about one dossier is not a destruction list
    sql(
        desk,
        "INSERT INTO destruction_list (id, number, year, sequence, as_of, opinion, proposed_by, proposed_at) "
        "VALUES (1, '2026-XH-01', 2026, 1, '2026-05-01', '期满', 1, '2026-05-01 09:00:00')",
    )
    sql(
        desk,
        "INSERT INTO destruction_item (list_id, dossier_id, position, decision, reason) "
        "VALUES (1, ?, 1, 'destroy', '')",
        tenant.dossier_id,
    )
    with desk.work(clerk) as work:
        asked = request_approval(
            work, ApprovalKind.DESTRUCTION, "destruction_list", 1, dossier_id=None, summary="销毁清册 2026-XH-01"
        )
    sql(desk, "UPDATE destruction_list SET approval_id = ? WHERE id = 1", asked.id)
    sql_refused(desk, stamp, asked.id, original.id)  # asked for, not yet approved
    with desk.work(manager) as work:
        decide(work, asked.id, approve=True)
    sql(desk, stamp, asked.id, original.id)
    sql_refused(desk, "UPDATE document SET destroyed_at = NULL, destruction_approval_id = NULL WHERE id = ?", 1)


# --- the app refuses first, with a message a person understands ----------------------------------------------


def test_the_app_refuses_to_edit_an_original_even_for_the_manager(
    desk: Desk, clerk: Actor, manager: Actor, tenant: tenancy.MoveIn, tmp_path: Path
) -> None:
    original = _original(desk, clerk, tenant.dossier_id, tmp_path)
    changed = DocumentInput("move_in", D(2026, 1, 5), "租赁合同（改）", is_original=True)
    for actor in (clerk, manager):
        with (
            refused(desk, Conflict, "document.is_original", "租赁合同", "never changed", "Correct typo"),
            desk.work(actor) as work,
        ):
            documents.edit_document(work, original.id, changed, expected_version=original.version, reason="改")


# --- binding, archiving and a late paper still work on originals ----------------------------------------------

DONE = MOVED_OUT


def test_binding_boxing_and_a_late_original_still_work(
    desk: Desk, clerk: Actor, supervisor: Actor, manager: Actor, tenant: tenancy.MoveIn, tmp_path: Path
) -> None:
    first = _original(desk, clerk, tenant.dossier_id, tmp_path, "租赁合同")
    second = _original(desk, clerk, tenant.dossier_id, tmp_path, "入住通知书")
    with desk.work(clerk) as work:
        tenancy.move_out(work, tenant.tenancy_id, day=D(2026, 3, 31), checklist=DONE)
    with desk.work(supervisor) as work:
        archive.bind_dossier(work, tenant.dossier_id, "30y")
    with desk.work(supervisor) as work:
        archive.archive_year(work, 2026, bind_unbound=False)
    with desk.work(manager) as work:  # a late original, with its scan: a new document, not an edit
        late = documents.add_document(
            work,
            tenant.dossier_id,
            DocumentInput("correspondence", D(2026, 4, 2), "迟到的原件", pages=1, is_original=True),
            [make_pdf(tmp_path / "late.pdf", 1)],
        )
    with desk.read(None) as work:
        view = dossiers.read_dossier(work, tenant.dossier_id)
    assert view.status == "archived"
    by_title = {d.title: d for d in view.documents}
    assert {by_title[t].item_no for t in (first.title, second.title)} == {1, 2}
    assert (by_title["迟到的原件"].item_no, by_title["迟到的原件"].supplement) == (3, True)
    assert len(late.attachments) == 1
    assert all(d.paper_location.startswith("2026-") for d in view.documents)  # moved into the box


# --- a dossier's status only moves forward -----------------------------------------------------------------------


def test_sql_cannot_set_a_dossiers_status_back(
    desk: Desk, clerk: Actor, supervisor: Actor, tenant: tenancy.MoveIn, tmp_path: Path
) -> None:
    dossier = tenant.dossier_id
    _original(desk, clerk, dossier, tmp_path)
    sql_refused(desk, "UPDATE dossier SET status = 'bound' WHERE id = ?", dossier, says="only moves forward")
    sql_refused(desk, "UPDATE dossier SET status = 'archived' WHERE id = ?", dossier)
    sql_refused(desk, "UPDATE dossier SET status = 'destroyed' WHERE id = ?", dossier)
    with desk.work(clerk) as work:
        tenancy.move_out(work, tenant.tenancy_id, day=D(2026, 3, 31), checklist=DONE)
    sql_refused(desk, "UPDATE dossier SET status = 'live' WHERE id = ?", dossier)
    sql_refused(desk, "UPDATE dossier SET status = 'bound' WHERE id = ?", dossier)  # no file number: not bound
    with desk.work(supervisor) as work:
        archive.bind_dossier(work, dossier, "30y")
    for back in ("live", "departed"):
        sql_refused(desk, "UPDATE dossier SET status = ? WHERE id = ?", back, dossier)
    with desk.work(supervisor) as work:
        archive.archive_year(work, 2026, bind_unbound=False)
    for back in ("live", "departed", "bound"):
        sql_refused(desk, "UPDATE dossier SET status = ? WHERE id = ?", back, dossier)
    assert sql(desk, "SELECT status FROM dossier WHERE id = ?", dossier) == [("archived",)]


def test_a_file_upgraded_from_an_older_schema_is_protected_too(tmp_path: Path) -> None:
    source = make.database_for("0006")
    target = tmp_path / source.name
    shutil.copyfile(source, target)
    shutil.copytree(attachments_folder_for(source), attachments_folder_for(target))
    Desk.open(target).close()  # upgraded to the newest schema
    with closing(sqlite3.connect(target)) as conn, pytest.raises(sqlite3.IntegrityError, match="never changed"):
        conn.execute("UPDATE document SET title = 'x' WHERE is_original = 1")


def test_a_trigger_refusal_inside_the_app_is_one_clear_error_and_nothing_is_written(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, tmp_path: Path
) -> None:
    """Were an app call ever to slip past its own check, the file's refusal reaches the person as a message."""
    original = _original(desk, clerk, tenant.dossier_id, tmp_path)
    with refused(desk, Conflict, None, "refused this change", "never changed"), desk.work(clerk) as work:
        doc = work.session.get(Document, original.id)
        assert doc is not None
        doc.title = "改过"  # straight at the record, past documents.edit_document
        work.session.flush()
