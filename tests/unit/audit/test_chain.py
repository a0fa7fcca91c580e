"""The audit log's hash chain (R16): written by every action, refused UPDATE/DELETE by the database itself (a file or
a server), and each kind of tampering by SQL named by check — the line altered, deleted or inserted — as an attacker
with the sqlite3 shell would do it (dropping the triggers first)."""

from __future__ import annotations

import datetime as dt
import itertools
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from app import audit, safety
from app.audit.chain import CHAIN_QUERY
from app.customers.details import CustomerInput
from app.desk import Actor, Desk
from app.tenancy import lifecycle as tenancy
from db import audit_chain
from tests.unit.unit_support import plain_sql, unit_id


def _raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path)


def _chain(desk: Desk) -> audit.ChainReport:
    """The chain as read straight from the database (a file or a server), past the app."""
    with desk.engine.connect() as conn:
        return audit.verify_chain(conn.exec_driver_sql(CHAIN_QUERY))


def _file_chain(path: Path) -> audit.ChainReport:
    with closing(_raw(path)) as conn:
        return audit.verify_connection(conn)


def _drop_triggers(conn: sqlite3.Connection) -> None:
    for name in audit_chain.TRIGGERS:
        conn.execute(f"DROP TRIGGER {name}")


@pytest.fixture
def logged(desk: Desk, clerk: Actor, building: object) -> Desk:
    """Three tenants moved in: the log has the users' creation, the building and the move-ins."""
    for number, name in (("101", "甲公司"), ("102", "乙公司"), ("103", "丙公司")):
        with desk.work(clerk) as work:
            tenancy.move_in(
                work, customer=CustomerInput(name=name), unit_ids=[unit_id(desk, number)], move_in=dt.date(2026, 1, 5)
            )
    return desk


def test_every_line_is_chained_to_the_one_before_and_the_chain_verifies(logged: Desk) -> None:
    with logged.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT seq, prev_hash, hash FROM change ORDER BY seq").all()
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))
    assert rows[0][1] == audit_chain.GENESIS
    assert all(later[1] == earlier[2] for earlier, later in itertools.pairwise(rows))
    report = _chain(logged)
    assert report.ok and report.count == report.verified == len(rows) >= 6
    assert report.head_hash == rows[-1][2]


@pytest.mark.file_only("check_file reads a database file")
def test_check_finds_the_chain_whole(logged: Desk) -> None:
    assert _file_chain(logged.path).ok
    assert safety.check_file(logged.path).ok


def test_one_unit_of_work_with_many_lines_continues_the_chain(logged: Desk, manager: Actor) -> None:
    with logged.work(manager) as work:
        for n in range(5):
            work.log(None, "test", n, "note", {"n": n})
    assert _chain(logged).ok


@pytest.mark.parametrize(
    "statement",
    ["UPDATE change SET details = '{}' WHERE seq = 2", "DELETE FROM change WHERE seq = 2", "DELETE FROM change"],
)
def test_the_database_refuses_update_and_delete_of_the_log(logged: Desk, statement: str) -> None:
    with pytest.raises(IntegrityError, match="append-only"), plain_sql(logged) as conn:
        conn.exec_driver_sql(statement)
    assert _chain(logged).ok


def test_the_database_refuses_a_line_that_does_not_continue_the_chain(logged: Desk) -> None:
    before = _chain(logged).count
    with pytest.raises(IntegrityError, match="chain"), plain_sql(logged) as conn:
        conn.execute(
            text(
                "INSERT INTO change (at, entity, action, details, seq, prev_hash, hash) "
                "VALUES ('2026-06-15 10:30:00', 'x', 'create', '{}', 999, :prev, :hash)"
            ),
            {"prev": "0" * 64, "hash": "0" * 64},
        )
    assert _chain(logged).count == before


TAMPERING = "tampers through the sqlite3 shell and names what it did with check_file, which reads a file"


def _tamper(path: Path, *statements: str) -> safety.CheckReport:
    with closing(_raw(path)) as conn:
        _drop_triggers(conn)
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    return safety.check_file(path)


def _audit_problems(report: safety.CheckReport) -> list[safety.Finding]:
    return [p for p in report.problems if p.kind.startswith("audit_") or p.kind == "status_disagrees"]


