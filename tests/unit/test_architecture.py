"""The rooms stay honest: ``lint-imports`` (run by ``dev.sh test``) fails when a change breaks the layout.

Each case plants one violation in a temporary copy of the tree and runs the real ``lint-imports`` on it; the
unchanged copy must pass, so a failure can only come from what was planted.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def _copy_tree(target: Path) -> Path:
    for package in ("app", "ui", "db"):
        shutil.copytree(ROOT / package, target / package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", target / "pyproject.toml")
    return target


def _lint(tree: Path) -> subprocess.CompletedProcess[str]:
    # The copy comes first on the path, before the installed (editable) project.
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--config", str(tree / "pyproject.toml")],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def _surface(room: str) -> str:
    return f"{room} is used from outside only through its public surface ({room.replace('.', '/')}/__init__.py)"


APP_LAYERS = "app: the command line and the demo above the rooms, the rooms above the shared core"


def _plant(tree: Path, module: str, line: str) -> None:
    path = tree / module
    path.write_text(path.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")


def test_the_unchanged_tree_keeps_every_contract(tmp_path: Path) -> None:
    result = _lint(_copy_tree(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout
    report = " ".join(result.stdout.split())
    assert f"{APP_LAYERS} KEPT" in report and f"{_surface('app.archive')} KEPT" in report


@pytest.mark.parametrize(
    ("module", "line", "broken"),
    [
        # The shared core imports no capability.
        ("app/desk.py", "import app.archive  # noqa", APP_LAYERS),
        # Another room, or the window, uses a room's inside instead of its public surface.
        (
            "ui/main_window.py",
            "from app.archive.binding import bind_dossier  # noqa",
            _surface("app.archive"),
        ),
        (
            "app/tenancy/lifecycle.py",
            "from app.dossier.access import may_change  # noqa",
            _surface("app.dossier"),
        ),
        # Two rooms that need each other are one room, or need a third.
        ("app/dossier/dossiers.py", "import app.tenancy  # noqa", "Rooms never use each other in a circle"),
        # A new module must be placed in the layout, not just appear.
        ("app/unplaced.py", "import app.desk  # noqa", APP_LAYERS),
        # The application never touches Qt; widgets never reach the database.
        ("app/archive/search.py", "import PySide6.QtCore  # noqa", "app and db never touch Qt"),
        (
            "ui/archive/browser.py",
            "import db.models  # noqa",
            "Widgets never reach the database (no db, no SQLAlchemy in ui)",
        ),
    ],
)
def test_a_planted_violation_fails_the_build(tmp_path: Path, module: str, line: str, broken: str) -> None:
    tree = _copy_tree(tmp_path)
    if not (tree / module).exists():
        (tree / module).write_text('"""A module nobody placed."""\n', encoding="utf-8")
    _plant(tree, module, line)
    result = _lint(tree)
    assert result.returncode != 0
    report = " ".join(result.stdout.split())  # long contract names are wrapped over lines
    assert f"{broken} BROKEN" in report, result.stdout
