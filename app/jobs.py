"""Long jobs (a year's archive printout, a list of thousands of rows, a backup): progress and the person's Cancel.

The window runs such a job on a worker thread and hands it, with ``controlled(progress, cancelled)``, a callback
for its progress bar and a question asked between two steps: "did the person press Cancel?". The job itself does
not pass them along through every call: it says ``checkpoint()`` (or ``step(done, total)``) between its steps,
wherever it is, and the control of the job running on this thread answers. A ``ContextVar`` keeps the control per
thread, so two jobs on two workers never see each other's Cancel, and a job run without one (the command line, a
test) goes on to the end.

``JobCancelled`` stops the job where it was asked. Nothing of it is kept: a printout is written under a temporary
name and put in place only when complete (``app.files.written_atomically``), so it leaves no file; a job inside
``Desk.work`` rolls its unit of work back, so the database is as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from app.errors import AppError
from app.text import QT_TRANSLATE_NOOP

Progress = Callable[[int, int], None]  # (steps done, steps in all), for a progress bar
Cancelled = Callable[[], bool]  # asked between steps; True stops the job


class JobCancelled(AppError):
    """The person pressed Cancel: the job stopped between two steps and kept nothing of what it had begun."""


@dataclass(frozen=True)
class Control:
    """What a running job reports to, and asks, between its steps."""

    progress: Progress | None = None
    cancelled: Cancelled | None = None


_NONE = Control()
_current: ContextVar[Control] = ContextVar("job_control", default=_NONE)


@contextmanager
def controlled(progress: Progress | None = None, cancelled: Cancelled | None = None) -> Iterator[Control]:
    """Run the block as a job with this progress callback and this Cancel question (on this thread only)."""
    control = Control(progress, cancelled)
    token = _current.set(control)
    try:
        yield control
    finally:
        _current.reset(token)


def cancel_requested() -> bool:
    """Whether the person asked the job running on this thread to stop (never, for a job without a control)."""
    cancelled = _current.get().cancelled
    return cancelled is not None and cancelled()


def checkpoint() -> None:
    """Between two steps of a long job: stop here (``JobCancelled``) if the person pressed Cancel."""
    if cancel_requested():
        raise JobCancelled(QT_TRANSLATE_NOOP("app", "Cancelled: nothing of it was kept."))


def step(done: int, total: int) -> None:
    """A step is done: stop here if the person pressed Cancel, else tell the progress bar ``done`` of ``total``."""
    checkpoint()
    progress = _current.get().progress
    if progress is not None:
        total = max(total, 1)
        progress(max(0, min(done, total)), total)
