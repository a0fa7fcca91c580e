"""Kill the real ``dossier-desk`` with SIGKILL at 30 moments of its work: every operation is all or nothing.

Each operation runs once to the end first, which measures how long it takes and what "done" looks like. Then it is
started again on a fresh copy and killed after a random delay; the delays are spread over the measured duration
(one in each slice of it), so the kills land early, in the middle and near the end. After each kill:

* ``dossier-desk check`` passes on the database (when there is one);
* what the operation makes is either as before or as a finished run makes it (or, for an operation that puts several
  files in place, every file that is there is complete, and the last one only with all the others);
* no half-made file stands under a name the user asked for: only temporary (hidden) names may be left, and the next
  run for the same target clears them.

The seed is printed and may be set with ``DOSSIER_DESK_CRASH_SEED`` to replay a failure. Adding an operation is one
more entry in ``OPERATIONS`` (its command line, how its folder starts, and how to read what it has made).
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app import safety
from app.errors import AppError
from tests.e2e.conftest import AS_OF, BOXED_YEAR, DEMO_PASSWORD, OPEN_YEAR, SMALL_DEMO, copy_database
from tests.e2e.test_cli import run

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
    pytest.mark.file_only("a process killed mid-write: the file and its journal must be all or nothing"),
]

KILLS = 30
SEED = int(os.environ.get("DOSSIER_DESK_CRASH_SEED") or random.SystemRandom().randrange(2**32))
DB = "F.db"

State = Any  # what an operation's result looks like in a folder, comparable with ==


def _names(folder: Path) -> list[Path]:
    return [p.relative_to(folder) for p in folder.rglob("*")]


def visible(folder: Path) -> frozenset[str]:
    """Names a user would see (and open): everything but the temporary, hidden ones and what is inside them."""
    return frozenset(str(p) for p in _names(folder) if not any(part.startswith(".") for part in p.parts))


def hidden(folder: Path) -> frozenset[str]:
    """The temporary names (only the top one of a hidden folder)."""
    return frozenset(str(p) for p in _names(folder) if p.name.startswith("."))


def rows(db: Path, query: str) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA query_only = ON")
        return conn.execute(query).fetchall()


def table_counts(db: Path) -> dict[str, int]:
    tables = [t for (t,) in rows(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {t: rows(db, f'SELECT count(*) FROM "{t}"')[0][0] for t in tables}


def pdf_is_complete(pdf: Path) -> bool:
    return subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, check=False).returncode == 0


def with_demo(demo: Path, folder: Path, _templates: Path) -> None:
    """The folder starts with a copy of the small demo as F.db."""
    copy_database(demo, folder / DB)


def empty(_demo: Path, _folder: Path, _templates: Path) -> None:
    """The folder starts empty."""


@dataclass(frozen=True)
class Operation:
    """One command to kill: how its folder starts, its command line, and how to read what it has made."""

    name: str
    args: tuple[str, ...]
    state: Callable[[Path], State]
    # Fills the fresh folder: (the small demo, the folder, a folder for what is made once for every kill).
    prepare: Callable[[Path, Path, Path], None] = with_demo
    # Whether a state after a kill is allowed, given the state before and after a finished run.
    allowed: Callable[[State, State, State], bool] = lambda after, before, whole: after in (before, whole)
    # Hidden names a finished run leaves on purpose (the backup folder's lock file), not temporary ones.
    lasting: frozenset[str] = frozenset()
    # Whether a run after a kill finished the job (by default: the state a finished run leaves).
    done: Callable[[State, State], bool] = lambda state, whole: state == whole
    # Whether the next run removes a killed one's temporary names; else it only ignores them (they never stand
    # under a name the user asked for), which the brief also allows.
    clears_leftovers: bool = True


# -- archive: the year's dossiers are bound and boxed in one transaction ---------------------------------------------


def archive_state(folder: Path) -> State:
    db = folder / DB
    boxes = rows(db, f"SELECT count(*) FROM archive_box WHERE year = {OPEN_YEAR}")[0][0]
    filed = rows(db, f"SELECT count(*) FROM dossier WHERE file_number LIKE '{OPEN_YEAR}-%'")[0][0]
    boxed = rows(db, f"SELECT count(*) FROM dossier d JOIN archive_box b ON b.id = d.box_id WHERE b.year = {OPEN_YEAR}")
    return {"boxes": boxes, "bound": filed, "boxed": boxed[0][0], "files": visible(folder)}


# -- demo: a new database file with its scans folder, put in place whole ---------------------------------------------


def demo_state(folder: Path) -> State:
    db = folder / DB
    marker = next((n for n in hidden(folder) if n.endswith(".moving")), None)
    return {
        "files": visible(folder),
        "counts": table_counts(db) if db.exists() else None,
        "moving": marker is not None,
    }


def demo_allowed(after: State, before: State, whole: State) -> bool:
    if after in (before, whole):
        return True
    # Killed between moving the scans folder into place and the database: the marker says so, the next run undoes it.
    return bool(after["moving"]) and after["counts"] is None and after["files"] == whole["files"] - {DB}


# -- print archive: the year's PDF and each piece, put in place together, the year's PDF last ------------------------


def print_state(folder: Path) -> State:
    pdfs = {name for name in visible(folder) if name.endswith(".pdf")}
    broken = sorted(name for name in pdfs if not pdf_is_complete(folder / name))
    return {"pdfs": frozenset(pdfs), "broken": broken}


def print_allowed(after: State, before: State, whole: State) -> bool:
    if after["broken"]:
        return False  # a half PDF under a name the clerk would open
    if "year.pdf" in after["pdfs"]:
        return after["pdfs"] == whole["pdfs"]  # the year's PDF is put in place last: all the pieces are there
    return after["pdfs"] <= whole["pdfs"]


# -- backup: one dated folder under B, built under a temporary name and verified, scans in B's shared store -----------


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def backups_whole(root: Path) -> tuple[int, list[str]]:
    """How many backups stand in the backup folder ``root``, and what in it is not whole (it must be nothing):
    a dated folder whose manifest, database copy or scans do not match, or a scan not matching its name."""
    if not root.exists():
        return 0, []
    broken = [
        str(p.relative_to(root))
        for p in (root / "attachments").glob("??/*")
        if not p.name.startswith(".") and sha256_of(p) != p.name
    ]
    dated = [p for p in root.iterdir() if not p.name.startswith(".") and p.name != "attachments"]
    for folder in dated:
        try:
            info = safety.read_backup(folder)
        except AppError as err:
            broken.append(f"{folder.name}: {err.text()}")
            continue
        if sha256_of(info.database_path) != info.database_sha256:
            broken.append(f"{folder.name}: the database copy")
        broken += [
            f"{folder.name}: scan {sha}"
            for sha, _ in info.scans
            if not (root / "attachments" / sha[:2] / sha).is_file()
        ]
    return len(dated), broken


def backup_state(folder: Path) -> State:
    count, broken = backups_whole(folder / "B")
    return {"backups": count, "broken": broken}


# -- restore: a backup put back as a new file, or in place of the file (which is backed up first) --------------------


def the_backup(demo: Path, templates: Path) -> Path:
    """A backup of the small demo, made once by the real command (renamed to a fixed name, so the command line of
    every kill names it), then copied into each kill's folder."""
    made = templates / "backup"
    if not made.exists():
        copy_database(demo, made / DB)
        done = run("backup", "--db", DB, "--to", "B", "--user", "admin", password=DEMO_PASSWORD, cwd=made)
        assert done.returncode == 0, done.stderr
        (dated,) = [p for p in (made / "B").iterdir() if p.name != "attachments" and not p.name.startswith(".")]
        dated.rename(made / "B" / "the-backup")
    return made


