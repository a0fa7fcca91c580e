"""The search index (issue 14): every kind of typed query finds by index, and the index follows every change.

What a clerk types: any 1–6 characters of a Chinese name, pinyin initials, full pinyin with or without spaces and
tones, a former name, the last digits of a phone, a unit number with or without its leading zero, Chinese mixed
with Latin letters and digits, and text with quotes or FTS words in it (found literally, never an error).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from app.building import buildings, editor
from app.customers import details as customers
from app.customers.details import CustomerInput
from app.desk import Actor, Desk
from app.dossier import contacts, documents
from app.dossier.contacts import ContactInput
from app.dossier.documents import DocumentInput
from app.search import quick_find as search
from app.search.quick_find import MatchKind
from app.tenancy import lifecycle as tenancy
from app.tenancy.lifecycle import MoveOutChecklist
from db import search_index
from tests.unit.unit_support import unit_id

NAME = "深圳市宏图科技有限公司"
DONE = MoveOutChecklist(
    keys_returned=True,
    access_cards_returned=True,
    electricity_reading=Decimal("100"),
    water_reading=Decimal("10"),
    deposit="none",
    forwarding_contact="李四 13800138000",
)


@pytest.fixture
def tenant(desk: Desk, clerk: Actor, building: buildings.BuildingInfo) -> int:
    """宏图科技 in unit 101 with contact 李四 (mobile 138-0013-8000) and a lease titled "租赁合同 A-2024（续签）"."""
    with desk.work(clerk) as work:
        moved = tenancy.move_in(
            work, customer=CustomerInput(name=NAME), unit_ids=[unit_id(desk, "101")], move_in=dt.date(2024, 1, 1)
        )
        contacts.add_contact(work, moved.dossier_id, ContactInput(name="李四", mobile="138-0013-8000"))
        documents.add_document(
            work, moved.dossier_id, DocumentInput("correspondence", dt.date(2024, 2, 1), "租赁合同 A-2024（续签）")
        )
    return moved.dossier_id


def found(desk: Desk, typed: str) -> list[tuple[int, MatchKind]]:
    with desk.read(None) as work:
        return [(hit.dossier_id, hit.kind) for hit in search.search(work, typed)]


@pytest.mark.parametrize(
    "typed", ["宏", "图", "宏图", "宏图科", "宏图科技", "图科技有限", "宏图科技有限", "深", "公司", "有限公司"]
)
def test_any_one_to_six_chinese_characters_of_the_name(desk: Desk, tenant: int, typed: str) -> None:
    assert (tenant, MatchKind.CUSTOMER) in found(desk, typed)


@pytest.mark.parametrize(
    "typed", ["htkj", "HTKJ", "szshtkj", "hongtu", "HongTu", "hong tu", "hóng tú", "hong2 tu2", "shenzhenshihongtu"]
)
def test_pinyin_initials_and_full_pinyin_with_or_without_spaces_and_tones(desk: Desk, tenant: int, typed: str) -> None:
    assert found(desk, typed)[:1] == [(tenant, MatchKind.CUSTOMER)]


def test_full_width_and_mixed_chinese_and_latin(desk: Desk, tenant: int) -> None:
    assert (tenant, MatchKind.DOCUMENT) in found(desk, "合同 A-2024")
    assert (tenant, MatchKind.DOCUMENT) in found(desk, "ａ－２０２４")  # full-width, as a Chinese IME types it
    assert (tenant, MatchKind.DOCUMENT) in found(desk, "（续签）")


def test_the_last_digits_of_a_phone_and_a_run_inside_it(desk: Desk, tenant: int) -> None:
    assert found(desk, "8000") == [(tenant, MatchKind.PHONE)]
    assert found(desk, "0013") == [(tenant, MatchKind.PHONE)]
    assert found(desk, "138 0013 8000") == [(tenant, MatchKind.PHONE)]
    assert found(desk, "99999") == []


def test_a_unit_number_with_or_without_its_leading_zero(desk: Desk, clerk: Actor, manager: Actor, tenant: int) -> None:
    with desk.work(manager) as work:
        building = buildings.create_building(work, "二号楼", floors_from=8, floors_to=8, units_per_floor=2)
        card = next(c for c in buildings.unit_cards(work, building_id=building.id) if c.number.endswith("01"))
        editor.renumber_unit(work, card.unit_id, "0801", expected_version=card.version)
    with desk.work(clerk) as work:
        moved = tenancy.move_in(
            work, customer=CustomerInput(name="零八零一公司"), unit_ids=[card.unit_id], move_in=dt.date(2024, 3, 1)
        )
    for typed in ("0801", "801", "80"):
        assert (moved.dossier_id, MatchKind.UNIT) in found(desk, typed), typed
    assert found(desk, "801")[0] == (moved.dossier_id, MatchKind.UNIT)  # the exact unit before 8010, 8011 …
    assert found(desk, "101")[0] == (tenant, MatchKind.UNIT)


@pytest.mark.parametrize(
    "typed",
    ['"', '""', '"宏图"', "宏图 OR 华强", "宏图 AND", "NEAR(宏图)", "宏图*", "^宏", "'", "a:b", "(", "-", "%", "_"],
)
def test_quotes_and_fts_operators_are_plain_text(desk: Desk, tenant: int, typed: str) -> None:
    hits = found(desk, typed)  # never an error
    assert all(kind is not MatchKind.CUSTOMER for _, kind in hits)  # no name contains these characters


def test_a_literal_quote_in_a_title_is_found(desk: Desk, clerk: Actor, tenant: int) -> None:
    with desk.work(clerk) as work:
        documents.add_document(work, tenant, DocumentInput("correspondence", dt.date(2024, 3, 1), '关于"AND"的函'))
    assert (tenant, MatchKind.DOCUMENT) in found(desk, '"AND"')


def test_rename_keeps_the_old_name_and_finds_the_new(desk: Desk, clerk: Actor, tenant: int) -> None:
    with desk.work(clerk) as work:
        customer_id = tenancy_customer(work, tenant)
        version = customers.read_customer(work, customer_id).version
        customers.update_customer(
            work, customer_id, CustomerInput(name="深圳市远航物流有限公司"), expected_version=version
        )
    assert found(desk, "远航")[:1] == [(tenant, MatchKind.CUSTOMER)]
    assert found(desk, "yuanhang")[:1] == [(tenant, MatchKind.CUSTOMER)]
    assert found(desk, "宏图")[:1] == [(tenant, MatchKind.FORMER_NAME)]  # R5: still found by the old name
    assert found(desk, "htkj")[:1] == [(tenant, MatchKind.FORMER_NAME)]


def tenancy_customer(work: object, dossier_id: int) -> int:
    session = work.session  # type: ignore[attr-defined]
    return int(
        session.execute(
            text("SELECT t.customer_id FROM dossier d JOIN tenancy t ON t.id = d.tenancy_id WHERE d.id = :d"),
            {"d": dossier_id},
        ).scalar_one()
    )


def test_move_in_and_move_out_are_found_at_once(desk: Desk, clerk: Actor, tenant: int) -> None:
    with desk.work(clerk) as work:
        moved = tenancy.move_in(
            work,
            customer=CustomerInput(name="广州星辰贸易有限公司", phone="020-3333 4444"),
            unit_ids=[unit_id(desk, "102")],
            move_in=dt.date(2024, 5, 1),
        )
    assert found(desk, "星辰")[:1] == [(moved.dossier_id, MatchKind.CUSTOMER)]
    assert found(desk, "4444")[:1] == [(moved.dossier_id, MatchKind.PHONE)]
    with desk.work(clerk) as work:
        tenancy.move_out(work, moved.tenancy_id, day=dt.date(2025, 1, 31), checklist=DONE)
    with desk.read(None) as work:
        (hit,) = [h for h in search.search(work, "星辰") if h.dossier_id == moved.dossier_id]
    assert hit.status == "departed"  # still found, now as departed, after the live ones


def test_a_document_added_is_found_and_one_in_the_trash_is_not(
    desk: Desk, clerk: Actor, manager: Actor, tenant: int
) -> None:
    with desk.work(clerk) as work:
        row = documents.add_document(work, tenant, DocumentInput("repairs", dt.date(2025, 3, 1), "电梯按钮失灵报修单"))
    assert found(desk, "按钮失灵") == [(tenant, MatchKind.DOCUMENT)]
    with desk.work(manager) as work:  # the manager's own approval (R9)
        documents.trash_documents(work, [row.id], reason="录错")
    assert found(desk, "按钮失灵") == []
    with desk.work(manager) as work:
        documents.restore_documents(work, [row.id], reason="误删")
    assert found(desk, "按钮失灵") == [(tenant, MatchKind.DOCUMENT)]


def test_a_contact_changed_or_removed(desk: Desk, clerk: Actor, tenant: int) -> None:
    with desk.work(clerk) as work:
        contact_id = int(
            work.session.execute(text("SELECT id FROM contact WHERE dossier_id = :d"), {"d": tenant}).scalar_one()
        )
        version = contacts.read_contact(work, contact_id).version
        contacts.edit_contact(
            work, contact_id, ContactInput(name="王五", mobile="139-2222-7777"), expected_version=version
        )
    assert found(desk, "李四") == [] and found(desk, "8000") == []
    assert found(desk, "王五") == [(tenant, MatchKind.CONTACT)] and found(desk, "7777") == [(tenant, MatchKind.PHONE)]


def test_a_change_made_with_plain_sql_is_caught_up_by_the_next_action(desk: Desk, clerk: Actor, tenant: int) -> None:
    with desk.engine.begin() as connection:  # as a repair script or another program would
        connection.execute(text("UPDATE document SET title = '消防检查整改通知' WHERE dossier_id = :d"), {"d": tenant})
        assert search_index.pending(connection) == 1
    with desk.work(clerk):
        pass  # any action brings the index up to date before it commits
    assert found(desk, "整改通知") == [(tenant, MatchKind.DOCUMENT)]
    assert found(desk, "续签") == []


def test_a_failed_action_leaves_the_index_as_it_was(desk: Desk, clerk: Actor, tenant: int) -> None:
    with pytest.raises(RuntimeError), desk.work(clerk) as work:
        documents.add_document(work, tenant, DocumentInput("repairs", dt.date(2025, 3, 1), "窗户玻璃破裂"))
        raise RuntimeError("the power went")
    assert found(desk, "玻璃破裂") == []
    with desk.engine.connect() as connection:
        assert search_index.pending(connection) == 0


def test_rebuild_gives_the_same_index_as_keeping_it(desk: Desk, tenant: int, tmp_path: Path) -> None:
    def snapshot() -> list[tuple[object, ...]]:
        with desk.engine.connect() as connection:
            return sorted(
                connection.execute(
                    text(
                        "SELECT e.source, e.source_id, e.kind, e.part, t.text, e.key FROM search_entry e "
                        "LEFT JOIN search_text t ON t.id = e.text_id"
                    )
                ).all()
            )

    kept = snapshot()
    with desk.engine.begin() as connection:
        entries = search_index.rebuild(connection)
    assert snapshot() == kept and entries == len(kept)
    assert found(desk, "宏图")[:1] == [(tenant, MatchKind.CUSTOMER)]
