"""Every connection to a dossier database has the safety pragmas (R16)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine

from app.desk import Desk
from db.engine import DEFERRED, make_engine
from tests.unit.unit_support import same_database


def _pragmas(conn: Connection) -> dict[str, object]:
    return {
        name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
        for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
    }


def _assert_safe(engine: Engine) -> None:
    # Two connections at once: reading ones, or the second would wait for the first one's write lock.
    readers = engine.execution_options(**DEFERRED)
    with readers.connect() as first, readers.connect() as second:
        for conn in (first, second):
            pragmas = _pragmas(conn)
            assert pragmas["foreign_keys"] == 1
            assert pragmas["journal_mode"] == "wal"
            assert pragmas["synchronous"] == 2  # FULL
            assert isinstance(pragmas["busy_timeout"], int) and pragmas["busy_timeout"] > 0


def test_plain_engine_connections_have_the_pragmas(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "x.db")
    try:
        _assert_safe(engine)
    finally:
        engine.dispose()


@pytest.mark.file_only("the file's own SQLite pragmas")
def test_desk_connections_have_the_pragmas(desk: Desk) -> None:
    _assert_safe(desk.engine)


@pytest.mark.file_only("the file's own SQLite pragmas")
def test_reopened_desk_connections_have_the_pragmas(desk: Desk) -> None:
    desk.close()
    with Desk.open(same_database(desk)) as again:
        _assert_safe(again.engine)


@pytest.mark.file_only("the file's own SQLite pragmas")
def test_unit_of_work_session_has_the_pragmas(desk: Desk) -> None:
    with desk.read(None) as work:
        assert _pragmas(work.session.connection())["foreign_keys"] == 1
