"""The whole benchmark: build the data in a temporary folder, measure every registered operation, report."""

from __future__ import annotations

import platform
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.bench import data
from app.bench.in_process import IN_PROCESS, OpenFile
from app.bench.operations import Measurable, Row, format_table, measure_all
from app.bench.processes import MEMORY, STARTS, WindowOperations
from app.files import remove_tree
from app.version import __version__

DEFAULT_RUNS = 5


@dataclass(frozen=True)
class BenchReport:
    data: dict[str, object]
    rows: tuple[Row, ...]
    build_seconds: float
    runs: int

    def as_json(self) -> dict[str, Any]:
        return {
            "version": __version__,
            "python": platform.python_version(),
            "platform": platform.platform(),
            "runs": self.runs,
            "data": self.data,
            "build_seconds": round(self.build_seconds, 1),
            "operations": [row.as_json() for row in self.rows],
        }

    def table(self) -> str:
        about = ", ".join(f"{k} {v}" for k, v in self.data.items() if k != "queries")
        return f"{about}; built in {self.build_seconds:.1f} s; medians of {self.runs} runs\n\n{format_table(self.rows)}"


def run_bench(scale: str, runs: int = DEFAULT_RUNS, progress: Callable[[str], None] | None = None) -> BenchReport:
    """Build the ``scale`` data in a temporary folder, measure, remove the folder."""
    say = progress or (lambda _text: None)
    folder = Path(tempfile.mkdtemp(prefix="dossier-bench-"))
    try:
        say(f"building the {scale} demo in {folder}")
        start = time.perf_counter()
        file = data.build(scale, folder)
        built = time.perf_counter() - start
        rows = measure_file(file, runs, say)
        return BenchReport(file.describe(), tuple(rows), built, runs)
    finally:
        remove_tree(folder)  # the scans are read-only files: removed the way Windows allows


def measure_file(file: data.BenchFile, runs: int, progress: Callable[[str], None]) -> list[Row]:
    # Processes first, while this process has the file closed (a window of its own takes the file's lock).
    separate: Sequence[Measurable[data.BenchFile]] = [*STARTS, WindowOperations()]
    rows = measure_all(separate, file, runs, progress)
    opened = OpenFile.open(file)
    try:
        rows += measure_all(IN_PROCESS, opened, runs, progress)
    finally:
        opened.close()
    rows += measure_all(MEMORY, file, runs, progress)
    return rows


def progress_to_stderr(text: str) -> None:
    print(f"bench: {text}", file=sys.stderr, flush=True)
