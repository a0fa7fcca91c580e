"""A backup or a restore off the UI thread: a progress dialog that appears after half a second, and a Cancel that
stops the job between two scans (the app then removes what it had made)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.tasks import BackgroundTask, Progress

PROGRESS_DELAY_MS = 500

# The app call: it reports progress and asks, between steps, whether the person cancelled.
SafetyJob = Callable[[Progress, Callable[[], bool]], Any]


class SafetyTask(QObject):
    """``finished(report)`` or ``failed(exception)``, on the UI thread; ``progress(done, total)`` on the way.

    With ``dialog`` the window waits (a window-modal progress dialog with Cancel); without, the person works on
    while it runs (the automatic backup at the first start of the day) and the caller shows the progress.
    """

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)

    def __init__(self, job: SafetyJob, text: str, parent: QWidget, *, dialog: bool = True) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.running = False
        self.task = BackgroundTask(lambda progress: job(progress, self._cancel.is_set), self)
        self.task.progress.connect(self._progress)
        self.task.finished.connect(self._finished)
        self.task.failed.connect(self._failed)
        self.dialog: QProgressDialog | None = None
        if dialog:
            self.dialog = QProgressDialog(text, self.tr("Cancel"), 0, 0, parent)
            self.dialog.setObjectName("safety-progress")
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(PROGRESS_DELAY_MS)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self.cancel)

    def start(self) -> None:
        self.running = True
        self.task.start()
        if self.dialog is not None:
            QTimer.singleShot(PROGRESS_DELAY_MS, self, self._show)

    def cancel(self) -> None:
        """Stop at the next step; ``failed`` then brings the app's BackupCancelled."""
        self._cancel.set()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Stopping…"))

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _show(self) -> None:
        if self.running and self.dialog is not None:
            self.dialog.show()

    def _progress(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(min(done, max(total, 1)))
        self.progress.emit(done, total)

    def _end(self) -> None:
        self.running = False
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _finished(self, result: object) -> None:
        self._end()
        self.finished.emit(result)

    def _failed(self, error: object) -> None:
        self._end()
        self.failed.emit(error)
