"""``server-password``: keep a server database's password in this PC's keyring (or remove it), so that neither the
command line nor a file of ours ever holds it (app/server_password.py says where else a password may come from)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from app import server_password
from app.cli import common


def register(sub: argparse._SubParsersAction) -> None:
    what = "keep the password of a server database in this PC's keyring (or remove it with --forget)"
    p = sub.add_parser("server-password", help=what, description=what)
    p.add_argument("--db", type=common.location, required=True, help="the server database, postgresql://user@host/db")
    p.add_argument("--forget", action="store_true", help="remove the kept password instead")
    p.set_defaults(run=_server_password)


def _server_password(args: argparse.Namespace) -> int:
    if not isinstance(args.db, str):
        raise common.CommandError(
            "server-password is for a server database (postgresql://user@host/database); a file has no such password"
        )
    url: str = args.db
    shown = server_password.keyring_name(url)
    if args.forget:
        if server_password.forget(url):
            print(f"removed the password of {shown} from this PC's keyring")
        else:
            print(f"this PC's keyring had no password for {shown}")
        return 0
    password = _new_password(shown)
    # The password is tried before it is kept: a mistyped one would otherwise be found only at the next start.
    server_password.check_login(server_password.with_password(url, password))
    server_password.remember(url, password)
    print(f"kept the password of {shown} in this PC's keyring")
    return 0


def _new_password(shown: str) -> str:
    """The password to keep: ``$DOSSIER_DESK_DB_PASSWORD`` (scripts), else typed twice at a prompt."""
    password = os.environ.get(server_password.PASSWORD_ENV)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise common.CommandError(
            f"no password: set ${server_password.PASSWORD_ENV} or run in a terminal to be asked; nothing was kept"
        )
    password = getpass.getpass(f"Password of the server database {shown}: ")
    if getpass.getpass("Repeat the password: ") != password:
        raise common.CommandError("the two passwords differ; nothing was kept")
    if not password:
        raise common.CommandError("the password is empty; nothing was kept")
    return password
