"""Restoring: the very rows and scans come back; only an administrator of the backup; never a half-restored target."""

from __future__ import annotations

import sqlite3
import stat
from contextlib import closing
from pathlib import Path

import pytest

from app import safety, settings
from app.desk import Actor, Desk
from app.errors import AuthenticationFailed, Conflict, DatabaseUnusable, NotFound, PermissionDenied
from app.file_lock import FileInUse, FileLock
from app.people import users
from app.safety import restoring as restore_module
from app.safety.backup import backup_folder_lock, make_backup
from app.safety.copying import file_sha256
from app.tenancy.lifecycle import MoveIn
from db.attachment_store import attachments_folder_for
from db.engine import make_engine
from db.schema import alembic_config, head_revision
from tests.conftest import NOW, PASSWORD, fixed_clock
from tests.unit.safety.backup_support import (
    add_scanned_documents,
    add_shared_image,
    names,
    referenced_hashes,
    rewrite_manifest,
    scan_files,
    table_rows,
    without_backup_settings,
)

pytestmark = pytest.mark.file_only("restoring a file's backup: the file and its attachment folder put back")


@pytest.fixture
def scanned(desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path) -> Desk:
    add_scanned_documents(desk, clerk, tenant, tmp_path / "scans", 4, "a")
    add_shared_image(desk, clerk, tenant, tmp_path / "scans")
    return desk


@pytest.fixture
def made(scanned: Desk, clerk: Actor, tmp_path: Path) -> safety.BackupInfo:
    return safety.back_up(scanned, clerk, tmp_path / "backups").backup


@pytest.fixture
def place(tmp_path: Path) -> Path:
    folder = tmp_path / "恢复 到"
    folder.mkdir()
    return folder


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


def test_round_trip_every_row_and_every_scan_come_back(scanned: Desk, made: safety.BackupInfo, place: Path) -> None:
    target = place / "restored.db"
    report = safety.restore(made.folder, target, "admin", PASSWORD)
    assert (report.target, report.replaced, report.safety_backup, report.upgraded_from) == (target, False, None, None)
    assert names(place) == ["restored.db", "restored.db-attachments"]  # nothing temporary left beside it
    assert without_backup_settings(table_rows(target)) == without_backup_settings(table_rows(scanned.path))
    restored_scans = scan_files(attachments_folder_for(target))
    assert restored_scans == {sha: sha for sha in referenced_hashes(scanned.path)}
    assert restored_scans == {sha: file_sha256(scanned.store.local_path(sha)) for sha in restored_scans}
    with Desk.open(target) as desk:
        assert safety.check_database(desk) == []


def test_the_restored_file_opens_and_its_users_log_in(made: safety.BackupInfo, place: Path) -> None:
    target = place / "restored.db"
    safety.restore(made.folder, target, "admin", PASSWORD)
    with Desk.open(target) as desk:
        assert users.log_in(desk, "clerk", PASSWORD).login == "clerk"


def _untouched(place: Path, before: dict[str, bytes]) -> None:
    """The folder holds exactly what it held, byte for byte (no temporary name left either)."""
    now = {str(p.relative_to(place)): p.read_bytes() for p in sorted(place.rglob("*")) if p.is_file()}
    assert now == before


def _contents(place: Path) -> dict[str, bytes]:
    return {str(p.relative_to(place)): p.read_bytes() for p in sorted(place.rglob("*")) if p.is_file()}


@pytest.mark.parametrize(
    ("login", "password", "error"),
    [("clerk", PASSWORD, PermissionDenied), ("manager", PASSWORD, PermissionDenied), ("admin", "wrong!", None)],
)
def test_only_an_administrator_of_the_backup_restores(
    made: safety.BackupInfo, place: Path, login: str, password: str, error: type[Exception] | None
) -> None:
    with pytest.raises(error or AuthenticationFailed):
        safety.restore(made.folder, place / "restored.db", login, password)
    assert names(place) == []


def test_the_administrator_is_the_backups_not_the_targets(
    scanned: Desk, made: safety.BackupInfo, admin: Actor, place: Path
) -> None:
    """The file being replaced may be lost or damaged: the password is checked against the users in the backup."""
    with scanned.work(admin) as work:
        users.create_user(work, "newadmin", "新管理员", users.Role.ADMIN, PASSWORD)
    target = place / "restored.db"
    with pytest.raises(AuthenticationFailed):
        safety.restore(made.folder, target, "newadmin", PASSWORD)  # made after the backup: not in it
    assert not target.exists()


