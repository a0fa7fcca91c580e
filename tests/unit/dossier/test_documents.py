"""Recording documents with scans, page counts, and the rule that originals are never modified (R9)."""

from __future__ import annotations

import datetime as dt
import errno
import stat
from pathlib import Path

import pytest

from app.desk import Actor, Desk
from app.dossier import documents, dossiers
from app.dossier.documents import DocumentInput
from app.errors import ChangedMeanwhile, Conflict, FileProblem, NotFound, PermissionDenied, ValidationError
from app.tenancy.lifecycle import MoveIn
from db import attachment_store
from tests.unit.unit_support import (
    fill_the_disk_for_scans,
    make_image,
    make_pdf,
    pdf_bytes,
    refused,
    row_counts,
    stored_files,
)

D = dt.date


def _input(title: str = "入住通知书", **kwargs: object) -> DocumentInput:
    options: dict[str, object] = {"category": "move_in", "doc_date": D(2026, 1, 5), "title": title}
    options.update(kwargs)
    return DocumentInput(**options)  # type: ignore[arg-type]


def _add(
    desk: Desk, actor: Actor, dossier_id: int, data: DocumentInput, files: list[Path] | None = None
) -> documents.DocumentRow:
    with desk.work(actor) as work:
        return documents.add_document(work, dossier_id, data, files or [])


def _read(desk: Desk, dossier_id: int) -> list[documents.DocumentRow]:
    with desk.read(None) as work:
        return dossiers.dossier_documents(work, dossier_id)


# --- recording -----------------------------------------------------------------------------


def test_document_is_recorded_with_who_and_when(desk: Desk, clerk: Actor, tenant: MoveIn) -> None:
    row = _add(desk, clerk, tenant.dossier_id, _input(reference_no=" 甲字[2026]1号 ", issuer="甲公司", pages=2))
    (stored,) = _read(desk, tenant.dossier_id)
    assert stored == row
    assert (row.title, row.reference_no, row.issuer, row.pages) == ("入住通知书", "甲字[2026]1号", "甲公司", 2)
    assert row.recorded_by == "王小明"
    assert row.recorded_at == dt.datetime(2026, 6, 15, 10, 30)
    with desk.read(None) as work:
        history = dossiers.dossier_history(work, tenant.dossier_id)
    assert (history[0].entity, history[0].action, history[0].user) == ("document", "create", "王小明")


def test_pages_are_counted_from_a_multi_page_pdf(desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path) -> None:
    scan = make_pdf(tmp_path / "lease.pdf", pages=5)
    row = _add(desk, clerk, tenant.dossier_id, _input(), [scan])
    assert row.pages == 5
    (attachment,) = row.attachments
    assert (attachment.original_name, attachment.media_type) == ("lease.pdf", "application/pdf")
    assert attachment.size == scan.stat().st_size


def test_pages_of_several_scans_are_added_up(desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path) -> None:
    files = [
        make_pdf(tmp_path / "a.pdf", pages=2),
        make_image(tmp_path / "b.tif", frames=3),
        make_image(tmp_path / "c.png"),
        make_image(tmp_path / "d.jpg"),
    ]
    row = _add(desk, clerk, tenant.dossier_id, _input(), files)
    assert row.pages == 2 + 3 + 1 + 1
    assert [a.media_type for a in row.attachments] == ["application/pdf", "image/tiff", "image/png", "image/jpeg"]


def test_three_frame_tiff_counts_three_pages(tmp_path: Path) -> None:
    scan = documents.inspect_scan(make_image(tmp_path / "fax.tiff", frames=3))
    assert (scan.media_type, scan.pages) == ("image/tiff", 3)


def test_pages_typed_in_win_over_the_scans(desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path) -> None:
    row = _add(desk, clerk, tenant.dossier_id, _input(pages=7), [make_pdf(tmp_path / "a.pdf", pages=2)])
    assert row.pages == 7


def test_same_scan_twice_is_stored_once(desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path) -> None:
    scan = make_pdf(tmp_path / "contract.pdf", pages=1)
    copy = tmp_path / "contract-copy.pdf"
    copy.write_bytes(scan.read_bytes())
    first = _add(desk, clerk, tenant.dossier_id, _input("合同"), [scan])
    second = _add(desk, clerk, tenant.dossier_id, _input("合同副本"), [copy])
    assert first.attachments[0].sha256 == second.attachments[0].sha256
    assert row_counts(desk)["attachment"] == 2
    (only,) = stored_files(desk)
    assert only.name == first.attachments[0].sha256


