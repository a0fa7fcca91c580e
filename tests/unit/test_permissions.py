"""The one permission table every app call obeys."""

from __future__ import annotations

import pytest

from app.errors import PermissionDenied
from app.permissions import ACTION_NAMES, PERMISSIONS, ROLE_NAMES, Action, Role, allowed, require


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
    assert str(info.value) == "Your role, Clerk, may not manage users."


def test_the_refusal_names_role_and_action_in_the_users_language() -> None:
    with pytest.raises(PermissionDenied) as info:
        require(Role.CLERK, Action.ARCHIVE)
    chinese = {
        "Clerk": "客务员",
        "run the annual archiving": "进行年度归档",
        "Your role, {role}, may not {action}.": "{role}无权{action}。",
    }
    assert info.value.text(lambda _context, text: chinese.get(text, text)) == "客务员无权进行年度归档。"


def test_every_role_and_action_has_a_name() -> None:
    assert set(ROLE_NAMES) == set(Role) and set(ACTION_NAMES) == set(Action)


def test_only_admin_and_manager_set_up_buildings() -> None:
    assert {r for r in Role if allowed(r, Action.SET_UP_BUILDING)} == {Role.ADMIN, Role.MANAGER}


@pytest.mark.parametrize("action", [Action.MOVE_IN, Action.RECORD_DOCUMENT, Action.EDIT_CONTACTS])
def test_desk_staff_do_the_daily_work(action: Action) -> None:
    assert {r for r in Role if allowed(r, action)} >= {Role.CLERK, Role.SUPERVISOR, Role.MANAGER}


def test_backups_are_everyones_their_settings_the_managers_restoring_the_administrators() -> None:
    """R16: whoever is at the desk backs up (the automatic backup runs as them); only an administrator restores."""
    assert {r for r in Role if allowed(r, Action.BACK_UP)} == set(Role)
    assert {r for r in Role if allowed(r, Action.CONFIGURE_BACKUP)} == {Role.ADMIN, Role.MANAGER}
    assert {r for r in Role if allowed(r, Action.RESTORE)} == {Role.ADMIN}


def test_the_scan_inbox_is_the_offices_setting_and_filing_scans_the_desks_work() -> None:
    """Issue 21: which folder every desk watches is changed by the administrator, the supervisor and the manager;
    whoever is at the desk prints cover sheets and files the scans."""
    assert {r for r in Role if allowed(r, Action.CONFIGURE_INBOX)} == {Role.ADMIN, Role.SUPERVISOR, Role.MANAGER}
    assert {r for r in Role if allowed(r, Action.FILE_SCANS)} >= {Role.CLERK, Role.SUPERVISOR, Role.MANAGER}
    assert {r for r in Role if allowed(r, Action.PRINT_COVERS)} >= {Role.CLERK, Role.SUPERVISOR, Role.MANAGER}
