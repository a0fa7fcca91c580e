"""Watching the inbox folder while the window is open: file-system notifications plus a periodic rescan, the folder
read off the UI thread, one job at a time.

A network share does not always send notifications, so the folder is also looked at every ``RESCAN_MS``; while a file
is still being written it is looked at again every ``SETTLING_MS`` until it has settled (``app.inbox.InboxWatch``
decides when a file is complete). Each look is a background job; a look asked for while one runs is made once it ends
(never two at once: ``InboxWatch`` is polled by one job at a time).

What a look finds to do is done by a writing job of its own, after it: an unreadable file is set aside to
``unreadable/``, files filed (here or at another desk) are moved to ``processed/`` or ``unsorted/``, and, when the
setting says so, bundles whose cover names a dossier are filed as prefilled. The clerk's own filing from the Inbox
window is a writing job too (``file``, ``put_aside``), followed by a look.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, Signal

from app import inbox
from app.desk import Actor, Desk
from app.errors import AppError
from app.permissions import Action
from ui.tasks import BackgroundTask
from ui.translations import error_text

RESCAN_MS = 15_000  # a share that sends no notifications is still looked at this often
SETTLING_MS = 1_000  # while a file is being written
CHANGED_MS = 300  # a burst of notifications (the copier writing a file) makes one look


@dataclass(frozen=True)
class Looked:
    """One look at the folder, and what the job after it did."""

    inbox: inbox.Inbox
    filed: tuple[tuple[inbox.Bundle, int], ...] = ()  # filed by themselves: (bundle, document id)
    refused: dict[tuple[tuple[str, int], ...], str] = field(default_factory=dict)  # a bundle's key → why not, in words
    moved: tuple[inbox.Moved, ...] = ()


def bundle_key(bundle: inbox.Bundle) -> tuple[tuple[str, int], ...]:
    """A bundle as it stays from one look to the next: its files' hashes and its place in each."""
    return tuple((p.sha256, p.index) for p in bundle.parts)


