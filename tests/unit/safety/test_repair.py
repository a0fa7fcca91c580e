"""``check --repair``: strays and orphans go to a quarantine beside the attachments, never deleted; scans stay."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from app.desk import Actor, Desk
from app.dossier import documents
from app.dossier.documents import DocumentInput
from app.errors import PermissionDenied
from app.safety import SETTLE_SECONDS, check_file, repair_attachments
from app.tenancy.lifecycle import MoveIn
from db.models import Change
from tests.unit.unit_support import is_read_only, make_pdf

LONG_AGO = 1_700_000_000  # 2023-11-14: long settled

pytestmark = pytest.mark.file_only("repairing the attachment folder on this PC's disk")


def _plant(path: Path, data: bytes, settled: bool = True) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    if settled:
        os.utime(path, (LONG_AGO, LONG_AGO))
    return path


@pytest.fixture
def scanned(desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path) -> documents.DocumentRow:
    with desk.work(clerk) as work:
        return documents.add_document(
            work,
            tenant.dossier_id,
            DocumentInput("move_in", dt.date(2026, 1, 5), "租赁合同"),
            [make_pdf(tmp_path / "lease.pdf", pages=1)],
        )


def test_strays_and_orphans_move_to_the_quarantine_and_the_scans_stay(
    desk: Desk, admin: Actor, scanned: documents.DocumentRow
) -> None:

    root = desk.store.root
    unreferenced = hashlib.sha256(b"nobody's scan").hexdigest()
    planted = {
        ".incoming-a1b2": _plant(root / ".incoming-a1b2", b"half a scan"),
        "notes.txt": _plant(root / "notes.txt", b"planted"),
        f"{unreferenced[:2]}/{unreferenced}": _plant(root / unreferenced[:2] / unreferenced, b"nobody's scan"),
    }
    (root / "old stuff").mkdir()
    _plant(root / "old stuff" / "a.pdf", b"%PDF")
    assert {p.kind for p in check_file(desk.path).problems} == {"attachment_orphan", "attachment_stray"}

    with desk.work(admin) as work:
        report = repair_attachments(work)

    assert report.quarantine is not None
    assert report.quarantine.parent == root.with_name(f"{root.name}-quarantine")
    assert report.quarantine.name == "20260615-103000"  # the desk's clock
    assert sorted(report.moved) == sorted([*planted, "old stuff"])
    assert report.left == ()
    for relative, original in planted.items():
        assert not original.exists()
        assert (report.quarantine / relative).read_bytes() == {
            ".incoming-a1b2": b"half a scan",
            "notes.txt": b"planted",
        }.get(relative, b"nobody's scan")
    assert (report.quarantine / "old stuff" / "a.pdf").read_bytes() == b"%PDF"
    assert desk.store.verify(scanned.attachments[0].sha256).value == "ok"
    assert check_file(desk.path).ok
    with desk.work(None) as work:
        (logged,) = work.session.scalars(select(Change).where(Change.entity == "attachments")).all()
    assert (logged.action, logged.user_id, logged.dossier_id) == ("repair", admin.user_id, None)
    assert sorted(json.loads(logged.details)["moved"]) == sorted(report.moved)


def test_a_second_repair_in_the_same_second_gets_its_own_folder(desk: Desk, admin: Actor) -> None:
    root = desk.store.root
    _plant(root / "one.txt", b"1")
    with desk.work(admin) as work:
        first = repair_attachments(work)
    _plant(root / "two.txt", b"2")
    with desk.work(admin) as work:
        second = repair_attachments(work)
    assert first.quarantine is not None and second.quarantine is not None
    assert second.quarantine.name == f"{first.quarantine.name}-2"
    assert (first.quarantine / "one.txt").exists() and (second.quarantine / "two.txt").exists()


def test_files_a_save_may_still_be_writing_are_left_alone(desk: Desk, admin: Actor) -> None:
    root = desk.store.root
    incoming = _plant(root / ".incoming-now", b"being copied", settled=False)
    fresh = hashlib.sha256(b"just stored, not committed").hexdigest()
    stored = _plant(root / fresh[:2] / fresh, b"just stored, not committed", settled=False)
    old = _plant(root / "stray.txt", b"old", settled=True)
    with desk.work(admin) as work:
        report = repair_attachments(work)
    assert report.moved == ("stray.txt",)
    assert {(f.kind, f.path) for f in report.left} == {("recent", str(incoming)), ("recent", str(stored))}
    assert all(f"{SETTLE_SECONDS // 60} minutes" in f.detail for f in report.left)
    assert incoming.exists() and stored.exists() and not old.exists()


def test_writable_scans_are_made_read_only_again(desk: Desk, admin: Actor, scanned: documents.DocumentRow) -> None:
    path = desk.store.local_path(scanned.attachments[0].sha256)
    path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    with desk.work(admin) as work:
        report = repair_attachments(work)
    assert (report.made_read_only, report.moved, report.quarantine) == (1, (), None)
    assert is_read_only(path)
    assert check_file(desk.path).notes == ()


def test_a_clean_folder_is_left_as_it_is_and_nothing_is_logged(
    desk: Desk, admin: Actor, scanned: documents.DocumentRow
) -> None:
    with desk.work(admin) as work:
        report = repair_attachments(work)
    assert (report.moved, report.made_read_only, report.left, report.quarantine) == ((), 0, (), None)
    assert not desk.store.quarantine_root.exists()
    with desk.work(None) as work:
        assert work.session.scalars(select(Change).where(Change.entity == "attachments")).all() == []


def test_missing_altered_and_linked_scans_are_not_touched(
    desk: Desk, admin: Actor, scanned: documents.DocumentRow, tmp_path: Path
) -> None:
    """Those need a backup; the repair moves only what no attachment refers to."""
    path = desk.store.local_path(scanned.attachments[0].sha256)
    outside = tmp_path / "outside.pdf"
    outside.write_bytes(path.read_bytes())
    path.unlink()
    path.symlink_to(outside)
    with desk.work(admin) as work:
        report = repair_attachments(work)
    assert report.moved == ()
    assert path.is_symlink()
    assert [p.kind for p in check_file(desk.path).problems] == ["attachment_linked"]


@pytest.mark.parametrize("role", ["clerk", "supervisor", "manager"])
def test_only_the_administrator_repairs(desk: Desk, role: str, request: pytest.FixtureRequest) -> None:
    actor: Actor = request.getfixturevalue(role)
    stray = _plant(desk.store.root / "stray.txt", b"x")
    with pytest.raises(PermissionDenied), desk.work(actor) as work:
        repair_attachments(work)
    assert stray.exists()


def test_a_file_that_cannot_be_moved_is_named_and_the_rest_still_move(
    desk: Desk, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = desk.store.root
    _plant(root / "a.txt", b"a")
    _plant(root / "b.txt", b"b")
    real = desk.store.quarantine

    def refuse_a(entry: Path, folder: Path) -> Path:
        if entry.name == "a.txt":
            raise PermissionError(13, "The process cannot access the file because it is being used")
        return real(entry, folder)

    monkeypatch.setattr(desk.store, "quarantine", refuse_a)
    with desk.work(admin) as work:
        report = repair_attachments(work)
    assert report.moved == ("b.txt",)
    (left,) = report.left
    assert left.kind == "not_moved" and "being used" in left.detail
    assert (root / "a.txt").exists()
