"""The ``dossier-desk`` command: opens the window, or runs one command on a database file.

Exit codes: 0 success, 1 bad data or input (message on stderr), 2 usage errors (argparse).
Every listing takes ``--json`` and then prints exactly one JSON document on stdout.
"""

from __future__ import annotations

import argparse
import atexit
import gc
import importlib
import os
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from pathlib import Path
from typing import NoReturn

from app.cli.common import DB_HELP, PASSWORD_ENV, CommandError, location, login
from app.errors import AppError
from app.version import __version__

LANGUAGES = ("zh_CN", "zh_TW", "en")

# Each group (a module of app.cli) registers its own commands; `--help` lists them in this order. The commands each
# group registers are written here too, so that a command line imports only the group of its command — a group
# imports the rooms it runs (reportlab, pypdf, openpyxl, SQLAlchemy…) at the top, and importing every group cost
# more than half a second before any command ran. tests/unit/test_cli_groups.py keeps this table true.
COMMAND_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("setup", ("init", "demo")),
    ("building", ("units",)),
    ("dossier", ("dossier", "print")),
    ("search", ("find",)),
    ("labels", ("labels", "label-check")),
    ("archive", ("archive", "print")),
    ("archive_settings", ("archive-settings", "archive-codes")),
    ("destruction", ("destruction", "print")),
    ("loans", ("loans", "print")),
    ("fees", ("fees", "arrears", "print")),
    ("dashboard", ("print",)),
    ("forms", ("forms", "print")),
    ("survey", ("survey", "print")),
    ("check", ("check",)),
    ("backup", ("backup", "backups", "restore")),
    ("users", ("users",)),
    # issue 19: the server database — its password in the keyring, the record moved from a file to a server and back
    ("server", ("server-password", "migrate-to-server", "export-to-file")),
    ("audit", ("audit",)),
    ("bench", ("bench",)),
    ("importing", ("import",)),
    # The workbooks (issue 17): the import template and the exports; the import has its own module.
    ("exchange", ("template", "export")),
    # issue 20: customer care — the return visits due and their printouts
    ("visits", ("visits", "print")),
    # issue 20: the customers' staff changes and what is to be recovered from people who left
    ("staff", ("staff", "print")),
    # issue 21: the scan inbox's cover sheets
    ("covers", ("print",)),
    # issue 21: the scan inbox — the copier's scans listed and filed by their cover sheets
    ("inbox", ("inbox", "inbox-settings")),
)
# The main parser's options that take a value: the word after them is that value, never the command.
_VALUE_OPTIONS = ("--db", "--lang", "--user")


def _groups_for(argv: Sequence[str]) -> list[str]:
    """The groups whose commands the parser needs for ``argv``: the command's own group(s) when a command is named,
    none without a command (the window, ``--version``), every group otherwise (``--help``, a misspelt command: the
    help lists every command and argparse's "invalid choice" names them all)."""
    words = list(argv)
    everything = [group for group, _ in COMMAND_GROUPS]
    index = 0
    while index < len(words):
        word = words[index]
        if word == "--":
            break
        if word in _VALUE_OPTIONS:
            index += 2
            continue
        if word.startswith("-"):
            if word in ("-h", "--help"):
                break
            index += 1
            continue
        # The first word that is not an option is the command ("print" belongs to several groups).
        return [group for group, names in COMMAND_GROUPS if word in names] or everything
    return everything if index < len(words) else []  # `--help` or `--` before any command: the whole list


