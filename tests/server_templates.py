"""Dossier databases on the test server made once per test process and copied per test (``CREATE DATABASE …
TEMPLATE …``): a copy costs a fraction of building the schema (the migrations' stamp, the triggers, the search
index, the seed, four users) every time.

A template is an ordinary database that no one is connected to while it is copied; ``ServerTemplates`` builds each
one on first use, closes every connection to it, and then only ever copies it.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from tests.postgres_server import ADMIN, PostgresServer

# Each ServerTemplates of a process names its templates apart: two of them (the shared fixture's and one of a
# conftest's own) building a template of the same name must not drop each other's.
_instances = itertools.count()


@dataclass
class ServerTemplates:
    """The templates of one test process on one server, by name, each built by its ``build`` on first use."""

    server: PostgresServer
    _made: dict[str, str] = field(default_factory=dict)
    _numbers: Iterator[int] = field(default_factory=itertools.count)
    _instance: int = field(default_factory=lambda: next(_instances))

    def _admin(self) -> Any:
        import psycopg  # late: where it is not installed, the server fixtures skip before this is reached

        return psycopg.connect(host=str(self.server.socket_folder), user=ADMIN, dbname="postgres", autocommit=True)

    def template(self, name: str, build: Callable[[str], None]) -> str:
        """The database name of template ``name``; ``build(url)`` fills a new empty database the first time."""
        if name not in self._made:
            database = f"template_{name}_{os.getpid()}_{self._instance}"
            with self._admin() as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{database}"')
                admin.execute(f'CREATE DATABASE "{database}" {self.server.copied_from("template0")}')
            build(self.server.url(database))
            self._made[name] = database
        return self._made[name]

    def copy(self, name: str, build: Callable[[str], None], prefix: str = "test") -> str:
        """The URL of a new database that is a copy of template ``name``."""
        template = self.template(name, build)
        database = f"{prefix}_{name}_{os.getpid()}_{self._instance}_{next(self._numbers)}"
        with self._admin() as admin:
            admin.execute(f'CREATE DATABASE "{database}" {self.server.copied_from(template)}')
        return self.server.url(database)

    def copy_into(self, url: str, name: str, build: Callable[[str], None]) -> None:
        """Make the empty database of ``url`` a copy of template ``name``, under the same name (dropped and made
        again from the template): a test's other connections to ``url`` (a second desk, psql) then reach the copy."""
        from sqlalchemy.engine import make_url

        template = self.template(name, build)
        database = make_url(url).database
        with self._admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            admin.execute(f'CREATE DATABASE "{database}" {self.server.copied_from(template)}')

    def drop(self, url: str) -> None:
        """Drop a copy when its test is done: a copy is a few megabytes on disk, and a run makes thousands."""
        from sqlalchemy.engine import make_url

        with self._admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')


@pytest.fixture(scope="session")
def server_templates(postgres_server: PostgresServer) -> ServerTemplates:
    """This test process's templates on the test server (a plugin of tests/conftest.py: the unit tests and the
    server tests share them)."""
    return ServerTemplates(postgres_server)
