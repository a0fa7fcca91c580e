"""User accounts and log-in."""

from __future__ import annotations

import pytest

from app.desk import Actor, Desk
from app.errors import AuthenticationFailed, Conflict, PermissionDenied, ValidationError
from app.people import users
from app.permissions import Role
from tests.conftest import PASSWORD
from tests.unit.unit_support import refused


def _create(desk: Desk, actor: Actor, login: str, password: str = PASSWORD, role: Role = Role.CLERK) -> None:
    with desk.work(actor) as work:
        users.create_user(work, login, "新同事", role, password)


def test_admin_creates_a_user_who_can_log_in(desk: Desk, admin: Actor) -> None:
    _create(desk, admin, "zhaoliu", "another-secret", Role.SUPERVISOR)
    actor = users.log_in(desk, " ZhaoLiu ", "another-secret")
    assert (actor.login, actor.display_name, actor.role) == ("zhaoliu", "新同事", Role.SUPERVISOR)
    admin = users.log_in(desk, "admin", PASSWORD)
    with desk.read(admin) as work:
        listed = users.list_users(work)
    assert [u.login for u in listed] == ["admin", "clerk", "manager", "supervisor", "zhaoliu"]
    assert all(u.active for u in listed)


def test_passwords_are_not_stored_in_clear(desk: Desk) -> None:
    with desk.engine.connect() as conn:
        hashes = [h for (h,) in conn.exec_driver_sql('SELECT password_hash FROM "user"')]
    assert hashes and all(h.startswith("$argon2") and PASSWORD not in h for h in hashes)


def test_short_password_is_refused(desk: Desk, admin: Actor) -> None:
    with refused(desk, ValidationError, "user.password", "8"):
        _create(desk, admin, "zhaoliu", "short")


def test_duplicate_login_is_refused_whatever_the_case(desk: Desk, admin: Actor) -> None:
    with refused(desk, Conflict, "user.login", "Clerk"):
        _create(desk, admin, "Clerk")


def test_login_with_spaces_is_refused(desk: Desk, admin: Actor) -> None:
    with refused(desk, ValidationError, "user.login", "zhao liu"):
        _create(desk, admin, "zhao liu")


def test_empty_login_is_refused(desk: Desk, admin: Actor) -> None:
    with refused(desk, ValidationError, "user.login"):
        _create(desk, admin, "   ")


def test_clerk_may_not_create_users(desk: Desk, clerk: Actor) -> None:
    with refused(desk, PermissionDenied, None, "Clerk"):
        _create(desk, clerk, "zhaoliu")


def test_second_first_admin_is_refused(desk: Desk) -> None:
    with refused(desk, Conflict, None), desk.work(None) as work:
        users.create_first_admin(work, "root", PASSWORD)


def test_wrong_password_is_refused(desk: Desk) -> None:
    with pytest.raises(AuthenticationFailed) as info:
        users.log_in(desk, "clerk", "wrong-password")
    assert info.value.field == "user.login" and "Unknown user or wrong password" in str(info.value)


def test_unknown_user_gets_the_same_answer_as_a_wrong_password(desk: Desk) -> None:
    with pytest.raises(AuthenticationFailed) as wrong:
        users.log_in(desk, "clerk", "wrong-password")
    with pytest.raises(AuthenticationFailed) as unknown:
        users.log_in(desk, "nobody", PASSWORD)
    with pytest.raises(AuthenticationFailed) as empty:
        users.log_in(desk, "", "")
    assert str(wrong.value) == str(unknown.value) == str(empty.value)
    assert wrong.value.field == unknown.value.field == "user.login"
