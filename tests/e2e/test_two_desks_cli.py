"""Two programs on one file: while another process holds a write transaction, the real ``dossier-desk archive`` and
a customer rename through the app wait their turn, and nothing is lost; a lock held too long is one clear line."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.building import unit_cards
from app.customers import CustomerInput, read_customer, update_customer
from app.desk import Desk
from app.people import log_in
from db.models import ArchiveBox, Setting
from tests.e2e.test_cli import run

pytestmark = pytest.mark.file_only(
    "two programs on one file wait on SQLite's write lock (several desks on a server: tests/postgres)"
)

PASSWORD = "demo-pass-1"
YEAR = "2025"

# Another program saving: a write transaction (BEGIN IMMEDIATE and an insert), held for a while (or, given "-",
# until it is told on its input), then committed.
HOLDER = textwrap.dedent(
    """
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO setting (key, value) VALUES ('test.other_program', 'saved')")
    print("holding", flush=True)
    if sys.argv[2] == "-":
        sys.stdin.readline()
    else:
        time.sleep(float(sys.argv[2]))
    conn.execute("COMMIT")
    print("committed", flush=True)
    """
)


@pytest.fixture(scope="module")
def small_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("two-desks") / "F.db"
    made = run(
        "demo", db, "--floors", "3", "--units-per-floor", "4", "--years", "3", "--password", PASSWORD,
        "--as-of", "2026-06-15",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    return db


@pytest.fixture
def demo(small_demo: Path, tmp_path: Path) -> Path:
    """A private copy: the tests write."""
    target = tmp_path / small_demo.name
    with sqlite3.connect(small_demo) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    shutil.copytree(f"{small_demo}-attachments", f"{target}-attachments")
    return target


@contextmanager
def another_program_saving(db: Path, seconds: float | None) -> Iterator[subprocess.Popen[str]]:
    """Hold the write lock for ``seconds``, or (None) until the block is left, however slow the machine is."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db), "-" if seconds is None else str(seconds)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    try:
        yield holder
    finally:
        out, err = holder.communicate("commit\n", timeout=120)
        assert holder.returncode == 0 and out.strip() == "committed", err


def archive_command(db: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "app", "archive", "--db", str(db), "--year", YEAR, "--user", "supervisor", *extra]


def env() -> dict[str, str]:
    return {**os.environ, "DOSSIER_DESK_PASSWORD": PASSWORD}


def boxes_of(db: Path) -> int:
    with Desk.open(db) as desk, desk.read(None) as work:
        return work.session.scalar(select(func.count(ArchiveBox.id)).where(ArchiveBox.year == int(YEAR))) or 0


def test_archive_and_a_rename_wait_for_another_programs_save_and_nothing_is_lost(demo: Path) -> None:
    planned = run(
        "archive", "--db", demo, "--year", YEAR, "--user", "supervisor", "--dry-run", "--json", password=PASSWORD
    )
    assert planned.returncode == 0, planned.stderr
    plan = json.loads(planned.stdout)
    assert plan["boxes"], "the demo leaves a year to archive"
    with Desk.open(demo) as desk, desk.read(None) as work:
        tenant = next(c for c in unit_cards(work) if c.customer_id is not None)
        assert tenant.customer_id is not None
        before = read_customer(work, tenant.customer_id)

    # Held a little longer than the command needs to start (about 2 s here), so it surely meets the lock; the
    # rename below meets it at once. The code before this issue failed both, at once, with a traceback.
    with another_program_saving(demo, 3.0):
        archiving = subprocess.Popen(
            archive_command(demo, "--json"), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env()
        )
        # Meanwhile, at this desk: a rename through the app (it waits for the other program's commit).
        with Desk.open(demo) as desk:
            clerk = log_in(desk, "clerk", PASSWORD)
            with desk.work(clerk) as work:
                form = read_customer(work, before.id)
                values = {f.name: getattr(form, f.name) for f in fields(CustomerInput)}
                update_customer(
                    work, before.id, CustomerInput(**(values | {"name": "改名后的公司"})), expected_version=form.version
                )
        out, err = archiving.communicate(timeout=300)

    assert archiving.returncode == 0, err
    assert "Traceback" not in err
    done = json.loads(out)
    assert not done["dry_run"]
    assert [b["number"] for b in done["boxes"]] == [b["number"] for b in plan["boxes"]]  # the very plan
    assert done["bound"] == plan["bound"] and done["archived"] == plan["archived"]
    assert boxes_of(demo) == len(plan["boxes"])
    with Desk.open(demo) as desk, desk.read(None) as work:
        renamed = read_customer(work, before.id)
        other = work.session.get(Setting, "test.other_program")
    assert renamed.name == "改名后的公司" and before.name in [n.name for n in renamed.former_names]
    assert other is not None and other.value == "saved"  # the other program's save is there too
    assert run("check", "--db", demo).returncode == 0


def test_a_lock_held_longer_than_the_busy_timeout_is_one_clear_line(demo: Path) -> None:
    with another_program_saving(demo, None):  # held until the command has given up (after the 5 s a write waits)
        refused = subprocess.run(archive_command(demo), capture_output=True, text=True, env=env(), timeout=120)
    assert refused.returncode == 1
    assert refused.stderr.splitlines() == ["dossier-desk: error: Another desk is saving; try again in a moment."]
    assert boxes_of(demo) == 0  # nothing written
    again = subprocess.run(archive_command(demo), capture_output=True, text=True, env=env(), timeout=300)
    assert again.returncode == 0, again.stderr  # once the other program is done, it goes through
    assert boxes_of(demo) > 0
