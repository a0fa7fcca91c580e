"""Filled forms (form_record): saved and changed in one unit of work each, filed in the dossier, read back, listed.

A filled form is one FormRecord: its definition's code, the tenancy and unit it is about, the form's date, who
handled it (经办人) and its values as JSON. Saving can file it as a document of the tenancy's dossier under the form's
category (and a move-in paper then counts for the move-in checklist). A form that records a fact another register
keeps writes that register's record and keeps only its id (``fact_table``/``fact_id``): the 水、电表底数确认单
(qms-pm-31318) is app.fees' meter reading, and reading the form back reads the reading — one fact, one record.

ID numbers are read back masked for one who may not see them in full (app.privacy); saving a form whose ID number
still shows the masked text keeps the number on record.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, func, or_, select

from app.desk import Work
from app.dossier import DocumentInput, add_document
from app.errors import AppError, ChangedMeanwhile, NotFound, ValidationError
from app.fees import record_reading
from app.forms.definitions import FormDef, form_definition
from app.forms.values import FormFieldError, check_values, masked_values
from app.permissions import Action
from app.privacy import sees_id_numbers
from app.text import QT_TRANSLATE_NOOP
from app.validation import a_date, limited_text, within_years
from db.models import (
    Building,
    Customer,
    Dossier,
    Floor,
    FormRecord,
    MeterReading,
    Tenancy,
    TenancyUnit,
    Unit,
    User,
)

MAX_PAGE = 1000
# The meter reading's fields in app.fees and the form's fields that hold them (qms-pm-31318).
METER_FIELDS = {
    "meter.kind": "meter_kind",
    "meter.meter_no": "meter_no",
    "meter.reading": "reading",
    "meter.read_on": "read_on",
    "meter.confirmed_by": "confirmed_by",
}


@dataclass(frozen=True)
class FormInput:
    """What the person filled in: ``values`` by field key (text as typed, dates, rows of a table as dicts)."""

    code: str
    form_date: dt.date
    values: Mapping[str, Any]
    handled_by: str = ""
    tenancy_id: int | None = None
    unit_id: int | None = None


@dataclass(frozen=True)
class FormInfo:
    id: int
    version: int
    code: str
    title: str  # Chinese, as printed
    form_date: dt.date
    handled_by: str
    tenancy_id: int | None
    unit_id: int | None
    customer: str
    unit: str  # the unit's number ("" for none)
    building: str
    floor: str
    dossier_id: int | None
    document_id: int | None  # the filed document, once filed
    fact_table: str | None
    fact_id: int | None
    values: dict[str, Any] = field(hash=False)  # as stored, ID numbers masked unless the reader may see them
    created_by: str = ""
    created_at: dt.datetime | None = None


# -- where a form belongs ------------------------------------------------------------------------------------------


def _place(work: Work, data: FormInput, day: dt.date) -> tuple[int | None, int | None]:
    """The form's tenancy and unit, checked: a unit of that tenancy; a unit alone gets its tenancy on the form's day."""
    tenancy_id, unit_id = data.tenancy_id, data.unit_id
    if tenancy_id is not None and work.session.get(Tenancy, tenancy_id) is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("app", "There is no tenancy with id {id}."), field="form.tenancy", id=tenancy_id
        )
    if unit_id is not None and work.session.get(Unit, unit_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no unit with id {id}."), field="form.unit", id=unit_id)
    if tenancy_id is not None:
        units = list(
            work.session.scalars(
                select(TenancyUnit.unit_id).where(TenancyUnit.tenancy_id == tenancy_id).order_by(TenancyUnit.id)
            )
        )
        if unit_id is None:
            unit_id = units[0] if len(set(units)) == 1 else None
        elif unit_id not in units:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "{field}: the unit is not one of the tenancy's units."), field="form.unit"
            )
    elif unit_id is not None:
        tenancy_id = work.session.scalar(
            select(TenancyUnit.tenancy_id)
            .where(
                TenancyUnit.unit_id == unit_id,
                TenancyUnit.start_date <= day,
                or_(TenancyUnit.end_date.is_(None), TenancyUnit.end_date > day),
            )
            .limit(1)
        )
    return tenancy_id, unit_id


def _dossier_of(work: Work, tenancy_id: int | None) -> int | None:
    if tenancy_id is None:
        return None
    return work.session.scalar(select(Dossier.id).where(Dossier.tenancy_id == tenancy_id))


# -- the fact another register keeps -------------------------------------------------------------------------------


def _fact_values(work: Work, form: FormDef, record: FormRecord) -> dict[str, Any]:
    """The values the form's fact holds (its meter reading), in the form's stored forms."""
    if form.writes_to != "meter_reading" or record.fact_id is None:
        return {}
    reading = work.session.get(MeterReading, record.fact_id)
    if reading is None:
        return {}
    return {
        "meter_kind": reading.meter_kind,
        "meter_no": reading.meter_no,
        "reading": format(reading.reading.normalize(), "f"),
        "read_on": reading.read_on.isoformat(),
        "confirmed_by": reading.confirmed_by,
    }


def _write_reading(work: Work, form: FormDef, unit_id: int | None, values: dict[str, Any]) -> int:
    """Record the form's meter reading through app.fees (its rules: never lower than the one before)."""
    if unit_id is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field}: a meter reading is of one unit; choose the unit."), field="form.unit"
        )
    try:
        record_reading(
            work,
            unit_id,
            values["meter_kind"],
            values["reading"],
            read_on=dt.date.fromisoformat(values["read_on"]),
            meter_no=values["meter_no"],
            confirmed_by=values["confirmed_by"],
        )
    except AppError as error:
        key = METER_FIELDS.get(error.field or "")
        if key is None:
            raise
        # The same message, beside the form's own field (its label, not the fee room's name for it).
        raise FormFieldError(error.template, form.field(key), code=f"form.{key}", **error.params) from error
    reading_id = work.session.scalar(
        select(MeterReading.id).where(
            MeterReading.unit_id == unit_id,
            MeterReading.meter_kind == values["meter_kind"],
            MeterReading.read_on == dt.date.fromisoformat(values["read_on"]),
        )
    )
    assert reading_id is not None  # record_reading has just written it
    return int(reading_id)


