"""Working copies change only within the department manager's approval, one approval for one change, and every
change keeps the previous version; an original's obvious typo is corrected only with the manager's approval, the
old text kept visible (R9)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.approvals import ApprovalKind, ApprovalStatus, approval, approvals_for, decide
from app.desk import Actor, Desk
from app.dossier import documents, versions
from app.dossier.documents import DocumentInput, DocumentRow
from app.errors import Conflict, NeedsApproval, ValidationError
from app.tenancy.lifecycle import MoveIn
from tests.unit.unit_support import make_pdf, refused, row_counts, stored_files

D = dt.date


def _copy(desk: Desk, clerk: Actor, dossier_id: int, title: str = "装修方案") -> DocumentRow:
    with desk.work(clerk) as work:
        return documents.add_document(
            work, dossier_id, DocumentInput("fit_out", D(2026, 1, 10), title, "", "乙装饰公司", pages=3)
        )


def _original(desk: Desk, clerk: Actor, dossier_id: int) -> DocumentRow:
    with desk.work(clerk) as work:
        return documents.add_document(
            work,
            dossier_id,
            DocumentInput("move_in", D(2026, 1, 5), "租赁和同", "甲字1号", "甲科技有限公司", pages=4, is_original=True),
        )


def _changed(row: DocumentRow, **kw: object) -> DocumentInput:
    values: dict[str, object] = {
        "category": row.category,
        "doc_date": row.doc_date,
        "title": row.title,
        "reference_no": row.reference_no,
        "issuer": row.issuer,
        "pages": row.pages,
        "is_original": row.is_original,
        "paper_location": row.paper_location,
        "notes": row.notes,
    }
    return DocumentInput(**(values | kw))  # type: ignore[arg-type]


def _approved(desk: Desk, clerk: Actor, manager: Actor, document_id: int, kind: ApprovalKind) -> int:
    """The clerk asks, the manager approves at their desk: the request's id."""
    with desk.work(clerk) as work:
        asked = documents.request_document_change(work, document_id, kind, "客户来函更正")
    with desk.work(manager) as work:
        decide(work, asked.id, approve=True, note="同意")
    return asked.id


def _history(desk: Desk, document_id: int) -> list[versions.DocumentVersionRow]:
    with desk.read(None) as work:
        return versions.document_history(work, document_id)


# --- working copies ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["clerk", "supervisor"])
def test_editing_a_working_copy_without_approval_is_refused(
    desk: Desk, request: pytest.FixtureRequest, clerk: Actor, tenant: MoveIn, role: str
) -> None:
    actor: Actor = request.getfixturevalue(role)
    copy = _copy(desk, clerk, tenant.dossier_id)
    with refused(desk, NeedsApproval, None, "department manager's approval"), desk.work(actor) as work:
        documents.edit_document(work, copy.id, _changed(copy, title="装修方案（二）"), expected_version=copy.version)
    assert [v.title for v in _history(desk, copy.id)] == ["装修方案"]


def test_with_approval_the_edit_is_kept_with_its_previous_version(
    desk: Desk, clerk: Actor, manager: Actor, tenant: MoveIn
) -> None:
    copy = _copy(desk, clerk, tenant.dossier_id)
    asked = _approved(desk, clerk, manager, copy.id, ApprovalKind.EDIT_WORKING_COPY)
    with desk.work(clerk) as work:
        edited = documents.edit_document(
            work, copy.id, _changed(copy, title="装修方案（二）", pages=5), expected_version=copy.version
        )
    assert (edited.title, edited.pages) == ("装修方案（二）", 5)
    now, before = _history(desk, copy.id)
    assert (now.current, now.number, now.title, now.pages) == (True, 2, "装修方案（二）", 5)
    assert (before.current, before.number, before.title, before.pages) == (False, 1, "装修方案", 3)
    assert (before.change, before.replaced_by, before.reason, before.approval_id) == (
        "edit",
        "王小明",
        "客户来函更正",
        asked,
    )
    assert before.replaced_at is not None
    with desk.read(None) as work:
        assert approval(work, asked).status is ApprovalStatus.USED


