"""Managing accounts: roles, disabling, password resets, unlocking, one's own password; never deleting anyone."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from app import people
from app.desk import Actor, Desk
from app.errors import AuthenticationFailed, ChangedMeanwhile, Conflict, NotFound, PermissionDenied, ValidationError
from app.permissions import Action, Role
from db.models import Change, User
from tests.conftest import PASSWORD
from tests.unit.unit_support import refused

NEW_PASSWORD = "a-new-secret-9"


def user_id(desk: Desk, login: str) -> int:
    with desk.read(None) as work:
        found = work.session.scalar(select(User.id).where(User.login == login))
    assert found is not None
    return found


def user_lines(desk: Desk, action: str | None = None) -> list[tuple[int | None, int | None, str, dict[str, object]]]:
    """The audit lines about accounts: (who, which account, action, details)."""
    with desk.read(None) as work:
        query = select(Change).where(Change.entity == "user").order_by(Change.id)
        if action is not None:
            query = query.where(Change.action == action)
        return [(c.user_id, c.entity_id, c.action, json.loads(c.details)) for c in work.session.scalars(query)]


def test_set_role_counts_at_once_and_is_recorded(desk: Desk, admin: Actor) -> None:
    clerk_id = user_id(desk, "clerk")
    with desk.work(admin) as work:
        info = people.set_role(work, clerk_id, Role.SUPERVISOR)
    assert info.role == Role.SUPERVISOR and info.version == 2
    assert people.log_in(desk, "clerk", PASSWORD).role == Role.SUPERVISOR
    assert user_lines(desk, "set_role") == [
        (admin.user_id, clerk_id, "set_role", {"login": "clerk", "role": ["clerk", "supervisor"]})
    ]


def test_a_form_saved_over_a_newer_account_is_refused(desk: Desk, admin: Actor) -> None:
    clerk_id = user_id(desk, "clerk")
    with desk.read(admin) as work:
        seen = people.find_user(work, "clerk")
    with desk.work(admin) as work:
        people.set_role(work, clerk_id, Role.MANAGER, version=seen.version)
    with refused(desk, ChangedMeanwhile, None, "clerk"), desk.work(admin) as work:
        people.disable_user(work, clerk_id, version=seen.version)


def test_disabled_user_cannot_log_in_and_is_kept(desk: Desk, admin: Actor) -> None:
    clerk_id = user_id(desk, "clerk")
    with desk.work(admin) as work:
        assert not people.disable_user(work, clerk_id).active
    with pytest.raises(AuthenticationFailed) as info:
        people.log_in(desk, "clerk", PASSWORD)
    assert str(info.value) == "Unknown user or wrong password."
    with desk.read(admin) as work:
        assert [u.login for u in people.list_users(work) if not u.active] == ["clerk"]
    with desk.work(admin) as work:
        assert people.enable_user(work, clerk_id).active
    assert people.log_in(desk, "clerk", PASSWORD).login == "clerk"
    assert [line[2] for line in user_lines(desk) if line[1] == clerk_id][-4:] == [
        "disable",
        "log_in_failed",
        "enable",
        "log_in",
    ]


def test_no_function_deletes_a_user(desk: Desk, admin: Actor) -> None:
    clerk_id = user_id(desk, "clerk")
    with desk.work(admin) as work:
        people.disable_user(work, clerk_id)
        people.reset_password(work, clerk_id, NEW_PASSWORD)
        people.unlock_user(work, clerk_id)
        people.set_role(work, clerk_id, Role.MANAGER)
    with desk.read(None) as work:
        assert work.session.scalar(select(func.count(User.id))) == 4


@pytest.mark.parametrize("change", ["disable", "demote"])
def test_the_last_active_admin_stays(desk: Desk, admin: Actor, change: str) -> None:
    with refused(desk, Conflict, "user.role", "admin", "last active administrator"), desk.work(admin) as work:
        if change == "disable":
            people.disable_user(work, admin.user_id)
        else:
            people.set_role(work, admin.user_id, Role.MANAGER)


def test_an_admin_can_step_down_once_another_is_active(desk: Desk, admin: Actor) -> None:
    manager_id = user_id(desk, "manager")
    with desk.work(admin) as work:
        people.set_role(work, manager_id, Role.ADMIN)
    with desk.work(admin) as work:
        people.disable_user(work, manager_id)
    # The other administrator is disabled now: this one is the last active one again.
    with refused(desk, Conflict, "user.role"), desk.work(admin) as work:
        people.set_role(work, admin.user_id, Role.CLERK)
    with desk.work(admin) as work:
        people.enable_user(work, manager_id)
        people.set_role(work, admin.user_id, Role.CLERK)
    assert people.log_in(desk, "admin", PASSWORD).role == Role.CLERK


def test_reset_password_means_change_at_next_log_in(desk: Desk, admin: Actor) -> None:
    clerk_id = user_id(desk, "clerk")
    with desk.work(admin) as work:
        assert people.reset_password(work, clerk_id, NEW_PASSWORD).must_change_password
    with pytest.raises(AuthenticationFailed):
        people.log_in(desk, "clerk", PASSWORD)  # the old one is gone
    clerk = people.log_in(desk, "clerk", NEW_PASSWORD)
    assert clerk.must_change_password
    # Until the password is changed, nothing else: not even reading.
    with refused(desk, PermissionDenied, "user.password", "change it first"), desk.work(clerk) as work:
        work.require(Action.EDIT_CUSTOMER)
    with pytest.raises(PermissionDenied), desk.read(clerk) as work:
        work.require_read()
    assert not desk.may(clerk, Action.READ) and desk.may(clerk, Action.CHANGE_OWN_PASSWORD)
    with desk.work(clerk) as work:
        assert not people.change_own_password(work, NEW_PASSWORD, "mine-alone-77").must_change_password
    # The same window's actor may carry on at once: its flag is read afresh with every unit of work.
    with desk.read(clerk) as work:
        work.require_read()
        assert work.actor is not None and not work.actor.must_change_password
    assert not people.log_in(desk, "clerk", "mine-alone-77").must_change_password


def test_new_accounts_can_be_made_to_change_their_password(desk: Desk, admin: Actor) -> None:
    with desk.work(admin) as work:
        made = people.create_user(work, "lin", "林芳", Role.SUPERVISOR, PASSWORD, must_change_password=True)
    assert made.must_change_password
    assert people.log_in(desk, "lin", PASSWORD).must_change_password


def test_change_own_password_checks_the_current_one(desk: Desk, clerk: Actor) -> None:
    with refused(desk, AuthenticationFailed, "user.current_password", "current password"), desk.work(clerk) as work:
        people.change_own_password(work, "not-my-password", NEW_PASSWORD)
    with refused(desk, ValidationError, "user.password", "8"), desk.work(clerk) as work:
        people.change_own_password(work, PASSWORD, "short")
    with refused(desk, ValidationError, "user.password", "differ"), desk.work(clerk) as work:
        people.change_own_password(work, PASSWORD, PASSWORD)
    with desk.work(clerk) as work:
        people.change_own_password(work, PASSWORD, NEW_PASSWORD)
    assert people.log_in(desk, "clerk", NEW_PASSWORD).login == "clerk"


@pytest.mark.parametrize("role", [Role.CLERK, Role.SUPERVISOR, Role.MANAGER, Role.ADMIN])
def test_every_role_may_change_its_own_password(desk: Desk, role: Role) -> None:
    actor = people.log_in(desk, role.value, PASSWORD)
    with desk.work(actor) as work:
        people.change_own_password(work, PASSWORD, NEW_PASSWORD)
    assert people.log_in(desk, role.value, NEW_PASSWORD).role == role


@pytest.mark.parametrize("role", ["clerk", "supervisor", "manager"])
def test_only_the_administrator_manages_accounts(desk: Desk, role: str) -> None:
    actor = people.log_in(desk, role, PASSWORD)
    admin_id = user_id(desk, "admin")
    calls = [
        lambda work: people.list_users(work),
        lambda work: people.find_user(work, "admin"),
        lambda work: people.set_role(work, admin_id, Role.CLERK),
        lambda work: people.disable_user(work, admin_id),
        lambda work: people.enable_user(work, admin_id),
        lambda work: people.reset_password(work, admin_id, NEW_PASSWORD),
        lambda work: people.unlock_user(work, admin_id),
    ]
    for call in calls:
        with refused(desk, PermissionDenied, None, "may not"), desk.work(actor) as work:
            call(work)


def test_unknown_accounts_are_named(desk: Desk, admin: Actor) -> None:
    with refused(desk, NotFound, "user.login", "nobody"), desk.read(admin) as work:
        people.find_user(work, "nobody")
    with refused(desk, NotFound, "user.login"), desk.work(admin) as work:
        people.disable_user(work, 9999)


def test_no_password_or_hash_reaches_the_audit_log(desk: Desk, admin: Actor) -> None:
    clerk_id = user_id(desk, "clerk")
    with desk.work(admin) as work:
        people.create_user(work, "lin", "林芳", Role.CLERK, PASSWORD)
        people.reset_password(work, clerk_id, NEW_PASSWORD)
    clerk = people.log_in(desk, "clerk", NEW_PASSWORD)
    with desk.work(clerk) as work:
        people.change_own_password(work, NEW_PASSWORD, "third-secret-3")
    with pytest.raises(AuthenticationFailed):
        people.log_in(desk, "clerk", "typed-by-mistake")
    with desk.read(None) as work:
        texts = [c.details for c in work.session.scalars(select(Change))]
        hashes = list(work.session.scalars(select(User.password_hash)))
    for secret in (PASSWORD, NEW_PASSWORD, "third-secret-3", "typed-by-mistake", "argon2", *hashes):
        assert not any(secret in text for text in texts), secret
    assert {line[2] for line in user_lines(desk)} >= {"create", "reset_password", "change_password", "log_in_failed"}
