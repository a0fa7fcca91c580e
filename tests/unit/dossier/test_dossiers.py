"""Reading a dossier: documents newest first (R4), the unit's dossier, the history."""

from __future__ import annotations

import datetime as dt

import pytest

from app.customers.details import CustomerInput
from app.desk import Actor, Desk
from app.dossier import documents, dossiers
from app.dossier.documents import DocumentInput
from app.errors import NotFound
from app.tenancy import lifecycle as tenancy
from tests.unit.unit_support import unit_id

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
