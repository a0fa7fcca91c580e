"""The customer's people, what they hold, and the to-recover list (待收回), each change one unit of work.

A person (StaffMember) is the customer's, with a department, a position, and the days they joined and left. What
they hold — an access card (qms-pm-31313), unit keys in custody (31317), a parking permit (31306) — is a link to that
form's record (StaffItem), never a copy: the card number, the holder and the state are read from the form record.

Someone leaving (their left date set) files the qms-pm-31316 form (辞职、辞退员工名单记录表) with their name,
department, left date and each item to hand back, and puts every item they still hold on the to-recover list. An
item marked returned (the day, who received it) leaves the list; the card's 31313 record is set to 收回, the key
custody form gets its 归还人/归还时间, and the 31316 record's row says it was handed back — through app.forms' own
update path, in the same unit of work. A person who rejoins (their left date cleared) keeps what they still hold:
those items leave the list; their 31316 record stays filed, and leaving again files a new one.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.desk import Work
from app.errors import ChangedMeanwhile, Conflict, NotFound, ValidationError
from app.forms import FormInput, read_form, record_form, update_form
from app.permissions import Action
from app.text import QT_TRANSLATE_NOOP
from app.validation import a_date, limited_text, required_text, within_years
from db.models import STAFF_LEAVINGS, Customer, Dossier, FormRecord, StaffItem, StaffMember, Tenancy

LEAVING_FORM = "qms-pm-31316"
# The forms whose records a person holds, and the item each is on the 31316 form ("returned" table's choices).
ITEM_KINDS = {"qms-pm-31313": "access_card", "qms-pm-31317": "key", "qms-pm-31306": "parking_permit"}
# The field naming the item (its number on the 31316 form and the list).
_NUMBER_FIELD = {"qms-pm-31313": "card_no", "qms-pm-31317": "keys", "qms-pm-31306": "permit_no"}


@dataclass(frozen=True)
class StaffInput:
    name: str
    department: str = ""
    position: str = ""
    joined_on: dt.date | None = None
    left_on: dt.date | None = None
    leaving: str = "resigned"  # 辞职 or 辞退 ("dismissed"), when left_on is given


@dataclass(frozen=True)
class StaffItemInfo:
    id: int
    version: int
    staff_id: int
    form_record_id: int
    code: str
    kind: str  # access_card, key, parking_permit
    number: str  # the card or permit number; for keys, how many
    form_date: dt.date
    state: str  # "held", "to_recover", "returned"
    recover_since: dt.date | None
    returned_on: dt.date | None
    received_by: str


@dataclass(frozen=True)
class StaffInfo:
    id: int
    version: int
    customer_id: int
    customer: str
    name: str
    department: str
    position: str
    joined_on: dt.date | None
    left_on: dt.date | None
    leaving: str | None
    leaving_record_id: int | None  # the 31316 form record filed when they left
    items: tuple[StaffItemInfo, ...]

    @property
    def to_recover(self) -> int:
        return sum(1 for item in self.items if item.state == "to_recover")


@dataclass(frozen=True)
class LinkableRecord:
    """A card, key or permit record of the customer's that nobody holds yet."""

    form_record_id: int
    code: str
    kind: str
    number: str
    holder: str  # the name the form gives (持卡人, 委托人, 领取人)
    form_date: dt.date


@dataclass(frozen=True)
class RecoverRow:
    """One item still to be recovered from someone who left."""

    item_id: int
    item_version: int
    staff_id: int
    person: str
    department: str
    customer_id: int
    customer: str
    left_on: dt.date | None
    kind: str
    number: str
    form_record_id: int
    recover_since: dt.date


# -- checking ------------------------------------------------------------------------------------------------------


def _member(work: Work, staff_id: int) -> StaffMember:
    member = work.session.get(StaffMember, staff_id) if isinstance(staff_id, int) else None
    if member is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no staff member with id {id}."), field="staff", id=staff_id)
    return member


def _customer(work: Work, customer_id: int) -> Customer:
    customer = work.session.get(Customer, customer_id) if isinstance(customer_id, int) else None
    if customer is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("app", "There is no customer with id {id}."), field="staff.customer", id=customer_id
        )
    return customer


def _item(work: Work, item_id: int) -> StaffItem:
    item = work.session.get(StaffItem, item_id) if isinstance(item_id, int) else None
    if item is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no held item with id {id}."), field="staff.item", id=item_id)
    return item