def test_stored_scans_are_read_only_and_identical(desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path) -> None:
    scan = make_image(tmp_path / "id.png")
    row = _add(desk, clerk, tenant.dossier_id, _input(), [scan])
    stored = desk.store.local_path(row.attachments[0].sha256)
    assert stored.read_bytes() == scan.read_bytes()
    assert stat.S_IMODE(stored.stat().st_mode) & 0o222 == 0


def test_attach_scans_to_a_working_copy_adds_their_pages(
    desk: Desk, clerk: Actor, manager: Actor, tenant: MoveIn, tmp_path: Path
) -> None:
    row = _add(desk, clerk, tenant.dossier_id, _input(), [make_pdf(tmp_path / "a.pdf", pages=2)])
    with desk.work(manager) as work:  # a change of a working copy: the manager's own, with a reason (R9)
        row = documents.attach_scans(work, row.id, [make_pdf(tmp_path / "b.pdf", pages=3)], reason="补扫描件")
    assert row.pages == 5
    assert [a.original_name for a in row.attachments] == ["a.pdf", "b.pdf"]


def test_no_scan_is_added_to_an_original_later(
    desk: Desk, clerk: Actor, manager: Actor, tenant: MoveIn, tmp_path: Path
) -> None:
    """Its scans come with it when it is recorded (R9); even the manager adds none afterwards."""
    row = _add(desk, clerk, tenant.dossier_id, _input(pages=4, is_original=True), [make_pdf(tmp_path / "a.pdf", 4)])
    for actor in (clerk, manager):
        with (
            refused(desk, Conflict, "document.attachments", "original", "no scan is added later"),
            desk.work(actor) as work,
        ):
            documents.attach_scans(work, row.id, [make_pdf(tmp_path / "scan.pdf", pages=4)], reason="补扫")
    assert _read(desk, tenant.dossier_id) == [row]


# --- bad input: one test per rule ----------------------------------------------------------


def test_unknown_category_is_refused(desk: Desk, clerk: Actor, tenant: MoveIn) -> None:
    with refused(desk, ValidationError, "document.category", "lease_contract"):
        _add(desk, clerk, tenant.dossier_id, _input(category="lease_contract"))


def test_negative_pages_are_refused(desk: Desk, clerk: Actor, tenant: MoveIn) -> None:
    with refused(desk, ValidationError, "document.pages"):
        _add(desk, clerk, tenant.dossier_id, _input(pages=-1))


def test_negative_pages_message_names_the_value(desk: Desk, clerk: Actor, tenant: MoveIn) -> None:
    with refused(desk, ValidationError, "document.pages", "-1"):
        _add(desk, clerk, tenant.dossier_id, _input(pages=-1))


@pytest.mark.parametrize("title", ["", "   "])
def test_empty_title_is_refused(desk: Desk, clerk: Actor, tenant: MoveIn, title: str) -> None:
    with refused(desk, ValidationError, "document.title"):
        _add(desk, clerk, tenant.dossier_id, _input(title=title))


def test_unknown_dossier_is_refused(desk: Desk, clerk: Actor, tenant: MoveIn) -> None:
    with refused(desk, NotFound, "dossier", "777"):
        _add(desk, clerk, 777, _input())