def with_backup(demo: Path, folder: Path, templates: Path) -> None:
    shutil.copytree(the_backup(demo, templates) / "B", folder / "B")


def with_archived_demo_and_backup(demo: Path, folder: Path, templates: Path) -> None:
    """The demo as it was backed up, then archived for 2025: a restore in place takes the archiving back out."""
    made = templates / "archived"
    if not made.exists():
        shutil.copytree(the_backup(demo, templates), made)
        done = run("archive", "--db", DB, "--year", OPEN_YEAR, "--user", "supervisor", password=DEMO_PASSWORD, cwd=made)
        assert done.returncode == 0, done.stderr
    shutil.copytree(made, folder, dirs_exist_ok=True)


RESTORED = "R.db"


def restore_state(folder: Path) -> State:
    db = folder / RESTORED
    return {
        "files": frozenset(n for n in visible(folder) if n.startswith(RESTORED)),
        "counts": table_counts(db) if db.exists() else None,
        "backups": backups_whole(folder / "B"),
    }


def restore_allowed(after: State, before: State, whole: State) -> bool:
    if after in (before, whole):
        return True
    # Killed between its two renames (documented in app/safety/restoring.py): the scans folder without its database.
    return (
        after["counts"] is None
        and after["files"] == whole["files"] - {RESTORED}
        and after["backups"] == whole["backups"]
    )


def replace_state(folder: Path) -> State:
    """The file restored in place: as it was (archived for 2025) or as the backup had it; the copy of the replaced
    file made first is a whole backup or none."""
    count, broken = backups_whole(folder / "B")
    return {
        "boxes": archive_state(folder)["boxes"],
        "files": frozenset(n for n in visible(folder) if n.startswith(DB)) - {f"{DB}.lock"},
        "broken": broken,
        "backups": count,
    }


def replace_allowed(after: State, before: State, whole: State) -> bool:
    if after["broken"]:
        return False
    if after["boxes"] == before["boxes"]:
        return after["backups"] in (before["backups"], whole["backups"])  # the copy made first may be there already
    return after == whole


