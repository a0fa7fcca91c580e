"""The lock record beside a file: who has it open, and a record left by a crashed program recognised as stale."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import file_lock
from app.file_lock import FileInUse, FileLock, LockRecord, holder, is_process_alive, lock_path, this_pc

NOW = dt.datetime(2026, 6, 15, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))


def record(**changes: object) -> LockRecord:
    """Another program's record: 王小明 on FRONT-DESK-2 since 09:00, heartbeat 10:20."""
    values: dict[str, object] = {
        "login": "clerk",
        "user": "王小明",
        "pc": "FRONT-DESK-2",
        "pid": 4242,
        "since": NOW - dt.timedelta(minutes=90),
        "heartbeat": NOW - dt.timedelta(minutes=10),
        "token": "other",
    }
    return LockRecord(**(values | changes))  # type: ignore[arg-type]


def plant(database: Path, rec: LockRecord) -> None:
    lock_path(database).write_text(rec.to_json(), encoding="utf-8")


def a_finished_process() -> int:
    """The id of a process that has ended (as a crashed window's would have)."""
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(done.stdout)


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "大厦 档案.db"  # spaces and Chinese, as on the desk PC
    path.write_bytes(b"")
    return path


def test_the_record_sits_beside_the_file_and_says_who_where_and_since_when(database: Path) -> None:
    moment = file_lock.now()
    lock = FileLock.claim(database, at=moment)
    assert lock_path(database) == database.with_name("大厦 档案.db.lock")
    data = json.loads(lock_path(database).read_text(encoding="utf-8"))
    assert data["program"] == "Dossier Desk"
    assert (data["pc"], data["pid"]) == (this_pc(), os.getpid())
    assert dt.datetime.fromisoformat(data["since"]) == moment
    assert lock.set_user("clerk", "王小明")
    found = holder(database)
    assert found is not None and found.is_mine()
    assert (found.login, found.user, found.who) == ("clerk", "王小明", "王小明 (clerk)")
    lock.release()
    assert not lock_path(database).exists()
    assert holder(database) is None
    lock.release()  # twice is harmless


def test_another_live_program_holds_the_file(database: Path) -> None:
    plant(database, record())
    found = holder(database, at=NOW, pc="FRONT-DESK-1")
    assert found is not None and not found.is_mine()
    assert (found.who, found.pc) == ("王小明 (clerk)", "FRONT-DESK-2")
    with pytest.raises(FileInUse) as info:
        FileLock.claim(database, at=NOW)
    assert info.value.record == found
    assert info.value.text() == f"{database} is open in Dossier Desk by 王小明 (clerk) on FRONT-DESK-2 since " + (
        (NOW - dt.timedelta(minutes=90)).astimezone().strftime("%Y-%m-%d %H:%M") + "."
    )
    assert json.loads(lock_path(database).read_text(encoding="utf-8"))["token"] == "other"  # left alone


def test_a_record_of_a_process_gone_on_this_pc_is_stale_and_replaced(database: Path) -> None:
    moment = file_lock.now()
    plant(database, record(pc=this_pc(), pid=a_finished_process(), since=moment, heartbeat=moment))
    assert holder(database) is None
    lock = FileLock.claim(database)
    assert holder(database) == lock.record
    lock.release()


def test_a_record_of_a_running_process_on_this_pc_is_not_stale(database: Path) -> None:
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"]) as running:
        try:
            moment = file_lock.now()
            plant(database, record(pc=this_pc(), pid=running.pid, since=moment, heartbeat=moment))
            found = holder(database)
            assert found is not None and found.pid == running.pid and not found.is_mine()
        finally:
            running.kill()
        running.wait()
    assert holder(database) is None  # the same record once the process has ended


def test_a_process_id_reused_by_a_later_program_does_not_keep_the_record_alive() -> None:
    started_before_us = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    assert is_process_alive(os.getpid(), file_lock.now())
    assert not is_process_alive(os.getpid(), started_before_us)  # this process is younger than that record
    assert not is_process_alive(a_finished_process(), file_lock.now())
    assert not is_process_alive(0, file_lock.now())


def test_a_record_without_a_heartbeat_for_a_day_is_stale_from_any_pc(database: Path) -> None:
    plant(database, record(heartbeat=NOW - dt.timedelta(days=1, minutes=1)))
    assert holder(database, at=NOW, pc="FRONT-DESK-1") is None
    plant(database, record(heartbeat=NOW - dt.timedelta(hours=23)))
    assert holder(database, at=NOW, pc="FRONT-DESK-1") is not None


def test_the_same_pc_asks_the_process_and_another_pc_cannot(database: Path) -> None:
    asked: list[int] = []

    def alive(pid: int, _since: dt.datetime) -> bool:
        asked.append(pid)
        return False

    plant(database, record())
    assert holder(database, at=NOW, pc="FRONT-DESK-1", process_alive=alive) is not None
    assert asked == []  # another PC's process cannot be looked up: only the heartbeat tells
    assert holder(database, at=NOW, pc="FRONT-DESK-2", process_alive=alive) is None
    assert asked == [4242]


def test_the_heartbeat_keeps_the_record_fresh_and_never_overwrites_anothers(database: Path) -> None:
    lock = FileLock.claim(database)
    later = file_lock.now() + dt.timedelta(days=2)
    assert lock.heartbeat(at=later)
    assert holder(database, at=later + dt.timedelta(hours=1)) is not None
    # Someone judged this record stale (say the PC slept) and took the file over: theirs stays.
    plant(database, record(heartbeat=later))
    assert not lock.heartbeat(at=later) and not lock.holds()
    lock.release()
    assert json.loads(lock_path(database).read_text(encoding="utf-8"))["token"] == "other"


def test_a_mangled_record_counts_as_nobody(database: Path) -> None:
    lock_path(database).write_text('{"program": "Dossier Desk", "pid": ', encoding="utf-8")
    assert holder(database) is None
    FileLock.claim(database).release()
    assert not lock_path(database).exists()


def test_no_temporary_file_is_left_beside_the_database(database: Path) -> None:
    lock = FileLock.claim(database)
    lock.set_user("clerk", "王小明")
    lock.heartbeat()
    assert sorted(p.name for p in database.parent.iterdir()) == ["大厦 档案.db", "大厦 档案.db.lock"]
    lock.release()
