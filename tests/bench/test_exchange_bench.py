"""The import at portfolio scale (issue 17): 2 400 units, their customers and 12 000 tenancies brought in by the real
command line. Run with `pytest -m bench tests/bench/test_exchange_bench.py -s`; the numbers are printed (goal: under
10 s)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.bench.importing import measure

pytestmark = pytest.mark.bench


def test_import_of_a_portfolio(tmp_path: Path) -> None:
    found = measure(tmp_path)
    print(
        f"\nimport: {found.units} units, {found.customers} customers, {found.tenancies} tenancies in "
        f"{found.seconds:.1f} s, peak {found.peak_mb:.0f} MB\n{found.output}"
    )
    assert found.tenancies >= 12_000 and found.units == 2_400
    assert "imported" in found.output
