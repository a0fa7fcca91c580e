"""The test PostgreSQL server itself: it starts, each test gets an empty database of its own, UTF-8 holds Chinese."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from tests.postgres_server import PostgresServer


def test_each_test_gets_an_empty_utf8_database_of_its_own(pg_url: str, postgres_server: PostgresServer) -> None:
    engine = create_engine(pg_url)
    try:
        with engine.begin() as connection:
            tables = connection.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).scalar()
            assert tables == 0
            assert connection.execute(text("SHOW server_encoding")).scalar() == "UTF8"
            connection.execute(text("CREATE TABLE customer (name text)"))
            connection.execute(text("INSERT INTO customer VALUES ('深圳市永盛实业有限公司')"))
            assert connection.execute(text("SELECT name FROM customer")).scalar() == "深圳市永盛实业有限公司"
    finally:
        engine.dispose()
    # Only through its socket: the server listens on no TCP port.
    assert "host=" in pg_url and str(postgres_server.socket_folder) in pg_url
    assert postgres_server.create_database() != pg_url
