"""The archive's long jobs stop where the person cancels and keep nothing: a year's printout leaves no file, a
binding or an archiving cancelled midway leaves every dossier as it was (one unit of work, rolled back)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import pytest

from app import archive, jobs
from app.desk import Actor, Desk
from app.people.users import log_in
from tests.conftest import PASSWORD


@pytest.fixture
def demo(demo_database: Path | str) -> Iterator[Desk]:
    desk = Desk.open(demo_database)
    yield desk
    desk.close()


@pytest.fixture
def supervisor(demo: Desk) -> Actor:
    return log_in(demo, "supervisor", PASSWORD)


def cancel_after(steps: int) -> tuple[list[int], AbstractContextManager[jobs.Control]]:
    """A control that cancels once the job has reported ``steps`` steps."""
    seen: list[int] = []
    return seen, jobs.controlled(lambda done, _total: seen.append(done), lambda: len(seen) >= steps)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """The printouts' folder (a file demo's copy is in tmp_path too)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_a_year_printout_cancelled_while_its_boxes_are_read_leaves_no_file(
    demo: Desk, supervisor: Actor, out: Path
) -> None:
    with demo.read(None) as work:
        year = archive.boxes(work)[0].year
    target = out / "year.pdf"
    with demo.read(supervisor) as work, jobs.controlled(cancelled=lambda: True), pytest.raises(jobs.JobCancelled):
        archive.print_archive(work, year, target)
    assert list(out.iterdir()) == []


def test_a_year_printout_cancelled_while_laid_out_leaves_no_file(demo: Desk, supervisor: Actor, out: Path) -> None:
    with demo.read(None) as work:
        year = archive.boxes(work)[0].year
    seen, control = cancel_after(20)
    with demo.read(supervisor) as work, control, pytest.raises(jobs.JobCancelled):
        archive.print_archive(work, year, out / "year.pdf")
    assert len(seen) == 20 and list(out.iterdir()) == []
    with demo.read(supervisor) as work:  # and uncancelled it is made
        archive.print_archive(work, year, out / "year.pdf")
    assert [p.name for p in out.iterdir()] == ["year.pdf"]


def unbound_year(desk: Desk) -> int:
    with desk.read(None) as work:
        return max(y.year for y in archive.archive_years(work) if y.departed > 1)


def statuses(desk: Desk, year: int) -> list[tuple[int, str, str | None]]:
    with desk.read(None) as work:
        return [(c.dossier_id, c.status, c.file_number) for c in archive.candidates(work, year)]


def test_binding_a_year_cancelled_midway_binds_none(demo: Desk, supervisor: Actor) -> None:
    year = unbound_year(demo)
    before = statuses(demo, year)
    departed = sum(1 for _id, status, _no in before if status == "departed")
    seen, control = cancel_after(departed // 2)
    with control, pytest.raises(jobs.JobCancelled), demo.work(supervisor) as work:
        archive.bind_year(work, year)
    assert 0 < len(seen) < departed  # stopped midway, some bound in the unit of work …
    assert statuses(demo, year) == before  # … and rolled back with it


def test_archiving_a_year_cancelled_midway_makes_no_box(demo: Desk, supervisor: Actor) -> None:
    year = unbound_year(demo)
    with demo.read(None) as work:
        boxes_before = archive.boxes(work)
    before = statuses(demo, year)
    seen, control = cancel_after(1)
    with control, pytest.raises(jobs.JobCancelled), demo.work(supervisor) as work:
        archive.archive_year(work, year, bind_unbound=True)
    assert seen
    assert statuses(demo, year) == before
    with demo.read(None) as work:
        assert archive.boxes(work) == boxes_before
