"""The cancel check and progress of long jobs (app.jobs): asked between steps, per thread, and nothing without one."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app import jobs
from app.printing import Piece, build_pdf, title_lines
from app.printing.pages import LAID_OUT


def test_without_a_control_a_job_runs_to_the_end() -> None:
    assert not jobs.cancel_requested()
    jobs.checkpoint()
    jobs.step(5, 10)  # the command line and the tests run jobs without a window: nothing to tell, never stopped


def test_checkpoint_stops_the_job_once_the_person_cancelled() -> None:
    cancel = threading.Event()
    with jobs.controlled(cancelled=cancel.is_set):
        jobs.checkpoint()
        cancel.set()
        with pytest.raises(jobs.JobCancelled) as stopped:
            jobs.checkpoint()
    assert "nothing of it was kept" in str(stopped.value)
    jobs.checkpoint()  # the control ended with the block


def test_step_reports_progress_within_range_and_checks_cancel_first() -> None:
    seen: list[tuple[int, int]] = []
    cancel = threading.Event()
    with jobs.controlled(lambda done, total: seen.append((done, total)), cancel.is_set):
        jobs.step(0, 3)
        jobs.step(5, 3)  # more than all: the bar is full, never past it
        jobs.step(-1, 0)  # an empty job: one step of one
        cancel.set()
        with pytest.raises(jobs.JobCancelled):
            jobs.step(2, 3)
    assert seen == [(0, 3), (3, 3), (0, 1)]


def test_a_cancel_on_one_thread_never_stops_a_job_on_another() -> None:
    errors: list[BaseException] = []
    inside = threading.Event()
    release = threading.Event()

    def other_job() -> None:
        with jobs.controlled(cancelled=lambda: False):
            inside.set()
            release.wait(5)
            try:
                jobs.checkpoint()
            except BaseException as exc:
                errors.append(exc)

    worker = threading.Thread(target=other_job)
    worker.start()
    assert inside.wait(5)
    with jobs.controlled(cancelled=lambda: True):
        assert jobs.cancel_requested()
        release.set()
        worker.join(5)
    assert errors == []


def test_nested_controls_restore_the_outer_one() -> None:
    with jobs.controlled(cancelled=lambda: False):
        with jobs.controlled(cancelled=lambda: True):
            assert jobs.cancel_requested()
        assert not jobs.cancel_requested()


def pieces(count: int) -> list[Piece]:
    return [Piece(f"第 {n} 份", [title_lines(f"第 {n} 份材料")]) for n in range(count)]


def test_a_printout_reports_its_progress_up_to_the_end(tmp_path: Path) -> None:
    seen: list[int] = []
    with jobs.controlled(lambda done, _total: seen.append(done)):
        build_pdf(tmp_path / "out.pdf", pieces(40), title="t", author="a")
    assert (tmp_path / "out.pdf").is_file()
    assert seen == sorted(seen) and seen[0] < 100 and seen[-1] >= 990  # steady, from the start to the end


@pytest.mark.parametrize("phase", ["laying out", "writing out"])
def test_a_printout_cancelled_midway_leaves_no_file_and_no_temporary_file(tmp_path: Path, phase: str) -> None:
    seen: list[int] = []
    with jobs.controlled(lambda done, _total: seen.append(done)):
        build_pdf(tmp_path / "whole.pdf", pieces(40), title="t", author="a")
    (tmp_path / "whole.pdf").unlink()
    laying_out = sum(1 for done in seen if done < LAID_OUT)
    after_steps = laying_out // 2 if phase == "laying out" else laying_out + 10

    steps: list[int] = []
    target = tmp_path / "out.pdf"
    with (
        jobs.controlled(lambda done, _total: steps.append(done), lambda: len(steps) >= after_steps),
        pytest.raises(jobs.JobCancelled),
    ):
        build_pdf(target, pieces(40), title="t", author="a")
    assert len(steps) == after_steps  # stopped at the very next step
    assert (steps[-1] < LAID_OUT) == (phase == "laying out")
    assert list(tmp_path.iterdir()) == []