def test_one_approval_is_one_edit(desk: Desk, clerk: Actor, manager: Actor, tenant: MoveIn) -> None:
    copy = _copy(desk, clerk, tenant.dossier_id)
    _approved(desk, clerk, manager, copy.id, ApprovalKind.EDIT_WORKING_COPY)
    with desk.work(clerk) as work:
        edited = documents.edit_document(work, copy.id, _changed(copy, title="二"), expected_version=copy.version)
    with refused(desk, NeedsApproval, None), desk.work(clerk) as work:
        documents.edit_document(work, copy.id, _changed(edited, title="三"), expected_version=edited.version)
    assert [v.title for v in _history(desk, copy.id)] == ["二", "装修方案"]


def test_saving_unchanged_uses_up_no_approval(desk: Desk, clerk: Actor, manager: Actor, tenant: MoveIn) -> None:
    copy = _copy(desk, clerk, tenant.dossier_id)
    asked = _approved(desk, clerk, manager, copy.id, ApprovalKind.EDIT_WORKING_COPY)
    before = row_counts(desk)
    with desk.work(clerk) as work:
        documents.edit_document(work, copy.id, _changed(copy), expected_version=copy.version)
    assert row_counts(desk) == before
    with desk.read(None) as work:
        assert approval(work, asked).status is ApprovalStatus.APPROVED


def test_an_approval_for_trashing_does_not_allow_an_edit(
    desk: Desk, clerk: Actor, manager: Actor, tenant: MoveIn
) -> None:
    copy = _copy(desk, clerk, tenant.dossier_id)
    _approved(desk, clerk, manager, copy.id, ApprovalKind.TRASH_WORKING_COPY)
    with refused(desk, NeedsApproval, None), desk.work(clerk) as work:
        documents.edit_document(work, copy.id, _changed(copy, title="二"), expected_version=copy.version)


def test_a_refused_or_waiting_request_allows_nothing(desk: Desk, clerk: Actor, manager: Actor, tenant: MoveIn) -> None:
    copy = _copy(desk, clerk, tenant.dossier_id)
    with desk.work(clerk) as work:
        asked = documents.request_document_change(work, copy.id, ApprovalKind.EDIT_WORKING_COPY, "改题名")
    with refused(desk, NeedsApproval, None, "still waiting"), desk.work(clerk) as work:
        documents.edit_document(work, copy.id, _changed(copy, title="二"), expected_version=copy.version)
    with desk.work(manager) as work:
        decide(work, asked.id, approve=False, note="不需要改")
    with refused(desk, NeedsApproval, None), desk.work(clerk) as work:
        documents.edit_document(work, copy.id, _changed(copy, title="二"), expected_version=copy.version)


def test_the_managers_own_edit_needs_and_keeps_a_reason(
    desk: Desk, clerk: Actor, manager: Actor, tenant: MoveIn
) -> None:
    copy = _copy(desk, clerk, tenant.dossier_id)
    with refused(desk, ValidationError, "approval.reason"), desk.work(manager) as work:
        documents.edit_document(work, copy.id, _changed(copy, title="二"), expected_version=copy.version)
    with desk.work(manager) as work:
        documents.edit_document(work, copy.id, _changed(copy, title="二"), expected_version=copy.version, reason="笔误")
    _, before = _history(desk, copy.id)
    assert (before.title, before.replaced_by, before.reason) == ("装修方案", "李经理", "笔误")
    with desk.read(None) as work:
        (own,) = approvals_for(work, "document", copy.id)
    assert (own.kind, own.status, own.decided_by, own.reason) == (
        ApprovalKind.EDIT_WORKING_COPY,
        ApprovalStatus.USED,
        "李经理",
        "笔误",
    )


def test_trash_restore_and_new_scans_each_keep_a_version(
    desk: Desk, clerk: Actor, manager: Actor, tenant: MoveIn, tmp_path: Path
) -> None:
    copy = _copy(desk, clerk, tenant.dossier_id)
    with desk.work(manager) as work:
        documents.attach_scans(work, copy.id, [make_pdf(tmp_path / "图纸.pdf", 2)], reason="补图纸")
    with desk.work(manager) as work:
        documents.trash_documents(work, [copy.id], reason="重复")
    with desk.work(manager) as work:
        documents.restore_documents(work, [copy.id], reason="不是重复")
    history = _history(desk, copy.id)
    assert [v.change for v in history] == [None, "restore", "trash", "attach"]
    assert [v.attachments for v in history] == [("图纸.pdf",), ("图纸.pdf",), ("图纸.pdf",), ()]
    assert [v.pages for v in history] == [5, 5, 5, 3]


