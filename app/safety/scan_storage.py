"""Where a database on a server keeps its scans: in the database itself (the default) or in a shared folder.

Every desk must agree, so the choice is a shared setting in the database (db/blob_store.py reads it at each unit of
work). A file desk's scans are always in the folder beside the file. Changing the place is the administrator's, and
is refused while scans are kept in the current place: they would not be found in the new one, and moving them is not
something this version does.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.desk import Work
from app.errors import Conflict, ValidationError
from app.permissions import Action
from app.settings import MAX_FOLDER_LENGTH, store
from app.text import QT_TRANSLATE_NOOP
from db import blob_store
from db.attachment_store import FolderAttachmentStore


@dataclass(frozen=True)
class ScanPlace:
    in_folder: bool  # False: in the database itself
    folder: Path | None  # the shared folder, when ``in_folder``
    on_server: bool  # a file desk's scans are always beside the file: nothing to choose
    in_database: int  # how many scans the database itself holds now


def scan_place(work: Work) -> ScanPlace:
    work.require_read()
    conn = work.session.connection()
    kind, folder = blob_store.chosen_place(conn)
    return ScanPlace(
        in_folder=kind == blob_store.IN_FOLDER,
        folder=Path(folder) if folder else None,
        on_server=conn.dialect.name == "postgresql",
        in_database=blob_store.count_in_database(conn),
    )


def change_scan_place(work: Work, *, in_folder: bool, folder: Path | str | None = None) -> ScanPlace:
    """Keep the scans in the database (``in_folder`` False) or in ``folder``, a shared folder every desk reaches."""
    work.require(Action.CONFIGURE_SCANS)
    current = scan_place(work)
    if not current.on_server:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "app",
                "The scans of a dossier file are always kept in the folder beside it; this setting is for a "
                "database on a server.",
            )
        )
    chosen = _shared_folder(folder) if in_folder else None
    if chosen == current.folder and in_folder == current.in_folder:
        return current
    _refuse_if_scans_would_be_left(current)
    store(work, blob_store.STORE_SETTING, blob_store.IN_FOLDER if in_folder else blob_store.IN_DATABASE)
    store(work, blob_store.FOLDER_SETTING, str(chosen) if chosen is not None else "")
    work.log(
        None,
        "setting",
        None,
        "scan_place",
        {"store": blob_store.IN_FOLDER if in_folder else blob_store.IN_DATABASE, "folder": str(chosen or "")},
    )
    return scan_place(work)


def _shared_folder(folder: Path | str | None) -> Path:
    text = str(folder or "").strip()
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Choose the shared folder the scans are to be kept in."), field="scans.folder"
        )
    if len(text) > MAX_FOLDER_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} is too long ({length} characters, at most {limit})."),
            field="scans.folder",
            length=len(text),
            limit=MAX_FOLDER_LENGTH,
        )
    path = Path(text)
    if not path.is_absolute():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app",
                "The scans folder must be a full path every desk reaches (such as \\\\server\\scans), not “{path}”.",
            ),
            field="scans.folder",
            path=text,
        )
    if not path.is_dir():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app", "The folder {path} cannot be reached from this desk; every desk must reach the scans folder."
            ),
            field="scans.folder",
            path=text,
        )
    return path


def _refuse_if_scans_would_be_left(current: ScanPlace) -> None:
    """Nothing is moved: a change is refused while the current place holds scans (they would seem lost)."""
    if not current.in_folder:
        if current.in_database:
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "app",
                    "The database already keeps scans ({count}); they would not be found in a folder, so the place was "
                    "not changed. Moving scans is not something this version does.",
                ),
                field="scans.folder",
                count=current.in_database,
            )
        return
    assert current.folder is not None
    if not current.folder.is_dir():
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "app",
                "The scans folder {folder} cannot be reached from this desk, so it cannot be told whether it holds "
                "scans; the place was not changed.",
            ),
            field="scans.folder",
            folder=str(current.folder),
        )
    kept = len(FolderAttachmentStore(current.folder).hashes())
    if kept:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "app",
                "The scans folder {folder} already holds scans ({count}); they would not be found in the new place, so "
                "the place was not changed. Moving scans is not something this version does.",
            ),
            field="scans.folder",
            folder=str(current.folder),
            count=kept,
        )
