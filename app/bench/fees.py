"""The fees' operations (issue 15): generating a month's charges, the building-wide arrears list, a tenancy's
ledger — through the application layer, each beside the bare SQL reading (and, for the month, writing) the same
rows on a plain ``sqlite3`` connection.

Generating a month writes, so each sample runs on a fresh copy of the benchmark's file (made before the clock
starts): the month after the last one charged, in one unit of work, commit included — what the supervisor's
Generate button costs.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app import people
from app.bench.bare import BareFile, conninfo, psycopg_style
from app.bench.data import AS_OF
from app.bench.in_process import OpenFile, register
from app.bench.operations import Operation, Sampler, timed
from app.desk import Actor, Desk
from app.fees import Month, arrears, generate_month, ledger, plan_month
from app.files import remove_tree

GENERATOR = "supervisor"  # who generates the month in the demo's accounts


@dataclass(frozen=True)
class FeeSubjects:
    """What the fee operations work on, read from the file with bare SQL."""

    month: Month  # the month after the last one charged
    building_id: int  # the first building
    tenancy_id: int  # the tenancy with the most ledger lines
    ledger_lines: int
    units: int  # occupied units the month charges


def subjects(bare: BareFile) -> FeeSubjects | None:
    """None when the file has no charges (a demo from before issue 15)."""
    last = bare.rows("SELECT max(period) FROM fee_charge WHERE kind = 'generated'")[0][0]
    if last is None:
        return None
    year, month = (int(part) for part in str(last).split("-"))
    following = Month(year + month // 12, month % 12 + 1)
    building_id = int(str(bare.rows("SELECT min(id) FROM building")[0][0]))
    tenancy_id, lines = bare.rows(
        "SELECT tenancy_id, count(*) FROM (SELECT tenancy_id FROM fee_charge UNION ALL SELECT tenancy_id "
        "FROM fee_payment) AS lines GROUP BY tenancy_id ORDER BY count(*) DESC, tenancy_id LIMIT 1"
    )[0]
    units = bare.rows(
        "SELECT count(DISTINCT unit_id) FROM tenancy_unit "
        "WHERE start_date <= ? AND (end_date IS NULL OR end_date >= ?)",
        (following.last.isoformat(), following.first.isoformat()),
    )[0][0]
    return FeeSubjects(following, building_id, int(str(tenancy_id)), int(str(lines)), int(str(units)))


def _needs(opened: OpenFile) -> FeeSubjects:
    found = subjects(opened.bare)
    if found is None:
        raise RuntimeError("the benchmark's file has no charges: the demo predates the fees")
    return found


class _Copies:
    """A fresh copy of the file for each sample of an operation that writes; removed after it."""

    def __init__(self, source: Path) -> None:
        self.source = source
        self.folder = Path(tempfile.mkdtemp(prefix="dossier-bench-fees-"))
        self.count = 0

    def fresh(self) -> Path:
        self.count += 1
        target = self.folder / f"copy-{self.count}.db"
        with sqlite3.connect(f"file:{self.source}?mode=ro", uri=True) as src, sqlite3.connect(target) as dst:
            src.backup(dst)
        return target

    def done(self, path: Path) -> None:
        for leftover in self.folder.glob(f"{path.name}*"):
            leftover.unlink()

    def close(self) -> None:
        remove_tree(self.folder)


def _on_a_copy(opened: OpenFile, action: Callable[[Path], float], on_server: Callable[[str], float]) -> Sampler:
    """Each sample on a fresh copy: of the file, or of the server's base database (made by the server)."""
    server = opened.server
    if server is not None:

        def sample_on_server() -> float:
            url = server.fresh()
            try:
                return on_server(url)
            finally:
                server.done(url)

        return sample_on_server
    copies = _Copies(opened.file.path)

    def sample() -> float:
        path = copies.fresh()
        try:
            return action(path)
        finally:
            copies.done(path)

    return sample


def _generate_ours(opened: OpenFile) -> Sampler:
    month = _needs(opened).month

    def on(location: Path | str) -> float:
        with Desk.open(location) as desk:
            actor = people.log_in(desk, GENERATOR, opened.file.password, source="benchmark")
            sample = timed(lambda: _generate(desk, actor, month))
            return sample()

    return _on_a_copy(opened, on, on)