# -- saving ------------------------------------------------------------------------------------------------------


def _checked(work: Work, data: FormInput) -> tuple[FormDef, dt.date, str, dict[str, Any]]:
    form = form_definition(data.code)
    day = within_years(a_date(data.form_date, "form.form_date"), "form.form_date")
    if day > work.today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} is still to come ({date})."), field="form.form_date", date=day
        )
    handled_by = limited_text(data.handled_by, "form.handled_by", 100)
    return form, day, handled_by, check_values(form, data.values)


def _document_title(form: FormDef, values: dict[str, Any]) -> str:
    from app.forms.values import value_text

    key_text = value_text(form.field(form.key), values.get(form.key)) if form.key else ""
    return f"{form.title} {key_text}".strip()[:200]


def _file(work: Work, form: FormDef, record: FormRecord, values: dict[str, Any]) -> int:
    dossier_id = _dossier_of(work, record.tenancy_id)
    if dossier_id is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field}: a form is filed in a customer's dossier; choose the customer's unit."),
            field="form.tenancy",
        )
    document = add_document(
        work,
        dossier_id,
        DocumentInput(
            category=form.category,
            doc_date=record.form_date,
            title=_document_title(form, values),
            reference_no=form.code,
            requirement=form.requirement,
            notes=f"form_record {record.id}",
        ),
    )
    return document.id


