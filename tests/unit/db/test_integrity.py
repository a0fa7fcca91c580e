"""Reading a database file without changing a byte, SQLite's quick check, and damage told apart from other errors."""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from db.integrity import Failure, failure_of, integrity_check, is_sqlite_file, quick_check, read_only, summary


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def make_wal_file(path: Path, rows: int = 200) -> Path:
    """A WAL-mode file with a table and an index, closed cleanly (no -wal, no -shm), as the program leaves one."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE unit (id INTEGER PRIMARY KEY, number TEXT, note TEXT)")
        conn.execute("CREATE INDEX ix_unit_number ON unit (number)")
        conn.executemany("INSERT INTO unit (number, note) VALUES (?, ?)", [(f"{n:04}", "x" * 300) for n in range(rows)])
        conn.commit()
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
    return path


def overwrite_pages(path: Path, pages: list[int], seed: int = 1) -> None:
    """Damage as a failing disk leaves it: whole pages of noise."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)) as conn:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    noise = random.Random(seed)
    with path.open("r+b") as f:
        for page in pages:
            f.seek((page - 1) * size)
            f.write(bytes(noise.randrange(256) for _ in range(size)))


def root_page(path: Path, name: str) -> int:
    with closing(sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)) as conn:
        return int(conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0])


def test_reading_a_closed_wal_file_writes_nothing_anywhere(tmp_path: Path) -> None:
    path = make_wal_file(tmp_path / "dossiers.db")
    before = _digest(path)
    with read_only(path) as opened:
        assert opened.pending == ""
        assert opened.connection.execute("SELECT count(*) FROM unit").fetchone() == (200,)
        assert quick_check(opened.connection) == []
        with pytest.raises(sqlite3.OperationalError):
            opened.connection.execute("DELETE FROM unit")
        assert _names(tmp_path) == ["dossiers.db"]  # mode=ro alone would have made -wal and -shm here
    assert _names(tmp_path) == ["dossiers.db"]
    assert _digest(path) == before


def test_reading_a_file_a_program_has_open_sees_its_committed_changes(tmp_path: Path) -> None:
    path = make_wal_file(tmp_path / "dossiers.db")
    with closing(sqlite3.connect(path)) as program:
        program.execute("PRAGMA wal_autocheckpoint=0")  # the change stays in the -wal, as between checkpoints
        program.execute("INSERT INTO unit (number, note) VALUES ('9999', 'new')")
        program.commit()
        before = _digest(path)
        files = _names(tmp_path)
        assert files == ["dossiers.db", "dossiers.db-shm", "dossiers.db-wal"]
        with read_only(path) as opened:
            assert opened.pending == ""
            assert opened.connection.execute("SELECT count(*) FROM unit").fetchone() == (201,)
        assert _digest(path) == before
        assert _names(tmp_path) == files


def test_a_wal_left_without_its_index_is_read_from_a_private_copy(tmp_path: Path) -> None:
    """A crash copied to a stick: the -wal came along, the -shm did not. Reading it must not create one."""
    source = make_wal_file(tmp_path / "live.db")
    with closing(sqlite3.connect(source)) as program:
        program.execute("PRAGMA wal_autocheckpoint=0")
        program.execute("INSERT INTO unit (number, note) VALUES ('9999', 'in the wal only')")
        program.commit()
        copy = tmp_path / "stick"
        copy.mkdir()
        shutil.copyfile(source, copy / "d.db")
        shutil.copyfile(f"{source}-wal", copy / "d.db-wal")
    path = copy / "d.db"
    before = (_digest(path), _digest(Path(f"{path}-wal")))
    with read_only(path) as opened:
        assert opened.pending == "-wal"
        assert opened.connection.execute("SELECT note FROM unit WHERE number = '9999'").fetchone() == (
            "in the wal only",
        )
    assert _names(copy) == ["d.db", "d.db-wal"]
    assert (_digest(path), _digest(Path(f"{path}-wal"))) == before


