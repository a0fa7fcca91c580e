"""Creating, checking and upgrading a database file's schema with Alembic.

A new file is created from the models and stamped at the newest revision; an older file is
copied to a timestamped backup and upgraded; a file from a newer program is refused. Opening a
file that is already at ``HEAD`` — nearly every opening — reads one row and loads neither Alembic
nor the migration scripts.

A database on a PostgreSQL server (``create_server_database`` / ``open_server_database`` with its URL) is made and
checked the same way: the models, the refusing triggers (PL/pgSQL there), the seed, stamped at the head; an older one
is upgraded by the same migrations, a newer or foreign one refused.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from db import audit_chain, search_index
from db.engine import make_engine, make_server_engine, server_url
from db.integrity import Failure, early_quick_check, failure_of, is_sqlite_file, quick_check, read_only, summary
from db.models import Base
from db.postgres import triggers
from db.protection import install as install_protection
from db.seed import seed_requirements

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest migration's revision, written down so that opening a current file needs no Alembic (~80 ms and the
# scripts read at every start); tests/unit/db/test_migrations.py keeps it equal to the scripts' head.
HEAD = "0023"


class SchemaError(Exception):
    """The file cannot be used as a dossier database; the message says why."""

    def __init__(self, reason: str, path: Path | str, detail: str = "") -> None:
        # ``path``: the file, or a server database as ``shown_location`` shows it (never with a password).
        super().__init__(f"{reason}: {path}" + (f" ({detail})" if detail else ""))
        self.reason = reason
        self.path = path
        self.detail = detail


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def create_database(path: Path) -> Engine:
    """Create a new database file with the newest schema; refuses to touch an existing file."""
    if path.exists():
        raise SchemaError("file already exists", path)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    with engine.begin() as conn:
        _create_schema(conn)
    return engine


def _create_schema(conn: Connection) -> None:
    """The newest schema into an empty database, stamped at the head (a file and a server alike)."""
    Base.metadata.create_all(conn)
    install_protection(conn)  # triggers are not part of the models (R9, R6)
    audit_chain.install(conn)  # triggers are not tables: the models cannot create them
    search_index.install(conn)  # an index and its triggers, not models either; db/search_index.py has each dialect's
    seed_requirements(conn)
    from alembic import command  # only here and in upgrades: opening a current file needs no Alembic

    command.stamp(alembic_config(conn), "head")


def shown_location(url: str) -> str:
    """A server database as messages show it, ``user@host:port/database``: never the password, and a Unix socket's
    folder (``?host=/run/postgresql``) as the host."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    host = parsed.host or str(parsed.query.get("host", "")) or "localhost"
    port = f":{parsed.port}" if parsed.port else ""
    user = f"{parsed.username}@" if parsed.username else ""
    return f"{user}{host}{port}/{parsed.database or ''}"


def create_server_database(url: str) -> Engine:
    """Create the newest schema in an empty database on a PostgreSQL server; refuses one that has tables already.

    The database itself (``createdb``) and its role are the server administrator's: a desk never creates databases.
    """
    engine = make_server_engine(url)
    try:
        with engine.begin() as conn:
            _lock_schema(conn)  # a second desk creating at the same moment then finds the tables and is refused
            tables = _server_tables(conn)
            if tables:
                named = ", ".join(sorted(tables)[:5]) + (", …" if len(tables) > 5 else "")
                raise SchemaError("server database not empty", shown_location(url), named)
            _create_schema(conn)
    except BaseException:
        engine.dispose()
        raise
    return engine


def _server_tables(conn: Connection) -> set[str]:
    return triggers.table_names(conn)


# The advisory lock held while a desk creates or upgrades the schema on a server (fixed, as audit_chain's).
SCHEMA_LOCK_KEY = 0xD0551E4_5C4E


def _lock_schema(conn: Connection) -> None:
    """Let one desk at a time create or upgrade the schema; held until the transaction ends."""
    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK_KEY})


def open_server_database(url: str, *, read_only: bool = False) -> Engine:
    """Open a dossier database on a PostgreSQL server, upgrading it if it is older than the code.

    No copy is made before an upgrade here: a server's backup is ``pg_dump`` (a later part of issue 19), and the
    upgrade runs in one transaction, which PostgreSQL's transactional DDL rolls back whole if any step fails.
    ``read_only``: every transaction is read-only; an older database is refused rather than upgraded.
    """
    location = shown_location(server_url(url))
    engine = make_server_engine(url, read_only=read_only)
    try:
        with engine.connect() as conn:
            tables = _server_tables(conn)
            revision = None
            if "alembic_version" in tables:
                revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        if revision is None:
            detail = "tables without a schema version" if tables else "empty database"
            raise SchemaError("not a dossier database", location, detail)
        if revision == HEAD:
            return engine
        if revision not in {s.revision for s in script_directory().walk_revisions()}:
            raise SchemaError("made by a newer version of Dossier Desk", location, f"schema {revision}")
        head = head_revision()
        if revision != head:
            if read_only:
                raise SchemaError("older schema, read-only", location, f"schema {revision}")
            _upgrade_server(engine, location, head)
    except BaseException:
        engine.dispose()
        raise
    return engine


