"""A backup's manifest: what it holds, who made it and when, and every file's SHA-256.

A backup folder (the setting ``backup.folder``) holds one shared store of scans and one dated folder per backup:

    <folder>/attachments/ab/abcdef…        every scan any kept backup needs, once, read-only
    <folder>/2026-06-15_103000_dossiers/   one backup: the database copy and manifest.json

The manifest is read back by ``read_backup`` before anything is restored from it, so it is checked like any
other input: a hash becomes a file name only when it is 64 hex digits, the database file name is a plain name.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import NotFound
from app.safety.copying import BackupFailed
from app.text import QT_TRANSLATE_NOOP
from db.attachment_store import valid_hash

MANIFEST = "manifest.json"
SCANS = "attachments"
FORMAT = "dossier-desk-backup"
FORMAT_VERSION = 1
PARTIAL_PREFIX = ".partial-"  # a backup being built; never listed, removed by the next backup if left by a crash
REMOVING_PREFIX = ".removing-"  # a rotated backup on its way out

REASONS = ("manual", "automatic", "before_restore")
METHODS = ("file", "pg_dump", "logical_export")


@dataclass(frozen=True)
class BackupInfo:
    """One backup as its manifest describes it."""

    folder: Path
    made_at: dt.datetime
    login: str
    name: str
    reason: str  # "manual" | "automatic" | "before_restore" (the file a restore replaced)
    program_version: str
    schema_revision: str
    database_id: str
    database_name: str  # the file it was made from, e.g. dossiers.db
    source: str  # that file's full path then
    database_file: str  # the copy's name inside ``folder``
    database_sha256: str
    database_size: int
    tables: tuple[tuple[str, int], ...]  # rows per table, by table name
    scans: tuple[tuple[str, int], ...]  # (SHA-256, size) of every scan the database names
    lacking: tuple[str, ...] = ()  # scans the database names that its folder no longer had whole (see make_backup)
    # issue 11: the audit log's head in the copy (entries, newest hash): an anchor outside the file, so cutting off
    # the newest entries or rewriting the chain is found by check (None: a backup of a file without the chain).
    audit: tuple[int, str] | None = None
    # issue 12: destruction — scans of destroyed documents (R15) taken out of this backup by the rotation: the copy
    # still names them, a restore of it goes without them.
    destroyed: tuple[str, ...] = ()
    # issue 19: how the database was copied: "file" (SQLite's online backup of a file), or for a server database
    # "pg_dump" (PostgreSQL's custom-format dump) or "logical_export" (the program's own export into a dossier file,
    # where pg_dump was missing or refused: ``method_reason`` says why).
    method: str = "file"
    method_reason: str = ""

    @property
    def root(self) -> Path:
        """The backup folder this backup is in (its scans are in ``root / "attachments"``)."""
        return self.folder.parent

    @property
    def database_path(self) -> Path:
        return self.folder / self.database_file

    @property
    def scan_bytes(self) -> int:
        return sum(size for _sha, size in self.scans)

    @property
    def total_bytes(self) -> int:
        return self.database_size + self.scan_bytes

    def rows(self, table: str) -> int:
        return dict(self.tables).get(table, 0)


def manifest_json(info: BackupInfo) -> bytes:
    document = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "made_at": info.made_at.isoformat(timespec="seconds"),
        "made_by": {"login": info.login, "name": info.name},
        "reason": info.reason,
        "program_version": info.program_version,
        "schema_revision": info.schema_revision,
        "database": {
            "id": info.database_id,
            "name": info.database_name,
            "source": info.source,
            "file": info.database_file,
            "sha256": info.database_sha256,
            "size": info.database_size,
        },
        "tables": dict(info.tables),
        "scans": {
            "folder": f"../{SCANS}",
            "files": [{"sha256": sha, "size": size} for sha, size in info.scans],
            "lacking": list(info.lacking),
            "destroyed": list(info.destroyed),
        },
    }
    if info.method != "file":
        document["database"]["method"] = info.method
        document["database"]["method_reason"] = info.method_reason
    if info.audit is not None:
        document["audit"] = {"entries": info.audit[0], "head": info.audit[1]}
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _not_a_backup(folder: Path, detail: str) -> BackupFailed:
    return BackupFailed(
        QT_TRANSLATE_NOOP("app", "{folder} is not a readable Dossier Desk backup ({detail})."),
        folder=str(folder),
        detail=detail,
    )


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{what} is not text")
    return value


def _count(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{what} is not a count")
    return value


def _parse(folder: Path, document: Any) -> BackupInfo:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ValueError("not a Dossier Desk manifest")
    version = document.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ValueError("no format version")
    if version > FORMAT_VERSION:
        raise BackupFailed(
            QT_TRANSLATE_NOOP("app", "{folder} was made by a newer version of Dossier Desk; update the program."),
            folder=str(folder),
        )
    made_by = document["made_by"]
    database = document["database"]
    file_name = _text(database["file"], "database file")
    if not file_name or Path(file_name).name != file_name or file_name in {".", ".."}:
        raise ValueError("database file is not a plain file name")
    sha = _text(database["sha256"], "database hash")
    if not valid_hash(sha):
        raise ValueError("database hash is malformed")
    tables = document["tables"]
    if not isinstance(tables, dict):
        raise ValueError("tables are not a table of counts")
    scans: list[tuple[str, int]] = []
    for entry in document["scans"]["files"]:
        scan_sha = entry["sha256"]
        if not valid_hash(scan_sha):
            raise ValueError(f"malformed scan hash {str(scan_sha)[:80]!r}")
        scans.append((scan_sha, _count(entry["size"], "scan size")))
    lacking = document["scans"].get("lacking", [])
    if not isinstance(lacking, list) or not all(valid_hash(sha) for sha in lacking):
        raise ValueError("malformed list of lacking scans")
    destroyed = document["scans"].get("destroyed", [])
    if not isinstance(destroyed, list) or not all(valid_hash(sha) for sha in destroyed):
        raise ValueError("malformed list of destroyed scans")
    reason = _text(document.get("reason", "manual"), "reason")
    method = _text(database.get("method", "file"), "method")
    if method not in METHODS:
        raise ValueError(f"unknown backup method {method[:40]!r}")
    anchor = document.get("audit")
    audit = None
    if anchor is not None:
        head = _text(anchor["head"], "audit head")
        if len(head) != 64 or not valid_hash(head):
            raise ValueError("audit head is malformed")
        audit = (_count(anchor["entries"], "audit entries"), head)
    return BackupInfo(
        folder=folder,
        made_at=dt.datetime.fromisoformat(_text(document["made_at"], "date")),
        login=_text(made_by["login"], "login"),
        name=_text(made_by.get("name", ""), "name"),
        reason=reason if reason in REASONS else "manual",
        program_version=_text(document["program_version"], "program version"),
        schema_revision=_text(document["schema_revision"], "schema revision"),
        database_id=_text(database.get("id", ""), "database id"),
        database_name=_text(database["name"], "database name"),
        source=_text(database.get("source", ""), "source"),
        database_file=file_name,
        database_sha256=sha,
        database_size=_count(database["size"], "database size"),
        tables=tuple(sorted((_text(k, "table"), _count(v, f"rows of {k}")) for k, v in tables.items())),
        scans=tuple(scans),
        lacking=tuple(lacking),
        audit=audit,
        destroyed=tuple(destroyed),
        method=method,
        method_reason=_text(database.get("method_reason", ""), "method reason"),
    )


def read_backup(folder: Path) -> BackupInfo:
    """What a backup holds (date, who, counts, schema), read from its manifest; refuses anything else."""
    manifest = folder / MANIFEST
    if not manifest.is_file():
        if (folder / SCANS).is_dir() or any(p.is_dir() and (p / MANIFEST).is_file() for p in _children(folder)):
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "app", "{folder} is a backup folder, not one backup; choose one of the dated folders inside it."
                ),
                field="backup",
                folder=str(folder),
            )
        raise NotFound(
            QT_TRANSLATE_NOOP("app", "There is no backup in {folder} (it has no manifest.json)."),
            field="backup",
            folder=str(folder),
        )
    try:
        document = json.loads(manifest.read_text(encoding="utf-8"))
        return _parse(folder, document)
    except BackupFailed:
        raise
    except OSError as exc:
        raise _not_a_backup(folder, exc.strerror or str(exc)) from exc
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise _not_a_backup(folder, str(exc) or exc.__class__.__name__) from exc


def _children(folder: Path) -> list[Path]:
    try:
        return sorted(folder.iterdir())
    except OSError:
        return []


@dataclass(frozen=True)
class Shelf:
    """The backups in one backup folder, newest first, and the folders whose manifest is there but unreadable."""

    backups: tuple[BackupInfo, ...]
    unreadable: tuple[Path, ...]


def scan_folder(root: Path) -> Shelf:
    backups: list[BackupInfo] = []
    unreadable: list[Path] = []
    for child in _children(root):
        if child.name.startswith(".") or child.name == SCANS or not (child / MANIFEST).is_file():
            continue  # not a backup (a folder of the person's own, or one being built)
        try:
            backups.append(read_backup(child))
        except (NotFound, BackupFailed):
            unreadable.append(child)
    backups.sort(key=lambda b: (b.made_at, b.folder.name), reverse=True)
    return Shelf(tuple(backups), tuple(unreadable))


def list_backups(root: Path) -> list[BackupInfo]:
    """The backups in a backup folder, newest first (an empty list for a folder that is not there)."""
    return list(scan_folder(root).backups)
