"""Destruction end to end (R15) on a copy of the demo, decades ahead: what is due, the list, the manager's approval
(given in the window: here through the same app calls), the destruction, the scans gone from disk except one shared
with a kept document, tombstones in the archive search, the register printed, ``check`` passing afterwards, and a
backup made before the destruction no longer holding the scans after the next backup's rotation."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from app import archive, safety
from app.approvals import decide
from app.desk import Desk
from app.dossier import documents
from app.dossier.documents import DocumentInput
from app.people import log_in
from db.models import Attachment, Document, Dossier
from tests.e2e.conftest import DEMO_PASSWORD, copy_database
from tests.e2e.server_support import E2EDatabase
from tests.e2e.test_cli import run

AS_OF = dt.date(2070, 1, 1)
WITNESSES = ("赵监销", "钱监销")


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True)
    return "".join(out.stdout.split())


def _sha_of_first_scan(desk: Desk, dossier_id: int) -> tuple[str, str]:
    with desk.read(None) as work:
        row = work.session.execute(
            select(Attachment.sha256, Attachment.original_name)
            .join(Document, Document.id == Attachment.document_id)
            .where(Document.dossier_id == dossier_id)
            .order_by(Attachment.id)
            .limit(1)
        ).one()
    return row[0], row[1]


@pytest.mark.file_only("the scans leaving the folder beside the file and a file backup's rotation of them")
def test_destruction_end_to_end(small_demo: Path, tmp_path: Path) -> None:
    db = copy_database(small_demo, tmp_path / "F.db")
    folder = tmp_path / "backups"
    listed = run("destruction", "--db", db, "--as-of", AS_OF.isoformat(), "--json", "--user", "supervisor",
                 password=DEMO_PASSWORD)  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    shown = json.loads(listed.stdout)
    due = shown["due"]
    assert due and shown["lists"] == []
    assert all(d["retention"] in ("10y", "30y") for d in due)
    first, keep = due[0], due[-1]

    yesterday = dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=1)
    with Desk.open(db, clock=lambda: yesterday) as desk:
        admin = log_in(desk, "admin", DEMO_PASSWORD)
        before = safety.back_up(desk, admin, folder).backup  # a day old when the next one is made: kept by rotation
    with Desk.open(db) as desk:
        clerk, supervisor, manager = (log_in(desk, who, DEMO_PASSWORD) for who in ("clerk", "supervisor", "manager"))
        shared, name = _sha_of_first_scan(desk, first["dossier_id"])
        with desk.read(None) as work:
            own = sorted(
                set(
                    work.session.scalars(
                        select(Attachment.sha256)
                        .join(Document, Document.id == Attachment.document_id)
                        .where(Document.dossier_id == first["dossier_id"], Attachment.sha256 != shared)
                    )
                )
            )
        assert own, "the first due dossier has scans of its own"
        # A live tenant brings a copy of the very same scan: one file in the store, used by a kept document.
        copy = tmp_path / name
        copy.write_bytes(desk.store.local_path(shared).read_bytes())
        with desk.read(None) as work:
            live = work.session.scalar(select(Dossier.id).where(Dossier.status == "live").order_by(Dossier.id))
        assert live is not None
        with desk.work(clerk) as work:
            documents.add_document(work, live, DocumentInput("correspondence", dt.date(2026, 6, 1), "来函副本"), [copy])

        proposals = [archive.Proposal(d["dossier_id"]) for d in due if d is not keep]
        proposals.append(archive.Proposal(keep["dossier_id"], destroy=False, keep_until_year=2080, reason="诉讼未结"))
        with desk.work(supervisor) as work:
            made = archive.propose_destruction(work, AS_OF, proposals, "经鉴定，保管期限已满，无继续保存价值")
        assert made.approval_id is not None
        with desk.work(manager) as work:
            decide(work, made.approval_id, approve=True, countersigned=True)
        record, removal = archive.carry_out_destruction(desk, supervisor, made.id, WITNESSES)
        assert record.dossiers == len(due) - 1
        assert removal.left == () and removal.removed == len(record.scans)
        assert shared not in record.scans and set(own) <= set(record.scans)
        # The files are gone from the scans folder, but the one shared with the live tenant's document stays.
        assert all(not desk.store.local_path(sha).exists() for sha in record.scans)
        assert desk.store.local_path(shared).exists()
        # Tombstones: found by the archive search, marked destroyed, with the list.
        with desk.read(supervisor) as work:
            hits = archive.search_archive(work, first["file_number"])
            entries = archive.box_entries(work, hits[0].box_id)
        assert hits and hits[0].destroyed_at is not None and hits[0].destruction_list == made.number
        tomb = next(e for e in entries if e.dossier_id == first["dossier_id"])
        assert tomb.destroyed_at is not None and "已销毁" in tomb.notes and tomb.documents == first["documents"]

    again = json.loads(
        run(
            "destruction",
            "--db",
            db,
            "--as-of",
            AS_OF.isoformat(),
            "--json",
            "--user",
            "supervisor",
            password=DEMO_PASSWORD,
        ).stdout
    )
    assert again["due"] == []  # destroyed, or kept until 2080
    assert [x["state"] for x in again["lists"]] == ["destroyed"]

    register = tmp_path / "register.pdf"
    printed = run("print", "destruction-register", "--db", db, "--list", made.number, "-o", register,
                  "--user", "supervisor", password=DEMO_PASSWORD)  # fmt: skip
    assert printed.returncode == 0, printed.stderr
    text = _text(register)
    assert "销毁清册" in text and first["file_number"] in text and keep["file_number"] not in text
    assert "监销人：赵监销" in text and "批准人：" in text
    form = tmp_path / "form.pdf"
    printed = run("print", "destruction-form", "--db", db, "--list", made.number, "-o", form,
                  "--user", "manager", password=DEMO_PASSWORD)  # fmt: skip
    assert printed.returncode == 0, printed.stderr
    assert "档案资料销毁审批表" in _text(form) and "延长保管至2080年" in _text(form)

    checked = run("check", "--db", db)
    assert checked.returncode == 0, checked.stdout + checked.stderr

    # The next backup's rotation takes the destroyed scans out of the backup made before the destruction.
    held = {sha for sha, _size in before.scans}
    assert set(own) <= held
    made_now = run("backup", "--db", db, "--to", folder, "--user", "admin", password=DEMO_PASSWORD)
    assert made_now.returncode == 0, made_now.stderr
    older = safety.read_backup(before.folder)
    assert not set(own) & {sha for sha, _size in older.scans} and set(own) <= set(older.destroyed)
    assert all(not (folder / "attachments" / sha[:2] / sha).exists() for sha in own)
    assert (folder / "attachments" / shared[:2] / shared).exists()


@pytest.mark.parametrize("printout", ["destruction-form", "destruction-register"])
def test_printing_an_unknown_list_is_one_line(demo_database: E2EDatabase, tmp_path: Path, printout: str) -> None:
    result = run("print", printout, "--db", demo_database, "--list", "2026-XH-99", "-o", tmp_path / "x.pdf")
    assert result.returncode == 1
    assert result.stderr.strip() == "dossier-desk: error [Destruction list]: There is no destruction list 2026-XH-99."
