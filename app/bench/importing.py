"""The import at portfolio scale (issue 17): a workbook of 2 400 units, their customers and 12 000 tenancies over
the years, imported by the real command line into a database made by ``init``; the time and the peak memory of
that process are what a manager moving an office in waits for.

Goal: under 10 s. Run by tests/bench/test_exchange_bench.py (``pytest -m bench``), which prints the numbers.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

from app.exchange import BY_KEY

UNITS, CUSTOMERS, TENANCIES = BY_KEY["units"], BY_KEY["customers"], BY_KEY["tenancies"]

BUILDINGS = 2
FLOORS = 30
UNITS_PER_FLOOR = 40  # 2 × 30 × 40 = 2 400 units
TENANCIES_WANTED = 12_000
FIRST_DAY = dt.date(2008, 1, 1)
LAST_DAY = dt.date(2026, 10, 31)


@dataclass(frozen=True)
class ImportMeasure:
    units: int
    customers: int
    tenancies: int
    seconds: float  # the whole `dossier-desk import` process, start to exit
    peak_mb: float  # its largest resident set
    output: str


def build_workbook(path: Path, seed: int = 17) -> tuple[int, int, int]:
    """Write the benchmark's workbook; returns (units, customers, tenancies)."""
    rng = random.Random(seed)
    book = Workbook(write_only=True)
    units_sheet = book.create_sheet(UNITS.name)
    units_sheet.append(UNITS.headers)
    units: list[tuple[str, str]] = []
    for b in range(1, BUILDINGS + 1):
        building = f"星河{'AB'[b - 1]}座"
        for level in range(1, FLOORS + 1):
            for n in range(1, UNITS_PER_FLOOR + 1):
                number = f"{level:02d}{n:02d}"
                units_sheet.append([building, f"{level}F", number, round(rng.uniform(40, 400), 2), "办公"])
                units.append((building, number))
    per_unit = TENANCIES_WANTED // len(units)
    span = (LAST_DAY - FIRST_DAY).days
    stays: list[tuple[str, str, str, dt.date, dt.date | None]] = []
    names: list[str] = []
    for building, number in units:
        cuts = sorted(rng.sample(range(30, span - 30), per_unit))
        start = FIRST_DAY + dt.timedelta(days=rng.randrange(0, 30))
        for k in range(per_unit):
            end = FIRST_DAY + dt.timedelta(days=cuts[k]) if k < per_unit - 1 or rng.random() < 0.2 else None
            if end is not None and end <= start:
                end = start + dt.timedelta(days=1)
            name = f"星河{len(names):05d}科技有限公司"
            names.append(name)
            stays.append((name, building, number, start, end))
            if end is None:
                break
            start = end
    customers_sheet = book.create_sheet(CUSTOMERS.name)
    customers_sheet.append(CUSTOMERS.headers)
    for n, name in enumerate(names):
        customers_sheet.append(
            [name, "有限责任公司", f"91440300{n:010d}", f"法人{n}", f"联系人{n}", f"0755-{n:08d}", "", "单位"]
        )
    tenancies_sheet = book.create_sheet(TENANCIES.name)
    tenancies_sheet.append(TENANCIES.headers)
    for name, building, number, start, end in stays:
        tenancies_sheet.append([name, building, number, start, end])
    book.save(path)
    return len(units), len(names), len(stays)


def measure(folder: Path) -> ImportMeasure:
    """Build the workbook and a new database in ``folder``, import by the command line, measure that process."""
    book = folder / "import-bench.xlsx"
    units, customers, tenancies = build_workbook(book)
    database = folder / "import-bench.db"
    password = "bench-pass-1"
    env = dict(os.environ, DOSSIER_DESK_PASSWORD=password)
    command = [sys.executable, "-m", "app"]
    subprocess.run([*command, "init", str(database), "--admin", "admin"], check=True, env=env, capture_output=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run(
        [*command, "import", "--db", str(database), "--user", "admin", str(book)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if done.returncode != 0:
        raise RuntimeError(f"the import failed: {done.stdout}{done.stderr}")
    # ru_maxrss is the largest child so far (KiB on Linux): the import is by far the largest of the two.
    return ImportMeasure(units, customers, tenancies, seconds, max(peak, before) / 1024, done.stdout.strip())
