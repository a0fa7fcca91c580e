"""Retention and approved destruction (R15): the appraisal, the destruction list, the manager's approval, the
destruction before two witnesses, the scans deleted (a shared one kept), and the triggers that allow nothing else."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import sqlite3
from collections.abc import Sequence
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy import text as sql_text
from sqlalchemy.exc import IntegrityError

from app import archive, safety
from app.approvals import decide
from app.archive import Proposal
from app.building.buildings import BuildingInfo
from app.customers.details import CustomerInput
from app.desk import Actor, Desk
from app.dossier import documents
from app.dossier.documents import DocumentInput
from app.errors import Conflict, PermissionDenied, ValidationError
from app.tenancy import lifecycle as tenancy
from db.models import Document, Dossier
from tests.conftest import PASSWORD
from tests.data.schemas.make import database_for
from tests.unit.archive.test_archive import DONE, bind
from tests.unit.archive.test_archive_print import check_pdf, pdftext, squash
from tests.unit.unit_support import make_pdf, plain_sql, refused, scan_kept, unit_id


def left_with_scans(desk: Desk, clerk: Actor, name: str, unit: str, scans: Sequence[Path]) -> int:
    """A tenancy of 2024–2025 with one document per scan (and one without), moved out; its dossier id."""
    with desk.work(clerk) as work:
        moved = tenancy.move_in(
            work, customer=CustomerInput(name=name), unit_ids=[unit_id(desk, unit)], move_in=dt.date(2024, 3, 1)
        )
        for n, scan in enumerate(scans):
            documents.add_document(
                work,
                moved.dossier_id,
                DocumentInput("correspondence", dt.date(2024, 4, 1 + n), f"{name}来函{n + 1}", pages=2),
                [scan],
            )
        documents.add_document(
            work, moved.dossier_id, DocumentInput("correspondence", dt.date(2024, 6, 1), f"{name}便函", pages=1)
        )
        tenancy.move_out(work, moved.tenancy_id, day=dt.date(2025, 9, 30), checklist=DONE)
    return moved.dossier_id


@pytest.fixture
def scans(tmp_path: Path) -> dict[str, Path]:
    made = {}
    for name in ("shared", "own", "other"):
        made[name] = make_pdf(tmp_path / f"{name}.pdf", 2, text=name)
    return made


@pytest.fixture
def three(
    desk: Desk, clerk: Actor, supervisor: Actor, building: BuildingInfo, scans: dict[str, Path]
) -> dict[str, int]:
    """Three files bound in 2025: 甲 (10 years, a scan of its own and one shared with 丙), 乙 (10 years), 丙 (30)."""
    ids = {
        "甲": left_with_scans(desk, clerk, "甲公司", "101", [scans["own"], scans["shared"]]),
        "乙": left_with_scans(desk, clerk, "乙公司", "102", [scans["other"]]),
        "丙": left_with_scans(desk, clerk, "丙公司", "103", [scans["shared"]]),
    }
    bind(desk, supervisor, ids["甲"], "10y")
    bind(desk, supervisor, ids["乙"], "10y")
    bind(desk, supervisor, ids["丙"], "30y")
    return ids


def due(desk: Desk, as_of: dt.date) -> list[int]:
    with desk.read(None) as work:
        return [d.dossier_id for d in archive.due_for_appraisal(work, as_of).dossiers]


def propose(desk: Desk, actor: Actor, as_of: dt.date, proposals: Sequence[Proposal]) -> archive.DestructionListInfo:
    with desk.work(actor) as work:
        return archive.propose_destruction(work, as_of, proposals, "经鉴定，保管期限已满，无继续保存价值")


def test_retention_counts_from_the_end_of_the_archiving_year() -> None:
    assert archive.retention_ends(2015, "10y") == dt.date(2026, 1, 1)
    assert archive.retention_ends(2025, "30y") == dt.date(2056, 1, 1)
    assert archive.retention_ends(2025, "permanent") is None


def test_due_only_once_the_retention_has_run_out(desk: Desk, three: dict[str, int]) -> None:
    assert due(desk, dt.date(2035, 12, 31)) == []
    assert sorted(due(desk, dt.date(2036, 1, 1))) == sorted([three["甲"], three["乙"]])
    assert sorted(due(desk, dt.date(2056, 1, 1))) == sorted(three.values())
    with desk.read(None) as work:
        found = archive.due_for_appraisal(work, dt.date(2036, 1, 1)).dossiers
    first = next(d for d in found if d.dossier_id == three["甲"])
    assert (first.file_number, first.year, first.retention) == ("X01-2025-D10-0001", 2025, "10y")
    assert (first.documents, first.pages) == (3, 5)
    assert first.title.startswith("甲公司（101）")


def test_the_whole_destruction(
    desk: Desk, supervisor: Actor, manager: Actor, three: dict[str, int], scans: dict[str, Path]
) -> None:
    as_of = dt.date(2036, 1, 1)
    listed = propose(
        desk,
        supervisor,
        as_of,
        [Proposal(three["甲"]), Proposal(three["乙"], destroy=False, keep_until_year=2040, reason="尚有未结押金争议")],
    )
    assert listed.number == "2026-XH-01" and listed.state is archive.ListState.WAITING
    entries = [(e.file_number, e.destroy) for e in listed.entries]
    assert entries == [("X01-2025-D10-0001", True), ("X01-2025-D10-0002", False)]
    assert due(desk, as_of) == []  # on a list waiting for the manager: not proposed twice
    # Not before the manager approved it.
    with refused(desk, Conflict, "destruction_list", "not approved"), desk.work(supervisor) as work:
        archive.record_destruction(work, listed.id, ("赵监销", "钱监销"))
    with desk.work(manager) as work:
        assert listed.approval_id is not None
        decide(work, listed.approval_id, approve=True)
    with refused(desk, ValidationError, "destruction_list.witness_2", "two different"), desk.work(supervisor) as work:
        archive.record_destruction(work, listed.id, ("赵监销", "赵监销"))
    own = sha_of(scans["own"])
    shared = sha_of(scans["shared"])
    assert scan_kept(desk, own) and scan_kept(desk, shared)

    record, removal = archive.carry_out_destruction(desk, supervisor, listed.id, ("赵监销", "钱监销"))
    assert (record.dossiers, record.documents) == (1, 3)
    assert record.scans == (own,)  # the shared scan is still used by 丙's kept document
    assert removal.removed == 1 and removal.left == ()
    assert not scan_kept(desk, own)
    assert scan_kept(desk, shared)
    done = record.destruction_list
    assert done.state is archive.ListState.DESTROYED and done.witnesses == ("赵监销", "钱监销")
    assert done.decided_by == "李经理" and done.destroyed_by == "陈主管"
    with desk.read(None) as work:
        gone = work.session.get(Dossier, three["甲"])
        assert gone is not None and gone.status == "destroyed"  # a tombstone
        assert gone.file_number == "X01-2025-D10-0001"
        papers = work.session.scalars(select(Document).where(Document.dossier_id == three["甲"])).all()
        assert all(p.destroyed_at is not None and p.destruction_approval_id == listed.approval_id for p in papers)
        assert archive.destroyed_on(work, [three["甲"], three["乙"]]) == {three["甲"]: (done.destroyed_at, done.number)}
    # Kept longer: not due again until the year after the one it was kept until.
    assert due(desk, dt.date(2040, 12, 31)) == []
    assert due(desk, dt.date(2041, 1, 1)) == [three["乙"]]
    with refused(desk, Conflict, "destruction_list", "already carried out"), desk.work(supervisor) as work:
        archive.record_destruction(work, listed.id, ("赵监销", "钱监销"))


def sha_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_refused_list_comes_up_again(desk: Desk, supervisor: Actor, manager: Actor, three: dict[str, int]) -> None:
    listed = propose(desk, supervisor, dt.date(2036, 1, 1), [Proposal(three["甲"])])
    with desk.work(manager) as work:
        assert listed.approval_id is not None
        decide(work, listed.approval_id, approve=False, note="再核对一次")
    assert three["甲"] in due(desk, dt.date(2036, 1, 1))
    with refused(desk, Conflict, "destruction_list", "not approved"), desk.work(manager) as work:
        archive.record_destruction(work, listed.id, ("赵监销", "钱监销"))


def test_what_is_not_due_cannot_be_listed(desk: Desk, supervisor: Actor, three: dict[str, int]) -> None:
    with refused(desk, Conflict, "destruction_item.dossier_id", "not due"):
        propose(desk, supervisor, dt.date(2036, 1, 1), [Proposal(three["丙"])])
    with refused(desk, ValidationError, "destruction_item.reason", "kept longer"):
        propose(desk, supervisor, dt.date(2036, 1, 1), [Proposal(three["甲"], destroy=False, keep_until_year=2040)])
    with refused(desk, ValidationError, "destruction_item.keep_until_year", "2036"):
        propose(desk, supervisor, dt.date(2036, 1, 1), [Proposal(three["甲"], destroy=False, reason="x")])
    with refused(desk, ValidationError, "destruction_item", "at least one"):
        propose(desk, supervisor, dt.date(2036, 1, 1), [])


def test_only_the_supervisor_proposes_and_no_clerk_destroys(
    desk: Desk, clerk: Actor, manager: Actor, three: dict[str, int]
) -> None:
    with refused(desk, PermissionDenied, None, "Clerk"):
        propose(desk, clerk, dt.date(2036, 1, 1), [Proposal(three["甲"])])
    with refused(desk, PermissionDenied, None, "Department manager"):
        propose(desk, manager, dt.date(2036, 1, 1), [Proposal(three["甲"])])
    with refused(desk, PermissionDenied, None, "Clerk"), desk.work(clerk) as work:
        archive.record_destruction(work, 1, ("赵监销", "钱监销"))


def _sql(desk: Desk, statement: str) -> None:
    """A statement straight to the database (the sqlite3 shell or psql), past the app."""
    with plain_sql(desk) as conn:
        conn.execute(sql_text(statement))


def test_nothing_is_destroyed_any_other_way(
    desk: Desk, supervisor: Actor, manager: Actor, three: dict[str, int]
) -> None:
    """The database itself refuses: no destroyed status, no tombstone without an approved list naming the dossier."""
    listed = propose(desk, supervisor, dt.date(2036, 1, 1), [Proposal(three["甲"])])
    with pytest.raises(IntegrityError, match="status only moves forward"):
        _sql(desk, f"UPDATE dossier SET status = 'destroyed' WHERE id = {three['甲']}")  # still waiting
    with desk.work(manager) as work:
        assert listed.approval_id is not None
        decide(work, listed.approval_id, approve=True)
    with pytest.raises(IntegrityError, match="status only moves forward"):
        _sql(desk, f"UPDATE dossier SET status = 'destroyed' WHERE id = {three['乙']}")  # approved, not on the list
    with pytest.raises(IntegrityError, match="marked destroyed only"):
        _sql(
            desk,
            f"UPDATE document SET destroyed_at = '2036-01-02 00:00:00', destruction_approval_id = "
            f"{listed.approval_id} WHERE dossier_id = {three['丙']}",
        )
    with pytest.raises(IntegrityError, match="never changed"):
        _sql(desk, f"UPDATE destruction_item SET dossier_id = {three['乙']}")
    with pytest.raises(IntegrityError, match="once the manager decided"):
        _sql(
            desk,
            f"INSERT INTO destruction_item (list_id, dossier_id, position, decision, reason) "
            f"VALUES ({listed.id}, {three['乙']}, 2, 'destroy', '')",
        )


def destroy_first(desk: Desk, supervisor: Actor, manager: Actor, dossier_id: int) -> archive.DestructionRecord:
    listed = propose(desk, supervisor, dt.date(2036, 1, 1), [Proposal(dossier_id)])
    with desk.work(manager) as work:
        assert listed.approval_id is not None
        decide(work, listed.approval_id, approve=True)
    record, _removal = archive.carry_out_destruction(desk, supervisor, listed.id, ("赵监销", "钱监销"))
    return record


@pytest.mark.file_only("a scan left behind in the attachment folder on disk")
def test_check_passes_after_a_destruction_and_reports_a_scan_left_behind(
    desk: Desk, supervisor: Actor, manager: Actor, admin: Actor, three: dict[str, int], scans: dict[str, Path]
) -> None:
    own = sha_of(scans["own"])
    kept_bytes = desk.store.local_path(own).read_bytes()
    destroy_first(desk, supervisor, manager, three["甲"])
    report = safety.check_file(desk.path)
    assert report.ok, report.problems
    # A deletion that failed leaves the file: a stray, which --repair moves out (never a lost record).
    path = desk.store.local_path(own)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(kept_bytes)
    os.utime(path, (1_700_000_000, 1_700_000_000))  # not one another desk is saving right now
    report = safety.check_file(desk.path)
    assert [p.kind for p in report.problems] == ["attachment_stray"]
    with desk.work(admin) as work:
        repaired = safety.repair_attachments(work)
    assert len(repaired.moved) == 1
    assert safety.check_file(desk.path).ok


@pytest.mark.file_only("a file's backups on disk")
def test_the_next_backup_takes_the_destroyed_scans_out_of_the_older_ones(
    desk: Desk,
    supervisor: Actor,
    manager: Actor,
    admin: Actor,
    three: dict[str, int],
    scans: dict[str, Path],
    tmp_path: Path,
) -> None:
    folder = tmp_path / "backups"
    own, shared = sha_of(scans["own"]), sha_of(scans["shared"])
    before = safety.back_up(desk, admin, folder).backup
    assert own in {sha for sha, _size in before.scans}
    destroy_first(desk, supervisor, manager, three["甲"])
    desk.clock = lambda: dt.datetime(2026, 6, 16, 10, 30)  # the next day: rotation keeps both backups
    after = safety.back_up(desk, admin, folder).backup
    assert own not in {sha for sha, _size in after.scans} and after.destroyed == (own,)
    older = safety.read_backup(before.folder)
    assert own not in {sha for sha, _size in older.scans} and own in older.destroyed
    assert shared in {sha for sha, _size in older.scans}
    assert not (folder / "attachments" / own[:2] / own).exists()
    assert (folder / "attachments" / shared[:2] / shared).exists()
    # The older backup still restores (without the destroyed scan), verified.
    restored = tmp_path / "restored.db"
    safety.restore(before.folder, restored, "admin", PASSWORD)
    assert restored.exists()


def test_the_form_and_the_register_print(
    desk: Desk, supervisor: Actor, manager: Actor, admin: Actor, three: dict[str, int], tmp_path: Path
) -> None:
    record = destroy_first(desk, supervisor, manager, three["甲"])
    form, register = tmp_path / "form.pdf", tmp_path / "register.pdf"
    with desk.read(supervisor) as work:
        archive.print_destruction_form(work, record.destruction_list.id, form)
        archive.print_destruction_register(work, record.destruction_list.id, register)
    for pdf in (form, register):
        check_pdf(pdf)
    text = squash("".join(pdftext(form)))
    for expected in ("档案资料销毁审批表", "2026-XH-01", "共1卷，3件，5页", "保管期限10年", "经鉴定，保管期限已满"):
        assert expected in text, expected
    for expected in ("陈主管（提出）", "经办客务员", "同意销毁", "批准人：李经理", "赵监销", "钱监销", "2026年6月15日"):
        assert expected in text, expected
    assert "备份中的副本将在下一次备份时删除（尚未备份）" in text
    pages = pdftext(register)
    text = squash("".join(pages))
    header = "序号档号案卷题名年度保管期限件数页数盒号备注"
    for expected in ("档案销毁清册", header, "X01-2025-D10-0001", "甲公司（101）"):
        assert expected in text, expected
    assert "X01-2025-D10-0002" not in text  # kept, or never on the list: not in the register
    assert "合计1卷35" in text and "监销人：赵监销" in text and "批准人：李经理" in text
    # After the next backup the form says the copies in backups are gone.
    safety.back_up(desk, admin, tmp_path / "backups")
    with desk.read(supervisor) as work:
        archive.print_destruction_form(work, record.destruction_list.id, form)
    assert "备份中的副本已于2026年6月15日备份时删除" in squash("".join(pdftext(form)))


@pytest.mark.parametrize("revision", ["0010", "0011", "0012"])
def test_an_older_file_gets_the_destruction_triggers_when_upgraded(revision: str, tmp_path: Path) -> None:
    """0011 and 0012 install the triggers before 0013 made the tables they name: those are left out until 0013
    (SQLite would otherwise refuse the table rebuilds of 0012 with "no such table"), then all are there."""
    old = tmp_path / "old.db"
    shutil.copy(database_for(revision), old)
    shutil.copytree(f"{database_for(revision)}-attachments", f"{old}-attachments")
    with Desk.open(old):
        pass  # opening upgrades
    conn = sqlite3.connect(old)
    try:
        triggers = {
            row[0]: row[1] for row in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
        }
    finally:
        conn.close()
    for name in ("destruction_item_insert", "destruction_item_update", "destruction_list_approval"):
        assert name in triggers
    assert "destruction_item" in triggers["dossier_status_forward"]
    assert "destruction_item" in triggers["document_tombstone"]