def test_an_interrupted_change_in_a_rollback_journal_is_undone_in_a_private_copy(tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.execute("INSERT INTO t VALUES ('committed')")
        conn.commit()
    # What a process killed in the middle of a commit leaves: the old pages in -journal, new ones in the file.
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA cache_size=1")
        conn.execute("BEGIN")
        conn.execute("UPDATE t SET x = 'half-written'")
        journal = Path(f"{path}-journal")
        conn.execute("CREATE TABLE filler (y)")
        conn.executemany("INSERT INTO filler VALUES (?)", [("z" * 500,)] * 500)  # spills pages to the file
        assert journal.stat().st_size > 0
        shutil.copyfile(path, tmp_path / "killed.db")
        shutil.copyfile(journal, tmp_path / "killed.db-journal")
        conn.rollback()
    killed = tmp_path / "killed.db"
    before = _digest(killed)
    with read_only(killed) as opened:
        assert opened.pending == "-journal"
        assert opened.connection.execute("SELECT x FROM t").fetchall() == [("committed",)]
    assert _digest(killed) == before
    assert Path(f"{killed}-journal").exists()


def test_paths_with_spaces_chinese_and_uri_characters(tmp_path: Path) -> None:
    folder = tmp_path / "客务部 档案 #1 ?x=1 100%"
    folder.mkdir()
    path = make_wal_file(folder / "大厦 数据?.db")
    with read_only(path) as opened:
        assert opened.connection.execute("SELECT count(*) FROM unit").fetchone() == (200,)
    assert _names(folder) == [path.name]


def test_quick_check_names_overwritten_pages(tmp_path: Path) -> None:
    path = make_wal_file(tmp_path / "d.db")
    overwrite_pages(path, [root_page(path, "ix_unit_number")])
    with read_only(path) as opened:
        found = quick_check(opened.connection)
    assert found and all("***" not in line for line in found)
    assert any(f"Page {root_page(path, 'ix_unit_number')}" in line for line in found)


def test_integrity_check_falls_back_to_the_quick_check_to_say_which_page(tmp_path: Path) -> None:
    path = make_wal_file(tmp_path / "d.db")
    index = root_page(path, "ix_unit_number")
    overwrite_pages(path, [index])
    with read_only(path) as opened:
        # the full check stops at "malformed"; the quick check still names the page
        assert integrity_check(opened.connection) == [f"Page {index}: btreeInitPage() returns error code 11"]


def test_integrity_check_of_an_unreadable_table_is_a_finding_not_an_exception(tmp_path: Path) -> None:
    path = make_wal_file(tmp_path / "d.db")
    overwrite_pages(path, [root_page(path, "unit")])
    with read_only(path) as opened:
        assert integrity_check(opened.connection) == ["database disk image is malformed"]
        assert quick_check(opened.connection) == ["database disk image is malformed"]


def test_summary_keeps_one_line() -> None:
    assert summary(["a", "b"]) == "a; b"
    assert summary([f"Page {n}" for n in range(10)]) == "Page 0; Page 1; Page 2; … (7 more)"


def test_damage_unavailable_and_program_errors_are_told_apart(tmp_path: Path) -> None:
    path = make_wal_file(tmp_path / "d.db")
    overwrite_pages(path, [root_page(path, "unit")])
    with closing(sqlite3.connect(path)) as conn, pytest.raises(sqlite3.DatabaseError) as damaged:
        conn.execute("SELECT * FROM unit").fetchall()
    assert failure_of(damaged.value) is Failure.DAMAGED

    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn, pytest.raises(DBAPIError) as wrapped:
        conn.execute(text("SELECT * FROM unit")).fetchall()
    engine.dispose()
    assert failure_of(wrapped.value) is Failure.DAMAGED

    with pytest.raises(sqlite3.OperationalError) as missing:
        sqlite3.connect(f"file:{tmp_path / 'none' / 'x.db'}?mode=ro", uri=True)
    assert failure_of(missing.value) is Failure.UNAVAILABLE

    with closing(sqlite3.connect(":memory:")) as conn:
        conn.execute("CREATE TABLE t (x UNIQUE)")
        conn.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(sqlite3.IntegrityError) as bug:
            conn.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(sqlite3.OperationalError) as typo:
            conn.execute("SELEC 1")
    assert failure_of(bug.value) is None
    assert failure_of(typo.value) is None
    assert failure_of(ValueError("x")) is None


def test_a_text_file_is_not_sqlite_an_overwritten_header_is(tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("租户名单\n" * 100, encoding="utf-8")
    assert not is_sqlite_file(notes)
    assert is_sqlite_file(make_wal_file(tmp_path / "d.db"))
    assert not is_sqlite_file(tmp_path / "missing.db")
