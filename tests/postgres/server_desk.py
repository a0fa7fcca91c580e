"""What the server tests share: a dossier database on the test server with a user of every role (``server_desk``,
as tests/conftest.py's ``desk`` is for a file).

A test module that runs on the server defines ``desk`` as ``server_desk``; the fixtures built on ``desk`` in
tests/conftest.py (``clerk``, ``manager``, ``building`` …) then use the server database too.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.desk import Desk
from app.people import users
from app.permissions import Role
from tests.conftest import PASSWORD, fixed_clock


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
def server_desk(pg_url: str) -> Iterator[Desk]:
    """A new dossier database on the test server with one user per role, as ``desk`` is for a file."""
    desk = Desk.create(pg_url, clock=fixed_clock)
    try:
        add_users(desk)
        yield desk
    finally:
        desk.close()