def test_an_existing_file_is_replaced_only_when_asked(made: safety.BackupInfo, place: Path) -> None:
    target = place / "restored.db"
    safety.restore(made.folder, target, "admin", PASSWORD)
    before = _contents(place)
    with pytest.raises(Conflict) as info:
        safety.restore(made.folder, target, "admin", PASSWORD)
    assert info.value.field == "restore.target" and "replace" in str(info.value)
    _untouched(place, before)


def test_replace_backs_the_old_file_up_first_then_puts_the_backup_in_its_place(
    scanned: Desk, clerk: Actor, tenant: MoveIn, made: safety.BackupInfo, tmp_path: Path
) -> None:
    # The database moves on after the backup: two more documents with scans of their own.
    add_scanned_documents(scanned, clerk, tenant, tmp_path / "later", 2, "later")
    newer_rows = table_rows(scanned.path)
    newer_scans = scan_files(scanned.store.root)
    scanned.close()  # the program is closed before a restore replaces its file
    report = safety.restore(made.folder, scanned.path, "admin", PASSWORD, replace=True)
    assert report.replaced and report.safety_backup is not None and report.leftovers == ()
    # The file that was replaced is a verified backup now, with every row and scan it had.
    first = safety.read_backup(report.safety_backup)
    assert first.reason == "before_restore" and first.login == "admin"
    assert table_rows(first.database_path) == newer_rows
    assert {sha for sha, _ in first.scans} == set(newer_scans)
    # Its own backup folder (the setting) was used: the one the restored backup is in.
    assert first.root == made.root
    # The target is the backup now; the later scans are gone from its folder, nothing else is beside it.
    assert without_backup_settings(table_rows(scanned.path)) == without_backup_settings(table_rows(made.database_path))
    assert set(scan_files(scanned.store.root)) == {sha for sha, _ in made.scans}
    assert [n for n in names(scanned.path.parent) if n.startswith((".", "dossiers"))] == [
        "dossiers.db",
        "dossiers.db-attachments",
    ]
    # And back again: the copy made before the restore restores the later state.
    safety.restore(first.folder, scanned.path, "admin", PASSWORD, replace=True)
    assert without_backup_settings(table_rows(scanned.path)) == without_backup_settings(newer_rows)


def _target_files(folder: Path) -> dict[str, bytes]:
    """The target's own names and any temporary one beside it (a backup folder beside it may gain a backup)."""
    return {k: v for k, v in _contents(folder).items() if k.startswith(("dossiers.db", "."))}


def test_a_file_a_window_has_open_is_not_replaced_and_the_message_says_who(
    scanned: Desk, made: safety.BackupInfo
) -> None:
    """The window's lock record beside the file: refused before anything is done, naming the person and PC."""
    scanned.close()
    lock = FileLock.claim(scanned.path, login="clerk", user="王小明")
    try:
        before = _target_files(scanned.path.parent)
        backups_before = safety.list_backups(made.root)
        with pytest.raises(FileInUse) as info:
            safety.restore(made.folder, scanned.path, "admin", PASSWORD, replace=True)
        assert "王小明 (clerk)" in str(info.value)
        assert _target_files(scanned.path.parent) == before | {"dossiers.db.lock": before["dossiers.db.lock"]}
        assert safety.list_backups(made.root) == backups_before  # not even the copy made first
    finally:
        lock.release()


def test_a_file_a_command_has_open_is_not_replaced(scanned: Desk, made: safety.BackupInfo) -> None:
    """A command keeps no lock record; its connection shows as SQLite's -wal beside the file, and once the copy
    made first has tidied away what a crash could have left, that means the file is open."""
    before = _target_files(scanned.path.parent)
    with pytest.raises(Conflict) as info:
        safety.restore(made.folder, scanned.path, "admin", PASSWORD, replace=True)
    assert "open in Dossier Desk or another program" in str(info.value)
    assert {k for k in _target_files(scanned.path.parent) if not k.startswith("dossiers.db-")} == {
        k for k in before if not k.startswith("dossiers.db-")
    }
    assert scanned.path.exists() and [n for n in names(scanned.path.parent) if n.startswith(".")] == []


