"""The window's start checks its file while it loads its screens (db.integrity.start_quick_check): the opening takes
that result — a damaged file is still refused before anything is written — unless the file changed meanwhile."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from db import integrity
from db.schema import SchemaError, open_database
from tests.unit.db.test_integrity import overwrite_pages, root_page


@pytest.fixture
def copy(demo_db: Path, tmp_path: Path) -> Path:
    target = tmp_path / "early.db"
    shutil.copyfile(demo_db, target)
    return target


def test_a_damaged_file_checked_early_is_refused_and_left_as_it_was(copy: Path) -> None:
    overwrite_pages(copy, [root_page(copy, "unit")])
    before = copy.read_bytes()
    integrity.start_quick_check(copy)
    with pytest.raises(SchemaError) as refused:
        open_database(copy)
    assert refused.value.reason == "damaged"
    assert copy.read_bytes() == before
    assert sorted(p.name for p in copy.parent.iterdir()) == ["early.db"]  # no -wal, no -shm


def test_the_opening_takes_the_early_result_and_checks_afresh_after_a_change(
    copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    integrity.start_quick_check(copy)
    checked_now: list[object] = []
    real = integrity.quick_check
    monkeypatch.setattr("db.schema.quick_check", lambda conn: checked_now.append(conn) or real(conn))
    open_database(copy).dispose()
    assert checked_now == []  # the early check's result was taken
    assert integrity.early_quick_check(copy) is None  # and used once

    integrity.start_quick_check(copy)
    integrity._early[copy.resolve()].done.wait()
    with copy.open("ab") as grown:  # another desk wrote meanwhile (the file's size and time changed)
        grown.write(b"\0" * 4096)
    assert integrity.early_quick_check(copy) is None  # not trusted: the opening checks again


def test_no_early_check_for_what_is_not_a_database(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("租户名单", encoding="utf-8")
    integrity.start_quick_check(notes)
    integrity.start_quick_check(tmp_path / "missing.db")
    assert integrity.early_quick_check(notes) is None
    assert integrity.early_quick_check(tmp_path / "missing.db") is None
