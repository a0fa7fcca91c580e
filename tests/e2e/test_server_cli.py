"""The real ``dossier-desk`` on a server database (``--db postgresql://…``): made with ``init``, used by reading and
writing commands, its password from the environment or the keyring and never from the command line; what goes
wrong (a wrong password, an unknown database, an unreachable server) is one line and exit 1.

The test server trusts every connection on its socket; for the password cases a role of its own must give one
(a line for it alone in pg_hba.conf, ahead of the trust line). The keyring is a file of the test's
(tests/keyring_in_file.py), never this PC's.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from subprocess import CompletedProcess

import psycopg
from sqlalchemy.engine import make_url

from app import building as buildings
from app.desk import Desk
from app.people import log_in
from tests.conftest import PASSWORD, add_users, fixed_clock
from tests.e2e.test_bad_input import ONE_LINE
from tests.e2e.test_cli import run
from tests.keyring_in_file import BACKEND_ENV, FILE_ENV
from tests.postgres import password_role as role_fixture
from tests.postgres_server import ADMIN

ROLE_PASSWORD = role_fixture.ROLE_PASSWORD
password_role = role_fixture.password_role  # the fixture, for this module's tests
ADMIN_PASSWORD = "admin-pass-1"  # the dossier administrator's (a log-in of the program, not of the server)
DB_PASSWORD_ENV = "DOSSIER_DESK_DB_PASSWORD"


def typed(url: str) -> str:
    """The test server's URL as a person types it (plain ``postgresql://``, psycopg implied)."""
    return url.replace("postgresql+psycopg://", "postgresql://")


def keyring_file(tmp_path: Path) -> dict[str, str]:
    """The environment of a command whose keyring is the file ``tmp_path/keyring.json``."""
    return {BACKEND_ENV: "tests.keyring_in_file.FileKeyring", FILE_ENV: str(tmp_path / "keyring.json")}


def one_line_error(result: CompletedProcess[str], says: str) -> None:
    assert result.returncode == 1, result
    assert ONE_LINE.match(result.stderr.strip()), result.stderr
    assert says in result.stderr, result.stderr


def test_init_on_a_server_database_then_commands_read_and_write_it(pg_url: str) -> None:
    url = typed(pg_url)
    made = run("init", url, "--admin", "boss", "--name", "王经理", password=ADMIN_PASSWORD)
    assert made.returncode == 0, made.stderr
    assert "boss" in made.stdout and "/test_" in made.stdout

    new_password = {"DOSSIER_DESK_NEW_PASSWORD": "clerk-pass-1"}
    added = run(
        "users",
        "add",
        "--db",
        url,
        "--user",
        "boss",
        "xiaoli",
        "--role",
        "clerk",
        password=ADMIN_PASSWORD,
        env=new_password,
    )
    assert added.returncode == 0, added.stderr
    listed = run("users", "list", "--db", url, "--user", "boss", "--json", password=ADMIN_PASSWORD)
    assert listed.returncode == 0, listed.stderr
    accounts = {u["login"]: u for u in json.loads(listed.stdout)}
    assert set(accounts) == {"boss", "xiaoli"}
    assert accounts["boss"]["name"] == "王经理"
    assert accounts["xiaoli"]["role"] == "clerk"
    # --db before the command name works as after it.
    units = run("--db", url, "units", "--user", "boss", "--json", password=ADMIN_PASSWORD)
    assert units.returncode == 0, units.stderr
    assert json.loads(units.stdout) == []

    # The rows are on the server, where another desk reads them.
    with psycopg.connect(pg_url.replace("postgresql+psycopg", "postgresql")) as connection:
        logins = {row[0] for row in connection.execute('SELECT login FROM "user"')}
    assert logins == {"boss", "xiaoli"}

    again = run("init", url, "--admin", "other", password=ADMIN_PASSWORD)
    one_line_error(again, "already has tables")


