"""What the command groups share: arguments, logging in, the database file, tables and JSON, buildings and floors.

Arguments are checked before anyone is logged in (no password prompt for a command that is wrong anyway): each
value by its option's ``type`` while the command line is read (a number in its range, a text that fits its
column), then what needs the file system (an output that can be written) at the start of the command.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import AppError, NotFound, ValidationError
from app.text import QT_TRANSLATE_NOOP
from app.validation import limited_text, parse_date, required_text, within_years

if TYPE_CHECKING:
    from app.desk import Actor, Desk, Work

# Every command group imports this module while the command line is read: what needs the database (SQLAlchemy,
# the rooms) is imported inside the functions that use it, so `--version` and a command's usage errors stay cheap.

PASSWORD_ENV = "DOSSIER_DESK_PASSWORD"
NEW_PASSWORD_ENV = "DOSSIER_DESK_NEW_PASSWORD"  # a new or reset password, for scripts (else a prompt, typed twice)
LOG_IN_SOURCE = "command line"  # where a log-in came from, in the audit log


DB_HELP = "database file, or a server database: postgresql://user@host[:port]/database (its password: server-password)"


class CommandError(Exception):
    """A problem with the command's input that is not an app rule (exit code 1)."""


def command(
    sub: argparse._SubParsersAction, name: str, help_text: str, database: bool = True
) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(name, help=help_text, description=help_text)
    if database:
        # SUPPRESS keeps a --db given before the command name.
        p.add_argument("--db", type=location, default=argparse.SUPPRESS, help=DB_HELP)
        p.add_argument(
            "--user", type=login, default=argparse.SUPPRESS, help=f"log in as this user (password from ${PASSWORD_ENV})"
        )
    return p


def printouts(sub: argparse._SubParsersAction) -> argparse._SubParsersAction:
    """The ``print`` command's printouts, made the first time a group asks: each group adds its own (the archive's
    directories and labels, the loan register), and each printout sets its own ``run``."""
    printing = sub.choices.get("print")
    if printing is None:
        what = "print to PDF: the archive's directories and labels, the loan register, a registration form"
        printing = sub.add_parser("print", help=what)
        kinds = printing.add_subparsers(dest="printout", metavar="PRINTOUT", required=True)
        printing.set_defaults(printouts=kinds)
    kinds = printing.get_default("printouts")
    assert isinstance(kinds, argparse._SubParsersAction)
    return kinds


# -- values, checked as the command line is read ----------------------------------------------------------------

SHOWN_VALUE = 40  # characters of a refused value repeated in the message (a pasted page stays out of it)


def _shown(text: str) -> str:
    return text if len(text) <= SHOWN_VALUE else text[: SHOWN_VALUE - 1] + "…"


def whole(field: str, low: int, high: int) -> Callable[[str], int]:
    """An option's type: a whole number from ``low`` to ``high`` (AppError, exit 1, otherwise)."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            # The value as typed, shortened: a number of thousands of digits is not repeated back.
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "{field} must be a whole number from {low} to {high}, not “{value}”."),
                field=field,
                low=low,
                high=high,
                value=_shown(text),
            )
        return value

    return parse


def text(field: str, limit: int, *, required: bool = False) -> Callable[[str], str]:
    """An option's type: a text that fits its column (``limit`` characters), not empty if ``required``."""

    def parse(value: str) -> str:
        return required_text(value, field, limit) if required else limited_text(value, field, limit)

    return parse


def day(field: str) -> Callable[[str], dt.date]:
    """An option's type: a date written YYYY-MM-DD within the years the program deals in."""

    def parse(value: str) -> dt.date:
        try:
            found = parse_date(value, field)
        except ValidationError as err:
            raise ValidationError(err.template, field=field, value=_shown(value)) from None
        return within_years(found, field)

    return parse


def login(value: str) -> str:
    """``--user``: a login name as it can exist (so a wrong one is refused before the password is asked)."""
    from app import people

    return people.check_login(value)


def writable(path: Path) -> Path:
    """Refuse, before anyone logs in, an output that cannot be written (see ``app.files.check_writable``)."""
    from app.files import check_writable

    check_writable(path)
    return path


def writable_folder(folder: Path, field: str = "pieces", *, make_parents: bool = False) -> Path:
    """A folder to write into: an existing one, or a new one in an existing folder (or anywhere it can be made,
    with ``make_parents``). Refused before anyone logs in when it is a file or cannot be written."""
    if folder.exists() and not folder.is_dir():
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{folder} is a file, not a folder."), field=field, folder=str(folder)
        )
    from app.files import check_writable

    check_writable(folder / ".probe" if folder.is_dir() else folder, make_folder=make_parents)
    return folder


def ask_password(prompt: str, confirm: bool = False) -> str:
    password = os.environ.get(PASSWORD_ENV)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise CommandError(f"no password: set ${PASSWORD_ENV} or run in a terminal to be asked")
    password = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat the password: ") != password:
        raise CommandError("the two passwords differ; nothing was created")
    return password


def ask_new_password(prompt: str) -> str:
    """A new password: from ``$DOSSIER_DESK_NEW_PASSWORD``, or typed twice at a prompt."""
    password = os.environ.get(NEW_PASSWORD_ENV)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise CommandError(f"no new password: set ${NEW_PASSWORD_ENV} or run in a terminal to be asked")
    password = getpass.getpass(prompt)
    if getpass.getpass("Repeat the new password: ") != password:
        raise CommandError("the two new passwords differ; nothing was changed")
    return password


