"""The benchmark's operations: each is a small registered entry — a name, our way, the floor's way — measured as
medians of repeated runs, and the ratio between the two.

"Ours" is what the program does for a user; "floor" is the least anything could do for the same result on the same
file: the bare SQL query returning the same rows, or bare Qt showing them. The ratio says how much of our time is
our own making. A later capability adds its operation with one ``register(Operation(...))`` in a module of its own.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Generic, Protocol, TypeVar

Subject = TypeVar("Subject")
Taken = TypeVar("Taken", contravariant=True)  # what a measurable entry is given: the file, or the window

# One sample in the operation's unit (ms or MB). The sampler times itself, so it may prepare (untimed) first.
Sampler = Callable[[], float]


@dataclass(frozen=True)
class Row:
    """One line of the benchmark's table."""

    operation: str
    unit: str  # "ms" or "MB"
    ours: float | None  # None: not measured on this database (``not_measured`` says why)
    floor: float | None
    runs: int
    detail: str = ""  # what was measured exactly, e.g. the query typed
    floor_is: str = ""
    database: str = "file"  # "file", or the server: "PostgreSQL 15.8 (user@host/database)"
    not_measured: str = ""  # why a row has no time on this database, e.g. an operation only a file has

    @property
    def ratio(self) -> float | None:
        if self.ours is None or self.floor is None:
            return None
        return self.ours / self.floor if self.floor > 0 else None

    def on(self, database: str) -> Row:
        return replace(self, database=database)

    @staticmethod
    def missing(operation: str, unit: str, database: str, why: str) -> Row:
        """A row kept in the table (as "—") for an operation not measured on ``database``: never dropped silently."""
        return Row(operation, unit, None, None, 0, database=database, not_measured=why)

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "ratio": self.ratio}

    @staticmethod
    def from_json(data: dict[str, Any]) -> Row:
        return Row(
            operation=str(data["operation"]),
            unit=str(data["unit"]),
            ours=None if data["ours"] is None else float(data["ours"]),
            floor=None if data["floor"] is None else float(data["floor"]),
            runs=int(data["runs"]),
            detail=str(data.get("detail", "")),
            floor_is=str(data.get("floor_is", "")),
            database=str(data.get("database", "file")),
            not_measured=str(data.get("not_measured", "")),
        )


class Measurable(Protocol[Taken]):
    """Anything that measures into rows: an ``Operation``, or a process measuring the window's operations."""

    def measure(self, subject: Taken, runs: int) -> list[Row]: ...


@dataclass(frozen=True)
class Operation(Generic[Subject]):
    """One operation: ``ours`` and ``floor`` each prepare a sampler from the subject (the benchmark's file, or the
    window), which is then called ``runs × weight`` times, ours and floor in turn so that a busy moment of the
    machine falls on both."""

    name: str
    ours: Callable[[Subject], Sampler]
    floor: Callable[[Subject], Sampler]
    unit: str = "ms"
    weight: int = 1  # quick operations inside the process are measured more often: their medians steady slower
    detail: Callable[[Subject], str] = field(default=lambda _subject: "")
    floor_is: str = ""  # what the floor does, for the JSON and docs/performance.md
    # Samples taken and thrown away first: inside a process the first run also pays for loading code and caches.
    warm_up: int = 0

    def measure(self, subject: Subject, runs: int) -> list[Row]:
        ours, floor = self.ours(subject), self.floor(subject)
        for _ in range(self.warm_up):
            ours()
            floor()
        ours_samples: list[float] = []
        floor_samples: list[float] = []
        for _ in range(max(1, runs * self.weight)):
            ours_samples.append(ours())
            floor_samples.append(floor())
        return [
            Row(
                operation=self.name,
                unit=self.unit,
                ours=statistics.median(ours_samples),
                floor=statistics.median(floor_samples),
                runs=len(ours_samples),
                detail=self.detail(subject),
                floor_is=self.floor_is,
            )
        ]


def timed(action: Callable[[], object]) -> Sampler:
    """A sampler timing ``action`` in milliseconds."""

    def sample() -> float:
        start = time.perf_counter()
        action()
        return (time.perf_counter() - start) * 1000

    return sample


def measure_all(
    operations: Iterable[Measurable[Subject]],
    subject: Subject,
    runs: int,
    progress: Callable[[str], None] | None = None,
) -> list[Row]:
    rows: list[Row] = []
    for operation in operations:
        if progress is not None:
            progress(getattr(operation, "name", type(operation).__name__))
        rows.extend(operation.measure(subject, runs))
    return rows


def format_table(rows: Iterable[Row]) -> str:
    """The rows as a plain-text table: operation, database, ours, floor, ratio (the unit beside each value); an
    operation not measured on the database shows "—", its reason in a note under the table."""
    lines = [("operation", "database", "ours", "floor", "ratio")]
    notes: dict[str, list[str]] = {}  # why → the operations not measured for that reason
    for row in rows:
        name = f"{row.operation} ({row.detail})" if row.detail else row.operation
        if row.ours is None or row.floor is None:
            notes.setdefault(row.not_measured, []).append(row.operation)
            lines.append((name, row.database, "—", "—", "—"))
            continue
        precision = 0 if row.unit == "MB" else (2 if row.floor < 10 else 1)
        ratio = f"{row.ratio:.1f}×" if row.ratio is not None else "—"
        ours, floor = f"{row.ours:.{precision}f} {row.unit}", f"{row.floor:.{precision}f} {row.unit}"
        lines.append((name, row.database, ours, floor, ratio))
    widths = [max(_width(line[i]) for line in lines) for i in range(5)]
    out = []
    for n, line in enumerate(lines):
        cells = [
            *(_pad(cell, widths[i]) for i, cell in enumerate(line[:2])),
            *(_pad(cell, widths[i], right=True) for i, cell in enumerate(line) if i >= 2),
        ]
        out.append("  ".join(cells).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    said = [f"— {', '.join(names)}: {why}" for why, names in notes.items()]
    return "\n".join([*out, *([""] if said else []), *said])


def _width(text: str) -> int:
    # Chinese characters take two columns in a terminal.
    return sum(2 if ord(c) >= 0x1100 and not 0xFF61 <= ord(c) <= 0xFFDC else 1 for c in text)


def _pad(text: str, width: int, *, right: bool = False) -> str:
    gap = " " * (width - _width(text))
    return gap + text if right else text + gap
