"""Quick find: a clerk types part of a name, a former name, a unit, a phone or a title."""

from __future__ import annotations

import datetime as dt

import pytest

from app.building import buildings
from app.customers import details as customers
from app.customers.details import CustomerInput
from app.desk import Actor, Desk
from app.dossier import contacts, documents
from app.dossier.contacts import ContactInput
from app.dossier.documents import DocumentInput
from app.search import quick_find as search
from app.search.quick_find import MatchKind
from app.tenancy import lifecycle as tenancy
from tests.unit.unit_support import unit_id


@pytest.fixture
def two_tenants(desk: Desk, clerk: Actor, building: buildings.BuildingInfo) -> dict[str, int]:
    """华强科技 in 101 (renamed from 华强电子, contact 张三 0755-8821 9660), 远景贸易 left 102."""
    with desk.work(clerk) as work:
        first = tenancy.move_in(
            work,
            customer=CustomerInput(name="深圳市华强电子有限公司"),
            unit_ids=[unit_id(desk, "101")],
            move_in=dt.date(2024, 1, 1),
        )
        contacts.add_contact(work, first.dossier_id, ContactInput(name="张三", phone="0755-8821 9660"))
        documents.add_document(
            work, first.dossier_id, DocumentInput("repairs", dt.date(2025, 3, 1), "空调不制冷报修单")
        )
        version = customers.read_customer(work, first.customer_id).version
        customers.update_customer(
            work, first.customer_id, CustomerInput(name="深圳市华强科技有限公司"), expected_version=version
        )
        gone = tenancy.move_in(
            work,
            customer=CustomerInput(name="远景贸易有限公司", phone="020-1234567"),
            unit_ids=[unit_id(desk, "102")],
            move_in=dt.date(2020, 1, 1),
            move_out=dt.date(2023, 1, 1),
        )
    return {"huaqiang": first.dossier_id, "yuanjing": gone.dossier_id}


def find(desk: Desk, text: str) -> list[search.SearchHit]:
    with desk.read(None) as work:
        return search.search(work, text)


def test_part_of_the_current_name(desk: Desk, two_tenants: dict[str, int]) -> None:
    hits = find(desk, "华强")
    assert [h.dossier_id for h in hits] == [two_tenants["huaqiang"]]
    assert hits[0].customer == "深圳市华强科技有限公司"
    assert hits[0].kind is MatchKind.CUSTOMER


def test_a_former_name_finds_the_renamed_customer(desk: Desk, two_tenants: dict[str, int]) -> None:
    (hit,) = find(desk, "华强电子")
    assert hit.dossier_id == two_tenants["huaqiang"]
    assert hit.kind is MatchKind.FORMER_NAME
    assert hit.matched == "深圳市华强电子有限公司"
    assert hit.customer == "深圳市华强科技有限公司"


def test_pinyin_initials_find_the_current_and_the_former_name(desk: Desk, two_tenants: dict[str, int]) -> None:
    """PRODUCT.md: the clerk types part of the company name, "Chinese or pinyin initials"."""
    (hit,) = find(desk, "hqkj")  # 华强科技, typed in any case, anywhere in the name
    assert (hit.dossier_id, hit.kind) == (two_tenants["huaqiang"], MatchKind.CUSTOMER)
    assert find(desk, "SZSHQ")[0].dossier_id == two_tenants["huaqiang"]
    (former,) = find(desk, "hqdz")  # 华强电子, the former name
    assert (former.kind, former.matched) == (MatchKind.FORMER_NAME, "深圳市华强电子有限公司")
    assert [h.dossier_id for h in find(desk, "yjmy")] == [two_tenants["yuanjing"]]  # 远景贸易, departed
    assert find(desk, "qqqq") == []
    with desk.read(None) as work:  # the move-in wizard's "existing customer" box too
        assert [c.name for c in customers.find_customers(work, "yjmy")] == ["远景贸易有限公司"]


def test_part_of_a_phone_number_with_or_without_separators(desk: Desk, two_tenants: dict[str, int]) -> None:
    for typed in ("88219660", "8821 96", "0755-8821"):
        hits = find(desk, typed)
        assert [h.dossier_id for h in hits] == [two_tenants["huaqiang"]], typed
        assert hits[0].kind is MatchKind.PHONE
    assert [h.dossier_id for h in find(desk, "1234567")] == [two_tenants["yuanjing"]]


def test_contact_name_unit_number_title_and_dossier_number(desk: Desk, two_tenants: dict[str, int]) -> None:
    assert [(h.dossier_id, h.kind) for h in find(desk, "张三")] == [(two_tenants["huaqiang"], MatchKind.CONTACT)]
    assert [(h.dossier_id, h.kind) for h in find(desk, "102")] == [(two_tenants["yuanjing"], MatchKind.UNIT)]
    assert [(h.dossier_id, h.kind) for h in find(desk, "空调")] == [(two_tenants["huaqiang"], MatchKind.DOCUMENT)]
    with desk.read(None) as work:
        number = search.search(work, "华强")[0].dossier_number
    assert [(h.dossier_id, h.kind) for h in find(desk, number.lower())] == [
        (two_tenants["huaqiang"], MatchKind.DOSSIER_NUMBER)
    ]


def test_live_dossiers_come_before_departed_ones(desk: Desk, two_tenants: dict[str, int]) -> None:
    hits = find(desk, "有限公司")
    assert [h.dossier_id for h in hits] == [two_tenants["huaqiang"], two_tenants["yuanjing"]]
    assert [h.status for h in hits] == ["live", "departed"]


def test_wildcards_are_plain_characters_and_blank_finds_nothing(desk: Desk, two_tenants: dict[str, int]) -> None:
    assert find(desk, "%") == []
    assert find(desk, "_") == []
    assert find(desk, "   ") == []