def location(text: str) -> Path | str:
    """``--db``: a database file's path, or a server database's URL (checked now: no password in it)."""
    if "://" in text or text.startswith("postgres"):
        from app.server_password import checked_url

        return checked_url(text)
    return Path(text)


def database(args: argparse.Namespace) -> Path | str:
    """What ``Desk.open`` takes for ``--db``: the file, or the server database's URL with its password (from
    ``$DOSSIER_DESK_DB_PASSWORD``, the keyring or a prompt; asked once per command) — only ever in memory."""
    if args.db is None:
        raise CommandError(f"{args.command}: name the database file with --db PATH")
    if isinstance(args.db, Path):
        return args.db
    resolved: str | None = getattr(args, "server_database", None)
    if resolved is None:
        resolved = server_database(args.db)
        args.server_database = resolved
    return resolved


def server_database(url: str) -> str:
    """``url`` with the password to connect with: ``$DOSSIER_DESK_DB_PASSWORD``, the keyring, else — on a terminal,
    and only if the server asks for one (a server may trust this PC, or libpq's .pgpass may hold it) — typed at a
    prompt. Without a terminal and without a password the server is asked without one, and says if it refuses."""
    from app.server_password import password_for, with_password

    problems: list[AppError] = []
    password = password_for(url, note=problems.append)
    if password is None and sys.stdin.isatty() and _server_wants_a_password(url):
        for problem in problems:  # why the keyring's password is not used: said where the question follows
            print(f"dossier-desk: note: {problem.text()}", file=sys.stderr)
        from db.schema import shown_location

        password = getpass.getpass(f"Password of the server database {shown_location(url)}: ") or None
    return with_password(url, password)


def _server_wants_a_password(url: str) -> bool:
    from app.server_password import check_login, login_refused

    try:
        check_login(url)
    except AppError as refused:
        return login_refused(refused)  # anything else (unreachable, no such database) the opening itself says
    return False


# Why a command needs a user, in its refusal without --user: it writes, or what it shows is personal data (R16).
CHANGES = "changes the database"
PERSONAL_DATA = "shows customers' data"


def log_in(desk: Desk, args: argparse.Namespace, required: bool = False, *, why: str = CHANGES) -> Actor | None:
    """The ``--user`` logged in (lockout obeyed, the log-in recorded), or None without ``--user`` if not required."""
    if not args.user:
        if required:
            raise CommandError(f"{args.command} {why}: name yourself with --user NAME")
        return None
    return log_in_with_password(desk, args)[0]


def log_in_with_password(desk: Desk, args: argparse.Namespace, *, changing_password: bool = False) -> tuple[Actor, str]:
    """The ``--user`` logged in, and the password they typed (``users passwd`` checks it again as the current one).

    A user whose password an administrator set may only change it (``users passwd``) before anything else.
    """
    if not args.user:
        raise CommandError(f"{args.command} {getattr(args, 'users_command', '')}: name yourself with --user NAME")
    from app import people

    password = ask_password(f"Password for {args.user}: ")
    actor = people.log_in(desk, args.user, password, source=LOG_IN_SOURCE)
    if actor.must_change_password and not changing_password:
        raise CommandError(
            f"the password of {actor.login} was set by an administrator: change it first with "
            f"`dossier-desk users passwd --db FILE --user {actor.login}`"
        )
    return actor, password


def record(
    desk: Desk,
    actor: Actor | None,
    entity: str,
    entity_id: int | None,
    action: str,
    details: dict[str, Any],
    dossier_id: int | None = None,
) -> None:
    """Put a view, print or export in the audit log after it was made (R16); say so when the file would not take it."""
    if not desk.record(actor, entity, entity_id, action, details, dossier_id=dossier_id):
        print(
            f"dossier-desk: note: this {action} was not recorded in the audit log (the file is read-only or busy)",
            file=sys.stderr,
        )


def emit_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def table(rows: list[list[str]], headers: list[str]) -> None:
    """Plain columns that line up for Chinese too (a CJK character is two columns wide)."""

    def width(text: str) -> int:
        return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)

    widths = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(headers)]
    for row in [headers, *rows]:
        print("  ".join(cell + " " * (w - width(cell)) for cell, w in zip(row, widths, strict=True)).rstrip())


def floor_label(text: str) -> str:
    label = text.strip().upper()
    return f"{label}F" if label.isdigit() else label


def building_id(work: Work, name: str | None) -> int | None:
    if not name:
        return None
    from app.building import list_buildings

    match = [b for b in list_buildings(work) if b.name == name]
    if not match:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no building named “{name}”."), field="building", name=name)
    return match[0].id


def floor_id(work: Work, text: str, building: str | None) -> int:
    from app.building import list_buildings, list_floors

    label = floor_label(text)
    building_ids = [b.id for b in list_buildings(work) if not building or b.name == building]
    floors = [f for b in building_ids for f in list_floors(work, b) if f.label == label]
    if not floors:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no floor {floor}."), field="floor", floor=label)
    if len(floors) > 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Floor {floor} exists in several buildings; name the building."),
            field="building",
            floor=label,
        )
    return floors[0].id
