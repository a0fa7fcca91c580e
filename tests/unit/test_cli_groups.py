"""The command line imports only the group of the command it runs: the table of groups and their commands is true."""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path

import pytest

from app import cli

EVERY_GROUP = [group for group, _ in cli.COMMAND_GROUPS]


def _registered(group: str) -> set[str]:
    parser = argparse.ArgumentParser(prog="dossier-desk")
    sub = parser.add_subparsers(dest="command")
    importlib.import_module(f"app.cli.{group}").register(sub)
    return set(sub.choices)


@pytest.mark.parametrize(("group", "names"), cli.COMMAND_GROUPS)
def test_each_group_registers_exactly_the_commands_the_table_names(group: str, names: tuple[str, ...]) -> None:
    assert _registered(group) == set(names)


def test_the_table_names_every_module_of_the_command_line() -> None:
    modules = {p.stem for p in Path(cli.__file__).parent.glob("*.py")} - {"__init__", "common"}
    assert modules == set(EVERY_GROUP)


@pytest.mark.parametrize(
    ("argv", "groups"),
    [
        (["--version"], []),
        ([], []),  # the window
        (["--db", "units", "--lang", "en"], []),  # option values are not commands: the window on a file "units"
        (["--smoke-test", "--db", "x.db"], []),
        (["units", "--json"], ["building"]),
        (["--db", "x.db", "--user", "clerk", "units"], ["building"]),
        (["--db=x.db", "check"], ["check"]),
        (
            ["print", "archive", "--year", "2025"],
            [
                "dossier",
                "archive",
                "destruction",
                "loans",
                "fees",
                "dashboard",
                "forms",
                "survey",
                "visits",
                "staff",
                "covers",
            ],
        ),
        (["units", "--help"], ["building"]),
        (["--help"], EVERY_GROUP),
        (["-h", "units"], EVERY_GROUP),
        (["unitz"], EVERY_GROUP),  # argparse's "invalid choice" names every command
        (["--", "units"], EVERY_GROUP),
    ],
)
def test_the_groups_a_command_line_needs(argv: list[str], groups: list[str]) -> None:
    assert cli._groups_for(argv) == groups


def test_the_parser_of_one_group_parses_as_the_whole_one() -> None:
    argv = ["--db", "x.db", "units", "--floor", "8F", "--json"]
    whole = vars(cli._parser().parse_args(argv))
    lean = vars(cli._parser(cli._groups_for(argv)).parse_args(argv))
    assert whole == lean
