"""The benchmark as CI runs it (issue 14): ``dossier-desk bench`` at small scale, once per operation. A smoke test —
it runs and prints ratios for every operation; how fast anything is, is not asserted (CI machines differ)."""

from __future__ import annotations

import json
import math

from tests.e2e.test_cli import run

OPERATIONS = [
    "cold start to the painted window",
    "a command's start (--version)",
    "floor tab switch",
    "open the largest dossier",
    "read the largest dossier (no window)",
    "quick find, 2 Chinese characters",
    "quick find, a 4-character name part",
    "quick find, pinyin initials",
    "quick find, full pinyin",
    "quick find, a phone suffix",
    "quick find, a title word",
    "generate a month's charges",
    "arrears list, building-wide",
    "a tenancy's ledger",
    "the dashboard's figures, one building",
]


def test_bench_at_small_scale_prints_every_operation_with_its_ratio() -> None:
    result = run("bench", "--scale", "small", "--runs", "1", "--json", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)  # exactly one JSON document
    names = [row["operation"] for row in report["operations"]]
    assert names[: len(OPERATIONS)] == OPERATIONS
    assert names[len(OPERATIONS) :] in ([], ["peak memory"])  # memory where the system tells it (not Windows)
    for row in report["operations"]:
        assert row["ours"] > 0 and row["floor"] > 0, row
        assert math.isclose(row["ratio"], row["ours"] / row["floor"]), row
        assert row["runs"] >= 1 and row["unit"] in ("ms", "MB"), row
    data = report["data"]
    assert data["scale"] == "small" and data["units"] == 48 and data["documents"] > 1000
    assert all(data["queries"].values()), data["queries"]
    # Progress goes to stderr, the temporary folder is gone afterwards.
    assert "bench: building the small demo in " in result.stderr
    folder = result.stderr.split("bench: building the small demo in ", 1)[1].split()[0]
    from pathlib import Path

    assert not Path(folder).exists()
