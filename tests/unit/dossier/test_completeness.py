"""The move-in checklist and what each dossier still lacks (R16)."""

from __future__ import annotations

import datetime as dt

from app.building import buildings
from app.desk import Actor, Desk
from app.dossier import completeness, documents
from app.dossier.completeness import ChecklistItem
from app.dossier.documents import DocumentInput
from app.errors import ChangedMeanwhile, PermissionDenied, ValidationError
from app.tenancy import lifecycle as tenancy
from tests.unit.unit_support import refused

DEFAULT_CODES = ["business_licence", "legal_rep_id", "lease", "registration_form", "emergency_contacts"]


def fulfil(desk: Desk, actor: Actor, dossier_id: int, code: str, title: str = "") -> int:
    with desk.work(actor) as work:
        data = DocumentInput("move_in", dt.date(2026, 1, 5), title or code, requirement=code, paper_location="柜 1")
        return documents.add_document(work, dossier_id, data).id


def test_a_new_file_has_the_default_move_in_checklist(desk: Desk) -> None:
    with desk.read(None) as work:
        assert [r.code for r in completeness.checklist(work)] == DEFAULT_CODES


def test_a_new_dossier_lacks_everything_and_each_paper_ticks_one_off(
    desk: Desk, clerk: Actor, manager: Actor, tenant: tenancy.MoveIn
) -> None:
    with desk.read(None) as work:
        assert [r.code for r in completeness.missing_documents(work, [tenant.dossier_id])[tenant.dossier_id]] == (
            DEFAULT_CODES
        )
    fulfil(desk, clerk, tenant.dossier_id, "lease")
    trashed = fulfil(desk, clerk, tenant.dossier_id, "business_licence")
    with desk.work(manager) as work:
        documents.trash_documents(work, [trashed], reason="错档")  # a paper in the trash does not count
    with desk.read(None) as work:
        missing = completeness.missing_documents(work, [tenant.dossier_id])[tenant.dossier_id]
        (card,) = [c for c in buildings.unit_cards(work) if c.number == "101"]
    assert [r.code for r in missing] == ["business_licence", "legal_rep_id", "registration_form", "emergency_contacts"]
    assert card.missing_documents == 4


def test_the_floor_report_lists_incomplete_dossiers_only(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    with desk.read(None) as work:
        floor = next(f for f in buildings.list_floors(work, 1) if f.label == "1F")
        (row,) = completeness.floor_missing_report(work, floor.id)
    assert (row.unit, row.customer, len(row.missing)) == ("101", "甲科技有限公司", 5)
    for code in DEFAULT_CODES:
        fulfil(desk, clerk, tenant.dossier_id, code)
    with desk.read(None) as work:
        assert completeness.floor_missing_report(work, floor.id) == []


def test_the_supervisor_edits_the_checklist_and_retired_items_stop_counting(
    desk: Desk, clerk: Actor, supervisor: Actor, tenant: tenancy.MoveIn
) -> None:
    with desk.read(None) as work:
        current = completeness.checklist(work)
        read = {r.code: r.version for r in completeness.checklist(work, include_inactive=True)}
    items = [ChecklistItem(r.title, r.category, r.code) for r in current if r.code != "legal_rep_id"]
    items.append(ChecklistItem("装修押金收据", "fees_deposits"))
    with desk.work(supervisor) as work:
        saved = completeness.save_checklist(work, items, expected_versions=read)
    assert [r.title for r in saved if r.active][-1] == "装修押金收据"
    assert [r.code for r in saved if not r.active] == ["legal_rep_id"]
    with desk.read(None) as work:
        missing = completeness.missing_documents(work, [tenant.dossier_id])[tenant.dossier_id]
    assert "legal_rep_id" not in [r.code for r in missing]
    assert "装修押金收据" in [r.title for r in missing]
    with refused(desk, PermissionDenied, None, "Clerk"), desk.work(clerk) as work:
        completeness.save_checklist(work, items, expected_versions={r.code: r.version for r in saved})
    with refused(desk, ValidationError, "requirement.title"), desk.work(supervisor) as work:
        completeness.save_checklist(
            work, [ChecklistItem("  ", "move_in")], expected_versions={r.code: r.version for r in saved}
        )


def test_a_document_naming_an_unknown_checklist_item_is_refused(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn
) -> None:
    with refused(desk, ValidationError, "document.requirement", "nonsense"), desk.work(clerk) as work:
        documents.add_document(
            work, tenant.dossier_id, DocumentInput("move_in", dt.date(2026, 1, 5), "x", requirement="nonsense")
        )


def _read_checklist(desk: Desk) -> tuple[list[ChecklistItem], dict[str, int]]:
    """The checklist form as it opens: every item, retired ones too, and the versions read."""
    with desk.read(None) as work:
        every = completeness.checklist(work, include_inactive=True)
    return [ChecklistItem(r.title, r.category, r.code, r.active) for r in every], {r.code: r.version for r in every}


def test_saving_a_checklist_edited_meanwhile_is_refused(desk: Desk, supervisor: Actor, manager: Actor) -> None:
    mine, read = _read_checklist(desk)
    theirs, _ = _read_checklist(desk)
    theirs[0] = ChecklistItem("营业执照副本（加盖公章）", theirs[0].category, theirs[0].code)
    with desk.work(manager) as work:  # another desk renames the first item
        completeness.save_checklist(work, theirs, expected_versions=read)
    mine[1] = ChecklistItem(mine[1].title, mine[1].category, mine[1].code, active=False)
    with (
        refused(desk, ChangedMeanwhile, None, "checklist", "changed meanwhile"),
        desk.work(supervisor) as work,
    ):
        completeness.save_checklist(work, mine, expected_versions=read)
    again, now = _read_checklist(desk)
    assert again[0].title == "营业执照副本（加盖公章）" and again[1].active
    with desk.work(supervisor) as work:  # reloaded and saved again: both changes stand
        completeness.save_checklist(
            work, [*again[:1], ChecklistItem(again[1].title, again[1].category, again[1].code, False), *again[2:]],
            expected_versions=now,
        )  # fmt: skip
    final, _ = _read_checklist(desk)
    assert (final[0].title, final[1].active) == ("营业执照副本（加盖公章）", False)


def test_an_item_added_meanwhile_is_not_retired_by_an_older_form(desk: Desk, supervisor: Actor) -> None:
    mine, read = _read_checklist(desk)
    with desk.work(supervisor) as work:
        completeness.save_checklist(
            work, [*mine, ChecklistItem("装修押金收据", "fees_deposits")], expected_versions=read
        )
    # The older form does not list the new item; saving it would have retired the item without a word.
    with refused(desk, ChangedMeanwhile, None), desk.work(supervisor) as work:
        completeness.save_checklist(work, mine, expected_versions=read)
    with desk.read(None) as work:
        assert "装修押金收据" in [r.title for r in completeness.checklist(work)]
