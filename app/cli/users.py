"""The ``users`` command group: the administrator's accounts (list, add, role, disable, enable, unlock, reset a
password) and everyone's own password (``users passwd`` without a login).

A new or reset password comes from ``$DOSSIER_DESK_NEW_PASSWORD`` (for scripts) or a prompt typed twice; the acting
user's own from ``$DOSSIER_DESK_PASSWORD`` or a prompt, as for every command. A password set by the administrator
(``add``, ``passwd LOGIN``) must be changed by its user at the next log-in.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from app import people
from app.cli import common
from app.desk import Actor, Desk, Work
from app.people import UserInfo
from app.permissions import ROLE_NAMES, Action, Role

ROLES = [role.value for role in Role]


def register(sub: argparse._SubParsersAction) -> None:
    users = common.command(sub, "users", "user accounts: list, add, change a role, disable, unlock, passwords")
    actions = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)

    p = common.command(actions, "list", "every account: role, active, locked until, must change the password")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=_list)

    p = common.command(actions, "add", "a new account (its user chooses their own password at the first log-in)")
    p.add_argument("login", type=common.login, metavar="LOGIN")
    p.add_argument("--role", choices=ROLES, required=True, help="clerk, supervisor, manager or admin")
    name = common.text("user.display_name", people.MAX_DISPLAY_NAME_LENGTH)
    p.add_argument("--name", type=name, default="", help="the name shown (default: the login)")
    p.set_defaults(run=_add)

    p = common.command(
        actions, "passwd", "change your own password; with LOGIN (administrator): reset that user's password"
    )
    p.add_argument("login", type=common.login, metavar="LOGIN", nargs="?", help="whose password to reset")
    p.set_defaults(run=_passwd)

    p = common.command(actions, "role", "give an account another role (counts at once, also in open windows)")
    p.add_argument("login", type=common.login, metavar="LOGIN")
    p.add_argument("role", choices=ROLES, metavar="ROLE", help="clerk, supervisor, manager or admin")
    p.set_defaults(run=_role)

    for name, help_text, run in (
        ("disable", "disable an account (it is kept: the record names who did what)", _disable),
        ("enable", "enable a disabled account again", _enable),
        ("unlock", "lift a lockout after too many wrong passwords", _unlock),
    ):
        p = common.command(actions, name, help_text)
        p.add_argument("login", type=common.login, metavar="LOGIN")
        p.set_defaults(run=run)


def _log_in(desk: Desk, args: argparse.Namespace) -> Actor:
    actor = common.log_in(desk, args) if args.user else None
    if actor is None:
        raise common.CommandError(f"users {args.users_command}: name yourself with --user NAME")
    return actor


def _may_manage(desk: Desk, actor: Actor) -> None:
    with desk.work(actor) as work:
        work.require(Action.MANAGE_USERS)


def _account_id(work: Work, login: str) -> int:
    work.require(Action.MANAGE_USERS)  # "may not manage users" rather than the list's "may not see"
    return people.find_user(work, login).id


def _list(args: argparse.Namespace) -> int:
    with Desk.open(common.database(args)) as desk:
        actor = _log_in(desk, args)
        with desk.read(actor) as work:
            accounts = people.list_users(work)
    rows = [
        {
            "login": u.login,
            "name": u.display_name,
            "role": u.role.value,
            "active": u.active,
            "must_change_password": u.must_change_password,
            "locked_until": u.locked_until.isoformat(sep=" ") if u.locked_until else None,
        }
        for u in accounts
    ]
    if args.json:
        common.emit_json(rows)
        return 0
    common.table(
        [
            [
                r["login"],
                r["name"],
                r["role"],
                "yes" if r["active"] else "no",
                r["locked_until"] or "—",
                "yes" if r["must_change_password"] else "",
            ]
            for r in rows
        ],
        ["login", "name", "role", "active", "locked until", "must change password"],
    )
    return 0


def _add(args: argparse.Namespace) -> int:
    with Desk.open(common.database(args)) as desk:
        actor = _log_in(desk, args)
        _may_manage(desk, actor)  # a role that may not is refused before a new password is asked for
        password = people.check_password(common.ask_new_password(f"Password for the new user {args.login}: "))
        with desk.work(actor) as work:
            made = people.create_user(work, args.login, args.name, Role(args.role), password, must_change_password=True)
    print(f"added {made.login} ({ROLE_NAMES[made.role]}); they choose their own password at their first log-in")
    return 0


def _passwd(args: argparse.Namespace) -> int:
    with Desk.open(common.database(args)) as desk:
        own = args.login is None or (args.user or "").lower() == args.login.lower()
        if own:
            # The password typed to log in is the current one the change checks again.
            actor, current = common.log_in_with_password(desk, args, changing_password=True)
            password = people.check_password(common.ask_new_password("Your new password: "))
            with desk.work(actor) as work:
                people.change_own_password(work, current, password)
            print(f"changed the password of {actor.login}")
            return 0
        actor = _log_in(desk, args)
        _may_manage(desk, actor)
        with desk.read(actor) as work:
            account = people.find_user(work, args.login)
        password = people.check_password(common.ask_new_password(f"New password for {account.login}: "))
        with desk.work(actor) as work:
            people.reset_password(work, account.id, password, version=account.version)
    print(f"reset the password of {account.login}; they must change it at their next log-in")
    return 0


def _role(args: argparse.Namespace) -> int:
    with Desk.open(common.database(args)) as desk:
        actor = _log_in(desk, args)
        with desk.work(actor) as work:
            account = people.set_role(work, _account_id(work, args.login), Role(args.role))
    print(f"{account.login} is now {ROLE_NAMES[account.role]}")
    return 0


def _disable(args: argparse.Namespace) -> int:
    return _change_account(args, people.disable_user, "disabled")


def _enable(args: argparse.Namespace) -> int:
    return _change_account(args, people.enable_user, "enabled")


def _unlock(args: argparse.Namespace) -> int:
    return _change_account(args, people.unlock_user, "unlocked")


def _change_account(args: argparse.Namespace, change: Callable[[Work, int], UserInfo], done: str) -> int:
    """One change of the account named by LOGIN, made as the acting user; says what was done."""
    with Desk.open(common.database(args)) as desk:
        actor = _log_in(desk, args)
        with desk.work(actor) as work:
            account = change(work, _account_id(work, args.login))
    print(f"{done} {account.login}")
    return 0
