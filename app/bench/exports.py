"""The export benchmark (issue 17): 600 000 rows written by our workbook writer against openpyxl's write-only mode
writing the same rows directly, each in a process of its own for its time and peak memory; and, given a database,
a real ``export documents``.

Goals in the issue: no slower than bare openpyxl write-only, peak memory under 300 MB. Run it as
``python -m app.bench.exports [--rows N] [--db FILE --user NAME] [--json]`` (the password of ``--user`` from
$DOSSIER_DESK_PASSWORD); the slow test is ``pytest -m bench tests/bench/test_export_bench.py -s``.

The rows are a documents-like sheet (the import sheet 档案文件: text, a unit number as text, a customer, a
category, a date, a title, a 文号, pages, 原件/工作件, a place, notes) made by a generator, so the rows themselves
cost no memory: what is measured is the writing. Peak memory is the child's own VmHWM (Linux; ru_maxrss elsewhere),
which includes the interpreter and openpyxl (~30–40 MB) — the same for both, so the difference is the writer's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROWS = 600_000
GOAL_PEAK_MB = 300.0
MODES = ("ours", "bare")
RESULT = "export-bench "  # the child's one line of result, then JSON

CATEGORIES = ("入住资料", "二装资料", "往来函", "缴费与押金", "报修", "联络资料", "其他")
TITLES = ("租赁合同", "营业执照复印件", "装修申请表", "钥匙移交确认书", "水、电表底数确认单", "催款通知书")
COMPANIES = ("深圳市永盛贸易有限公司", "广州市蓝海会计师事务所", "上海百川物流有限公司", "北京盈科会计师事务所")


def typed_rows(count: int) -> Iterator[list[Any]]:
    """``count`` realistic rows of the documents sheet, made as they are asked for (typed: text, date, whole)."""
    start = dt.date(2010, 1, 1)
    for n in range(count):
        floor = 1 + n % 40
        unit = f"{floor:02d}{1 + n % 20:02d}"
        yield [
            "星河国际大厦",
            unit,
            COMPANIES[n % len(COMPANIES)],
            CATEGORIES[n % len(CATEGORIES)],
            start + dt.timedelta(days=n % 6_000),
            f"{TITLES[n % len(TITLES)]}（第{n % 97 + 1}份）",
            f"XH-{2010 + n % 16}-{n % 10_000:04d}",
            "客务部",
            1 + n % 30,
            "原件" if n % 3 == 0 else "工作件",
            f"档案室 {1 + n % 40} 号柜",
            "补充材料" if n % 11 == 0 else None,
        ]


def peak_mb() -> float:
    """This process's own peak resident memory in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


@dataclass(frozen=True)
class Measured:
    mode: str  # "ours", "bare" or "export documents"
    rows: int
    seconds: float
    peak_mb: float
    size_mb: float


def _write_ours(target: Path, rows: int) -> int:
    from app.exchange import BY_KEY, SheetRows, write_workbook

    spec = BY_KEY["documents"]
    kinds = [c.kind for c in spec.columns]
    return write_workbook(target, [SheetRows(spec.name, spec.headers, kinds, typed_rows(rows))], total=rows)


def _write_bare(target: Path, rows: int) -> int:
    from openpyxl import Workbook

    from app.exchange import BY_KEY

    book = Workbook(write_only=True)
    sheet = book.create_sheet(BY_KEY["documents"].name)
    sheet.append(BY_KEY["documents"].headers)
    count = 0
    for row in typed_rows(rows):
        sheet.append(row)
        count += 1
    book.save(target)
    return count


def _export_documents(target: Path, db: Path, login: str) -> int:
    from app.desk import Desk
    from app.exchange import export_workbook
    from app.people import log_in

    with Desk.open(db) as desk:
        actor = log_in(desk, login, os.environ.get("DOSSIER_DESK_PASSWORD", ""), source="bench")
        with desk.read(actor) as work:
            return export_workbook(work, ["documents"], target)


def child(mode: str, rows: int, target: Path, db: Path | None = None, login: str = "") -> Measured:
    """Write in this process and measure it (called in a child process started by ``measure``)."""
    # What both ways import, imported before the clock starts: the writing is measured, not the start-up.
    import openpyxl  # noqa: F401

    from app import exchange

    assert exchange.write_workbook is not None  # the writer is loaded when first asked for: asked here

    start = time.perf_counter()
    if mode == "ours":
        written = _write_ours(target, rows)
    elif mode == "bare":
        written = _write_bare(target, rows)
    else:
        assert db is not None
        written = _export_documents(target, db, login)
    seconds = time.perf_counter() - start
    return Measured(mode, written, seconds, peak_mb(), target.stat().st_size / 1_048_576)


def measure(mode: str, rows: int, db: Path | None = None, login: str = "") -> Measured:
    """``mode`` run in a process of its own (so its peak memory is its own), the workbook removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="export-bench-") as folder:
        target = Path(folder) / "bench.xlsx"
        command = [
            sys.executable,
            "-m",
            "app.bench.exports",
            "--child",
            mode,
            "--rows",
            str(rows),
            "--out",
            str(target),
        ]
        if db is not None:
            command += ["--db", str(db), "--user", login]
        done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=3_600)
        line = next((x for x in done.stdout.splitlines() if x.startswith(RESULT)), None)
        if done.returncode != 0 or line is None:
            raise RuntimeError(f"export bench {mode} failed: {done.stderr[-2000:]}")
        return Measured(**json.loads(line[len(RESULT) :]))


def run(rows: int = ROWS, db: Path | None = None, login: str = "", runs: int = 1) -> list[Measured]:
    """Each way ``runs`` times, taking turns (a busy machine slows both alike); the median run of each."""
    taken: dict[str, list[Measured]] = {mode: [] for mode in MODES}
    for _ in range(runs):
        for mode in MODES:
            taken[mode].append(measure(mode, rows))
    results = [sorted(taken[mode], key=lambda m: m.seconds)[(runs - 1) // 2] for mode in MODES]
    if db is not None:
        results.append(measure("export documents", 0, db, login))
    return results


def report(results: Sequence[Measured]) -> str:
    lines = [f"{'':<18}{'rows':>9}{'seconds':>9}{'rows/s':>9}{'peak MB':>9}{'file MB':>9}"]
    for m in results:
        rate = m.rows / m.seconds if m.seconds else 0
        lines.append(f"{m.mode:<18}{m.rows:>9}{m.seconds:>9.1f}{rate:>9.0f}{m.peak_mb:>9.0f}{m.size_mb:>9.1f}")
    by_mode = {m.mode: m for m in results}
    if "ours" in by_mode and "bare" in by_mode and by_mode["bare"].seconds > 0 and by_mode["bare"].rows:
        ratio = by_mode["ours"].seconds / by_mode["bare"].seconds
        lines.append(
            f"ours / bare openpyxl write-only: {ratio:.2f} × the time (goal ≤ 1), peak goal < {GOAL_PEAK_MB:.0f} MB"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.bench.exports", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=ROWS)
    parser.add_argument("--db", type=Path, help="also time a real `export documents` of this database")
    parser.add_argument("--user", default="manager", help="who exports (password from $DOSSIER_DESK_PASSWORD)")
    parser.add_argument("--runs", type=int, default=1, help="runs of each way; the median is reported")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", choices=(*MODES, "export documents"), help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        measured = child(args.child, args.rows, args.out, args.db, args.user)
        print(RESULT + json.dumps(asdict(measured)))
        return 0
    results = run(args.rows, args.db, args.user, max(1, args.runs))
    if args.json:
        print(json.dumps([asdict(m) for m in results]))
    else:
        print(report(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
