"""Lockout: five wrong passwords in a row lock an account for 15 minutes; every log-in is recorded."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from app import people
from app.desk import Actor, Desk
from app.errors import AuthenticationFailed, Busy
from tests.conftest import NOW, PASSWORD
from tests.unit.people.test_accounts import user_id, user_lines
from tests.unit.unit_support import same_database

WRONG = "wrong-password"


class FakeClock:
    """A clock the test moves on by hand."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def timed(desk: Desk, clock: FakeClock) -> Iterator[Desk]:
    """The same file, opened by a desk whose clock the test moves on."""
    other = Desk.open(same_database(desk), clock=clock)
    yield other
    other.close()


def wrong(desk: Desk, login: str = "clerk", times: int = 1) -> list[str]:
    messages = []
    for _ in range(times):
        with pytest.raises(AuthenticationFailed) as info:
            people.log_in(desk, login, WRONG, source="test")
        messages.append(str(info.value))
    return messages


def test_five_wrong_passwords_lock_the_account_even_for_the_right_one(timed: Desk, clock: FakeClock) -> None:
    assert people.MAX_FAILED_LOG_INS == 5
    assert dt.timedelta(minutes=15) == people.LOCKOUT_TIME
    messages = wrong(timed, times=5)
    assert messages[:4] == ["Unknown user or wrong password."] * 4
    assert "locked" in messages[4] and "2026-06-15 10:45" in messages[4] and "administrator" in messages[4]
    clock.now += dt.timedelta(minutes=14, seconds=59)
    with pytest.raises(AuthenticationFailed) as info:
        people.log_in(timed, "clerk", PASSWORD)
    assert "locked" in str(info.value) and "until 2026-06-15 10:45" in str(info.value)
    # The lock ends by itself after 15 minutes.
    clock.now += dt.timedelta(seconds=1)
    assert people.log_in(timed, "clerk", PASSWORD).login == "clerk"


def test_the_lock_and_every_attempt_are_recorded(timed: Desk) -> None:
    clerk_id = user_id(timed, "clerk")
    wrong(timed, times=5)
    with pytest.raises(AuthenticationFailed):
        people.log_in(timed, "clerk", PASSWORD, source="window")
    lines = [line for line in user_lines(timed) if line[1] == clerk_id and line[2] != "create"]
    assert [line[2] for line in lines] == ["log_in_failed"] * 5 + ["locked", "log_in_failed"]
    assert lines[0][3] == {"login": "clerk", "source": "test", "reason": "wrong password"}
    assert lines[5][3] == {"login": "clerk", "until": "2026-06-15 10:45:00", "wrong": 5}
    assert lines[6][3] == {"login": "clerk", "source": "window", "reason": "locked"}
    assert all(line[0] is None for line in lines)  # nobody was logged in for a failure


def test_a_success_starts_the_count_anew(timed: Desk) -> None:
    wrong(timed, times=4)
    assert people.log_in(timed, "clerk", PASSWORD).login == "clerk"
    assert wrong(timed, times=4) == ["Unknown user or wrong password."] * 4
    assert people.log_in(timed, "clerk", PASSWORD).login == "clerk"


def test_after_the_lock_ends_five_more_wrong_lock_it_again(timed: Desk, clock: FakeClock) -> None:
    wrong(timed, times=5)
    clock.now += people.LOCKOUT_TIME
    assert "locked" not in wrong(timed)[0]  # the count started anew with the lock
    assert "locked" in wrong(timed, times=4)[-1]


def test_an_administrator_unlocks_before_the_time(timed: Desk, admin: Actor) -> None:
    clerk_id = user_id(timed, "clerk")
    wrong(timed, times=5)
    with timed.read(admin) as work:
        assert people.find_user(work, "clerk").locked_until == dt.datetime(2026, 6, 15, 10, 45)
    with timed.work(admin) as work:
        info = people.unlock_user(work, clerk_id)
    assert info.locked_until is None
    assert people.log_in(timed, "clerk", PASSWORD).login == "clerk"
    assert ("unlock", {"login": "clerk"}) in [(line[2], line[3]) for line in user_lines(timed, "unlock")]


