"""A dossier database on a PostgreSQL server: made, opened again, refused when foreign or newer, upgraded when older;
the migrations build on an empty server exactly the schema the models make."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine, create_engine, text

from app.building import buildings
from app.customers.details import CustomerInput, read_customer
from app.desk import Actor, Desk
from app.dossier import documents
from app.dossier.documents import DocumentInput
from app.errors import DatabaseUnusable
from app.people import users
from app.tenancy import lifecycle as tenancy
from db import audit_chain, protection
from db.attachment_store import BlobState
from db.engine import DEFERRED, server_url
from db.schema import HEAD, alembic_config, create_server_database, open_server_database
from db.seed import DEFAULT_REQUIREMENTS
from tests.conftest import PASSWORD, fixed_clock
from tests.postgres.server_desk import server_desk  # noqa: F401 (fixtures)
from tests.postgres_server import PostgresServer
from tests.unit.unit_support import unit_id


@pytest.fixture
def desk(server_desk: Desk) -> Desk:  # noqa: F811
    return server_desk


def _scalar(url: str, sql: str) -> object:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql)).scalar()
    finally:
        engine.dispose()


def _execute(url: str, *statements: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            for sql in statements:
                conn.execute(text(sql))
    finally:
        engine.dispose()


def _trigger_names(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(conn.execute(text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")).scalars())


def _expected_triggers() -> set[str]:
    return set(protection.TRIGGERS) | set(audit_chain.TRIGGERS)


def test_a_new_server_database_has_the_newest_schema_its_rules_and_the_checklist(
    pg_url: str,
) -> None:
    engine = create_server_database(pg_url)
    try:
        assert _trigger_names(engine) >= _expected_triggers()
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
            codes = set(conn.execute(text("SELECT code FROM requirement")).scalars())
            assert codes == {code for code, _title, _category in DEFAULT_REQUIREMENTS}
            assert conn.execute(text("SHOW application_name")).scalar() == "dossier-desk"
            assert conn.execute(text("SHOW transaction_isolation")).scalar() == "read committed"
        # A reading unit of work is one snapshot the server will not let write.
        with engine.execution_options(**DEFERRED).connect() as conn:
            assert conn.execute(text("SHOW transaction_isolation")).scalar() == "repeatable read"
            assert conn.execute(text("SHOW transaction_read_only")).scalar() == "on"
    finally:
        engine.dispose()


def test_a_plain_postgresql_url_means_the_psycopg_driver() -> None:
    assert server_url("postgresql://desk@db.example/dossiers").startswith("postgresql+psycopg://desk@db.example/")
    assert server_url("postgresql+psycopg://desk:pw@h/d") == "postgresql+psycopg://desk:pw@h/d"
    with pytest.raises(ValueError, match="not a PostgreSQL URL"):
        server_url("sqlite:///x.db")


def test_the_work_of_a_desk_is_there_when_the_database_is_opened_again(
    desk: Desk, clerk: Actor, manager: Actor, pg_url: str
) -> None:
    """A small real workflow: a building, a customer moved into a unit, a document in their dossier — read back by
    another desk that opens the same server database."""
    with desk.work(manager) as work:
        building = buildings.create_building(work, "测试大厦", floors_from=1, floors_to=2, units_per_floor=2)
    with desk.work(clerk) as work:
        moved = tenancy.move_in(
            work, customer=CustomerInput(name="深圳市永盛实业有限公司"), unit_ids=[unit_id(desk, "101")],
            move_in=dt.date(2026, 1, 5),
        )  # fmt: skip
    with desk.work(clerk) as work:
        added = documents.add_document(
            work, moved.dossier_id, DocumentInput("correspondence", dt.date(2026, 2, 1), "催缴函", pages=1)
        )
    desk.close()
    again = Desk.open(pg_url, clock=fixed_clock)
    try:
        assert again.on_server and "dossier@" in again.location
        reader = users.log_in(again, "clerk", PASSWORD)
        with again.read(reader) as work:
            assert [b.name for b in buildings.list_buildings(work)] == [building.name] == ["测试大厦"]
            assert read_customer(work, moved.customer_id).name == "深圳市永盛实业有限公司"
            (stay,) = tenancy.unit_history(work, unit_id(again, "101"))
            assert (stay.customer, stay.dossier_number, stay.start) == (
                "深圳市永盛实业有限公司",
                moved.dossier_number,
                dt.date(2026, 1, 5),
            )
            assert documents.read_document(work, added.id).title == "催缴函"
    finally:
        again.close()


def test_a_server_desk_has_no_file_and_keeps_its_scans_in_the_database(desk: Desk, clerk: Actor, tmp_path) -> None:
    with pytest.raises(RuntimeError, match="server database, not a file"):
        _ = desk.path
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\n%%EOF\n")
    blob = desk.store.put(scan)  # tests/postgres/test_attachments_on_server.py has the rest
    assert desk.store.hashes() == [blob.sha256]
    assert desk.store.verify(blob.sha256) is BlobState.OK


def test_creating_refuses_a_database_that_has_tables(pg_url: str) -> None:
    _execute(pg_url, "CREATE TABLE ledger (id integer)")
    with pytest.raises(DatabaseUnusable, match="already has tables") as info:
        Desk.create(pg_url)
    assert "(ledger)" in str(info.value)
    assert _scalar(pg_url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == 1  # nothing was added


@pytest.mark.parametrize(
    ("setup", "says"),
    [
        ((), "empty database"),
        (("CREATE TABLE ledger (id integer)",), "tables without a schema version"),
    ],
)
def test_opening_refuses_what_is_not_a_dossier_database(pg_url: str, setup: tuple[str, ...], says: str) -> None:
    if setup:
        _execute(pg_url, *setup)
    with pytest.raises(DatabaseUnusable, match="is not a Dossier Desk database") as info:
        Desk.open(pg_url)
    assert says in str(info.value)


def test_opening_refuses_a_database_of_a_newer_version_and_leaves_it_as_it_was(
    pg_url: str,
) -> None:
    create_server_database(pg_url).dispose()
    _execute(pg_url, "UPDATE alembic_version SET version_num = '0099'")
    with pytest.raises(DatabaseUnusable, match="made by a newer version of Dossier Desk"):
        Desk.open(pg_url)
    assert _scalar(pg_url, "SELECT version_num FROM alembic_version") == "0099"


def test_the_migrations_build_the_models_schema_on_an_empty_server(
    pg_url: str,
) -> None:
    """`alembic upgrade head` on an empty server database: every migration runs, and what they built is what
    ``create_all`` builds (Alembic's own comparison finds no difference), with the same refusing triggers."""
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from db.models import Base

    engine = create_engine(server_url(pg_url))
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            differences = [d for d in compare_metadata(context, Base.metadata) if not _search_table(d)]
            assert differences == []
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
        assert _trigger_names(engine) >= _expected_triggers()
    finally:
        engine.dispose()


def _search_table(difference: object) -> bool:
    # The search index's tables and their indexes are not models (db/search_index.py makes them, on each dialect its
    # own way: on a server with pg_trgm's GIN index).
    if not isinstance(difference, tuple):
        return False
    kind, thing = difference[0], difference[1]
    if kind == "remove_table":
        return thing.name.startswith("search_")
    return kind == "remove_index" and thing.table.name.startswith("search_")


def test_an_older_server_database_is_upgraded_when_opened(
    pg_url: str,
) -> None:
    from alembic import command

    engine = create_engine(server_url(pg_url))
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "0017")
    finally:
        engine.dispose()
    opened = open_server_database(pg_url)
    try:
        with opened.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
    finally:
        opened.dispose()


