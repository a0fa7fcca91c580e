"""The file check: every kind of damage named with what and where, and the file never written."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
import stat
from contextlib import closing
from pathlib import Path

import pytest

from app.desk import Actor, Desk
from app.dossier import documents
from app.dossier.documents import DocumentInput
from app.errors import DatabaseUnusable
from app.safety import CheckReport, Finding, check_database, check_file
from app.tenancy.lifecycle import MoveIn
from db.schema import head_revision
from tests.unit.db.test_integrity import overwrite_pages, root_page
from tests.unit.unit_support import make_image, make_pdf

pytestmark = pytest.mark.file_only("check_file: SQLite's own checks of the file and its attachment folder")


def _with_scans(desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path) -> documents.DocumentRow:
    files = [make_pdf(tmp_path / "lease.pdf", pages=2), make_image(tmp_path / "licence.png")]
    with desk.work(clerk) as work:
        return documents.add_document(
            work, tenant.dossier_id, DocumentInput("move_in", dt.date(2026, 1, 5), "租赁合同"), files
        )


def _writable(path: Path) -> Path:
    path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    return path


def _raw(desk: Desk, sql: str, *params: object) -> None:
    """A change behind the program's back (foreign keys are off on a plain sqlite3 connection)."""
    with closing(sqlite3.connect(desk.path)) as raw:
        raw.execute(sql, params)
        raw.commit()


def _kinds(report: CheckReport) -> list[str]:
    return [p.kind for p in report.problems]


def _kinds_of(problems: tuple[Finding, ...]) -> list[str]:
    return sorted(p.kind for p in problems)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_healthy_database_has_no_problems(desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path) -> None:
    _with_scans(desk, clerk, tenant, tmp_path)
    report = check_file(desk.path)
    assert report.ok and report.problems == () and report.notes == ()
    assert (report.revision, report.program_revision, report.schema, report.scans) == (
        head_revision(),
        head_revision(),
        "current",
        2,
    )
    assert check_database(desk) == []


def test_empty_database_has_no_problems(desk: Desk) -> None:
    report = check_file(desk.path)
    assert report.ok and report.scans == 0


def test_no_file_is_an_error_not_a_report(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnusable) as info:
        check_file(tmp_path / "none.db")
    assert "There is no database file" in str(info.value)
    assert not (tmp_path / "none.db").exists()


def test_deleted_attachment_file_is_reported_missing(desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path) -> None:
    row = _with_scans(desk, clerk, tenant, tmp_path)
    lease = row.attachments[0]
    desk.store.local_path(lease.sha256).unlink()
    (problem,) = check_file(desk.path).problems
    assert problem.kind == "attachment_missing"
    assert "lease.pdf" in problem.detail
    assert "租赁合同" in problem.detail
    assert lease.sha256 in problem.detail
    assert problem.path == str(desk.store.local_path(lease.sha256))


def test_altered_attachment_file_is_reported_altered(desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path) -> None:
    row = _with_scans(desk, clerk, tenant, tmp_path)
    licence = row.attachments[1]
    path = _writable(desk.store.local_path(licence.sha256))
    data = bytearray(path.read_bytes())
    data[-1] ^= 0x01
    path.write_bytes(bytes(data))
    (problem,) = check_file(desk.path).problems
    assert problem.kind == "attachment_altered"
    assert "licence.png" in problem.detail
    assert hashlib.sha256(bytes(data)).hexdigest() in problem.detail


def test_zero_length_file_is_reported_empty(desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path) -> None:
    row = _with_scans(desk, clerk, tenant, tmp_path)
    _writable(desk.store.local_path(row.attachments[0].sha256)).write_bytes(b"")
    (problem,) = check_file(desk.path).problems
    assert problem.kind == "attachment_empty"
    assert "lease.pdf" in problem.detail and "0 bytes" in problem.detail


