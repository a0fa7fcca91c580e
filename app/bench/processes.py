"""Operations that start a process: the window's cold start, a command's start, peak memory, and the window's own
operations (floor tab switch, opening the largest dossier), which ``ui.bench`` measures in a process of its own.

The window is a layer above this one: it is started as ``python -m ui.bench …`` and reports in text, so this
module never imports it (the same way ``dossier-desk`` opens the window only when asked).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass

from app.bench.data import BenchFile
from app.bench.operations import Operation, Row, Sampler

UI_MODULE = "ui.bench"
PAINTED = "painted-at "  # what ui.bench prints when the window is painted: the wall-clock time, in seconds
# ... and then its peak memory in MB. Measured by the process itself (Linux: VmHWM of /proc/self/status): a child's
# ru_maxrss seen from here (os.wait4) also counts this process's memory, which the child had until its exec.
PEAK = "peak-mb "


class BenchFailed(Exception):
    """A process the benchmark started failed (its last lines of output are in the message)."""


@dataclass(frozen=True)
class Finished:
    started: float  # wall-clock time.time() just before the process was started
    seconds: float  # from start to exit
    stdout: str

    def said(self, prefix: str, args: Sequence[str]) -> float:
        """The number after ``prefix`` on the line the process printed it."""
        line = next((line for line in self.stdout.splitlines() if line.startswith(prefix)), None)
        if line is None:
            raise BenchFailed(f"{' '.join(args[1:])} did not print {prefix.strip()}")
        return float(line.removeprefix(prefix))


def run_process(args: Sequence[str], env: dict[str, str] | None = None) -> Finished:
    """Run ``args`` to its end (its output in temporary files: a pipe could fill and stall it)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.time()
        start = time.perf_counter()
        process = subprocess.Popen(list(args), stdout=out, stderr=err, env=env)
        process.wait()
        seconds = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        if process.returncode != 0:
            tail = " | ".join(err.read().decode("utf-8", "replace").strip().splitlines()[-3:])
            raise BenchFailed(f"{' '.join(args[1:])} ended with exit code {process.returncode}: {tail}")
    return Finished(started, seconds, stdout)


def child_env(file: BenchFile) -> dict[str, str]:
    env = dict(os.environ)
    env["DOSSIER_DESK_PASSWORD"] = file.password
    return env


def _ui(file: BenchFile, mode: str, *extra: str) -> list[str]:
    settings = file.path.parent / f"settings-{mode}.ini"  # never the user's own window settings
    database = ["--db", str(file.path), "--user", file.login, "--settings", str(settings)]
    return [sys.executable, "-m", UI_MODULE, mode, *database, *extra]


def _window(file: BenchFile) -> list[str]:
    # The window as ui.bench paints it (with its peak memory): for the memory figure.
    return _ui(file, "window")


def _smoke_test(file: BenchFile) -> list[str]:
    # The real entry: `dossier-desk --smoke-test` opens the file, logs the clerk in, paints the floor grid, closes.
    return [sys.executable, "-m", "app", "--smoke-test", "--db", str(file.path), "--user", file.login]


SMOKE_PAINTED = "painted in "  # "painted in 0.71 s", counted from the process's start


def _painted_after(args: list[str], file: BenchFile) -> float:
    finished = run_process(args, child_env(file))
    return (finished.said(PAINTED, args) - finished.started) * 1000


def _cold_start(file: BenchFile) -> Sampler:
    def sample() -> float:
        args = _smoke_test(file)
        line = next(
            (line for line in run_process(args, child_env(file)).stdout.splitlines() if line.startswith(SMOKE_PAINTED)),
            None,
        )
        if line is None:
            raise BenchFailed("dossier-desk --smoke-test did not say when it painted")
        return float(line.removeprefix(SMOKE_PAINTED).removesuffix(" s")) * 1000

    return sample


def _empty_window(file: BenchFile) -> Sampler:
    return lambda: _painted_after([sys.executable, "-m", UI_MODULE, "bare-window"], file)


def _version(file: BenchFile) -> Sampler:
    return lambda: run_process([sys.executable, "-m", "app", "--version"], child_env(file)).seconds * 1000


def _python(file: BenchFile) -> Sampler:
    return lambda: run_process([sys.executable, "-c", "pass"], child_env(file)).seconds * 1000


def _peak(args: list[str], file: BenchFile) -> float:
    return run_process(args, child_env(file)).said(PEAK, args)


def _window_memory(file: BenchFile) -> Sampler:
    return lambda: _peak(_window(file), file)


def _empty_window_memory(file: BenchFile) -> Sampler:
    return lambda: _peak([sys.executable, "-m", UI_MODULE, "bare-window"], file)


@dataclass(frozen=True)
class WindowOperations:
    """The window's operations (ui.bench's registry), measured in one process of their own with the file open."""

    name: str = "the window's operations"

    def measure(self, file: BenchFile, runs: int) -> list[Row]:
        args = _ui(file, "widgets", "--dossier", str(file.largest_dossier), "--runs", str(runs))
        finished = run_process(args, child_env(file))
        try:
            return [Row.from_json(row) for row in json.loads(finished.stdout)]
        except (ValueError, KeyError, TypeError) as exc:
            raise BenchFailed(f"ui.bench widgets printed no table: {exc}") from None


# What the benchmark measures in the window on a file but not yet on a server: the window is started with ``--db FILE``
# (ui.bench, the smoke test), and its floors read the file with bare sqlite3. The server's table keeps these rows,
# without a time, with this reason.
_WINDOW_ON_A_FILE = "the window's part is measured on a file only (the window is started on the file it opens)"
WINDOW_ONLY: dict[str, str] = {
    "cold start to the painted window": _WINDOW_ON_A_FILE,
    "floor tab switch": _WINDOW_ON_A_FILE,
    "open the largest dossier": _WINDOW_ON_A_FILE,
    "peak memory": _WINDOW_ON_A_FILE,
}

STARTS: list[Operation[BenchFile]] = [
    Operation("cold start to the painted window", _cold_start, _empty_window, floor_is="an empty Qt window's process"),
    Operation("a command's start (--version)", _version, _python, floor_is="python -c pass"),
]
# Peak memory is told by the process itself where the system says it (Linux, macOS); not on Windows.
MEMORY: list[Operation[BenchFile]] = (
    [
        Operation(
            "peak memory",
            _window_memory,
            _empty_window_memory,
            unit="MB",
            detail=lambda _f: "window painted",
            floor_is="an empty Qt window's process",
        )
    ]
    if sys.platform != "win32"
    else []
)
