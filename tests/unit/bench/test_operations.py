"""The benchmark's measuring and its table: medians of interleaved runs, warm-up thrown away, ratios, columns."""

from __future__ import annotations

from collections.abc import Iterator

from app.bench import Operation, Row, format_table


def _samples(values: list[float], calls: list[str], name: str) -> object:
    left: Iterator[float] = iter(values)

    def sample() -> float:
        calls.append(name)
        return next(left)

    return sample


def test_an_operation_is_the_median_of_interleaved_runs_after_its_warm_up() -> None:
    calls: list[str] = []
    operation = Operation(
        "find",
        ours=lambda _s: _samples([500.0, 9.0, 3.0, 5.0], calls, "ours"),  # type: ignore[arg-type, return-value]
        floor=lambda _s: _samples([100.0, 1.0, 2.0, 1.5], calls, "floor"),  # type: ignore[arg-type, return-value]
        weight=3,
        warm_up=1,
        detail=lambda subject: f"in {subject}",
    )
    (row,) = operation.measure("file", runs=1)
    # ours and floor take turns, so a busy moment of the machine falls on both
    assert calls == ["ours", "floor"] * 4
    assert (row.ours, row.floor, row.runs) == (5.0, 1.5, 3)  # the first (warm-up) samples left out
    assert row.ratio == 5.0 / 1.5
    assert row.detail == "in file"


def test_a_row_survives_json_from_the_window_process() -> None:
    row = Row("open the largest dossier", "ms", 80.0, 20.0, 5, "40 documents", "bare Qt")
    data = row.as_json()
    assert data["ratio"] == 4.0
    assert Row.from_json(data) == row


def test_no_ratio_when_the_floor_took_no_time() -> None:
    assert Row("x", "ms", 1.0, 0.0, 1).ratio is None


def test_the_table_lines_up_chinese_and_shows_units_and_ratios() -> None:
    table = format_table(
        [
            Row("quick find, 2 Chinese characters", "ms", 6.346, 0.0712, 20, "宏图"),
            Row("peak memory", "MB", 226.4, 50.2, 5, "window painted"),
        ]
    ).splitlines()
    assert table[0].split() == ["operation", "database", "ours", "floor", "ratio"]
    assert "quick find, 2 Chinese characters (宏图)" in table[2] and table[2].split()[6] == "file"
    assert table[2].split()[-5:] == ["6.35", "ms", "0.07", "ms", "89.1×"]
    assert table[3].split()[-5:] == ["226", "MB", "50", "MB", "4.5×"]
    # every line's ratio ends in the same column, a Chinese character counted two wide
    widths = [sum(2 if ord(c) > 0x1100 else 1 for c in line) for line in table]
    assert len(set(widths)) == 1, table


def test_an_operation_not_measured_on_a_server_stays_in_the_table_as_a_dash_with_its_reason() -> None:
    rows = [
        Row.missing("cold start to the painted window", "ms", "PostgreSQL 15.8", "measured on a file only"),
        Row("a tenancy's ledger", "ms", 4.4, 0.5, 12, "128 lines").on("PostgreSQL 15.8"),
        Row.missing("peak memory", "MB", "PostgreSQL 15.8", "measured on a file only"),
    ]
    table = format_table(rows).splitlines()
    assert table[2].split()[-5:] == ["PostgreSQL", "15.8", "—", "—", "—"]
    assert table[3].split()[-7:] == ["PostgreSQL", "15.8", "4.40", "ms", "0.50", "ms", "8.8×"]
    # one note per reason, naming every operation it applies to
    assert table[-1] == "— cold start to the painted window, peak memory: measured on a file only"
    assert rows[0].ratio is None and Row.from_json(rows[0].as_json()) == rows[0]