def test_what_a_crash_left_beside_the_target_does_not_block_a_replace(
    scanned: Desk, made: safety.BackupInfo, clerk: Actor, tenant: MoveIn, tmp_path: Path
) -> None:
    """A -wal a killed program left (with changes in it) is no one's: the copy made first takes its changes in,
    then the replace goes ahead and the old -wal never meets the restored file."""
    import shutil

    add_scanned_documents(scanned, clerk, tenant, tmp_path / "late", 1, "late")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    # A snapshot of the open file with its -wal, as a program killed right now would leave it.
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{scanned.path}{suffix}")
        if source.exists():
            shutil.copy(source, crashed / f"dossiers.db{suffix}")
    shutil.copytree(scanned.store.root, crashed / "dossiers.db-attachments")
    target = crashed / "dossiers.db"
    assert Path(f"{target}-wal").exists()
    report = safety.restore(made.folder, target, "admin", PASSWORD, replace=True)
    assert report.safety_backup is not None
    first = safety.read_backup(report.safety_backup)
    assert first.rows("document") == made.rows("document") + 1  # the change that was only in the -wal
    assert not Path(f"{target}-wal").exists()
    assert without_backup_settings(table_rows(target)) == without_backup_settings(table_rows(made.database_path))


def test_a_file_locked_by_a_writer_counts_as_in_use(scanned: Desk, made: safety.BackupInfo, place: Path) -> None:
    target = place / "restored.db"
    safety.restore(made.folder, target, "admin", PASSWORD)
    assert not safety.target_in_use(target)
    with closing(sqlite3.connect(target, isolation_level=None)) as writer:
        writer.execute("BEGIN IMMEDIATE")
        assert safety.target_in_use(target)
        writer.execute("ROLLBACK")


def test_something_else_under_the_target_name_is_never_replaced(made: safety.BackupInfo, place: Path) -> None:
    target = place / "letter.db"
    target.write_bytes(b"not a database at all")
    with pytest.raises(Conflict) as info:
        safety.restore(made.folder, target, "admin", PASSWORD, replace=True)
    assert "not a Dossier Desk database" in str(info.value)
    assert target.read_bytes() == b"not a database at all"


