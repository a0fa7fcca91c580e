"""The task runner: jobs off the UI thread, Cancel between steps, one writing job at a time, the progress dialog."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import pairwise

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app import jobs
from ui.tasks import FULL_COLLECTIONS_POSTPONED, BackgroundTask, JobProgress

pytestmark = pytest.mark.qt

TICK_MS = 10


@dataclass
class Ticks:
    """A QTimer ticking every 10 ms on the UI thread: when it got to tick (``time.monotonic()``)."""

    times: list[float] = field(default_factory=list)

    def during(self, start: float, end: float) -> list[float]:
        """The waits (ms) between ticks that overlap ``start``–``end`` (a job's run, timed on its worker), the wait
        from ``start`` to the first tick and from the last tick to ``end`` included."""
        inside = [t for t in self.times if start < t < end]
        points = [start, *inside, end]
        return [(b - a) * 1000 for a, b in pairwise(points)]


@contextmanager
def ticking() -> Iterator[Ticks]:
    """While the block runs (and the test waits on the event loop), note each tick of a 10 ms timer.

    The heap is frozen first, as the program freezes what its start-up made (ui.main: gc.freeze()): a test process
    holds the objects of a thousand tests before this one, and one full collection of them (0.2–0.4 s, the
    interpreter lock held) would be the test suite's pause, not the window's."""
    gc.collect()
    gc.freeze()
    ticks = Ticks()
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.times.append(time.monotonic()))
    timer.start()
    try:
        yield ticks
    finally:
        timer.stop()
        gc.unfreeze()


ATTEMPTS = 3


def steady(measure: Callable[[], tuple[list[float], float]], longest_ms: float) -> tuple[list[float], float]:
    """Run ``measure`` (the waits between ticks during a job, and the job's time) until a run shows the loop ticking
    all along — at most ``ATTEMPTS`` times — and give that run, or the last. A window frozen by design is frozen in
    every run; a pause of the PC itself (another program, the test process's own housekeeping) falls on one."""
    for _attempt in range(ATTEMPTS):
        gaps, took_ms = measure()
        if max(gaps) < longest_ms and len(gaps) - 1 >= took_ms / 50:
            break
    return gaps, took_ms


@dataclass
class Timed:
    """When a job ran, timed on its worker thread."""

    start: float = 0.0
    end: float = 0.0

    def wrap(self, function: Callable[..., object]) -> Callable[..., object]:
        def timed(*args: object, **kwargs: object) -> object:
            self.start = time.monotonic()
            try:
                return function(*args, **kwargs)
            finally:
                self.end = time.monotonic()

        return timed


def held_at(fraction: float) -> Callable[[int, int], None]:
    """``jobs.step`` that, once the job is ``fraction`` through, holds it there until the person cancels: a test
    presses Cancel "midway" whatever the machine's speed."""
    real_step = jobs.step

    def step(done: int, total: int) -> None:
        real_step(done, total)
        if done >= total * fraction:
            deadline = time.monotonic() + 20
            while not jobs.cancel_requested() and time.monotonic() < deadline:
                time.sleep(0.005)

    return step


def press_cancel(qtbot: QtBot, parent: QWidget, task: BackgroundTask | None = None) -> QProgressDialog:
    """Wait for the job's progress dialog (it appears after half a second) and press its Cancel button.

    With ``task``, the dialog of that very job: a window may show another job's progress meanwhile (a preview
    still rendering its pages), and pressing that one's Cancel would leave the job under test running."""

    def shown() -> QProgressDialog | None:
        if task is not None:
            mine = [p.dialog for p in task.findChildren(JobProgress)]
            return next((d for d in mine if d.isVisible()), None)
        for dialog in parent.findChildren(QProgressDialog, "job-progress"):
            if dialog.isVisible():
                return dialog
        return None

    qtbot.waitUntil(lambda: shown() is not None, timeout=10000)
    dialog = shown()
    assert dialog is not None
    button = dialog.findChild(QPushButton)
    assert button is not None
    button.click()
    return dialog


def test_a_job_runs_while_the_event_loop_keeps_ticking(qtbot: QtBot) -> None:
    release = threading.Event()
    task = BackgroundTask(lambda _progress: release.wait(5) and "done")
    with ticking() as ticks, qtbot.waitSignal(task.finished, timeout=10000) as finished:
        start = time.monotonic()
        task.start()
        qtbot.wait(200)  # the job is still waiting for us: the UI thread is free
        release.set()
    assert finished.args == ["done"]
    assert len(ticks.during(start, time.monotonic())) >= 5  # a job on the UI thread would have let none through


def test_cancel_stops_a_job_at_its_next_step_and_it_fails_with_job_cancelled(qtbot: QtBot) -> None:
    reached = threading.Event()

    def job(_progress: object) -> int:
        for n in range(1000):
            jobs.step(n, 1000)
            reached.set()
            time.sleep(0.002)
        return 1000

    task = BackgroundTask(job)
    with qtbot.waitSignal(task.failed, timeout=10000) as failed:
        task.start()
        assert reached.wait(5)
        task.cancel()
    assert isinstance(failed.args[0], jobs.JobCancelled) and task.cancelled


def test_progress_reaches_the_ui_thread_once_per_value(qtbot: QtBot) -> None:
    seen: list[tuple[int, int]] = []

    def job(_progress: object) -> None:
        for n in range(10):
            jobs.step(n, 10)
            jobs.step(n, 10)  # the same value again: the bar needs it once

    task = BackgroundTask(job)
    task.progress.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(task.finished, timeout=10000):
        task.start()
    qtbot.waitUntil(lambda: len(seen) == 10)
    assert seen == [(n, 10) for n in range(10)]


def test_two_writing_jobs_never_run_at_once_the_second_waits_and_says_so(qtbot: QtBot) -> None:
    running: list[str] = []
    overlap: list[bool] = []
    first_in = threading.Event()
    release = threading.Event()

    def job(name: str) -> Callable[[object], str]:
        def run(_progress: object) -> str:
            overlap.append(bool(running))
            running.append(name)
            if name == "first":
                first_in.set()
                release.wait(5)
            running.remove(name)
            return name

        return run

    first = BackgroundTask(job("first"), writes=True)
    second = BackgroundTask(job("second"), writes=True)
    with qtbot.waitSignal(first.finished, timeout=10000), qtbot.waitSignal(second.finished, timeout=10000):
        first.start()
        assert first_in.wait(5)
        with qtbot.waitSignal(second.waiting, timeout=5000):
            second.start()
        release.set()
    assert overlap == [False, False]


def test_a_writing_job_cancelled_while_it_waits_never_starts(qtbot: QtBot) -> None:
    release = threading.Event()
    first_in = threading.Event()
    started: list[str] = []

    def hold(_progress: object) -> bool:
        first_in.set()
        return release.wait(5)

    first = BackgroundTask(hold, writes=True)
    second = BackgroundTask(lambda _p: started.append("second"), writes=True)
    with qtbot.waitSignal(first.finished, timeout=10000):
        first.start()
        # The first holds the writer's turn before the second asks for it (on a busy machine the second could
        # otherwise start before the first's thread does, and never wait).
        assert first_in.wait(5)
        with qtbot.waitSignal(second.waiting, timeout=5000):
            second.start()
        with qtbot.waitSignal(second.failed, timeout=5000) as failed:
            second.cancel()
        release.set()
    assert isinstance(failed.args[0], jobs.JobCancelled) and started == []


def test_the_progress_dialog_appears_only_after_half_a_second_and_its_cancel_stops_the_job(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    quick = BackgroundTask(lambda _p: "quick", parent)
    JobProgress(quick, "Quick", parent)
    with qtbot.waitSignal(quick.finished, timeout=5000):
        quick.start()
    qtbot.wait(700)
    assert not any(d.isVisible() for d in parent.findChildren(QProgressDialog))  # never shown for a quick job

    def slow(_progress: object) -> None:
        for n in range(10000):
            jobs.step(n, 10000)
            time.sleep(0.001)

    task = BackgroundTask(slow, parent)
    JobProgress(task, "Slow", parent)
    clock = QElapsedTimer()
    with qtbot.waitSignal(task.failed, timeout=20000) as failed:
        clock.start()
        task.start()
        press_cancel(qtbot, parent)
        assert clock.elapsed() >= 450  # not before half a second
    assert isinstance(failed.args[0], jobs.JobCancelled)
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in parent.findChildren(QProgressDialog)))


def test_full_garbage_collections_wait_while_a_job_runs_and_come_back_after(qtbot: QtBot) -> None:
    """A full collection holds the interpreter lock for hundreds of ms with a file open: not while a job runs."""
    before = gc.get_threshold()
    inside: list[tuple[int, int, int]] = []
    task = BackgroundTask(lambda _p: inside.append(gc.get_threshold()))
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    assert inside == [(before[0], before[1], FULL_COLLECTIONS_POSTPONED)]
    assert gc.get_threshold() == before
