"""The content-addressed attachment folder: stored once, read-only, verified by SHA-256."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
from pathlib import Path

import pytest

from db.attachment_store import (
    BlobState,
    EntryKind,
    FolderAttachmentStore,
    InvalidHash,
    attachments_folder_for,
    valid_hash,
)
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


# -- a stored hash becomes a path only when it is a SHA-256 ------------------------------------------------

BAD_HASHES = [
    "../../etc/hostname",
    "../" + "a" * 61,
    "A" * 64,  # upper case: never written by the store, so not one of its names
    "a" * 63,
    "a" * 65,
    "g" * 64,
    "",
    "ab/" + "c" * 61,
    "..\\..\\" + "a" * 58,
]


@pytest.mark.parametrize("bad", BAD_HASHES)
def test_a_malformed_hash_never_becomes_a_path(store: FolderAttachmentStore, tmp_path: Path, bad: str) -> None:
    for use in (
        store.local_path,
        store.open,
        store.verify,
        store.inspect,
        store.presence,
        store.discard,
        store.make_read_only,
        lambda sha: store.copy_out(sha, tmp_path / "out"),
    ):
        with pytest.raises(InvalidHash) as info:
            use(bad)
        assert info.value.sha256 == bad
    assert not (tmp_path / "out").exists()


def test_valid_hash_is_64_lowercase_hex() -> None:
    assert valid_hash(hashlib.sha256(b"x").hexdigest())
    assert not any(valid_hash(bad) for bad in BAD_HASHES)
    assert not valid_hash(None)


# -- inspecting what is stored, never through a link -------------------------------------------------------


def _writable(path: Path) -> None:
    path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_inspect_tells_ok_empty_and_altered_with_what_the_file_holds(
    store: FolderAttachmentStore, tmp_path: Path
) -> None:
    ok = store.put(_source(tmp_path, "a", b"kept"))
    emptied = store.put(_source(tmp_path, "b", b"to be emptied"))
    other = store.put(_source(tmp_path, "c", b"other"))
    path = store.local_path(emptied.sha256)
    _writable(path)
    path.write_bytes(b"")

    kept = store.inspect(ok.sha256)
    assert (kept.state, kept.actual_sha256, kept.writable) == (BlobState.OK, ok.sha256, False)
    assert store.inspect(emptied.sha256).state is BlobState.EMPTY
    swapped = store.local_path(other.sha256)
    _writable(swapped)
    swapped.write_bytes(b"kept")
    result = store.inspect(other.sha256)
    assert (result.state, result.actual_sha256) == (BlobState.ALTERED, ok.sha256)
    assert result.writable


def test_an_empty_scan_stored_as_such_is_ok(store: FolderAttachmentStore, tmp_path: Path) -> None:
    blob = store.put(_source(tmp_path, "empty", b""))
    assert store.inspect(blob.sha256).state is BlobState.OK


def test_a_file_replaced_by_a_link_to_an_identical_copy_is_linked_not_ok(
    store: FolderAttachmentStore, tmp_path: Path
) -> None:
    blob = store.put(_source(tmp_path, "a", b"evidence"))
    path = store.local_path(blob.sha256)
    outside = _source(tmp_path, "outside-copy", b"evidence")
    path.unlink()
    path.symlink_to(outside)
    result = store.inspect(blob.sha256)
    assert (result.state, result.path, result.detail) == (BlobState.LINKED, path, str(outside))
    assert result.actual_sha256 is None  # not read through the link
    assert store.presence(blob.sha256) is BlobState.LINKED
    assert store.verify(blob.sha256) is BlobState.LINKED


def test_a_subfolder_replaced_by_a_link_is_linked(store: FolderAttachmentStore, tmp_path: Path) -> None:
    blob = store.put(_source(tmp_path, "a", b"evidence"))
    subfolder = store.local_path(blob.sha256).parent
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(subfolder, elsewhere)
    shutil.rmtree(subfolder)
    subfolder.symlink_to(elsewhere, target_is_directory=True)
    result = store.inspect(blob.sha256)
    assert (result.state, result.path) == (BlobState.LINKED, subfolder)
    assert store.presence(blob.sha256) is BlobState.LINKED


def test_missing_and_not_a_file(store: FolderAttachmentStore, tmp_path: Path) -> None:
    blob = store.put(_source(tmp_path, "a", b"evidence"))
    path = store.local_path(blob.sha256)
    path.unlink()
    assert store.inspect(blob.sha256).state is BlobState.MISSING
    assert store.presence(blob.sha256) is BlobState.MISSING
    path.mkdir()
    assert store.inspect(blob.sha256).state is BlobState.MISSING


def test_a_file_the_system_refuses_to_read_is_unreadable(
    store: FolderAttachmentStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blob = store.put(_source(tmp_path, "a", b"evidence"))

    def refuse(*_args: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", refuse)  # the tests run as root, who may read anything
    result = store.inspect(blob.sha256)
    assert (result.state, result.detail) == (BlobState.UNREADABLE, "Permission denied")


def test_put_replaces_a_link_without_touching_what_it_points_to(store: FolderAttachmentStore, tmp_path: Path) -> None:
    blob = store.put(_source(tmp_path, "a", b"evidence"))
    path = store.local_path(blob.sha256)
    outside = _source(tmp_path, "outside", b"evidence")
    outside.chmod(0o444)
    path.unlink()
    path.symlink_to(outside)
    again = store.put(_source(tmp_path, "b", b"evidence"))
    assert not again.created  # a rolled-back action must not take the file out
    assert not path.is_symlink() and store.verify(blob.sha256) is BlobState.OK
    assert stat.S_IMODE(outside.stat().st_mode) == 0o444


# -- what does not belong in the folder ----------------------------------------------------------------------


def test_survey_names_everything_that_is_not_a_referenced_scan_in_its_place(
    store: FolderAttachmentStore, tmp_path: Path
) -> None:
    kept = store.put(_source(tmp_path, "a", b"kept"))
    stray = store.put(_source(tmp_path, "b", b"no row refers to me"))
    root = store.root
    (root / ".incoming-x1y2").write_bytes(b"half a scan")
    (root / "Thumbs.db").write_bytes(b"windows")
    (root / "notes").mkdir()
    (root / kept.sha256[:2] / "copy of scan.pdf").write_bytes(b"kept")
    wrong = "f" * 64 if kept.sha256[:2] != "ff" else "e" * 64
    (root / kept.sha256[:2] / wrong).write_bytes(b"misplaced")
    (root / kept.sha256[:2] / "nested").mkdir()
    (root / "zz").mkdir()
    linked = root / "00" if kept.sha256[:2] != "00" else root / "01"
    (tmp_path / "outside").mkdir()
    linked.symlink_to(tmp_path / "outside", target_is_directory=True)

    found = {(e.kind, e.path.relative_to(root).as_posix()) for e in store.survey({kept.sha256})}

    sub = kept.sha256[:2]
    assert found == {
        (EntryKind.INCOMING, ".incoming-x1y2"),
        (EntryKind.UNKNOWN, "Thumbs.db"),
        (EntryKind.UNKNOWN, "notes"),
        (EntryKind.UNKNOWN, f"{sub}/copy of scan.pdf"),
        (EntryKind.WRONG_FOLDER, f"{sub}/{wrong}"),
        (EntryKind.UNKNOWN, f"{sub}/nested"),
        (EntryKind.UNKNOWN, "zz"),
        (EntryKind.LINKED_FOLDER, linked.name),
        (EntryKind.UNREFERENCED, f"{stray.sha256[:2]}/{stray.sha256}"),
    }
    (link_entry,) = [e for e in store.survey({kept.sha256}) if e.kind is EntryKind.LINKED_FOLDER]
    assert link_entry.detail == str(tmp_path / "outside")
    # without a trustworthy list of scans, no file is called unreferenced
    assert EntryKind.UNREFERENCED not in {e.kind for e in store.survey(None)}


def test_survey_of_a_clean_or_missing_folder_is_empty(store: FolderAttachmentStore, tmp_path: Path) -> None:
    assert store.survey(set()) == []
    blob = store.put(_source(tmp_path, "a", b"kept"))
    assert store.survey({blob.sha256}) == []


def test_a_linked_attachment_folder_is_named_and_still_surveyed(tmp_path: Path) -> None:
    real = FolderAttachmentStore(tmp_path / "real")
    blob = real.put(_source(tmp_path, "a", b"kept"))
    (tmp_path / "real" / "stray.txt").write_bytes(b"x")
    linked = FolderAttachmentStore(tmp_path / "linked")
    linked.root.symlink_to(real.root, target_is_directory=True)
    found = {(e.kind, e.path.name) for e in linked.survey({blob.sha256})}
    assert found == {(EntryKind.LINKED_FOLDER, "linked"), (EntryKind.UNKNOWN, "stray.txt")}


def test_quarantine_moves_keeping_the_layout_and_never_overwrites(store: FolderAttachmentStore, tmp_path: Path) -> None:
    blob = store.put(_source(tmp_path, "a", b"no row refers to me"))
    path = store.local_path(blob.sha256)
    folder = store.quarantine_root / "20260615-103000"
    assert store.quarantine_root == tmp_path / "store-quarantine"

    moved = store.quarantine(path, folder)

    assert moved == folder / blob.sha256[:2] / blob.sha256
    assert moved.read_bytes() == b"no row refers to me" and is_read_only(moved)
    assert not path.exists()
    again = store.put(_source(tmp_path, "b", b"no row refers to me"))
    with pytest.raises(FileExistsError):
        store.quarantine(store.local_path(again.sha256), folder)
    assert store.local_path(again.sha256).exists() and moved.exists()


def test_make_read_only_clears_write_bits_but_never_through_a_link(
    store: FolderAttachmentStore, tmp_path: Path
) -> None:
    blob = store.put(_source(tmp_path, "a", b"evidence"))
    path = store.local_path(blob.sha256)
    assert not store.make_read_only(blob.sha256)  # already read-only
    _writable(path)
    assert store.make_read_only(blob.sha256)
    assert is_read_only(path)
    outside = _source(tmp_path, "outside", b"evidence")
    outside.chmod(0o644)
    path.unlink()
    path.symlink_to(outside)
    assert not store.make_read_only(blob.sha256)
    assert stat.S_IMODE(outside.stat().st_mode) == 0o644


def test_hashes_lists_the_scans_in_their_place_and_nothing_else(store: FolderAttachmentStore, tmp_path: Path) -> None:
    assert store.hashes() == []  # no folder yet
    first = store.put(_source(tmp_path, "a.pdf", b"first scan"))
    second = store.put(_source(tmp_path, "b.pdf", b"second scan"))
    (store.root / ".incoming-x1y2").write_bytes(b"half a scan")
    stray = hashlib.sha256(b"elsewhere").hexdigest()
    (store.root / first.sha256[:2] / stray).write_bytes(b"elsewhere")  # named like a scan, in another's subfolder
    outside = _source(tmp_path, "outside.pdf", b"outside")
    linked = hashlib.sha256(b"outside").hexdigest()
    (store.root / linked[:2]).mkdir(exist_ok=True)
    (store.root / linked[:2] / linked).symlink_to(outside)  # never counted as a stored scan
    assert store.hashes() == sorted([first.sha256, second.sha256])
