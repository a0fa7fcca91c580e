"""Upgrades from every schema: a small file of each revision (tests/data/schemas) is upgraded to the newest,
keeps every row, and passes ``check``; checking the old file itself changes nothing."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from app import safety
from app.desk import Desk
from app.people.users import log_in
from db.attachment_store import attachments_folder_for
from db.schema import head_revision
from tests.conftest import PASSWORD
from tests.data.schemas import make

REVISIONS = make.revisions()


def _tables(path: Path) -> dict[str, list[str]]:
    """Every table and its columns."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {name: [c[1] for c in conn.execute(f'PRAGMA table_info("{name}")')] for name in names}


def _rows(path: Path, table: str, columns: list[str]) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)) as conn:
        listed = ", ".join(f'"{c}"' for c in columns)
        (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()
        without_rowid = "WITHOUT ROWID" in (sql or "").upper()  # the search index's own tables
        return conn.execute(
            f'SELECT {listed} FROM "{table}" ORDER BY {listed if without_rowid else "rowid"}'
        ).fetchall()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(params=REVISIONS)
def old_copy(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """A copy of the file of one revision, with its scans."""
    source = make.database_for(request.param)
    target = tmp_path / source.name
    shutil.copyfile(source, target)
    shutil.copytree(attachments_folder_for(source), attachments_folder_for(target))
    return target


def test_there_is_a_file_for_every_revision() -> None:
    assert REVISIONS[0] == "0001" and REVISIONS[-1] == head_revision()
    for revision in REVISIONS:
        path = make.database_for(revision)
        assert path.is_file(), f"no file for schema {revision}: run python -m tests.data.schemas.make"
        assert attachments_folder_for(path).is_dir()


@pytest.mark.parametrize("revision", REVISIONS)
def test_each_file_is_at_its_revision_with_rows_in_every_table(revision: str) -> None:
    path = make.database_for(revision)
    assert _rows(path, "alembic_version", ["version_num"]) == [(revision,)]
    for table, columns in _tables(path).items():
        if table == "search_dirty":
            continue  # the search index's queue of changed records: empty once the index has caught up
        assert _rows(path, table, columns), f"schema {revision}: table {table} has no rows"


def test_upgrade_to_the_newest_schema_keeps_every_row_and_passes_check(old_copy: Path) -> None:
    before = {table: _rows(old_copy, table, columns) for table, columns in _tables(old_copy).items()}
    revision = before.pop("alembic_version")[0][0]
    old_columns = _tables(old_copy)

    with Desk.open(old_copy):
        pass  # opening upgrades

    assert _rows(old_copy, "alembic_version", ["version_num"]) == [(head_revision(),)]
    after_tables = _tables(old_copy)
    for table, rows in before.items():
        assert table in after_tables, f"{table} was dropped"
        assert _rows(old_copy, table, old_columns[table]) == rows, f"rows of {table} changed"
    with Desk.open(old_copy) as desk:
        admin = log_in(desk, "admin", PASSWORD)  # the accounts still log in (and the log-in is recorded: afterwards)
        assert admin.display_name == "管理员"
    if revision != head_revision():
        (copy,) = old_copy.parent.glob(f"{old_copy.stem}.before-{head_revision()}.*")
        assert _rows(copy, "alembic_version", ["version_num"]) == [(revision,)]

    report = safety.check_file(old_copy)
    assert report.problems == ()
    assert (report.revision, report.schema, report.scans) == (head_revision(), "current", 3)


def test_check_of_an_old_file_says_it_would_be_upgraded_and_changes_nothing(old_copy: Path) -> None:
    revision = _rows(old_copy, "alembic_version", ["version_num"])[0][0]
    before = _digest(old_copy)
    files = sorted(p.name for p in old_copy.parent.iterdir())

    report = safety.check_file(old_copy)

    assert report.problems == ()
    assert report.revision == revision
    assert report.scans == 3
    if revision == head_revision():
        assert report.schema == "current"
        assert "schema_older" not in {n.kind for n in report.notes}
    else:
        assert report.schema == "older"
        (note,) = [n for n in report.notes if n.kind == "schema_older"]
        assert "would be upgraded on opening" in note.detail
    assert _digest(old_copy) == before
    assert sorted(p.name for p in old_copy.parent.iterdir()) == files  # no -wal, -shm or upgrade copy
