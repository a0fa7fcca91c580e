"""Long jobs off the UI thread: run on QThreadPool, results and progress delivered on the UI thread.

A job runs under ``app.jobs.controlled``: wherever the app says ``jobs.checkpoint()`` / ``jobs.step(done, total)``
between two steps, the task's Cancel stops it (``JobCancelled``) and its progress reaches the bar. A job that
writes to the database says so (``writes=True``): such jobs run one at a time in this process — the second waits
for the first (``waiting`` tells the window) — so two background jobs never compete for SQLite's write lock, where
the second would give up after the busy timeout. ``JobProgress`` is the progress dialog most jobs want: it appears
only if the job takes longer than half a second, and its Cancel is wired to the job.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app import jobs

Progress = Callable[[int, int], None]
Job = Callable[[Progress], Any]

PROGRESS_DELAY_MS = 500  # a job quicker than this shows no dialog at all
WAIT_POLL_S = 0.1  # how often a write job waiting for another one asks whether it was cancelled meanwhile

# One writer at a time from this process (SQLite's own lock serialises processes).
_writing = threading.Lock()

# The jobs' own threads. Qt's global pool has one thread per core — two on a front-desk PC — and a job waiting for
# the writer's turn (or a printout waiting for the printer) holds its thread: two such jobs would keep every other job
# from starting. The jobs mostly wait on the disk, SQLite or a lock, so a few more threads than cores cost nothing.
JOB_THREADS = 8
_pool: QThreadPool | None = None


def job_pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(JOB_THREADS)
    return _pool


# A full garbage collection looks at every object of the program and holds the interpreter lock meanwhile: with a
# file open it stopped the window for 150–270 ms, several times during one long printout (the job allocates a lot).
# While jobs run, only the young generations are collected; the full collections wait until the last job ends.
FULL_COLLECTIONS_POSTPONED = 1_000_000
_collecting = threading.Lock()
_jobs_running = 0
_thresholds: tuple[int, int, int] | None = None


def _job_started() -> None:
    global _jobs_running, _thresholds
    with _collecting:
        if _jobs_running == 0:
            _thresholds = gc.get_threshold()
            gc.set_threshold(_thresholds[0], _thresholds[1], FULL_COLLECTIONS_POSTPONED)
        _jobs_running += 1


def _job_ended() -> None:
    global _jobs_running, _thresholds
    with _collecting:
        _jobs_running -= 1
        if _jobs_running == 0 and _thresholds is not None:
            gc.set_threshold(*_thresholds)
            _thresholds = None


class _Runner(QRunnable):
    def __init__(self, task: BackgroundTask) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the task keeps it; Python owns it
        self.task = task

    def run(self) -> None:
        task = self.task
        # The end is signalled before ``wait`` is let go: a window that waits for its job and then goes (deleting
        # the task) must not leave the worker emitting from a deleted object ("Signal source has been deleted").
        try:
            result = task._run()
        except Exception as exc:  # delivered to the UI thread, shown there
            _job_ended()
            task.failed.emit(exc)
        else:
            _job_ended()
            task.finished.emit(result)
        finally:
            task._ended.set()


class BackgroundTask(QObject):
    """One job; connect ``finished(result)``, ``failed(exception)`` and ``progress(done, total)`` then ``start()``.

    The task object lives on the UI thread, so its signals, emitted from the worker, are
    delivered there (queued) and slots may touch widgets. ``cancel()`` asks the job to stop at its next
    step; it then fails with ``app.jobs.JobCancelled`` (``cancelled`` is True).
    """

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)
    waiting = Signal()  # a write job waits for another one to end

    def __init__(self, job: Job, parent: QObject | None = None, *, writes: bool = False) -> None:
        super().__init__(parent)
        self.job = job
        self.writes = writes
        self._cancel = threading.Event()
        self._ended = threading.Event()
        self._shown = (-1, -1)  # the last progress sent: a job reports thousands of steps, the bar needs each once
        self._runner = _Runner(self)

    def start(self, pool: QThreadPool | None = None) -> None:
        _job_started()  # from now: the worker may wait for a thread of the pool, the UI thread goes on
        (pool or job_pool()).start(self._runner)

    def cancel(self) -> None:
        """Stop at the job's next step (the app's ``jobs.checkpoint``); ``failed`` then brings ``JobCancelled``."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the job has ended (a window closing waits for its own job, not for every job)."""
        return self._ended.wait(timeout)

    # -- on the worker thread ----------------------------------------------------------------------

    def _report(self, done: int, total: int) -> None:
        if (done, total) != self._shown:
            self._shown = (done, total)
            self.progress.emit(done, total)

    def _run(self) -> Any:
        with jobs.controlled(self._report, self._cancel.is_set):
            if not self.writes:
                return self.job(self._report)
            if not _writing.acquire(blocking=False):
                self.waiting.emit()
                while not _writing.acquire(timeout=WAIT_POLL_S):
                    jobs.checkpoint()  # cancelled while waiting: it never started
            try:
                jobs.checkpoint()
                return self.job(self._report)
            finally:
                _writing.release()


class JobProgress(QObject):
    """The progress dialog of one ``BackgroundTask``: window-modal, shown only after half a second, with Cancel.

    Cancel asks the job to stop and says "Stopping…" until it has; the dialog closes when the task ends, however
    it ends. A write job waiting for another one says so.
    """

    def __init__(self, task: BackgroundTask, text: str, parent: QWidget) -> None:
        super().__init__(task)
        self.task = task
        self.running = True
        self.dialog = QProgressDialog(text, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setObjectName("job-progress")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self._text = text
        self._latest = (0, 0)  # (0, 0): a busy bar until the job says how far it is
        task.progress.connect(self._progress)
        task.waiting.connect(self._waiting)
        task.finished.connect(self._end)
        task.failed.connect(self._end)
        QTimer.singleShot(PROGRESS_DELAY_MS, self, self._show)

    def cancel(self) -> None:
        self.task.cancel()
        if self.running:
            self.dialog.setLabelText(self.tr("Stopping…"))

    def _show(self) -> None:
        if self.running:
            self._set(*self._latest)
            self.dialog.show()

    def _waiting(self) -> None:
        if self.running and not self.task.cancelled:
            self.dialog.setLabelText(self.tr("Waiting for another job to finish…"))

    def _progress(self, done: int, total: int) -> None:
        if not self.running:
            return
        if not self.task.cancelled and self.dialog.labelText() != self._text:
            self.dialog.setLabelText(self._text)  # the wait is over
        self._latest = (done, total)
        # QProgressDialog would show itself after 50 ms when it guesses the job is long; a window-modal dialog
        # that comes and goes in a flash is worse than none, so it gets values only from half a second on.
        if self.dialog.isVisible():
            self._set(done, total)

    def _set(self, done: int, total: int) -> None:
        if total <= 0:
            self.dialog.setRange(0, 0)  # a busy bar
            return
        self.dialog.setRange(0, total)
        self.dialog.setValue(min(done, total))

    def _end(self, _result: object = None) -> None:
        if not self.running:
            return
        self.running = False
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()


def run_with_progress(
    job: Job, text: str, parent: QWidget, *, writes: bool = False
) -> tuple[BackgroundTask, JobProgress]:
    """A task for ``job`` with its progress dialog (parented to ``parent``), not started yet: connect, then start."""
    task = BackgroundTask(job, parent, writes=writes)
    return task, JobProgress(task, text, parent)
