"""Water and electricity meter readings (水、电表底数, form qms-pm-31318): meter, reading, day, who confirmed it.

The monthly run charges a metered item from the month's last reading and the one before it (app/fees/charging).
A reading lower than the one before is refused unless the meter number changed (a new meter starts again).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select

from app.desk import Work
from app.errors import Conflict, NotFound, ValidationError
from app.permissions import Action
from app.text import QT_TRANSLATE_NOOP
from app.validation import a_date, limited_text, within_years
from db.models import METER_KINDS, MeterReading, Unit, User

MAX_READING = Decimal("999999999999")


@dataclass(frozen=True)
class ReadingInfo:
    id: int
    unit_id: int
    meter_kind: str
    meter_no: str
    reading: Decimal
    read_on: dt.date
    confirmed_by: str
    recorded_by: str


def _reading(value: Decimal | str) -> Decimal:
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        number = None
    if (
        number is None
        or not number.is_finite()
        or number < 0
        or number > MAX_READING
        or number != number.quantize(Decimal("0.01"))
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be a meter reading of 0 or more, not “{value}”."),
            field="meter.reading",
            value=str(value),
        )
    return number


def record_reading(
    work: Work,
    unit_id: int,
    meter_kind: str,
    reading: Decimal | str,
    *,
    read_on: dt.date,
    meter_no: str = "",
    confirmed_by: str = "",
) -> ReadingInfo:
    actor = work.require(Action.RECORD_METER_READING)
    if work.session.get(Unit, unit_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no unit with id {id}."), field="meter.unit", id=unit_id)
    if meter_kind not in METER_KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be water or electricity, not “{value}”."),
            field="meter.kind",
            value=meter_kind,
        )
    value = _reading(reading)
    day = within_years(a_date(read_on, "meter.read_on"), "meter.read_on")
    if day > work.today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} is still to come ({date})."), field="meter.read_on", date=day.isoformat()
        )
    number = limited_text(meter_no, "meter.meter_no", 40)
    same_day = work.session.execute(
        select(MeterReading.id).where(
            MeterReading.unit_id == unit_id, MeterReading.meter_kind == meter_kind, MeterReading.read_on == day
        )
    ).first()
    if same_day is not None:
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "This meter has a reading for {date} already."),
            field="meter.read_on",
            date=day.isoformat(),
        )
    before = work.session.execute(
        select(MeterReading)
        .where(MeterReading.unit_id == unit_id, MeterReading.meter_kind == meter_kind, MeterReading.read_on < day)
        .order_by(MeterReading.read_on.desc())
        .limit(1)
    ).scalar()
    if before is not None and value < before.reading and (not number or number == before.meter_no):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app",
                "{field} {value} is lower than the reading of {date} ({before}); for a new meter, give its number.",
            ),
            field="meter.reading",
            value=str(value),
            date=before.read_on.isoformat(),
            before=str(before.reading),
        )
    row = MeterReading(
        unit_id=unit_id,
        meter_kind=meter_kind,
        meter_no=number,
        reading=value,
        read_on=day,
        confirmed_by=limited_text(confirmed_by, "meter.confirmed_by", 100),
        recorded_by=actor.user_id,
        recorded_at=work.now,
    )
    work.session.add(row)
    work.session.flush()
    work.touched.units.add(unit_id)
    work.log(
        None, "meter_reading", row.id, "create", {"unit": unit_id, "kind": meter_kind, "reading": str(value), "on": day}
    )
    return readings_of(work, unit_id, meter_kind)[0]


def readings_of(work: Work, unit_id: int, meter_kind: str | None = None) -> list[ReadingInfo]:
    """The unit's readings, newest first."""
    work.require_read()
    query = (
        select(MeterReading, User.display_name)
        .join(User, User.id == MeterReading.recorded_by)
        .where(MeterReading.unit_id == unit_id)
        .order_by(MeterReading.read_on.desc(), MeterReading.id.desc())
    )
    if meter_kind is not None:
        query = query.where(MeterReading.meter_kind == meter_kind)
    return [
        ReadingInfo(r.id, r.unit_id, r.meter_kind, r.meter_no, r.reading, r.read_on, r.confirmed_by, who)
        for r, who in work.session.execute(query).all()
    ]
