"""Trash, restore and refiling of documents; scans handed to the preview and the system viewer."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from app.approvals import ApprovalKind, decide
from app.desk import Actor, Desk
from app.dossier import documents, dossiers
from app.dossier.documents import DocumentInput
from app.errors import Conflict, DataDamaged, NotFound, ValidationError
from app.tenancy import lifecycle as tenancy
from tests.unit.unit_support import make_pdf, refused


def add(desk: Desk, actor: Actor, dossier_id: int, title: str, original: bool = False, **kw: object) -> int:
    with desk.work(actor) as work:
        data = DocumentInput(kw.pop("category", "correspondence"), dt.date(2026, 2, 1), title, is_original=original)  # type: ignore[arg-type]
        return documents.add_document(work, dossier_id, data, **kw).id  # type: ignore[arg-type]


def titles(desk: Desk, dossier_id: int) -> list[str]:
    with desk.read(None) as work:
        return [d.title for d in dossiers.dossier_documents(work, dossier_id)]


def test_trash_hides_a_working_copy_and_restore_brings_it_back(
    desk: Desk, clerk: Actor, manager: Actor, tenant: tenancy.MoveIn
) -> None:
    doc = add(desk, clerk, tenant.dossier_id, "复印件")
    with desk.work(clerk) as work:  # R9: the clerk asks, the manager approves, the clerk trashes
        asked = documents.request_document_change(work, doc, ApprovalKind.TRASH_WORKING_COPY, "重复录入")
    with desk.work(manager) as work:
        decide(work, asked.id, approve=True)
    with desk.work(clerk) as work:
        assert documents.trash_documents(work, [doc]) == 1
    assert titles(desk, tenant.dossier_id) == []
    with desk.work(manager) as work:  # the manager's own restore, with the reason
        assert documents.restore_documents(work, [doc], reason="不是重复") == 1
    assert titles(desk, tenant.dossier_id) == ["复印件"]
    with desk.read(None) as work:
        actions = [(h.entity, h.action) for h in dossiers.dossier_history(work, tenant.dossier_id)]
    assert [a for e, a in actions if e == "document"][:3] == ["restore", "trash", "create"]


def test_an_original_cannot_be_trashed_and_nothing_else_is_either(
    desk: Desk, clerk: Actor, manager: Actor, tenant: tenancy.MoveIn
) -> None:
    copy = add(desk, clerk, tenant.dossier_id, "复印件")
    original = add(desk, clerk, tenant.dossier_id, "租赁合同", original=True)
    for actor in (clerk, manager):
        with refused(desk, Conflict, "document.is_original", "租赁合同", "never changed"), desk.work(actor) as work:
            documents.trash_documents(work, [copy, original], reason="清理")
    assert sorted(titles(desk, tenant.dossier_id)) == sorted(["复印件", "租赁合同"])


def test_refile_changes_category_and_location_of_several_documents(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn
) -> None:
    ids = [add(desk, clerk, tenant.dossier_id, t) for t in ("甲", "乙")]
    with desk.work(clerk) as work:
        changed = documents.refile_documents(work, ids, category="complaints", paper_location="柜 3-02")
    assert changed == 2
    with desk.read(None) as work:
        rows = dossiers.dossier_documents(work, tenant.dossier_id)
        counts = documents.category_counts(work, tenant.dossier_id)
    assert {(r.category, r.paper_location) for r in rows} == {("complaints", "柜 3-02")}
    assert counts == {"complaints": 2}


def test_an_original_moves_to_another_cabinet_but_keeps_its_category(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn
) -> None:
    """Where the paper stands is not the paper (R9): its location changes, its category does not."""
    copy = add(desk, clerk, tenant.dossier_id, "甲")
    original = add(desk, clerk, tenant.dossier_id, "乙", original=True)
    with refused(desk, Conflict, "document.is_original", "乙"), desk.work(clerk) as work:
        documents.refile_documents(work, [copy, original], category="complaints")
    with desk.work(clerk) as work:
        assert documents.refile_documents(work, [copy, original], paper_location="柜 3-02") == 2
    with desk.read(None) as work:
        rows = dossiers.dossier_documents(work, tenant.dossier_id)
    assert {(r.title, r.category, r.paper_location) for r in rows} == {
        ("甲", "correspondence", "柜 3-02"),
        ("乙", "correspondence", "柜 3-02"),
    }


def test_refile_to_an_unknown_category_is_refused(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    doc = add(desk, clerk, tenant.dossier_id, "甲")
    with refused(desk, ValidationError, "document.category", "nonsense"), desk.work(clerk) as work:
        documents.refile_documents(work, [doc], category="nonsense")


def test_category_counts_skip_the_trash(desk: Desk, clerk: Actor, manager: Actor, tenant: tenancy.MoveIn) -> None:
    add(desk, clerk, tenant.dossier_id, "甲", category="repairs")
    add(desk, clerk, tenant.dossier_id, "乙", category="repairs")
    gone = add(desk, clerk, tenant.dossier_id, "丙", category="complaints")
    with desk.work(manager) as work:
        documents.trash_documents(work, [gone], reason="重复")
    with desk.read(None) as work:
        assert documents.category_counts(work, tenant.dossier_id) == {"repairs": 2}


@pytest.mark.file_only("the scans' files in the attachment folder on disk")
def test_a_scan_is_shown_from_the_store_and_exported_under_its_name(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, tmp_path: Path
) -> None:
    scan = make_pdf(tmp_path / "入住登记表.pdf", 2)
    doc = add(desk, clerk, tenant.dossier_id, "入住登记表", attachments=[scan])
    with desk.read(None) as work:
        (attachment,) = next(d for d in dossiers.dossier_documents(work, tenant.dossier_id) if d.id == doc).attachments
        stored = documents.attachment_file(work, attachment.id)
        exported = documents.export_attachment(work, attachment.id, tmp_path / "out")
    assert stored.media_type == "application/pdf"
    assert stored.path.read_bytes() == scan.read_bytes()
    assert exported.name == "入住登记表.pdf"
    assert exported.read_bytes() == scan.read_bytes()
    exported.write_bytes(b"scribbled on")  # the copy is the user's; the stored scan is untouched
    assert stored.path.read_bytes() == scan.read_bytes()

    stored.path.chmod(0o644)
    stored.path.unlink()
    with desk.read(None) as work, pytest.raises(NotFound) as info:
        documents.attachment_file(work, attachment.id)
    assert "入住登记表.pdf" in str(info.value)
    assert "backup" in str(info.value)


def _scan_row(desk: Desk, clerk: Actor, dossier_id: int, tmp_path: Path) -> int:
    scan = make_pdf(tmp_path / "租赁合同.pdf", 1)
    doc = add(desk, clerk, dossier_id, "租赁合同", attachments=[scan])
    with desk.work(None) as work:
        (attachment,) = next(d for d in dossiers.dossier_documents(work, dossier_id) if d.id == doc).attachments
    return attachment.id


# The first would name tmp_path/secret.pdf, outside the attachment folder, if it were made into a path.
@pytest.mark.file_only("a path made from a bad hash under the attachment folder on disk")
@pytest.mark.parametrize("bad", ["x/../../../secret.pdf", "../../../../../../etc/hostname", "AB" * 32])
def test_a_malformed_stored_hash_shows_an_error_never_another_file(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, tmp_path: Path, bad: str
) -> None:
    attachment_id = _scan_row(desk, clerk, tenant.dossier_id, tmp_path)
    secret = make_pdf(tmp_path / "secret.pdf", 1)
    if bad.startswith("x/"):
        assert (desk.store.root / bad[:2] / bad).resolve() == secret.resolve()
    with sqlite3.connect(desk.path) as raw:
        raw.execute("UPDATE attachment SET sha256 = ? WHERE id = ?", (bad, attachment_id))
    raw.close()
    out = tmp_path / "out"
    for show in (
        lambda work: documents.attachment_file(work, attachment_id),
        lambda work: documents.export_attachment(work, attachment_id, out),
    ):
        with desk.work(None) as work, pytest.raises(DataDamaged) as info:
            show(work)
        assert info.value.field == "document.attachments"
        assert "租赁合同.pdf" in str(info.value) and "malformed" in str(info.value)
    assert not out.exists()


@pytest.mark.file_only("the scans' files in the attachment folder on disk")
def test_a_scan_replaced_by_a_link_is_not_shown(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, tmp_path: Path
) -> None:
    attachment_id = _scan_row(desk, clerk, tenant.dossier_id, tmp_path)
    with desk.work(None) as work:
        stored = documents.attachment_file(work, attachment_id).path
    elsewhere = make_pdf(tmp_path / "elsewhere.pdf", 3)
    stored.unlink()
    stored.symlink_to(elsewhere)
    with desk.work(None) as work, pytest.raises(DataDamaged) as info:
        documents.export_attachment(work, attachment_id, tmp_path / "out")
    assert "link" in str(info.value) and "租赁合同.pdf" in str(info.value)
    assert not (tmp_path / "out").exists()
