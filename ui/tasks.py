"""Long jobs off the UI thread: run on QThreadPool, results and progress delivered on the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Progress = Callable[[int, int], None]
Job = Callable[[Progress], Any]


class _Runner(QRunnable):
    def __init__(self, task: BackgroundTask) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the task keeps it; Python owns it
        self.task = task

    def run(self) -> None:
        try:
            result = self.task.job(self.task.progress.emit)
        except Exception as exc:  # delivered to the UI thread, shown there
            self.task.failed.emit(exc)
        else:
            self.task.finished.emit(result)


class BackgroundTask(QObject):
    """One job; connect ``finished(result)``, ``failed(exception)`` and ``progress(done, total)`` then ``start()``.

    The task object lives on the UI thread, so its signals, emitted from the worker, are
    delivered there (queued) and slots may touch widgets.
    """

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self._runner = _Runner(self)

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(self._runner)
