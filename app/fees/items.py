"""Fee items, their rates from a day on, and the fee settings the printouts' letterhead uses (R11).

A fee item says how its monthly amount is worked out (``FEE_BASES``): per m² of the unit's area per month, a fixed
amount per unit per month, a metered reading × rate, or a one-off amount added at the desk. A rate holds from its
day until the next rate's day, so a rate change from 1 July charges June at the old rate and July at the new one.
Only the department manager sets them up (``Action.MANAGE_FEES``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select

from app.desk import Work, expect_version
from app.errors import ChangedMeanwhile, Conflict, Named, NotFound, ValidationError
from app.permissions import Action
from app.settings import hold_settings, store, stored
from app.text import QT_TRANSLATE_NOOP
from app.validation import a_date, limited_text, required_text, whole_number, within_years
from db.models import FEE_BASES, METER_KINDS, Building, FeeCharge, FeeItem, FeeRate, Setting

BASIS_NAMES = {
    "area": QT_TRANSLATE_NOOP("fees", "Per m² per month"),
    "fixed": QT_TRANSLATE_NOOP("fees", "Fixed per month"),
    "metered": QT_TRANSLATE_NOOP("fees", "Metered (reading × rate)"),
    "one_off": QT_TRANSLATE_NOOP("fees", "One-off"),
}
METER_NAMES = {
    "water": QT_TRANSLATE_NOOP("fees", "Water"),
    "electricity": QT_TRANSLATE_NOOP("fees", "Electricity"),
}
# Four decimal places, as the column keeps them: 0.8650 yuan per kWh.
RATE_PLACES = Decimal("0.0001")
MAX_RATE = Decimal("100000000")


@dataclass(frozen=True)
class RateInfo:
    id: int
    valid_from: dt.date
    rate: Decimal


@dataclass(frozen=True)
class FeeItemInfo:
    id: int
    version: int
    name: str
    basis: str  # one of FEE_BASES
    meter_kind: str | None  # for a metered item: one of METER_KINDS
    building_id: int | None  # None: every building
    building: str  # "" for every building
    billing_day: int  # the day of the month the charge is billed (1–28)
    due_days: int  # days after billing it must be paid
    free_during_fit_out: bool
    active: bool
    rates: tuple[RateInfo, ...]  # oldest first

    def rate_on(self, day: dt.date) -> Decimal | None:
        """The rate that holds on ``day`` (None before the first rate)."""
        found = None
        for rate in self.rates:
            if rate.valid_from <= day:
                found = rate.rate
        return found


@dataclass(frozen=True)
class FeeItemDraft:
    """What the fee item form edits."""

    name: str
    basis: str
    meter_kind: str | None = None
    building_id: int | None = None
    billing_day: int = 1
    due_days: int = 15
    free_during_fit_out: bool = False
    active: bool = True


@dataclass(frozen=True)
class FeeSettings:
    """The letterhead of receipts, statements and arrears notices, and how receipt numbers start."""

    company_name: str = ""  # the property-management company (收款单位)
    address: str = ""
    phone: str = ""
    bank_name: str = ""  # 开户行, for payment by transfer
    bank_account: str = ""  # 账号
    receipt_prefix: str = "SK"  # receipt numbers: SK2026-000001


_SETTING_KEYS = {
    "company_name": ("fees.company_name", 100),
    "address": ("fees.address", 200),
    "phone": ("fees.phone", 50),
    "bank_name": ("fees.bank_name", 100),
    "bank_account": ("fees.bank_account", 50),
    "receipt_prefix": ("fees.receipt_prefix", 8),
}


def fee_settings(work: Work) -> FeeSettings:
    work.require_read()
    keys = {key: name for name, (key, _) in _SETTING_KEYS.items()}
    rows = work.session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(list(keys))))
    return FeeSettings(**{keys[key]: value for key, value in rows})


def change_fee_settings(work: Work, settings: FeeSettings, *, as_read: FeeSettings | None = None) -> FeeSettings:
    """Save the fee settings; ``as_read`` (the settings as the form read them): refused if saved meanwhile at
    another desk (``ChangedMeanwhile``), never overwritten with the form's older values."""
    work.require(Action.MANAGE_FEES)
    hold_settings(work, "fees.")
    if as_read is not None and fee_settings(work) != as_read:
        raise ChangedMeanwhile(
            QT_TRANSLATE_NOOP(
                "app", "The fee settings were changed meanwhile at another desk; nothing was saved: check them again."
            )
        )
    changed = {}
    for name, (key, limit) in _SETTING_KEYS.items():
        value = limited_text(getattr(settings, name), f"fees.{name}", limit)
        if name == "receipt_prefix" and not all(c.isalnum() or c in "-_" for c in value):
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "{field} may hold only letters, digits, - and _, not “{value}”."),
                field="fees.receipt_prefix",
                value=value,
            )
        if stored(work, key) != value:
            changed[name] = value
        store(work, key, value)
    if changed:
        work.log(None, "fee_settings", None, "update", changed)
    return fee_settings(work)