def record_form(work: Work, data: FormInput, *, file: bool = False) -> FormInfo:
    """Save a newly filled form; ``file``: also file it as a document in the tenancy's dossier."""
    actor = work.require(Action.RECORD_FORM)
    work.touched.registers.add("form")
    form, day, handled_by, values = _checked(work, data)
    tenancy_id, unit_id = _place(work, data, day)
    fact_id = _write_reading(work, form, unit_id, values) if form.writes_to == "meter_reading" else None
    kept = _without_fact(form, values)
    record = FormRecord(
        code=form.code,
        tenancy_id=tenancy_id,
        unit_id=unit_id,
        form_date=day,
        handled_by=handled_by,
        values=json.dumps(kept, ensure_ascii=False),
        fact_table=form.writes_to,
        fact_id=fact_id,
        created_by=actor.user_id,
        created_at=work.now,
    )
    work.session.add(record)
    work.session.flush()
    if file:
        record.document_id = _file(work, form, record, values)
        work.session.flush()
    dossier_id = _dossier_of(work, tenancy_id)
    _touch(work, record, dossier_id)
    work.log(
        dossier_id,
        "form_record",
        record.id,
        "create",
        {"code": form.code, "date": day, "filed": record.document_id is not None, "fact": fact_id},
    )
    return _info(work, form, record)


def _without_fact(form: FormDef, values: dict[str, Any]) -> dict[str, Any]:
    """What the form record keeps itself: not the values its fact holds (they are read from the fact)."""
    if form.writes_to != "meter_reading":
        return values
    return {k: v for k, v in values.items() if k not in METER_FIELDS.values()}


def _kept_ids(form: FormDef, new: dict[str, Any], old: dict[str, Any]) -> dict[str, Any]:
    """An ID number sent back as it was shown masked is the number on record, not a new one."""
    from app.privacy import mask_id_number

    def keep(f: Any, value: Any, before: Any) -> Any:
        if f.type == "id_number" and value and before and value == mask_id_number(str(before)):
            return before
        if f.type == "table" and isinstance(value, list) and isinstance(before, list):
            return [
                {c.key: keep(c, row.get(c.key), before[n].get(c.key) if n < len(before) else None) for c in f.columns}
                for n, row in enumerate(value)
            ]
        return value

    return {f.key: keep(f, new.get(f.key), old.get(f.key)) for f in form.fields}


def update_form(work: Work, record_id: int, data: FormInput, *, expect_version: int, file: bool = False) -> FormInfo:
    """Save a changed form over the record read at ``expect_version`` (ChangedMeanwhile if someone saved since)."""
    work.require(Action.RECORD_FORM)
    work.touched.registers.add("form")
    record = _record(work, record_id)
    if record.version != expect_version:
        raise ChangedMeanwhile(
            QT_TRANSLATE_NOOP("app", "Someone else changed this form meanwhile; it was reloaded. Save again."),
            field="form.record",
        )
    if data.code != record.code:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field}: a filled form stays the form it is ({code})."),
            field="form.code",
            code=record.code,
        )
    form, day, handled_by, values = _checked(work, data)
    old = json.loads(record.values) | _fact_values(work, form, record)
    values = _kept_ids(form, values, old)
    tenancy_id, unit_id = _place(work, data, day)
    if form.writes_to == "meter_reading":
        changed = [k for k in METER_FIELDS.values() if values.get(k) != old.get(k)]
        if changed or unit_id != record.unit_id:
            key = changed[0] if changed else "reading"
            raise FormFieldError(
                QT_TRANSLATE_NOOP(
                    "app", "{field}: a recorded meter reading is not changed; fill in a new form for a new reading."
                ),
                form.field(key),
                code=f"form.{key}",
            )
    changed_keys = sorted(k for k in values if values.get(k) != old.get(k))
    record.form_date = day
    record.handled_by = handled_by
    record.tenancy_id = tenancy_id
    record.unit_id = unit_id
    record.values = json.dumps(_without_fact(form, values), ensure_ascii=False)
    work.session.flush()
    if file and record.document_id is None:
        record.document_id = _file(work, form, record, values)
        work.session.flush()
    dossier_id = _dossier_of(work, tenancy_id)
    _touch(work, record, dossier_id)
    work.log(dossier_id, "form_record", record.id, "update", {"code": form.code, "fields": changed_keys})
    return _info(work, form, record)


