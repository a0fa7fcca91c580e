"""The whole benchmark: build the data in a temporary folder (and, given a server, copy it into fresh databases
there), measure every registered operation, report."""

from __future__ import annotations

import platform
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.bench import data
from app.bench.in_process import IN_PROCESS, OpenFile
from app.bench.operations import Measurable, Row, format_table, measure_all
from app.bench.processes import MEMORY, STARTS, WINDOW_ONLY, WindowOperations
from app.files import remove_tree
from app.version import __version__

if TYPE_CHECKING:
    from app.bench.server import ServerCopies

DEFAULT_RUNS = 5


@dataclass(frozen=True)
class BenchReport:
    data: dict[str, object]
    rows: tuple[Row, ...]
    build_seconds: float
    runs: int
    database: str = "file"  # "file", or the server's software and where it is
    copy_seconds: float | None = None  # on a server: the file's rows copied there, its search index made

    def as_json(self) -> dict[str, Any]:
        return {
            "version": __version__,
            "python": platform.python_version(),
            "platform": platform.platform(),
            "runs": self.runs,
            "database": self.database,
            "data": self.data,
            "build_seconds": round(self.build_seconds, 1),
            **({"copy_seconds": round(self.copy_seconds, 1)} if self.copy_seconds is not None else {}),
            "operations": [row.as_json() for row in self.rows],
        }

    def table(self) -> str:
        about = ", ".join(f"{k} {v}" for k, v in self.data.items() if k != "queries")
        built = f"built in {self.build_seconds:.1f} s"
        if self.copy_seconds is not None:
            built += f", copied to the server in {self.copy_seconds:.1f} s"
        return f"{self.database}: {about}; {built}; medians of {self.runs} runs\n\n{format_table(self.rows)}"


def run_bench(
    scale: str,
    runs: int = DEFAULT_RUNS,
    progress: Callable[[str], None] | None = None,
    server_url: str | None = None,
) -> BenchReport:
    """Build the ``scale`` data in a temporary folder, measure, remove the folder. ``server_url``: a PostgreSQL
    server whose user may create databases — the data is copied into fresh ``bench_…`` databases there, measured
    there, and the databases are dropped afterwards (app.bench.server)."""
    say = progress or (lambda _text: None)
    server = None
    if server_url is not None:
        from app.bench.server import BenchServer  # the driver only when a server is asked for

        server = BenchServer.connect(server_url)  # before the build: a wrong URL is told at once
    folder = Path(tempfile.mkdtemp(prefix="dossier-bench-"))
    try:
        say(f"building the {scale} demo in {folder}")
        start = time.perf_counter()
        file = data.build(scale, folder)
        built = time.perf_counter() - start
        if server is None:
            rows = measure_file(file, runs, say)
            return BenchReport(file.describe(), tuple(rows), built, runs)
        from app.bench.server import prepare

        start = time.perf_counter()
        copies = prepare(server, file.path, scale, say)
        copied = time.perf_counter() - start
        database = server.describe()
        rows = measure_on_server(file, copies, database, runs, say)
        about = {**file.describe(), "server_size_mb": copies.size_mb()}
        return BenchReport(about, tuple(rows), built, runs, f"{database} at {server.shown}", copied)
    finally:
        try:
            if server is not None:
                server.close()  # every bench_… database it made
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


def measure_on_server(
    file: data.BenchFile, copies: ServerCopies, database: str, runs: int, progress: Callable[[str], None]
) -> list[Row]:
    """The same operations in the same order as on a file; those of the window (which opens a file: its command
    line takes no server URL yet) are rows without a time, saying so."""
    rows: list[Row] = []
    for operation in STARTS:
        if operation.name in WINDOW_ONLY:
            rows.append(Row.missing(operation.name, operation.unit, database, WINDOW_ONLY[operation.name]))
        else:
            rows += [row.on(database) for row in measure_all([operation], file, runs, progress)]
    rows += [
        Row.missing(name, "ms", database, why)
        for name, why in WINDOW_ONLY.items()
        if name not in {operation.name for operation in (*STARTS, *MEMORY)}
    ]
    from app.bench.server import measure_or_say_why

    opened = OpenFile.open(file, copies)
    try:
        for operation in IN_PROCESS:
            progress(operation.name)
            rows += measure_or_say_why(operation, opened, runs, database)
    finally:
        opened.close()
    rows += [Row.missing(operation.name, operation.unit, database, WINDOW_ONLY[operation.name]) for operation in MEMORY]
    return rows


def progress_to_stderr(text: str) -> None:
    print(f"bench: {text}", file=sys.stderr, flush=True)
