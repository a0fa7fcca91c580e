"""The ``dossier-desk`` command: opens the window, or runs one command on a database file.

Exit codes: 0 success, 1 bad data or input (message on stderr), 2 usage errors (argparse).
Every listing takes ``--json`` and then prints exactly one JSON document on stdout.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from app import safety
from app.cli import (
    archive,
    archive_settings,
    audit,
    backup,
    bench,
    building,
    check,
    destruction,
    dossier,
    labels,
    loans,
    search,
    setup,
    users,
)
from app.cli.common import PASSWORD_ENV, CommandError, login
from app.errors import AppError
from app.files import file_error
from app.version import __version__

LANGUAGES = ("zh_CN", "zh_TW", "en")

# Each group registers its own commands; `--help` lists them in this order.
COMMAND_GROUPS = (
    setup,
    building,
    dossier,
    search,
    labels,
    archive,
    archive_settings,
    destruction,
    loans,
    check,
    backup,
    users,
    audit,
    bench,
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dossier-desk",
        description="Dossier Desk: one dossier per unit (一户一档) for the customer-services front desk. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"dossier-desk {__version__}")
    parser.add_argument("--db", type=Path, help="database file to open")
    parser.add_argument("--lang", choices=LANGUAGES, help="user-interface language (default: from the system)")
    user_help = f"log in as this user (password from ${PASSWORD_ENV} or a prompt)"
    parser.add_argument("--user", type=login, help=user_help)
    # Without a command: the window. Each command's own default replaces this one.
    parser.set_defaults(run=_open_window)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in COMMAND_GROUPS:
        group.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        # Option values are checked as they are read (their types raise AppError): inside the try, so a value out of
        # range is one line and exit 1 like any bad input; usage mistakes stay argparse's (usage, one line, exit 2).
        args = _parser().parse_args(argv)
        run: Callable[[argparse.Namespace], int] = args.run
        return run(args)
    except AppError as exc:
        _error(exc.text(), exc.field_name() if exc.field else "")
        return 1
    except CommandError as exc:
        _error(str(exc))
        return 1
    except (sqlite3.DatabaseError, DBAPIError) as exc:
        # A damaged page met while reading or writing (after the opening's quick check passed, or in a
        # command that reads a file it did not open), or the disk refusing: one line, not a traceback.
        failure = safety.database_error(exc)
        if failure is None:  # a program error: the traceback is what a developer needs
            raise
        _error(failure.text())
        return 1
    except BrokenPipeError:
        # The reader (e.g. `| head`) stopped early; that is not an error of ours.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps interpreter shutdown from failing again
        return 0
    except OSError as exc:
        # A file the command reads or writes outside the paths that already say what went wrong: still one line.
        _error(file_error(exc).text())
        return 1
    except KeyboardInterrupt:
        print("dossier-desk: interrupted; nothing was saved", file=sys.stderr)
        return 1


def _error(text: str, field: str = "") -> None:
    where = f" [{field}]" if field else ""
    # One line, always: a message with a line break (a path, an OS text) would look like two errors.
    print(f"dossier-desk: error{where}: {' '.join(text.split())}", file=sys.stderr)


def _open_window(args: argparse.Namespace) -> int:
    # The window is a separate layer on top of this one; it is loaded only when asked for,
    # so the commands work on a machine without a display or without Qt's libraries.
    window = importlib.import_module("ui.main")
    return int(window.run(args.db, args.lang, args.user))