def _touch(work: Work, record: FormRecord, dossier_id: int | None) -> None:
    if dossier_id is not None:
        work.touched.dossiers.add(dossier_id)
    if record.unit_id is not None:
        work.touched.units.add(record.unit_id)
    if record.document_id is not None:
        work.touched.documents.add(record.document_id)


# -- reading -----------------------------------------------------------------------------------------------------


def _record(work: Work, record_id: int) -> FormRecord:
    record = work.session.get(FormRecord, record_id) if isinstance(record_id, int) else None
    if record is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("app", "There is no filled form with id {id}."), field="form.record", id=record_id
        )
    return record


def read_form(work: Work, record_id: int) -> FormInfo:
    """One filled form, its fact's values read from the fact itself."""
    work.require_read()
    record = _record(work, record_id)
    return _info(work, form_definition(record.code), record)


def _info(work: Work, form: FormDef, record: FormRecord) -> FormInfo:
    place = work.session.execute(
        select(Customer.name, Dossier.id)
        .select_from(Tenancy)
        .join(Customer, Customer.id == Tenancy.customer_id)
        .outerjoin(Dossier, Dossier.tenancy_id == Tenancy.id)
        .where(Tenancy.id == record.tenancy_id)
    ).first()
    unit = work.session.execute(
        select(Unit.number, Floor.label, Building.name)
        .join(Floor, Floor.id == Unit.floor_id)
        .join(Building, Building.id == Floor.building_id)
        .where(Unit.id == record.unit_id)
    ).first()
    values = json.loads(record.values) | _fact_values(work, form, record)
    values = {f.key: values.get(f.key) for f in form.fields}
    return FormInfo(
        id=record.id,
        version=record.version,
        code=record.code,
        title=form.title,
        form_date=record.form_date,
        handled_by=record.handled_by,
        tenancy_id=record.tenancy_id,
        unit_id=record.unit_id,
        customer=place[0] if place else "",
        unit=unit[0] if unit else "",
        building=unit[2] if unit else "",
        floor=unit[1] if unit else "",
        dossier_id=place[1] if place else None,
        document_id=record.document_id,
        fact_table=record.fact_table,
        fact_id=record.fact_id,
        values=masked_values(form, values, sees_id_numbers(work.actor)),
        created_by=work.session.scalar(select(User.display_name).where(User.id == record.created_by)) or "",
        created_at=record.created_at,
    )


# -- a form type's register -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FormFilter:
    """Which filled forms of one type: where (building, floor, unit), when (the form's date), and a text."""

    code: str
    building_id: int | None = None
    floor_id: int | None = None
    unit_id: int | None = None
    tenancy_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    text: str = ""  # part of a value, the customer's name or who handled it


@dataclass(frozen=True)
class FormRow:
    id: int
    version: int
    code: str
    form_date: dt.date
    building: str
    floor: str
    unit: str
    customer: str
    handled_by: str
    tenancy_id: int | None
    dossier_id: int | None
    document_id: int | None
    values: dict[str, Any] = field(hash=False)  # the register's columns (and the rest), ID numbers masked


@dataclass(frozen=True)
class FormTotals:
    records: int
    money_fen: dict[str, int] = field(hash=False)  # per money field of the register: the sum of the matching forms


