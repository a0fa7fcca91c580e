"""Where scanned attachments live: content-addressed files in a folder beside the database.

Each file is stored once under its SHA-256 and never rewritten, so the same scan attached to
two documents costs nothing and a changed byte is detectable. Behind a small interface so a
later server edition can keep the bytes in the database instead.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import tempfile
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import BinaryIO, Protocol

CHUNK = 1 << 20


@dataclass(frozen=True)
class StoredBlob:
    sha256: str
    size: int
    created: bool = False  # this call added the file (so a rolled-back action may take it out again)


class BlobState(Enum):
    OK = "ok"
    MISSING = "missing"
    ALTERED = "altered"


class AttachmentStore(Protocol):
    def put(self, source: Path) -> StoredBlob: ...
    def open(self, sha256: str) -> BinaryIO: ...
    def local_path(self, sha256: str) -> Path: ...
    def verify(self, sha256: str) -> BlobState: ...
    def copy_out(self, sha256: str, target: Path) -> Path: ...
    def discard(self, sha256: str) -> None: ...


def attachments_folder_for(database: Path) -> Path:
    return database.with_name(f"{database.name}-attachments")


class FolderAttachmentStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def local_path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def put(self, source: Path) -> StoredBlob:
        """Copy ``source`` in, hashing as it goes; an existing identical blob is kept as is.

        The copy goes to a temporary file first and is renamed into place after fsync, so a
        crash never leaves a half-written file under a valid hash name.
        """
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=self.root)
        tmp = Path(tmp_name)
        try:
            with source.open("rb") as src, os.fdopen(fd, "wb") as dst:
                while chunk := src.read(CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
                    dst.write(chunk)
                dst.flush()
                os.fsync(dst.fileno())
            sha = digest.hexdigest()
            final = self.local_path(sha)
            created = not final.exists()
            if not created and self.verify(sha) is BlobState.OK:
                tmp.unlink()
            else:
                final.parent.mkdir(exist_ok=True)
                # Scans are evidence (R9): keep them read-only on disk.
                tmp.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
                if final.exists():
                    final.chmod(stat.S_IWUSR | stat.S_IRUSR)
                os.replace(tmp, final)
            return StoredBlob(sha, size, created)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def open(self, sha256: str) -> BinaryIO:
        return self.local_path(sha256).open("rb")

    def verify(self, sha256: str) -> BlobState:
        path = self.local_path(sha256)
        if not path.is_file():
            return BlobState.MISSING
        digest = hashlib.sha256()
        with path.open("rb") as f:
            while chunk := f.read(CHUNK):
                digest.update(chunk)
        return BlobState.OK if digest.hexdigest() == sha256 else BlobState.ALTERED

    def copy_out(self, sha256: str, target: Path) -> Path:
        shutil.copyfile(self.local_path(sha256), target)
        return target

    def discard(self, sha256: str) -> None:
        """Take out a file that an action added and then rolled back (never one that was there before)."""
        path = self.local_path(sha256)
        if path.exists():
            path.chmod(stat.S_IWUSR | stat.S_IRUSR)
            path.unlink()
