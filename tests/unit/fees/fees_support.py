"""Helpers for the fee tests: a building with areas, fee items with rates, tenants moved in."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.building import buildings
from app.customers.details import CustomerInput
from app.desk import Actor, Desk
from app.fees.items import FeeItemDraft, save_fee_item, set_rate
from app.tenancy.lifecycle import move_in
from tests.unit.unit_support import unit_id


def give_areas(desk: Desk, manager: Actor, areas: dict[str, str]) -> None:
    with desk.work(manager) as work:
        for number, area in areas.items():
            card = buildings.unit_cards(work, unit_ids=[unit_id(desk, number)])[0]
            buildings.update_unit(work, card.unit_id, area=Decimal(area), use=card.use, expected_version=card.version)


def fee_item(
    desk: Desk,
    manager: Actor,
    name: str,
    basis: str,
    rates: dict[dt.date, str],
    *,
    meter_kind: str | None = None,
    billing_day: int = 1,
    due_days: int = 15,
    free_during_fit_out: bool = False,
) -> int:
    with desk.work(manager) as work:
        item = save_fee_item(
            work,
            FeeItemDraft(
                name=name,
                basis=basis,
                meter_kind=meter_kind,
                billing_day=billing_day,
                due_days=due_days,
                free_during_fit_out=free_during_fit_out,
            ),
        )
        for day, rate in rates.items():
            set_rate(work, item.id, day, rate)
    return item.id


def tenant(
    desk: Desk,
    clerk: Actor,
    name: str,
    units: list[str],
    moved_in: dt.date,
    *,
    move_out: dt.date | None = None,
    fit_out_until: dt.date | None = None,
) -> int:
    with desk.work(clerk) as work:
        done = move_in(
            work,
            customer=CustomerInput(name=name),
            unit_ids=[unit_id(desk, u) for u in units],
            move_in=moved_in,
            move_out=move_out,
            fit_out_until=fit_out_until,
        )
    return done.tenancy_id
