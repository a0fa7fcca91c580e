"""Staff changes (R11 人事变动): leaving files the 31316 form once, puts what the person holds on the to-recover list;
returned items leave it (and the card's form says 收回); a person who rejoins; optimistic locking; who may."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.desk import Actor, Desk
from app.errors import ChangedMeanwhile, Conflict, PermissionDenied, ValidationError
from app.forms import FormInput, read_form, record_form
from app.staff import (
    StaffInput,
    add_staff,
    customer_staff,
    link_item,
    linkable_records,
    mark_returned,
    print_to_recover,
    to_recover,
    unlink_item,
    update_staff,
)
from db.models import FormRecord, Tenancy
from tests.unit.forms.forms_support import embeds_cjk_font, moved_in, pdf_text

LEFT = dt.date(2026, 6, 1)


def _customer(desk: Desk, tenancy_id: int) -> int:
    with desk.read(None) as work:
        return work.session.get(Tenancy, tenancy_id).customer_id


def _card(desk: Desk, clerk: Actor, tenancy_id: int, number: str, holder: str = "王五") -> int:
    with desk.work(clerk) as work:
        values = {"card_no": number, "holder": holder, "issued_on": "2026-02-01", "state": "in_use"}
        return record_form(work, FormInput("qms-pm-31313", dt.date(2026, 2, 1), values, tenancy_id=tenancy_id)).id


def _keys(desk: Desk, clerk: Actor, tenancy_id: int) -> int:
    values = {"keys": "2", "principal": "王五", "custody_until": "2026-12-31"}
    with desk.work(clerk) as work:
        return record_form(work, FormInput("qms-pm-31317", dt.date(2026, 2, 1), values, tenancy_id=tenancy_id)).id


def _permit(desk: Desk, clerk: Actor, tenancy_id: int) -> int:
    values = {"permit_no": "P-88", "plate_no": "粤B12345", "valid_until": "2026-12-31", "collected_by": "王五"}
    with desk.work(clerk) as work:
        return record_form(work, FormInput("qms-pm-31306", dt.date(2026, 2, 1), values, tenancy_id=tenancy_id)).id


@pytest.fixture
def person(desk: Desk, clerk: Actor, building: object) -> tuple[int, int, int]:
    """王五 of 宏图科技 (joined 2026-01-10) holding access card A-01 and a parking permit: (staff, card, permit)."""
    tenancy_id = moved_in(desk, clerk)
    card = _card(desk, clerk, tenancy_id, "A-01")
    permit = _permit(desk, clerk, tenancy_id)
    with desk.work(clerk) as work:
        member = add_staff(
            work,
            _customer(desk, tenancy_id),
            StaffInput("王五", department="行政部", position="前台", joined_on=dt.date(2026, 1, 10)),
        )
        link_item(work, member.id, card)
        info = link_item(work, member.id, permit)
    assert [i.state for i in info.items] == ["held", "held"]
    return info.id, card, permit


def _leave(desk: Desk, actor: Actor, staff_id: int, left: dt.date | None = LEFT, joined: dt.date | None = None):
    with desk.work(actor) as work:
        (member,) = [m for m in customer_staff(work, _owner(work, staff_id)) if m.id == staff_id]
        data = StaffInput(
            member.name,
            department=member.department,
            position=member.position,
            joined_on=joined or member.joined_on,
            left_on=left,
            leaving="dismissed",
        )
        return update_staff(work, staff_id, data, expect_version=member.version)


def _owner(work, staff_id: int) -> int:
    from db.models import StaffMember

    return work.session.get(StaffMember, staff_id).customer_id


def _leaving_forms(desk: Desk) -> list[FormRecord]:
    with desk.read(None) as work:
        records = work.session.scalars(select(FormRecord).where(FormRecord.code == "qms-pm-31316")).all()
        return [(r.id, json.loads(r.values), r.document_id) for r in records]


def test_leaving_files_the_31316_form_once_and_lists_what_they_hold(
    desk: Desk, clerk: Actor, person: tuple[int, int, int]
) -> None:
    staff_id, _card, _permit = person
    left = _leave(desk, clerk, staff_id)
    assert left.left_on == LEFT and left.leaving == "dismissed"
    assert [i.state for i in left.items] == ["to_recover", "to_recover"]
    ((record_id, values, document_id),) = _leaving_forms(desk)
    assert left.leaving_record_id == record_id
    assert document_id is not None  # filed in the customer's dossier (人事变动)
    assert values["name"] == "王五" and values["department"] == "行政部" and values["left_on"] == "2026-06-01"
    assert values["leaving"] == "dismissed"
    assert [(r["item"], r["number"], r["returned"]) for r in values["returned"]] == [
        ("access_card", "A-01", False),
        ("parking_permit", "P-88", False),
    ]
    with desk.read(None) as work:
        rows = to_recover(work)
    assert [(r.person, r.kind, r.number, r.customer) for r in rows] == [
        ("王五", "access_card", "A-01", "宏图科技有限公司"),
        ("王五", "parking_permit", "P-88", "宏图科技有限公司"),
    ]
    # Saving the person again (a corrected department) files no second form; the one filed says it too.
    with desk.work(clerk) as work:
        update_staff(
            work,
            staff_id,
            StaffInput("王五", department="综合部", joined_on=dt.date(2026, 1, 10), left_on=LEFT, leaving="dismissed"),
            expect_version=left.version,
        )
    ((same_id, values, _),) = _leaving_forms(desk)
    assert same_id == record_id and values["department"] == "综合部"


def test_a_returned_card_leaves_the_list_and_its_form_says_returned(
    desk: Desk, clerk: Actor, person: tuple[int, int, int]
) -> None:
    staff_id, card, _permit = person
    _leave(desk, clerk, staff_id)
    with desk.read(None) as work:
        row = next(r for r in to_recover(work) if r.number == "A-01")
    with desk.work(clerk) as work:
        done = mark_returned(work, row.item_id, dt.date(2026, 6, 3), "李客务", expect_version=row.item_version)
    assert done.state == "returned" and done.received_by == "李客务"
    with desk.read(None) as work:
        assert [r.number for r in to_recover(work)] == ["P-88"]
        assert read_form(work, card).values["state"] == "returned"
    ((_, values, _),) = _leaving_forms(desk)
    assert [(r["number"], r["returned"], r["returned_on"]) for r in values["returned"]] == [
        ("A-01", True, "2026-06-03"),
        ("P-88", False, ""),
    ]
    # Returned once is returned: a second click is refused, and nothing is written.
    with pytest.raises(Conflict), desk.work(clerk) as work:
        mark_returned(work, row.item_id, dt.date(2026, 6, 4), "李客务", expect_version=done.version)


def test_returned_keys_fill_in_the_key_custody_form(desk: Desk, clerk: Actor, building: object) -> None:
    tenancy_id = moved_in(desk, clerk)
    keys = _keys(desk, clerk, tenancy_id)
    with desk.work(clerk) as work:
        member = add_staff(work, _customer(desk, tenancy_id), StaffInput("赵六"))
        link_item(work, member.id, keys)
    _leave(desk, clerk, member.id)
    with desk.read(None) as work:
        (row,) = to_recover(work)
    assert (row.kind, row.number) == ("key", "2")
    with desk.work(clerk) as work:
        mark_returned(work, row.item_id, dt.date(2026, 6, 2), "", expect_version=row.item_version)
    with desk.read(None) as work:
        values = read_form(work, keys).values
        assert not to_recover(work)
    assert (values["returned_by"], values["returned_at"]) == ("赵六", "2026-06-02")


def test_returning_before_leaving_or_in_the_future_is_refused(
    desk: Desk, clerk: Actor, person: tuple[int, int, int]
) -> None:
    staff_id, _card, _permit = person
    _leave(desk, clerk, staff_id)
    with desk.read(None) as work:
        row = to_recover(work)[0]
    for day in (dt.date(2026, 5, 31), dt.date(2026, 7, 1)):
        with pytest.raises(ValidationError) as refused, desk.work(clerk) as work:
            mark_returned(work, row.item_id, day, "李客务", expect_version=row.item_version)
        assert refused.value.field == "staff.returned_on"
    with desk.read(None) as work:
        assert len(to_recover(work)) == 2


def test_a_person_who_rejoins_keeps_what_they_hold_and_leaving_again_files_a_new_form(
    desk: Desk, clerk: Actor, person: tuple[int, int, int]
) -> None:
    staff_id, _card, _permit = person
    _leave(desk, clerk, staff_id)
    with desk.read(None) as work:
        card_row = next(r for r in to_recover(work) if r.number == "A-01")
    with desk.work(clerk) as work:
        mark_returned(work, card_row.item_id, dt.date(2026, 6, 2), "李客务", expect_version=card_row.item_version)
    back = _leave(desk, clerk, staff_id, left=None, joined=dt.date(2026, 6, 5))
    assert back.left_on is None and back.leaving_record_id is None and back.joined_on == dt.date(2026, 6, 5)
    assert sorted(i.state for i in back.items) == ["held", "returned"]
    with desk.read(None) as work:
        assert to_recover(work) == []
    again = _leave(desk, clerk, staff_id, left=dt.date(2026, 6, 12))
    forms = _leaving_forms(desk)
    assert len(forms) == 2 and again.leaving_record_id == forms[1][0]
    # The new form lists only what they still held: the permit, not the card handed back the first time.
    assert [(r["number"], r["returned"]) for r in forms[1][1]["returned"]] == [("P-88", False)]
    with desk.read(None) as work:
        assert [(r.number, r.recover_since) for r in to_recover(work)] == [("P-88", dt.date(2026, 6, 12))]


def test_a_person_added_as_already_left_and_an_item_linked_after(desk: Desk, clerk: Actor, building: object) -> None:
    tenancy_id = moved_in(desk, clerk)
    card = _card(desk, clerk, tenancy_id, "A-02", holder="钱七")
    with desk.work(clerk) as work:
        member = add_staff(work, _customer(desk, tenancy_id), StaffInput("钱七", left_on=LEFT))
    assert member.leaving == "resigned" and len(_leaving_forms(desk)) == 1
    with desk.read(None) as work:
        (offer,) = linkable_records(work, member.customer_id)
    assert (offer.form_record_id, offer.number, offer.holder) == (card, "A-02", "钱七")
    with desk.work(clerk) as work:
        linked = link_item(work, member.id, card)
    assert [i.state for i in linked.items] == ["to_recover"]
    ((_, values, _),) = _leaving_forms(desk)
    assert [r["number"] for r in values["returned"]] == ["A-02"]
    with desk.read(None) as work:
        assert linkable_records(work, member.customer_id) == []


def test_links_are_to_the_persons_own_companys_cards_keys_and_permits(
    desk: Desk, clerk: Actor, person: tuple[int, int, int]
) -> None:
    staff_id, card, _permit = person
    other = moved_in(desk, clerk, name="远航贸易有限公司", unit="102")
    foreign = _card(desk, clerk, other, "B-01")
    with desk.work(clerk) as work:
        meter = record_form(
            work,
            FormInput(
                "qms-pm-31304",
                dt.date(2026, 3, 1),
                {
                    "happened_at": "2026-03-01",
                    "place": "大堂",
                    "account": "漏水",
                    "measures": "关阀",
                    "handler": "张",
                    "result": "好",
                },
                tenancy_id=other,
            ),
        ).id
        add_staff(work, _customer(desk, other), StaffInput("孙八"))
        colleague = add_staff(work, _owner(work, staff_id), StaffInput("吴十"))
    for who, record, error in (
        (staff_id, foreign, ValidationError),  # another company's card
        (colleague.id, card, Conflict),  # 王五 holds it
        (staff_id, meter, ValidationError),  # not a card, key or permit
    ):
        with pytest.raises(error) as refused, desk.work(clerk) as work:
            link_item(work, who, record)
        assert refused.value.field == "staff.item"
    # A link made by mistake is undone while the item is only held.
    with desk.read(None) as work:
        (member,) = [m for m in customer_staff(work, _customer(desk, other))]
    with desk.work(clerk) as work:
        with_card = link_item(work, member.id, foreign)
        assert unlink_item(work, with_card.items[0].id, expect_version=with_card.items[0].version).items == ()


def test_bad_input_names_the_field_and_writes_nothing(desk: Desk, clerk: Actor, person: tuple[int, int, int]) -> None:
    staff_id, _card, _permit = person
    with desk.read(None) as work:
        (member,) = customer_staff(work, _owner(work, staff_id))
    cases = [
        (StaffInput(" "), "staff.name"),
        (StaffInput("王五", joined_on=dt.date(2026, 5, 1), left_on=dt.date(2026, 4, 1)), "staff.left_on"),
        (StaffInput("王五", left_on=dt.date(2026, 7, 1)), "staff.left_on"),
        (StaffInput("王五", left_on=LEFT, leaving="fired"), "staff.leaving"),
        (StaffInput("王五", department="部" * 101), "staff.department"),
    ]
    for data, field in cases:
        with pytest.raises(ValidationError) as refused, desk.work(clerk) as work:
            update_staff(work, staff_id, data, expect_version=member.version)
        assert refused.value.field == field
    assert _leaving_forms(desk) == []
    with desk.read(None) as work:
        assert customer_staff(work, member.customer_id)[0].version == member.version


def test_someone_else_saved_meanwhile(desk: Desk, clerk: Actor, person: tuple[int, int, int]) -> None:
    staff_id, _card, _permit = person
    with desk.read(None) as work:
        (member,) = customer_staff(work, _owner(work, staff_id))
    _leave(desk, clerk, staff_id)
    with pytest.raises(ChangedMeanwhile), desk.work(clerk) as work:
        update_staff(work, staff_id, StaffInput("王五", position="经理"), expect_version=member.version)
    assert len(_leaving_forms(desk)) == 1


def test_who_may_keep_staff(desk: Desk, admin: Actor, supervisor: Actor, person: tuple[int, int, int]) -> None:
    staff_id, _card, _permit = person
    with pytest.raises(PermissionDenied), desk.work(admin) as work:
        add_staff(work, _owner(work, staff_id), StaffInput("周九"))
    with pytest.raises(PermissionDenied):
        _leave(desk, admin, staff_id)
    assert _leave(desk, supervisor, staff_id).left_on == LEFT
    with desk.read(None) as work:
        assert work.session.scalar(select(func.count(FormRecord.id)).where(FormRecord.code == "qms-pm-31316")) == 1


def test_the_to_recover_list_prints_every_item_with_the_cjk_font(
    desk: Desk, clerk: Actor, person: tuple[int, int, int], tmp_path: Path
) -> None:
    staff_id, _card, _permit = person
    _leave(desk, clerk, staff_id)
    with desk.work(clerk) as work:
        pdf = print_to_recover(work, tmp_path / "待收回.pdf")
    text = pdf_text(pdf)
    assert "待收回物品清单" in text and "宏图科技有限公司" in text
    assert "王五" in text and "门禁卡" in text and "A-01" in text and "停车证" in text and "P-88" in text
    assert embeds_cjk_font(pdf)
