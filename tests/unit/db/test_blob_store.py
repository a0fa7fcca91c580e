"""Scans kept in the database (db/blob_store.py), here in a SQLite file: stored once under their SHA-256, streamed in
chunks, checked when read back, and protected by the triggers. tests/postgres/test_attachments_on_server.py runs the
same store on the test server through the app."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import stat
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError

from app.desk import Actor, Desk
from app.dossier import documents
from app.dossier.documents import DocumentInput
from app.tenancy import lifecycle as tenancy
from db import blob_store
from db.attachment_store import CHUNK, BlobState, InvalidHash
from db.blob_store import DatabaseAttachmentStore, SourceChanged, StoredScanDamaged
from db.protection import PREFIX
from db.schema import create_database
from tests.unit.unit_support import is_read_only, make_pdf


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = create_database(tmp_path / "dossiers.db")
    yield engine
    engine.dispose()


@pytest.fixture
def store(engine: Engine) -> Iterator[DatabaseAttachmentStore]:
    store = DatabaseAttachmentStore(engine, "dossiers.db")
    yield store
    store.close()


def _source(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _rows(engine: Engine, sql: str) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        return [tuple(row) for row in conn.execute(text(sql))]


def _raw(engine: Engine, *statements: str) -> None:
    """Plain SQL on the file, as someone with the sqlite3 shell would type it (no program in between)."""
    with sqlite3.connect(str(engine.url.database)) as raw:
        for statement in statements:
            raw.execute(statement)
    raw.close()


def test_a_scan_is_stored_under_its_hash_and_read_back(store: DatabaseAttachmentStore, tmp_path: Path) -> None:
    data = b"%PDF-1.4 scan" * 1000
    blob = store.put(_source(tmp_path, "a.pdf", data))
    assert blob.sha256 == hashlib.sha256(data).hexdigest()
    assert (blob.size, blob.created) == (len(data), True)
    with store.open(blob.sha256) as stream:
        assert stream.read() == data
    assert store.presence(blob.sha256) is BlobState.OK
    assert store.verify(blob.sha256) is BlobState.OK
    assert store.hashes() == [blob.sha256]
    copy = store.copy_out(blob.sha256, tmp_path / "copy.pdf")
    assert copy.read_bytes() == data


def test_the_same_scan_twice_is_stored_once(store: DatabaseAttachmentStore, engine: Engine, tmp_path: Path) -> None:
    data = os.urandom(3 * CHUNK // 2)
    first = store.put(_source(tmp_path, "a.pdf", data))
    second = store.put(_source(tmp_path, "b.pdf", data))
    assert first.sha256 == second.sha256
    assert (first.created, second.created) == (True, False)  # a rolled-back second action must not take it out
    assert _rows(engine, "SELECT count(*) FROM attachment_blob") == [(1,)]
    assert _rows(engine, "SELECT count(*) FROM attachment_chunk") == [(2,)]


def test_a_large_scan_is_written_and_read_in_chunks_never_whole_in_memory(
    store: DatabaseAttachmentStore, engine: Engine, tmp_path: Path
) -> None:
    size = 12 * CHUNK + 123  # a 12 MB scan
    source = tmp_path / "big.tif"
    with source.open("wb") as out:
        for _ in range(13):
            out.write(os.urandom(CHUNK))
        out.truncate(size)
    tracemalloc.start()
    try:
        blob = store.put(source)
        _writing, writing_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        digest = hashlib.sha256()
        with store.open(blob.sha256) as stream:
            while piece := stream.read(64 * 1024):
                digest.update(piece)
        _reading, reading_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert digest.hexdigest() == blob.sha256 and blob.size == size
    sizes = [length for (length,) in _rows(engine, "SELECT length(data) FROM attachment_chunk ORDER BY n")]
    assert sizes == [CHUNK] * 12 + [123]
    # A few chunks at most in Python's memory at once (the driver's copy of the row and ours), not the 12 MB file.
    assert writing_peak < 4 * CHUNK, writing_peak
    assert reading_peak < 4 * CHUNK, reading_peak


def test_a_viewer_gets_a_read_only_copy_that_is_gone_after_closing(
    store: DatabaseAttachmentStore, tmp_path: Path
) -> None:
    data = b"scan" * 5000
    blob = store.put(_source(tmp_path, "a.pdf", data))
    path = store.local_path(blob.sha256)
    assert path.read_bytes() == data
    assert is_read_only(path)
    assert store.local_path(blob.sha256) == path  # made once per desk
    store.close()
    assert not path.exists() and not path.parent.exists()


def test_a_changed_chunk_is_found_and_never_handed_out(
    store: DatabaseAttachmentStore, engine: Engine, tmp_path: Path
) -> None:
    data = os.urandom(2 * CHUNK + 10)
    blob = store.put(_source(tmp_path, "a.pdf", data))
    with pytest.raises(sqlite3.IntegrityError, match="never changed"):
        _raw(engine, f"UPDATE attachment_chunk SET data = x'00' WHERE sha256 = '{blob.sha256}' AND n = 1")
    assert store.verify(blob.sha256) is BlobState.OK
    # Someone with the shell drops the trigger first: the change is then found, not prevented.
    _raw(
        engine,
        "DROP TRIGGER attachment_chunk_update",
        f"UPDATE attachment_chunk SET data = randomblob(length(data)) WHERE sha256 = '{blob.sha256}' AND n = 1",
    )
    check = store.inspect(blob.sha256)
    assert check.state is BlobState.ALTERED
    assert check.actual_sha256 != blob.sha256
    with pytest.raises(StoredScanDamaged):
        store.local_path(blob.sha256)
    assert list(Path(store._copies or tmp_path / "none").glob("*")) == []  # no half or wrong copy left for a viewer
    with pytest.raises(StoredScanDamaged):
        store.copy_out(blob.sha256, tmp_path / "out.pdf")
    assert not (tmp_path / "out.pdf").exists()


def test_missing_chunks_are_altered_and_no_chunks_empty(
    store: DatabaseAttachmentStore, engine: Engine, tmp_path: Path
) -> None:
    blob = store.put(_source(tmp_path, "a.pdf", os.urandom(2 * CHUNK + 10)))
    _raw(engine, f"DELETE FROM attachment_chunk WHERE sha256 = '{blob.sha256}' AND n = 1")
    assert store.verify(blob.sha256) is BlobState.ALTERED
    _raw(engine, f"DELETE FROM attachment_chunk WHERE sha256 = '{blob.sha256}'")
    assert store.verify(blob.sha256) is BlobState.EMPTY
    assert store.verify(hashlib.sha256(b"never stored").hexdigest()) is BlobState.MISSING


def test_a_damaged_unused_blob_is_written_again_by_the_next_put(
    store: DatabaseAttachmentStore, engine: Engine, tmp_path: Path
) -> None:
    source = _source(tmp_path, "a.pdf", os.urandom(CHUNK + 10))
    blob = store.put(source)
    _raw(engine, f"DELETE FROM attachment_chunk WHERE sha256 = '{blob.sha256}' AND n = 1")
    again = store.put(source)
    assert again.created and store.verify(blob.sha256) is BlobState.OK


def test_discard_takes_out_what_put_added(store: DatabaseAttachmentStore, engine: Engine, tmp_path: Path) -> None:
    blob = store.put(_source(tmp_path, "a.pdf", os.urandom(CHUNK + 1)))
    store.discard(blob.sha256)
    assert store.presence(blob.sha256) is BlobState.MISSING
    assert _rows(engine, "SELECT count(*) FROM attachment_chunk") == [(0,)]
    store.discard(blob.sha256)  # nothing there any more: nothing to do


def test_a_file_changed_while_it_was_stored_is_refused_and_nothing_kept(
    store: DatabaseAttachmentStore, engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _source(tmp_path, "a.pdf", b"what the scanner wrote")
    # The hash taken by the first reading is of bytes the file no longer holds at the second.
    monkeypatch.setattr(blob_store, "_hash_of", lambda _path: (hashlib.sha256(b"before").hexdigest(), 22))
    with pytest.raises(SourceChanged) as info:
        store.put(source)
    assert info.value.filename == str(source)
    assert _rows(engine, "SELECT count(*) FROM attachment_blob") == [(0,)]
    assert _rows(engine, "SELECT count(*) FROM attachment_chunk") == [(0,)]


@pytest.mark.parametrize("bad", ["../../etc/hostname", "AB" * 32, ""])
def test_a_malformed_hash_is_refused(store: DatabaseAttachmentStore, bad: str) -> None:
    for use in (store.presence, store.inspect, store.open, store.local_path, store.discard):
        with pytest.raises(InvalidHash):
            use(bad)


# tests/postgres/test_attachments_on_server.py runs the store on a server.
@pytest.mark.file_only("the store in a SQLite file, changed through the sqlite3 shell")
def test_a_blob_a_document_uses_is_never_changed_or_removed(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn, tmp_path: Path
) -> None:
    scan = make_pdf(tmp_path / "租赁合同.pdf", 2)
    store = DatabaseAttachmentStore(desk.engine, desk.location)
    blob = store.put(scan)
    unused = store.put(make_pdf(tmp_path / "other.pdf", 3))
    with desk.work(clerk) as work:  # the file desk files it (its folder); the row names the same hash
        data = DocumentInput("correspondence", dt.date(2026, 2, 1), "租赁合同")
        documents.add_document(work, tenant.dossier_id, data, attachments=[scan])
    for statement in (
        f"UPDATE attachment_blob SET size = 1 WHERE sha256 = '{blob.sha256}'",
        f"DELETE FROM attachment_chunk WHERE sha256 = '{blob.sha256}'",
        f"DELETE FROM attachment_blob WHERE sha256 = '{blob.sha256}'",
    ):
        with pytest.raises(sqlite3.IntegrityError, match=PREFIX):
            _raw(desk.engine, statement)
    assert store.remove(blob.sha256) is False  # refused by the trigger, and that is the answer
    assert store.verify(blob.sha256) is BlobState.OK
    assert store.remove(unused.sha256) is True  # no document uses it
    assert store.hashes() == [blob.sha256]
    store.close()


def test_the_blob_triggers_refuse_through_sqlalchemy_too(store: DatabaseAttachmentStore, tmp_path: Path) -> None:
    blob = store.put(_source(tmp_path, "a.pdf", b"x" * 10))
    with pytest.raises(IntegrityError, match="never changed"), store.engine.begin() as conn:
        conn.execute(text("UPDATE attachment_blob SET stored_at = :at"), {"at": dt.datetime(2020, 1, 1)})
    assert stat.S_ISREG(os.stat(store.local_path(blob.sha256)).st_mode)
