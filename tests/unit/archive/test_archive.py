"""Binding departed dossiers (R6) and the annual archiving into boxes by floor (R7)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

import pytest

from app import archive
from app.archive import BoxOptions
from app.building.buildings import BuildingInfo
from app.customers import details as customers
from app.customers.details import CustomerInput
from app.desk import Actor, ChangeSet, Desk
from app.dossier import documents, dossiers
from app.dossier.documents import DocumentInput
from app.errors import ChangedMeanwhile, Conflict, PermissionDenied, ValidationError
from app.tenancy import lifecycle as tenancy
from app.tenancy.lifecycle import MoveOutChecklist
from db.models import Dossier
from tests.unit.unit_support import refused, row_counts, unit_id

DONE = MoveOutChecklist(
    keys_returned=True,
    access_cards_returned=True,
    electricity_reading=Decimal("100"),
    water_reading=Decimal("10"),
    deposit="refunded",
    forwarding_contact="张三 13800000000",
)


def departed(
    desk: Desk,
    clerk: Actor,
    name: str,
    units: Sequence[str],
    pages: Sequence[int],
    *,
    move_in: dt.date = dt.date(2024, 3, 1),
    move_out: dt.date = dt.date(2025, 9, 30),
) -> int:
    """A tenancy with one document per entry of ``pages`` (one a month from move-in), moved out; its dossier id."""
    with desk.work(clerk) as work:
        moved = tenancy.move_in(
            work, customer=CustomerInput(name=name), unit_ids=[unit_id(desk, u) for u in units], move_in=move_in
        )
        for n, count in enumerate(pages):
            day = move_in + dt.timedelta(days=30 * n)
            documents.add_document(
                work, moved.dossier_id, DocumentInput("correspondence", day, f"{name}来函{n + 1}", pages=count)
            )
        tenancy.move_out(work, moved.tenancy_id, day=move_out, checklist=DONE)
    return moved.dossier_id


def bind(desk: Desk, actor: Actor, dossier_id: int, retention: str = "30y") -> str:
    with desk.work(actor) as work:
        return archive.bind_dossier(work, dossier_id, retention)


def directory(desk: Desk, dossier_id: int) -> archive.InFileDirectory:
    with desk.read(None) as work:
        return archive.in_file_directory(work, dossier_id)


@pytest.fixture
def gone(desk: Desk, clerk: Actor, building: BuildingInfo) -> int:
    """甲公司 left 101 on 2025-09-30 with five documents of 3, 1, 4, 2 and 5 pages."""
    return departed(desk, clerk, "甲公司", ["101"], [3, 1, 4, 2, 5])


def test_binding_numbers_items_oldest_first_with_running_page_ranges(desk: Desk, supervisor: Actor, gone: int) -> None:
    assert bind(desk, supervisor, gone) == "X01-2025-D30-0001"
    d = directory(desk, gone)
    assert d.status == "bound" and d.file_number == "X01-2025-D30-0001" and d.retention == "30y"
    assert [i.item_no for i in d.items] == [1, 2, 3, 4, 5]
    assert [i.title for i in d.items] == [f"甲公司来函{n}" for n in range(1, 6)]  # oldest first, as paper is bound
    assert [(i.page_from, i.page_to) for i in d.items] == [(1, 3), (4, 4), (5, 8), (9, 10), (11, 15)]
    assert sum(i.page_to - i.page_from + 1 for i in d.items if i.page_from and i.page_to) == d.pages == 15
    assert d.bound_by == "陈主管"
    with desk.read(None) as work:  # the live view stays newest first (R4)
        assert dossiers.read_dossier(work, gone).documents[0].title == "甲公司来函5"


def test_file_numbers_run_on_within_the_year_the_tenancy_ended(
    desk: Desk, clerk: Actor, supervisor: Actor, gone: int
) -> None:
    second = departed(desk, clerk, "乙公司", ["102"], [1])
    earlier = departed(desk, clerk, "丙公司", ["103"], [1], move_out=dt.date(2024, 12, 31))
    assert bind(desk, supervisor, gone) == "X01-2025-D30-0001"
    assert bind(desk, supervisor, second) == "X01-2025-D30-0002"
    assert bind(desk, supervisor, earlier) == "X01-2024-D30-0001"


def test_a_live_dossier_is_not_bound(desk: Desk, supervisor: Actor, tenant: tenancy.MoveIn) -> None:
    with refused(desk, Conflict, "dossier", "still live"):
        bind(desk, supervisor, tenant.dossier_id)


def test_only_the_supervisor_or_manager_binds(desk: Desk, clerk: Actor, gone: int) -> None:
    with refused(desk, PermissionDenied, None, "Clerk", "bind departed dossiers"):
        bind(desk, clerk, gone)


def test_binding_twice_and_unknown_retention_are_refused(desk: Desk, supervisor: Actor, gone: int) -> None:
    with refused(desk, ValidationError, "retention", "forever"):
        bind(desk, supervisor, gone, "forever")
    bind(desk, supervisor, gone)
    with refused(desk, Conflict, "dossier", "already bound", "X01-2025-D30-0001"):
        bind(desk, supervisor, gone)


def test_trashed_documents_stay_out_of_the_bound_file(desk: Desk, supervisor: Actor, manager: Actor, gone: int) -> None:
    with desk.work(manager) as work:  # trashing a working copy: the manager's own decision (R9)
        first = dossiers.read_dossier(work, gone).documents[-1]
        documents.trash_documents(work, [first.id], reason="重复")
    bind(desk, supervisor, gone)
    d = directory(desk, gone)
    assert [i.item_no for i in d.items] == [1, 2, 3, 4]
    assert d.items[0].page_from == 1 and d.items[-1].page_to == 12


def test_a_document_without_page_count_gets_no_page_numbers_and_a_warning(
    desk: Desk, clerk: Actor, supervisor: Actor, building: BuildingInfo
) -> None:
    dossier_id = departed(desk, clerk, "丁公司", ["101"], [2, 0, 3])
    with desk.read(None) as work:
        (candidate,) = archive.candidates(work, 2025)
    assert candidate.unpaged == 1 and set(candidate.warnings) == {"unbound", "unpaged"} and candidate.incomplete
    with refused(desk, Conflict, "dossier", "1 document(s) without a page count", "丁公司来函2"):
        bind(desk, supervisor, dossier_id)
    with desk.work(supervisor) as work:  # "bind all" leaves it for the supervisor to look at
        assert archive.bind_year(work, 2025) == ()
        result = archive.archive_year(work, 2025, bind_unbound=True)
    assert (result.archived, [c.dossier_id for c in result.unbound]) == (0, [dossier_id])
    with desk.work(supervisor) as work:  # looked at: bound as it is, the blank 页号 says so for good
        archive.bind_dossier(work, dossier_id, allow_incomplete=True)
    assert [(i.page_from, i.page_to) for i in directory(desk, dossier_id).items] == [(1, 2), (None, None), (3, 5)]


def test_an_empty_dossier_takes_no_file_number(
    desk: Desk, clerk: Actor, supervisor: Actor, building: BuildingInfo
) -> None:
    dossier_id = departed(desk, clerk, "空公司", ["101"], [])
    with refused(desk, Conflict, "dossier", "no documents"):
        bind(desk, supervisor, dossier_id)


def test_a_bound_dossier_no_longer_changes(desk: Desk, supervisor: Actor, gone: int) -> None:
    bind(desk, supervisor, gone)
    with desk.read(None) as work:
        doc = dossiers.read_dossier(work, gone).documents[0]
    with refused(desk, PermissionDenied, "dossier", "bound"), desk.work(supervisor) as work:
        documents.edit_document(
            work, doc.id, DocumentInput("correspondence", doc.doc_date, "改过的题名"), expected_version=doc.version
        )
    with refused(desk, PermissionDenied, "dossier", "only the department manager"), desk.work(supervisor) as work:
        documents.add_document(work, gone, DocumentInput("correspondence", dt.date(2025, 10, 8), "迟到的函"))


def test_the_manager_adds_a_late_paper_as_a_supplement_after_the_bound_items(
    desk: Desk, supervisor: Actor, manager: Actor, gone: int
) -> None:
    bind(desk, supervisor, gone)
    with desk.work(manager) as work:
        documents.add_document(work, gone, DocumentInput("correspondence", dt.date(2024, 1, 8), "补交的函", pages=2))
    d = directory(desk, gone)
    late = d.items[-1]
    assert (late.title, late.item_no, late.page_from, late.page_to, late.supplement) == ("补交的函", 6, 16, 17, True)
    assert not any(i.supplement for i in d.items[:-1])
    with refused(desk, ValidationError, "document.pages", "page count"), desk.work(manager) as work:
        documents.add_document(work, gone, DocumentInput("correspondence", dt.date(2024, 2, 1), "无页数的函", pages=0))


def test_the_box_label_lists_file_numbers_that_do_not_run_on(
    desk: Desk, clerk: Actor, supervisor: Actor, building: BuildingInfo
) -> None:
    first = departed(desk, clerk, "甲公司", ["101"], [1])
    other_floor = departed(desk, clerk, "乙公司", ["201"], [1])
    second = departed(desk, clerk, "丙公司", ["102"], [1])
    for dossier_id in (first, other_floor, second):  # bound one by one: 0001, 0002, 0003
        bind(desk, supervisor, dossier_id)
    with desk.work(supervisor) as work:
        boxes = {b.floor: b for b in archive.archive_year(work, 2025).boxes}
    assert boxes["1F"].file_numbers == ("X01-2025-D30-0001", "X01-2025-D30-0003")
    assert boxes["1F"].file_range == "X01-2025-D30-0001、X01-2025-D30-0003"
    assert boxes["2F"].file_range == "X01-2025-D30-0002"


def test_a_live_dossiers_title_runs_to_today() -> None:
    assert archive.file_title("甲公司", "101", dt.date(2023, 5, 1), None) == "甲公司（101）2023年至今客户档案"
    assert (
        archive.file_title("甲公司", "101", dt.date(2023, 5, 1), dt.date(2025, 1, 2))
        == "甲公司（101）2023—2025年客户档案"
    )


def test_the_year_lists_what_ended_and_is_not_archived(
    desk: Desk, clerk: Actor, supervisor: Actor, gone: int, tenant: tenancy.MoveIn
) -> None:
    departed(desk, clerk, "乙公司", ["201", "202"], [1, 1])
    departed(desk, clerk, "丙公司", ["301"], [1], move_out=dt.date(2024, 6, 1))
    bind(desk, supervisor, gone)
    with desk.read(None) as work:
        listed = archive.candidates(work, 2025)
        years = archive.archive_years(work)
    assert [(c.floor, c.units, c.customer, c.status) for c in listed] == [
        ("1F", "101", "甲公司", "bound"),
        ("2F", "201、202", "乙公司", "departed"),
    ]
    assert [(y.year, y.ended, y.departed, y.bound, y.archived) for y in years] == [
        (2025, 2, 1, 1, 0),
        (2024, 1, 1, 0, 0),
    ]


def test_boxes_are_by_floor_never_mix_retention_and_fill_up_to_capacity(
    desk: Desk, clerk: Actor, supervisor: Actor, building: BuildingInfo
) -> None:
    ids = [departed(desk, clerk, f"{n}号公司", [u], [40]) for n, u in enumerate(["101", "102", "103", "104", "201"])]
    for dossier_id in ids[:3]:
        bind(desk, supervisor, dossier_id)
    bind(desk, supervisor, ids[3], "10y")
    bind(desk, supervisor, ids[4])
    with desk.read(None) as work:
        plans = archive.plan_boxes(work, 2025, BoxOptions(spine_mm=20, capacity_pages=80))
    assert [(p.number, p.retention, [c.customer for c in p.dossiers], p.pages) for p in plans] == [
        ("2025-1F-01", "30y", ["0号公司", "1号公司"], 80),
        ("2025-1F-02", "30y", ["2号公司"], 40),
        ("2025-1F-03", "10y", ["3号公司"], 40),
        ("2025-2F-01", "30y", ["4号公司"], 40),
    ]


def test_a_dossier_thicker_than_a_box_gets_a_box_of_its_own(
    desk: Desk, clerk: Actor, supervisor: Actor, building: BuildingInfo
) -> None:
    thick = departed(desk, clerk, "厚公司", ["101"], [150, 150])
    thin = departed(desk, clerk, "薄公司", ["102"], [5])
    bind(desk, supervisor, thick)
    bind(desk, supervisor, thin)
    with desk.read(None) as work:
        plans = archive.plan_boxes(work, 2025, BoxOptions(spine_mm=20))
    assert [(len(p.dossiers), p.pages, p.capacity_pages, p.over_capacity) for p in plans] == [
        (1, 300, 200, True),
        (1, 5, 200, False),
    ]


def test_box_settings_are_checked(desk: Desk, supervisor: Actor, gone: int) -> None:
    with refused(desk, ValidationError, "box.spine_mm", "35"), desk.work(supervisor) as work:
        archive.archive_year(work, 2025, BoxOptions(spine_mm=35))
    with refused(desk, ValidationError, "box.capacity_pages"), desk.work(supervisor) as work:
        archive.archive_year(work, 2025, BoxOptions(capacity_pages=0))
    with refused(desk, ValidationError, "box.capacity_pages", "10000"), desk.work(supervisor) as work:
        archive.archive_year(work, 2025, BoxOptions(capacity_pages=2**70))  # SQLite's integers end at 2**63
    with refused(desk, ValidationError, "box.shelf_location", "151", "150"), desk.work(supervisor) as work:
        archive.archive_year(work, 2025, BoxOptions(shelf_location="架" * 151))
    with desk.work(supervisor) as work:  # the longest shelf still fits the box's dossiers' 200-character location
        shelf = BoxOptions(shelf_location="架" * archive.MAX_SHELF_LENGTH)
        (box,) = archive.archive_year(work, 2025, shelf, bind_unbound=True).boxes
    with desk.work(None) as work:
        location = dossiers.read_dossier(work, gone).location
    assert len(location) <= 200 and location.startswith(box.number)


def test_archive_years_are_checked(desk: Desk, supervisor: Actor, gone: int) -> None:
    for year in (1899, 2**63, -2025):
        with refused(desk, ValidationError, "archive.year", "1900"), desk.work(supervisor) as work:
            archive.archive_year(work, year, bind_unbound=True)
    with desk.work(None) as work:  # the check alone, as the command line makes it before anyone logs in
        assert archive.check_year(work, 2026) == 2026
        with pytest.raises(ValidationError, match="has not come yet"):
            archive.check_year(work, 2027)


def test_archiving_boxes_bound_dossiers_once_and_a_rerun_only_takes_what_is_new(
    desk: Desk, clerk: Actor, supervisor: Actor, gone: int
) -> None:
    late = departed(desk, clerk, "乙公司", ["102"], [2, 2], move_out=dt.date(2025, 12, 20))
    with desk.work(supervisor) as work:
        first = archive.archive_year(work, 2025, BoxOptions(shelf_location="档案室 A-3"), bind_unbound=True)
    assert first.bound == ("X01-2025-D30-0001", "X01-2025-D30-0002") and first.archived == 2 and first.left_unbound == 0
    (box,) = first.boxes
    assert (box.number, box.floor, box.dossiers, box.documents, box.pages) == ("2025-1F-01", "1F", 2, 7, 19)
    assert (box.first_file_number, box.last_file_number, box.created_by) == (
        "X01-2025-D30-0001",
        "X01-2025-D30-0002",
        "陈主管",
    )
    with desk.read(None) as work:
        entries = archive.box_entries(work, box.id)
        header = dossiers.read_dossier(work, late)
    assert [(e.position, e.file_number, e.customer, e.documents, e.pages) for e in entries] == [
        (1, "X01-2025-D30-0001", "甲公司", 5, 15),
        (2, "X01-2025-D30-0002", "乙公司", 2, 4),
    ]
    assert entries[0].title == "甲公司（101）2024—2025年客户档案"
    assert (entries[0].start_date, entries[0].end_date) == (dt.date(2024, 3, 1), dt.date(2024, 6, 29))
    assert header.status == "archived" and header.location == "2025-1F-01 · 档案室 A-3"

    before = row_counts(desk)
    with desk.work(supervisor) as work:
        again = archive.archive_year(work, 2025, bind_unbound=True)
    assert (again.bound, again.boxes, again.archived) == ((), (), 0)
    assert row_counts(desk) == before | {"change": before["change"]}

    newcomer = departed(desk, clerk, "丙公司", ["103"], [1], move_out=dt.date(2025, 12, 31))
    with desk.work(supervisor) as work:
        third = archive.archive_year(work, 2025, bind_unbound=True)
    assert [b.number for b in third.boxes] == ["2025-1F-02"]  # the sealed box is not reopened
    assert directory(desk, newcomer).box_number == "2025-1F-02"


def test_without_binding_the_unbound_wait_for_later(desk: Desk, clerk: Actor, supervisor: Actor, gone: int) -> None:
    departed(desk, clerk, "乙公司", ["102"], [1])
    bind(desk, supervisor, gone)
    with desk.work(supervisor) as work:
        result = archive.archive_year(work, 2025)
    assert (result.archived, result.left_unbound) == (1, 1)


def test_a_year_to_come_is_refused(desk: Desk, supervisor: Actor, gone: int) -> None:
    with refused(desk, ValidationError, "archive.year", "2027"), desk.work(supervisor) as work:
        archive.archive_year(work, 2027, bind_unbound=True)  # the test clock's today is in 2026


def test_a_clerk_cannot_archive_and_nothing_is_written(desk: Desk, clerk: Actor, gone: int) -> None:
    with refused(desk, PermissionDenied, None, "annual archiving"), desk.work(clerk) as work:
        archive.archive_year(work, 2025, bind_unbound=True)


def test_moving_a_box_moves_its_dossiers_paper_location(desk: Desk, supervisor: Actor, gone: int) -> None:
    with desk.work(supervisor) as work:
        (box,) = archive.archive_year(work, 2025, bind_unbound=True).boxes
        moved = archive.set_shelf_location(work, box.id, "档案室 B-1", expected_version=box.version)
    assert moved.shelf_location == "档案室 B-1"
    with desk.read(None) as work:
        view = dossiers.read_dossier(work, gone)
    assert (view.location, view.box_number, view.file_number) == (
        "2025-1F-01 · 档案室 B-1",
        "2025-1F-01",
        "X01-2025-D30-0001",
    )
    assert {d.paper_location for d in view.documents} == {"2025-1F-01 · 档案室 B-1"}  # the papers are in the box
    with refused(desk, ValidationError, "box.shelf_location", "10000"), desk.work(supervisor) as work:
        # was stored whole in a 200-character column
        archive.set_shelf_location(work, box.id, "x" * 10_000, expected_version=moved.version)


def test_search_inside_the_archive_finds_former_names_and_document_titles(
    desk: Desk, clerk: Actor, supervisor: Actor, gone: int, tenant: tenancy.MoveIn
) -> None:
    with desk.work(clerk) as work:
        customer = dossiers.read_dossier(work, gone).customer
        customers.update_customer(
            work,
            customer.id,
            CustomerInput(name="甲控股集团"),
            renamed_on=dt.date(2025, 1, 1),
            expected_version=customer.version,
        )
    with desk.work(supervisor) as work:
        archive.archive_year(work, 2025, BoxOptions(shelf_location="A-3"), bind_unbound=True)
    with desk.read(None) as work:
        by_old_name = archive.search_archive(work, "甲公司")
        by_title = archive.search_archive(work, "来函3")
        live_only = archive.search_archive(work, "甲科技")  # the live tenant is not in the archive
    # The file keeps the name it was filed under (its label); the company's later name finds it too.
    assert [(h.customer, h.box_number, h.shelf_location, h.matched) for h in by_old_name] == [
        ("甲公司", "2025-1F-01", "A-3", "甲公司")
    ]
    with desk.read(None) as work:
        assert [(h.customer, h.matched) for h in archive.search_archive(work, "甲控股")] == [("甲公司", "甲控股集团")]
    assert [h.matched for h in by_title] == ["甲公司来函3"]
    with desk.read(None) as work:  # five documents match in one dossier: one hit, and the limit counts dossiers
        assert [h.customer for h in archive.search_archive(work, "来函", limit=1)] == ["甲公司"]
    assert live_only == []


def test_file_numbers_count_on_past_9999(desk: Desk, clerk: Actor, supervisor: Actor, gone: int) -> None:
    second = departed(desk, clerk, "乙公司", ["102"], [1])
    bind(desk, supervisor, gone)
    with desk.work(supervisor) as work:  # as if 9 999 dossiers of 2025 had been bound before
        bound = work.session.get(Dossier, gone)
        assert bound is not None
        bound.file_serial = 9999  # its 档号 stays as it was given (db/protection.py)
    assert bind(desk, supervisor, second) == "X01-2025-D30-10000"


def test_the_archive_browser_hears_of_boxes_made_moved_or_filled(
    desk: Desk, supervisor: Actor, manager: Actor, clerk: Actor, gone: int, tenant: tenancy.MoveIn
) -> None:
    heard: list[ChangeSet] = []
    desk.subscribe(heard.append)
    with desk.work(supervisor) as work:
        (box,) = archive.archive_year(work, 2025, bind_unbound=True).boxes
    with desk.work(supervisor) as work:
        archive.set_shelf_location(work, box.id, "B-2", expected_version=box.version)
    with desk.work(manager) as work:
        documents.add_document(work, gone, DocumentInput("correspondence", dt.date(2025, 11, 1), "补交", pages=1))
    with desk.work(clerk) as work:  # a live dossier's paper: nothing for the archive
        documents.add_document(work, tenant.dossier_id, DocumentInput("other", dt.date(2026, 2, 1), "日常", pages=1))
    assert [c.boxes for c in heard] == [frozenset({box.id})] * 3 + [frozenset()]


def test_a_later_rename_leaves_the_archived_file_as_it_was(
    desk: Desk, clerk: Actor, supervisor: Actor, gone: int, building: BuildingInfo
) -> None:
    """The same company comes back to another unit and renames: the archived file keeps its name and history."""
    with desk.work(supervisor) as work:
        archive.archive_year(work, 2025, bind_unbound=True)
    with desk.work(clerk) as work:
        customer_id = dossiers.read_dossier(work, gone).customer.id
        back = tenancy.move_in(work, customer=customer_id, unit_ids=[unit_id(desk, "201")], move_in=dt.date(2026, 3, 1))
        history_before = len(dossiers.dossier_history(work, gone))
        version = customers.read_customer(work, customer_id).version
        customers.update_customer(work, customer_id, CustomerInput(name="甲新名有限公司"), expected_version=version)
    filed = directory(desk, gone)
    assert (filed.customer, filed.title) == ("甲公司", "甲公司（101）2024—2025年客户档案")
    with desk.read(None) as work:
        assert len(dossiers.dossier_history(work, gone)) == history_before
        assert dossiers.read_dossier(work, back.dossier_id).label_text == "甲新名有限公司"  # the live one follows


def test_a_box_moved_meanwhile_is_not_put_back(desk: Desk, supervisor: Actor, manager: Actor, gone: int) -> None:
    with desk.work(supervisor) as work:
        (box,) = archive.archive_year(work, 2025, BoxOptions(shelf_location="A-1"), bind_unbound=True).boxes
    with desk.work(manager) as work:  # another desk: the box went to shelf C-4
        moved = archive.set_shelf_location(work, box.id, "C-4", expected_version=box.version)
    assert moved.version == box.version + 1
    with refused(desk, ChangedMeanwhile, None, box.number, "changed meanwhile"), desk.work(supervisor) as work:
        archive.set_shelf_location(work, box.id, "B-2", expected_version=box.version)
    with desk.read(None) as work:
        assert archive.box(work, box.id).shelf_location == "C-4"
        assert dossiers.read_dossier(work, gone).location.endswith("C-4")
