"""Verified backups: a consistent copy with its scans, copied once, checked, rotated; and what a failure leaves."""

from __future__ import annotations

import datetime as dt
import errno
import json
import shutil
import stat
from pathlib import Path

import pytest

from app import safety, settings
from app.desk import Actor, Desk
from app.errors import Conflict, PermissionDenied, ValidationError
from app.safety import backup as backup_module
from app.safety.copying import file_sha256
from app.tenancy.lifecycle import MoveIn
from db.schema import head_revision
from tests.conftest import NOW
from tests.unit.safety.backup_support import (
    add_scanned_documents,
    add_shared_image,
    names,
    referenced_hashes,
    scan_files,
    table_rows,
    without_backup_settings,
)
from tests.unit.unit_support import is_read_only, row_counts

pytestmark = pytest.mark.file_only("a file's backup: SQLite's online copy of the file and its attachment folder")


@pytest.fixture
def scanned(desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path) -> Desk:
    """The test database with five documents of their own scans and one image shared by two documents."""
    add_scanned_documents(desk, clerk, tenant, tmp_path / "scans", 5, "a")
    add_shared_image(desk, clerk, tenant, tmp_path / "scans")
    return desk


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "备份 U盘"  # spaces and Chinese, as on the desk PC


def test_a_backup_holds_a_consistent_copy_every_scan_and_a_manifest(scanned: Desk, clerk: Actor, root: Path) -> None:
    before = row_counts(scanned)
    report = safety.back_up(scanned, clerk, root)
    made = report.backup
    assert made.folder.parent == root and made.folder.name == "2026-06-15_103000_dossiers"
    assert names(made.folder) == ["dossiers.db", "manifest.json"]
    assert (made.made_at, made.login, made.name, made.reason) == (NOW, "clerk", "王小明", "manual")
    assert made.schema_revision == head_revision()
    # The counts of the moment of the copy: the database's id is made before it, the record of it after.
    # (The search index's tables are counted too: derived from the records, not models — db/search_index.py.)
    records = {table: rows for table, rows in made.tables if not table.startswith("search_")}
    assert records == before | {"alembic_version": 1, "setting": 1}
    assert dict(made.tables)["search_entry"] > 0
    # 6 different scans (the shared image is one file), each stored once, read-only, under its hash.
    hashes = referenced_hashes(scanned.path)
    assert len(hashes) == 6 == report.scans == report.copied and report.already_there == 0
    assert {sha for sha, _size in made.scans} == hashes
    stored = scan_files(root / "attachments")
    assert stored == {sha: sha for sha in hashes}
    assert all(is_read_only(p) for p in (root / "attachments").glob("??/*"))
    assert file_sha256(made.database_path) == made.database_sha256
    assert made.database_size == made.database_path.stat().st_size
    # A self-contained copy: no WAL beside it, its rows those of the database.
    assert without_backup_settings(table_rows(made.database_path)) == without_backup_settings(table_rows(scanned.path))
    manifest = json.loads((made.folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["made_by"] == {"login": "clerk", "name": "王小明"}
    assert manifest["database"]["name"] == "dossiers.db"
    assert safety.read_backup(made.folder) == made


def test_the_last_verified_backup_is_recorded(scanned: Desk, clerk: Actor, root: Path) -> None:
    report = safety.back_up(scanned, clerk, root)
    with scanned.work(None) as work:
        assert settings.last_backup(work) == settings.LastBackup(NOW, report.folder, "clerk", "王小明")


def test_a_second_backup_copies_no_scan_again_and_a_third_only_the_new_ones(
    scanned: Desk, clerk: Actor, tenant: MoveIn, root: Path, tmp_path: Path
) -> None:
    first = safety.back_up(scanned, clerk, root)
    stamps = {p: p.stat().st_mtime_ns for p in (root / "attachments").glob("??/*")}
    second = safety.back_up(scanned, clerk, root)
    assert (second.copied, second.already_there, second.scans) == (0, 6, 6)
    assert second.bytes_written == second.backup.database_size
    assert {p: p.stat().st_mtime_ns for p in (root / "attachments").glob("??/*")} == stamps
    assert second.folder != first.folder
    add_scanned_documents(scanned, clerk, tenant, tmp_path / "more", 2, "b")
    third = safety.back_up(scanned, clerk, root)
    assert (third.copied, third.already_there, third.scans) == (2, 6, 8)


def test_the_folder_of_the_settings_is_used_and_none_is_a_clear_refusal(
    scanned: Desk, clerk: Actor, admin: Actor, root: Path
) -> None:
    with pytest.raises(ValidationError) as info:
        safety.back_up(scanned, clerk)
    assert info.value.field == "backup.folder"
    with scanned.work(admin) as work:
        settings.set_backup_folder(work, root)
    assert safety.back_up(scanned, clerk).folder.parent == root


def test_a_backup_of_the_same_second_gets_its_own_folder(scanned: Desk, clerk: Actor, root: Path) -> None:
    first = safety.back_up(scanned, clerk, root)
    second = safety.back_up(scanned, clerk, root)  # the fixed clock: the same second
    assert second.folder.name == f"{first.folder.name}_2"
    # Both were made on one day: rotation keeps the newer one.
    assert second.removed == (first.folder.name,)
    assert [b.folder for b in safety.list_backups(root)] == [second.folder]


def test_a_scan_gone_bad_in_the_backup_folder_is_copied_afresh(scanned: Desk, clerk: Actor, root: Path) -> None:
    """Every hash is read back, also of scans an earlier backup left: a failing stick is caught and mended."""
    safety.back_up(scanned, clerk, root)
    victim = sorted((root / "attachments").glob("??/*"))[0]
    victim.chmod(stat.S_IRUSR | stat.S_IWUSR)
    victim.write_bytes(b"bit rot")
    report = safety.back_up(scanned, clerk, root)
    assert report.copied == 1 and report.already_there == 5
    assert file_sha256(victim) == victim.name and is_read_only(victim)


def test_progress_counts_up_to_its_total(scanned: Desk, clerk: Actor, root: Path) -> None:
    seen: list[tuple[int, int]] = []
    safety.back_up(scanned, clerk, root, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (14, 14)  # the copy, 6 scans copied, the copy checked, 6 scans read back
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)


def _nothing_kept(root: Path, desk: Desk) -> None:
    assert [p.name for p in root.iterdir() if p.name.startswith(".partial")] == []
    assert safety.list_backups(root) == []
    with desk.work(None) as work:
        assert settings.last_backup(work) is None


def test_cancel_stops_the_backup_and_keeps_nothing_of_it(scanned: Desk, clerk: Actor, root: Path) -> None:
    steps: list[int] = []

    def progress(done: int, _total: int) -> None:
        steps.append(done)

    with pytest.raises(safety.BackupCancelled) as info:
        safety.back_up(scanned, clerk, root, progress=progress, cancelled=lambda: len(steps) >= 4)
    assert "cancelled" in str(info.value)
    _nothing_kept(root, scanned)


def test_a_full_disk_says_so_and_keeps_nothing_of_the_backup(
    scanned: Desk, clerk: Actor, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_copy = backup_module.copy_verified
    calls: list[Path] = []

    def copy_until_full(source: Path, target: Path, sha256: str, **kw: bool) -> int:
        calls.append(target)
        if len(calls) == 4:
            raise OSError(errno.ENOSPC, "No space left on device", str(target))
        return real_copy(source, target, sha256, **kw)

    monkeypatch.setattr(backup_module, "copy_verified", copy_until_full)
    with pytest.raises(safety.BackupFailed) as info:
        safety.back_up(scanned, clerk, root)
    assert "is full" in str(info.value) and "nothing of it was kept" in str(info.value)
    _nothing_kept(root, scanned)
    # What was copied before is whole and verified; the next backup does not copy it again.
    monkeypatch.setattr(backup_module, "copy_verified", real_copy)
    assert safety.back_up(scanned, clerk, root).copied == 3


def test_a_scan_missing_from_the_database_folder_fails_the_backup_by_name(
    scanned: Desk, clerk: Actor, root: Path
) -> None:
    sha = sorted(referenced_hashes(scanned.path))[0]
    path = scanned.store.local_path(sha)
    path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    path.unlink()
    with pytest.raises(safety.BackupFailed) as info:
        safety.back_up(scanned, clerk, root)
    assert sha in str(info.value) and "run check" in str(info.value)
    _nothing_kept(root, scanned)


def test_a_malformed_hash_in_the_database_is_never_used_as_a_path(scanned: Desk, clerk: Actor, root: Path) -> None:
    import sqlite3

    with sqlite3.connect(scanned.path) as conn:
        conn.execute("UPDATE attachment SET sha256 = '../../etc/hostname' WHERE id = 1")
    with pytest.raises(safety.BackupFailed) as info:
        safety.back_up(scanned, clerk, root)
    assert "malformed hash" in str(info.value)
    _nothing_kept(root, scanned)


def test_two_backups_into_one_folder_at_once_are_refused_not_mixed(scanned: Desk, clerk: Actor, root: Path) -> None:
    with backup_module.backup_folder_lock(root), pytest.raises(Conflict) as info:
        safety.back_up(scanned, clerk, root)
    assert "Another backup" in str(info.value)
    assert safety.back_up(scanned, clerk, root).scans == 6  # the lock went with the first


def test_a_crashed_backups_temporary_folder_is_cleared_by_the_next(scanned: Desk, clerk: Actor, root: Path) -> None:
    left = root / ".partial-0badc0ffee00"
    left.mkdir(parents=True)
    (left / "dossiers.db").write_bytes(b"half")
    safety.back_up(scanned, clerk, root)
    assert not left.exists()


def test_an_unreachable_folder_is_a_clear_message(scanned: Desk, clerk: Actor, tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    with pytest.raises(safety.BackupFailed) as info:
        safety.back_up(scanned, clerk, blocker / "backups")
    assert "cannot be reached or made" in str(info.value)


def test_only_a_logged_in_user_backs_up(scanned: Desk, root: Path) -> None:
    with pytest.raises(PermissionDenied):
        safety.back_up(scanned, None, root)  # type: ignore[arg-type]
    assert not root.exists()


# -- rotation -------------------------------------------------------------------------------------------------------

D = dt.date
KEPT_AFTER_400_DAYS = [
    # 7 daily: the last seven days
    *(D(2026, 6, d) for d in range(15, 8, -1)),
    # 8 weekly (ISO weeks, the newest of each): 15 June is a Monday, so the week before ends on Sunday the 14th
    D(2026, 6, 7),
    D(2026, 5, 31),
    D(2026, 5, 24),
    D(2026, 5, 17),
    D(2026, 5, 10),
    D(2026, 5, 3),
    # 12 monthly: the newest of each month
    D(2026, 4, 30),
    D(2026, 3, 31),
    D(2026, 2, 28),
    D(2026, 1, 31),
    D(2025, 12, 31),
    D(2025, 11, 30),
    D(2025, 10, 31),
    D(2025, 9, 30),
    D(2025, 8, 31),
    D(2025, 7, 31),
]


def _days(last: dt.date, count: int) -> list[dt.date]:
    return [last - dt.timedelta(days=n) for n in range(count)]


def test_rotation_keeps_7_daily_8_weekly_12_monthly_over_400_days() -> None:
    made = []
    for day in _days(D(2026, 6, 15), 400):
        made.append(dt.datetime.combine(day, dt.time(17, 45)))  # on exit
        made.append(dt.datetime.combine(day, dt.time(8, 30)))  # the first start of the day
    kept = {made[i] for i in safety.backups_to_keep(made)}
    assert sorted(kept, reverse=True) == [dt.datetime.combine(d, dt.time(17, 45)) for d in KEPT_AFTER_400_DAYS]


def test_rotation_never_drops_the_newest_and_keeps_few_backups_whole() -> None:
    assert safety.backups_to_keep([]) == set()
    few = [dt.datetime(2026, 1, 1) + dt.timedelta(days=40 * n) for n in range(5)]
    assert safety.backups_to_keep(few) == set(range(5))
    assert safety.backups_to_keep(few, daily=0, weekly=0, monthly=0) == {4}


def _plant(real: Path, made_at: dt.datetime, **change: object) -> Path:
    """A copy of a real backup's manifest under another date (rotation reads only manifests)."""
    folder = real.parent / f"{made_at:%Y-%m-%d_%H%M%S}_planted"  # real.parent: the backup folder
    folder.mkdir()
    data = json.loads((real / "manifest.json").read_text(encoding="utf-8"))
    data["made_at"] = made_at.isoformat()
    for key, value in change.items():
        if key == "database_id":
            data["database"]["id"] = value
        elif key == "extra_scan":
            data["scans"]["files"].append({"sha256": value, "size": 1})
        else:
            data[key] = value
    (folder / "manifest.json").write_text(json.dumps(data), encoding="utf-8")
    return folder


def test_rotation_on_disk_with_a_clock_over_400_days(scanned: Desk, clerk: Actor, root: Path) -> None:
    """399 days of earlier backups, then today's: the right ones stay, with exactly the scans they need."""
    first = root / "template"
    safety.back_up(scanned, clerk, root).folder.rename(first)  # its manifest, under other dates, is planted
    only_old = "ee" * 32  # a scan only backups that rotation removes needed
    kept_old = "dd" * 32  # a scan a kept monthly backup needs
    for sha in (only_old, kept_old):
        (root / "attachments" / sha[:2]).mkdir(exist_ok=True)
        (root / "attachments" / sha[:2] / sha).write_bytes(b"x")
    for day in _days(D(2026, 6, 14), 399):
        at = dt.datetime.combine(day, dt.time(17, 45))
        if day == D(2025, 7, 31):  # the oldest monthly one kept
            _plant(first, at, extra_scan=kept_old)
        elif day < D(2025, 7, 31):  # older than any kept
            _plant(first, at, extra_scan=only_old)
        else:
            _plant(first, at)
    other = _plant(first, dt.datetime(2024, 1, 1), database_id="another file in the same folder")
    before = _plant(first, dt.datetime(2024, 2, 1), reason="before_restore")
    shutil.rmtree(first)
    report = safety.back_up(scanned, clerk, root)
    kept = [b.made_at.date() for b in safety.list_backups(root) if b.folder not in (other, before)]
    assert kept == KEPT_AFTER_400_DAYS
    assert len(report.removed) == 400 - len(KEPT_AFTER_400_DAYS)
    assert other.exists() and before.exists()  # not this database's, or the copy a restore made first
    left = scan_files(root / "attachments")
    assert kept_old in left
    assert only_old not in left
    assert report.removed_scans == 1
    assert [p.name for p in root.iterdir() if p.name.startswith(".")] == [".lock"]


# -- the window's warning --------------------------------------------------------------------------------------------


def _status(desk: Desk, clock_now: dt.datetime) -> safety.BackupStatus:
    desk.clock = lambda: clock_now
    with desk.work(None) as work:
        return safety.backup_status(work)


def test_the_warning_names_why(scanned: Desk, clerk: Actor, admin: Actor, root: Path) -> None:
    assert _status(scanned, NOW).warning == "no_folder"
    with scanned.work(admin) as work:
        settings.set_backup_folder(work, root)
    assert _status(scanned, NOW).warning == "unreachable"  # not made yet: the stick is not plugged in
    root.mkdir()
    status = _status(scanned, NOW)
    assert (status.warning, status.due_today) == ("never", True)
    safety.back_up(scanned, clerk)
    status = _status(scanned, NOW)
    assert (status.warning, status.due_today, status.age_days) == (None, False, 0)
    three_days = _status(scanned, NOW + dt.timedelta(days=3))
    assert (three_days.warning, three_days.due_today, three_days.age_days) == (None, True, 3)
    later = _status(scanned, NOW + dt.timedelta(days=3, minutes=1))
    assert later.warning == "overdue"
    with scanned.work(admin) as work:
        settings.change_backup_settings(work, folder=root, automatic=False, warn_after_days=7)
    assert _status(scanned, NOW + dt.timedelta(days=5)).warning is None
    assert not _status(scanned, NOW + dt.timedelta(days=5)).due_today  # automatic backups are off