def _day(value: dt.date | None, field: str, work: Work) -> dt.date | None:
    if value is None:
        return None
    day = within_years(a_date(value, field), field)
    if day > work.today:
        raise ValidationError(QT_TRANSLATE_NOOP("app", "{field} is still to come ({date})."), field=field, date=day)
    return day


def _checked(work: Work, data: StaffInput) -> StaffInput:
    joined = _day(data.joined_on, "staff.joined_on", work)
    left = _day(data.left_on, "staff.left_on", work)
    if joined is not None and left is not None and left < joined:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field}: they left ({end}) before they joined ({start})."),
            field="staff.left_on",
            start=joined,
            end=left,
        )
    if data.leaving not in STAFF_LEAVINGS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be one of {allowed}, not “{value}”."),
            field="staff.leaving",
            allowed=", ".join(STAFF_LEAVINGS),
            value=str(data.leaving),
        )
    return StaffInput(
        name=required_text(data.name, "staff.name", 100),
        department=limited_text(data.department, "staff.department", 100),
        position=limited_text(data.position, "staff.position", 100),
        joined_on=joined,
        left_on=left,
        leaving=data.leaving,
    )


# -- the form records a person holds ----------------------------------------------------------------------------------


def _values(record: FormRecord) -> dict[str, Any]:
    return json.loads(record.values)


def _number(record: FormRecord) -> str:
    value = _values(record).get(_NUMBER_FIELD[record.code])
    return "" if value is None else str(value)


def _already_back(record: FormRecord) -> bool:
    """The form itself says the item is back: a card 收回, keys with a return day."""
    values = _values(record)
    if record.code == "qms-pm-31313":
        return values.get("state") == "returned"
    if record.code == "qms-pm-31317":
        return bool(values.get("returned_at"))
    return False


def _item_info(work: Work, item: StaffItem) -> StaffItemInfo:
    record = work.session.get(FormRecord, item.form_record_id)
    assert record is not None  # a foreign key
    if item.returned_on is not None:
        state = "returned"
    elif item.recover_since is not None:
        state = "to_recover"
    else:
        state = "held"
    return StaffItemInfo(
        id=item.id,
        version=item.version,
        staff_id=item.staff_id,
        form_record_id=record.id,
        code=record.code,
        kind=ITEM_KINDS[record.code],
        number=_number(record),
        form_date=record.form_date,
        state=state,
        recover_since=item.recover_since,
        returned_on=item.returned_on,
        received_by=item.received_by,
    )


def _info(work: Work, member: StaffMember) -> StaffInfo:
    items = work.session.scalars(select(StaffItem).where(StaffItem.staff_id == member.id).order_by(StaffItem.id))
    customer = work.session.get(Customer, member.customer_id)
    return StaffInfo(
        id=member.id,
        version=member.version,
        customer_id=member.customer_id,
        customer=customer.name if customer else "",
        name=member.name,
        department=member.department,
        position=member.position,
        joined_on=member.joined_on,
        left_on=member.left_on,
        leaving=member.leaving,
        leaving_record_id=member.leaving_record_id,
        items=tuple(_item_info(work, item) for item in items),
    )


def _touch(work: Work, member: StaffMember) -> None:
    work.touched.customers.add(member.customer_id)
    work.touched.registers.add("staff")


def _tenancy_of(work: Work, customer_id: int, day: dt.date) -> tuple[int | None, bool]:
    """The customer's tenancy a form of ``day`` belongs to (the one running then, else the latest), and whether it
    has a dossier to file the form in."""
    tenancies = work.session.execute(
        select(Tenancy.id, Tenancy.move_in, Tenancy.move_out, Dossier.id)
        .outerjoin(Dossier, Dossier.tenancy_id == Tenancy.id)
        .where(Tenancy.customer_id == customer_id)
        .order_by(Tenancy.move_in.desc(), Tenancy.id.desc())
    ).all()
    running = [t for t in tenancies if t[1] <= day and (t[2] is None or t[2] >= day)]
    chosen = (running or tenancies or [None])[0]
    if chosen is None:
        return None, False
    return chosen[0], chosen[3] is not None


# -- leaving, rejoining --------------------------------------------------------------------------------------------


