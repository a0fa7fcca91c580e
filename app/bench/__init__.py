"""The benchmark (issue 14): our time for each operation against the floor — the bare SQL query or bare Qt doing the
same on the same file — and the ratio, as medians of repeated runs on demo data built in a temporary folder.

``dossier-desk bench`` runs it; ``ui.bench`` measures the window's part in a process of its own. Adding an
operation: an ``Operation(name, ours, floor)`` registered in ``in_process.IN_PROCESS`` (through the application
layer) or in ``ui.bench.WINDOW_OPERATIONS`` (widgets).
"""

from __future__ import annotations

from app.bench.bare import BareFile
from app.bench.dashboard import DASHBOARD_OPERATIONS  # registers the dashboard's figures (issue 16)
from app.bench.data import SCALES, BenchFile
from app.bench.fees import FEE_OPERATIONS  # registers the fees' operations (issue 15)
from app.bench.in_process import IN_PROCESS, OpenFile, bare_search, register
from app.bench.operations import Operation, Row, Sampler, format_table, measure_all, timed
from app.bench.processes import BenchFailed
from app.bench.run import DEFAULT_RUNS, BenchReport, progress_to_stderr, run_bench

__all__ = [
    "DASHBOARD_OPERATIONS",
    "DEFAULT_RUNS",
    "FEE_OPERATIONS",
    "IN_PROCESS",
    "SCALES",
    "BareFile",
    "BenchFailed",
    "BenchFile",
    "BenchReport",
    "OpenFile",
    "Operation",
    "Row",
    "Sampler",
    "bare_search",
    "format_table",
    "measure_all",
    "progress_to_stderr",
    "register",
    "run_bench",
    "timed",
]
