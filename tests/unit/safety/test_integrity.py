"""The file check: healthy database, missing and altered attachments, broken references."""

from __future__ import annotations

import datetime as dt
import sqlite3
import stat
from pathlib import Path

from app.desk import Actor, Desk
from app.dossier import documents
from app.dossier.documents import DocumentInput
from app.safety.check import check_database
from app.tenancy.lifecycle import MoveIn
from tests.unit.unit_support import make_image, make_pdf


def _with_scans(desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path) -> documents.DocumentRow:
    files = [make_pdf(tmp_path / "lease.pdf", pages=2), make_image(tmp_path / "licence.png")]
    with desk.work(clerk) as work:
        return documents.add_document(
            work, tenant.dossier_id, DocumentInput("move_in", dt.date(2026, 1, 5), "租赁合同"), files
        )


def test_healthy_database_has_no_problems(desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path) -> None:
    _with_scans(desk, clerk, tenant, tmp_path)
    assert check_database(desk) == []


def test_empty_database_has_no_problems(desk: Desk) -> None:
    assert check_database(desk) == []


def test_deleted_attachment_file_is_reported_missing(desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path) -> None:
    row = _with_scans(desk, clerk, tenant, tmp_path)
    lease = row.attachments[0]
    desk.store.local_path(lease.sha256).unlink()
    (problem,) = check_database(desk)
    assert problem.kind == "attachment_missing"
    assert "lease.pdf" in problem.detail
    assert "租赁合同" in problem.detail
    assert lease.sha256 in problem.detail


def test_altered_attachment_file_is_reported_altered(desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path) -> None:
    row = _with_scans(desk, clerk, tenant, tmp_path)
    licence = row.attachments[1]
    path = desk.store.local_path(licence.sha256)
    path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    data = bytearray(path.read_bytes())
    data[-1] ^= 0x01
    path.write_bytes(bytes(data))
    (problem,) = check_database(desk)
    assert problem.kind == "attachment_altered"
    assert "licence.png" in problem.detail


def test_shared_scan_missing_is_reported_for_each_document(
    desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path
) -> None:
    scan = make_pdf(tmp_path / "same.pdf", pages=1)
    with desk.work(clerk) as work:
        one = documents.add_document(work, tenant.dossier_id, DocumentInput("other", dt.date(2026, 1, 1), "一"), [scan])
        documents.add_document(work, tenant.dossier_id, DocumentInput("other", dt.date(2026, 1, 1), "二"), [scan])
    desk.store.local_path(one.attachments[0].sha256).unlink()
    problems = check_database(desk)
    assert [p.kind for p in problems] == ["attachment_missing", "attachment_missing"]
    assert sorted(title for title in ("一", "二") for p in problems if f"“{title}”" in p.detail) == ["一", "二"]


def test_broken_reference_is_reported(desk: Desk, tenant: MoveIn) -> None:
    raw = sqlite3.connect(desk.path)  # foreign keys are off on a plain sqlite3 connection
    try:
        raw.execute(
            "INSERT INTO contact (dossier_id, name, role, phone, mobile, email, is_emergency, notes) "
            "VALUES (9999, '幽灵', '', '1', '', '', 0, '')"
        )
        raw.commit()
    finally:
        raw.close()
    (problem,) = check_database(desk)
    assert problem.kind == "foreign_key"
    assert "contact" in problem.detail
