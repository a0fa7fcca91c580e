"""Recording a move-out: a notice for a coming day, or the day the tenant left (R6)."""

from __future__ import annotations

import datetime as dt

from app import buildings, dossiers, tenancy
from app.buildings import UnitStatus
from app.desk import Actor, Desk
from app.errors import Conflict, ValidationError
from tests.unit.unit_support import refused


def status_of(desk: Desk, number: str) -> UnitStatus:
    with desk.work(None) as work:
        (card,) = [c for c in buildings.unit_cards(work) if c.number == number]
        return card.status


def dossier_status(desk: Desk, dossier_id: int) -> str:
    with desk.work(None) as work:
        return dossiers.read_dossier(work, dossier_id).status


def test_a_notice_makes_the_unit_moving_out_and_keeps_the_dossier_live(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn
) -> None:
    with desk.work(clerk) as work:
        tenancy.record_move_out(work, tenant.tenancy_id, dt.date(2026, 7, 31))
    assert status_of(desk, "101") is UnitStatus.MOVING_OUT
    assert dossier_status(desk, tenant.dossier_id) == "live"


def test_a_move_out_today_frees_the_unit_and_departs_the_dossier(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn
) -> None:
    with desk.work(clerk) as work:
        tenancy.record_move_out(work, tenant.tenancy_id, dt.date(2026, 6, 15))  # the fixed clock's today
    assert status_of(desk, "101") is UnitStatus.VACANT
    assert dossier_status(desk, tenant.dossier_id) == "departed"
    with desk.work(None) as work:
        assert dossiers.dossier_history(work, tenant.dossier_id)[0].action == "move_out"
    with refused(desk, Conflict, "tenancy.move_out", "2026-06-15"), desk.work(clerk) as work:
        tenancy.record_move_out(work, tenant.tenancy_id, dt.date(2026, 8, 1))


def test_a_move_out_not_after_the_move_in_is_refused(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    with refused(desk, ValidationError, "tenancy.move_out", "2026-01-05"), desk.work(clerk) as work:
        tenancy.record_move_out(work, tenant.tenancy_id, dt.date(2026, 1, 5))