OPERATIONS = [
    Operation("archive", ("archive", "--db", DB, "--year", OPEN_YEAR, "--user", "supervisor"), archive_state),
    Operation("demo", ("demo", DB, *SMALL_DEMO, *AS_OF), demo_state, prepare=empty, allowed=demo_allowed),
    Operation(
        "print archive",
        (
            "print",
            "archive",
            "--db",
            DB,
            "--year",
            BOXED_YEAR,
            "-o",
            "year.pdf",
            "--pieces",
            "pieces",
            "--user",
            "clerk",
        ),
        print_state,
        allowed=print_allowed,
    ),
    Operation(
        "backup",
        ("backup", "--db", DB, "--to", "B", "--user", "admin"),
        backup_state,
        lasting=frozenset({"B/.lock"}),
    ),
    Operation(
        "restore",
        ("restore", "B/the-backup", "--db", RESTORED, "--user", "admin"),
        restore_state,
        prepare=with_backup,
        allowed=restore_allowed,
        clears_leftovers=False,  # its staging name is random; the next restore makes its own
    ),
    Operation(
        "restore in place",
        ("restore", "B/the-backup", "--db", DB, "--replace", "--user", "admin"),
        replace_state,
        prepare=with_archived_demo_and_backup,
        allowed=replace_allowed,
        lasting=frozenset({"B/.lock"}),
        # The killed run may have made its copy of the replaced file already; the next run makes one more.
        done=lambda state, whole: {**state, "backups": 0} == {**whole, "backups": 0},
        clears_leftovers=False,
    ),
]


def _fresh(operation: Operation, demo: Path, folder: Path) -> Path:
    folder.mkdir(parents=True)
    operation.prepare(demo, folder, folder.parent.parent / "templates")
    return folder


def _start(operation: Operation, folder: Path) -> subprocess.Popen[bytes]:
    environment = {**os.environ, "DOSSIER_DESK_PASSWORD": DEMO_PASSWORD}
    return subprocess.Popen(
        [sys.executable, "-m", "app", *operation.args],
        cwd=folder,
        env=environment,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _check_passes(folder: Path) -> None:
    if (folder / DB).exists():
        checked = run("check", "--db", DB, cwd=folder)
        assert checked.returncode == 0, checked.stdout + checked.stderr


def _short(state: State) -> str:
    return repr(state)[:2000]


def _delays(rng: random.Random, duration: float, kills: int) -> list[float]:
    """One random moment in each of ``kills`` equal slices of ``duration``, in random order."""
    moments = [duration * (slot + rng.random()) / kills for slot in range(kills)]
    rng.shuffle(moments)
    return moments


def test_kills_leave_every_operation_all_or_nothing(small_demo: Path, tmp_path: Path) -> None:
    print(f"\ncrash test seed: {SEED} (replay with DOSSIER_DESK_CRASH_SEED={SEED})")
    rng = random.Random(SEED)
    kills = {op.name: KILLS // len(OPERATIONS) + (i < KILLS % len(OPERATIONS)) for i, op in enumerate(OPERATIONS)}
    outcomes: dict[str, list[str]] = {}
    for operation in OPERATIONS:
        base = tmp_path / operation.name.replace(" ", "-")
        # A finished run: how long it takes, and what "done" looks like.
        folder = _fresh(operation, small_demo, base / "finished")
        before, hidden_before = operation.state(folder), hidden(folder)
        started = time.monotonic()
        finished = _start(operation, folder)
        _, errors = finished.communicate(timeout=300)
        duration = time.monotonic() - started
        assert finished.returncode == 0, errors.decode()
        whole = operation.state(folder)
        assert whole != before
        _check_passes(folder)
        left = hidden(folder) - hidden_before - operation.lasting
        assert left == frozenset(), f"{operation.name}: a finished run leaves no temporary file: {sorted(left)}"

        outcomes[operation.name] = []
        rerun_done = False
        for n, delay in enumerate(_delays(rng, duration, kills[operation.name])):
            folder = _fresh(operation, small_demo, base / f"kill-{n}")
            process = _start(operation, folder)
            time.sleep(delay)
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=60)
            after = operation.state(folder)
            where = f"{operation.name}, kill {n} after {delay:.2f} s of {duration:.2f} s (seed {SEED})"
            assert operation.allowed(after, before, whole), f"{where}: half done: {_short(after)}; in {folder}"
            _check_passes(folder)
            outcomes[operation.name].append("whole" if after == whole else "nothing" if after == before else "between")
            if after != whole and not rerun_done:
                # The next run clears what the killed one left and finishes as if nothing had happened.
                rerun = _start(operation, folder)
                _, errors = rerun.communicate(timeout=300)
                assert rerun.returncode == 0, f"{where}: the next run failed: {errors.decode()}"
                assert operation.done(operation.state(folder), whole), f"{where}: the next run did not finish the job"
                left = hidden(folder) - hidden_before - operation.lasting
                if operation.clears_leftovers:
                    assert left == frozenset(), f"{where}: leftovers stayed: {sorted(left)}"
                rerun_done = True
    print("after each kill:", {name: " ".join(states) for name, states in outcomes.items()})
    assert sum(len(states) for states in outcomes.values()) == KILLS
