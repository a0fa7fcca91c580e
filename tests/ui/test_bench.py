"""The window's part of the benchmark (ui.bench) on the demo: every floor-switch sample is a first visit, the
dossier opened for a sample is closed again, and the bare-Qt floors show the same rows."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.bench import BareFile
from ui import bench
from ui.building.floor_view import FloorGrid
from ui.dossier import DossierPage
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt


def _largest(path: Path) -> tuple[int, int]:
    with sqlite3.connect(path) as db:
        return db.execute(
            "SELECT dossier_id, count(*) FROM document WHERE trashed_at IS NULL "
            "GROUP BY dossier_id ORDER BY 2 DESC, 1 LIMIT 1"
        ).fetchone()


@pytest.fixture
def under_test(window: MainWindow) -> Iterator[bench.WindowUnderTest]:
    bare_file = BareFile(window.desk.path)
    dossier_id, _count = _largest(window.desk.path)
    subject = bench.WindowUnderTest(window, bare_file, dossier_id)
    yield subject
    subject.bare.close()
    bare_file.close()


def test_each_floor_switch_is_a_first_visit_and_its_floor_shows_the_same_units(
    under_test: bench.WindowUnderTest,
) -> None:
    page = under_test.window.floors_page
    floors = len(page.floors)
    ours, floor = bench._floor_switch(under_test), bench._bare_floor_switch(under_test)
    visited = []
    for _ in range(floors + 2):  # past the last floor: the building is shown anew, the visits start over
        grid_before = {id(g) for g in page.grids}
        ours()
        floor()
        visited.append((page.floor_tabs.currentIndex(), {id(g) for g in page.grids} == grid_before))
        grid = page.current_grid()
        assert isinstance(grid, FloorGrid)
        cards = [card.number for card in grid.card_model().cards()]
        view = under_test.bare.currentWidget()
        bare = [view.model().index(row, 0).data().split("\n")[0] for row in range(view.model().rowCount())]
        assert bare == cards, "the floor shows the floor's units"
    first_round = [index for index, _same in visited[: floors - 1]]
    assert len(set(first_round)) == floors - 1, "no floor is switched to twice before all were shown"
    assert not visited[floors - 1][1], "then the building is shown anew (new grids), so the next visit is a first"


def test_opening_the_largest_dossier_closes_it_again_and_its_floor_shows_its_documents(
    under_test: bench.WindowUnderTest,
) -> None:
    window = under_test.window
    (row,) = bench.window_operations()[1].measure(under_test, runs=2)
    assert row.operation == "open the largest dossier"
    assert row.ours > 0 and row.floor > 0 and row.runs == 2
    _dossier, count = _largest(window.desk.path)
    assert row.detail == f"{count} documents"
    pages = [window.workspace.widget(i) for i in range(window.workspace.count())]
    assert not [p for p in pages if isinstance(p, DossierPage)], "every dossier the benchmark opened is closed again"
    assert under_test.bare.count() == 0, "and so is the floor's table"
