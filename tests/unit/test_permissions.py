"""The one permission table every app call obeys."""

from __future__ import annotations

import pytest

from app.errors import PermissionDenied
from app.permissions import PERMISSIONS, Action, Role, allowed, require


def test_every_action_has_at_least_one_role() -> None:
    assert set(PERMISSIONS) == set(Action)
    for action in Action:
        assert PERMISSIONS[action], action


def test_every_role_may_read() -> None:
    assert all(allowed(role, Action.READ) for role in Role)


def test_admin_manages_users_and_clerk_does_not() -> None:
    assert allowed(Role.ADMIN, Action.MANAGE_USERS)
    assert not allowed(Role.CLERK, Action.MANAGE_USERS)
    require(Role.ADMIN, Action.MANAGE_USERS)
    with pytest.raises(PermissionDenied) as info:
        require(Role.CLERK, Action.MANAGE_USERS)
    assert "clerk" in str(info.value)
    assert "manage_users" in str(info.value)


def test_only_admin_and_manager_set_up_buildings() -> None:
    assert {r for r in Role if allowed(r, Action.SET_UP_BUILDING)} == {Role.ADMIN, Role.MANAGER}


@pytest.mark.parametrize("action", [Action.MOVE_IN, Action.RECORD_DOCUMENT, Action.EDIT_CONTACTS])
def test_desk_staff_do_the_daily_work(action: Action) -> None:
    assert {r for r in Role if allowed(r, action)} >= {Role.CLERK, Role.SUPERVISOR, Role.MANAGER}
