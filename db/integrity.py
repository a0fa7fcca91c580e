"""SQLite's own view of a database file: opened without changing a byte, its quick check, damage told apart.

Checking must never write (a backup is checked as it is, an older file is not upgraded by looking at
it), and a damaged file must be named as damaged, not as "not a database" or a traceback.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import threading
import urllib.parse
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
QUICK_CHECK_LINES = 20  # enough to say where; a badly damaged file would give thousands

# SQLite's primary result codes (the low byte of an extended code) that mean the file is damaged, and
# those that mean it cannot be used just now (disk, permissions, another program).
_DAMAGE_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})
_UNAVAILABLE_CODES = frozenset(
    {
        sqlite3.SQLITE_PERM,
        sqlite3.SQLITE_BUSY,
        sqlite3.SQLITE_LOCKED,
        sqlite3.SQLITE_READONLY,
        sqlite3.SQLITE_IOERR,
        sqlite3.SQLITE_FULL,
        sqlite3.SQLITE_CANTOPEN,
        sqlite3.SQLITE_PROTOCOL,
        sqlite3.SQLITE_NOLFS,
        sqlite3.SQLITE_AUTH,
    }
)


class Failure(Enum):
    DAMAGED = "damaged"  # the file's pages cannot be read as a database
    UNAVAILABLE = "unavailable"  # the disk, the operating system or another program stands in the way


def failure_of(exc: BaseException) -> Failure | None:
    """What a database error means for the user, also inside SQLAlchemy's wrapper; None for a program error."""
    original = getattr(exc, "orig", None) or exc
    if not isinstance(original, sqlite3.DatabaseError):
        return None
    code = getattr(original, "sqlite_errorcode", None)
    if code is None:  # raised by the sqlite3 module itself, not by SQLite
        return Failure.DAMAGED if "malformed" in str(original) else None
    if code & 0xFF in _DAMAGE_CODES:
        return Failure.DAMAGED
    if code & 0xFF in _UNAVAILABLE_CODES:
        return Failure.UNAVAILABLE
    return None


def is_sqlite_file(path: Path) -> bool:
    """Whether the file starts like a SQLite database (an overwritten header makes it damaged, not foreign)."""
    try:
        with path.open("rb") as f:
            return f.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def quick_check(connection: sqlite3.Connection) -> list[str]:
    """SQLite's quick check: nothing when the file is sound, else what it found, a line each.

    It reads every page but skips matching indexes against their tables, so it costs about half of
    ``integrity_check`` (10 ms on the full demo's 6 MB): cheap enough to run each time a file is opened.
    """
    return _check(connection, f"quick_check({QUICK_CHECK_LINES})")


def integrity_check(connection: sqlite3.Connection) -> list[str]:
    """SQLite's full integrity check (indexes against their tables too), falling back to the quick check.

    On a file whose table pages are overwritten the full check stops at the first page it cannot read
    ("database disk image is malformed"); the quick check then still says which pages are damaged.
    """
    lines = _check(connection, "integrity_check")
    if len(lines) == 1 and lines[0] == _MALFORMED:
        return quick_check(connection) or lines
    return lines


_MALFORMED = "database disk image is malformed"


def _check(connection: sqlite3.Connection, pragma: str) -> list[str]:
    try:
        rows = [row[0] for row in connection.execute(f"PRAGMA {pragma}")]
    except sqlite3.DatabaseError as exc:
        if failure_of(exc) is Failure.DAMAGED:
            return [str(exc)]
        raise
    if rows == ["ok"]:
        return []
    # One row may hold several lines, under a heading naming the schema ("*** in database main ***").
    return [line.strip() for row in rows for line in str(row).splitlines() if line.strip() and "***" not in line]


def summary(lines: list[str], shown: int = 3) -> str:
    """The first few findings on one line, and how many more there are."""
    text = "; ".join(lines[:shown])
    return text + (f"; … ({len(lines) - shown} more)" if len(lines) > shown else "")


