"""Settings every desk shares (the backup folder, automatic backups, the warning, the last verified backup)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app import settings
from app.desk import Actor, Desk
from app.errors import PermissionDenied, ValidationError
from tests.conftest import NOW


def test_defaults_before_anything_is_chosen(desk: Desk, clerk: Actor) -> None:
    with desk.work(clerk) as work:
        chosen = settings.backup_settings(work)
        assert chosen == settings.BackupSettings(folder=None, automatic=True, warn_after_days=3)
        assert settings.last_backup(work) is None


@pytest.mark.parametrize("login", ["admin", "manager"])
def test_administrator_and_manager_choose_the_backup_folder(desk: Desk, login: str, tmp_path: Path) -> None:
    from app.people import log_in
    from tests.conftest import PASSWORD

    actor = log_in(desk, login, PASSWORD)
    with desk.work(actor) as work:
        saved = settings.change_backup_settings(work, folder=tmp_path / "备份 盘", automatic=False, warn_after_days=7)
    assert saved == settings.BackupSettings(tmp_path / "备份 盘", False, 7)
    with desk.work(None) as work:  # every desk (and the command line) reads the same
        assert settings.backup_settings(work) == saved


def test_a_clerk_may_not_change_them_and_nothing_is_written(desk: Desk, clerk: Actor, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied), desk.work(clerk) as work:
        settings.change_backup_settings(work, folder=tmp_path, automatic=True, warn_after_days=3)
    with desk.work(clerk) as work:
        assert settings.backup_settings(work).folder is None


@pytest.mark.parametrize(
    ("folder", "days", "field"),
    [
        ("backups", 3, "backup.folder"),  # relative: would depend on where a command is run
        ("", 0, "backup.warn_after_days"),
        ("", 366, "backup.warn_after_days"),
        ("/" + "x" * 1001, 3, "backup.folder"),
    ],
)
def test_bad_values_are_refused(desk: Desk, admin: Actor, folder: str, days: int, field: str) -> None:
    with pytest.raises(ValidationError) as info, desk.work(admin) as work:
        settings.change_backup_settings(work, folder=folder, automatic=True, warn_after_days=days)
    assert info.value.field == field


@pytest.mark.file_only("the scans folder beside a database file")
def test_the_scans_folder_of_the_database_is_no_backup_folder(desk: Desk, admin: Actor) -> None:
    inside = desk.store.root / "backup"
    with pytest.raises(ValidationError) as info, desk.work(admin) as work:
        settings.set_backup_folder(work, inside)
    assert "scans folder" in str(info.value)


def test_an_empty_folder_clears_it(desk: Desk, admin: Actor, tmp_path: Path) -> None:
    with desk.work(admin) as work:
        settings.set_backup_folder(work, tmp_path)
        settings.change_backup_settings(work, folder="  ", automatic=True, warn_after_days=3)
        assert settings.backup_settings(work).folder is None


def test_last_backup_is_recorded_with_who_and_where(desk: Desk, clerk: Actor, tmp_path: Path) -> None:
    made = settings.LastBackup(NOW, tmp_path / "2026-06-15_103000_dossiers", "clerk", "王小明")
    with desk.work(clerk) as work:
        settings.record_last_backup(work, made)
    with desk.work(None) as work:
        assert settings.last_backup(work) == made


def test_a_hand_edited_value_falls_back_to_the_default(desk: Desk, admin: Actor) -> None:
    from db.models import Setting

    with desk.work(admin) as work:
        work.session.add(Setting(key=settings.BACKUP_WARN_AFTER_DAYS, value="soon", updated_at=dt.datetime(2026, 1, 1)))
        work.session.add(Setting(key=settings.LAST_BACKUP_AT, value="yesterday", updated_at=dt.datetime(2026, 1, 1)))
        work.session.add(Setting(key=settings.LAST_BACKUP_FOLDER, value="/x", updated_at=dt.datetime(2026, 1, 1)))
    with desk.work(admin) as work:
        assert settings.backup_settings(work).warn_after_days == settings.DEFAULT_WARN_AFTER_DAYS
        assert settings.last_backup(work) is None


def test_the_database_id_is_made_once(desk: Desk, clerk: Actor) -> None:
    with desk.work(clerk) as work:
        first = settings.database_id(work)
    with desk.work(clerk) as work:
        assert settings.database_id(work) == first
    assert len(first) == 32
