"""Speed at demo scale: run with `pytest -m bench tests/bench -s` (not part of the default run).

Goals (one clerk's PC): a floor's cards in under 50 ms, a dossier with all its documents in
under 100 ms, a unit's dossier found by number in under 20 ms. Numbers are printed.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app import buildings, demo, dossiers, integrity
from app.desk import Desk
from tests.conftest import PASSWORD

pytestmark = pytest.mark.bench


def _median_ms(action: Callable[[], object], repeat: int = 20) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


@pytest.fixture(scope="module")
def full_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "demo.db"
    start = time.perf_counter()
    summary = demo.build_demo(path, password=PASSWORD)
    print(f"\ndemo: {summary.units} units, {summary.documents} documents in {time.perf_counter() - start:.1f} s")
    return path


def test_floor_dossier_and_lookup_speed(full_demo: Path) -> None:
    with Desk.open(full_demo) as desk:
        with desk.work(None) as work:
            building = buildings.list_buildings(work)[0]
            floors = buildings.list_floors(work, building.id)
            biggest = max(
                (c for f in floors for c in buildings.unit_cards(work, floor_id=f.id) if c.dossier_id),
                key=lambda c: len(dossiers.dossier_documents(work, c.dossier_id or 0)),
            )

        def floor_cards() -> None:
            with desk.work(None) as work:
                buildings.unit_cards(work, floor_id=floors[len(floors) // 2].id)

        def open_dossier() -> None:
            with desk.work(None) as work:
                dossiers.read_dossier(work, biggest.dossier_id or 0)

        def find_by_number() -> None:
            with desk.work(None) as work:
                (unit_id,) = buildings.find_units(work, [biggest.number])
                dossiers.find_dossier_for_unit(work, unit_id)

        results = {
            "floor cards": (_median_ms(floor_cards), 50),
            "open biggest dossier": (_median_ms(open_dossier), 100),
            "find dossier by unit number": (_median_ms(find_by_number), 20),
        }
        start = time.perf_counter()
        problems = integrity.check_database(desk)
        check_s = time.perf_counter() - start
    for name, (ms, goal) in results.items():
        print(f"{name}: {ms:.1f} ms (goal {goal} ms)")
    print(f"check (integrity + every attachment hashed): {check_s:.2f} s")
    assert problems == []
    for name, (ms, goal) in results.items():
        assert ms < goal, f"{name} took {ms:.1f} ms, goal {goal} ms"