def test_two_files_exchanged_are_reported_swapped_naming_each_other(
    desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path
) -> None:
    row = _with_scans(desk, clerk, tenant, tmp_path)
    lease, licence = (_writable(desk.store.local_path(a.sha256)) for a in row.attachments)
    lease_bytes, licence_bytes = lease.read_bytes(), licence.read_bytes()
    lease.write_bytes(licence_bytes)
    licence.write_bytes(lease_bytes)
    problems = check_file(desk.path).problems
    assert _kinds_of(problems) == ["attachment_swapped", "attachment_swapped"]
    by_file = {p.path: p.detail for p in problems}
    assert "“lease.pdf”" in by_file[str(licence)] and "“licence.png”" in by_file[str(lease)]


def test_scan_replaced_by_a_link_to_an_identical_copy_is_reported(
    desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path
) -> None:
    row = _with_scans(desk, clerk, tenant, tmp_path)
    path = desk.store.local_path(row.attachments[0].sha256)
    outside = tmp_path / "outside.pdf"
    shutil.copyfile(path, outside)
    _writable(path).unlink()
    path.symlink_to(outside)
    (problem,) = check_file(desk.path).problems
    assert problem.kind == "attachment_linked"
    assert str(outside) in problem.detail and "lease.pdf" in problem.detail


def test_subfolder_replaced_by_a_link_is_reported_with_the_scans_behind_it(
    desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path
) -> None:
    row = _with_scans(desk, clerk, tenant, tmp_path)
    subfolder = desk.store.local_path(row.attachments[0].sha256).parent
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(subfolder, elsewhere)
    shutil.rmtree(subfolder)  # on Linux the read-only files in it go with the folder
    subfolder.symlink_to(elsewhere, target_is_directory=True)
    problems = check_file(desk.path).problems
    assert {p.kind for p in problems} == {"attachment_folder_linked", "attachment_linked"}
    (folder,) = [p for p in problems if p.kind == "attachment_folder_linked"]
    assert folder.path == str(subfolder) and str(elsewhere) in folder.detail


def test_orphans_and_strays_are_each_named(desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path) -> None:
    row = _with_scans(desk, clerk, tenant, tmp_path)
    root = desk.store.root
    (root / ".incoming-k3j4").write_bytes(b"half a scan")
    (root / "readme.txt").write_text("planted")
    unreferenced = hashlib.sha256(b"a scan nobody recorded").hexdigest()
    (root / unreferenced[:2]).mkdir(exist_ok=True)
    (root / unreferenced[:2] / unreferenced).write_bytes(b"a scan nobody recorded")
    (root / row.attachments[0].sha256[:2] / "lease copy.pdf").write_bytes(b"x")
    problems = check_file(desk.path).problems
    found = {(p.kind, Path(p.path).name) for p in problems}
    assert found == {
        ("attachment_orphan", ".incoming-k3j4"),
        ("attachment_stray", "readme.txt"),
        ("attachment_stray", unreferenced),
        ("attachment_stray", "lease copy.pdf"),
    }


def test_a_malformed_hash_is_reported_and_never_used_as_a_path(
    desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path
) -> None:
    row = _with_scans(desk, clerk, tenant, tmp_path)
    _raw(desk, "UPDATE attachment SET sha256 = ? WHERE id = ?", "../../etc/hostname", row.attachments[0].id)
    problems = check_file(desk.path).problems
    assert _kinds_of(problems) == ["attachment_bad_hash", "attachment_stray"]  # the lease's file: unreferenced now
    (bad,) = [p for p in problems if p.kind == "attachment_bad_hash"]
    assert "'../../etc/hostname'" in bad.detail and "lease.pdf" in bad.detail and bad.path == ""


def test_a_missing_attachment_folder_is_one_problem(desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path) -> None:
    _with_scans(desk, clerk, tenant, tmp_path)
    desk.store.root.rename(tmp_path / "moved away")
    (problem,) = check_file(desk.path).problems
    assert problem.kind == "attachment_folder_missing" and "2 recorded scans" in problem.detail


def test_a_linked_attachment_folder_is_reported(desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path) -> None:
    """A "backup" whose scans folder is only a link to the live one: a copy of it would hold no scan."""
    _with_scans(desk, clerk, tenant, tmp_path)
    live = tmp_path / "live-attachments"
    desk.store.root.rename(live)
    desk.store.root.symlink_to(live, target_is_directory=True)
    (problem,) = check_file(desk.path).problems
    assert (problem.kind, problem.path) == ("attachment_folder_linked", str(desk.store.root))