def test_a_password_in_the_address_is_refused_and_never_repeated(pg_url: str) -> None:
    with_password = typed(pg_url).replace(f"{ADMIN}@", f"{ADMIN}:s3cret-word@")
    for command in (("units", "--db", with_password), ("init", with_password, "--admin", "boss")):
        result = run(*command, password=ADMIN_PASSWORD)
        one_line_error(result, "keyring")
        assert "s3cret-word" not in result.stderr + result.stdout


def test_an_unknown_database_and_an_unreachable_server_are_one_line_each(pg_url: str, tmp_path: Path) -> None:
    url = typed(pg_url)
    assert run("init", url, "--admin", "boss", password=ADMIN_PASSWORD).returncode == 0
    name = make_url(url).database
    unknown = run("units", "--db", url.replace(f"/{name}?", "/no_such_db?"), "--user", "boss", password=ADMIN_PASSWORD)
    one_line_error(unknown, "has no database")
    socket = url.split("host=", 1)[1]
    away = run("units", "--db", url.replace(socket, str(tmp_path / "gone")), "--user", "boss", password=ADMIN_PASSWORD)
    one_line_error(away, "cannot be reached")
    not_postgres = run("units", "--db", "mysql://boss@db.office/dossier", password=ADMIN_PASSWORD)
    one_line_error(not_postgres, "not a server address")
    demo = run("demo", url)
    one_line_error(demo, "makes a new database file")


def test_the_password_from_the_environment_or_the_keyring_and_a_wrong_one_refused(
    password_role: tuple[str, str], tmp_path: Path
) -> None:
    _role, raw = password_role
    url = typed(raw)
    keyring = keyring_file(tmp_path)
    made = run("init", url, "--admin", "boss", password=ADMIN_PASSWORD, env={DB_PASSWORD_ENV: ROLE_PASSWORD})
    assert made.returncode == 0, made.stderr

    wrong = run(
        "units", "--db", url, "--user", "boss", password=ADMIN_PASSWORD, env={DB_PASSWORD_ENV: "nope", **keyring}
    )
    one_line_error(wrong, "refused the user name or password")
    # No password anywhere and no terminal to ask at: the server's refusal, not a prompt that hangs.
    none = run("units", "--db", url, "--user", "boss", password=ADMIN_PASSWORD, env=keyring)
    one_line_error(none, "refused the user name or password")

    # server-password tries the password before keeping it: a wrong one is not kept.
    refused = run("server-password", "--db", url, env={DB_PASSWORD_ENV: "nope", **keyring})
    one_line_error(refused, "refused the user name or password")
    assert not (tmp_path / "keyring.json").exists()
    kept = run("server-password", "--db", url, env={DB_PASSWORD_ENV: ROLE_PASSWORD, **keyring})
    assert kept.returncode == 0, kept.stderr
    assert ROLE_PASSWORD not in kept.stdout + kept.stderr

    # From the keyring alone now.
    listed = run("users", "list", "--db", url, "--user", "boss", "--json", password=ADMIN_PASSWORD, env=keyring)
    assert listed.returncode == 0, listed.stderr
    assert [u["login"] for u in json.loads(listed.stdout)] == ["boss"]

    forgot = run("server-password", "--db", url, "--forget", env=keyring)
    assert forgot.returncode == 0, forgot.stderr
    after = run("units", "--db", url, "--user", "boss", password=ADMIN_PASSWORD, env=keyring)
    one_line_error(after, "refused the user name or password")


def test_server_password_without_a_keyring_says_so_in_one_line(pg_url: str) -> None:
    broken = {BACKEND_ENV: "tests.keyring_in_file.BrokenKeyring", DB_PASSWORD_ENV: "any"}
    result = run("server-password", "--db", typed(pg_url), env=broken)
    one_line_error(result, "keyring cannot be used")
    on_a_file = run("server-password", "--db", "F.db")
    one_line_error(on_a_file, "for a server database")


