"""Helpers of the backup and restore tests: a database with scans, whole-table contents, the scans on disk."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from app.desk import Actor, Desk
from app.dossier import documents
from app.dossier.documents import DocumentInput
from app.safety.copying import file_sha256
from app.tenancy.lifecycle import MoveIn
from tests.unit.unit_support import make_image, make_pdf


def add_scanned_documents(desk: Desk, clerk: Actor, tenant: MoveIn, folder: Path, count: int, tag: str) -> None:
    """``count`` documents with one scan each, every scan different (``tag`` keeps batches apart)."""
    folder.mkdir(parents=True, exist_ok=True)
    with desk.work(clerk) as work:
        for n in range(count):
            scan = make_pdf(folder / f"{tag}-{n}.pdf", pages=1, text=f"{tag} {n}")
            documents.add_document(
                work, tenant.dossier_id, DocumentInput("correspondence", dt.date(2026, 2, 1), f"函 {tag} {n}"), [scan]
            )


def add_shared_image(desk: Desk, clerk: Actor, tenant: MoveIn, folder: Path) -> None:
    """One image attached to two documents: stored (and backed up) once."""
    image = make_image(folder / "licence.png")
    with desk.work(clerk) as work:
        for title in ("营业执照", "营业执照副本"):
            documents.add_document(
                work, tenant.dossier_id, DocumentInput("move_in", dt.date(2026, 1, 5), title), [image]
            )


def table_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a stable order (read without changing the file)."""
    with closing(sqlite3.connect(path)) as conn:
        names = [
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")
        ]
        return {name: sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr) for name in names}


def referenced_hashes(path: Path) -> set[str]:
    """Every scan the record uses: the documents' attachments and (issue 20) the signature and seal specimens."""
    with closing(sqlite3.connect(path)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        found = {r[0] for r in conn.execute("SELECT sha256 FROM attachment")}
        if "specimen" in tables:
            found |= {r[0] for r in conn.execute("SELECT sha256 FROM specimen")}
        return found


def scan_files(folder: Path) -> dict[str, str]:
    """Each scan file in a content-addressed folder: its name and the SHA-256 of its bytes."""
    if not folder.is_dir():
        return {}
    return {p.name: file_sha256(p) for p in folder.glob("??/*") if p.is_file()}


def without_backup_settings(rows: dict[str, list[tuple[Any, ...]]]) -> dict[str, list[tuple[Any, ...]]]:
    """The rows but the settings a backup or restore writes besides the snapshot: the record of the last backup
    and the folder ``backup --to`` saves (after the snapshot), the identity a copy restored as a new file gets;
    and the audit lines of log-ins (a restore logs in to the backup's accounts, and that log-in is recorded)."""
    return {
        **rows,
        "setting": [r for r in rows.get("setting", []) if not str(r[0]).startswith(("backup.", "database.id"))],
        "change": [r for r in rows.get("change", []) if not (r[4] == "user" and r[6] in LOG_IN_ACTIONS)],
    }


LOG_IN_ACTIONS = ("log_in", "log_in_failed", "locked")


def rewrite_manifest(backup: Path, change: dict[str, Any]) -> None:
    manifest = backup / "manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    for key, value in change.items():
        node = data
        *parents, last = key.split(".")
        for parent in parents:
            node = node[parent]
        node[last] = value
    manifest.write_text(json.dumps(data), encoding="utf-8")


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []
