"""What the server tests share: a dossier database on the test server with a user of every role (``server_desk``,
as tests/conftest.py's ``desk`` is for a file).

A test module that runs on the server defines ``desk`` as ``server_desk``; the fixtures built on ``desk`` in
tests/conftest.py (``clerk``, ``manager``, ``building`` …) then use the server database too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.desk import Desk
from app.safety import migrate_to_server
from tests.conftest import PASSWORD, add_users, fixed_clock
from tests.server_templates import ServerTemplates

# The template of every test's server database with its users (tests/server_templates.py; the unit tests' too).
USERS = "users"


def with_users(url: str) -> None:
    """Fill the empty database ``url``: the schema and one user per role (as ``desk`` is for a file)."""
    with Desk.create(url, clock=fixed_clock) as made:
        add_users(made)


def demo_on_server(demo_file: Path) -> Callable[[str], None]:
    """What fills a template with the demo file ``demo_file`` (its users' password ``PASSWORD``): moved to the server
    as an office moves its file (``migrate-to-server``: its rows and scans copied, then verified)."""

    def build(url: str) -> None:
        migrate_to_server(demo_file, url, "admin", PASSWORD)

    return build


@pytest.fixture
def server_desk(pg_url: str, server_templates: ServerTemplates) -> Iterator[Desk]:
    """The test's database on the test server (``pg_url``) with one user per role, as ``desk`` is for a file: a
    copy of this process's template, not a schema built afresh (a fraction of the time)."""
    server_templates.copy_into(pg_url, USERS, with_users)
    desk = Desk.open(pg_url, clock=fixed_clock)
    try:
        yield desk
    finally:
        desk.close()
