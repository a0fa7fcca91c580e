"""tests/unit/tenancy/test_move_out.py on a server desk: the same tests, unchanged, with ``desk`` a database on the
test PostgreSQL server (move-outs). See tests/postgres/server_desk.py."""

from __future__ import annotations

import pytest

from app.desk import Desk
from tests.postgres.server_desk import server_desk  # noqa: F401 (fixtures)
from tests.unit.conftest import tenant  # noqa: F401 (a fixture of tests/unit, which this folder does not see)
from tests.unit.tenancy.test_move_out import *  # noqa: F403 (the tests and their fixtures)


@pytest.fixture
def desk(server_desk: Desk) -> Desk:  # noqa: F811
    return server_desk
