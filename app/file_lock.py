"""Who has a dossier file open: a lock record beside it (``FILE.db.lock``) while a window has it open.

SQLite itself keeps two programs on one PC from corrupting the file; the record is for people. A second window
(or a restore) is told who has the file open — user, PC, since when — and may open it read-only instead. The
window writes the record when it opens the file (``FileLock.claim``), refreshes its heartbeat every few minutes
(``HEARTBEAT_INTERVAL``) and removes it when it closes the file. A record left behind by a program that crashed is
*stale* and counts as nobody: on the same PC its process is gone, or its process id now belongs to a program
started later; from any PC, its heartbeat is more than ``STALE_AFTER`` (a day) old.

The record is JSON (program, login, user, pc, pid, since, heartbeat, token); it is replaced in one step
(a temporary file renamed over it), so a reader never sees half a record.

Public question: ``holder(path)`` — who has ``path`` open? Restore refuses such a target; the window offers
read-only. The command line takes no record: a command is over in moments and SQLite makes it wait its turn.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import platform
import secrets
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from app.errors import Conflict
from app.text import QT_TRANSLATE_NOOP

LOCK_SUFFIX = ".lock"
HEARTBEAT_INTERVAL = dt.timedelta(minutes=10)
STALE_AFTER = dt.timedelta(days=1)
PROGRAM = "Dossier Desk"
# A process started this long after the record was written cannot be the one that wrote it (the id was reused).
_START_SLACK = dt.timedelta(seconds=2)
_REPLACE_TRIES = 10  # Windows refuses to rename over a file another program is reading at that very moment

ProcessAlive = Callable[[int, dt.datetime], bool]


@dataclass(frozen=True)
class LockRecord:
    """One program's note that it has the file open."""

    login: str  # the Dossier Desk user, "" until someone has logged in
    user: str  # their name, or the PC account before the log-in
    pc: str
    pid: int
    since: dt.datetime  # with its UTC offset: records are compared across PCs
    heartbeat: dt.datetime
    token: str  # tells this program's own record from any other

    @property
    def who(self) -> str:
        """The person as people say it: "王小明 (clerk)", or just the name."""
        if self.login and self.user and self.user != self.login:
            return f"{self.user} ({self.login})"
        return self.user or self.login

    def is_mine(self) -> bool:
        """Written by this very program (so not "another instance")."""
        return self.pc == this_pc() and self.pid == os.getpid()

    def to_json(self) -> str:
        data: dict[str, Any] = {"program": PROGRAM, **asdict(self)}
        data["since"] = self.since.isoformat()
        data["heartbeat"] = self.heartbeat.isoformat()
        return json.dumps(data, ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str) -> LockRecord:
        data = json.loads(text)
        return cls(
            login=str(data["login"]),
            user=str(data["user"]),
            pc=str(data["pc"]),
            pid=int(data["pid"]),
            since=_aware(dt.datetime.fromisoformat(data["since"])),
            heartbeat=_aware(dt.datetime.fromisoformat(data["heartbeat"])),
            token=str(data["token"]),
        )


class FileInUse(Conflict):
    """The file is open in another Dossier Desk window (``record`` says whose)."""

    def __init__(self, database: Path, record: LockRecord) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("app", "{file} is open in Dossier Desk by {user} on {pc} since {since}."),
            field="path",
            file=str(database),
            user=record.who,
            pc=record.pc,
            since=shown_time(record.since),
        )
        self.record = record


def lock_path(database: Path) -> Path:
    """Where the record of ``database`` lives: beside it, ``FILE.db.lock``."""
    return database.with_name(database.name + LOCK_SUFFIX)


def this_pc() -> str:
    return platform.node() or os.environ.get("COMPUTERNAME", "") or "?"


def now() -> dt.datetime:
    return dt.datetime.now().astimezone()