class InboxWatcher(QObject):
    """The inbox folder of the settings, watched for one window (``looked`` brings each look's result)."""

    looked = Signal(object)  # Looked
    failed = Signal(str)  # the folder cannot be read now: why, in words
    settings_read = Signal(object)  # InboxSettings

    def __init__(self, desk: Desk, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.settings = inbox.InboxSettings(None, False)
        self.watch: inbox.InboxWatch | None = None
        self.latest: Looked | None = None
        self.problem = ""
        self.settle_seconds = inbox.SETTLE_SECONDS
        self._task: BackgroundTask | None = None
        self._again = False
        self._stopped = False
        self._refused: dict[tuple[tuple[str, int], ...], str] = {}  # filing by itself failed: not tried again
        self.notifications = QFileSystemWatcher(self)
        self.notifications.directoryChanged.connect(lambda _path: self._soon.start(CHANGED_MS))
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.timeout.connect(self.look)
        self._rescan = QTimer(self)
        self._rescan.setInterval(RESCAN_MS)
        # Each rescan reads the settings too: a folder changed at another desk is watched here within a rescan.
        self._rescan.timeout.connect(self.configure)
        self.held: Callable[[], bool] = lambda: False  # the window let go of its file (a restore): no looks meanwhile

    @property
    def folder(self) -> Path | None:
        return self.settings.folder

    @property
    def busy(self) -> bool:
        return self._task is not None

    def configure(self) -> None:
        """Read the settings again (at the start, and after they were changed) and watch the folder they name."""
        if self._stopped or self.held():
            return
        try:
            with self.desk.read(self.actor) as work:
                settings = inbox.inbox_settings(work)
        except AppError:
            return  # the file cannot be read just now: the next start or change reads them
        changed = settings.folder != self.settings.folder
        self.settings = settings
        if changed:
            self.watch = inbox.InboxWatch(settings.folder, self.settle_seconds) if settings.folder else None
            self.latest = None
            self.problem = ""
            self._refused.clear()
            if self.notifications.directories():
                self.notifications.removePaths(self.notifications.directories())
        self.settings_read.emit(settings)
        if self.watch is None:
            self._rescan.stop()
            return
        if not self.notifications.directories() and self.watch.folder.is_dir():
            self.notifications.addPath(str(self.watch.folder))
        self._rescan.start()
        self.look()

    def stop(self) -> None:
        """The window closes: no more looks; a job still running is waited for."""
        self._stopped = True
        self._again = False
        self._soon.stop()
        self._rescan.stop()
        if self._task is not None:
            self._task.wait()

    # -- looking ---------------------------------------------------------------------------------

    def look(self) -> None:
        """Look at the folder now (or as soon as the job running ends)."""
        if self._stopped or self.watch is None or self.held():
            return
        if self._task is not None:
            self._again = True
            return
        watch, desk, actor = self.watch, self.desk, self.actor

        def read(_progress: Callable[[int, int], None]) -> inbox.Inbox:
            with desk.read(actor) as work:
                return inbox.read_inbox(work, watch)

        self._run(read, self._read_done, writes=False)

    def _read_done(self, seen: inbox.Inbox) -> None:
        if self._stopped or self.held():
            return  # the window closes, or a restore replaces the file: nothing more is written
        if self.watch is None or seen.folder != self.watch.folder:
            self._again = self.watch is not None  # the folder changed meanwhile: look at the new one
            return
        if not self.notifications.directories():
            self.notifications.addPath(str(self.watch.folder))  # the share came back
        self.problem = ""
        if self._has_chores(seen):
            self._do_chores(seen)
            return
        self._show(Looked(seen, refused=dict(self._refused)))

    def _has_chores(self, seen: inbox.Inbox) -> bool:
        if not self.desk.may(self.actor, Action.FILE_SCANS):
            return False  # a reader (the administrator, a file open read-only) sees the inbox, never changes it
        if any(f.taken or f.state is inbox.FileState.UNREADABLE for f in seen.files):
            return True
        return self.settings.files_itself and any(self._files_itself(b) for b in seen.bundles)

    def _files_itself(self, bundle: inbox.Bundle) -> bool:
        return (
            bundle.cover is not None
            and bundle.cover.dossier_number is not None
            and bundle_key(bundle) not in self._refused
        )

    def _do_chores(self, seen: inbox.Inbox) -> None:
        watch, desk, actor = self.watch, self.desk, self.actor
        assert watch is not None
        to_file = [b for b in seen.bundles if self.settings.files_itself and self._files_itself(b)]

        def chores(_progress: Callable[[int, int], None]) -> Looked:
            done = inbox.file_and_tidy(desk, actor, watch, seen, to_file)
            refused = {bundle_key(b): refusal_of(exc).text for b, exc in done.refused}
            return Looked(done.inbox, done.filed, refused, done.moved)

        self._run(chores, self._chores_done, writes=True)

    def _chores_done(self, done: Looked) -> None:
        self._refused.update(done.refused)
        if self._stopped or self.held() or self.watch is None or done.inbox.folder != self.watch.folder:
            return
        self._show(Looked(done.inbox, done.filed, dict(self._refused), done.moved))

    def _show(self, looked: Looked) -> None:
        self.latest = looked
        self.looked.emit(looked)
        if any(f.state is inbox.FileState.WAITING for f in looked.inbox.files):
            self._soon.start(SETTLING_MS)

    # -- the clerk's filing -------------------------------------------------------------------------

    def file(
        self,
        bundle: inbox.Bundle,
        filing: inbox.Filing,
        done: Callable[[int], None],
        refused: Callable[[Refusal], None],
    ) -> BackgroundTask:
        """File ``bundle`` as the clerk chose (a writing job); ``done(document id)`` or ``refused(why)`` on the UI
        thread, then a look. A refused bundle is not filed by itself afterwards: the clerk has it in hand."""
        desk, actor = self.desk, self.actor

        def job(_progress: Callable[[int, int], None]) -> int:
            with desk.work(actor) as work:
                return inbox.file_bundle(work, bundle, filing).id

        return self._clerks_job(bundle, job, done, refused)

    def put_aside(
        self, bundle: inbox.Bundle, done: Callable[[None], None], refused: Callable[[Refusal], None]
    ) -> BackgroundTask:
        desk, actor = self.desk, self.actor

        def job(_progress: Callable[[int, int], None]) -> None:
            with desk.work(actor) as work:
                inbox.put_aside(work, bundle)

        return self._clerks_job(bundle, job, done, refused)

    def _clerks_job(
        self,
        bundle: inbox.Bundle,
        job: Callable[[Callable[[int, int], None]], Any],
        done: Callable[[Any], None],
        refused: Callable[[Refusal], None],
    ) -> BackgroundTask:
        # Not one of the looks: it may run beside a look (it never touches the InboxWatch); a look follows it.
        task = BackgroundTask(job, self, writes=True)

        def finished(result: object) -> None:
            task.deleteLater()
            done(result)
            self.look()

        def failed(exc: object) -> None:
            task.deleteLater()
            why = refusal_of(exc)
            self._refused[bundle_key(bundle)] = why.text
            refused(why)
            self.look()

        task.finished.connect(finished)
        task.failed.connect(failed)
        task.start()
        return task

    # -- one job at a time ------------------------------------------------------------------------

    def _run(self, job: Callable[[Callable[[int, int], None]], Any], then: Callable[[Any], None], writes: bool) -> None:
        task = BackgroundTask(job, self, writes=writes)
        self._task = task

        def finished(result: object) -> None:
            self._ended(task)
            then(result)
            self._next()

        def failed(exc: object) -> None:
            self._ended(task)
            if isinstance(exc, AppError):
                self.problem = error_text(exc)
            elif isinstance(exc, OSError):
                self.problem = str(exc)  # the share went away: said, and looked at again at the next rescan
            else:
                self._next()
                raise exc if isinstance(exc, BaseException) else RuntimeError(str(exc))
            self.failed.emit(self.problem)
            self._next()

        task.finished.connect(finished)
        task.failed.connect(failed)
        task.start()

    def _ended(self, task: BackgroundTask) -> None:
        self._task = None
        task.deleteLater()

    def _next(self) -> None:
        if self._again and not self._stopped:
            self._again = False
            self.look()


@dataclass(frozen=True)
class Refusal:
    """Why the clerk's filing (or putting aside) did not happen, in words, and the field it is about."""

    text: str
    field: str | None = None


def refusal_of(exc: object) -> Refusal:
    """An app error in the user's words; anything else (the share gone, a damaged PDF) said as what it is."""
    if isinstance(exc, AppError):
        return Refusal(error_text(exc), exc.field)
    if isinstance(exc, FileNotFoundError) and exc.filename:
        return Refusal(
            QCoreApplication.translate(
                "InboxWatcher", "The scan “{file}” is no longer in the inbox folder (moved, or the share is offline)."
            ).format(file=Path(str(exc.filename)).name),
            "inbox.file",
        )
    problem = str(exc) or type(exc).__name__
    return Refusal(
        QCoreApplication.translate("InboxWatcher", "The scan could not be filed: {problem}").format(problem=problem)
    )
