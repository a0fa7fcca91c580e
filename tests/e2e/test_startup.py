"""Start-up: what a command or the window imports, the smoke test, and the exit that skips the interpreter's clean-up.

Each check runs the real program in its own process: what a process imported, and how it ended, is what counts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app import safety
from app import settings as shared
from app.desk import Desk
from app.people import log_in
from tests.conftest import PASSWORD
from tests.e2e.test_cli import AS_CLERK, run

ROOT = Path(__file__).resolve().parents[2]
# What a command or the first screen never needs: the PDF writer and reader, images, workbooks, migrations, pinyin,
# the icon package, and (for a command) Qt. tests/e2e/test_startup.py is where this promise is kept.
HEAVY = ("reportlab", "pypdf", "PIL", "openpyxl", "alembic", "mako", "pypinyin", "qtawesome", "qtpy")
NOT_FOR_A_COMMAND = (*HEAVY, "PySide6")
NOT_FOR_VERSION = (*NOT_FOR_A_COMMAND, "sqlalchemy", "argon2", "db.models")
# The window needs Qt and reportlab's two tables of page sizes and units (reportlab.lib), not its PDF machinery.
REPORTLAB_PDF = ("reportlab.platypus", "reportlab.pdfgen", "reportlab.graphics")
NOT_FOR_THE_WINDOW = (*(h for h in HEAVY if h != "reportlab"), *REPORTLAB_PDF)


def _loaded_after(
    args: list[str], password: str | None = None, env: dict[str, str] | None = None
) -> tuple[int, list[str], str]:
    """Run ``dossier-desk ARGS`` inside a process that then says which modules it had imported."""
    script = textwrap.dedent(
        """
        import json, sys
        from app.cli import main
        try:
            code = main(sys.argv[1:])
        except SystemExit as stop:  # --version ends through argparse
            code = stop.code
        print(json.dumps({"code": code, "modules": sorted(sys.modules)}), file=sys.stderr)
        """
    )
    environment = {k: v for k, v in os.environ.items() if k != "DOSSIER_DESK_PASSWORD"} | (env or {})
    if password is not None:
        environment["DOSSIER_DESK_PASSWORD"] = password
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=environment,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        timeout=300,
        check=False,
    )
    report = json.loads(done.stderr.strip().splitlines()[-1])
    return int(report["code"] or 0), report["modules"], done.stdout


def _packages(modules: list[str], wanted: tuple[str, ...]) -> list[str]:
    return sorted({w for w in wanted for m in modules if m == w or m.startswith(w + ".")})


def test_version_imports_nothing_heavy() -> None:
    code, modules, out = _loaded_after(["--version"])
    assert code == 0 and out.startswith("dossier-desk ")
    assert _packages(modules, NOT_FOR_VERSION) == []
    # Nor the command groups: each is imported only for its own command.
    assert [m for m in modules if m.startswith("app.cli.") and m != "app.cli.common"] == []


def test_a_listing_imports_its_own_group_and_no_printing(demo_copy: Path) -> None:
    # A copy: logging in and a listing write audit lines, and the shared demo is read by the audit window's tests.
    code, modules, out = _loaded_after(["units", "--json", "--db", str(demo_copy), *AS_CLERK], PASSWORD)
    assert code == 0 and json.loads(out)
    assert _packages(modules, NOT_FOR_A_COMMAND) == []
    assert [m for m in modules if m.startswith("app.cli.") and m != "app.cli.common"] == ["app.cli.building"]


def test_the_window_starts_without_printing_pdfs_workbooks_or_the_icon_package(demo_copy: Path) -> None:
    smoke = ["--smoke-test", "--db", str(demo_copy), *AS_CLERK]
    code, modules, out = _loaded_after(smoke, PASSWORD, {"QT_QPA_PLATFORM": "offscreen"})
    assert code == 0 and out.startswith("painted in ")
    assert "PySide6.QtWidgets" in modules  # it did open the window
    assert _packages(modules, NOT_FOR_THE_WINDOW) == []


def test_help_still_lists_every_command() -> None:
    done = run("--help")
    assert done.returncode == 0
    for command in ("init", "demo", "units", "dossier", "labels", "archive", "print", "loans", "check", "backup"):
        assert f"    {command}" in done.stdout
    assert "--smoke-test" in done.stdout


def test_a_misspelt_command_names_every_command() -> None:
    done = run("unitz")
    assert done.returncode == 2
    assert "invalid choice: 'unitz'" in done.stderr and "'audit'" in done.stderr and "'init'" in done.stderr


# -- the smoke test ---------------------------------------------------------------------------------------------


def _offscreen() -> dict[str, str]:
    return {"QT_QPA_PLATFORM": "offscreen"}


def test_smoke_test_on_a_file_paints_the_grid_and_exits_0(demo_copy: Path, tmp_path: Path) -> None:
    done = run("--smoke-test", "--db", demo_copy, *AS_CLERK, password=PASSWORD, env=_offscreen())
    assert done.returncode == 0, done.stderr
    (line,) = done.stdout.splitlines()
    assert line.startswith("painted in ") and line.endswith(" s")
    assert float(line.removeprefix("painted in ").removesuffix(" s")) > 0
    # The file is let go of: no lock record of the window left beside it.
    assert not [p for p in demo_copy.parent.iterdir() if p.name.endswith(".lock")]


def test_smoke_test_without_a_file_makes_a_temporary_demo(tmp_path: Path) -> None:
    done = run("--smoke-test", env={**_offscreen(), "TMPDIR": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("painted in ")
    assert list(tmp_path.glob("dossier-desk-smoke-*")) == []  # the demo and its settings went with the process


@pytest.mark.parametrize(
    ("args", "password", "reason"),
    [
        (("--db", "DB"), PASSWORD, "give --user NAME and $DOSSIER_DESK_PASSWORD"),
        (("--db", "DB", *AS_CLERK), None, "give --user NAME and $DOSSIER_DESK_PASSWORD"),
        (("--db", "DB", *AS_CLERK), "wrong-password", "password"),
        (("--db", "MISSING", *AS_CLERK), PASSWORD, "no such database file"),
    ],
)
def test_smoke_test_that_cannot_run_says_why_in_one_line(
    args: tuple[str, ...], password: str | None, reason: str, demo_copy: Path
) -> None:
    files = {"DB": str(demo_copy), "MISSING": str(demo_copy.with_name("missing.db"))}
    real = [files.get(a, a) for a in args]
    done = run("--smoke-test", *real, password=password, env=_offscreen())
    assert done.returncode == 1
    (line,) = [x for x in done.stderr.splitlines() if "propagateSizeHints" not in x]
    assert line.startswith("dossier-desk: error: smoke test failed: ") and reason in line
    assert done.stdout == ""


# -- the exit without the interpreter's clean-up -----------------------------------------------------------------

_CLOSE_WHEN_SHOWN = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.cli import main

app = QApplication(sys.argv)  # the window's run() takes this one


def close_when_shown() -> None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "main-window" and widget.isVisible():
            widget.close()  # as the clerk does: the backup on exit first, then the window goes


poll = QTimer(interval=100)
poll.timeout.connect(close_when_shown)
poll.start()
print("before the window", flush=False)  # left in the buffer: the exit must flush it
sys.argv = ["dossier-desk", "--db", sys.argv[1], "--user", "clerk", "--lang", "en"]
main()  # the process's own command line: ends the process itself
print("never reached")
"""