def shown_time(moment: dt.datetime) -> str:
    """A record's time in this PC's local time, to the minute."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def read_record(database: Path) -> LockRecord | None:
    """The record beside ``database`` as written, stale or not; None if there is none or it cannot be read."""
    try:
        return LockRecord.from_json(lock_path(database).read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError):
        # Unreadable or mangled: no program we know wrote it (ours are replaced in one step).
        return None


def is_stale(
    record: LockRecord,
    *,
    at: dt.datetime | None = None,
    pc: str | None = None,
    process_alive: ProcessAlive | None = None,
) -> bool:
    """Left by a program that is no longer running (see the module's docstring)."""
    moment = at or now()
    if moment - record.heartbeat > STALE_AFTER:
        return True
    if record.pc == (pc if pc is not None else this_pc()):
        return not (process_alive or is_process_alive)(record.pid, record.since)
    return False


def holder(
    database: Path,
    *,
    at: dt.datetime | None = None,
    pc: str | None = None,
    process_alive: ProcessAlive | None = None,
) -> LockRecord | None:
    """Who has ``database`` open in a Dossier Desk window now — possibly this very program (``is_mine``) — or None.

    A stale record (a program that crashed) counts as nobody. ``at``, ``pc`` and ``process_alive`` stand in for the
    clock, this PC's name and the process check in tests.
    """
    record = read_record(database)
    if record is None or is_stale(record, at=at, pc=pc, process_alive=process_alive):
        return None
    return record


class FileLock:
    """This program's record that it has a file open; ``release`` (or the desk closing) removes it."""

    def __init__(self, database: Path, record: LockRecord) -> None:
        self.database = database
        self.record = record
        self.released = False

    @classmethod
    def claim(cls, database: Path, *, login: str = "", user: str = "", at: dt.datetime | None = None) -> FileLock:
        """Write this program's record; refused (``FileInUse``) while another live program has the file open.

        A stale record is replaced. Raises ``OSError`` when the folder cannot be written.
        """
        other = holder(database, at=at)
        if other is not None and not other.is_mine():
            raise FileInUse(database, other)
        moment = at or now()
        record = LockRecord(login, user or _pc_account(), this_pc(), os.getpid(), moment, moment, secrets.token_hex(8))
        _write(lock_path(database), record)
        return cls(database, record)

    def holds(self) -> bool:
        """The record beside the file is still this one (nobody judged it stale and took the file over)."""
        current = read_record(self.database)
        return not self.released and current is not None and current.token == self.record.token

    def set_user(self, login: str, user: str) -> bool:
        """Name the person who logged in; False if the record could not be written (nothing else depends on it)."""
        self.record = replace(self.record, login=login, user=user)
        return self._rewrite()

    def heartbeat(self, at: dt.datetime | None = None) -> bool:
        """Show this program is still running; False if the record could not be written or is no longer ours."""
        self.record = replace(self.record, heartbeat=at or now())
        return self._rewrite()

    def _rewrite(self) -> bool:
        if self.released:
            return False
        current = read_record(self.database)
        if current is not None and current.token != self.record.token:
            return False  # another program took the file over: its record stays
        try:
            _write(lock_path(self.database), self.record)
        except OSError:
            return False
        return True

    def release(self) -> None:
        """Remove the record, if it is still this program's; safe to call twice."""
        if self.released:
            return
        self.released = True
        current = read_record(self.database)
        if current is not None and current.token != self.record.token:
            return
        with contextlib.suppress(OSError):  # a record left behind is recognised as stale later
            _retrying(lambda: lock_path(self.database).unlink(missing_ok=True))


def _write(target: Path, record: LockRecord) -> None:
    temporary = target.with_name(f"{target.name}.{record.token}.tmp")
    try:
        temporary.write_text(record.to_json(), encoding="utf-8")
        _retrying(lambda: os.replace(temporary, target))
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def _retrying(step: Callable[[], object]) -> None:
    for attempt in range(_REPLACE_TRIES):
        try:
            step()
            return
        except PermissionError:
            if attempt == _REPLACE_TRIES - 1:
                raise
            time.sleep(0.05)


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo is not None else moment.astimezone()


def _pc_account() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


# -- is the process that wrote a record still running? ------------------------------------------------------------


def is_process_alive(pid: int, since: dt.datetime) -> bool:
    """A process with id ``pid`` runs on this PC and was started before ``since`` (so it is not a later one)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_process_alive(pid, since)
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # it exists, under another account
    except OSError:
        return False
    started = _linux_process_start(pid)
    return started is None or started <= since + _START_SLACK


def _linux_process_start(pid: int) -> dt.datetime | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
        ticks = int(stat.rsplit(")", 1)[1].split()[19])  # field 22, starttime, counting from the state (field 3)
        boot = next(
            int(line.split()[1])
            for line in Path("/proc/stat").read_text(encoding="ascii").splitlines()
            if line.startswith("btime ")
        )
        return dt.datetime.fromtimestamp(boot + ticks / os.sysconf("SC_CLK_TCK")).astimezone()
    except (OSError, ValueError, IndexError, StopIteration):
        return None


def _windows_process_alive(pid: int, since: dt.datetime) -> bool:  # pragma: no cover - Windows only
    # os.kill(pid, 0) would *terminate* the process on Windows; ask the kernel instead.
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
    kernel32.GetProcessTimes.argtypes = (wintypes.HANDLE, *(ctypes.POINTER(wintypes.FILETIME),) * 4)
    kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
    process_query_limited_information, still_active, access_denied = 0x1000, 259, 5
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return ctypes.get_last_error() == access_denied  # it exists, under another account
    try:
        code = wintypes.DWORD()
        if kernel32.GetExitCodeProcess(handle, ctypes.byref(code)) and code.value != still_active:
            return False
        times = [wintypes.FILETIME() for _ in range(4)]
        if kernel32.GetProcessTimes(handle, *(ctypes.byref(t) for t in times)):
            ticks = (times[0].dwHighDateTime << 32) | times[0].dwLowDateTime  # 100 ns since 1601-01-01 UTC
            started = dt.datetime(1601, 1, 1, tzinfo=dt.UTC) + dt.timedelta(microseconds=ticks // 10)
            return started <= since + _START_SLACK
        return True
    finally:
        kernel32.CloseHandle(handle)
