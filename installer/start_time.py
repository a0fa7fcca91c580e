"""How long the installed program takes to its first painted window: ``python installer/start_time.py BUNDLE DB``.

Runs the bundled program's ``--smoke-test`` on the database ``DB`` (as ``clerk``, password from
``$DOSSIER_DESK_PASSWORD``) several times and prints the median of what it reports ("painted in … s", counted from
the process's start), cold and warm:

- cold: the operating system's file cache emptied before each run, as after a reboot (Linux, as root:
  /proc/sys/vm/drop_caches; elsewhere, or without the right, only warm runs are measured and it says so);
- warm: the second start of the day, the files already in memory.

``--source`` measures ``python -m app`` from the checkout the same way, for comparison.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
from pathlib import Path

DROP_CACHES = Path("/proc/sys/vm/drop_caches")
PAINTED = re.compile(r"painted in (\d+(?:\.\d+)?) s")


def drop_caches() -> bool:
    try:
        os.sync()
        DROP_CACHES.write_text("3\n")
    except OSError:
        return False
    return True


def painted(command: list[str]) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False, timeout=300)
    found = PAINTED.search(done.stdout)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr.strip()[-500:]}")
    return float(found.group(1))


def measure(command: list[str], runs: int) -> tuple[list[float], list[float]]:
    cold: list[float] = []
    for _ in range(runs):
        if not drop_caches():
            break
        cold.append(painted(command))
    painted(command)  # one start to fill the cache
    warm = [painted(command) for _ in range(runs)]
    return cold, warm


def describe(name: str, cold: list[float], warm: list[float]) -> str:
    def median(values: list[float]) -> str:
        return f"{statistics.median(values):.2f} s (min {min(values):.2f}, max {max(values):.2f})" if values else "—"

    return f"{name}: cold {median(cold)}, warm {median(warm)}, {len(warm)} runs each"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the bundle folder installer/build.py made")
    parser.add_argument("db", type=Path, help="a database file, e.g. the demo")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--source", action="store_true", help="also time python -m app from the checkout")
    args = parser.parse_args()
    executable = args.bundle / ("dossier-desk.exe" if sys.platform == "win32" else "dossier-desk")
    smoke = ["--smoke-test", "--db", str(args.db), "--user", "clerk"]
    cold, warm = measure([str(executable), *smoke], args.runs)
    if not cold:
        print("(cold starts not measured: emptying the file cache needs root on Linux)")
    print(describe("bundle", cold, warm))
    if args.source:
        cold, warm = measure([sys.executable, "-m", "app", *smoke], args.runs)
        print(describe("source", cold, warm))
    return 0


if __name__ == "__main__":
    sys.exit(main())