def test_a_backup_from_a_newer_program_is_refused(made: safety.BackupInfo, place: Path) -> None:
    copy = made.database_path
    with closing(sqlite3.connect(copy)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
        conn.commit()
    rewrite_manifest(
        made.folder,
        {"schema_revision": "0099", "database.sha256": file_sha256(copy), "database.size": copy.stat().st_size},
    )
    with pytest.raises(DatabaseUnusable) as info:
        safety.restore(made.folder, place / "restored.db", "admin", PASSWORD)
    assert "newer version" in str(info.value)
    assert names(place) == []


def _old_database(path: Path) -> None:
    """A file of schema 0005 (before the shared settings) with an administrator, as an old program made it."""
    engine = make_engine(path)
    try:
        with engine.begin() as conn:
            from alembic import command

            command.upgrade(alembic_config(conn), "0005")
    finally:
        engine.dispose()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(
            "INSERT INTO user (login, display_name, role, password_hash, active) VALUES (?, ?, ?, ?, 1)",
            ("admin", "管理员", "admin", users.password_hasher.hash(PASSWORD)),
        )
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.commit()


def test_a_backup_from_an_older_schema_is_upgraded_after_restoring(tmp_path: Path, place: Path) -> None:
    old = tmp_path / "old" / "old.db"
    old.parent.mkdir()
    _old_database(old)
    with backup_folder_lock(tmp_path / "backups"):
        backup, _copied = make_backup(
            old, tmp_path / "backups", made_at=NOW, login="admin", name="", database_id="", reason="manual"
        )
    assert backup.schema_revision == "0005"
    target = place / "restored.db"
    report = safety.restore(backup.folder, target, "admin", PASSWORD)
    assert report.upgraded_from == "0005"
    with closing(sqlite3.connect(target)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    assert names(place) == ["restored.db"]  # no pre-upgrade copy of the staging file beside it
    with Desk.open(target, clock=fixed_clock) as desk:
        assert safety.check_database(desk) == []
        with desk.work(users.log_in(desk, "admin", PASSWORD)) as work:
            assert settings.backup_settings(work).folder is None


def test_a_damaged_backup_is_refused_and_nothing_is_left(made: safety.BackupInfo, place: Path) -> None:
    scan = sorted((made.root / "attachments").glob("??/*"))[0]
    scan.chmod(stat.S_IRUSR | stat.S_IWUSR)
    scan.write_bytes(b"bit rot")
    with pytest.raises(safety.BackupFailed) as info:
        safety.restore(made.folder, place / "restored.db", "admin", PASSWORD)
    assert "damaged" in str(info.value) and scan.name in str(info.value)
    assert names(place) == []


def test_a_changed_database_copy_is_refused(made: safety.BackupInfo, place: Path) -> None:
    with closing(sqlite3.connect(made.database_path)) as conn:
        # A customer's details edited in the copy (a plain DELETE of an empty table once changed the file only by
        # SQLite's truncate shortcut, which triggers switch off).
        assert conn.execute("UPDATE customer SET notes = '改过'").rowcount > 0
        conn.commit()
    with pytest.raises(safety.BackupFailed) as info:
        safety.restore(made.folder, place / "restored.db", "admin", PASSWORD)
    assert "damaged" in str(info.value)
    assert names(place) == []


@pytest.mark.parametrize(
    "change",
    [
        {"scans.files": [{"sha256": "../../etc/hostname", "size": 1}]},
        {"database.file": "../../outside.db"},
        {"format_version": "one"},
    ],
)
def test_a_tampered_manifest_is_not_a_backup(made: safety.BackupInfo, place: Path, change: dict[str, object]) -> None:
    rewrite_manifest(made.folder, change)
    with pytest.raises(safety.BackupFailed) as info:
        safety.read_backup(made.folder)
    assert "not a readable Dossier Desk backup" in str(info.value)


def test_the_backup_folder_itself_is_no_backup(made: safety.BackupInfo) -> None:
    with pytest.raises(NotFound) as info:
        safety.read_backup(made.root)
    assert "choose one of the dated folders" in str(info.value)


def test_read_backup_tells_date_who_counts_and_schema(made: safety.BackupInfo, scanned: Desk) -> None:
    info = safety.read_backup(made.folder)
    assert (info.made_at, info.login, info.name) == (NOW, "clerk", "王小明")
    assert info.rows("document") == 6 and info.rows("unit") == 16 and len(info.scans) == 5
    assert info.schema_revision == head_revision() and safety.known_schema(info.schema_revision)


# -- a failure half-way -----------------------------------------------------------------------------------------------


def _fail_on_call(monkeypatch: pytest.MonkeyPatch, name: str, call: int) -> None:
    real = getattr(restore_module, name)
    calls = [0]

    def failing(*args: object, **kwargs: object) -> object:
        calls[0] += 1
        if calls[0] == call:
            raise RuntimeError("power cut")
        return real(*args, **kwargs)

    monkeypatch.setattr(restore_module, name, failing)


def test_a_failure_while_copying_scans_leaves_a_new_target_absent(
    made: safety.BackupInfo, place: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fail_on_call(monkeypatch, "copy_verified", 4)  # the database copy, then two scans, then the power cut
    with pytest.raises(RuntimeError):
        safety.restore(made.folder, place / "restored.db", "admin", PASSWORD)
    assert names(place) == []


@pytest.mark.parametrize(("step", "call"), [("copy_verified", 3), ("_rename", 1)])
def test_a_failure_in_the_middle_of_a_replace_leaves_the_target_as_it_was(
    scanned: Desk, made: safety.BackupInfo, monkeypatch: pytest.MonkeyPatch, step: str, call: int
) -> None:
    """Two scans lost from the file's folder (a reason to restore): the restore puts them back, and a failure
    while copying them or at the rename that puts the database in place leaves file and folder as they were."""
    folder = scanned.path.parent
    scanned.close()
    for lost in sorted(scanned.store.root.glob("??/*"))[:2]:
        lost.chmod(stat.S_IRUSR | stat.S_IWUSR)
        lost.unlink()
    before = _target_files(folder)
    _fail_on_call(monkeypatch, step, call)  # copy_verified: 1 the database, 2 a lost scan, 3 the other one
    with pytest.raises(RuntimeError):
        safety.restore(made.folder, scanned.path, "admin", PASSWORD, replace=True)
    assert _target_files(folder) == before
    assert [n for n in names(folder) if n.startswith(".")] == []


def test_a_replace_puts_lost_scans_back_and_takes_out_those_only_the_old_file_needed(
    scanned: Desk, made: safety.BackupInfo, clerk: Actor, tenant: MoveIn, tmp_path: Path
) -> None:
    add_scanned_documents(scanned, clerk, tenant, tmp_path / "later", 1, "later")
    later = set(scan_files(scanned.store.root)) - {sha for sha, _ in made.scans}
    lost = sorted(scanned.store.root.glob("??/*"))[0]
    if lost.name in later:
        lost = sorted(scanned.store.root.glob("??/*"))[1]
    lost.chmod(stat.S_IRUSR | stat.S_IWUSR)
    lost.write_bytes(b"damaged")  # a scan gone bad: the restore's copy replaces it
    scanned.close()
    report = safety.restore(made.folder, scanned.path, "admin", PASSWORD, replace=True)
    assert scan_files(scanned.store.root) == {sha: sha for sha, _ in made.scans}
    assert report.leftovers == ()
    first = safety.read_backup(report.safety_backup)  # type: ignore[arg-type]
    assert later <= {sha for sha, _ in first.scans}  # the scan only the old file needed is in its backup


def test_a_full_disk_during_a_restore_says_so(
    made: safety.BackupInfo, place: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    real = restore_module.copy_verified

    def full(source: Path, target: Path, sha256: str, **kw: bool) -> int:
        if target.suffix != ".db":
            raise OSError(errno.ENOSPC, "No space left on device", str(target))
        return real(source, target, sha256, **kw)

    monkeypatch.setattr(restore_module, "copy_verified", full)
    target = place / "restored.db"
    with pytest.raises(safety.BackupFailed) as info:
        safety.restore(made.folder, target, "admin", PASSWORD)
    assert "is full" in str(info.value) and "unchanged" in str(info.value)
    assert names(place) == []


def test_cancel_leaves_nothing(made: safety.BackupInfo, place: Path) -> None:
    steps: list[int] = []
    with pytest.raises(safety.BackupCancelled):
        safety.restore(
            made.folder,
            place / "restored.db",
            "admin",
            PASSWORD,
            progress=lambda done, _total: steps.append(done),
            cancelled=lambda: len(steps) >= 3,
        )
    assert names(place) == []


def test_a_copy_restored_beside_the_original_is_a_record_of_its_own(
    scanned: Desk, made: safety.BackupInfo, place: Path
) -> None:
    """Its backups into the same folder never rotate the original's away; a file restored in place stays itself."""

    def identity(path: Path) -> str:
        with closing(sqlite3.connect(path)) as conn:
            return str(conn.execute("SELECT value FROM setting WHERE key = 'database.id'").fetchone()[0])

    copy = place / "restored.db"
    safety.restore(made.folder, copy, "admin", PASSWORD)
    assert identity(copy) != made.database_id == identity(scanned.path)
    scanned.close()
    safety.restore(made.folder, scanned.path, "admin", PASSWORD, replace=True)
    assert identity(scanned.path) == made.database_id


def test_a_file_with_lost_scans_can_still_be_replaced_and_its_copy_keeps_what_it_had(
    scanned: Desk, made: safety.BackupInfo, clerk: Actor, tenant: MoveIn, tmp_path: Path, place: Path
) -> None:
    """What one restores over is often a file whose scans got lost: the copy made first takes it as it is and
    names the scans it lacked, instead of refusing (rotation never removes such a copy)."""
    add_scanned_documents(scanned, clerk, tenant, tmp_path / "later", 2, "later")
    later = sorted(set(scan_files(scanned.store.root)) - {sha for sha, _ in made.scans})
    gone, damaged = (scanned.store.local_path(sha) for sha in later)
    for path in (gone, damaged):
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    gone.unlink()
    damaged.write_bytes(b"bit rot")
    before_rows = table_rows(scanned.path)
    scanned.close()
    report = safety.restore(made.folder, scanned.path, "admin", PASSWORD, replace=True)
    assert report.safety_backup is not None
    first = safety.read_backup(report.safety_backup)
    assert first.lacking == tuple(sorted(later))
    assert table_rows(first.database_path) == before_rows
    # Restored as a new file, that copy is the file as it was: every row, every scan but the two it lacked.
    again = place / "as it was.db"
    safety.restore(first.folder, again, "admin", PASSWORD)
    assert set(scan_files(attachments_folder_for(again))) == {sha for sha, _ in first.scans}
    assert without_backup_settings(table_rows(again)) == without_backup_settings(before_rows)