def _upgrade_server(engine: Engine, location: str, target: str) -> None:
    """Alembic's upgrade in one transaction; foreign keys stay checked (PostgreSQL's ALTERs keep them valid).

    Several desks may start the new version at once: the first one upgrades, the others wait for its lock and then
    find the schema current (Alembic reads the revision again after the lock) and do nothing.
    """
    from alembic import command

    try:
        with engine.begin() as conn:
            _lock_schema(conn)
            command.upgrade(alembic_config(conn), target)
    except DBAPIError as exc:
        raise SchemaError("upgrade failed", location, str(exc.orig)) from exc


def _peek(path: Path) -> tuple[str | None, bool, list[str]]:
    """The file's schema revision, whether it has tables, and what SQLite's quick check found.

    Read-only (db.integrity.read_only): the engine's pragmas would switch the file to WAL, and
    a file we are about to refuse (a newer version's, a damaged one) must stay exactly as it was.
    """
    try:
        with read_only(path) as opened:
            conn = opened.connection
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            # Damage is looked for at every opening (10 ms on the full demo), before anything is written:
            # saving into a damaged file spreads the damage, and the upgrade below writes. The window starts the
            # check while it loads its screens (start_quick_check); its result is taken if the file is unchanged.
            early = early_quick_check(path)
            damage = early if early is not None else quick_check(conn) if tables else []
    except sqlite3.DatabaseError as exc:
        if failure_of(exc) is Failure.DAMAGED and is_sqlite_file(path):
            raise SchemaError("damaged", path, str(exc)) from exc
        if failure_of(exc) is Failure.UNAVAILABLE:
            raise SchemaError("cannot be read", path, str(exc)) from exc
        raise SchemaError("not a dossier database", path, str(exc)) from exc
    return revision, bool(tables), damage


def open_database(path: Path, *, read_only: bool = False) -> Engine:
    """Open an existing database, upgrading it (after a backup) if it is older than the code.

    A damaged file (SQLite's quick check fails) is refused before anything is written to it.
    ``read_only`` opens it without changing a byte: never upgraded (an older file is refused), every
    write refused by SQLite itself.
    """
    if not path.is_file():
        raise SchemaError("no such database file", path)
    revision, has_tables, damage = _peek(path)
    if damage:
        raise SchemaError("damaged", path, summary(damage))
    if revision is None:
        raise SchemaError(
            "not a dossier database", path, "tables without a schema version" if has_tables else "empty file"
        )
    if revision == HEAD:  # current: no migration to look up
        return make_engine(path, read_only=read_only)
    if revision not in {s.revision for s in script_directory().walk_revisions()}:
        raise SchemaError("made by a newer version of Dossier Desk", path, f"schema {revision}")
    head = head_revision()
    if read_only:
        if revision != head:
            raise SchemaError("older schema, read-only", path, f"schema {revision}")
        return make_engine(path, read_only=True)
    engine = make_engine(path)
    if revision == head:
        return engine
    try:
        backup_file(engine, path, f"before-{head}")
        upgrade(engine, head)
    except BaseException:
        engine.dispose()
        raise
    return engine


def upgrade(engine: Engine, target: str = "head") -> None:
    """Run migrations in one transaction with foreign keys checked at the end, not per step.

    Batch migrations copy and drop tables; with foreign_keys=ON SQLite would refuse or
    cascade those drops, so enforcement is suspended and a full check runs before commit.
    """
    with engine.connect() as conn:
        # The pragma is ignored inside a transaction, so it goes straight to the driver
        # connection, which is in autocommit mode until SQLAlchemy begins one.
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                from alembic import command

                command.upgrade(alembic_config(conn), target)
                problems = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
                if problems:
                    raise SchemaError("upgrade broke references", Path(str(engine.url.database)), str(problems[:5]))
        except DBAPIError as exc:
            # A full disk or a read-only medium mid-upgrade: the transaction is rolled back, the file is as it was.
            raise SchemaError("upgrade failed", Path(str(engine.url.database)), str(exc.orig)) from exc
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def backup_file(engine: Engine, path: Path, tag: str) -> Path:
    """Copy the live database with SQLite's online backup (consistent even in WAL mode).

    The copy is made under a temporary name, one per ``tag``, and renamed to its dated name only when complete:
    a killed upgrade leaves no empty or half copy under a backup's name, and the next upgrade replaces what the
    killed one left. A copy that cannot be made (disk full, read-only folder) refuses the upgrade.
    """
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    suffix = path.suffix or ".db"
    target = path.with_name(f"{path.stem}.{tag}.{stamp}{suffix}")
    partial = path.with_name(f".{path.stem}.{tag}.partial{suffix}")
    leftovers = [partial, *(partial.with_name(partial.name + s) for s in ("-journal", "-wal", "-shm"))]
    try:
        for leftover in leftovers:
            leftover.unlink(missing_ok=True)
        raw = engine.raw_connection()
        try:
            dest = sqlite3.connect(partial)
            try:
                raw.driver_connection.backup(dest)  # type: ignore[union-attr]
            finally:
                dest.close()
        finally:
            raw.close()
        with partial.open("r+b") as copy:
            os.fsync(copy.fileno())  # the bytes are on the disk before the name says "backup"
        os.replace(partial, target)
    except (OSError, sqlite3.Error, DBAPIError) as exc:
        for leftover in leftovers:
            with suppress(OSError):
                leftover.unlink(missing_ok=True)
        problem = exc.orig if isinstance(exc, DBAPIError) else getattr(exc, "strerror", None) or exc
        detail = f"{target.name}: {problem}"
        raise SchemaError("cannot copy before upgrading", path, detail) from exc
    return target