def test_trashing_without_approval_is_refused(desk: Desk, clerk: Actor, tenant: MoveIn) -> None:
    copy = _copy(desk, clerk, tenant.dossier_id)
    with refused(desk, NeedsApproval, None, "trash"), desk.work(clerk) as work:
        documents.trash_documents(work, [copy.id])


def test_attaching_scans_without_approval_is_refused(desk: Desk, clerk: Actor, tenant: MoveIn, tmp_path: Path) -> None:
    copy = _copy(desk, clerk, tenant.dossier_id)
    with refused(desk, NeedsApproval, None), desk.work(clerk) as work:
        documents.attach_scans(work, copy.id, [make_pdf(tmp_path / "a.pdf", 1)])
    assert stored_files(desk) == []  # no scan stored for a refused change


def test_adding_a_new_document_needs_no_approval(desk: Desk, clerk: Actor, tenant: MoveIn) -> None:
    copy = _copy(desk, clerk, tenant.dossier_id)
    assert [v.change for v in _history(desk, copy.id)] == [None]


# --- originals: an approved typo correction ------------------------------------------------------------------------


def test_the_manager_corrects_a_typo_and_the_old_version_stays_visible(
    desk: Desk, clerk: Actor, manager: Actor, tenant: MoveIn
) -> None:
    original = _original(desk, clerk, tenant.dossier_id)
    with desk.work(manager) as work:
        fixed = documents.correct_original(
            work, original.id, _changed(original, title="租赁合同"), expected_version=original.version, reason="错字"
        )
    assert (fixed.title, fixed.is_original) == ("租赁合同", True)
    now, before = _history(desk, original.id)
    assert (now.title, before.title, before.change, before.reason, before.replaced_by) == (
        "租赁合同",
        "租赁和同",
        "correction",
        "错字",
        "李经理",
    )


def test_a_clerks_correction_needs_the_managers_approval(
    desk: Desk, clerk: Actor, manager: Actor, tenant: MoveIn
) -> None:
    original = _original(desk, clerk, tenant.dossier_id)
    typo_fixed = _changed(original, title="租赁合同")
    with refused(desk, NeedsApproval, None, "Correct a typo"), desk.work(clerk) as work:
        documents.correct_original(work, original.id, typo_fixed, expected_version=original.version)
    asked = _approved(desk, clerk, manager, original.id, ApprovalKind.CORRECT_ORIGINAL)
    with desk.work(clerk) as work:
        documents.correct_original(work, original.id, typo_fixed, expected_version=original.version)
    assert [(v.title, v.approval_id) for v in _history(desk, original.id)] == [("租赁合同", None), ("租赁和同", asked)]


def test_a_correction_keeps_the_original_an_original(desk: Desk, clerk: Actor, manager: Actor, tenant: MoveIn) -> None:
    original = _original(desk, clerk, tenant.dossier_id)
    with refused(desk, Conflict, "document.is_original", "stays an original"), desk.work(manager) as work:
        documents.correct_original(
            work, original.id, _changed(original, is_original=False), expected_version=original.version, reason="x"
        )


def test_requests_fit_the_document(desk: Desk, clerk: Actor, tenant: MoveIn) -> None:
    original = _original(desk, clerk, tenant.dossier_id)
    copy = _copy(desk, clerk, tenant.dossier_id)
    with refused(desk, Conflict, "document.is_original", "working copy"), desk.work(clerk) as work:
        documents.request_document_change(work, copy.id, ApprovalKind.CORRECT_ORIGINAL, "x")
    for kind in (ApprovalKind.EDIT_WORKING_COPY, ApprovalKind.TRASH_WORKING_COPY):
        with refused(desk, Conflict, "document.is_original", "original"), desk.work(clerk) as work:
            documents.request_document_change(work, original.id, kind, "x")
    with refused(desk, ValidationError, "approval"), desk.work(clerk) as work:
        documents.request_document_change(work, copy.id, ApprovalKind.LOAN, "x")
    with desk.work(clerk) as work:
        asked = documents.request_document_change(work, copy.id, ApprovalKind.EDIT_WORKING_COPY, "改题名")
    assert (asked.kind, asked.entity, asked.entity_id, asked.status) == (
        ApprovalKind.EDIT_WORKING_COPY,
        "document",
        copy.id,
        ApprovalStatus.PENDING,
    )
    assert "装修方案" in asked.summary
