"""The floor's own reading: bare SQL on a plain connection to the same database, no ORM and no rules — ``sqlite3``
on a file (read-only), psycopg on a server (autocommit: each statement its own transaction, as ``sqlite3`` runs a
SELECT).

The window's floor (bare Qt in ``ui.bench``) takes its rows from here, so the SQL stays below the widgets. The floors'
SQL is written once, in SQLite's parameter style (``?`` and ``:name``); on a server ``run`` turns it into psycopg's.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy.dialects.postgresql import psycopg as postgresql_psycopg
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlalchemy.engine import Dialect

Parameters = tuple[object, ...] | list[object] | dict[str, object]


class BareFile:
    postgres = False
    dialect: Dialect = sqlite_dialect()

    def __init__(self, path: Path) -> None:
        self.connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    def close(self) -> None:
        self.connection.close()

    def run(self, sql: str, params: Parameters = ()) -> list[tuple[object, ...]]:
        """``sql`` in SQLite's parameter style, its rows."""
        return self.connection.execute(sql, params).fetchall()

    def run_compiled(self, sql: str, params: Parameters) -> list[tuple[object, ...]]:
        """A statement compiled for this database by SQLAlchemy (``dialect``), its rows."""
        return self.connection.execute(sql, params).fetchall()

    def rows(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        return self.run(sql, params)

    def floor_cards(self, floor_id: int) -> list[tuple[object, ...]]:
        """A floor's units with their current tenant: what the floor grid's cards show."""
        return self.rows(
            "SELECT u.number, coalesce(c.name, '') FROM unit u "
            "LEFT JOIN tenancy_unit tu ON tu.unit_id = u.id AND tu.end_date IS NULL "
            "LEFT JOIN tenancy t ON t.id = tu.tenancy_id LEFT JOIN customer c ON c.id = t.customer_id "
            "WHERE u.floor_id = ? ORDER BY u.number",
            (floor_id,),
        )

    def dossier_documents(self, dossier_id: int) -> list[tuple[object, ...]]:
        """A dossier's documents newest first, with the columns its document list shows."""
        return self.rows(
            "SELECT doc_date, category, title, reference_no, issuer, pages FROM document "
            "WHERE dossier_id = ? AND trashed_at IS NULL ORDER BY doc_date DESC, id DESC",
            (dossier_id,),
        )


class BareServer(BareFile):
    """The same floors on a server database: a plain psycopg connection (``conninfo`` from app.bench.server)."""

    postgres = True
    dialect: Dialect = postgresql_psycopg.dialect()

    def __init__(self, url: str) -> None:
        import psycopg  # only on a server: the file's benchmark never loads the driver

        self.server: Any = psycopg.connect(conninfo(url), autocommit=True)

    def close(self) -> None:
        self.server.close()

    def run(self, sql: str, params: Parameters = ()) -> list[tuple[object, ...]]:
        rows: list[tuple[object, ...]] = self.server.execute(psycopg_style(sql), params or None).fetchall()
        return rows

    def run_compiled(self, sql: str, params: Parameters) -> list[tuple[object, ...]]:
        rows: list[tuple[object, ...]] = self.server.execute(sql, params or None).fetchall()
        return rows


def conninfo(url: str) -> str:
    """psycopg's connection string for a SQLAlchemy URL (a Unix socket's folder in ``?host=`` included)."""
    from psycopg.conninfo import make_conninfo
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    params: dict[str, object] = {
        "host": parsed.host or parsed.query.get("host"),
        "port": parsed.port,
        "user": parsed.username,
        "password": parsed.password,
        "dbname": parsed.database,
    }
    params.update({k: v for k, v in parsed.query.items() if k not in params and isinstance(v, str)})
    return make_conninfo(**{k: str(v) for k, v in params.items() if v is not None})


# ``:name`` not preceded by another colon (``::date`` is a cast), and ``?``.
_NAMED = re.compile(r"(?<!:):([A-Za-z_]\w*)")


def psycopg_style(sql: str) -> str:
    """SQLite's ``?`` and ``:name`` parameters as psycopg's ``%s`` and ``%(name)s`` (a literal ``%`` doubled)."""
    return _NAMED.sub(r"%(\1)s", sql.replace("%", "%%").replace("?", "%s"))