def _generate(desk: Desk, actor: Actor, month: Month) -> None:
    with desk.work(actor) as work:
        generate_month(work, month)


def _generate_floor(opened: OpenFile) -> Sampler:
    """The same reads (the month's occupied units with their area, tenancy and fit-out; the month's readings; what
    is charged already) and the same rows written (``plan_month``'s lines, worked out before the clock starts), in
    one transaction of a bare connection."""
    month = _needs(opened).month
    with opened.desk.read(opened.actor) as work:
        plan = plan_month(work, month)
    rows = [
        (
            line.tenancy_id,
            line.unit_id,
            line.item_id,
            month.code,
            line.kind,
            str(line.quantity) if line.quantity is not None else None,
            str(line.rate) if line.rate is not None else None,
            line.days,
            line.days_in_period,
            line.amount_fen,
            line.billed_on.isoformat(),
            line.due_on.isoformat(),
            "",
            1,
            dt.datetime.combine(AS_OF, dt.time(9)).isoformat(sep=" "),
        )
        for line in plan.lines
    ]

    def on(path: Path) -> float:
        connection = sqlite3.connect(path)
        try:

            def write() -> None:
                with connection:
                    connection.execute(_LINKS_SQL, (month.last.isoformat(), month.first.isoformat())).fetchall()
                    connection.execute(_READINGS_SQL, (month.first.isoformat(), month.last.isoformat())).fetchall()
                    connection.execute(_CHARGED_SQL, (month.code,)).fetchall()
                    connection.executemany(_INSERT_SQL, rows)

            return timed(write)()
        finally:
            connection.close()

    def on_server(url: str) -> float:
        import psycopg  # only on a server

        with psycopg.connect(conninfo(url)) as server:

            def write() -> None:
                with server.transaction():
                    server.execute(psycopg_style(_LINKS_SQL), (month.last, month.first)).fetchall()
                    server.execute(psycopg_style(_READINGS_SQL), (month.first, month.last)).fetchall()
                    server.execute(psycopg_style(_CHARGED_SQL), (month.code,)).fetchall()
                    server.cursor().executemany(psycopg_style(_INSERT_SQL), rows)

            return timed(write)()

    return _on_a_copy(opened, on, on_server)


_LINKS_SQL = (
    "SELECT tu.tenancy_id, tu.unit_id, u.number, f.building_id, u.area, tu.start_date, tu.end_date, "
    "t.fit_out_until, c.name FROM tenancy_unit tu JOIN unit u ON u.id = tu.unit_id JOIN floor f ON f.id = u.floor_id "
    "JOIN tenancy t ON t.id = tu.tenancy_id JOIN customer c ON c.id = t.customer_id "
    "WHERE tu.start_date <= ? AND (tu.end_date IS NULL OR tu.end_date >= ?) ORDER BY tu.unit_id, tu.start_date"
)
_READINGS_SQL = (
    "SELECT unit_id, meter_kind, reading, read_on FROM meter_reading WHERE read_on >= ? AND read_on <= ? "
    "ORDER BY unit_id, read_on"
)
_CHARGED_SQL = (
    "SELECT tenancy_id, unit_id, item_id, sum(amount_fen), min(id) FROM fee_charge WHERE period = ? "
    "AND kind IN ('generated', 'adjustment') GROUP BY tenancy_id, unit_id, item_id"
)
_INSERT_SQL = (
    "INSERT INTO fee_charge (tenancy_id, unit_id, item_id, period, kind, quantity, rate, days, days_in_period, "
    "amount_fen, billed_on, due_on, description, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
    "?, ?, ?)"
)


def _arrears_ours(opened: OpenFile) -> Sampler:
    building_id = _needs(opened).building_id

    def read() -> None:
        with opened.desk.read(opened.actor) as work:
            arrears(work, as_of=AS_OF, building_id=building_id)

    return timed(read)