@pytest.mark.file_only(TAMPERING)
def test_an_altered_line_is_named(logged: Desk) -> None:
    report = _tamper(logged.path, 'UPDATE change SET details = \'{"customer": "丁公司"}\' WHERE seq = 4')
    (problem,) = _audit_problems(report)
    assert problem.kind == "audit_altered"
    assert "audit entry 4 " in problem.detail and "changed after it was written" in problem.detail


@pytest.mark.file_only(TAMPERING)
def test_a_deleted_line_is_named(logged: Desk) -> None:
    report = _tamper(logged.path, "DELETE FROM change WHERE seq = 3")
    (problem,) = _audit_problems(report)
    assert problem.kind == "audit_deleted"
    assert "1 audit entry before audit entry 4 " in problem.detail


@pytest.mark.file_only(TAMPERING)
def test_deleting_the_first_line_is_found_too(logged: Desk) -> None:
    (problem,) = _audit_problems(_tamper(logged.path, "DELETE FROM change WHERE seq = 1"))
    assert problem.kind == "audit_deleted" and "audit entry 2 " in problem.detail


@pytest.mark.file_only(TAMPERING)
def test_an_inserted_line_is_named(logged: Desk) -> None:
    count = _file_chain(logged.path).count
    report = _tamper(
        logged.path,
        "INSERT INTO change (at, user_id, entity, entity_id, action, details, seq, prev_hash, hash) "
        f"VALUES ('2026-06-15 11:00:00', 2, 'document', 1, 'create', '{{}}', {count + 1}, "
        f"'{'a' * 64}', '{'b' * 64}')",
    )
    (problem,) = _audit_problems(report)
    assert problem.kind == "audit_inserted" and f"audit entry {count + 1} " in problem.detail


@pytest.mark.file_only(TAMPERING)
def test_a_line_rewritten_with_its_hash_recomputed_is_found_by_the_next_line(logged: Desk) -> None:
    with closing(_raw(logged.path)) as conn:
        row = conn.execute(f"SELECT {', '.join(audit_chain.CHAIN_COLUMNS)} FROM change WHERE seq = 4").fetchone()
    forged = list(row)
    forged[7] = '{"customer": "丁公司"}'
    digest = audit_chain.entry_hash(*forged)
    report = _tamper(logged.path, f"UPDATE change SET details = '{forged[7]}', hash = '{digest}' WHERE seq = 4")
    (problem,) = _audit_problems(report)
    assert problem.kind == "audit_rewritten" and "audit entry 5 " in problem.detail


@pytest.mark.file_only(TAMPERING)
def test_the_newest_lines_cut_off_are_not_found_without_an_anchor(logged: Desk) -> None:
    """What the chain alone cannot see (README): the anchor test is in test_anchor.py."""
    count = _file_chain(logged.path).count
    assert _audit_problems(_tamper(logged.path, f"DELETE FROM change WHERE seq = {count}")) == []


def test_the_hash_covers_every_column_of_the_content() -> None:
    base = (7, "2026-06-15 10:30:00.000000", 2, 3, "document", 4, "update", '{"a": 1}', "f" * 64)
    digest = audit_chain.entry_hash(*base)
    assert digest == audit_chain.entry_hash(*base[:1], dt.datetime(2026, 6, 15, 10, 30), *base[2:])
    for i in range(len(base)):
        changed = list(base)
        changed[i] = 8 if i == 0 else "2026-06-15 10:30:01" if i == 1 else 9 if isinstance(base[i], int) else "x"
        assert audit_chain.entry_hash(*changed) != digest, audit_chain.CHAIN_COLUMNS[i]
    assert len(digest) == 64 and int(digest, 16) >= 0


def test_a_rolled_back_action_leaves_no_line_and_the_next_one_continues(logged: Desk, clerk: Actor) -> None:
    before = _chain(logged).count
    with pytest.raises(RuntimeError), logged.work(clerk) as work:
        work.log(None, "test", None, "note", {})
        raise RuntimeError("the action failed")
    with logged.work(clerk) as work:
        work.log(None, "test", None, "note", {})
    report = _chain(logged)
    assert report.ok and report.count == before + 1
