"""Settings every desk and the command line share, kept in the database's ``setting`` table.

Two desks on one file and the ``dossier-desk`` command must agree on where backups go and when the last
verified one was made, so these live in the record itself (ARCHITECTURE.md, "Where settings live"). Per-PC
preferences (window geometry, language, recent files, card size) stay in QSettings.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.desk import Work
from app.errors import ValidationError
from app.permissions import Action
from app.text import QT_TRANSLATE_NOOP
from app.validation import whole_number
from db.attachment_store import FolderAttachmentStore
from db.models import Setting

BACKUP_FOLDER = "backup.folder"
BACKUP_AUTOMATIC = "backup.automatic"
BACKUP_WARN_AFTER_DAYS = "backup.warn_after_days"
LAST_BACKUP_AT = "backup.last.at"
LAST_BACKUP_FOLDER = "backup.last.folder"
LAST_BACKUP_LOGIN = "backup.last.login"
LAST_BACKUP_NAME = "backup.last.name"
DATABASE_ID = "database.id"

DEFAULT_WARN_AFTER_DAYS = 3
MAX_WARN_AFTER_DAYS = 365
MAX_FOLDER_LENGTH = 1000  # Windows allows long paths (\\?\); anything longer is a typing accident


@dataclass(frozen=True)
class BackupSettings:
    folder: Path | None  # None: not chosen yet, so no automatic backup can run
    automatic: bool  # on the first start of each day and on exit
    warn_after_days: int  # the window warns when the last verified backup is older


@dataclass(frozen=True)
class LastBackup:
    """The newest backup that was written and verified completely: when, where, by whom."""

    at: dt.datetime
    folder: Path  # the backup's own dated folder
    login: str
    name: str


def stored(work: Work, key: str) -> str | None:
    """A shared setting's stored text, or None; for the rooms that keep settings of their own (archive)."""
    row = work.session.get(Setting, key)
    return row.value if row is not None else None


def store(work: Work, key: str, value: str) -> None:
    """Keep a shared setting; the caller has checked the right to change it (``work.require``)."""
    row = work.session.get(Setting, key)
    if row is None:
        work.session.add(Setting(key=key, value=value, updated_at=work.now))
    elif row.value != value:
        row.value = value
        row.updated_at = work.now


def hold_settings(work: Work, prefix: str) -> None:
    """Lock the stored settings whose keys start with ``prefix`` until this unit of work ends (``FOR UPDATE``; on a
    file the write lock is held already): a form that compares them with what it read and then saves is not
    overtaken between the two by another desk's save. A setting stored for the first time by two desks at once is
    refused at the second by its key (a ``ChangedMeanwhile`` on a server)."""
    work.session.execute(select(Setting.key).where(Setting.key.startswith(prefix)).with_for_update()).all()


def _remove(work: Work, key: str) -> None:
    row = work.session.get(Setting, key)
    if row is not None:
        work.session.delete(row)


def _whole(text: str | None, default: int, low: int, high: int) -> int:
    """A stored number, or the default when missing or unreadable (a hand-edited row must not stop the desk)."""
    try:
        value = int(text) if text is not None else default
    except ValueError:
        return default
    return value if low <= value <= high else default


def backup_settings(work: Work) -> BackupSettings:
    work.require_read()
    folder = stored(work, BACKUP_FOLDER)
    return BackupSettings(
        folder=Path(folder) if folder else None,
        automatic=stored(work, BACKUP_AUTOMATIC) != "0",  # on unless turned off (R16: back up regularly)
        warn_after_days=_whole(stored(work, BACKUP_WARN_AFTER_DAYS), DEFAULT_WARN_AFTER_DAYS, 1, MAX_WARN_AFTER_DAYS),
    )


def backup_folder(work: Work, folder: Path | str | None) -> Path | None:
    """Check a backup folder as typed: a full path, not inside this database's own scans folder."""
    return checked_folder(work, folder, "backup.folder")


