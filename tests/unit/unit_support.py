"""Helpers shared by the unit tests: row counts, stored files, scans made on the fly."""

from __future__ import annotations

import builtins
import errno
import hashlib
import io
import os
import sqlite3
import stat
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

import psycopg
import pytest
from PIL import Image
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen import canvas
from sqlalchemy import Connection, create_engine, func, select
from sqlalchemy import text as sql_text

from app import safety
from app.building import buildings
from app.desk import Desk
from app.errors import AppError
from app.tenancy.lifecycle import MoveOutChecklist
from db import attachment_store
from db.models import Base

# The two kinds of database a unit test runs on (tests/unit/conftest.py's ``database_kind``).
FILE = "file"
SERVER = "server"

# A move-out with every item of its checklist done (the originals' tests on a file and on a server bind with it).
MOVED_OUT = MoveOutChecklist(
    keys_returned=True,
    access_cards_returned=True,
    electricity_reading=Decimal("1"),
    water_reading=Decimal("1"),
    deposit="refunded",
    forwarding_contact="张三 13800000000",
)


def unit_id(desk: Desk, number: str) -> int:
    """The id of a unit by its number (there is only one building in these tests)."""
    with desk.read(None) as work:
        return buildings.find_units(work, [number])[0]


def same_database(desk: Desk) -> Path | str:
    """What opens ``desk``'s database again, as a second desk would: its file, or its server URL."""
    return desk.engine.url.render_as_string(hide_password=False) if desk.on_server else desk.path


def checked(desk: Desk) -> safety.CheckReport:
    """What ``check`` finds in ``desk``'s database: the file's check, or the server database's."""
    return safety.check_server_desk(desk) if desk.on_server else safety.check_file(desk.path)


def checked_database(database: Path | str) -> safety.CheckReport:
    """What ``check`` finds in a database no desk has open: a file's check, or a server database's (by its URL)."""
    return safety.check_server(database) if isinstance(database, str) else safety.check_file(database)


def row_counts(desk: Desk) -> dict[str, int]:
    """Rows in every table, read in a fresh unit of work."""
    with desk.read(None) as work:
        return {
            table.name: work.session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }


def stored_files(desk: Desk) -> list[Path]:
    """Every file in the attachment folder (temporary files included), relative to it; for scans kept in a server
    database (db/blob_store.py), where a folder would keep each blob."""
    if not isinstance(desk.store, attachment_store.FolderAttachmentStore):
        return [Path(sha[:2]) / sha for sha in desk.store.hashes()]
    root = desk.store.root
    if not root.exists():
        return []
    return sorted(p.relative_to(root) for p in root.rglob("*") if p.is_file())


# The audit lines a log-in writes (as tests/e2e/conftest.py's): logging in to do something is not that thing's change.
LOG_IN_LINES = "entity = 'user' AND action IN ('log_in', 'log_in_failed', 'locked')"


def record_hash(desk: Desk, *, without_log_ins: bool = False) -> str:
    """A hash of every row of every table of the record, read past the app (a file or a server alike);
    ``without_log_ins``: but the log-ins (their audit lines, their own table, the wrong-password count they keep)."""
    digest = hashlib.sha256()
    with desk.engine.connect() as conn:
        for table in sorted(Base.metadata.sorted_tables, key=lambda t: t.name):
            if without_log_ins and table.name == "login_event":
                continue
            columns = [c for c in table.c if not (without_log_ins and c.name in ("failed_logins", "locked_until"))]
            query = select(*columns).order_by(*table.primary_key.columns)
            if without_log_ins and table.name == "change":
                query = query.where(sql_text(f"NOT ({LOG_IN_LINES})"))
            digest.update(table.name.encode())
            for row in conn.execute(query):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def scan_kept(desk: Desk, sha256: str) -> bool:
    """Whether ``desk``'s store still keeps the scan ``sha256``: its file in the attachment folder, or its blob in
    the server database — asked of the store, as the program asks it."""
    return desk.store.presence(sha256) is attachment_store.BlobState.OK


def snapshot(desk: Desk) -> tuple[dict[str, int], list[Path]]:
    return row_counts(desk), stored_files(desk)


@contextmanager
def refused(desk: Desk, error: type[AppError], field: str | None, *mentions: str) -> Iterator[None]:
    """Expect the block to raise ``error`` about ``field``, naming ``mentions``, having written nothing."""
    before = snapshot(desk)
    with pytest.raises(error) as info:
        yield
    assert info.value.field == field
    message = str(info.value)
    for text in mentions:
        assert text in message, f"{text!r} not in {message!r}"
    assert snapshot(desk) == before


@contextmanager
def plain_sql(desk: Desk) -> Iterator[Connection]:
    """The database as someone with its own SQL tool sees it (the sqlite3 shell for a file, psql for a server):
    statements straight to it, none of the app's checks in between; committed at the end, rolled back on an error.
    A refusal by the database itself raises SQLAlchemy's ``IntegrityError`` on either."""
    with desk.engine.begin() as conn:
        yield conn