def test_a_directory_as_attachment_is_refused(desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    with refused(desk, ValidationError, "document.attachments", str(folder)):
        _add(desk, clerk, tenant.dossier_id, _input(), [folder])


def test_a_missing_file_as_attachment_is_refused(desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path) -> None:
    missing = tmp_path / "gone.pdf"
    with refused(desk, ValidationError, "document.attachments", "gone.pdf"):
        _add(desk, clerk, tenant.dossier_id, _input(), [missing])


def test_a_text_file_renamed_pdf_is_refused(desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path) -> None:
    fake = tmp_path / "notes.pdf"
    fake.write_text("这不是PDF, just text\n", encoding="utf-8")
    with refused(desk, ValidationError, "document.attachments", "notes.pdf"):
        _add(desk, clerk, tenant.dossier_id, _input(), [fake])


def test_a_truncated_pdf_is_refused(desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path) -> None:
    whole = pdf_bytes(3)
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(whole[: len(whole) // 2])
    with refused(desk, ValidationError, "document.attachments", "cut.pdf"):
        _add(desk, clerk, tenant.dossier_id, _input(), [cut])


def test_a_truncated_png_is_refused(desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path) -> None:
    whole = make_image(tmp_path / "whole.png").read_bytes()
    cut = tmp_path / "cut.png"
    cut.write_bytes(whole[:40])
    with refused(desk, ValidationError, "document.attachments", "cut.png"):
        _add(desk, clerk, tenant.dossier_id, _input(), [cut])


def test_one_bad_scan_among_good_ones_stores_nothing(desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path) -> None:
    good = make_pdf(tmp_path / "good.pdf", pages=2)
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 but nothing else")
    with refused(desk, ValidationError, "document.attachments", "bad.pdf"):
        _add(desk, clerk, tenant.dossier_id, _input(), [good, bad])
    assert stored_files(desk) == []


def test_attaching_no_files_is_refused(desk: Desk, clerk: Actor, tenant: MoveIn) -> None:
    row = _add(desk, clerk, tenant.dossier_id, _input())
    with refused(desk, ValidationError, "document.attachments"), desk.work(clerk) as work:
        documents.attach_scans(work, row.id, [])


def test_attaching_a_bad_file_is_refused(desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path) -> None:
    row = _add(desk, clerk, tenant.dossier_id, _input())
    fake = tmp_path / "photo.jpg"
    fake.write_bytes(b"GIF89a not a jpeg")
    with refused(desk, ValidationError, "document.attachments", "photo.jpg"), desk.work(clerk) as work:
        documents.attach_scans(work, row.id, [fake])


def test_nobody_logged_in_may_not_record(desk: Desk, tenant: MoveIn) -> None:
    with refused(desk, PermissionDenied, None), desk.work(None) as work:
        documents.add_document(work, tenant.dossier_id, _input())


# --- R9: originals are never modified ------------------------------------------------------


def test_editing_an_original_is_refused_and_it_stays_unchanged(
    desk: Desk, clerk: Actor, manager: Actor, tenant: MoveIn
) -> None:
    original = _add(desk, clerk, tenant.dossier_id, _input("租赁合同", is_original=True, pages=12))
    for actor in (clerk, manager):
        with refused(desk, Conflict, "document.is_original", "租赁合同"), desk.work(actor) as work:
            documents.edit_document(
                work,
                original.id,
                _input("租赁合同（改）", is_original=False, pages=1),
                expected_version=original.version,
            )
    assert _read(desk, tenant.dossier_id) == [original]


def test_editing_a_working_copy_changes_it_and_adds_a_history_line(
    desk: Desk, clerk: Actor, manager: Actor, tenant: MoveIn
) -> None:
    copy = _add(desk, clerk, tenant.dossier_id, _input("装修方案", category="fit_out", pages=3))
    with desk.work(manager) as work:
        edited = documents.edit_document(
            work,
            copy.id,
            _input("装修方案（第二版）", category="fit_out", doc_date=D(2026, 2, 1)),
            expected_version=copy.version,
            reason="客户送来第二版",
        )
    assert (edited.title, edited.doc_date, edited.pages) == ("装修方案（第二版）", D(2026, 2, 1), 3)
    assert edited.recorded_by == "王小明"  # who recorded it does not change
    assert _read(desk, tenant.dossier_id) == [edited]
    with desk.read(None) as work:
        latest = dossiers.dossier_history(work, tenant.dossier_id)[0]
    assert (latest.entity, latest.action, latest.user) == ("document", "update", "李经理")
    assert latest.details["title"] == ["装修方案", "装修方案（第二版）"]
    assert latest.details["doc_date"] == ["2026-01-05", "2026-02-01"]
    assert "pages" not in latest.details


def test_saving_a_working_copy_unchanged_adds_no_history(desk: Desk, clerk: Actor, tenant: MoveIn) -> None:
    copy = _add(desk, clerk, tenant.dossier_id, _input(pages=1))
    before = row_counts(desk)
    with desk.work(clerk) as work:
        documents.edit_document(work, copy.id, _input(pages=1), expected_version=copy.version)
    assert row_counts(desk) == before


def test_editing_an_unknown_document_is_refused(desk: Desk, clerk: Actor, tenant: MoveIn) -> None:
    with refused(desk, NotFound, "document", "31337"), desk.work(clerk) as work:
        documents.edit_document(work, 31337, _input(), expected_version=1)


def test_editing_a_working_copy_to_an_empty_title_is_refused(desk: Desk, clerk: Actor, tenant: MoveIn) -> None:
    copy = _add(desk, clerk, tenant.dossier_id, _input())
    with refused(desk, ValidationError, "document.title"), desk.work(clerk) as work:
        documents.edit_document(work, copy.id, _input(title=" "), expected_version=copy.version)
    assert _read(desk, tenant.dossier_id) == [copy]


# --- saving over a change made meanwhile -----------------------------------------------------


def test_editing_a_document_changed_meanwhile_is_refused(
    desk: Desk, clerk: Actor, manager: Actor, tenant: MoveIn
) -> None:
    copy = _add(desk, clerk, tenant.dossier_id, _input("装修方案", category="fit_out", pages=3))
    with desk.work(manager) as work:  # another desk: a better title
        now = documents.edit_document(
            work,
            copy.id,
            _input("装修方案（第二版）", category="fit_out", pages=3),
            expected_version=copy.version,
            reason="第二版",
        )
    with (
        refused(desk, ChangedMeanwhile, None, "装修方案（第二版）", "changed meanwhile"),
        desk.work(clerk) as work,
    ):
        stale = _input("装修方案", category="fit_out", pages=3, notes="附图纸")
        documents.edit_document(work, copy.id, stale, expected_version=copy.version)
    with desk.read(clerk) as work:
        assert documents.read_document(work, copy.id) == now


def test_scans_attached_meanwhile_make_an_open_form_stale(
    desk: Desk, clerk: Actor, manager: Actor, tenant: MoveIn, tmp_path: Path
) -> None:
    """Its page count grew with the scans: an older form would put the old count back."""
    copy = _add(desk, clerk, tenant.dossier_id, _input(pages=1))
    with desk.work(manager) as work:
        grown = documents.attach_scans(work, copy.id, [make_pdf(tmp_path / "附件.pdf", 2)], reason="附件")
    assert (grown.pages, grown.version) == (3, copy.version + 1)
    with refused(desk, ChangedMeanwhile, None), desk.work(clerk) as work:
        documents.edit_document(work, copy.id, _input(pages=1, notes="x"), expected_version=copy.version)


def test_reading_one_document_for_a_reload(desk: Desk, clerk: Actor, manager: Actor, tenant: MoveIn) -> None:
    copy = _add(desk, clerk, tenant.dossier_id, _input())
    with desk.read(None) as work:
        assert documents.read_document(work, copy.id) == copy
    with desk.work(manager) as work:  # a document in the trash is not there to edit
        documents.trash_documents(work, [copy.id], reason="重复")
    with refused(desk, NotFound, "document", str(copy.id)), desk.read(None) as work:
        documents.read_document(work, copy.id)


# --- a full disk ---------------------------------------------------------------------------


@pytest.mark.file_only("a full disk simulated inside the attachment folder's writing")
def test_a_full_disk_while_storing_scans_leaves_no_document_and_no_scan(
    desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = make_pdf(tmp_path / "lease.pdf", pages=2)
    second = make_pdf(tmp_path / "plan.pdf", pages=3, text="plan")
    fill_the_disk_for_scans(monkeypatch, room=100, fitting=1)  # the first scan is stored, the second does not fit
    with refused(desk, FileProblem, None, "The disk is full", "plan.pdf"):
        _add(desk, clerk, tenant.dossier_id, _input(), [first, second])
    assert stored_files(desk) == []  # the first scan is taken out again, no temporary file stays
    assert _read(desk, tenant.dossier_id) == []


def test_a_scan_gone_before_it_is_stored_is_named(
    desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan = make_pdf(tmp_path / "lease.pdf", pages=1)
    looked_at = documents.inspect_scan

    def then_the_stick_is_pulled_out(path: Path) -> documents.Scan:
        found = looked_at(path)
        path.unlink()
        return found

    monkeypatch.setattr(documents, "inspect_scan", then_the_stick_is_pulled_out)
    with refused(desk, FileProblem, None, f"{scan} does not exist."):
        _add(desk, clerk, tenant.dossier_id, _input(), [scan])


@pytest.mark.file_only("a full disk simulated inside the attachment folder's writing")
def test_taking_a_scan_out_onto_a_full_disk_says_so_and_leaves_nothing(
    desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = _add(desk, clerk, tenant.dossier_id, _input(), [make_pdf(tmp_path / "lease.pdf", pages=2)])
    out = tmp_path / "out"
    real_copyfile = attachment_store.shutil.copyfile

    def copy_onto_a_full_disk(source: Path, target: Path) -> None:
        real_copyfile(source, target)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(attachment_store.shutil, "copyfile", copy_onto_a_full_disk)
    with pytest.raises(FileProblem, match="The disk is full") as info, desk.work(clerk) as work:
        documents.export_attachment(work, row.attachments[0].id, out)
    assert str(out / "lease.pdf") in info.value.text()
    assert list(out.iterdir()) == []
    monkeypatch.undo()
    with desk.work(clerk) as work:
        exported = documents.export_attachment(work, row.attachments[0].id, out)
    assert exported.read_bytes() == (tmp_path / "lease.pdf").read_bytes()
