"""``check --repair``: what does not belong in the attachment folder moves to a quarantine beside it, never deleted.

Only what no attachment refers to is moved: orphans (copies an interrupted save left behind) and strays
(unreferenced scans, files and folders the store never makes). A missing, altered or linked scan is not
"repaired" here: the remedy for those is a backup, and the check says so.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.desk import Work
from app.permissions import Action
from app.safety.check import Finding
from db import search_index
from db.attachment_store import EntryKind, valid_hash
from db.models import Attachment, Document, Specimen

# A scan being saved by another desk is first an .incoming-* copy, then a file under its hash, and is
# referenced only when that desk commits. Files this young are left alone, so a repair never takes a
# scan from under a save in progress.
SETTLE_SECONDS = 10 * 60
_MOVED = frozenset({EntryKind.INCOMING, EntryKind.UNREFERENCED, EntryKind.WRONG_FOLDER, EntryKind.UNKNOWN})
_IN_FLIGHT = frozenset({EntryKind.INCOMING, EntryKind.UNREFERENCED})


@dataclass(frozen=True)
class RepairReport:
    quarantine: Path | None  # the folder the files were moved to (None when nothing moved)
    moved: tuple[str, ...]  # their paths inside the attachment folder
    made_read_only: int  # stored scans whose write permission was taken away again (R9)
    left: tuple[Finding, ...]  # what was left as it was, and why: "recent", "not_moved" or "not_read_only"


def rebuild_search_index(work: Work) -> int:
    """Make the search index again from the records (``check`` found it stale); returns its number of entries."""
    work.require(Action.REPAIR_FILES)
    return search_index.rebuild(work.session.connection())


def repair_attachments(work: Work) -> RepairReport:
    """Move orphans and strays to a new dated folder of the quarantine; make writable scans read-only."""
    work.require(Action.REPAIR_FILES)
    store = work.store
    # issue 12: destruction — a scan only destroyed documents name (R15) should be gone: a leftover is a stray.
    named = (
        select(Attachment.sha256)
        .outerjoin(Document, Document.id == Attachment.document_id)
        .where(Document.destroyed_at.is_(None))
    )
    referenced = {sha for sha in work.session.scalars(named.distinct()) if valid_hash(sha)}
    # issue 20: the specimens of signatures and seals are scans as well, never strays
    referenced |= {sha for sha in work.session.scalars(select(Specimen.sha256).distinct()) if valid_hash(sha)}
    folder = _new_quarantine_folder(store.quarantine_root, work.now.strftime("%Y%m%d-%H%M%S"))
    moved: list[str] = []
    left: list[Finding] = []
    now = time.time()  # the files' own clock (the desk's clock may be a test's fixed time)
    for entry in store.survey(referenced):
        if entry.kind not in _MOVED:
            continue
        if entry.kind in _IN_FLIGHT and now - entry.modified < SETTLE_SECONDS:
            left.append(
                Finding(
                    "recent",
                    f"{entry.path}: changed less than {SETTLE_SECONDS // 60} minutes ago, it may be a scan another "
                    "desk is saving right now; left in place (run check --repair again later)",
                    str(entry.path),
                )
            )
            continue
        try:
            store.quarantine(entry.path, folder)
        except OSError as exc:
            left.append(Finding("not_moved", f"{entry.path}: not moved ({exc.strerror or exc})", str(entry.path)))
            continue
        moved.append(entry.path.relative_to(store.root).as_posix())
    read_only = 0
    for sha in sorted(referenced):
        try:
            read_only += store.make_read_only(sha)
        except OSError as exc:
            path = store.local_path(sha)
            reason = exc.strerror or exc
            left.append(Finding("not_read_only", f"{path}: could not be made read-only ({reason})", str(path)))
    if moved or read_only:
        details = {"quarantine": str(folder) if moved else None, "moved": moved, "made_read_only": read_only}
        work.log(None, "attachments", None, "repair", details)
    return RepairReport(folder if moved else None, tuple(moved), read_only, tuple(left))


def _new_quarantine_folder(root: Path, stamp: str) -> Path:
    """A folder name not used yet (two repairs in one second get -2, -3 …); created only when a file moves."""
    folder, n = root / stamp, 1
    while folder.exists():
        n += 1
        folder = root / f"{stamp}-{n}"
    return folder