def _rates(work: Work, item_ids: list[int]) -> dict[int, list[RateInfo]]:
    found: dict[int, list[RateInfo]] = {i: [] for i in item_ids}
    if item_ids:
        rows = work.session.execute(
            select(FeeRate).where(FeeRate.item_id.in_(item_ids)).order_by(FeeRate.item_id, FeeRate.valid_from)
        ).scalars()
        for rate in rows:
            found[rate.item_id].append(RateInfo(rate.id, rate.valid_from, rate.rate))
    return found


def fee_items(work: Work, *, include_inactive: bool = True, building_id: int | None = None) -> list[FeeItemInfo]:
    """The fee items in their order, with their rates; ``building_id`` keeps those charged in that building."""
    work.require_read()
    query = (
        select(FeeItem, Building.name)
        .outerjoin(Building, Building.id == FeeItem.building_id)
        .order_by(FeeItem.position, FeeItem.id)
    )
    if not include_inactive:
        query = query.where(FeeItem.active.is_(True))
    if building_id is not None:
        query = query.where((FeeItem.building_id.is_(None)) | (FeeItem.building_id == building_id))
    rows = work.session.execute(query).all()
    rates = _rates(work, [item.id for item, _ in rows])
    return [
        FeeItemInfo(
            id=item.id,
            version=item.version,
            name=item.name,
            basis=item.basis,
            meter_kind=item.meter_kind,
            building_id=item.building_id,
            building=building or "",
            billing_day=item.billing_day,
            due_days=item.due_days,
            free_during_fit_out=item.free_during_fit_out,
            active=item.active,
            rates=tuple(rates[item.id]),
        )
        for item, building in rows
    ]


def fee_item(work: Work, item_id: int) -> FeeItemInfo:
    for item in fee_items(work):
        if item.id == item_id:
            return item
    raise NotFound(QT_TRANSLATE_NOOP("app", "There is no fee item with id {id}."), field="fee.item", id=item_id)


def _checked(work: Work, draft: FeeItemDraft) -> FeeItemDraft:
    name = required_text(draft.name, "fee.name", 100)
    if draft.basis not in FEE_BASES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be one of the ways a fee is worked out, not “{value}”."),
            field="fee.basis",
            value=draft.basis,
        )
    meter = draft.meter_kind if draft.basis == "metered" else None
    if draft.basis == "metered" and meter not in METER_KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "A metered fee names its meter: water or electricity."), field="fee.meter_kind"
        )
    if draft.building_id is not None and work.session.get(Building, draft.building_id) is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("app", "There is no building with id {id}."), field="fee.building", id=draft.building_id
        )
    return FeeItemDraft(
        name=name,
        basis=draft.basis,
        meter_kind=meter,
        building_id=draft.building_id,
        billing_day=whole_number(draft.billing_day, "fee.billing_day", 1, 28),
        due_days=whole_number(draft.due_days, "fee.due_days", 0, 366),
        free_during_fit_out=bool(draft.free_during_fit_out),
        active=bool(draft.active),
    )


