"""The dashboard's figures (issue 16) of the first building, through the application layer, beside the bare SQL
that reads the same: the units' tenancies that day, the monthly GROUP BYs, the open repairs and complaints, the
survey averages, the missing papers' counts and the fee room's open lines and credit (the arrears' ageing)."""

from __future__ import annotations

import re

from app.bench.data import AS_OF
from app.bench.fees import _CREDIT_SQL, _OPEN_LINES_SQL
from app.bench.in_process import OpenFile, register
from app.bench.operations import Operation, Sampler, timed
from app.dashboard import dashboard, month_codes


def _building(opened: OpenFile) -> int:
    return int(str(opened.bare.rows("SELECT min(id) FROM building")[0][0]))


def _ours(opened: OpenFile) -> Sampler:
    building_id = _building(opened)

    def read() -> None:
        with opened.desk.read(opened.actor) as work:
            dashboard(work, AS_OF, building_id)

    return timed(read)


_HERE = "SELECT u.id FROM unit u JOIN floor f ON f.id = u.floor_id WHERE f.building_id = :building"
_FLOOR_SQL = [
    # the units with the tenancy of the day (the floor grid's statuses)
    "SELECT u.id, u.floor_id, u.use, u.area, tu.end_date, t.fit_out_until FROM unit u "
    "JOIN floor f ON f.id = u.floor_id LEFT JOIN tenancy_unit tu ON tu.unit_id = u.id AND tu.start_date <= :day "
    "AND (tu.end_date IS NULL OR "
    "tu.end_date > :day) LEFT JOIN tenancy t ON t.id = tu.tenancy_id WHERE f.building_id = :building "
    "AND u.retired_at IS NULL",
    f"SELECT strftime('%Y-%m', t.move_in), count(*) FROM tenancy t WHERE t.move_in >= :first AND t.move_in < :end "
    f"AND EXISTS (SELECT 1 FROM tenancy_unit tu WHERE tu.tenancy_id = t.id AND tu.unit_id IN ({_HERE})) GROUP BY 1",
    f"SELECT strftime('%Y-%m', t.move_out), count(*) FROM tenancy t WHERE t.move_out >= :first AND t.move_out < :end "
    f"AND EXISTS (SELECT 1 FROM tenancy_unit tu WHERE tu.tenancy_id = t.id AND tu.unit_id IN ({_HERE})) GROUP BY 1",
    f"SELECT strftime('%Y-%m', reported_at), count(*) FROM repair WHERE reported_at >= :first AND reported_at < :end "
    f"AND unit_id IN ({_HERE}) GROUP BY 1",
    f"SELECT strftime('%Y-%m', received_at), count(*) FROM complaint WHERE received_at >= :first "
    f"AND received_at < :end AND unit_id IN ({_HERE}) GROUP BY 1",
    f"SELECT count(*) FROM repair WHERE status NOT IN ('visited', 'cancelled') AND unit_id IN ({_HERE})",
    f"SELECT count(*) FROM complaint WHERE status != 'closed' AND unit_id IN ({_HERE})",
    "SELECT r.year, count(*), avg(s.service_score), avg(s.price_score), avg(s.company_score) FROM survey_response s "
    "JOIN survey_round r ON r.id = s.round_id GROUP BY r.year",
    f"SELECT d.id, count(DISTINCT doc.requirement_id) FROM dossier d LEFT JOIN document doc ON doc.dossier_id = d.id "
    f"AND doc.trashed_at IS NULL AND doc.requirement_id IN (SELECT id FROM requirement WHERE active) "
    f"WHERE d.status = 'live' AND d.unit_id IN ({_HERE}) GROUP BY d.id",
    "SELECT id, expected_return FROM loan WHERE handed_out_at IS NOT NULL AND returned_at IS NULL",
]


_MONTH_OF = re.compile(r"strftime\('%Y-%m', ([\w.]+)\)")


def _on_server(sql: str) -> str:
    """A floor statement in PostgreSQL's words: a month as ``to_char`` makes it (SQLite has ``strftime``)."""
    return _MONTH_OF.sub(r"to_char(\1, 'YYYY-MM')", sql)


def _floor(opened: OpenFile) -> Sampler:
    months = month_codes(AS_OF)
    first = f"{months[0]}-01"
    end = f"{AS_OF.year + AS_OF.month // 12:04d}-{AS_OF.month % 12 + 1:02d}-01"
    params = {"building": _building(opened), "day": AS_OF.isoformat(), "first": first, "end": end}

    statements = [_on_server(sql) if opened.bare.postgres else sql for sql in _FLOOR_SQL]

    def read() -> None:
        for sql in (*statements, _OPEN_LINES_SQL, _CREDIT_SQL):
            opened.bare.run(sql, params)

    return timed(read)


def _describe(opened: OpenFile) -> str:
    return f"building {_building(opened)}, as of {AS_OF.isoformat()}"


DASHBOARD_OPERATIONS: list[Operation[OpenFile]] = [
    Operation(
        "the dashboard's figures, one building",
        _ours,
        _floor,
        weight=2,
        warm_up=1,
        detail=_describe,
        floor_is="the units' tenancies of the day, the monthly GROUP BYs, the open counts, the survey averages, the "
        "missing papers' counts and the arrears' open lines and credit by bare SQL",
    )
]

for _operation in DASHBOARD_OPERATIONS:
    register(_operation)
