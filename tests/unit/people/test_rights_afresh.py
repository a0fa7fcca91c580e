"""Rights read afresh: every unit of work uses the acting user's role and active state as recorded now."""

from __future__ import annotations

import pytest

from app import people
from app.desk import Actor, ChangeSet, Desk
from app.errors import PermissionDenied
from app.permissions import Action, Role
from tests.conftest import fixed_clock
from tests.unit.people.test_accounts import user_id
from tests.unit.unit_support import same_database


def test_a_demoted_manager_loses_the_right_at_once(desk: Desk, manager: Actor, admin: Actor) -> None:
    assert desk.may(manager, Action.ADD_LATE_PAPER)
    with Desk.open(same_database(desk), clock=fixed_clock) as other, other.work(admin) as work:
        people.set_role(work, manager.user_id, Role.CLERK)
    # The actor the window holds still says "manager"; the desk reads the role afresh.
    assert manager.role == Role.MANAGER
    assert not desk.may(manager, Action.ADD_LATE_PAPER)
    with pytest.raises(PermissionDenied) as info, desk.work(manager) as work:
        work.require(Action.ADD_LATE_PAPER)
    assert "Clerk" in str(info.value)
    with desk.work(manager) as work:
        assert work.actor is not None and work.actor.role == Role.CLERK
        work.require(Action.MOVE_IN)  # what a clerk may, they still may


def test_a_promotion_counts_at_once_too(desk: Desk, clerk: Actor, admin: Actor) -> None:
    with desk.work(admin) as work:
        people.set_role(work, clerk.user_id, Role.SUPERVISOR)
    with desk.work(clerk) as work:
        work.require(Action.BIND_DOSSIER)


def test_a_disabled_user_is_refused_everything(desk: Desk, clerk: Actor, admin: Actor) -> None:
    with desk.work(admin) as work:
        people.disable_user(work, clerk.user_id)
    for unit_of_work in (desk.read, desk.work):
        with pytest.raises(PermissionDenied) as info, unit_of_work(clerk):
            pass
        assert str(info.value) == "Your account was disabled; ask an administrator."
    assert not desk.may(clerk, Action.READ)


def test_the_window_hears_that_its_users_rights_changed(desk: Desk, manager: Actor, admin: Actor) -> None:
    heard: list[ChangeSet] = []
    desk.subscribe(heard.append)
    with Desk.open(same_database(desk), clock=fixed_clock) as other, other.work(admin) as work:
        people.set_role(work, manager.user_id, Role.SUPERVISOR)
    assert heard == []  # another desk's commit: this one cannot know yet
    with pytest.raises(PermissionDenied), desk.work(manager) as work:
        work.require(Action.ADD_LATE_PAPER)  # refused, and the refusal tells
    assert heard == [ChangeSet(users=frozenset({manager.user_id}))]
    heard.clear()
    with desk.read(Actor(manager.user_id, "manager", "李经理", Role.SUPERVISOR)):
        pass
    assert heard == []  # an actor that is up to date: nothing to tell


def test_the_admin_s_changes_name_the_account(desk: Desk, admin: Actor) -> None:
    heard: list[ChangeSet] = []
    desk.subscribe(heard.append)
    clerk_id = user_id(desk, "clerk")
    with desk.work(admin) as work:
        people.set_role(work, clerk_id, Role.SUPERVISOR)
    assert heard == [ChangeSet(users=frozenset({clerk_id}))]