def test_a_reset_password_also_unlocks(timed: Desk, admin: Actor) -> None:
    wrong(timed, times=5)
    with timed.work(admin) as work:
        people.reset_password(work, user_id(timed, "clerk"), "fresh-start-1")
    assert people.log_in(timed, "clerk", "fresh-start-1").must_change_password


def test_log_ins_do_not_make_an_open_form_stale(timed: Desk, admin: Actor) -> None:
    """The counting does not bump the account's version: the administrator's open form still saves."""
    with timed.read(admin) as work:
        seen = people.find_user(work, "clerk")
    wrong(timed, times=2)
    people.log_in(timed, "clerk", PASSWORD)
    with timed.work(admin) as work:
        people.disable_user(work, seen.id, version=seen.version)


def test_an_unknown_login_is_recorded_and_locks_nothing(timed: Desk) -> None:
    wrong(timed, "clerk ", times=3)
    wrong(timed, "nobody", times=10)
    assert people.log_in(timed, "clerk", PASSWORD).login == "clerk"
    unknown = [line for line in user_lines(timed, "log_in_failed") if line[1] is None]
    assert len(unknown) == 10
    assert unknown[0][3] == {"login": "nobody", "source": "test", "reason": "unknown login"}
    assert not user_lines(timed, "locked")


def test_a_disabled_account_is_refused_like_a_wrong_password_and_recorded(desk: Desk, admin: Actor) -> None:
    with desk.work(admin) as work:
        people.disable_user(work, user_id(desk, "clerk"))
    with pytest.raises(AuthenticationFailed) as info:
        people.log_in(desk, "clerk", PASSWORD)
    assert str(info.value) == "Unknown user or wrong password."
    assert user_lines(desk, "log_in_failed")[-1][3]["reason"] == "disabled"


def test_a_successful_log_in_is_recorded_with_its_user(desk: Desk) -> None:
    clerk = people.log_in(desk, "Clerk", PASSWORD, source="command line")
    assert user_lines(desk, "log_in")[-1] == (
        clerk.user_id,
        clerk.user_id,
        "log_in",
        {"login": "Clerk", "source": "command line"},
    )


def test_a_read_only_desk_logs_in_without_recording_or_counting(desk: Desk) -> None:
    before = user_lines(desk)
    with Desk.open(same_database(desk), read_only=True) as reader:
        assert people.log_in(reader, "clerk", PASSWORD).login == "clerk"
        wrong(reader, times=7)
        assert people.log_in(reader, "clerk", PASSWORD).login == "clerk"  # nothing counted: not locked
    assert user_lines(desk) == before


def test_a_read_only_desk_still_obeys_a_recorded_lock(desk: Desk) -> None:
    wrong(desk, times=5)
    with (
        Desk.open(same_database(desk), read_only=True, clock=lambda: NOW) as reader,
        pytest.raises(AuthenticationFailed) as info,
    ):
        people.log_in(reader, "clerk", PASSWORD)
    assert "locked" in str(info.value)


@contextmanager
def always_busy(*_args: object) -> Iterator[None]:
    raise Busy("Another desk is saving; try again in a moment.")
    yield  # pragma: no cover - a generator, so it can stand for Desk.work


def test_busy_while_recording_lets_the_right_password_in_and_keeps_a_wrong_one_out(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = user_lines(desk)
    monkeypatch.setattr(desk, "work", always_busy)
    assert people.log_in(desk, "clerk", PASSWORD).login == "clerk"
    assert wrong(desk, times=6) == ["Unknown user or wrong password."] * 6  # refused; not counted either
    monkeypatch.undo()
    assert user_lines(desk) == before
    assert people.log_in(desk, "clerk", PASSWORD).login == "clerk"
