"""Each desk hears what the others change (app/other_desks.py): on a server by the notices sent with each commit,
within a moment; on a file (or as the server's fallback) by looking at the audit log's newest lines. Desk A and desk B
are two ``Desk`` objects on one database, each with its own connections, as two PCs would have."""

from __future__ import annotations

import datetime as dt
import queue
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.building import add_unit, buildings
from app.building.buildings import BuildingInfo
from app.customers.details import CustomerInput
from app.desk import Actor, ChangeSet, Desk, change_notice
from app.errors import Conflict
from app.other_desks import OtherDesks, changes_from_notice
from app.people import users
from app.tenancy import lifecycle
from db import change_notices
from tests.conftest import PASSWORD, add_users, fixed_clock
from tests.postgres.server_desk import server_desk  # noqa: F401 (fixtures)
from tests.unit.unit_support import unit_id

WITHIN = 3.0  # seconds: another desk's change reaches this desk's listeners within this


@pytest.fixture(params=["file", "server"])
def desk(request: pytest.FixtureRequest) -> Desk:
    """Desk A: a file, or a database on the test server."""
    if request.param == "server":
        return request.getfixturevalue("server_desk")
    return request.getfixturevalue("file_desk")


@pytest.fixture
def file_desk(tmp_path: Path) -> Iterator[Desk]:
    desk = Desk.create(tmp_path / "dossiers.db", clock=fixed_clock)
    add_users(desk)
    yield desk
    desk.close()


@pytest.fixture
def desk_b(desk: Desk) -> Iterator[Desk]:
    """Desk B: the same database opened a second time, as at another PC."""
    other = Desk.open(desk.path if not desk.on_server else desk.engine.url.render_as_string(hide_password=False))
    yield other
    other.close()


def _told(desk: Desk) -> queue.Queue[ChangeSet]:
    told: queue.Queue[ChangeSet] = queue.Queue()
    desk.subscribe(told.put)
    return told


def _move_in(desk: Desk, actor: Actor, name: str, unit: str) -> lifecycle.MoveIn:
    with desk.work(actor) as work:
        return lifecycle.move_in(
            work, customer=CustomerInput(name=name), unit_ids=[unit_id(desk, unit)], move_in=dt.date(2026, 6, 1)
        )


@pytest.mark.parametrize("desk", ["server"], indirect=True)
def test_a_server_desk_hears_another_desks_move_in_within_seconds(
    desk: Desk, desk_b: Desk, clerk: Actor, building: BuildingInfo
) -> None:
    other = desk_b
    following = OtherDesks(other)
    try:
        told = _told(other)
        following.listen()
        time.sleep(0.5)  # the listener's LISTEN is in place
        moved = _move_in(desk, clerk, "甲公司", "101")
        committed = time.perf_counter()
        changes = told.get(timeout=WITHIN)
        heard = time.perf_counter() - committed
        assert following.listening
        assert changes.units == {unit_id(desk, "101")}
        assert changes.dossiers == {moved.dossier_id} and changes.customers == {moved.customer_id}
        # Desk B's own save is told once, by its own commit: its notice coming back is left out.
        clerk_b = users.log_in(other, "clerk", PASSWORD)
        while not told.empty():
            told.get()  # the log-in's own line (none is told) and anything before
        _move_in(other, clerk_b, "乙公司", "102")
        assert told.get(timeout=1).units == {unit_id(other, "102")}
        with pytest.raises(queue.Empty):
            told.get(timeout=1.5)
        # A refused action at desk A sends nothing: its notice would have gone out with its commit.
        with pytest.raises(Conflict):
            _move_in(desk, clerk, "丙公司", "101")
        with pytest.raises(queue.Empty):
            told.get(timeout=1.5)
        print(f"desk B heard desk A's move-in {heard * 1000:.0f} ms after its commit")
    finally:
        following.close()
    assert not following.listening


def test_a_look_finds_what_another_desk_changed_and_not_its_own(desk: Desk, desk_b: Desk, clerk: Actor) -> None:
    """The look of a file desk (and of a server desk whose listening connection was down)."""
    with desk.work(users.log_in(desk, "manager", PASSWORD)) as work:
        building = buildings.create_building(work, "测试大厦", floors_from=1, floors_to=2, units_per_floor=2)
    following = OtherDesks(desk_b)
    told = _told(desk_b)
    assert following.poll() is None  # nothing new since it started following

    moved = _move_in(desk, clerk, "甲公司", "101")
    changes = following.poll()
    assert changes is not None and told.get_nowait() == changes
    assert changes.units == {unit_id(desk, "101")}
    assert changes.dossiers == {moved.dossier_id} and changes.customers == {moved.customer_id}
    assert changes.fees == {moved.tenancy_id}
    assert following.poll() is None  # told once

    clerk_b = users.log_in(desk_b, "clerk", PASSWORD)
    _move_in(desk_b, clerk_b, "乙公司", "102")
    told.get_nowait()  # desk B's own commit, told by the commit itself
    assert following.poll() is None  # not again by the look

    with desk.work(users.log_in(desk, "manager", PASSWORD)) as work:
        floor = buildings.list_floors(work, building.id)[0]
        add_unit(work, floor.id, "103")
    changes = following.poll()
    assert changes is not None and changes.units == {unit_id(desk, "103")}


def test_a_change_too_big_for_a_notice_is_sent_as_everything() -> None:
    small = ChangeSet(units=frozenset({1, 2}), registers=frozenset({"repair"}))
    assert changes_from_notice(change_notice("desk-a", 7, small)) == ("desk-a", 7, small)
    big = ChangeSet(fees=frozenset(range(100_000, 103_000)))
    notice = change_notice("desk-a", 9, big)
    assert len(notice.encode()) <= change_notices.MAX_PAYLOAD
    assert changes_from_notice(notice) == ("desk-a", 9, None)


def test_everything_changed_names_every_unit_and_dossier(desk: Desk, desk_b: Desk, clerk: Actor) -> None:
    """A notice too big to say what changed, heard by desk B: the floor grid and every open dossier read again."""
    with desk.work(users.log_in(desk, "manager", PASSWORD)) as work:
        buildings.create_building(work, "测试大厦", floors_from=1, floors_to=1, units_per_floor=3)
    moved = _move_in(desk, clerk, "甲公司", "101")
    following = OtherDesks(desk_b)
    told = _told(desk_b)
    following.heard([change_notice("desk-a", 0, ChangeSet(fees=frozenset(range(100_000, 103_000))))])
    everything = told.get_nowait()
    assert everything.units == {unit_id(desk, n) for n in ("101", "102", "103")}
    assert everything.dossiers == {moved.dossier_id} and everything.fees == {moved.tenancy_id}
    following.heard([change_notice(desk_b.token, 0, ChangeSet(units=frozenset({1})))])  # its own: left out
    assert told.empty()