def test_a_read_only_server_desk_refuses_every_change(desk: Desk, manager: Actor, pg_url: str) -> None:
    reading = Desk.open(pg_url, read_only=True)
    try:
        reader = users.log_in(reading, "manager", PASSWORD)
        with pytest.raises(Exception, match="read-only"), reading.work(reader) as work:
            buildings.create_building(work, "只读大厦", floors_from=1, floors_to=1, units_per_floor=1)
    finally:
        reading.close()


def test_a_server_that_cannot_be_reached_or_has_no_such_database_is_said_plainly(
    postgres_server: PostgresServer,
) -> None:
    socket = postgres_server.socket_folder
    with pytest.raises(DatabaseUnusable, match="has no database") as info:
        Desk.open(f"postgresql://dossier@/no_such_dossiers?host={socket}")
    assert "createdb" in str(info.value)
    with pytest.raises(DatabaseUnusable, match="refused the user name or password"):
        Desk.open(f"postgresql://nobody_here:secret@/postgres?host={socket}")
    with pytest.raises(DatabaseUnusable, match="cannot be reached") as info:
        Desk.open(f"postgresql://dossier:secret@/dossiers?host={socket}-gone")
    assert "secret" not in str(info.value)


def test_two_desks_opening_an_older_database_at_once_upgrade_it_once(
    pg_url: str,
) -> None:
    """The first desk upgrades while holding the schema's advisory lock; the other waits and finds it current."""
    from concurrent.futures import ThreadPoolExecutor

    from alembic import command

    engine = create_engine(server_url(pg_url))
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "0016")
    finally:
        engine.dispose()
    with ThreadPoolExecutor(2) as pool:
        opened = list(pool.map(lambda _n: open_server_database(pg_url), range(2)))
    for engine in opened:
        engine.dispose()
    assert _scalar(pg_url, "SELECT version_num FROM alembic_version") == HEAD
