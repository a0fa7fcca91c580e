"""What the safety room needs of a server desk's scan store (``desk.store``): the folder store's own calls.

A server desk keeps its scans in the database (or a shared folder) behind the interface of the local folder
(db/attachment_store.py): ``inspect`` reads a scan back against its hash, ``put`` stores a file, ``copy_out`` writes
one out, ``discard`` takes back one stored by an action that failed. What it holds beyond the rows' scans (a stray)
is found from its list of stored hashes, where it has one.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from db.attachment_store import BlobCheck, StoredBlob


class ScanStore(Protocol):
    def put(self, source: Path) -> StoredBlob: ...
    def inspect(self, sha256: str) -> BlobCheck: ...
    def copy_out(self, sha256: str, target: Path) -> Path: ...
    def discard(self, sha256: str) -> None: ...


def stored_hashes(store: ScanStore) -> set[str]:
    """Every hash the store holds, when it can list them (the database store can; a folder is surveyed instead)."""
    lister = getattr(store, "hashes", None)
    if lister is None:
        return set()
    listed: Iterable[str] = lister()
    return set(listed)