# Every charge line of the building's tenancies still open on the day, and each tenancy's unallocated payments.
_OPEN_LINES_SQL = """
WITH here AS (
    SELECT DISTINCT tu.tenancy_id FROM tenancy_unit tu JOIN unit u ON u.id = tu.unit_id
    JOIN floor f ON f.id = u.floor_id WHERE f.building_id = :building
),
allocated AS (
    SELECT a.charge_id, sum(a.amount_fen) AS fen FROM fee_allocation a JOIN fee_payment p ON p.id = a.payment_id
    WHERE p.paid_on <= :day GROUP BY a.charge_id
),
reduced AS (
    SELECT adjusts_id, sum(amount_fen) AS fen FROM fee_charge WHERE amount_fen < 0 AND billed_on <= :day
    GROUP BY adjusts_id
)
SELECT c.tenancy_id, c.id, c.due_on, c.amount_fen + coalesce(r.fen, 0) - coalesce(a.fen, 0) AS open_fen
FROM fee_charge c JOIN here ON here.tenancy_id = c.tenancy_id
LEFT JOIN reduced r ON r.adjusts_id = c.id LEFT JOIN allocated a ON a.charge_id = c.id
WHERE c.amount_fen > 0 AND c.billed_on <= :day AND c.amount_fen + coalesce(r.fen, 0) - coalesce(a.fen, 0) != 0
ORDER BY c.tenancy_id, c.due_on, c.id
"""
_CREDIT_SQL = """
SELECT p.tenancy_id, sum(p.amount_fen) - coalesce(sum((SELECT sum(a.amount_fen) FROM fee_allocation a
    WHERE a.payment_id = p.id)), 0)
FROM fee_payment p WHERE p.paid_on <= :day GROUP BY p.tenancy_id
"""


def _arrears_floor(opened: OpenFile) -> Sampler:
    params = {"building": _needs(opened).building_id, "day": AS_OF.isoformat()}

    def read() -> None:
        opened.bare.run(_OPEN_LINES_SQL, params)
        opened.bare.run(_CREDIT_SQL, params)

    return timed(read)


def _ledger_ours(opened: OpenFile) -> Sampler:
    tenancy_id = _needs(opened).tenancy_id

    def read() -> None:
        with opened.desk.read(opened.actor) as work:
            ledger(work, tenancy_id)

    return timed(read)


def _ledger_floor(opened: OpenFile) -> Sampler:
    tenancy_id = (_needs(opened).tenancy_id,)

    def read() -> None:
        opened.bare.rows(
            "SELECT c.*, i.name, u.number FROM fee_charge c JOIN fee_item i ON i.id = c.item_id "
            "LEFT JOIN unit u ON u.id = c.unit_id WHERE c.tenancy_id = ? ORDER BY c.billed_on, c.id",
            tenancy_id,
        )
        opened.bare.rows("SELECT * FROM fee_payment WHERE tenancy_id = ? ORDER BY paid_on, id", tenancy_id)
        opened.bare.rows("SELECT * FROM deposit WHERE tenancy_id = ?", tenancy_id)

    return timed(read)


def _describe_month(opened: OpenFile) -> str:
    found = _needs(opened)
    return f"{found.month.code}, {found.units} units occupied"


def _describe_ledger(opened: OpenFile) -> str:
    return f"{_needs(opened).ledger_lines} lines"


def _describe_arrears(opened: OpenFile) -> str:
    return f"building {_needs(opened).building_id}, as of {AS_OF.isoformat()}"


FEE_OPERATIONS: list[Operation[OpenFile]] = [
    Operation(
        "generate a month's charges",
        _generate_ours,
        _generate_floor,
        detail=_describe_month,
        floor_is="the same reads and the same rows inserted by bare sqlite3 in one transaction, on a fresh copy",
    ),
    Operation(
        "arrears list, building-wide",
        _arrears_ours,
        _arrears_floor,
        weight=2,
        warm_up=1,
        detail=_describe_arrears,
        floor_is="the open lines of the building's tenancies and their unallocated payments by bare SQL",
    ),
    Operation(
        "a tenancy's ledger",
        _ledger_ours,
        _ledger_floor,
        weight=4,
        warm_up=1,
        detail=_describe_ledger,
        floor_is="its charges, payments and deposits rows by bare SQL",
    ),
]

for _operation in FEE_OPERATIONS:
    register(_operation)