def _parser(groups: Iterable[str] | None = None) -> argparse.ArgumentParser:
    """The command line's parser, with the commands of ``groups`` (every group by default)."""
    parser = argparse.ArgumentParser(
        prog="dossier-desk",
        description="Dossier Desk: one dossier per unit (一户一档) for the customer-services front desk. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"dossier-desk {__version__}")
    parser.add_argument("--db", type=location, help=DB_HELP)
    parser.add_argument("--lang", choices=LANGUAGES, help="user-interface language (default: from the system)")
    user_help = f"log in as this user (password from ${PASSWORD_ENV} or a prompt)"
    parser.add_argument("--user", type=login, help=user_help)
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the window on --db (or a temporary demo), wait for the floor grid's first paint, close; "
        "prints the seconds from start to the painted grid",
    )
    # Without a command: the window. Each command's own default replaces this one.
    parser.set_defaults(run=_open_window)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    wanted = set(groups) if groups is not None else {g for g, _ in COMMAND_GROUPS}
    for group, _names in COMMAND_GROUPS:
        if group in wanted:
            importlib.import_module(f"app.cli.{group}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """The command line ``argv`` (the process's own when None), run; the exit code.

    Called for the process itself (``dossier-desk``, ``python -m app``: argv None), it does not return: once the
    command or the window is done and has closed everything it opened, the process ends without the interpreter's
    clean-up, which would spend up to half a second freeing objects the operating system frees anyway.
    """
    code = _main(argv)
    if argv is None:
        exit_now(code)
    return code


def exit_now(code: int) -> NoReturn:
    """End the process with ``code`` after what a normal exit does that matters: other threads finished, the
    ``atexit`` handlers run (temporary folders removed, logs flushed), stdout and stderr flushed."""
    current = threading.current_thread()
    for thread in threading.enumerate():
        if thread is not current and not thread.daemon:
            thread.join()
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with suppress(OSError, ValueError):  # a closed pipe (`| head`) or a closed stream: nothing more to say there
            stream.flush()
    os._exit(code)


def _main(argv: Sequence[str] | None) -> int:
    try:
        # Option values are checked as they are read (their types raise AppError): inside the try, so a value out of
        # range is one line and exit 1 like any bad input; usage mistakes stay argparse's (usage, one line, exit 2).
        words = sys.argv[1:] if argv is None else list(argv)
        args = _parser(_groups_for(words)).parse_args(words)
        run: Callable[[argparse.Namespace], int] = args.run
        if argv is None:
            # What start-up made (modules, the parser) lives until exit: kept out of every later collection, so a
            # command's own garbage is collected without walking start-up's objects again. Only for the process's
            # own command line: a test calling main() keeps its garbage collectable.
            gc.freeze()
        return run(args)
    except AppError as exc:
        _error(exc.text(), exc.field_name() if exc.field else "")
        return 1
    except CommandError as exc:
        _error(str(exc))
        return 1
    except _database_errors() as exc:
        # A damaged page met while reading or writing (after the opening's quick check passed, or in a
        # command that reads a file it did not open), or the disk refusing: one line, not a traceback.
        from app import safety

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
        from app.files import file_error

        _error(file_error(exc).text())
        return 1
    except KeyboardInterrupt:
        print("dossier-desk: interrupted; nothing was saved", file=sys.stderr)
        return 1


def _database_errors() -> tuple[type[BaseException], ...]:
    """What a database error can be: SQLite's, and SQLAlchemy's wrapper of it — only if SQLAlchemy was loaded
    (a command that never imported it cannot have raised its error, and ``--version`` must not import it)."""
    sqlalchemy_errors = sys.modules.get("sqlalchemy.exc")
    if sqlalchemy_errors is None:
        return (sqlite3.DatabaseError,)
    return (sqlite3.DatabaseError, sqlalchemy_errors.DBAPIError)


def _error(text: str, field: str = "") -> None:
    where = f" [{field}]" if field else ""
    # One line, always: a message with a line break (a path, an OS text) would look like two errors.
    print(f"dossier-desk: error{where}: {' '.join(text.split())}", file=sys.stderr)


def _open_window(args: argparse.Namespace) -> int:
    # The window is a separate layer on top of this one; it is loaded only when asked for,
    # so the commands work on a machine without a display or without Qt's libraries.
    if not args.smoke_test or args.db is not None:
        path = importlib.import_module("ui.start").file_to_open(args.db)
        if isinstance(path, Path):  # a server database has no file to check
            from db.integrity import start_quick_check  # sqlite3 only: the check runs while the screens load

            start_quick_check(path)
    window = importlib.import_module("ui.main")
    if args.smoke_test:
        return int(window.smoke_test(args.db, args.lang, args.user))
    return int(window.run(args.db, args.lang, args.user))
