"""The command line's value checks (app/cli/common.py) and its last word on errors (app/cli/__init__.py), in-process.

The real command with bad arguments is tests/e2e/test_bad_input.py; this covers each check's edges quickly.
"""

from __future__ import annotations

import argparse
import datetime as dt
import errno
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from app import cli
from app.cli import common
from app.errors import FileProblem, ValidationError


@pytest.mark.parametrize(
    ("text", "value"),
    [("1900", 1900), (" 2200 ", 2200), ("2025", 2025)],
)
def test_a_whole_number_in_range(text: str, value: int) -> None:
    assert common.whole("archive.year", 1900, 2200)(text) == value


@pytest.mark.parametrize("text", ["1899", "2201", "-1", "", "2025.0", "二〇二五", "1e3", "9" * 5000])
def test_a_whole_number_out_of_range_or_not_one_is_refused_naming_the_field(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        common.whole("archive.year", 1900, 2200)(text)
    assert info.value.field == "archive.year"
    message = info.value.text()
    assert message.startswith("Year must be a whole number from 1900 to 2200, not “")
    assert len(message) < 120  # a value of thousands of digits is shortened, not repeated


def test_texts_fit_their_column() -> None:
    shelf = common.text("box.shelf_location", 150)
    assert shelf(" 档案室 A-3 ") == "档案室 A-3"
    assert shelf("") == ""
    with pytest.raises(ValidationError, match=r"10000 characters, at most 150"):
        shelf("架" * 10_000)
    with pytest.raises(ValidationError, match="must not be empty"):
        common.text("box", 40, required=True)("  ")


def test_days_are_written_yyyy_mm_dd_within_the_years_the_program_knows() -> None:
    as_of = common.day("demo.as_of")
    assert as_of("2024-02-29") == dt.date(2024, 2, 29)
    for text in ("2023-02-29", "9999-12-31", "1899-12-31", "tomorrow", "2026/01/01"):
        with pytest.raises(ValidationError) as info:
            as_of(text)
        assert info.value.field == "demo.as_of"


def test_a_login_name_as_it_can_exist() -> None:
    assert common.login(" clerk ") == "clerk"
    for bad in ("", "a b", "王小明", "x" * 51):
        with pytest.raises(ValidationError):
            common.login(bad)


def test_outputs_are_checked_on_the_disk(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("x")
    assert common.writable(tmp_path / "out.pdf") == tmp_path / "out.pdf"
    assert common.writable_folder(tmp_path / "pieces") == tmp_path / "pieces"  # made when written
    assert common.writable_folder(tmp_path) == tmp_path
    with pytest.raises(ValidationError, match="is a file, not a folder"):
        common.writable_folder(tmp_path / "a-file")
    with pytest.raises(FileProblem, match="does not exist"):
        common.writable(tmp_path / "missing" / "out.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]  # nothing made by looking


def _failing(parser: argparse.ArgumentParser, error: BaseException) -> argparse.ArgumentParser:
    """The real parser, whose run (without a command) raises ``error``."""

    def run(_args: argparse.Namespace) -> int:
        raise error

    parser.set_defaults(run=run)
    return parser


def _sqlite_error(text: str, code: int) -> sqlite3.OperationalError:
    """An error as SQLite itself raises it, with its result code."""
    error = sqlite3.OperationalError(text)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize(
    ("error", "line"),
    [
        (
            OSError(errno.ENOSPC, "No space left on device", "/media/stick/out.pdf"),
            "dossier-desk: error: The disk is full: /media/stick/out.pdf was not written. "
            "Free some space or choose another disk.",
        ),
        (
            OperationalError("COMMIT", {}, _sqlite_error("database or disk is full", sqlite3.SQLITE_FULL)),
            "dossier-desk: error: The database file could not be read or written (database or disk is full); "
            "nothing more was saved.",
        ),
        (
            ValidationError("{field} must not be\nempty.", field="box"),
            "dossier-desk: error [Archive box]: Archive box must not be empty.",
        ),
    ],
)
def test_every_error_is_one_line_and_exit_1(
    error: BaseException, line: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = cli._parser()
    monkeypatch.setattr(cli, "_parser", lambda *_groups: _failing(real, error))
    assert cli.main([]) == 1
    captured = capsys.readouterr()
    assert captured.err == line + "\n" and captured.out == ""


def test_a_value_out_of_range_is_exit_1_not_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["archive", "--db", "x.db", "--year", "99999", "--user", "supervisor"]) == 1
    assert capsys.readouterr().err == (
        "dossier-desk: error [Year]: Year must be a whole number from 1900 to 2200, not “99999”.\n"
    )
