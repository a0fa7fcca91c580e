"""Scans kept in the database itself: where a desk on a PostgreSQL server keeps its attachments (issue 19).

The same content addressing as the folder beside a file (db/attachment_store.py), behind the same interface: each scan
is one ``attachment_blob`` row under its SHA-256, its bytes ``attachment_chunk`` rows of ``CHUNK`` bytes, so a 50 MB
scan is written and read a chunk at a time, never whole in memory. A stored blob never changes and is not removed while
a document uses it (the triggers of db/protection.py, PL/pgSQL on the server).

``put`` writes in a short transaction of its own, as the folder store writes its file outside the action's
transaction: the action's unit of work only adds the attachment row naming the hash, and a rolled-back action has
its new blobs taken out again (``discard``, what ``Desk.work`` does with ``Work.new_blobs``). A viewer needs a file:
``local_path`` writes a read-only copy into a folder of this desk's own, checked against the hash, removed at
``close``.

Which store a server desk uses is a setting in the database (every desk must agree): ``attachments.store`` is
``database`` (the default) or ``folder``, with ``attachments.folder`` a shared folder all desks reach
(``store_for_server``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import Connection, Engine, Select, delete, func, insert, select
from sqlalchemy.exc import IntegrityError

from db.attachment_store import (
    CHUNK,
    INCOMING_PREFIX,
    AttachmentStore,
    BlobCheck,
    BlobState,
    FolderAttachmentStore,
    InvalidHash,
    StoredBlob,
    valid_hash,
)
from db.engine import DEFERRED
from db.models import AttachmentBlob, AttachmentChunk, Setting

# The shared settings (the ``setting`` table) that say where a server desk's scans are.
STORE_SETTING = "attachments.store"
FOLDER_SETTING = "attachments.folder"
IN_DATABASE = "database"
IN_FOLDER = "folder"
PLACES = (IN_DATABASE, IN_FOLDER)

# The stream's own buffer: a chunk fetched is already in memory, so a second chunk-sized copy would only add to it.
READ_BUFFER = 64 * 1024
_READ_ONLY = stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH


class SourceChanged(OSError):
    """The file being stored changed between hashing it and writing it: nothing was stored."""


class StoredScanDamaged(ValueError):
    """The bytes stored under a hash are not what the hash says (found while copying them out): no copy is left."""

    def __init__(self, sha256: str, state: BlobState) -> None:
        super().__init__(f"the stored scan {sha256} is {state.value}")
        self.sha256 = sha256
        self.state = state


class DatabaseAttachmentStore:
    """Scans as blobs in the database that ``engine`` opens; ``place`` names it in messages (never a password)."""

    def __init__(self, engine: Engine, place: str, clock: Any = dt.datetime.now) -> None:
        self.engine = engine
        # Reading needs no write lock (SQLite) and sees one snapshot for a whole blob (a server's REPEATABLE READ).
        self._reader = engine.execution_options(**DEFERRED)
        self._place = place
        self._clock = clock
        self._copies: Path | None = None  # this desk's folder of viewing copies, made at the first one

    @property
    def place(self) -> str:
        return self._place

    # --- writing -----------------------------------------------------------------------------------------------

    def put(self, source: Path) -> StoredBlob:
        """Store ``source`` under its hash; an identical blob already stored is kept and nothing is written.

        The file is read twice, a chunk at a time: once for its hash (the key every chunk row needs first), then
        to write it, hashed again so a file that changed meanwhile is refused (``SourceChanged``), not stored under
        a hash it does not have.
        """
        sha, size = _hash_of(source)
        state = self.verify(sha)
        if state is BlobState.OK:
            return StoredBlob(sha, size, created=False)
        try:
            with self.engine.begin() as conn:
                if state is not BlobState.MISSING:
                    # Damaged and unused (a trigger refuses while a document uses it): written again, whole.
                    _remove(conn, sha)
                conn.execute(insert(AttachmentBlob).values(sha256=sha, size=size, stored_at=self._now()))
                written, digest = 0, hashlib.sha256()
                with source.open("rb") as src:
                    for n, chunk in enumerate(iter(lambda: src.read(CHUNK), b"")):
                        digest.update(chunk)
                        written += len(chunk)
                        conn.execute(insert(AttachmentChunk).values(sha256=sha, n=n, data=chunk))
                if digest.hexdigest() != sha or written != size:
                    raise SourceChanged(0, "the file changed while it was being stored", str(source))
        except IntegrityError:
            # Another desk stored the same scan at the same moment: theirs is kept.
            if self.verify(sha) is BlobState.OK:
                return StoredBlob(sha, size, created=False)
            raise
        return StoredBlob(sha, size, created=True)

    def discard(self, sha256: str) -> None:
        """Take out a blob an action stored and then rolled back; one a document uses (another desk attached the
        same scan meanwhile) is refused by the triggers and stays."""
        self.remove(sha256)

    def remove(self, sha256: str) -> bool:
        """Remove a blob no surviving document uses (a rolled-back action's, or after an approved destruction);
        True if it was removed. One a document still uses stays: the triggers refuse, and that refusal is the
        answer here, not an error."""
        if not valid_hash(sha256):
            raise InvalidHash(sha256)
        try:
            with self.engine.begin() as conn:
                removed = _remove(conn, sha256)
        except IntegrityError:
            return False
        if removed and self._copies is not None:
            _unlink(self._copies / sha256)  # a destroyed scan leaves no viewing copy behind either
        return removed

    # --- reading -----------------------------------------------------------------------------------------------

    def hashes(self) -> list[str]:
        """Every stored blob's hash, sorted (for ``check`` and for copying the scans to another database)."""
        with self._reader.connect() as conn:
            return list(conn.scalars(select(AttachmentBlob.sha256).order_by(AttachmentBlob.sha256)))

    def presence(self, sha256: str) -> BlobState:
        """OK or MISSING from the blob's row alone, without reading its bytes: cheap enough for every preview."""
        if not valid_hash(sha256):
            raise InvalidHash(sha256)
        with self._reader.connect() as conn:
            found = conn.scalar(select(AttachmentBlob.sha256).where(AttachmentBlob.sha256 == sha256))
        return BlobState.OK if found is not None else BlobState.MISSING

    def open(self, sha256: str) -> BinaryIO:
        """A stream over the blob's chunks (one chunk in memory at a time); close it to free its connection."""
        if not valid_hash(sha256):
            raise InvalidHash(sha256)
        conn = self._reader.connect()
        try:
            if conn.scalar(select(AttachmentBlob.sha256).where(AttachmentBlob.sha256 == sha256)) is None:
                raise FileNotFoundError(2, f"no scan {sha256} in {self.place}")
        except BaseException:
            conn.close()
            raise
        return io.BufferedReader(_ChunkStream(conn, sha256), READ_BUFFER)  # type: ignore[return-value]

    def inspect(self, sha256: str) -> BlobCheck:
        """Hash the stored chunks again: OK, MISSING (no blob), EMPTY (no bytes) or ALTERED (anything else)."""
        if not valid_hash(sha256):
            raise InvalidHash(sha256)
        where = Path(sha256)  # a blob has no path: its hash names it (``place`` says where)
        with self._reader.connect() as conn:
            size = conn.scalar(select(AttachmentBlob.size).where(AttachmentBlob.sha256 == sha256))
            if size is None:
                return BlobCheck(BlobState.MISSING, where, detail=self.place)
            digest, total, gap = hashlib.sha256(), 0, False
            for expected, (n, data) in enumerate(_chunks(conn, sha256)):
                gap = gap or n != expected
                digest.update(data)
                total += len(data)
        actual = digest.hexdigest()
        if actual == sha256 and total == size and not gap:
            return BlobCheck(BlobState.OK, where, actual, detail=self.place)
        state = BlobState.EMPTY if total == 0 else BlobState.ALTERED
        return BlobCheck(state, where, actual, detail=f"{self.place}: {total} bytes stored, {size} recorded")

    def verify(self, sha256: str) -> BlobState:
        return self.inspect(sha256).state

    def copy_out(self, sha256: str, target: Path) -> Path:
        """Write the blob to ``target``, checked against its hash; a damaged blob leaves no file."""
        try:
            with target.open("wb") as out:
                _copy_checked(self, sha256, out)
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        return target

    def local_path(self, sha256: str) -> Path:
        """A read-only copy of the blob for a viewer, in this desk's own folder (removed at ``close``).

        Made once per desk and checked against the hash while it is written; a damaged blob raises
        ``StoredScanDamaged`` and leaves no copy, a missing one ``FileNotFoundError``.
        """
        if not valid_hash(sha256):
            raise InvalidHash(sha256)
        folder = self._copies_folder()
        final = folder / sha256
        if final.is_file():
            return final
        fd, name = tempfile.mkstemp(prefix=INCOMING_PREFIX, dir=folder)
        partial = Path(name)
        try:
            with os.fdopen(fd, "wb") as out:
                _copy_checked(self, sha256, out)
            partial.chmod(_READ_ONLY)  # a viewer must not save over what the record holds
            if final.is_file():
                _unlink(partial)  # made meanwhile by another thread: Windows refuses to replace a read-only file
            else:
                os.replace(partial, final)
        except BaseException:
            _unlink(partial)
            raise
        return final

    def make_read_only(self, sha256: str) -> bool:
        """Nothing to do: a blob has no file mode; the triggers keep it from being changed."""
        return False

    def close(self) -> None:
        """Remove this desk's viewing copies (read-only files: Windows refuses to delete them as they are)."""
        if self._copies is not None and self._copies.is_dir():
            try:
                if sys.version_info >= (3, 12):
                    shutil.rmtree(self._copies, onexc=_writable_then_retry)
                else:  # Python 3.11 names the handler differently
                    shutil.rmtree(self._copies, onerror=_writable_then_retry)
            except OSError:
                pass  # a viewer still has a copy open (Windows): left to the system's temporary folder, not an error
        self._copies = None

    def _copies_folder(self) -> Path:
        if self._copies is None or not self._copies.is_dir():
            self._copies = Path(tempfile.mkdtemp(prefix="dossier-scans-"))
        return self._copies

    def _now(self) -> dt.datetime:
        return self._clock().replace(microsecond=0)  # type: ignore[no-any-return]


class _ChunkStream(io.RawIOBase):
    """The chunks of one blob in order, fetched one at a time over ``conn`` (closed with the stream)."""

    def __init__(self, conn: Connection, sha256: str) -> None:
        self._conn = conn
        self._fetch = _chunk_fetcher(conn)
        self._sha256 = sha256
        self._next = 0
        self._pending = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._pending:
            data = self._fetch(self._sha256, self._next)
            if data is None:
                return 0
            self._pending = memoryview(data)
            self._next += 1
        count = min(len(buffer), len(self._pending))
        buffer[:count] = self._pending[:count]
        self._pending = self._pending[count:]
        return count

    def close(self) -> None:
        if not self.closed:
            self._conn.close()
        super().close()


def _chunks(conn: Connection, sha256: str) -> Iterator[tuple[int, bytes]]:
    """Each chunk (its number and bytes) in order, one row in memory at a time."""
    numbers = list(
        conn.scalars(select(AttachmentChunk.n).where(AttachmentChunk.sha256 == sha256).order_by(AttachmentChunk.n))
    )
    fetch = _chunk_fetcher(conn)
    for n in numbers:
        yield n, fetch(sha256, n) or b""


def _chunk_fetcher(conn: Connection) -> Callable[[str, int], bytes | None]:
    """One chunk's bytes by its number, in ``conn``'s transaction (None past the last).

    On PostgreSQL in psycopg's binary format: its default text format sends a bytea as hex and decodes it, four times
    slower for a scan (measured on the test server: 20 MB read in 380 ms as text, 100 ms binary).
    """
    if conn.dialect.name == "postgresql":
        driver = conn.connection.dbapi_connection

        def fetch_binary(sha256: str, n: int) -> bytes | None:
            with driver.cursor(binary=True) as cursor:  # type: ignore[union-attr]
                cursor.execute("SELECT data FROM attachment_chunk WHERE sha256 = %s AND n = %s", (sha256, n))
                row = cursor.fetchone()
            return None if row is None else bytes(row[0])

        return fetch_binary

    def fetch(sha256: str, n: int) -> bytes | None:
        data = conn.scalar(_chunk_data(sha256, n))
        return None if data is None else bytes(data)

    return fetch


def _chunk_data(sha256: str, n: int) -> Select[tuple[bytes]]:
    return select(AttachmentChunk.data).where(AttachmentChunk.sha256 == sha256, AttachmentChunk.n == n)


def _copy_checked(store: DatabaseAttachmentStore, sha256: str, out: BinaryIO) -> None:
    digest = hashlib.sha256()
    with store.open(sha256) as src:
        while chunk := src.read(CHUNK):
            digest.update(chunk)
            out.write(chunk)
    if digest.hexdigest() != sha256:
        raise StoredScanDamaged(sha256, store.verify(sha256))


def _remove(conn: Connection, sha256: str) -> bool:
    conn.execute(delete(AttachmentChunk).where(AttachmentChunk.sha256 == sha256))
    return bool(conn.execute(delete(AttachmentBlob).where(AttachmentBlob.sha256 == sha256)).rowcount)


def _hash_of(source: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with source.open("rb") as src:
        while chunk := src.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _unlink(path: Path) -> None:
    if os.path.lexists(path):
        path.chmod(stat.S_IWUSR | stat.S_IRUSR)
        path.unlink()


def _writable_then_retry(function: Any, path: str, _exc: object) -> None:
    os.chmod(path, stat.S_IWUSR | stat.S_IRUSR | stat.S_IXUSR)
    function(path)


# --- which store a server desk uses -------------------------------------------------------------------------------


def chosen_place(conn: Connection) -> tuple[str, str]:
    """The shared settings as stored: (``database`` or ``folder``, the folder's path or "")."""
    query = select(Setting.key, Setting.value).where(Setting.key.in_((STORE_SETTING, FOLDER_SETTING)))
    rows: dict[str, str] = {key: value for key, value in conn.execute(query)}
    kind = rows.get(STORE_SETTING) or IN_DATABASE
    folder = rows.get(FOLDER_SETTING) or ""
    if kind not in PLACES or (kind == IN_FOLDER and not folder):
        kind = IN_DATABASE  # a hand-edited row must not lose scans into nowhere: the default
    return kind, folder if kind == IN_FOLDER else ""


def store_for_server(engine: Engine, place: str, choice: tuple[str, str]) -> AttachmentStore:
    """The store a server desk uses for ``choice`` (``chosen_place``): the database itself, or the shared folder."""
    kind, folder = choice
    if kind == IN_FOLDER:
        return FolderAttachmentStore(Path(folder))
    return DatabaseAttachmentStore(engine, place)


def count_in_database(conn: Connection) -> int:
    """How many scans the database itself holds (a change of place is refused while there are any)."""
    return int(conn.scalar(select(func.count()).select_from(AttachmentBlob)) or 0)
