"""Long work never freezes the window (issue 14): each responsiveness module run by pytest in a fresh process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.fresh import FRESH_ENV

ROOT = Path(__file__).resolve().parents[2]
PRINTING = "tests/ui/printing/test_printing_never_freezes.py"
MODULES = [
    "tests/ui/archive/test_archive_never_freezes.py",
    "tests/ui/printing/test_list_print_never_freezes.py",
    "tests/ui/printing/test_printing_never_freezes.py",
    "tests/ui/tenancy/test_labels_never_freeze.py",
]


@pytest.mark.parametrize("module", MODULES)
def test_in_a_fresh_process(module: str) -> None:
    env = {**os.environ, FRESH_ENV: "1", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", module],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert " passed" in done.stdout, done.stdout[-2000:]
    assert "skipped" not in done.stdout or module == PRINTING, done.stdout[-2000:]  # one known skip, said why
