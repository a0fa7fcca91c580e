"""A database error met while working becomes one message (damaged: restore a backup), never a traceback."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from app import cli
from app.errors import DatabaseUnusable, DataDamaged
from app.safety import database_error
from tests.unit.db.test_integrity import overwrite_pages, root_page


def _error_of(path: Path, sql: str) -> sqlite3.DatabaseError:
    with closing(sqlite3.connect(path)) as conn:
        try:
            conn.execute(sql).fetchall()
        except sqlite3.DatabaseError as exc:
            return exc
    raise AssertionError("no error")


def test_damage_is_told_as_damage_with_the_remedy(tmp_path: Path) -> None:
    from tests.unit.db.test_integrity import make_wal_file

    path = make_wal_file(tmp_path / "d.db")
    overwrite_pages(path, [root_page(path, "unit")])
    failure = database_error(_error_of(path, "SELECT * FROM unit"))
    assert isinstance(failure, DataDamaged)
    text = failure.text()
    assert "damaged (database disk image is malformed)" in text
    assert "Restore the last good backup" in text and "dossier-desk restore" in text


def test_a_file_that_cannot_be_opened_is_unusable(tmp_path: Path) -> None:
    with pytest.raises(sqlite3.OperationalError) as info:
        sqlite3.connect(f"file:{tmp_path / 'gone' / 'd.db'}?mode=ro", uri=True)
    failure = database_error(info.value)
    assert isinstance(failure, DatabaseUnusable)
    assert "could not be read or written (unable to open database file)" in failure.text()


def test_a_program_error_is_not_dressed_up() -> None:
    with closing(sqlite3.connect(":memory:")) as conn:
        conn.execute("CREATE TABLE t (x UNIQUE)")
        conn.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(sqlite3.IntegrityError) as info:
            conn.execute("INSERT INTO t VALUES (1)")
    assert database_error(info.value) is None
    assert database_error(RuntimeError("x")) is None


@pytest.fixture
def damaged_after_opening(demo_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The demo with the unit table's pages overwritten where the opening's quick check does not look.

    Stands for damage that happens after a file was opened (a failing disk) or that the quick check
    cannot see: the command meets it in the middle of its work.
    """
    import db.schema

    overwrite_pages(demo_copy, [root_page(demo_copy, "unit")])
    monkeypatch.setattr(db.schema, "quick_check", lambda _conn: [])
    return demo_copy


def test_a_command_meeting_damage_prints_one_line(
    damaged_after_opening: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = damaged_after_opening.read_bytes()
    assert cli.main(["units", "--db", str(damaged_after_opening)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("dossier-desk: error: The database file is damaged (database disk image is malformed)")
    assert damaged_after_opening.read_bytes() == before


def test_a_program_error_in_a_command_keeps_its_traceback(demo_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app import building

    def broken(*_args: object, **_kwargs: object) -> None:
        raise IntegrityError("INSERT …", {}, sqlite3.IntegrityError("UNIQUE constraint failed: unit.number"))

    monkeypatch.setattr(building, "unit_cards", broken)
    with pytest.raises(IntegrityError):
        cli.main(["units", "--db", str(demo_copy)])