def _register_query(query: Select, wanted: FormFilter) -> Select:
    form_definition(wanted.code)
    first = (
        within_years(a_date(wanted.date_from, "registers.date_from"), "registers.date_from")
        if wanted.date_from
        else None
    )
    last = within_years(a_date(wanted.date_to, "registers.date_to"), "registers.date_to") if wanted.date_to else None
    if first is not None and last is not None and last < first:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field}: the period ends ({end}) before it starts ({start})."),
            field="registers.date_to",
            start=first,
            end=last,
        )
    query = (
        query.outerjoin(Unit, Unit.id == FormRecord.unit_id)
        .outerjoin(Floor, Floor.id == Unit.floor_id)
        .outerjoin(Tenancy, Tenancy.id == FormRecord.tenancy_id)
        .outerjoin(Customer, Customer.id == Tenancy.customer_id)
        .where(FormRecord.code == wanted.code)
    )
    if wanted.building_id is not None:
        query = query.where(Floor.building_id == wanted.building_id)
    if wanted.floor_id is not None:
        query = query.where(Unit.floor_id == wanted.floor_id)
    if wanted.unit_id is not None:
        query = query.where(FormRecord.unit_id == wanted.unit_id)
    if wanted.tenancy_id is not None:
        query = query.where(FormRecord.tenancy_id == wanted.tenancy_id)
    if first is not None:
        query = query.where(FormRecord.form_date >= first)
    if last is not None:
        query = query.where(FormRecord.form_date <= last)
    text = limited_text(wanted.text, "form.text", 100)
    if text:
        query = query.outerjoin(MeterReading, MeterReading.id == FormRecord.fact_id).where(
            or_(
                FormRecord.values.contains(text, autoescape=True),
                Customer.name.contains(text, autoescape=True),
                FormRecord.handled_by.contains(text, autoescape=True),
                Unit.number.contains(text, autoescape=True),
                MeterReading.meter_no.contains(text, autoescape=True),
            )
        )
    return query


def _page(offset: int, limit: int) -> None:
    if isinstance(offset, bool) or isinstance(limit, bool) or offset < 0 or not 0 <= limit <= MAX_PAGE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} asks for too many rows at once (the most is {limit})."),
            field="form.page",
            limit=MAX_PAGE,
        )


def form_register(work: Work, wanted: FormFilter, *, offset: int = 0, limit: int = 50) -> list[FormRow]:
    """A page of one form type's register, newest form first."""
    work.require_read()
    _page(offset, limit)
    form = form_definition(wanted.code)
    query = _register_query(
        select(FormRecord, Unit.number, Floor.label, Building.name, Customer.name, Dossier.id),
        wanted,
    )
    query = (
        query.outerjoin(Building, Building.id == Floor.building_id)
        .outerjoin(Dossier, Dossier.tenancy_id == FormRecord.tenancy_id)
        .order_by(FormRecord.form_date.desc(), FormRecord.id.desc())
        .offset(offset)
        .limit(limit)
    )
    reveal = sees_id_numbers(work.actor)
    rows: list[FormRow] = []
    for record, unit, floor, building, customer, dossier_id in work.session.execute(query).all():
        values = json.loads(record.values) | _fact_values(work, form, record)
        values = masked_values(form, {f.key: values.get(f.key) for f in form.fields}, reveal)
        rows.append(
            FormRow(
                id=record.id,
                version=record.version,
                code=record.code,
                form_date=record.form_date,
                building=building or "",
                floor=floor or "",
                unit=unit or "",
                customer=customer or "",
                handled_by=record.handled_by,
                tenancy_id=record.tenancy_id,
                dossier_id=dossier_id,
                document_id=record.document_id,
                values=values,
            )
        )
    return rows


def form_totals(work: Work, wanted: FormFilter) -> FormTotals:
    """How many forms match, and the sums of the register's money columns over them."""
    work.require_read()
    form = form_definition(wanted.code)
    count = work.session.execute(_register_query(select(func.count(FormRecord.id)), wanted)).scalar_one()
    money = [key for key in form.register if form.field(key).type == "money"]
    sums = dict.fromkeys(money, 0)
    if money:
        for text in work.session.scalars(_register_query(select(FormRecord.values), wanted)):
            values = json.loads(text)
            for key in money:
                sums[key] += int(values.get(key) or 0)
    return FormTotals(int(count), sums)
