"""The file check: SQLite's own integrity, references, and every attachment present and unaltered."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, text

from app.desk import Desk
from db.attachment_store import BlobState
from db.models import Attachment, Document


@dataclass(frozen=True)
class Problem:
    kind: str  # "integrity" | "foreign_key" | "attachment_missing" | "attachment_altered"
    detail: str


def check_database(desk: Desk) -> list[Problem]:
    problems: list[Problem] = []
    with desk.engine.connect() as conn:
        for (line,) in conn.execute(text("PRAGMA integrity_check")):
            if line != "ok":
                problems.append(Problem("integrity", line))
        for row in conn.execute(text("PRAGMA foreign_key_check")):
            problems.append(Problem("foreign_key", f"table {row[0]} row {row[1]} → {row[2]}"))
        rows = conn.execute(
            select(Attachment.id, Attachment.sha256, Attachment.original_name, Document.dossier_id, Document.title)
            .join(Document, Attachment.document_id == Document.id)
            .order_by(Attachment.sha256)
        ).all()
    verdicts: dict[str, BlobState] = {}
    for att_id, sha, name, dossier_id, title in rows:
        state = verdicts.get(sha) or verdicts.setdefault(sha, desk.store.verify(sha))
        if state is not BlobState.OK:
            problems.append(
                Problem(
                    f"attachment_{state.value}",
                    f"attachment {att_id} “{name}” of document “{title}” (dossier {dossier_id}): "
                    f"{desk.store.local_path(sha)}",
                )
            )
    return problems
