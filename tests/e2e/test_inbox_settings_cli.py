"""``dossier-desk inbox-settings`` and ``inbox`` without ``--folder`` (issue 21), the real command on a copy of the
small demo, a file or a server database: the folder saved once is the one every later run watches."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.conftest import DEMO_PASSWORD, record_hash
from tests.e2e.server_support import E2EDatabase
from tests.e2e.test_cli import run
from tests.unit.inbox.stacks import cover_page, save_pdf, text_page


@pytest.fixture
def db(demo_database: E2EDatabase) -> E2EDatabase:
    return demo_database


def _settings(db: E2EDatabase, *more: str, cwd: Path | None = None) -> dict[str, object]:
    shown = run("inbox-settings", "--db", db, "--json", *more, password=DEMO_PASSWORD, cwd=cwd)
    assert shown.returncode == 0, shown.stderr
    return json.loads(shown.stdout)


def _saved(db: E2EDatabase) -> dict[str, str]:
    return dict(db.all("SELECT key, value FROM setting WHERE key LIKE 'inbox.%'"))  # type: ignore[arg-type]


def test_the_supervisor_saves_the_folder_and_inbox_then_watches_it(db: E2EDatabase, tmp_path: Path) -> None:
    from app.inbox import CoverCode

    assert _settings(db) == {"folder": None, "files_itself": False}  # the demo watches no folder
    nothing = run("inbox", "--db", db)
    assert nothing.returncode == 1 and nothing.stdout == ""
    assert nothing.stderr.strip() == (
        "dossier-desk: error [Inbox folder]: No inbox folder is saved: give one with --folder, or save it in "
        "Settings (Scan inbox) or with the inbox-settings command."
    )

    copier = tmp_path / "复印机 扫描"
    copier.mkdir()
    changed = run(
        "inbox-settings", "--db", db, "--folder", copier, "--files-itself", "yes", "--user", "supervisor",
        password=DEMO_PASSWORD,
    )  # fmt: skip
    assert changed.returncode == 0, changed.stderr
    assert "saved" in changed.stdout and str(copier) in changed.stdout and "yes: bundles" in changed.stdout
    assert _settings(db) == {"folder": str(copier), "files_itself": True}
    assert _saved(db) == {"inbox.folder": str(copier), "inbox.files_itself": "1"}

    number = db.one("SELECT number FROM dossier WHERE status = 'live' ORDER BY number")[0]
    save_pdf([cover_page(CoverCode(number, "correspondence")), text_page("来函")], copier / "SCAN0001.pdf")
    listed = run("inbox", "--db", db, "--settle", "0", "--json")
    assert listed.returncode == 0, listed.stderr
    seen = json.loads(listed.stdout)
    assert seen["folder"] == str(copier)  # the saved one, without --folder
    assert [(b["dossier"], b["category"], b["pages"]) for b in seen["bundles"]] == [(number, "correspondence", 1)]

    # Only the rule changed: the folder stays; --no-folder then stops the watching, the rule stays.
    assert _settings(db, "--files-itself", "no", "--user", "manager") == {"folder": str(copier), "files_itself": False}
    assert _settings(db, "--no-folder", "--user", "admin") == {"folder": None, "files_itself": False}
    shown = run("inbox-settings", "--db", db)
    assert shown.returncode == 0, shown.stderr
    assert "none: no folder is watched" in shown.stdout and "no: the clerk files" in shown.stdout


def test_a_folder_typed_from_where_the_command_runs_is_saved_as_a_full_path(db: E2EDatabase, tmp_path: Path) -> None:
    (tmp_path / "scans").mkdir()
    saved = _settings(db, "--folder", "scans", "--user", "supervisor", cwd=tmp_path)
    assert saved == {"folder": str(tmp_path / "scans"), "files_itself": False}


def test_a_clerk_is_refused_and_nothing_changes(db: E2EDatabase, tmp_path: Path) -> None:
    before = record_hash(db, without_log_ins=True)
    refused = run("inbox-settings", "--db", db, "--folder", tmp_path, "--user", "clerk", password=DEMO_PASSWORD)
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr.strip() == (
        "dossier-desk: error: Your role, Clerk, may not choose the scan inbox folder and whether it files by itself."
    )
    assert record_hash(db, without_log_ins=True) == before
