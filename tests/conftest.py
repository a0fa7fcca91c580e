"""Fixtures everyone needs: a fresh database, a demo building, logged-in users of every role."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher

# Qt tests run without a display; set before any QApplication exists.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.building import buildings
from app.desk import Actor, Desk
from app.people import users
from app.permissions import Role

# Real argon2 parameters cost ~0.1 s a hash; the tests make hundreds, so they use cheap ones.
users.password_hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)

# The throwaway PostgreSQL server (fixtures postgres_server, pg_url), for the tests that run on a server too, and
# the dossier databases copied there from templates (fixture server_templates).
pytest_plugins = ["tests.postgres_server", "tests.server_templates"]

PASSWORD = "correct-horse"
NOW = dt.datetime(2026, 6, 15, 10, 30)


def fixed_clock() -> dt.datetime:
    return NOW


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    """A new, empty database file with one user per role (password ``PASSWORD``)."""
    d = Desk.create(tmp_path / "dossiers.db", clock=fixed_clock)
    add_users(d)
    yield d
    d.close()


def add_users(desk: Desk) -> None:
    """One user per role: admin, clerk, supervisor, manager (password ``PASSWORD``); for a file or a server."""
    with desk.work(None) as work:
        users.create_first_admin(work, "admin", PASSWORD, "管理员")
    admin = users.log_in(desk, "admin", PASSWORD)
    with desk.work(admin) as work:
        users.create_user(work, "clerk", "王小明", Role.CLERK, PASSWORD)
        users.create_user(work, "supervisor", "陈主管", Role.SUPERVISOR, PASSWORD)
        users.create_user(work, "manager", "李经理", Role.MANAGER, PASSWORD)


def _actor(desk: Desk, login: str) -> Actor:
    return users.log_in(desk, login, PASSWORD)


@pytest.fixture
def clerk(desk: Desk) -> Actor:
    return _actor(desk, "clerk")


@pytest.fixture
def supervisor(desk: Desk) -> Actor:
    return _actor(desk, "supervisor")


@pytest.fixture
def manager(desk: Desk) -> Actor:
    return _actor(desk, "manager")


@pytest.fixture
def admin(desk: Desk) -> Actor:
    return _actor(desk, "admin")


@pytest.fixture
def building(desk: Desk, manager: Actor) -> buildings.BuildingInfo:
    """A small building: B1, 1F–3F, four units a floor numbered like 101, B101."""
    with desk.work(manager) as work:
        return buildings.create_building(work, "测试大厦", floors_from=-1, floors_to=3, units_per_floor=4)


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database (6 floors × 4 units, 3 years), built once per test run; copy before writing. Without the
    demo's money: the fee tests set up their own items and months on it (tests/unit/test_demo_fees.py builds one
    with it); without its service registers, surveys and filled forms likewise (tests/unit/test_demo.py builds
    them)."""
    from app import demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    demo.build_demo(
        path,
        seed=7,
        floors=6,
        units_per_floor=4,
        years=3,
        password=PASSWORD,
        as_of=NOW.date(),
        money=False,
        services=False,
    )
    return path


@pytest.fixture
def demo_copy(demo_db: Path, tmp_path: Path) -> Path:
    """A private copy of the shared demo (database and attachment folder) that a test may change."""
    target = tmp_path / "copy" / demo_db.name
    target.parent.mkdir()
    with sqlite3.connect(demo_db) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    shutil.copytree(f"{demo_db}-attachments", f"{target}-attachments")
    return target
