"""The month-end summary (月末汇总): what a month's charges came to (应收), what payments made by the month's end paid
of them (实收), and what is still owed of them (欠收), by fee item and by floor, with totals (R11).

应收 is every line of the month (所属期间): the monthly run's charges and adjustments and the one-offs, so a
negative adjustment lowers it. 实收 is what payments dated up to the month's last day allocated to those lines,
less what reversals dated up to then took back: money received and not allocated (prepaid, 预收) is no charge's and
is not counted. A line of the tenancy as a whole (a one-off without a unit) counts on the floor of the tenancy's
first unit.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select

from app.desk import Work
from app.errors import NotFound
from app.fees.charging import Month, parse_month
from app.text import QT_TRANSLATE_NOOP
from db.models import Building, FeeAllocation, FeeCharge, FeeItem, FeePayment, Floor, TenancyUnit, Unit


@dataclass(frozen=True)
class SummaryRow:
    label: str  # the fee item's name, or the floor's ("12F", "A座 12F" when several buildings are in it)
    charged_fen: int  # 应收
    received_fen: int  # 实收

    @property
    def outstanding_fen(self) -> int:
        """欠收."""
        return self.charged_fen - self.received_fen


@dataclass(frozen=True)
class MonthSummary:
    month: Month
    building: str  # "" for every building
    by_item: tuple[SummaryRow, ...]  # in the fee items' order
    by_floor: tuple[SummaryRow, ...]  # by building, then floor from the lowest
    lines: int  # charge lines of the month counted

    @property
    def received_by(self) -> dt.date:
        """实收 counts payments up to this day (the month's last)."""
        return self.month.last

    @property
    def total(self) -> SummaryRow:
        return SummaryRow(
            "",
            sum(row.charged_fen for row in self.by_item),
            sum(row.received_fen for row in self.by_item),
        )


def month_summary(work: Work, month: str | Month, building_id: int | None = None) -> MonthSummary:
    """The month's 应收 / 实收 / 欠收 by fee item and by floor, of one building or every building."""
    work.require_read()
    month = parse_month(month)
    building = ""
    if building_id is not None:
        found = work.session.get(Building, building_id)
        if found is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("app", "There is no building with id {id}."), field="fees.building", id=building_id
            )
        building = found.name
    # The floor of a line without a unit: the tenancy's first unit (lowest floor, then number).
    first_unit = (
        select(TenancyUnit.unit_id)
        .join(Unit, Unit.id == TenancyUnit.unit_id)
        .join(Floor, Floor.id == Unit.floor_id)
        .where(TenancyUnit.tenancy_id == FeeCharge.tenancy_id)
        .order_by(Floor.level, Unit.number)
        .limit(1)
        .scalar_subquery()
    )
    unit_of_line = func.coalesce(FeeCharge.unit_id, first_unit).label("unit_id")
    received = (
        select(FeeAllocation.charge_id.label("charge_id"), func.sum(FeeAllocation.amount_fen).label("fen"))
        .join(FeePayment, FeePayment.id == FeeAllocation.payment_id)
        .join(FeeCharge, FeeCharge.id == FeeAllocation.charge_id)
        .where(FeeCharge.period == month.code, FeePayment.paid_on <= month.last)
        .group_by(FeeAllocation.charge_id)
        .subquery()
    )
    lines = (
        select(FeeCharge.item_id, unit_of_line, FeeCharge.amount_fen, func.coalesce(received.c.fen, 0).label("paid"))
        .outerjoin(received, received.c.charge_id == FeeCharge.id)
        .where(FeeCharge.period == month.code)
        .subquery()
    )
    rows = work.session.execute(
        select(
            lines.c.item_id,
            Floor.id,
            Building.name,
            Floor.label,
            Floor.level,
            func.sum(lines.c.amount_fen),
            func.sum(lines.c.paid),
            func.count(),
        )
        .join(Unit, Unit.id == lines.c.unit_id)
        .join(Floor, Floor.id == Unit.floor_id)
        .join(Building, Building.id == Floor.building_id)
        .where(*([Building.id == building_id] if building_id is not None else []))
        # The building's id too: PostgreSQL takes a column (its name) only from a table whose key is grouped by.
        .group_by(lines.c.item_id, Floor.id, Building.id)
    ).all()
    items = {
        item_id: (position, name)
        for item_id, position, name in work.session.execute(select(FeeItem.id, FeeItem.position, FeeItem.name))
    }
    by_item: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    by_floor: dict[tuple[str, int, str], list[int]] = defaultdict(lambda: [0, 0])
    count = 0
    buildings = set()
    for item_id, _floor_id, building_name, label, level, charged, paid, n in rows:
        by_item[item_id][0] += int(charged)
        by_item[item_id][1] += int(paid)
        by_floor[(building_name, level, label)][0] += int(charged)
        by_floor[(building_name, level, label)][1] += int(paid)
        buildings.add(building_name)
        count += int(n)
    several = len(buildings) > 1
    return MonthSummary(
        month=month,
        building=building,
        by_item=tuple(
            SummaryRow(items[item_id][1], charged, paid)
            for item_id, (charged, paid) in sorted(by_item.items(), key=lambda kv: (items[kv[0]][0], kv[0]))
        ),
        by_floor=tuple(
            SummaryRow(f"{name} {label}" if several else label, charged, paid)
            for (name, _level, label), (charged, paid) in sorted(by_floor.items(), key=lambda kv: kv[0][:2])
        ),
        lines=count,
    )
