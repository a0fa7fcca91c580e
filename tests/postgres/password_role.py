"""A server role that must give its password, for the tests of where a desk's server password comes from.

The test server trusts every connection on its socket (tests/postgres_server.py); this role gets a line of its own in
pg_hba.conf, ahead of the trust line, so the server asks it for its password (scram-sha-256) and refuses a wrong one.
"""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy.engine import make_url

from tests.postgres_server import ADMIN, PostgresServer

ROLE_PASSWORD = "role-pass-1"  # the server role's: what the keyring and $DOSSIER_DESK_DB_PASSWORD hold
_numbers = itertools.count()


@pytest.fixture
def password_role(postgres_server: PostgresServer) -> Iterator[tuple[str, str]]:
    """A server role that must give its password (scram), owning a new empty database: (role, its database's URL)."""
    role = f"desk_{os.getpid()}_{next(_numbers)}"
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
