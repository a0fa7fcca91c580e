"""Fixtures for the unit tests: every test on a dossier database runs on a file and on a PostgreSQL server.

A test that uses ``desk`` (directly or through ``clerk``, ``manager``, ``building``, ``tenant`` …) is generated
twice, ids ``[file]`` and ``[server]``: the same rules must hold on either database. Two kinds get only ``[file]``:

- tests about the file itself (its SQLite pragmas, the file lock, the attachment folder on disk …), marked
  ``@pytest.mark.file_only("why")``: on a server there is nothing of the kind to test;
- tests of parts of the server work still being built, listed in ``server_pending.txt`` beside this file.

Neither shows as a skip: a skip here means only that PostgreSQL is not installed. The server database of each test
is a copy of a template made once per test process (tests/server_templates.py).

The tests on the demo building take ``demo_database`` (a private copy, file or server, as ``Desk.open`` takes it);
its server template is the session's demo file moved there once by ``migrate-to-server``. A module's own prepared
database (the demo with its money, the desk of every role) is parametrised ``[file]``/``[server]`` in its module.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from app.building import buildings
from app.customers.details import CustomerInput
from app.desk import Actor, Desk
from app.tenancy import lifecycle as tenancy
from tests.conftest import add_users, fixed_clock
from tests.postgres.server_desk import USERS, demo_on_server, with_users
from tests.server_templates import ServerTemplates
from tests.unit.unit_support import FILE, SERVER, unit_id

PENDING = Path(__file__).with_name("server_pending.txt")


@cache
def server_pending() -> frozenset[str]:
    """The node ids (or files, or classes) in server_pending.txt, without comments."""
    lines = (line.split("#", 1)[0].strip() for line in PENDING.read_text(encoding="utf-8").splitlines())
    return frozenset(line for line in lines if line)


def is_pending(nodeid: str) -> bool:
    """Whether the test ``nodeid`` (no parameters) or its file or class is listed as pending on a server."""
    parts = nodeid.split("::")
    return any("::".join(parts[:n]) in server_pending() for n in range(1, len(parts) + 1))


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "database_kind" not in metafunc.fixturenames:
        return
    kinds = [FILE]
    if metafunc.definition.get_closest_marker("file_only") is None and not is_pending(metafunc.definition.nodeid):
        kinds.append(SERVER)
    metafunc.parametrize("database_kind", kinds, indirect=True)


@pytest.fixture
def database_kind(request: pytest.FixtureRequest) -> str:
    """Which database this test's ``desk`` is: ``file`` or ``server``."""
    return str(getattr(request, "param", FILE))


@pytest.fixture
def desk(database_kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Desk]:
    """A new, empty database with one user per role (password ``PASSWORD``): a file, or a database on the test
    server (``database_kind``) copied from this process's template."""
    if database_kind == SERVER:
        templates: ServerTemplates = request.getfixturevalue("server_templates")
        url = templates.copy(USERS, with_users)
        d = Desk.open(url, clock=fixed_clock)
        yield d
        d.close()
        templates.drop(url)
    else:
        d = Desk.create(tmp_path / "dossiers.db", clock=fixed_clock)
        add_users(d)
        yield d
        d.close()


@pytest.fixture
def demo_database(database_kind: str, demo_db: Path, request: pytest.FixtureRequest) -> Iterator[Path | str]:
    """A private copy of the shared demo (tests/conftest.py ``demo_db``) that a test may change, as ``Desk.open``
    takes it: a file (``demo_copy``) or a database on the test server copied from this process's demo template
    (the file moved there once), dropped after the test."""
    if database_kind == SERVER:
        templates: ServerTemplates = request.getfixturevalue("server_templates")
        url = templates.copy("demo", demo_on_server(demo_db))
        yield url
        templates.drop(url)
    else:
        yield request.getfixturevalue("demo_copy")


@pytest.fixture
def tenant(desk: Desk, clerk: Actor, building: buildings.BuildingInfo) -> tenancy.MoveIn:
    """甲公司 in unit 101 since 2026-01-05, open-ended."""
    unit = unit_id(desk, "101")
    with desk.work(clerk) as work:
        return tenancy.move_in(
            work, customer=CustomerInput(name="甲科技有限公司"), unit_ids=[unit], move_in=dt.date(2026, 1, 5)
        )
