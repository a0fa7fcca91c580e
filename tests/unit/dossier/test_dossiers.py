"""Reading a dossier: documents newest first (R4), the unit's dossier, the history."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.customers.details import CustomerInput
from app.desk import Actor, Desk
from app.dossier import CATEGORIES, documents, dossiers
from app.dossier.documents import DocumentInput
from app.errors import NotFound
from app.tenancy import lifecycle as tenancy
from tests.unit.unit_support import make_image, unit_id

D = dt.date


def _add(desk: Desk, actor: Actor, dossier_id: int, title: str, day: dt.date, category: str = "correspondence") -> int:
    with desk.work(actor) as work:
        return documents.add_document(work, dossier_id, DocumentInput(category, day, title)).id


def test_documents_come_newest_first(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    for title, day in [
        ("入住通知", D(2026, 1, 5)),
        ("装修申请", D(2026, 3, 1)),
        ("意向书", D(2025, 12, 1)),
        ("门锁申请", D(2026, 3, 1)),
        ("催款函", D(2026, 5, 20)),
        ("水牌申请", D(2026, 3, 1)),
    ]:
        _add(desk, clerk, tenant.dossier_id, title, day)
    with desk.read(None) as work:
        view = dossiers.read_dossier(work, tenant.dossier_id)
    # same day: the one recorded later comes first
    assert [d.title for d in view.documents] == ["催款函", "水牌申请", "门锁申请", "装修申请", "入住通知", "意向书"]
    assert [d.doc_date for d in view.documents] == sorted((d.doc_date for d in view.documents), reverse=True)


def test_documents_of_one_category_newest_first(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    _add(desk, clerk, tenant.dossier_id, "报修一", D(2026, 2, 1), "repairs")
    _add(desk, clerk, tenant.dossier_id, "来函", D(2026, 2, 2))
    _add(desk, clerk, tenant.dossier_id, "报修二", D(2026, 4, 1), "repairs")
    with desk.read(None) as work:
        rows = dossiers.dossier_documents(work, tenant.dossier_id, category="repairs")
    assert [r.title for r in rows] == ["报修二", "报修一"]


def test_documents_stay_in_their_own_dossier(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    with desk.work(clerk) as work:
        other = tenancy.move_in(
            work, customer=CustomerInput(name="乙"), unit_ids=[unit_id(desk, "102")], move_in=D(2026, 1, 1)
        )
    _add(desk, clerk, tenant.dossier_id, "甲的信", D(2026, 2, 1))
    _add(desk, clerk, other.dossier_id, "乙的信", D(2026, 2, 1))
    with desk.read(None) as work:
        assert [d.title for d in dossiers.read_dossier(work, other.dossier_id).documents] == ["乙的信"]


def test_unknown_dossier_is_not_found(desk: Desk) -> None:
    with pytest.raises(NotFound) as info, desk.read(None) as work:
        dossiers.read_dossier(work, 4040)
    assert (info.value.field, "4040" in str(info.value)) == ("dossier", True)


def test_a_units_dossier_is_the_current_tenants(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    unit = unit_id(desk, "101")
    with desk.work(clerk) as work:
        earlier = tenancy.move_in(
            work, customer=CustomerInput(name="旧"), unit_ids=[unit], move_in=D(2023, 1, 1), move_out=D(2025, 1, 1)
        )
    with desk.read(None) as work:
        assert dossiers.find_dossier_for_unit(work, unit) == tenant.dossier_id
        assert dossiers.find_dossier_for_unit(work, unit, on=D(2024, 6, 1)) == earlier.dossier_id
        # between tenancies: the most recent one
        assert dossiers.find_dossier_for_unit(work, unit, on=D(2025, 6, 1)) == tenant.dossier_id


def test_a_vacant_units_dossier_is_its_last_tenants(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    unit = unit_id(desk, "202")
    with desk.work(clerk) as work:
        first = tenancy.move_in(
            work, customer=CustomerInput(name="一"), unit_ids=[unit], move_in=D(2020, 1, 1), move_out=D(2021, 1, 1)
        )
        last = tenancy.move_in(
            work, customer=CustomerInput(name="二"), unit_ids=[unit], move_in=D(2022, 1, 1), move_out=D(2023, 1, 1)
        )
    with desk.read(None) as work:
        found = dossiers.find_dossier_for_unit(work, unit)
        assert dossiers.read_dossier(work, found).status == "departed"
    assert found == last.dossier_id != first.dossier_id


def test_a_unit_nobody_moved_into_has_no_dossier(desk: Desk, tenant: tenancy.MoveIn) -> None:
    with pytest.raises(NotFound) as info, desk.read(None) as work:
        dossiers.find_dossier_for_unit(work, unit_id(desk, "B103"))
    assert info.value.field == "unit"
    assert "B103" in str(info.value)


def test_history_starts_with_the_move_in(desk: Desk, tenant: tenancy.MoveIn) -> None:
    with desk.read(None) as work:
        (line,) = dossiers.dossier_history(work, tenant.dossier_id)
    assert (line.entity, line.action, line.user) == ("tenancy", "move_in", "王小明")
    assert line.at == dt.datetime(2026, 6, 15, 10, 30)
    assert line.details["customer"] == "甲科技有限公司"
    assert line.details["units"] == ["101"]
    assert line.details["move_in"] == "2026-01-05"


# -- pages and sorting (a window reads a long dossier page by page, sorted in SQL; issue 14) ---------------------


def _many(desk: Desk, actor: Actor, dossier_id: int) -> None:
    """Seven documents whose titles, pages and dates disagree about the order."""
    with desk.work(actor) as work:
        for n, (title, day, pages, category) in enumerate(
            [
                ("丙 来函", D(2026, 1, 5), 3, "correspondence"),
                ("甲 报修", D(2026, 3, 1), 1, "repairs"),
                ("乙 入住", D(2025, 12, 1), 7, "move_in"),
                ("丁 装修", D(2026, 3, 1), 2, "fit_out"),
                ("戊 催款", D(2026, 5, 20), 5, "fees_deposits"),
                ("己 水牌", D(2026, 3, 1), 4, "form_signage"),
                ("庚 门锁", D(2026, 2, 2), 6, "form_door_lock"),
            ]
        ):
            documents.add_document(
                work, dossier_id, DocumentInput(category, day, title, pages=pages, paper_location=f"柜{7 - n}")
            )


def test_pages_of_the_documents_make_the_whole_list(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    _many(desk, clerk, tenant.dossier_id)
    with desk.read(None) as work:
        whole = dossiers.dossier_documents(work, tenant.dossier_id)
        pages = [dossiers.dossier_documents(work, tenant.dossier_id, offset=o, limit=3) for o in (0, 3, 6, 9)]
    assert [len(p) for p in pages] == [3, 3, len(whole) - 6, 0]
    assert [d.id for p in pages for d in p] == [d.id for d in whole]  # newest first (R4), page after page


@pytest.mark.parametrize(
    ("sort", "key"),
    [
        ("title", lambda d: d.title),
        ("pages", lambda d: d.pages),
        ("location", lambda d: d.paper_location),
        ("date", lambda d: d.doc_date),
    ],
)
def test_documents_sort_by_a_column_over_every_row(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, sort: str, key: object
) -> None:
    _many(desk, clerk, tenant.dossier_id)
    with desk.read(None) as work:
        whole = dossiers.dossier_documents(work, tenant.dossier_id)
        up = [
            d
            for o in range(0, len(whole), 2)
            for d in dossiers.dossier_documents(work, tenant.dossier_id, sort=sort, descending=False, offset=o, limit=2)
        ]
        down = dossiers.dossier_documents(work, tenant.dossier_id, sort=sort, descending=True)
    assert sorted(d.id for d in up) == sorted(d.id for d in whole)  # every row, each once, across the pages
    assert [key(d) for d in up] == sorted(key(d) for d in whole)  # type: ignore[operator]
    assert [key(d) for d in down] == sorted((key(d) for d in whole), reverse=True)  # type: ignore[operator]


def test_sort_by_category_follows_the_regulation_and_ties_stay_newest_first(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn
) -> None:
    _many(desk, clerk, tenant.dossier_id)
    _add(desk, clerk, tenant.dossier_id, "后来的函", D(2026, 6, 1))
    order = [c.code for c in CATEGORIES]
    with desk.read(None) as work:
        rows = dossiers.dossier_documents(work, tenant.dossier_id, sort="category", descending=False)
    assert [order.index(r.category) for r in rows] == sorted(order.index(r.category) for r in rows)
    letters = [r.title for r in rows if r.category == "correspondence"]
    assert letters.index("后来的函") < letters.index("丙 来函")  # same category: newest first (R4)


def test_sort_by_scans_counts_them(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, tmp_path: Path) -> None:
    scan = make_image(tmp_path / "scan.png")
    _many(desk, clerk, tenant.dossier_id)
    with desk.work(clerk) as work:
        scanned = DocumentInput("correspondence", D(2020, 1, 1), "有扫描")
        documents.add_document(work, tenant.dossier_id, scanned, [scan])
    with desk.read(None) as work:
        rows = dossiers.dossier_documents(work, tenant.dossier_id, sort="scans")
    assert rows[0].title == "有扫描" and len(rows[0].attachments) == 1


def test_an_unknown_sort_is_refused(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    with desk.read(None) as work, pytest.raises(ValueError, match="sort"):
        dossiers.dossier_documents(work, tenant.dossier_id, sort="recorded_by; drop table document")


def test_a_window_reads_the_dossier_without_its_documents(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    _many(desk, clerk, tenant.dossier_id)
    with desk.read(None) as work:
        light = dossiers.read_dossier(work, tenant.dossier_id, documents=False)
        full = dossiers.read_dossier(work, tenant.dossier_id)
    assert light.documents == () and len(full.documents) == 7
    assert light.number == full.number and light.contacts == full.contacts


def test_history_pages_make_the_whole_history(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    _many(desk, clerk, tenant.dossier_id)
    with desk.read(None) as work:
        whole = dossiers.dossier_history(work, tenant.dossier_id)
        count = dossiers.dossier_history_count(work, tenant.dossier_id)
        pages = [dossiers.dossier_history(work, tenant.dossier_id, offset=o, limit=4) for o in range(0, count + 4, 4)]
    assert count == len(whole) > 7  # the move-in and the seven documents at least
    assert [line for page in pages for line in page] == whole  # newest first, page after page, nothing twice
