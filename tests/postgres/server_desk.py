"""What the server tests share: a dossier database on the test server with a user of every role (``server_desk``,
as tests/conftest.py's ``desk`` is for a file), and the search index's stand-in until the PostgreSQL search
(db/search_index.py, another part of issue 19) is there.

A test module that runs on the server defines ``desk`` as ``server_desk``; the fixtures built on ``desk`` in
tests/conftest.py (``clerk``, ``manager``, ``building`` …) then use the server database too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import Connection, create_engine
from sqlalchemy.exc import DBAPIError

from app.desk import Desk
from app.people import users
from app.permissions import Role
from db import search_index
from tests.conftest import PASSWORD, fixed_clock


def search_index_works_on(url: str) -> bool:
    """Whether db/search_index.py can install its index in a database on the server (tried, then rolled back)."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            transaction = connection.begin()
            try:
                search_index.install(connection)
            except DBAPIError:
                return False
            finally:
                transaction.rollback()
        return True
    finally:
        engine.dispose()


def stand_in_for_search_index() -> Callable[[], None]:
    """Skip the index's FTS5 SQL on a server (install, catch-up, rebuild), leave SQLite's as it is; returns the
    undo."""
    real_install, real_catch_up, real_rebuild = search_index.install, search_index.catch_up, search_index.rebuild

    def install(connection: Connection) -> None:
        if connection.dialect.name != "postgresql":
            real_install(connection)

    def catch_up(connection: Connection) -> int:
        return 0 if connection.dialect.name == "postgresql" else real_catch_up(connection)

    def rebuild(connection: Connection) -> int:
        return 0 if connection.dialect.name == "postgresql" else real_rebuild(connection)

    search_index.install, search_index.catch_up, search_index.rebuild = install, catch_up, rebuild

    def undo() -> None:
        search_index.install, search_index.catch_up, search_index.rebuild = real_install, real_catch_up, real_rebuild

    return undo


@pytest.fixture
def search_index_on_server(pg_url: str) -> Iterator[None]:
    """The real index where it works on a server; else the stand-in, for tests about the schema, not search."""
    undo = None if search_index_works_on(pg_url) else stand_in_for_search_index()
    try:
        yield
    finally:
        if undo is not None:
            undo()


def add_users(desk: Desk) -> None:
    """The users tests/conftest.py's ``desk`` has: admin, clerk, supervisor, manager (password ``PASSWORD``)."""
    with desk.work(None) as work:
        users.create_first_admin(work, "admin", PASSWORD, "管理员")
    admin = users.log_in(desk, "admin", PASSWORD)
    with desk.work(admin) as work:
        users.create_user(work, "clerk", "王小明", Role.CLERK, PASSWORD)
        users.create_user(work, "supervisor", "陈主管", Role.SUPERVISOR, PASSWORD)
        users.create_user(work, "manager", "李经理", Role.MANAGER, PASSWORD)


@pytest.fixture
def server_desk(pg_url: str, search_index_on_server: None) -> Iterator[Desk]:
    """A new dossier database on the test server with one user per role, as ``desk`` is for a file."""
    desk = Desk.create(pg_url, clock=fixed_clock)
    try:
        add_users(desk)
        yield desk
    finally:
        desk.close()
