"""What the server tests share: a dossier database on the test server with a user of every role (``server_desk``,
as tests/conftest.py's ``desk`` is for a file).

A test module that runs on the server defines ``desk`` as ``server_desk``; the fixtures built on ``desk`` in
tests/conftest.py (``clerk``, ``manager``, ``building`` …) then use the server database too.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.desk import Desk
from tests.conftest import add_users, fixed_clock


@pytest.fixture
def server_desk(pg_url: str) -> Iterator[Desk]:
    """A new dossier database on the test server with one user per role, as ``desk`` is for a file."""
    desk = Desk.create(pg_url, clock=fixed_clock)
    try:
        add_users(desk)
        yield desk
    finally:
        desk.close()
