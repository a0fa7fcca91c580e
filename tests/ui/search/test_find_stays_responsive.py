"""Quick find on a slow disk (issue 14): the search runs on a worker, the window keeps answering while it runs, and
a new keystroke cancels the search before it — its late answer is never shown."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer
from pytestqt.qtbot import QtBot

from app.search import SearchHit
from tests.ui.search.test_find import press_ctrl_f, type_text
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt

SLOW_STEP_S = 0.12  # each query of the search waits this long, as on a disk that is busy or across a slow share


class SlowDisk:
    """The window's real search, with every step between its queries slowed down; records what each search did."""

    def __init__(self, window: MainWindow) -> None:
        self.real = window.find
        self.started: list[str] = []
        self.cancelled: list[str] = []
        self.finished: list[str] = []
        self.threads: set[str] = set()

    def __call__(self, text: str, cancelled: Callable[[], bool]) -> Sequence[SearchHit]:
        self.started.append(text)
        self.threads.add(threading.current_thread().name)

        def slow_cancelled() -> bool:
            time.sleep(SLOW_STEP_S)
            return cancelled()

        hits = self.real(text, slow_cancelled)
        (self.cancelled if cancelled() else self.finished).append(text)
        return hits


def test_the_window_keeps_answering_during_a_slow_search_and_a_keystroke_cancels_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    slow = SlowDisk(window)
    box = press_ctrl_f(window, qtbot)
    box.finder = slow
    gaps: list[int] = []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(lambda: gaps.append(clock.restart()))
    clock.start()
    ticker.start()

    type_text(box, qtbot, "有限")
    qtbot.waitUntil(lambda: slow.started == ["有限"] and box.searching(), timeout=5000)
    qtbot.wait(300)  # the search is half way through its queries
    type_text(box, qtbot, "公司")  # the clerk types on: the first search is cancelled
    qtbot.waitUntil(lambda: box.popup_visible() and box.results.query == "有限公司", timeout=20000)
    qtbot.waitUntil(lambda: not box.searching(), timeout=20000)
    ticker.stop()

    assert slow.cancelled == ["有限"] and slow.finished == ["有限公司"]
    assert threading.main_thread().name not in slow.threads  # never on the UI thread
    assert box.results.rowCount() > 0 and all(
        "有限公司" in box.results.hit(r).matched for r in range(box.results.rowCount())
    )
    assert len(gaps) > 50  # the event loop ran all along: > 0.5 s of ticks
    assert max(gaps[1:]) < 100, f"the window froze for {max(gaps)} ms"


def test_enter_before_the_answer_searches_at_once(window: MainWindow, qtbot: QtBot) -> None:
    """A barcode scanner types the number and Enter in one breath: the dossier opens without waiting."""
    box = press_ctrl_f(window, qtbot)
    hit = window.find("公司", lambda: False)[0]
    type_text(box, qtbot, hit.dossier_number)
    with qtbot.waitSignal(box.dossier_chosen, timeout=5000) as chosen:
        box.choose()
    assert chosen.args == [hit.dossier_id]
