"""The content-addressed attachment folder: stored once, read-only, verified by SHA-256."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path

import pytest

from db.attachment_store import BlobState, FolderAttachmentStore, attachments_folder_for
from tests.unit.unit_support import is_read_only


@pytest.fixture
def store(tmp_path: Path) -> FolderAttachmentStore:
    return FolderAttachmentStore(tmp_path / "store")


def _files(store: FolderAttachmentStore) -> list[Path]:
    return sorted(p.relative_to(store.root) for p in store.root.rglob("*") if p.is_file())


def _source(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_folder_sits_beside_the_database(tmp_path: Path) -> None:
    assert attachments_folder_for(tmp_path / "dossiers.db") == tmp_path / "dossiers.db-attachments"


def test_put_stores_under_the_sha256(store: FolderAttachmentStore, tmp_path: Path) -> None:
    data = b"%PDF-1.4 scan" * 1000
    blob = store.put(_source(tmp_path, "a.pdf", data))
    assert blob.sha256 == hashlib.sha256(data).hexdigest()
    assert blob.size == len(data)
    assert _files(store) == [Path(blob.sha256[:2]) / blob.sha256]
    with store.open(blob.sha256) as f:
        assert f.read() == data
    assert store.verify(blob.sha256) is BlobState.OK


def test_same_content_is_stored_once(store: FolderAttachmentStore, tmp_path: Path) -> None:
    first = store.put(_source(tmp_path, "a.pdf", b"same bytes"))
    second = store.put(_source(tmp_path, "copy of a.pdf", b"same bytes"))
    assert (first.sha256, first.size) == (second.sha256, second.size)
    assert len(_files(store)) == 1


def test_stored_files_are_read_only(store: FolderAttachmentStore, tmp_path: Path) -> None:
    blob = store.put(_source(tmp_path, "a.png", b"\x89PNG bytes"))
    assert is_read_only(store.local_path(blob.sha256))


def test_no_temporary_file_is_left_behind(store: FolderAttachmentStore, tmp_path: Path) -> None:
    store.put(_source(tmp_path, "a", b"one"))
    store.put(_source(tmp_path, "b", b"one"))
    assert not [p for p in store.root.rglob(".incoming-*")]


def test_missing_source_leaves_nothing(store: FolderAttachmentStore, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        store.put(tmp_path / "gone.pdf")
    assert _files(store) == []


def test_verify_tells_missing_and_altered(store: FolderAttachmentStore, tmp_path: Path) -> None:
    kept = store.put(_source(tmp_path, "a", b"kept"))
    altered = store.put(_source(tmp_path, "b", b"altered"))
    gone = store.put(_source(tmp_path, "c", b"gone"))
    path = store.local_path(altered.sha256)
    path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    path.write_bytes(b"Altered")
    store.local_path(gone.sha256).unlink()
    assert store.verify(kept.sha256) is BlobState.OK
    assert store.verify(altered.sha256) is BlobState.ALTERED
    assert store.verify(gone.sha256) is BlobState.MISSING


def test_putting_the_original_again_repairs_an_altered_file(store: FolderAttachmentStore, tmp_path: Path) -> None:
    source = _source(tmp_path, "a", b"evidence")
    blob = store.put(source)
    path = store.local_path(blob.sha256)
    path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    path.write_bytes(b"tampered")
    assert store.put(source).sha256 == blob.sha256
    assert store.verify(blob.sha256) is BlobState.OK
    assert is_read_only(path)


def test_copy_out(store: FolderAttachmentStore, tmp_path: Path) -> None:
    blob = store.put(_source(tmp_path, "a", b"to print"))
    target = store.copy_out(blob.sha256, tmp_path / "out.pdf")
    assert target.read_bytes() == b"to print"
