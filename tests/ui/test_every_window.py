"""Every window, dialog and wizard page of the program, opened in Chinese: what it writes is Chinese (issue 13).

The windows are found in ``ui/`` by what they are (``tour.screens``), so a new dialog without an opener fails
``test_the_tour_opens_every_window``. Each window is opened as the program opens it (``tour.openers_*``) on a copy
of the demo, in zh_CN and zh_TW, and every text it writes is read (``tour.texts``): labels, buttons, menus, headers,
tooltips, placeholders, titles, list rows. Data the users typed is theirs and not checked.

``test_every_window_fits_the_screen`` runs ``tour/check_fit.py`` in a fresh process per screen (the screen of a
Qt process is fixed when it starts): 1024×768, 1366×768 and 1366×768 at 125 % scaling, less a taskbar, in zh_CN,
and 1024×768 in English.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.speaking import speaking
from tests.ui.tour import load_openers
from tests.ui.tour.registry import OPENERS, Tour, open_window
from tests.ui.tour.screens import name, windows_of_the_program
from tests.ui.tour.texts import data_words, faults, path_words, written_texts

pytestmark = pytest.mark.qt

load_openers()
WINDOWS = windows_of_the_program()
ROOT = Path(__file__).resolve().parents[2]


def test_the_tour_opens_every_window() -> None:
    missing = [name(cls) for cls in WINDOWS if cls not in OPENERS]
    assert not missing, f"windows the tour cannot open (add an opener in tests/ui/tour/openers_*.py): {missing}"


@pytest.fixture(scope="module")
def data(demo_db: Path) -> set[str]:
    return data_words(demo_db)


@pytest.fixture(params=["zh_CN", "zh_TW"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    with speaking(qapp, request.param):
        yield request.param


@pytest.mark.parametrize("cls", WINDOWS, ids=name)
def test_every_window_speaks_the_clerks_language(language: str, tour: Tour, data: set[str], cls: type) -> None:
    window = open_window(tour, cls)
    data = data | path_words(tour.database)  # the file's name and folder are the user's too (title, recent files)
    problems = [f"{w.where}: {w.text!r} — {'; '.join(f)}" for w in written_texts(window) if (f := faults(w.text, data))]
    assert not problems, f"{name(cls)} in {language}:\n" + "\n".join(problems)


SCREENS = {  # width, height, scaling, language (English words are the longest: the smallest screen in English too)
    "1024x768": ("1024", "768", "1", "zh_CN"),
    "1366x768": ("1366", "768", "1", "zh_CN"),
    "1366x768-at-125%": ("1366", "768", "1.25", "zh_CN"),
    "1024x768-en": ("1024", "768", "1", "en"),
}
TASKBAR = 40  # Windows' taskbar takes this much of a 768-pixel screen (physical pixels)


def run_on_screen(check: str, screen: tuple[str, str, str, str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Run the pytest module ``check`` in a process of its own whose one screen is ``screen`` (width, height,
    scaling, language as in ``SCREENS``), its free area above a taskbar."""
    width, height, scale, language = screen
    config = tmp_path / "screen.json"
    desk = {"name": "desk", "x": 0, "y": 0, "width": int(width), "height": int(height) - TASKBAR, "dpr": 1}
    config.write_text(json.dumps({"screens": [{**desk, "logicalDpi": 96, "logicalBaseDpi": 96}]}), encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
        "TOUR_LANGUAGE": language,
    }
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--tb=line", "-rN", check],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_window_fits_the_screen(screen: str, tmp_path: Path) -> None:
    run = run_on_screen("tests/ui/tour/check_fit.py", SCREENS[screen], tmp_path)
    assert run.returncode == 0, f"on a {screen} screen:\n{run.stdout[-6000:]}\n{run.stderr[-2000:]}"
