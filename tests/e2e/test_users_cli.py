"""``dossier-desk users``: the administrator's accounts and everyone's own password, on the real command."""

from __future__ import annotations

import json

import pytest

from tests.e2e.conftest import DEMO_PASSWORD
from tests.e2e.server_support import E2EDatabase, from_json
from tests.e2e.test_cli import run

ADMIN = ("--user", "admin")


@pytest.fixture
def db(demo_database: E2EDatabase) -> E2EDatabase:
    """A copy of the demo, a file or a server database: accounts are rows of either."""
    return demo_database


def users(db: E2EDatabase, *args: str, password: str = DEMO_PASSWORD, new: str | None = None) -> tuple[int, str, str]:
    env = {"DOSSIER_DESK_NEW_PASSWORD": new} if new is not None else {}
    result = run("users", "--db", db, *args, password=password, env=env)
    return result.returncode, result.stdout, result.stderr


def listed(db: E2EDatabase) -> dict[str, dict[str, object]]:
    code, out, err = users(db, "list", "--json", *ADMIN)
    assert code == 0, err
    return {row["login"]: row for row in json.loads(out)}


def log_ins(db: E2EDatabase) -> list[tuple[str, dict[str, object]]]:
    rows = db.all(
        "SELECT action, details FROM change WHERE entity = 'user' AND action LIKE 'log_in%' OR action = 'locked' "
        "ORDER BY id"
    )
    return [(action, from_json(details)) for action, details in rows]


def test_list_shows_every_account_as_text_and_json(db: E2EDatabase) -> None:
    code, out, err = users(db, "list", *ADMIN)
    assert code == 0, err
    assert out.splitlines()[0].split()[:4] == ["login", "name", "role", "active"]
    accounts = listed(db)
    assert set(accounts) == {"admin", "clerk", "supervisor", "manager"}
    assert accounts["clerk"] == {
        "login": "clerk",
        "name": accounts["clerk"]["name"],
        "role": "clerk",
        "active": True,
        "must_change_password": False,
        "locked_until": None,
    }


def test_add_then_the_new_user_must_change_the_password_first(db: E2EDatabase) -> None:
    code, out, err = users(db, "add", "lin", "--role", "supervisor", "--name", "林芳", *ADMIN, new="lin-first-1")
    assert code == 0, err
    assert "added lin" in out
    assert listed(db)["lin"]["must_change_password"] is True
    # Anything but changing the password is refused, with how to do it.
    blocked = run("units", "--db", db, "--user", "lin", password="lin-first-1")
    assert blocked.returncode == 1
    assert "users passwd" in blocked.stderr and len(blocked.stderr.splitlines()) == 1
    code, out, err = users(db, "passwd", "--user", "lin", password="lin-first-1", new="lin-own-22")
    assert code == 0, err
    assert run("units", "--db", db, "--user", "lin", password="lin-own-22").returncode == 0
    assert listed(db)["lin"]["must_change_password"] is False


def test_reset_password_by_the_administrator(db: E2EDatabase) -> None:
    code, out, err = users(db, "passwd", "clerk", *ADMIN, new="reset-by-admin")
    assert code == 0, err
    assert "must change it at their next log-in" in out
    assert run("units", "--db", db, "--user", "clerk", password=DEMO_PASSWORD).returncode == 1  # the old one
    blocked = run("units", "--db", db, "--user", "clerk", password="reset-by-admin")
    assert blocked.returncode == 1 and "change it first" in blocked.stderr
    assert users(db, "passwd", "--user", "clerk", password="reset-by-admin", new="clerk-own-33")[0] == 0


def test_change_own_password_checks_the_new_one(db: E2EDatabase) -> None:
    code, _out, err = users(db, "passwd", "--user", "clerk", new="short")
    assert code == 1 and "at least 8 characters" in err
    code, _out, err = users(db, "passwd", "--user", "clerk", new=DEMO_PASSWORD)
    assert code == 1 and "must differ" in err
    code, out, err = users(db, "passwd", "--user", "clerk", new="clerk-new-44")
    assert code == 0, err
    assert out.strip() == "changed the password of clerk"
    assert run("units", "--db", db, "--user", "clerk", password="clerk-new-44").returncode == 0


def test_disable_enable_and_role(db: E2EDatabase) -> None:
    assert users(db, "disable", "clerk", *ADMIN)[0] == 0
    refused = run("units", "--db", db, "--user", "clerk", password=DEMO_PASSWORD)
    assert refused.returncode == 1 and "Unknown user or wrong password" in refused.stderr
    assert listed(db)["clerk"]["active"] is False
    assert users(db, "enable", "clerk", *ADMIN)[0] == 0
    code, out, err = users(db, "role", "clerk", "supervisor", *ADMIN)
    assert code == 0, err
    assert out.strip() == "clerk is now Supervisor"
    assert listed(db)["clerk"]["role"] == "supervisor"


def test_the_last_active_administrator_stays(db: E2EDatabase) -> None:
    for args in (("disable", "admin"), ("role", "admin", "manager")):
        code, _out, err = users(db, *args, *ADMIN)
        assert code == 1
        assert "the last active administrator" in err and len(err.splitlines()) == 1
    assert listed(db)["admin"]["role"] == "admin"


def test_only_the_administrator_manages_accounts(db: E2EDatabase) -> None:
    code, _out, err = users(db, "list", "--user", "manager")
    assert code == 1 and "may not see the user accounts" in err
    code, _out, err = users(db, "disable", "clerk", "--user", "manager")
    assert code == 1 and "may not" in err
    assert listed(db)["clerk"]["active"] is True


def test_lockout_after_five_wrong_passwords_and_unlock(db: E2EDatabase) -> None:
    earlier = len(log_ins(db))  # the demo's own log-ins
    for _ in range(4):
        result = run("units", "--db", db, "--user", "clerk", password="not-the-password")
        assert result.returncode == 1 and "Unknown user or wrong password" in result.stderr
    fifth = run("units", "--db", db, "--user", "clerk", password="not-the-password")
    assert fifth.returncode == 1 and "is locked after too many wrong passwords" in fifth.stderr
    right = run("units", "--db", db, "--user", "clerk", password=DEMO_PASSWORD)
    assert right.returncode == 1 and "locked" in right.stderr  # even the right password
    assert listed(db)["clerk"]["locked_until"] is not None
    assert users(db, "unlock", "clerk", *ADMIN)[0] == 0
    assert run("units", "--db", db, "--user", "clerk", password=DEMO_PASSWORD).returncode == 0
    recorded = [
        (action, details.get("reason")) for action, details in log_ins(db)[earlier:] if details["login"] == "clerk"
    ]
    assert recorded == [("log_in_failed", "wrong password")] * 5 + [
        ("locked", None),
        ("log_in_failed", "locked"),
        ("log_in", None),
    ]
    assert all(d.get("source") == "command line" for a, d in log_ins(db)[earlier:] if a != "locked")


def test_unknown_accounts_are_named(db: E2EDatabase) -> None:
    code, _out, err = users(db, "disable", "nobody", *ADMIN)
    assert code == 1 and "There is no user named “nobody”." in err