def _leaving_values(work: Work, member: StaffMember) -> dict[str, Any]:
    rows = []
    # This leaving's items: those put on the list on its left date (not those recovered when they left before).
    for item in work.session.scalars(
        select(StaffItem)
        .where(StaffItem.staff_id == member.id, StaffItem.recover_since >= member.left_on)
        .order_by(StaffItem.id)
    ):
        record = work.session.get(FormRecord, item.form_record_id)
        assert record is not None
        rows.append(
            {
                "item": ITEM_KINDS[record.code],
                "number": _number(record)[:30],
                "returned": item.returned_on is not None,
                "returned_on": item.returned_on,
            }
        )
    return {
        "name": member.name,
        "department": member.department,
        "left_on": member.left_on,
        "leaving": member.leaving,
        "returned": rows,
    }


def _put_on_list(work: Work, member: StaffMember, item: StaffItem) -> None:
    """An item of someone who has left goes on the to-recover list, unless its form says it is back already."""
    record = work.session.get(FormRecord, item.form_record_id)
    assert record is not None
    if item.returned_on is None and member.left_on is not None and not _already_back(record):
        item.recover_since = member.left_on


def _leave(work: Work, member: StaffMember) -> None:
    """File the 31316 form for someone who has just left and put what they hold on the to-recover list."""
    assert member.left_on is not None
    for item in work.session.scalars(select(StaffItem).where(StaffItem.staff_id == member.id)):
        _put_on_list(work, member, item)
    work.session.flush()
    tenancy_id, has_dossier = _tenancy_of(work, member.customer_id, member.left_on)
    record = record_form(
        work,
        FormInput(
            code=LEAVING_FORM,
            form_date=member.left_on,
            values=_leaving_values(work, member),
            handled_by=work.actor.display_name if work.actor else "",
            tenancy_id=tenancy_id,
        ),
        file=has_dossier,
    )
    member.leaving_record_id = record.id


def _rewrite_leaving_record(work: Work, member: StaffMember) -> None:
    """The 31316 record says again what the person's record says (a corrected left date, an item handed back)."""
    if member.leaving_record_id is None:
        return
    form = read_form(work, member.leaving_record_id)
    update_form(
        work,
        form.id,
        FormInput(
            code=LEAVING_FORM,
            form_date=member.left_on or form.form_date,
            values=_leaving_values(work, member),
            handled_by=form.handled_by,
            tenancy_id=form.tenancy_id,
            unit_id=form.unit_id,
        ),
        expect_version=form.version,
    )


def _rejoin(work: Work, member: StaffMember) -> None:
    """Back at the company: what they still hold is theirs again; the 31316 record already filed stays filed."""
    for item in work.session.scalars(
        select(StaffItem).where(
            StaffItem.staff_id == member.id, StaffItem.recover_since.is_not(None), StaffItem.returned_on.is_(None)
        )
    ):
        item.recover_since = None
    member.leaving_record_id = None


# -- the use cases -------------------------------------------------------------------------------------------------


def add_staff(work: Work, customer_id: int, data: StaffInput) -> StaffInfo:
    """A new person of the customer's; given a left date, they have left (the 31316 form is filed)."""
    actor = work.require(Action.KEEP_STAFF)
    _customer(work, customer_id)
    data = _checked(work, data)
    member = StaffMember(
        customer_id=customer_id,
        name=data.name,
        department=data.department,
        position=data.position,
        joined_on=data.joined_on,
        left_on=data.left_on,
        leaving=data.leaving if data.left_on else None,
        created_by=actor.user_id,
        created_at=work.now,
    )
    work.session.add(member)
    work.session.flush()
    if member.left_on is not None:
        _leave(work, member)
    work.session.flush()
    _touch(work, member)
    work.log(None, "staff_member", member.id, "create", {"name": member.name, "left_on": member.left_on})
    return _info(work, member)