def save_fee_item(
    work: Work, draft: FeeItemDraft, *, item_id: int | None = None, expected_version: int | None = None
) -> FeeItemInfo:
    """Add a fee item, or change one (``item_id``, refused if changed meanwhile). The basis of an item already
    charged does not change: its past lines were worked out that way (make a new item instead)."""
    work.require(Action.MANAGE_FEES)
    draft = _checked(work, draft)
    clash = work.session.execute(select(FeeItem.id).where(FeeItem.name == draft.name)).scalar()
    if clash is not None and clash != item_id:
        raise Conflict(
            QT_TRANSLATE_NOOP("app", "There is already a fee item called “{name}”."), field="fee.name", name=draft.name
        )
    values = {
        "name": draft.name,
        "basis": draft.basis,
        "meter_kind": draft.meter_kind,
        "building_id": draft.building_id,
        "billing_day": draft.billing_day,
        "due_days": draft.due_days,
        "free_during_fit_out": draft.free_during_fit_out,
        "active": draft.active,
    }
    if item_id is None:
        position = work.session.execute(select(FeeItem.position).order_by(FeeItem.position.desc()).limit(1)).scalar()
        item = FeeItem(**values, position=(position or 0) + 1)
        work.session.add(item)
        work.session.flush()
        work.log(None, "fee_item", item.id, "create", values)
        return fee_item(work, item.id)
    item = work.session.get(FeeItem, item_id)
    if item is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no fee item with id {id}."), field="fee.item", id=item_id)
    if expected_version is not None:
        expect_version(
            item,
            expected_version,
            QT_TRANSLATE_NOOP("app", "The fee item “{name}” was changed meanwhile by someone else; check it again."),
            name=item.name,
        )
    if draft.basis != item.basis or draft.meter_kind != item.meter_kind:
        charged = work.session.execute(select(FeeCharge.id).where(FeeCharge.item_id == item.id).limit(1)).first()
        if charged is not None:
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "app",
                    "“{name}” has been charged already, so how it is worked out stays as it is; make a new fee item "
                    "and set this one inactive.",
                ),
                field="fee.basis",
                name=item.name,
            )
    changed = {k: [getattr(item, k), v] for k, v in values.items() if getattr(item, k) != v}
    for key, value in values.items():
        setattr(item, key, value)
    work.session.flush()
    if changed:
        work.log(None, "fee_item", item.id, "update", changed)
    return fee_item(work, item.id)


def checked_rate(value: Decimal | str, field: str = "fee.rate") -> Decimal:
    try:
        rate = Decimal(str(value).strip().replace(",", ""))
    except InvalidOperation:
        rate = None
    if rate is None or not rate.is_finite() or rate < 0 or rate > MAX_RATE or rate != rate.quantize(RATE_PLACES):
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{field} must be a rate of 0 or more with at most four decimals, not “{value}”."),
            field=field,
            value=str(value),
        )
    return rate


def set_rate(work: Work, item_id: int, valid_from: dt.date, rate: Decimal | str) -> FeeItemInfo:
    """The item's rate from ``valid_from`` on (a rate already set for that very day is replaced). Months already
    charged are not changed here: generating such a month again adds an adjustment line for the difference."""
    work.require(Action.MANAGE_FEES)
    item = work.session.get(FeeItem, item_id)
    if item is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no fee item with id {id}."), field="fee.item", id=item_id)
    day = within_years(a_date(valid_from, "fee.valid_from"), "fee.valid_from")
    value = checked_rate(rate)
    row = work.session.execute(
        select(FeeRate).where(FeeRate.item_id == item_id, FeeRate.valid_from == day)
    ).scalar_one_or_none()
    before = str(row.rate) if row is not None else None
    if row is None:
        work.session.add(
            FeeRate(
                item_id=item_id,
                valid_from=day,
                rate=value,
                recorded_by=work.require(Action.MANAGE_FEES).user_id,
                recorded_at=work.now,
            )
        )
    else:
        row.rate = value
        row.recorded_at = work.now
    work.session.flush()
    work.log(None, "fee_item", item_id, "rate", {"from": day, "rate": str(value), "before": before})
    return fee_item(work, item_id)


def basis_name(basis: str) -> Named:
    return Named("fees", BASIS_NAMES[basis])