def test_closing_the_window_saves_settings_and_backs_up_before_the_quick_exit(demo_copy: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    with Desk.open(demo_copy) as desk:
        admin = log_in(desk, "admin", PASSWORD)
        with desk.work(admin) as work:
            shared.change_backup_settings(work, folder=folder, automatic=True, warn_after_days=3)
        safety.back_up(desk, admin)  # today's backup is made: the window's start has none to make
    (morning,) = safety.list_backups(folder)
    config = tmp_path / "config"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # stdout buffered, as on a desk PC
    env |= {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config)}
    env["DOSSIER_DESK_PASSWORD"] = PASSWORD
    done = subprocess.run(
        [sys.executable, "-c", _CLOSE_WHEN_SHOWN, str(demo_copy)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["before the window"]
    # The window's settings were written before the process ended ...
    (settings_file,) = config.rglob("*.conf")
    saved = settings_file.read_text(encoding="utf-8")
    assert "geometry=" in saved and str(demo_copy) in saved
    # ... and the backup on exit was made, verified and recorded.
    (evening,) = safety.list_backups(folder)  # the same day: rotation keeps the newer one
    assert evening.folder != morning.folder
    with Desk.open(demo_copy) as desk, desk.read(None) as work:
        last = shared.last_backup(work)
    assert last is not None and last.folder == evening.folder
    assert not [p for p in demo_copy.parent.iterdir() if p.name.endswith(".lock")]


def test_the_clock_of_the_smoke_test_starts_with_the_process() -> None:
    from ui import main as window

    since_start, since_import = window.seconds_since_start(), time.perf_counter() - window._IMPORTED
    # This process began before it imported the window's module, and not before the machine did.
    assert since_import - 0.05 < since_start < time.monotonic() + 1
