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
from collections.abc import Iterator
from pathlib import Path
from subprocess import CompletedProcess

import psycopg
import pytest
from sqlalchemy.engine import make_url

from tests.e2e.test_bad_input import ONE_LINE
from tests.e2e.test_cli import run
from tests.keyring_in_file import BACKEND_ENV, FILE_ENV
from tests.postgres_server import ADMIN, PostgresServer

ADMIN_PASSWORD = "admin-pass-1"  # the dossier administrator's (a log-in of the program, not of the server)
ROLE_PASSWORD = "role-pass-1"  # the server role's: what the keyring and $DOSSIER_DESK_DB_PASSWORD hold
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


@pytest.fixture
def password_role(postgres_server: PostgresServer) -> Iterator[tuple[str, str]]:
    """A server role that must give its password (scram), owning a new empty database: (role, its database's URL)."""
    role = f"desk_{next(postgres_server._numbers)}_{time.monotonic_ns() % 100000}"
    url = postgres_server.create_database("pw")
    name = make_url(url).database
    hba = postgres_server.folder / "data" / "pg_hba.conf"
    with psycopg.connect(host=str(postgres_server.socket_folder), user=ADMIN, dbname="postgres", autocommit=True) as c:
        c.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{ROLE_PASSWORD}'")
        c.execute(f'ALTER DATABASE "{name}" OWNER TO {role}')
        hba.write_text(f"local all {role} scram-sha-256\n" + hba.read_text())
        c.execute("SELECT pg_reload_conf()")
    _wait_until_password_asked(postgres_server, role, name)
    yield role, url.replace(f"{ADMIN}@", f"{role}@")


def _wait_until_password_asked(server: PostgresServer, role: str, database: str) -> None:
    # The server reads pg_hba.conf again when it gets the signal, a moment after pg_reload_conf() returned.
    for _ in range(100):
        try:
            psycopg.connect(host=str(server.socket_folder), user=role, dbname=database).close()
        except psycopg.OperationalError:
            return
        time.sleep(0.05)
    raise AssertionError("the server did not start asking the role for a password")


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