def test_shared_scan_missing_is_reported_for_each_document(
    desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path
) -> None:
    scan = make_pdf(tmp_path / "same.pdf", pages=1)
    with desk.work(clerk) as work:
        one = documents.add_document(work, tenant.dossier_id, DocumentInput("other", dt.date(2026, 1, 1), "一"), [scan])
        documents.add_document(work, tenant.dossier_id, DocumentInput("other", dt.date(2026, 1, 1), "二"), [scan])
    desk.store.local_path(one.attachments[0].sha256).unlink()
    problems = check_file(desk.path).problems
    assert [p.kind for p in problems] == ["attachment_missing", "attachment_missing"]
    assert sorted(title for title in ("一", "二") for p in problems if f"“{title}”" in p.detail) == ["一", "二"]


def test_broken_reference_is_reported(desk: Desk, tenant: MoveIn) -> None:
    _raw(
        desk,
        "INSERT INTO contact (dossier_id, name, role, phone, mobile, email, is_emergency, notes) "
        "VALUES (9999, '幽灵', '', '1', '', '', 0, '')",
    )
    (problem,) = check_file(desk.path).problems
    assert problem.kind == "foreign_key"
    assert "contact" in problem.detail and "dossier" in problem.detail


def test_writable_scans_are_a_note_not_a_problem(desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path) -> None:
    row = _with_scans(desk, clerk, tenant, tmp_path)
    path = _writable(desk.store.local_path(row.attachments[0].sha256))
    report = check_file(desk.path)
    assert report.ok
    (note,) = report.notes
    assert (note.kind, note.path) == ("attachment_writable", str(path))


def test_a_damaged_database_is_a_finding_and_the_scans_are_not_called_stray(
    desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path
) -> None:
    _with_scans(desk, clerk, tenant, tmp_path)
    desk.close()
    overwrite_pages(desk.path, [root_page(desk.path, "ix_document_dossier_date")])
    before = _digest(desk.path)
    report = check_file(desk.path)
    assert "database_damaged" in _kinds(report)
    assert "attachment_stray" not in _kinds(report)
    assert report.scans == 2  # the attachment rows could still be read: their files were checked
    assert "strays_not_looked_for" in {n.kind for n in report.notes}
    assert _digest(desk.path) == before


def test_a_file_from_a_newer_program_is_a_finding(desk: Desk, tmp_path: Path) -> None:
    _raw(desk, "UPDATE alembic_version SET version_num = '9999'")
    desk.close()
    before = _digest(desk.path)
    report = check_file(desk.path)
    assert _kinds(report) == ["schema_newer"]
    assert report.schema == "newer" and "9999" in report.problems[0].detail
    assert _digest(desk.path) == before


@pytest.mark.parametrize(
    ("content", "what"), [(b"", "no tables"), ("租户名单\n".encode() * 200, "not a SQLite database")]
)
def test_a_file_that_is_not_a_dossier_database_is_a_finding(tmp_path: Path, content: bytes, what: str) -> None:
    path = tmp_path / "other.db"
    path.write_bytes(content)
    report = check_file(path)
    assert _kinds(report) == ["not_a_dossier_database"]
    assert what in report.problems[0].detail
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]


def test_check_of_an_open_file_sees_committed_changes_and_leaves_its_files(
    desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path
) -> None:
    row = _with_scans(desk, clerk, tenant, tmp_path)  # committed, still in the -wal while the desk is open
    files = sorted(p.name for p in desk.path.parent.iterdir())
    assert f"{desk.path.name}-wal" in files
    assert check_file(desk.path).scans == 2
    desk.store.local_path(row.attachments[1].sha256).unlink()
    assert _kinds(check_file(desk.path)) == ["attachment_missing"]
    assert sorted(p.name for p in desk.path.parent.iterdir()) == files


def test_an_empty_schema_version_is_a_finding(desk: Desk) -> None:
    _raw(desk, "DELETE FROM alembic_version")
    report = check_file(desk.path)
    assert _kinds(report) == ["not_a_dossier_database"]
    assert "empty schema version" in report.problems[0].detail and report.schema == "unknown"
