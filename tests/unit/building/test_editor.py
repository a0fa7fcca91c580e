"""The building editor (issue 13): floors and units added, renamed, corrected, merged, split and retired."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from app import building as rooms
from app.building import buildings, editor
from app.customers.details import CustomerInput
from app.desk import Actor, Desk
from app.errors import ChangedMeanwhile, Conflict, PermissionDenied, ValidationError
from app.tenancy import lifecycle as tenancy
from db.models import Change, Dossier, Unit
from tests.unit.unit_support import refused, unit_id

TODAY = dt.date(2026, 6, 15)  # the fixture clock


def _floor(desk: Desk, building: buildings.BuildingInfo, label: str) -> editor.FloorEntry:
    with desk.read(None) as work:
        return next(f for f in editor.editor_floors(work, building.id) if f.label == label)


def _entry(desk: Desk, number: str) -> editor.UnitEntry:
    uid = unit_id(desk, number)
    with desk.read(None) as work:
        unit = work.session.get(Unit, uid)
        assert unit is not None
        return next(e for e in editor.editor_units(work, unit.floor_id) if e.id == uid)


def _grid(desk: Desk, building: buildings.BuildingInfo, floor: str) -> list[str]:
    with desk.read(None) as work:
        (info,) = [f for f in buildings.list_floors(work, building.id) if f.label == floor]
        return [c.number for c in buildings.unit_cards(work, floor_id=info.id)]


def _move_in(desk: Desk, actor: Actor, number: str, name: str = "甲公司", **dates: dt.date) -> tenancy.MoveIn:
    """A tenant into the unit, from the start of the year unless ``move_in`` says otherwise."""
    unit = unit_id(desk, number)
    dates.setdefault("move_in", dt.date(2026, 1, 1))
    with desk.work(actor) as work:
        return tenancy.move_in(work, customer=CustomerInput(name=name), unit_ids=[unit], **dates)  # type: ignore[arg-type]


def _log(desk: Desk, entity: str, action: str) -> list[dict[str, object]]:
    with desk.read(None) as work:
        rows = work.session.scalars(select(Change).where(Change.entity == entity, Change.action == action))
        return [json.loads(r.details) for r in rows]


# --- who -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["clerk", "supervisor"])
def test_only_the_manager_and_the_administrator_edit_the_building(
    desk: Desk, building: buildings.BuildingInfo, who: str, request: pytest.FixtureRequest
) -> None:
    actor: Actor = request.getfixturevalue(who)
    with refused(desk, PermissionDenied, None), desk.work(actor) as work:
        editor.add_floor(work, building.id, 4)


def test_the_administrator_may_add_a_floor(desk: Desk, building: buildings.BuildingInfo, admin: Actor) -> None:
    with desk.work(admin) as work:
        floor = editor.add_floor(work, building.id, 4)
    assert floor.label == "4F"


# --- floors --------------------------------------------------------------------------------------------------


def test_add_a_floor_above_and_a_basement_below(desk: Desk, building: buildings.BuildingInfo, manager: Actor) -> None:
    with desk.work(manager) as work:
        editor.add_floor(work, building.id, 4)
        editor.add_floor(work, building.id, -2, "地下二层")
        assert work.touched.buildings == {building.id}
    with desk.read(None) as work:
        labels = [f.label for f in buildings.list_floors(work, building.id)]
    assert labels == ["地下二层", "B1", "1F", "2F", "3F", "4F"]
    assert {d["label"] for d in _log(desk, "floor", "create")} == {"4F", "地下二层"}


def test_a_floor_level_or_name_taken_is_refused(desk: Desk, building: buildings.BuildingInfo, manager: Actor) -> None:
    with refused(desk, Conflict, "floor.level", "2F"), desk.work(manager) as work:
        editor.add_floor(work, building.id, 2)
    with refused(desk, Conflict, "floor.label", "3F"), desk.work(manager) as work:
        editor.add_floor(work, building.id, 5, "3F")
    with refused(desk, ValidationError, "floor.level"), desk.work(manager) as work:
        editor.add_floor(work, building.id, 0)


def test_rename_a_floor_checks_the_version(desk: Desk, building: buildings.BuildingInfo, manager: Actor) -> None:
    floor = _floor(desk, building, "3F")
    with desk.work(manager) as work:
        renamed = editor.rename_floor(work, floor.id, "三楼", expected_version=floor.version)
    assert renamed.label == "三楼"
    assert _log(desk, "floor", "rename") == [{"from": "3F", "to": "三楼"}]
    with refused(desk, ChangedMeanwhile, None, "三楼"), desk.work(manager) as work:
        editor.rename_floor(work, floor.id, "3楼", expected_version=floor.version)
    with refused(desk, ValidationError, "floor.label"), desk.work(manager) as work:
        editor.rename_floor(work, floor.id, "  ", expected_version=renamed.version)


def test_a_floor_with_units_in_use_is_not_retired(desk: Desk, building: buildings.BuildingInfo, manager: Actor) -> None:
    floor = _floor(desk, building, "3F")
    with refused(desk, Conflict, "floor", "301", "304"), desk.work(manager) as work:
        editor.retire_floor(work, floor.id, expected_version=floor.version)


def test_a_new_empty_floor_is_deleted_a_floor_that_had_units_retired(
    desk: Desk, building: buildings.BuildingInfo, manager: Actor
) -> None:
    with desk.work(manager) as work:
        empty = editor.add_floor(work, building.id, 4)
    with desk.work(manager) as work:
        assert editor.retire_floor(work, empty.id, expected_version=empty.version).deleted
    third = _floor(desk, building, "3F")
    with desk.work(manager) as work:
        for entry in editor.editor_units(work, third.id):
            editor.retire_unit(work, entry.id, expected_version=entry.version)
    third = _floor(desk, building, "3F")
    with desk.work(manager) as work:
        removal = editor.retire_floor(work, third.id, expected_version=third.version)
    # Units never let are deleted, so the floor had none left: it goes too.
    assert removal.deleted
    _move_in(desk, manager, "201", move_in=dt.date(2020, 1, 1), move_out=dt.date(2021, 1, 1))
    second = _floor(desk, building, "2F")
    with desk.work(manager) as work:
        for entry in editor.editor_units(work, second.id):
            editor.retire_unit(work, entry.id, expected_version=entry.version)
    second = _floor(desk, building, "2F")
    with desk.work(manager) as work:
        removal = editor.retire_floor(work, second.id, expected_version=second.version)
    assert not removal.deleted
    with desk.read(None) as work:
        assert "2F" not in [f.label for f in buildings.list_floors(work, building.id)]
        assert "2F" in [f.label for f in buildings.list_floors(work, building.id, include_retired=True)]


# --- units ---------------------------------------------------------------------------------------------------


def test_add_a_unit_shows_on_the_floor_grid(desk: Desk, building: buildings.BuildingInfo, manager: Actor) -> None:
    floor = _floor(desk, building, "3F")
    with desk.work(manager) as work:
        entry = editor.add_unit(work, floor.id, "305", Decimal("88.5"), "office")
    assert (entry.number, entry.area, entry.state, entry.ever_let) == ("305", Decimal("88.50"), "vacant", False)
    assert _grid(desk, building, "3F") == ["301", "302", "303", "304", "305"]
    assert _log(desk, "unit", "create")[-1]["number"] == "305"


def test_a_unit_number_used_anywhere_in_the_building_is_refused(
    desk: Desk, building: buildings.BuildingInfo, manager: Actor
) -> None:
    floor = _floor(desk, building, "3F")
    with refused(desk, Conflict, "unit.number", "201", "2F"), desk.work(manager) as work:
        editor.add_unit(work, floor.id, "201")
    with refused(desk, ValidationError, "unit.number"), desk.work(manager) as work:
        editor.add_unit(work, floor.id, " ")
    with refused(desk, ValidationError, "unit.area"), desk.work(manager) as work:
        editor.add_unit(work, floor.id, "399", Decimal(-1))


def test_correct_an_area_and_use(desk: Desk, building: buildings.BuildingInfo, manager: Actor) -> None:
    entry = _entry(desk, "101")
    with desk.work(manager) as work:
        edited = editor.edit_unit(
            work, entry.id, number="101", area=Decimal("120.25"), use="shop", expected_version=entry.version
        )
        assert work.touched.units == {entry.id}
    assert (edited.area, edited.use) == (Decimal("120.25"), "shop")
    (line,) = _log(desk, "unit", "update")
    assert line["area"] == [None, "120.25"] and line["use"] == ["office", "shop"]
    with refused(desk, ChangedMeanwhile, None, "101"), desk.work(manager) as work:
        editor.edit_unit(work, entry.id, number="101", area=None, use="", expected_version=entry.version)


def test_a_let_units_area_may_be_corrected_but_not_its_number(
    desk: Desk, building: buildings.BuildingInfo, manager: Actor
) -> None:
    _move_in(desk, manager, "102")
    entry = _entry(desk, "102")
    assert (entry.state, entry.tenant, entry.ever_let) == ("let", "甲公司", True)
    with desk.work(manager) as work:
        editor.edit_unit(work, entry.id, number="102", area=Decimal(50), use="office", expected_version=entry.version)
    entry = _entry(desk, "102")
    with refused(desk, Conflict, "unit.number", "102"), desk.work(manager) as work:
        editor.edit_unit(work, entry.id, number="102A", area=None, use="office", expected_version=entry.version)
    with refused(desk, Conflict, "unit.number", "102"), desk.work(manager) as work:
        editor.renumber_unit(work, entry.id, "102A", expected_version=entry.version)


def test_renumber_a_unit_never_let(desk: Desk, building: buildings.BuildingInfo, manager: Actor) -> None:
    entry = _entry(desk, "304")
    with desk.work(manager) as work:
        renamed = editor.renumber_unit(work, entry.id, "304A", expected_version=entry.version)
    assert renamed.number == "304A"
    assert _log(desk, "unit", "renumber") == [{"from": "304", "to": "304A"}]


def test_retire_a_unit_with_no_tenancy_never_used_deletes_it(
    desk: Desk, building: buildings.BuildingInfo, manager: Actor
) -> None:
    entry = _entry(desk, "303")
    with desk.work(manager) as work:
        removal = editor.retire_unit(work, entry.id, expected_version=entry.version)
    assert removal.deleted
    assert _grid(desk, building, "3F") == ["301", "302", "304"]
    assert _log(desk, "unit", "delete") == [{"number": "303", "floor": "3F"}]


def test_retire_a_unit_once_let_keeps_it_and_its_dossier(
    desk: Desk, building: buildings.BuildingInfo, manager: Actor
) -> None:
    moved = _move_in(desk, manager, "302", move_in=dt.date(2020, 1, 1), move_out=dt.date(2021, 1, 1))
    entry = _entry(desk, "302")
    assert entry.state == "vacant" and entry.ever_let
    with desk.work(manager) as work:
        removal = editor.retire_unit(work, entry.id, expected_version=entry.version)
    assert not removal.deleted
    assert _grid(desk, building, "3F") == ["301", "303", "304"]
    retired = _entry(desk, "302")
    assert (retired.state, retired.retired_on) == ("retired", TODAY)
    with desk.read(None) as work:
        (card,) = buildings.unit_cards(work, unit_ids=[entry.id])
    assert (card.number, card.dossier_id, card.retired_on) == ("302", None, TODAY)
    with desk.read(None) as work:
        dossier = work.session.get(Dossier, moved.dossier_id)
        assert dossier is not None and dossier.unit_id == entry.id
    # It takes no one in from now on, and changes no more.
    with refused(desk, Conflict, "tenancy.units", "302"):
        _move_in(desk, manager, "302", "乙公司")
    with refused(desk, Conflict, "unit", "302"), desk.work(manager) as work:
        editor.edit_unit(work, entry.id, number="302", area=None, use="", expected_version=retired.version)


def test_a_unit_with_a_tenancy_cannot_be_retired(desk: Desk, building: buildings.BuildingInfo, manager: Actor) -> None:
    _move_in(desk, manager, "301", "甲公司")
    entry = _entry(desk, "301")
    with refused(desk, Conflict, "unit", "301", "甲公司"), desk.work(manager) as work:
        editor.retire_unit(work, entry.id, expected_version=entry.version)


def test_a_unit_let_from_a_later_day_counts_as_let(
    desk: Desk, building: buildings.BuildingInfo, manager: Actor
) -> None:
    _move_in(desk, manager, "301", "丙公司", move_in=TODAY + dt.timedelta(days=30))
    entry = _entry(desk, "301")
    assert entry.state == "let"
    with refused(desk, Conflict, "unit", "301", "丙公司"), desk.work(manager) as work:
        editor.retire_unit(work, entry.id, expected_version=entry.version)


# --- merge and split -----------------------------------------------------------------------------------------


def _areas(desk: Desk, manager: Actor, **areas: str) -> None:
    for number, area in areas.items():
        entry = _entry(desk, number.lstrip("u"))
        with desk.work(manager) as work:
            editor.edit_unit(
                work, entry.id, number=entry.number, area=Decimal(area), use="office", expected_version=entry.version
            )


def test_merge_two_vacant_units(desk: Desk, building: buildings.BuildingInfo, manager: Actor) -> None:
    _areas(desk, manager, u201="60.5", u202="40")
    old_tenant = _move_in(desk, manager, "201", move_in=dt.date(2019, 1, 1), move_out=dt.date(2020, 1, 1))
    ids = [unit_id(desk, "201"), unit_id(desk, "202")]
    with desk.work(manager) as work:
        merged = editor.merge_units(work, ids, "201-202")
        assert work.touched.buildings == {building.id}
    assert (merged.number, merged.area, merged.use, merged.state) == ("201-202", Decimal("100.50"), "office", "vacant")
    assert _grid(desk, building, "2F") == ["201-202", "203", "204"]
    assert [_entry(desk, n).state for n in ("201", "202")] == ["retired", "retired"]
    with desk.read(None) as work:
        dossier = work.session.get(Dossier, old_tenant.dossier_id)
        assert dossier is not None and dossier.unit_id == ids[0]  # still filed under 201
    (line,) = _log(desk, "unit", "merge")
    assert line["merged_from"] == ["201", "202"] and line["area"] == "100.50"
    assert [d["merged_into"] for d in _log(desk, "unit", "retire")] == ["201-202", "201-202"]
    # The new unit takes tenants in.
    _move_in(desk, manager, "201-202", "丁公司")


def test_a_unit_with_a_tenancy_cannot_be_merged(desk: Desk, building: buildings.BuildingInfo, manager: Actor) -> None:
    _move_in(desk, manager, "203", "甲公司")
    ids = [unit_id(desk, "203"), unit_id(desk, "204")]
    with (
        refused(desk, Conflict, "unit", "Unit 203 has a tenancy (甲公司", "cannot be merged"),
        desk.work(manager) as work,
    ):
        editor.merge_units(work, ids, "203-204")


def test_merge_needs_two_units_of_one_floor_and_a_new_number(
    desk: Desk, building: buildings.BuildingInfo, manager: Actor
) -> None:
    with refused(desk, ValidationError, "unit"), desk.work(manager) as work:
        editor.merge_units(work, [unit_id(desk, "101")], "101X")
    with refused(desk, ValidationError, "unit", "101", "201"), desk.work(manager) as work:
        editor.merge_units(work, [unit_id(desk, "101"), unit_id(desk, "201")], "101X")
    with refused(desk, Conflict, "unit.number", "103"), desk.work(manager) as work:
        editor.merge_units(work, [unit_id(desk, "101"), unit_id(desk, "102")], "103")


def test_a_retired_units_number_is_not_given_again(
    desk: Desk, building: buildings.BuildingInfo, manager: Actor
) -> None:
    with desk.work(manager) as work:
        editor.merge_units(work, [unit_id(desk, "101"), unit_id(desk, "102")], "101-102")
    floor = _floor(desk, building, "1F")
    with refused(desk, Conflict, "unit.number", "101", "retired"), desk.work(manager) as work:
        editor.add_unit(work, floor.id, "101")


def test_split_a_vacant_unit(desk: Desk, building: buildings.BuildingInfo, manager: Actor) -> None:
    _areas(desk, manager, u301="100")
    entry = _entry(desk, "301")
    with desk.work(manager) as work:
        parts = editor.split_unit(work, entry.id, [("301A", Decimal(60)), ("301B", Decimal(40))])
    assert [(p.number, p.area, p.use) for p in parts] == [
        ("301A", Decimal("60.00"), "office"),
        ("301B", Decimal("40.00"), "office"),
    ]
    assert _grid(desk, building, "3F") == ["301A", "301B", "302", "303", "304"]
    assert _entry(desk, "301").state == "retired"
    assert [d["from"] for d in _log(desk, "unit", "split")] == ["301", "301"]


def test_split_refuses_a_let_unit_too_large_parts_and_one_part(
    desk: Desk, building: buildings.BuildingInfo, manager: Actor
) -> None:
    _areas(desk, manager, u302="50")
    entry = _entry(desk, "302")
    with refused(desk, ValidationError, "unit.area", "70", "50"), desk.work(manager) as work:
        editor.split_unit(work, entry.id, [("302A", Decimal(30)), ("302B", Decimal(40))])
    with refused(desk, ValidationError, "unit.number"), desk.work(manager) as work:
        editor.split_unit(work, entry.id, [("302A", Decimal(30))])
    with refused(desk, ValidationError, "unit.number", "302A"), desk.work(manager) as work:
        editor.split_unit(work, entry.id, [("302A", None), ("302A", None)])
    _move_in(desk, manager, "302", "甲公司")
    with refused(desk, Conflict, "unit", "302", "cannot be split"), desk.work(manager) as work:
        editor.split_unit(work, entry.id, [("302A", None), ("302B", None)])


def test_retired_units_are_left_out_of_counts(desk: Desk, building: buildings.BuildingInfo, manager: Actor) -> None:
    with desk.work(manager) as work:
        editor.merge_units(work, [unit_id(desk, "101"), unit_id(desk, "102")], "101-102")
    with desk.read(None) as work:
        (listed,) = buildings.list_buildings(work)
        first = next(f for f in buildings.list_floors(work, building.id) if f.label == "1F")
        everything = buildings.unit_cards(work, floor_id=first.id, include_retired=True)
    assert listed.unit_count == 16 - 2 + 1
    assert first.unit_count == 3
    assert [c.number for c in everything] == ["101", "101-102", "102", "103", "104"]


def test_the_room_names_the_editor() -> None:
    assert rooms.merge_units is editor.merge_units


def test_a_retired_unit_is_still_found_by_its_number(
    desk: Desk, building: buildings.BuildingInfo, manager: Actor
) -> None:
    moved = _move_in(desk, manager, "103", move_in=dt.date(2020, 1, 1), move_out=dt.date(2021, 1, 1))
    with desk.work(manager) as work:
        editor.merge_units(work, [unit_id(desk, "103"), unit_id(desk, "104")], "103-104")
    with desk.read(None) as work:
        (found,) = buildings.find_units(work, ["103"])
        (card,) = buildings.unit_cards(work, unit_ids=[found])
    assert card.retired_on == TODAY
    with desk.read(None) as work:
        dossier = work.session.get(Dossier, moved.dossier_id)
        assert dossier is not None and dossier.unit_id == found