@contextmanager
def plain_connection(database: Path | str) -> Iterator[Connection]:
    """Plain SQL on a database that no desk has open (a file, or a server URL), as its SQL tool has it: committed at
    the end, rolled back on an error."""
    engine = create_engine(database if isinstance(database, str) else f"sqlite:///{database}")
    try:
        with engine.begin() as conn:
            yield conn
    finally:
        engine.dispose()


def plain_query(database: Path | str, sql: str) -> list[tuple[Any, ...]]:
    """The rows of ``sql`` (no parameters) on ``database``, read past the app."""
    with plain_connection(database) as conn:
        return [tuple(row) for row in conn.exec_driver_sql(sql)]


# What a database's own refusal (a trigger, a constraint) raises through each driver's connection.
DRIVER_INTEGRITY_ERRORS: tuple[type[Exception], ...] = (sqlite3.IntegrityError, psycopg.IntegrityError)


class Shell:
    """The driver's own connection to a desk's database, as its SQL shell has (sqlite3 or psql): statements with
    ``?`` placeholders on either database, no SQLAlchemy and no app in between."""

    def __init__(self, desk: Desk) -> None:
        self._on_server = desk.on_server
        self._connection = desk.engine.raw_connection()

    def execute(self, statement: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        cursor = self._connection.cursor()
        cursor.execute(statement.replace("?", "%s") if self._on_server else statement, tuple(params))
        return [tuple(row) for row in cursor.fetchall()] if cursor.description else []

    def commit(self) -> None:
        self._connection.commit()

    def close(self) -> None:
        self._connection.rollback()  # what was not committed (a refused statement's transaction)
        self._connection.close()


@contextmanager
def shell(desk: Desk) -> Iterator[Shell]:
    """Plain SQL on ``desk``'s database, committed at the end of the block."""
    opened = Shell(desk)
    try:
        yield opened
        opened.commit()
    finally:
        opened.close()


def is_read_only(path: Path) -> bool:
    """No write bit at all (os.access would say writable when the tests run as root)."""
    return stat.S_IMODE(path.stat().st_mode) & 0o222 == 0


def pdf_bytes(pages: int, text: str = "page") -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for n in range(pages):
        pdf.drawString(100, 700, f"{text} {n + 1}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def make_pdf(path: Path, pages: int, text: str = "page") -> Path:
    path.write_bytes(pdf_bytes(pages, text))
    return path


def make_image(path: Path, frames: int = 1, fmt: str | None = None) -> Path:
    """A PNG, JPEG or (multi-frame) TIFF, chosen by ``fmt`` or the file's suffix."""
    images = [Image.new("RGB", (32, 24), colour) for colour in ("red", "green", "blue", "white")[:frames]]
    if frames > 1:
        images[0].save(path, format=fmt, save_all=True, append_images=images[1:])
    else:
        images[0].save(path, format=fmt)
    return path


# -- a full disk, simulated where the program writes ----------------------------------------------------------------


class FullDisk:
    """A file opened for writing on a disk with ``room`` bytes left: it takes what fits, then fails as a full disk
    does (``OSError(ENOSPC)``), leaving a partial file behind, which the program must not leave in sight."""

    def __init__(self, file: BinaryIO, room: int) -> None:
        self.file = file
        self.room = room

    def write(self, data: bytes) -> int:
        if len(data) > self.room:
            self.file.write(data[: self.room])
            self.room = 0
            self.file.flush()
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.room -= len(data)
        return self.file.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.file, name)

    def __enter__(self) -> FullDisk:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.file.close()


def fill_the_disk_for_pdfs(monkeypatch: pytest.MonkeyPatch, room: int = 2000) -> None:
    """Every PDF reportlab writes from now on meets a full disk after ``room`` bytes."""

    def open_on_a_full_disk(name: str, mode: str = "r") -> FullDisk:
        return FullDisk(builtins.open(name, mode), room)

    monkeypatch.setattr(pdfdoc, "open", open_on_a_full_disk, raising=False)


def fill_the_disk_for_scans(monkeypatch: pytest.MonkeyPatch, room: int = 100, fitting: int = 0) -> None:
    """The attachment store's copies of scans meet a full disk after ``room`` bytes (the first ``fitting`` fit)."""
    copies = [0]

    class OsOnAFullDisk:
        def __getattr__(self, name: str) -> Any:
            return getattr(os, name)

        @staticmethod
        def fdopen(fd: int, mode: str = "r") -> BinaryIO | FullDisk:
            copies[0] += 1
            file = os.fdopen(fd, mode)
            return file if copies[0] <= fitting else FullDisk(file, room)

    monkeypatch.setattr(attachment_store, "os", OsOnAFullDisk())