def checked_folder(work: Work, folder: Path | str | None, field: str) -> Path | None:
    """A folder setting as typed (None: left empty): a full path, not inside this database's own scans folder;
    ``field`` names the setting in the message."""
    text = str(folder or "").strip()
    if not text:
        return None
    if len(text) > MAX_FOLDER_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} is too long ({length} characters, at most {limit})."),
            field=field,
            length=len(text),
            limit=MAX_FOLDER_LENGTH,
        )
    path = Path(text).expanduser()
    if not path.is_absolute():
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be a full path (with its drive or starting at /), not “{path}”."),
            field=field,
            path=text,
        )
    chosen = path.resolve()
    # Scans kept in a server database have no folder here to keep apart from.
    scans = work.store.root.resolve() if isinstance(work.store, FolderAttachmentStore) else None
    if scans is not None and (chosen == scans or scans in chosen.parents):
        # `check` would find the backup's (or the inbox's) files as strays among the scans, and a lost disk takes both.
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must not be inside the database's own scans folder {scans}."),
            field=field,
            scans=str(scans),
        )
    return path


def forget(work: Work, key: str) -> None:
    """Remove a shared setting (it takes its default again); for the rooms that keep settings of their own."""
    _remove(work, key)


def change_backup_settings(
    work: Work, *, folder: Path | str | None, automatic: bool, warn_after_days: int
) -> BackupSettings:
    """Save where backups go, whether they run by themselves, and when the window warns."""
    work.require(Action.CONFIGURE_BACKUP)
    checked = backup_folder(work, folder)
    whole_number(warn_after_days, "backup.warn_after_days", 1, MAX_WARN_AFTER_DAYS)
    if checked is None:
        _remove(work, BACKUP_FOLDER)
    else:
        store(work, BACKUP_FOLDER, str(checked))
    store(work, BACKUP_AUTOMATIC, "1" if automatic else "0")
    store(work, BACKUP_WARN_AFTER_DAYS, str(warn_after_days))
    return backup_settings(work)


def set_backup_folder(work: Work, folder: Path | str) -> BackupSettings:
    """Only the folder (``dossier-desk backup --to DIR`` saves the folder it was given)."""
    work.require(Action.CONFIGURE_BACKUP)
    current = backup_settings(work)
    return change_backup_settings(
        work, folder=folder, automatic=current.automatic, warn_after_days=current.warn_after_days
    )


def last_backup(work: Work) -> LastBackup | None:
    work.require_read()
    at, folder = stored(work, LAST_BACKUP_AT), stored(work, LAST_BACKUP_FOLDER)
    if not at or not folder:
        return None
    try:
        when = dt.datetime.fromisoformat(at)
    except ValueError:
        return None
    return LastBackup(when, Path(folder), stored(work, LAST_BACKUP_LOGIN) or "", stored(work, LAST_BACKUP_NAME) or "")


def record_last_backup(work: Work, backup: LastBackup) -> None:
    """Remember a backup that was written and verified (the window's warning and the daily backup read it)."""
    work.require(Action.BACK_UP)
    store(work, LAST_BACKUP_AT, backup.at.isoformat(sep=" ", timespec="seconds"))
    store(work, LAST_BACKUP_FOLDER, str(backup.folder))
    store(work, LAST_BACKUP_LOGIN, backup.login)
    store(work, LAST_BACKUP_NAME, backup.name)


def database_id(work: Work) -> str:
    """This record's identity, made on its first backup: backups of two files in one folder are rotated apart.

    It survives renaming or moving the file and is carried into a restored copy, whose backups then rotate
    with the ones they continue.
    """
    work.require(Action.BACK_UP)
    known = stored(work, DATABASE_ID)
    if known:
        return known
    made = uuid.uuid4().hex
    store(work, DATABASE_ID, made)
    return made


def renew_database_id(work: Work) -> str:
    """A new identity for a record restored as a copy beside the original: the copy's backups in the same folder
    must never rotate the original's away."""
    work.require(Action.RESTORE)
    made = uuid.uuid4().hex
    store(work, DATABASE_ID, made)
    return made
