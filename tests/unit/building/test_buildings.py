"""Setting up a building from a pattern, the floor grid's unit statuses, finding units."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.building import buildings
from app.building.buildings import UnitStatus
from app.customers.details import CustomerInput
from app.desk import Actor, Desk
from app.errors import ChangedMeanwhile, Conflict, NotFound, PermissionDenied, ValidationError
from app.tenancy import lifecycle as tenancy
from tests.unit.unit_support import refused, row_counts

TODAY = dt.date(2026, 6, 15)  # the fixture clock


def _create(desk: Desk, actor: Actor, name: str = "新大厦", **kwargs: object) -> buildings.BuildingInfo:
    options: dict[str, object] = {"floors_from": 1, "floors_to": 2, "units_per_floor": 2}
    options.update(kwargs)
    with desk.work(actor) as work:
        return buildings.create_building(work, name, **options)  # type: ignore[arg-type]


def _numbers(desk: Desk, building_id: int) -> list[str]:
    with desk.read(None) as work:
        return [c.number for c in buildings.unit_cards(work, building_id=building_id)]


def _status(desk: Desk, number: str, on: dt.date | None = None) -> UnitStatus:
    with desk.read(None) as work:
        unit = buildings.find_units(work, [number])[0]
        (card,) = buildings.unit_cards(work, unit_ids=[unit], on=on)
        return card.status


def _move_in(desk: Desk, actor: Actor, number: str, name: str, **dates: dt.date | None) -> tenancy.MoveIn:
    with desk.work(actor) as work:
        unit = buildings.find_units(work, [number])[0]
        return tenancy.move_in(work, customer=CustomerInput(name=name), unit_ids=[unit], **dates)  # type: ignore[arg-type]


# --- creating a building -------------------------------------------------------------------


def test_basement_floors_come_first_b2_b1_then_1f(desk: Desk, manager: Actor) -> None:
    info = _create(desk, manager, floors_from=-2, floors_to=2, units_per_floor=3)
    with desk.read(None) as work:
        floors = buildings.list_floors(work, info.id)
    assert [f.label for f in floors] == ["B2", "B1", "1F", "2F"]
    assert [f.unit_count for f in floors] == [3, 3, 3, 3]
    assert (info.floor_count, info.unit_count) == (4, 12)


def test_default_numbering_gives_basement_numbers_like_b101(desk: Desk, manager: Actor) -> None:
    info = _create(desk, manager, floors_from=-2, floors_to=1, units_per_floor=2)
    assert _numbers(desk, info.id) == ["B201", "B202", "B101", "B102", "101", "102"]


def test_padded_floor_keeps_leading_zero(desk: Desk, manager: Actor) -> None:
    info = _create(desk, manager, floors_from=8, floors_to=10, units_per_floor=2, numbering="{floor:02}{unit:02}")
    assert _numbers(desk, info.id) == ["0801", "0802", "0901", "0902", "1001", "1002"]


def test_unit_numbers_are_stored_as_text(desk: Desk, manager: Actor) -> None:
    _create(desk, manager, floors_from=8, floors_to=8, units_per_floor=1, numbering="{floor:02}{unit:02}")
    with desk.read(None) as work:
        (unit,) = buildings.find_units(work, ["0801"])
        (card,) = buildings.unit_cards(work, unit_ids=[unit])
    assert card.number == "0801"
    assert card.floor == "8F"


def test_building_floors_and_units_listed(desk: Desk, building: buildings.BuildingInfo) -> None:
    with desk.read(None) as work:
        (listed,) = buildings.list_buildings(work)
    assert listed == building
    assert (building.floor_count, building.unit_count) == (4, 16)


def test_created_building_is_in_the_history(desk: Desk, manager: Actor) -> None:
    before = row_counts(desk)
    _create(desk, manager)
    after = row_counts(desk)
    assert after["building"] == before["building"] + 1
    assert after["floor"] == before["floor"] + 2
    assert after["unit"] == before["unit"] + 4
    assert after["change"] == before["change"] + 1


# --- bad input: one test per rule ----------------------------------------------------------


def test_clerk_may_not_set_up_a_building(desk: Desk, clerk: Actor) -> None:
    with refused(desk, PermissionDenied, None, "Clerk", "set up buildings"):
        _create(desk, clerk)


def test_nobody_logged_in_may_not_set_up_a_building(desk: Desk) -> None:
    with refused(desk, PermissionDenied, None, "Log in"), desk.read(None) as work:
        buildings.create_building(work, "X", floors_from=1, floors_to=1, units_per_floor=1)


def test_lowest_floor_above_highest_is_refused(desk: Desk, manager: Actor) -> None:
    with refused(desk, ValidationError, "building.floors_from", "3F", "1F"):
        _create(desk, manager, floors_from=3, floors_to=1)


def test_no_floor_at_all_is_refused(desk: Desk, manager: Actor) -> None:
    with refused(desk, ValidationError, "building.floors_to"):
        _create(desk, manager, floors_from=0, floors_to=0)


def test_empty_building_name_is_refused(desk: Desk, manager: Actor) -> None:
    with refused(desk, ValidationError, "building.name"):
        _create(desk, manager, name="   ")


def test_zero_units_per_floor_is_refused(desk: Desk, manager: Actor) -> None:
    with refused(desk, ValidationError, "building.units_per_floor"):
        _create(desk, manager, units_per_floor=0)


def test_duplicate_building_name_is_refused(desk: Desk, manager: Actor, building: buildings.BuildingInfo) -> None:
    with refused(desk, Conflict, "building.name", building.name):
        _create(desk, manager, name=f"  {building.name} ")


def test_pattern_without_unit_is_refused(desk: Desk, manager: Actor) -> None:
    with refused(desk, ValidationError, "building.numbering", "{unit}"):
        _create(desk, manager, numbering="{floor}01")


def test_pattern_without_unit_names_the_pattern(desk: Desk, manager: Actor) -> None:
    with refused(desk, ValidationError, "building.numbering", "{floor}-A"):
        _create(desk, manager, numbering="{floor}-A")


@pytest.mark.parametrize("pattern", ["{floor}{unit:02", "{floor}}{unit}", "{floor}{unit}{wing}", "{floor}{unit:s}"])
def test_malformed_pattern_is_refused_naming_it(desk: Desk, manager: Actor, pattern: str) -> None:
    with refused(desk, ValidationError, "building.numbering", pattern):
        _create(desk, manager, numbering=pattern)


def test_pattern_giving_the_same_number_twice_is_refused(desk: Desk, manager: Actor) -> None:
    # floor 1 unit 11 and floor 11 unit 1 both give "111"
    with refused(desk, ValidationError, "building.numbering", "111", "1F", "11F"):
        _create(desk, manager, floors_from=1, floors_to=11, units_per_floor=11, numbering="{floor}{unit}")


# --- unit statuses as of a day -------------------------------------------------------------


def test_unit_nobody_moved_into_is_vacant(desk: Desk, building: buildings.BuildingInfo) -> None:
    assert _status(desk, "101") is UnitStatus.VACANT
    with desk.read(None) as work:
        cards = buildings.unit_cards(work, building_id=building.id)
    assert {c.status for c in cards} == {UnitStatus.VACANT}
    assert all(c.customer is None and c.dossier_id is None for c in cards)


def test_unit_with_open_ended_tenancy_is_occupied(desk: Desk, clerk: Actor, building: buildings.BuildingInfo) -> None:
    moved = _move_in(desk, clerk, "101", "甲公司", move_in=dt.date(2026, 1, 1))
    with desk.read(None) as work:
        (card,) = buildings.unit_cards(work, unit_ids=buildings.find_units(work, ["101"]))
    assert card.status is UnitStatus.OCCUPIED
    assert (card.customer, card.dossier_id, card.tenancy_id) == ("甲公司", moved.dossier_id, moved.tenancy_id)


def test_unit_during_fit_out_is_fitting_out(desk: Desk, clerk: Actor, building: buildings.BuildingInfo) -> None:
    _move_in(desk, clerk, "102", "乙公司", move_in=dt.date(2026, 6, 1), fit_out_until=dt.date(2026, 7, 31))
    assert _status(desk, "102") is UnitStatus.FITTING_OUT
    assert _status(desk, "102", on=dt.date(2026, 7, 31)) is UnitStatus.FITTING_OUT
    assert _status(desk, "102", on=dt.date(2026, 8, 1)) is UnitStatus.OCCUPIED


def test_unit_with_move_out_ahead_is_moving_out(desk: Desk, clerk: Actor, building: buildings.BuildingInfo) -> None:
    _move_in(desk, clerk, "103", "丙公司", move_in=dt.date(2025, 1, 1), move_out=dt.date(2026, 8, 31))
    assert _status(desk, "103") is UnitStatus.MOVING_OUT
    # half-open: on the move-out day the unit is free again
    assert _status(desk, "103", on=dt.date(2026, 8, 31)) is UnitStatus.VACANT


def test_past_tenancy_leaves_the_unit_vacant(desk: Desk, clerk: Actor, building: buildings.BuildingInfo) -> None:
    _move_in(desk, clerk, "104", "丁公司", move_in=dt.date(2024, 1, 1), move_out=dt.date(2025, 12, 31))
    assert _status(desk, "104") is UnitStatus.VACANT
    assert _status(desk, "104", on=dt.date(2025, 6, 1)) is UnitStatus.MOVING_OUT


def test_future_tenancy_leaves_the_unit_vacant_until_move_in(
    desk: Desk, clerk: Actor, building: buildings.BuildingInfo
) -> None:
    _move_in(desk, clerk, "201", "戊公司", move_in=dt.date(2026, 9, 1))
    assert _status(desk, "201") is UnitStatus.VACANT
    assert _status(desk, "201", on=dt.date(2026, 9, 1)) is UnitStatus.OCCUPIED


def test_unit_cards_of_one_floor_in_number_order(desk: Desk, building: buildings.BuildingInfo) -> None:
    with desk.read(None) as work:
        basement = buildings.list_floors(work, building.id)[0]
        cards = buildings.unit_cards(work, floor_id=basement.id)
    assert basement.label == "B1"
    assert [c.number for c in cards] == ["B101", "B102", "B103", "B104"]
    assert {c.floor for c in cards} == {"B1"}


# --- finding units -------------------------------------------------------------------------


def test_find_units_by_number_as_typed(desk: Desk, building: buildings.BuildingInfo) -> None:
    with desk.read(None) as work:
        ids = buildings.find_units(work, [" 101 ", "B102"])
        cards = buildings.unit_cards(work, unit_ids=ids)
    assert sorted(c.number for c in cards) == ["101", "B102"]


def test_unknown_unit_number_is_not_found(desk: Desk, building: buildings.BuildingInfo) -> None:
    with refused(desk, NotFound, "unit", "999"), desk.read(None) as work:
        buildings.find_units(work, ["999"])


def test_unit_number_in_two_buildings_needs_the_building(
    desk: Desk, manager: Actor, building: buildings.BuildingInfo
) -> None:
    _create(desk, manager, name="二号楼", floors_from=1, floors_to=1, units_per_floor=1)
    with refused(desk, ValidationError, "building", "101", "二号楼", building.name), desk.read(None) as work:
        buildings.find_units(work, ["101"])
    with desk.read(None) as work:
        assert len(buildings.find_units(work, ["101"], building="二号楼")) == 1


def test_floors_of_unknown_building_not_found(desk: Desk) -> None:
    with pytest.raises(NotFound) as info, desk.read(None) as work:
        buildings.list_floors(work, 999)
    assert info.value.field == "building"
    assert "999" in str(info.value)


# --- a unit's area and use -------------------------------------------------------------------


def _card(desk: Desk, number: str) -> buildings.UnitCard:
    with desk.read(None) as work:
        (card,) = buildings.unit_cards(work, unit_ids=buildings.find_units(work, [number]))
        return card


def test_a_units_area_and_use_are_recorded(
    desk: Desk, manager: Actor, clerk: Actor, building: buildings.BuildingInfo
) -> None:
    card = _card(desk, "101")
    with desk.work(manager) as work:
        buildings.update_unit(work, card.unit_id, area=Decimal("123.456"), use=" 办公 ", expected_version=card.version)
    now = _card(desk, "101")
    assert (now.area, now.use, now.version) == (Decimal("123.46"), "办公", card.version + 1)
    with refused(desk, ValidationError, "unit.area", "-1"), desk.work(manager) as work:
        buildings.update_unit(work, card.unit_id, area=Decimal(-1), use="", expected_version=now.version)
    with refused(desk, PermissionDenied, None), desk.work(clerk) as work:
        buildings.update_unit(work, card.unit_id, area=None, use="", expected_version=now.version)


def test_a_unit_changed_meanwhile_is_not_overwritten(
    desk: Desk, manager: Actor, admin: Actor, building: buildings.BuildingInfo
) -> None:
    card = _card(desk, "102")
    with desk.work(admin) as work:  # another desk records the area
        buildings.update_unit(work, card.unit_id, area=Decimal("88.00"), use="office", expected_version=card.version)
    with refused(desk, ChangedMeanwhile, None, "102", "changed meanwhile"), desk.work(manager) as work:
        buildings.update_unit(work, card.unit_id, area=None, use="storage", expected_version=card.version)
    assert _card(desk, "102").area == Decimal("88.00")