def file_uri(path: Path, parameters: str) -> str:
    """A ``file:`` URI SQLite accepts for any path: spaces, Chinese, ``?`` and ``#`` escaped, Windows drives and UNC."""
    text = os.path.abspath(path)
    if os.sep == "\\":
        text = text.replace("\\", "/")
    if not text.startswith("/"):
        text = "/" + text  # C:/… becomes /C:/…
    # "file://" then the path: an empty authority, so a UNC path (//server/share) stays a path.
    return "file://" + urllib.parse.quote(text, safe="/:") + "?" + parameters


def _has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


@dataclass(frozen=True)
class ReadOnlyFile:
    connection: sqlite3.Connection
    pending: str  # "" or the companion file ("-wal", "-journal") whose changes were applied to a private copy


@contextmanager
def read_only(path: Path) -> Iterator[ReadOnlyFile]:
    """Open ``path`` so that nothing is written to it or beside it, and the reads see what a program would see.

    - No ``-wal``: ``immutable=1``, the file alone; SQLite creates no ``-wal`` or ``-shm`` (``mode=ro``
      alone would create both and leave them).
    - A ``-wal`` with its ``-shm`` (a program has the file open, or crashed): ``mode=ro``, reading the
      committed changes still in the ``-wal`` through the shared index, as the program does.
    - Changes SQLite would have to write to read them (a ``-wal`` without its ``-shm``, an interrupted
      rollback ``-journal``): a private copy in a temporary folder, where SQLite may apply them.
    """
    wal, shm, journal = (Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal"))
    pending = "-journal" if _has_content(journal) else "-wal" if _has_content(wal) and not shm.exists() else ""
    if pending:
        with tempfile.TemporaryDirectory(prefix="dossier-desk-check-") as folder:
            copy = Path(folder) / path.name
            shutil.copyfile(path, copy)
            shutil.copyfile(Path(f"{path}{pending}"), Path(f"{copy}{pending}"))
            with closing(sqlite3.connect(copy)) as connection:
                yield ReadOnlyFile(connection, pending)
        return
    parameters = "mode=ro" if wal.exists() and shm.exists() else "mode=ro&immutable=1"
    with closing(sqlite3.connect(file_uri(path, parameters), uri=True)) as connection:
        connection.execute("PRAGMA query_only=ON")
        yield ReadOnlyFile(connection, "")


# -- the quick check started early ---------------------------------------------------------------------------------
# The window's start spends a second importing its screens; the quick check of a large file (0.2–0.4 s for 200 MB,
# it reads every page) runs meanwhile on a thread of its own — SQLite lets go of Python while it reads — and the
# opening takes its result, if the file has not changed since, instead of checking again.


@dataclass
class _EarlyCheck:
    stamp: tuple[int, int]  # the file's size and modification time when the check began
    done: threading.Event = field(default_factory=threading.Event)
    damage: list[str] = field(default_factory=list)
    failed: bool = False  # the check itself could not run: the opening checks as usual


_early: dict[Path, _EarlyCheck] = {}


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_size, status.st_mtime_ns


def start_quick_check(path: Path) -> None:
    """Begin the quick check of ``path`` on a thread; ``early_quick_check`` gives its result to the opening."""
    path = path.resolve()
    stamp = _stamp(path)
    if stamp is None or path in _early or not is_sqlite_file(path):
        return
    check = _early[path] = _EarlyCheck(stamp)

    def run() -> None:
        try:
            with read_only(path) as opened:
                tables = opened.connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
                check.damage = quick_check(opened.connection) if tables else []
        except sqlite3.Error:
            check.failed = True  # the opening meets the same problem and says what it is
        finally:
            check.done.set()

    threading.Thread(target=run, name="early-quick-check", daemon=True).start()


def early_quick_check(path: Path) -> list[str] | None:
    """The early check's findings for ``path`` (waiting for it if it still runs); None when there was none, it
    failed, or the file changed since it began (then the caller checks it now)."""
    check = _early.pop(path.resolve(), None)
    if check is None:
        return None
    check.done.wait()
    if check.failed or _stamp(path.resolve()) != check.stamp:
        return None
    return check.damage