def update_staff(work: Work, staff_id: int, data: StaffInput, *, expect_version: int) -> StaffInfo:
    """Save a person read at ``expect_version``: a left date newly set is their leaving, one cleared their rejoining."""
    work.require(Action.KEEP_STAFF)
    member = _member(work, staff_id)
    if member.version != expect_version:
        raise ChangedMeanwhile(
            QT_TRANSLATE_NOOP("app", "Someone else changed this person meanwhile; it was reloaded. Save again."),
            field="staff",
        )
    data = _checked(work, data)
    was_left = member.left_on
    before = (member.name, member.department, member.left_on, member.leaving)
    member.name, member.department, member.position = data.name, data.department, data.position
    member.joined_on, member.left_on = data.joined_on, data.left_on
    member.leaving = data.leaving if data.left_on else None
    work.session.flush()
    if was_left is None and member.left_on is not None:
        _leave(work, member)
        action = "leave"
    elif was_left is not None and member.left_on is None:
        _rejoin(work, member)
        action = "rejoin"
    else:
        action = "update"
        if member.left_on is not None and before != (member.name, member.department, member.left_on, member.leaving):
            for item in work.session.scalars(
                select(StaffItem).where(StaffItem.staff_id == member.id, StaffItem.recover_since == was_left)
            ):
                item.recover_since = member.left_on
            work.session.flush()
            _rewrite_leaving_record(work, member)
    work.session.flush()
    _touch(work, member)
    work.log(None, "staff_member", member.id, action, {"name": member.name, "left_on": member.left_on})
    return _info(work, member)


def link_item(work: Work, staff_id: int, form_record_id: int) -> StaffInfo:
    """The person holds the card, keys or permit of that form record (of their own company's, held by nobody else)."""
    work.require(Action.KEEP_STAFF)
    member = _member(work, staff_id)
    record = work.session.get(FormRecord, form_record_id) if isinstance(form_record_id, int) else None
    if record is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("app", "There is no filled form with id {id}."), field="staff.item", id=form_record_id
        )
    if record.code not in ITEM_KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app", "{field}: a person holds access cards, keys and parking permits, not form {code}."
            ),
            field="staff.item",
            code=record.code,
        )
    customer_id = work.session.scalar(select(Tenancy.customer_id).where(Tenancy.id == record.tenancy_id))
    if customer_id != member.customer_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field}: that form is not of this person's company."), field="staff.item"
        )
    holder = work.session.scalar(select(StaffItem.staff_id).where(StaffItem.form_record_id == record.id))
    if holder is not None:
        name = work.session.scalar(select(StaffMember.name).where(StaffMember.id == holder))
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "{field}: {name} holds it already."), field="staff.item", name=name or ""
        )
    item = StaffItem(
        staff_id=member.id, form_record_id=record.id, received_by="", linked_by=work.actor.user_id, linked_at=work.now
    )
    work.session.add(item)
    work.session.flush()
    if member.left_on is not None:
        _put_on_list(work, member, item)
        work.session.flush()
        _rewrite_leaving_record(work, member)
    _touch(work, member)
    work.log(None, "staff_item", item.id, "link", {"staff": member.id, "form_record": record.id})
    return _info(work, member)


def unlink_item(work: Work, item_id: int, *, expect_version: int) -> StaffInfo:
    """Undo a link made by mistake (an item on the to-recover list or returned is kept: it is the record of that)."""
    work.require(Action.KEEP_STAFF)
    item = _item(work, item_id)
    if item.version != expect_version:
        raise ChangedMeanwhile(
            QT_TRANSLATE_NOOP("app", "Someone else changed this person meanwhile; it was reloaded. Save again."),
            field="staff",
        )
    if item.recover_since is not None or item.returned_on is not None:
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "{field}: an item to be recovered or returned stays on record."),
            field="staff.item",
        )
    member = _member(work, item.staff_id)
    work.log(None, "staff_item", item.id, "unlink", {"staff": member.id, "form_record": item.form_record_id})
    work.session.delete(item)
    work.session.flush()
    _touch(work, member)
    return _info(work, member)


def mark_returned(
    work: Work, item_id: int, returned_on: dt.date, received_by: str, *, expect_version: int
) -> StaffItemInfo:
    """The item is back (the day, who received it): it leaves the to-recover list, and its forms say so."""
    actor = work.require(Action.KEEP_STAFF)
    item = _item(work, item_id)
    if item.version != expect_version:
        raise ChangedMeanwhile(
            QT_TRANSLATE_NOOP("app", "Someone else changed this item meanwhile; it was reloaded. Save again."),
            field="staff.item",
        )
    if item.recover_since is None or item.returned_on is not None:
        raise Conflict(QT_TRANSLATE_NOOP("app", "{field}: it is not on the to-recover list."), field="staff.item")
    day = _day(returned_on, "staff.returned_on", work)
    assert day is not None
    if day < item.recover_since:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field}: it cannot be returned ({end}) before its holder left ({start})."),
            field="staff.returned_on",
            start=item.recover_since,
            end=day,
        )
    receiver = required_text(received_by or actor.display_name, "staff.received_by", 100)
    member = _member(work, item.staff_id)
    item.returned_on, item.received_by = day, receiver
    work.session.flush()
    _item_form_says_returned(work, item.form_record_id, member.name, day)
    _rewrite_leaving_record(work, member)
    _touch(work, member)
    work.log(None, "staff_item", item.id, "return", {"staff": member.id, "returned_on": day, "received_by": receiver})
    return _item_info(work, item)