def test_the_smoke_test_opens_a_server_database_given_by_db_or_the_environment(pg_url: str) -> None:
    desk = Desk.create(pg_url, clock=fixed_clock)
    try:
        add_users(desk)
        with desk.work(log_in(desk, "manager", PASSWORD)) as work:
            buildings.create_building(work, "服务器大厦", floors_from=1, floors_to=2, units_per_floor=3)
    finally:
        desk.close()
    offscreen = {"QT_QPA_PLATFORM": "offscreen"}
    url = typed(pg_url)
    given = run("--smoke-test", "--db", url, "--user", "clerk", password=PASSWORD, env=offscreen)
    assert given.returncode == 0, given.stderr
    assert given.stdout.startswith("painted in ")
    # The installer's bundle test names the server in the environment, without --db.
    named = {**offscreen, "DOSSIER_DESK_SMOKE_DB": url}
    from_env = run("--smoke-test", "--user", "clerk", password=PASSWORD, env=named)
    assert from_env.returncode == 0, from_env.stderr
    assert from_env.stdout.startswith("painted in ")
    wrong = run(
        "--smoke-test", "--user", "clerk", password=PASSWORD, env={**offscreen, "DOSSIER_DESK_SMOKE_DB": "x://"}
    )
    one_line_error(wrong, "smoke test failed")


def _on_a_terminal(args: list[str], env: dict[str, str], answers: dict[str, str]) -> tuple[int, str]:
    """``dossier-desk ARGS`` with a terminal of its own (a pseudo-terminal as its controlling terminal, so getpass
    asks there); each prompt that contains a key of ``answers`` is answered with its value. The exit code and all
    that was shown on the terminal."""
    import fcntl
    import os
    import pty
    import select
    import subprocess
    import sys
    import termios

    master, slave = pty.openpty()
    environment = {k: v for k, v in os.environ.items() if k not in ("DOSSIER_DESK_PASSWORD", DB_PASSWORD_ENV)}
    process = subprocess.Popen(
        [sys.executable, "-m", "app", *args],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env={**environment, **env},
        start_new_session=True,
        preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0),
    )
    os.close(slave)
    shown, pending = "", dict(answers)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(master, 4096).decode(errors="replace")
            except OSError:  # the command ended and closed the terminal
                break
            shown += chunk
            for prompt in [p for p in pending if p in shown]:
                os.write(master, (pending.pop(prompt) + "\n").encode())
        elif process.poll() is not None:
            break
    os.close(master)
    return process.wait(timeout=60), shown


def test_on_a_terminal_the_server_password_is_asked_only_when_the_server_wants_one(
    password_role: tuple[str, str], pg_url: str
) -> None:
    _role, raw = password_role
    url = typed(raw)
    made = run("init", url, "--admin", "boss", password=ADMIN_PASSWORD, env={DB_PASSWORD_ENV: ROLE_PASSWORD})
    assert made.returncode == 0, made.stderr
    broken = {BACKEND_ENV: "tests.keyring_in_file.BrokenKeyring", "DOSSIER_DESK_PASSWORD": ADMIN_PASSWORD}
    code, shown = _on_a_terminal(
        ["users", "list", "--db", url, "--user", "boss"], broken, {"Password of the server database": ROLE_PASSWORD}
    )
    assert code == 0, shown
    assert "keyring cannot be used" in shown  # why it asks
    assert "Password of the server database desk_" in shown and "boss" in shown.split("database", 1)[1]
    assert ROLE_PASSWORD not in shown  # not echoed

    # A server that trusts the connection (the test server's own user): no question at all.
    assert run("init", typed(pg_url), "--admin", "boss", password=ADMIN_PASSWORD).returncode == 0
    code, shown = _on_a_terminal(["users", "list", "--db", typed(pg_url), "--user", "boss"], broken, {})
    assert code == 0, shown
    assert "Password of the server database" not in shown and "boss" in shown
