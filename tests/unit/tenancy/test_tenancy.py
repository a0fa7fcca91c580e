"""Moving in: customer, tenancy and dossier at once; no two tenants in a unit on one day."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.building import buildings
from app.customers.details import CustomerInput
from app.desk import Actor, Desk
from app.dossier import dossiers
from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.tenancy import lifecycle as tenancy
from tests.unit.unit_support import refused, row_counts

D = dt.date


def _unit(desk: Desk, number: str) -> int:
    with desk.read(None) as work:
        return buildings.find_units(work, [number])[0]


def _move_in(
    desk: Desk,
    actor: Actor,
    units: list[int],
    start: dt.date,
    end: dt.date | None = None,
    name: str = "新租户公司",
    **extra: object,
) -> tenancy.MoveIn:
    with desk.work(actor) as work:
        return tenancy.move_in(
            work,
            customer=CustomerInput(name=name),
            unit_ids=units,
            move_in=start,
            move_out=end,
            **extra,  # type: ignore[arg-type]
        )


# --- what a move-in records ----------------------------------------------------------------


def test_move_in_creates_customer_tenancy_and_live_dossier(
    desk: Desk, clerk: Actor, building: buildings.BuildingInfo
) -> None:
    before = row_counts(desk)
    moved = _move_in(desk, clerk, [_unit(desk, "101")], D(2026, 3, 1), name="  甲科技有限公司 ", location="A柜1层")
    after = row_counts(desk)
    for table in ("customer", "tenancy", "tenancy_unit", "dossier", "change"):
        assert after[table] == before[table] + 1, table
    with desk.read(None) as work:
        view = dossiers.read_dossier(work, moved.dossier_id)
    assert view.status == "live"
    assert view.label_text == "甲科技有限公司"
    assert view.customer.name == "甲科技有限公司"
    assert (view.unit, view.floor, view.building) == ("101", "1F", building.name)
    assert view.location == "A柜1层"
    assert (view.move_in, view.move_out) == (D(2026, 3, 1), None)
    assert moved.dossier_number == f"{building.id}-101-2026"


def test_move_in_to_several_units_files_dossier_under_the_first(
    desk: Desk, clerk: Actor, building: buildings.BuildingInfo
) -> None:
    units = [_unit(desk, n) for n in ("203", "201", "202")]
    moved = _move_in(desk, clerk, units, D(2026, 2, 1))
    with desk.read(None) as work:
        view = dossiers.read_dossier(work, moved.dossier_id)
        cards = buildings.unit_cards(work, unit_ids=units)
    assert view.unit == "203"
    assert [u.number for u in view.units] == ["203", "201", "202"]
    assert {c.dossier_id for c in cards} == {moved.dossier_id}


def test_existing_customer_moves_into_another_unit(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    before = row_counts(desk)
    with desk.work(clerk) as work:
        second = tenancy.move_in(
            work, customer=tenant.customer_id, unit_ids=[_unit(desk, "102")], move_in=D(2026, 6, 1)
        )
    after = row_counts(desk)
    assert second.customer_id == tenant.customer_id
    assert after["customer"] == before["customer"]
    assert after["dossier"] == before["dossier"] + 1
    assert second.dossier_number != tenant.dossier_number


def test_past_tenancy_gets_a_departed_dossier(desk: Desk, clerk: Actor, building: buildings.BuildingInfo) -> None:
    moved = _move_in(desk, clerk, [_unit(desk, "104")], D(2024, 1, 1), D(2026, 6, 15))  # leaves today
    with desk.read(None) as work:
        assert dossiers.read_dossier(work, moved.dossier_id).status == "departed"


def test_tenancy_ending_later_keeps_a_live_dossier(desk: Desk, clerk: Actor, building: buildings.BuildingInfo) -> None:
    moved = _move_in(desk, clerk, [_unit(desk, "104")], D(2024, 1, 1), D(2026, 6, 16))
    with desk.read(None) as work:
        assert dossiers.read_dossier(work, moved.dossier_id).status == "live"


def test_second_dossier_same_unit_same_year_gets_a_distinct_number(
    desk: Desk, clerk: Actor, building: buildings.BuildingInfo
) -> None:
    unit = _unit(desk, "301")
    first = _move_in(desk, clerk, [unit], D(2026, 1, 1), D(2026, 3, 1), name="一")
    second = _move_in(desk, clerk, [unit], D(2026, 3, 1), name="二")
    assert first.dossier_number == f"{building.id}-301-2026"
    assert second.dossier_number == f"{building.id}-301-2026-2"


# --- bad input: one test per rule ----------------------------------------------------------


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_empty_customer_name_is_refused(desk: Desk, clerk: Actor, building: buildings.BuildingInfo, name: str) -> None:
    with refused(desk, ValidationError, "customer.name"):
        _move_in(desk, clerk, [_unit(desk, "101")], D(2026, 1, 1), name=name)


def test_unknown_unit_id_is_refused(desk: Desk, clerk: Actor, building: buildings.BuildingInfo) -> None:
    with refused(desk, NotFound, "tenancy.units", "98765"):
        _move_in(desk, clerk, [_unit(desk, "101"), 98765], D(2026, 1, 1))


def test_unknown_customer_id_is_refused(desk: Desk, clerk: Actor, building: buildings.BuildingInfo) -> None:
    with refused(desk, NotFound, "customer", "4242"), desk.work(clerk) as work:
        tenancy.move_in(work, customer=4242, unit_ids=[_unit(desk, "101")], move_in=D(2026, 1, 1))


def test_empty_unit_list_is_refused(desk: Desk, clerk: Actor, building: buildings.BuildingInfo) -> None:
    with refused(desk, ValidationError, "tenancy.units"):
        _move_in(desk, clerk, [], D(2026, 1, 1))


def test_same_unit_twice_is_refused(desk: Desk, clerk: Actor, building: buildings.BuildingInfo) -> None:
    unit = _unit(desk, "101")
    with refused(desk, ValidationError, "tenancy.units"):
        _move_in(desk, clerk, [unit, unit], D(2026, 1, 1))


def test_move_out_on_the_move_in_day_is_refused(desk: Desk, clerk: Actor, building: buildings.BuildingInfo) -> None:
    with refused(desk, ValidationError, "tenancy.move_out", "2026-05-01"):
        _move_in(desk, clerk, [_unit(desk, "101")], D(2026, 5, 1), D(2026, 5, 1))


def test_move_out_before_move_in_is_refused(desk: Desk, clerk: Actor, building: buildings.BuildingInfo) -> None:
    with refused(desk, ValidationError, "tenancy.move_out", "2026-04-30", "2026-05-01"):
        _move_in(desk, clerk, [_unit(desk, "101")], D(2026, 5, 1), D(2026, 4, 30))


def test_fit_out_ending_before_move_in_is_refused(desk: Desk, clerk: Actor, building: buildings.BuildingInfo) -> None:
    with refused(desk, ValidationError, "tenancy.fit_out_until", "2026-04-01"):
        _move_in(desk, clerk, [_unit(desk, "101")], D(2026, 5, 1), fit_out_until=D(2026, 4, 1))


def test_move_in_that_is_not_a_date_is_refused(desk: Desk, clerk: Actor, building: buildings.BuildingInfo) -> None:
    with refused(desk, ValidationError, "tenancy.move_in"), desk.work(clerk) as work:
        tenancy.move_in(
            work,
            customer=CustomerInput(name="甲"),
            unit_ids=[_unit(desk, "101")],
            move_in="2026-05-01",  # type: ignore[arg-type]
        )


def test_bad_customer_email_is_refused(desk: Desk, clerk: Actor, building: buildings.BuildingInfo) -> None:
    with refused(desk, ValidationError, "customer.email", "info@example"), desk.work(clerk) as work:
        tenancy.move_in(
            work,
            customer=CustomerInput(name="甲", email="info@example"),
            unit_ids=[_unit(desk, "101")],
            move_in=D(2026, 1, 1),
        )


def test_moving_into_a_unit_occupied_open_ended_is_refused(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    # the tenant fixture holds 101 from 2026-01-05, open-ended
    with refused(desk, Conflict, "tenancy.units", "101", "甲科技有限公司", "2026-01-05"):
        _move_in(desk, clerk, [_unit(desk, "101")], D(2030, 1, 1))


def test_moving_in_before_an_open_ended_tenant_for_ever_is_refused(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn
) -> None:
    with refused(desk, Conflict, "tenancy.units", "101"):
        _move_in(desk, clerk, [_unit(desk, "101")], D(2025, 1, 1))


def test_moving_into_a_unit_occupied_in_a_bounded_stay_is_refused(
    desk: Desk, clerk: Actor, building: buildings.BuildingInfo
) -> None:
    unit = _unit(desk, "102")
    _move_in(desk, clerk, [unit], D(2025, 1, 1), D(2025, 12, 31), name="乙公司")
    with refused(desk, Conflict, "tenancy.units", "102", "乙公司", "2025-01-01", "2025-12-31"):
        _move_in(desk, clerk, [unit], D(2025, 12, 30), D(2026, 6, 1))
    with refused(desk, Conflict, "tenancy.units", "102"):
        _move_in(desk, clerk, [unit], D(2024, 6, 1), D(2025, 1, 2))
    with refused(desk, Conflict, "tenancy.units", "102"):
        _move_in(desk, clerk, [unit], D(2025, 3, 1), D(2025, 4, 1))


def test_one_occupied_unit_of_several_refuses_the_whole_move_in(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn
) -> None:
    with refused(desk, Conflict, "tenancy.units", "101"):
        _move_in(desk, clerk, [_unit(desk, "104"), _unit(desk, "101")], D(2026, 7, 1))


def test_moving_in_on_the_previous_tenants_move_out_day_is_allowed(
    desk: Desk, clerk: Actor, building: buildings.BuildingInfo
) -> None:
    unit = _unit(desk, "103")
    _move_in(desk, clerk, [unit], D(2025, 1, 1), D(2026, 3, 1), name="旧租户")
    moved = _move_in(desk, clerk, [unit], D(2026, 3, 1), name="新租户")
    with desk.read(None) as work:
        (card,) = buildings.unit_cards(work, unit_ids=[unit], on=D(2026, 3, 1))
        (before,) = buildings.unit_cards(work, unit_ids=[unit], on=D(2026, 2, 28))
    assert (card.customer, card.dossier_id) == ("新租户", moved.dossier_id)
    assert before.customer == "旧租户"


def test_leaving_on_the_next_tenants_move_in_day_is_allowed(
    desk: Desk, clerk: Actor, building: buildings.BuildingInfo
) -> None:
    unit = _unit(desk, "103")
    _move_in(desk, clerk, [unit], D(2026, 9, 1), name="后来者")
    _move_in(desk, clerk, [unit], D(2026, 1, 1), D(2026, 9, 1), name="先来者")


def test_clerk_needs_to_be_logged_in_to_move_someone_in(desk: Desk, building: buildings.BuildingInfo) -> None:
    with refused(desk, PermissionDenied, None), desk.work(None) as work:
        tenancy.move_in(work, customer=CustomerInput(name="甲"), unit_ids=[_unit(desk, "101")], move_in=D(2026, 1, 1))


# --- property: exactly the non-overlapping stays are accepted ------------------------------

_counter = itertools.count()
_stay = st.tuples(st.integers(0, 60), st.one_of(st.none(), st.integers(1, 30)))


def _overlaps(a: tuple[int, int | None], b: tuple[int, int | None]) -> bool:
    """Half-open [start, end) ranges, end None = open-ended."""
    a_start, a_end = a
    b_start, b_end = b
    return (a_end is None or b_start < a_end) and (b_end is None or a_start < b_end)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(stays=st.lists(_stay, min_size=1, max_size=6))
def test_move_in_accepts_exactly_the_stays_that_do_not_overlap(
    desk: Desk, manager: Actor, clerk: Actor, stays: list[tuple[int, int | None]]
) -> None:
    with desk.work(manager) as work:
        info = buildings.create_building(work, f"性质楼{next(_counter)}", floors_from=1, floors_to=1, units_per_floor=1)
        unit = buildings.unit_cards(work, building_id=info.id)[0].unit_id
    origin = D(2020, 1, 1)
    accepted: list[tuple[int, int | None]] = []
    for start, length in stays:
        stay = (start, None if length is None else start + length)
        expected = not any(_overlaps(stay, other) for other in accepted)
        move_out = None if stay[1] is None else origin + dt.timedelta(days=stay[1])
        try:
            _move_in(desk, clerk, [unit], origin + dt.timedelta(days=start), move_out)
        except Conflict:
            assert not expected, f"{stay} refused although free after {accepted}"
        else:
            assert expected, f"{stay} accepted although it overlaps one of {accepted}"
            accepted.append(stay)


def test_a_unit_place_names_building_floor_and_unit(desk: Desk, building: buildings.BuildingInfo) -> None:
    unit = _unit(desk, "201")
    with desk.read(None) as work:
        assert tenancy.unit_place(work, unit) == "测试大厦 · 2F · 201"
        with pytest.raises(NotFound):
            tenancy.unit_place(work, 999999)