def _item_form_says_returned(work: Work, record_id: int, person: str, day: dt.date) -> None:
    """The card's 31313 record to 收回, the key custody form's 归还人 and 归还时间 (where not filled in already)."""
    form = read_form(work, record_id)
    values = dict(form.values)
    if form.code == "qms-pm-31313" and values.get("state") != "returned":
        values["state"] = "returned"
    elif form.code == "qms-pm-31317" and not values.get("returned_at"):
        values["returned_at"] = day
        values["returned_by"] = values.get("returned_by") or person
    else:
        return
    update_form(
        work,
        form.id,
        FormInput(
            code=form.code,
            form_date=form.form_date,
            values=values,
            handled_by=form.handled_by,
            tenancy_id=form.tenancy_id,
            unit_id=form.unit_id,
        ),
        expect_version=form.version,
    )


# -- reading -------------------------------------------------------------------------------------------------------


def staff_member(work: Work, staff_id: int) -> StaffInfo:
    work.require_read()
    return _info(work, _member(work, staff_id))


def customer_staff(work: Work, customer_id: int) -> list[StaffInfo]:
    """The customer's people: those still there first (by name), then those who left (latest first)."""
    work.require_read()
    _customer(work, customer_id)
    members = list(work.session.scalars(select(StaffMember).where(StaffMember.customer_id == customer_id)))
    members.sort(key=lambda m: (m.left_on is not None, -(m.left_on or dt.date.min).toordinal(), m.name, m.id))
    return [_info(work, m) for m in members]


def linkable_records(work: Work, customer_id: int) -> list[LinkableRecord]:
    """The customer's card, key and permit records nobody holds yet, newest first."""
    work.require_read()
    held = select(StaffItem.form_record_id)
    records = work.session.scalars(
        select(FormRecord)
        .join(Tenancy, Tenancy.id == FormRecord.tenancy_id)
        .where(
            Tenancy.customer_id == customer_id,
            FormRecord.code.in_(list(ITEM_KINDS)),
            FormRecord.id.not_in(held),
        )
        .order_by(FormRecord.form_date.desc(), FormRecord.id.desc())
    )
    holder_field = {"qms-pm-31313": "holder", "qms-pm-31317": "principal", "qms-pm-31306": "collected_by"}
    return [
        LinkableRecord(
            form_record_id=r.id,
            code=r.code,
            kind=ITEM_KINDS[r.code],
            number=_number(r),
            holder=str(_values(r).get(holder_field[r.code]) or ""),
            form_date=r.form_date,
        )
        for r in records
    ]


def to_recover(work: Work, customer_id: int | None = None) -> list[RecoverRow]:
    """What is still to be recovered from people who left (all customers, or one), longest waiting first."""
    work.require_read()
    query = (
        select(StaffItem, StaffMember, Customer.name, FormRecord)
        .join(StaffMember, StaffMember.id == StaffItem.staff_id)
        .join(Customer, Customer.id == StaffMember.customer_id)
        .join(FormRecord, FormRecord.id == StaffItem.form_record_id)
        .where(StaffItem.recover_since.is_not(None), StaffItem.returned_on.is_(None))
        .order_by(StaffItem.recover_since, Customer.name, StaffMember.name, StaffItem.id)
    )
    if customer_id is not None:
        _customer(work, customer_id)
        query = query.where(StaffMember.customer_id == customer_id)
    return [
        RecoverRow(
            item_id=item.id,
            item_version=item.version,
            staff_id=member.id,
            person=member.name,
            department=member.department,
            customer_id=member.customer_id,
            customer=customer,
            left_on=member.left_on,
            kind=ITEM_KINDS[record.code],
            number=_number(record),
            form_record_id=record.id,
            recover_since=item.recover_since,
        )
        for item, member, customer, record in work.session.execute(query).all()
    ]
