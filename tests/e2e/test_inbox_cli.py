"""``dossier-desk inbox`` on a copy of the demo (issue 21): a scanned stack listed, filed by its cover sheets into the
right dossiers, the scans moved out of the inbox; the same scan never filed twice; a kill in the middle of filing
leaves no half document and the scan in the inbox, and the next run files what is left."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest

from app.inbox import CoverCode
from tests.e2e.conftest import DEMO_PASSWORD, copy_database
from tests.e2e.test_cli import run
from tests.unit.inbox.stacks import cover_page, save_jpegs, save_pdf, text_page

pytestmark = pytest.mark.file_only("the command's folder and a database file killed mid-write")

CATEGORIES = ("repairs", "correspondence", "complaints", "fees_deposits", "id_papers", "other")


def _live_dossiers(db: Path, count: int) -> list[str]:
    with closing(sqlite3.connect(db)) as conn:
        rows = conn.execute("SELECT number FROM dossier WHERE status = 'live' ORDER BY number LIMIT ?", (count,))
        return [number for (number,) in rows]


def _documents(db: Path) -> list[tuple[str, str, str, int, int]]:
    """Every document filed since the demo: (dossier, category, title, pages, scans)."""
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute(
            "SELECT dossier.number, document.category, document.title, document.pages, "
            "(SELECT count(*) FROM attachment WHERE attachment.document_id = document.id) "
            "FROM document JOIN dossier ON dossier.id = document.dossier_id "
            "WHERE document.recorded_at >= '2026-11-01' ORDER BY document.id"
        ).fetchall()


def _stack(folder: Path, dossiers: list[str], *, loose: bool = True) -> list[tuple[str, str, int]]:
    """One multi-page PDF of a bundle per dossier (covers turned ±3°, speckled), a page without a cover first unless
    not ``loose``; and one JPEG stack of a single bundle. What each bundle should become: (dossier, category, pages)."""
    pages = [text_page("a page before any cover")] if loose else []
    expected = []
    for n, number in enumerate(dossiers):
        category = CATEGORIES[n % len(CATEGORIES)]
        pages.append(cover_page(CoverCode(number, category), angle=3 if n % 2 else -3, noise=0.002))
        pages += [text_page(f"{number} page {p}") for p in range(1 + n % 3)]
        expected.append((number, category, 1 + n % 3))
    save_pdf(pages, folder / "SCAN0001.pdf")
    save_jpegs([cover_page(CoverCode(dossiers[0], "other", None, "来函")), text_page("x"), text_page("y")], folder)
    expected.append((dossiers[0], "other", 2))
    return expected


def _inbox(folder: Path, db: Path, *more: str) -> subprocess.CompletedProcess[str]:
    return run("inbox", "--db", db, "--folder", folder, "--settle", "0.2", *more, password=DEMO_PASSWORD)


def test_inbox_lists_files_and_refiles_nothing(small_demo: Path, tmp_path: Path) -> None:
    db = copy_database(small_demo, tmp_path / "F.db")
    folder = tmp_path / "扫描 收件箱"
    folder.mkdir()
    dossiers = _live_dossiers(db, 3)
    expected = _stack(folder, dossiers)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj")  # cut short by a failed transfer

    listed = _inbox(folder, db, "--json")
    assert listed.returncode == 0, listed.stderr
    shown = json.loads(listed.stdout)
    assert [(f["file"], f["state"]) for f in shown["files"]] == [
        ("SCAN0001.pdf", "ready"),
        ("broken.pdf", "unreadable"),
        ("scan0001.jpg", "ready"),
        ("scan0002.jpg", "ready"),
        ("scan0003.jpg", "ready"),
    ]
    assert [(b["dossier"], b["category"], b["pages"]) for b in shown["bundles"]] == [(None, None, 1), *expected]
    assert _documents(db) == []  # a listing files nothing

    filed = _inbox(folder, db, "--file", "--user", "clerk")
    assert filed.returncode == 0, filed.stderr
    assert "no cover: waits for the clerk" in filed.stdout
    assert "broken.pdf → unreadable/broken.pdf" in filed.stdout
    documents = _documents(db)
    assert [(d, c, p, s) for d, c, _t, p, s in documents] == [(d, c, p, 1) for d, c, p in expected]
    # The PDF still holds the bundle without a cover: it waits in the inbox; the JPEGs are done.
    assert sorted(p.name for p in folder.iterdir()) == ["SCAN0001.pdf", "processed", "unreadable"]
    assert sorted(p.name for p in (folder / "processed").iterdir()) == ["scan0001.jpg", "scan0002.jpg", "scan0003.jpg"]
    assert (folder / "unreadable" / "broken.pdf.txt").read_text(encoding="utf-8").strip()

    # The same JPEGs dropped in again: known by their content, moved out, never filed twice.
    for path in (folder / "processed").iterdir():
        path.rename(folder / f"again-{path.name}")
    again = _inbox(folder, db, "--file", "--user", "clerk")
    assert again.returncode == 0, again.stderr
    assert _documents(db) == documents
    assert not list(folder.glob("again-*"))
    assert run("check", "--db", db).returncode == 0


def test_a_file_still_being_written_is_not_taken_until_it_is_complete(small_demo: Path, tmp_path: Path) -> None:
    db = copy_database(small_demo, tmp_path / "F.db")
    folder = tmp_path / "inbox"
    folder.mkdir()
    (number,) = _live_dossiers(db, 1)
    whole = save_pdf([cover_page(CoverCode(number, "repairs")), text_page("slip")], tmp_path / "job.pdf").read_bytes()
    target = folder / "job.pdf"
    steps = 20
    finished_writing = threading.Event()

    def copier() -> None:  # writes the scan in steps, 0.3 s apart (6 s in all), as a slow network copy does
        with target.open("wb") as f:
            for step in range(steps):
                f.write(whole[step * len(whole) // steps : (step + 1) * len(whole) // steps])
                f.flush()
                time.sleep(0.3)
        finished_writing.set()

    writer = threading.Thread(target=copier)
    writer.start()
    try:
        time.sleep(0.2)
        during = run(
            "inbox",
            "--db",
            db,
            "--folder",
            folder,
            "--settle",
            "1",
            "--file",
            "--user",
            "clerk",
            password=DEMO_PASSWORD,
        )
        still_writing = not finished_writing.is_set()
    finally:
        writer.join()
    assert during.returncode == 0, during.stderr
    if still_writing:  # the command looked (twice, a second apart) while the file grew: it took nothing
        assert "job.pdf  waiting" in during.stdout, during.stdout
        assert _documents(db) == [] and target.exists()
    after = run(
        "inbox", "--db", db, "--folder", folder, "--settle", "1", "--file", "--user", "clerk", password=DEMO_PASSWORD
    )
    assert after.returncode == 0, after.stderr
    assert [(d, c, p) for d, c, _t, p, _s in _documents(db)] == [(number, "repairs", 1)]
    assert sorted(p.name for p in folder.iterdir()) == ["processed"]


def _start(folder: Path, db: Path) -> subprocess.Popen[bytes]:
    environment = {**os.environ, "DOSSIER_DESK_PASSWORD": DEMO_PASSWORD}
    args = ["inbox", "--db", str(db), "--folder", str(folder), "--settle", "0", "--file", "--user", "clerk"]
    return subprocess.Popen(
        [sys.executable, "-m", "app", *args],
        env=environment,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_kill_in_the_middle_of_filing_leaves_no_half_document_and_the_scan_in_the_inbox(
    small_demo: Path, tmp_path: Path
) -> None:
    dossiers = _live_dossiers(small_demo, 6)
    stack = tmp_path / "stack"
    stack.mkdir()
    expected = _stack(stack, dossiers, loose=False)  # every bundle has a cover: a finished run empties the inbox

    def fresh(name: str) -> tuple[Path, Path]:
        folder = tmp_path / name / "inbox"
        folder.mkdir(parents=True)
        for source in stack.iterdir():
            (folder / source.name).write_bytes(source.read_bytes())
        return copy_database(small_demo, tmp_path / name / "F.db"), folder

    db, folder = fresh("whole")
    started = time.monotonic()
    whole = _start(folder, db)
    assert whole.wait(timeout=600) == 0, whole.stderr.read() if whole.stderr else ""
    duration = time.monotonic() - started
    finished = sorted((d, c, p, s) for d, c, _t, p, s in _documents(db))
    assert finished == sorted((d, c, p, 1) for d, c, p in expected)
    assert sorted(p.name for p in folder.iterdir()) == ["processed"]

    # Reading the stack (rendering, decoding) takes most of a run; the filing comes at its end. The kills are spread
    # over the filing: from when a listing of the same folder is done to when the whole run was.
    db, folder = fresh("listing")
    started = time.monotonic()
    assert run("inbox", "--db", db, "--folder", folder, "--settle", "0").returncode == 0
    reading = min(time.monotonic() - started, duration * 0.9)
    rng = random.Random(21)
    kills = 6
    for n in range(kills):
        delay = reading + (duration - reading) * (n + rng.random()) / kills
        db, folder = fresh(f"kill-{n}")
        process = _start(folder, db)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        where = f"kill {n} after {delay:.2f} s of {duration:.2f} s"
        after = sorted((d, c, p, s) for d, c, _t, p, s in _documents(db))
        assert set(after) <= set(finished) and len(set(after)) == len(after), where  # whole documents, none twice
        scans = {p.name for p in folder.iterdir() if p.is_file()}
        moved = {p.name for p in (folder / "processed").iterdir()} if (folder / "processed").exists() else set()
        assert scans | moved == {p.name for p in stack.iterdir()}, where  # nothing lost
        assert not scans & moved, where
        if "SCAN0001.pdf" in moved:
            assert len(after) >= len(dossiers), where  # moved only once all its bundles were committed
        _check_allows_only_leftover_copies(db, where)
        # The next run files what is left, and nothing twice.
        again = _inbox(folder, db, "--file", "--user", "clerk")
        assert again.returncode == 0, where + again.stderr
        assert sorted((d, c, p, s) for d, c, _t, p, s in _documents(db)) == finished, where
        assert sorted(p.name for p in folder.iterdir()) == ["processed"], where
        _check_allows_only_leftover_copies(db, where)


# A kill while a scan is being copied into the store leaves that copy behind (a half copy under a temporary name, or a
# whole one no document refers to yet): as for any scan saved by hand, check names it and check --repair moves it to
# the quarantine. Nothing else may be wrong.
LEFTOVER_COPIES = {"attachment_orphan", "attachment_stray"}


def _check_allows_only_leftover_copies(db: Path, where: str) -> None:
    checked = run("check", "--db", db, "--json")
    assert checked.returncode in (0, 1), where + checked.stderr
    kinds = {problem["kind"] for problem in json.loads(checked.stdout)["problems"]}
    assert kinds <= LEFTOVER_COPIES, where + checked.stdout
