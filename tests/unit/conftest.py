"""Fixtures for the unit tests: a tenant moved into unit 101 of the demo building."""

from __future__ import annotations

import datetime as dt

import pytest

from app.building import buildings
from app.customers.details import CustomerInput
from app.desk import Actor, Desk
from app.tenancy import lifecycle as tenancy
from tests.unit.unit_support import unit_id


@pytest.fixture
def tenant(desk: Desk, clerk: Actor, building: buildings.BuildingInfo) -> tenancy.MoveIn:
    """甲公司 in unit 101 since 2026-01-05, open-ended."""
    unit = unit_id(desk, "101")
    with desk.work(clerk) as work:
        return tenancy.move_in(
            work, customer=CustomerInput(name="甲科技有限公司"), unit_ids=[unit], move_in=dt.date(2026, 1, 5)
        )
