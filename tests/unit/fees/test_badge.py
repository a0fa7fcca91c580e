"""The floor grid's arrears badge (R11): a unit card carries what its tenancy has overdue today, read once for the
floor; a payment takes it away."""

from __future__ import annotations

import datetime as dt

from app.building.buildings import BuildingInfo, list_floors, unit_cards
from app.desk import Actor, Desk
from app.fees.ageing import band_of
from app.fees.charging import generate_month
from app.fees.payments import record_payment
from tests.unit.fees.fees_support import fee_item, give_areas, tenant

D = dt.date


def _cards(desk: Desk, actor: Actor, building: BuildingInfo, label: str) -> dict[str, int]:
    with desk.read(actor) as work:
        floor = next(f for f in list_floors(work, building.id) if f.label == label)
        return {c.number: c.arrears_fen for c in unit_cards(work, floor_id=floor.id)}


def test_a_card_shows_what_is_overdue_until_it_is_paid(
    desk: Desk, manager: Actor, clerk: Actor, building: BuildingInfo
) -> None:
    give_areas(desk, manager, {"101": "100", "102": "10"})
    fee_item(desk, manager, "物业管理费", "area", {D(2026, 1, 1): "30"}, due_days=15)
    behind = tenant(desk, clerk, "甲公司", ["101"], D(2025, 12, 1))
    tenant(desk, clerk, "乙公司", ["102"], D(2025, 12, 1))
    with desk.work(manager) as work:
        generate_month(work, "2026-05")  # due 2026-05-16: overdue on 2026-06-15 (the tests' today)
        generate_month(work, "2026-06")  # due 2026-06-16: not yet overdue
    assert _cards(desk, clerk, building, "1F") == {"101": 300000, "102": 30000, "103": 0, "104": 0}
    assert band_of(300000) == "medium" and band_of(30000) == "low" and band_of(0) is None
    with desk.work(clerk) as work:
        record_payment(work, behind, 300000, paid_on=D(2026, 6, 15), method="transfer")
    assert _cards(desk, clerk, building, "1F")["101"] == 0  # May paid; June not due yet


def test_a_vacant_floor_has_no_arrears(desk: Desk, clerk: Actor, building: BuildingInfo) -> None:
    assert set(_cards(desk, clerk, building, "2F").values()) == {0}
