"""Where scanned attachments live: content-addressed files in a folder beside the database.

Each file is stored once under its SHA-256 and never rewritten, so the same scan attached to
two documents costs nothing and a changed byte is detectable. Behind a small interface so a
later server edition can keep the bytes in the database instead.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Collection
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import BinaryIO, Protocol

CHUNK = 1 << 20
INCOMING_PREFIX = ".incoming-"  # a scan being copied in; renamed to its hash when complete
_SHA256 = re.compile(r"[0-9a-f]{64}")
_SUBFOLDER = re.compile(r"[0-9a-f]{2}")
_WRITE_BITS = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
_READ_ONLY = stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH


class InvalidHash(ValueError):
    """A stored hash that is not 64 lowercase hex characters: it is never turned into a path.

    A tampered or damaged row could otherwise name any file on the disk (``../../etc/hostname``).
    """

    def __init__(self, sha256: object) -> None:
        super().__init__(f"not a SHA-256 hash: {sha256!r}")
        self.sha256 = sha256


def valid_hash(sha256: object) -> bool:
    return isinstance(sha256, str) and _SHA256.fullmatch(sha256) is not None


@dataclass(frozen=True)
class StoredBlob:
    sha256: str
    size: int
    created: bool = False  # this call added the file (so a rolled-back action may take it out again)


class BlobState(Enum):
    OK = "ok"
    MISSING = "missing"
    ALTERED = "altered"
    EMPTY = "empty"  # zero bytes where a scan should be
    LINKED = "linked"  # a symbolic link (or a link on its way) instead of the stored file: never followed
    UNREADABLE = "unreadable"  # there, but the operating system refuses to read it


@dataclass(frozen=True)
class BlobCheck:
    """What is stored under one hash, read without following a link."""

    state: BlobState
    path: Path
    actual_sha256: str | None = None  # the hash of what the file holds, when it could be read
    writable: bool = False  # stored scans are kept read-only (R9)
    detail: str = ""  # where a link points, or why the file could not be read


class EntryKind(Enum):
    """Something in the attachment folder that is not a referenced scan in its place."""

    INCOMING = "incoming"  # a copy an interrupted save left behind
    UNREFERENCED = "unreferenced"  # named like a scan, but no attachment refers to it
    WRONG_FOLDER = "wrong_folder"  # named like a scan, in another scan's subfolder
    UNKNOWN = "unknown"  # a file or folder the store never makes
    LINKED_FOLDER = "linked_folder"  # the folder, or a subfolder, is a link to another place


@dataclass(frozen=True)
class FolderEntry:
    kind: EntryKind
    path: Path
    modified: float  # seconds since the epoch, of the entry itself (a link's own time)
    detail: str = ""  # where a link points


class AttachmentStore(Protocol):
    """What a unit of work needs of a store: this folder, or the database itself on a server (db/blob_store.py)."""

    @property
    def place(self) -> str: ...  # where the scans are, as messages name it (a folder, or the server database)
    def put(self, source: Path) -> StoredBlob: ...
    def open(self, sha256: str) -> BinaryIO: ...
    def local_path(self, sha256: str) -> Path: ...
    def presence(self, sha256: str) -> BlobState: ...
    def verify(self, sha256: str) -> BlobState: ...
    def inspect(self, sha256: str) -> BlobCheck: ...
    def copy_out(self, sha256: str, target: Path) -> Path: ...
    def discard(self, sha256: str) -> None: ...
    def hashes(self) -> list[str]: ...
    def close(self) -> None: ...


def attachments_folder_for(database: Path) -> Path:
    return database.with_name(f"{database.name}-attachments")


def is_link(path: Path) -> bool:
    """A symbolic link, or on Windows any reparse point (a junction too): the store never follows one."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    if stat.S_ISLNK(info.st_mode):
        return True
    reparse_point = getattr(stat, "FILE_ATTRIBUTE_REPARSE_POINT", 0)
    return bool(getattr(info, "st_file_attributes", 0) & reparse_point)


def _link_target(path: Path) -> str:
    try:
        return os.readlink(path)
    except OSError:
        return ""


class FolderAttachmentStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    @property
    def place(self) -> str:
        return str(self.root)

    def hashes(self) -> list[str]:
        """Every scan stored in its place (named by its hash, in its subfolder), sorted; never through a link."""
        if not self.root.is_dir() or is_link(self.root):
            return []
        found: list[str] = []
        for folder in _listing(self.root):
            if _SUBFOLDER.fullmatch(folder.name) and folder.is_dir(follow_symlinks=False):
                found.extend(
                    item.name
                    for item in _listing(Path(folder.path))
                    if valid_hash(item.name) and item.name[:2] == folder.name and item.is_file(follow_symlinks=False)
                )
        return found

    def close(self) -> None:
        """Nothing to let go: the files stay where they are (a database store removes its viewing copies)."""

    @property
    def quarantine_root(self) -> Path:
        """Where ``check --repair`` moves what does not belong in the folder: beside it, never inside."""
        return self.root.with_name(f"{self.root.name}-quarantine")

    def local_path(self, sha256: str) -> Path:
        """The file of a scan; refuses anything but a SHA-256, so a stored value can never name another file."""
        if not valid_hash(sha256):
            raise InvalidHash(sha256)
        return self.root / sha256[:2] / sha256

    def put(self, source: Path) -> StoredBlob:
        """Copy ``source`` in, hashing as it goes; an existing identical blob is kept as is.

        The copy goes to a temporary file first and is renamed into place after fsync, so a
        crash never leaves a half-written file under a valid hash name.
        """
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(prefix=INCOMING_PREFIX, dir=self.root)
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
            created = not os.path.lexists(final)
            if not created and self.verify(sha) is BlobState.OK:
                tmp.unlink()
            else:
                final.parent.mkdir(exist_ok=True)
                # Scans are evidence (R9): keep them read-only on disk.
                tmp.chmod(_READ_ONLY)
                if os.path.lexists(final) and not is_link(final):
                    # Windows refuses to replace a read-only file. A link is replaced as it is: changing
                    # its mode would change the file it points to, outside the folder.
                    final.chmod(stat.S_IWUSR | stat.S_IRUSR)
                os.replace(tmp, final)
            return StoredBlob(sha, size, created)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def open(self, sha256: str) -> BinaryIO:
        return self.local_path(sha256).open("rb")

    def _linked(self, path: Path) -> Path | None:
        """The link on the way to a scan's file (its subfolder or the file itself), if there is one."""
        return next((p for p in (path.parent, path) if is_link(p)), None)

    def presence(self, sha256: str) -> BlobState:
        """OK, MISSING or LINKED without reading the file: cheap enough for every preview."""
        path = self.local_path(sha256)
        if self._linked(path) is not None:
            return BlobState.LINKED
        return BlobState.OK if path.is_file() else BlobState.MISSING

    def inspect(self, sha256: str) -> BlobCheck:
        """Hash what is stored under ``sha256``, never through a link (it could point anywhere)."""
        path = self.local_path(sha256)
        link = self._linked(path)
        if link is not None:
            return BlobCheck(BlobState.LINKED, link, detail=_link_target(link))
        try:
            info = os.lstat(path)
        except FileNotFoundError:
            return BlobCheck(BlobState.MISSING, path)
        except OSError as exc:
            return BlobCheck(BlobState.UNREADABLE, path, detail=exc.strerror or str(exc))
        if not stat.S_ISREG(info.st_mode):
            return BlobCheck(BlobState.MISSING, path, detail="not a file")
        writable = bool(info.st_mode & _WRITE_BITS)
        digest = hashlib.sha256()
        try:
            # O_NOFOLLOW: a link slipped in after the check above is refused, not read.
            flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
            with os.fdopen(os.open(path, flags), "rb") as f:
                while chunk := f.read(CHUNK):
                    digest.update(chunk)
        except OSError as exc:
            return BlobCheck(BlobState.UNREADABLE, path, writable=writable, detail=exc.strerror or str(exc))
        actual = digest.hexdigest()
        if actual == sha256:
            state = BlobState.OK
        elif info.st_size == 0:
            state = BlobState.EMPTY
        else:
            state = BlobState.ALTERED
        return BlobCheck(state, path, actual, writable)

    def verify(self, sha256: str) -> BlobState:
        return self.inspect(sha256).state

    def copy_out(self, sha256: str, target: Path) -> Path:
        shutil.copyfile(self.local_path(sha256), target)
        return target

    def discard(self, sha256: str) -> None:
        """Take out a file that an action added and then rolled back (never one that was there before)."""
        path = self.local_path(sha256)
        if path.exists():
            path.chmod(stat.S_IWUSR | stat.S_IRUSR)
            path.unlink()

    def survey(self, referenced: Collection[str] | None) -> list[FolderEntry]:
        """Everything in the folder that is not a scan in its place, without following a link.

        ``referenced`` are the hashes the database refers to; ``None`` when that list cannot be
        trusted (a damaged database), and then no file is called unreferenced.
        """
        entries: list[FolderEntry] = []
        if not os.path.lexists(self.root):
            return entries
        if is_link(self.root):
            entries.append(self._entry(EntryKind.LINKED_FOLDER, self.root))
        if not self.root.is_dir():
            return entries
        for item in _listing(self.root):
            path = Path(item.path)
            linked = is_link(path)
            if item.name.startswith(INCOMING_PREFIX) and not item.is_dir(follow_symlinks=False):
                entries.append(self._entry(EntryKind.INCOMING, path))
            elif _SUBFOLDER.fullmatch(item.name) and linked:
                entries.append(self._entry(EntryKind.LINKED_FOLDER, path))
            elif _SUBFOLDER.fullmatch(item.name) and item.is_dir(follow_symlinks=False):
                entries.extend(self._survey_subfolder(path, referenced))
            else:
                entries.append(self._entry(EntryKind.UNKNOWN, path))
        return entries

    def _survey_subfolder(self, folder: Path, referenced: Collection[str] | None) -> list[FolderEntry]:
        entries: list[FolderEntry] = []
        for item in _listing(folder):
            path = Path(item.path)
            if item.is_dir(follow_symlinks=False) or not valid_hash(item.name):
                entries.append(self._entry(EntryKind.UNKNOWN, path))
            elif item.name[:2] != folder.name:
                entries.append(self._entry(EntryKind.WRONG_FOLDER, path))
            elif referenced is not None and item.name not in referenced:
                entries.append(self._entry(EntryKind.UNREFERENCED, path))
        return entries

    @staticmethod
    def _entry(kind: EntryKind, path: Path) -> FolderEntry:
        try:
            modified = os.lstat(path).st_mtime
        except OSError:
            modified = 0.0
        return FolderEntry(kind, path, modified, _link_target(path) if is_link(path) else "")

    def quarantine(self, entry: Path, folder: Path) -> Path:
        """Move ``entry`` (a file, link or folder in the store) into ``folder`` under the quarantine, same layout.

        A move within one disk, never a copy and delete: nothing is lost if it fails half-way.
        """
        relative = entry.relative_to(self.root)
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if os.path.lexists(target):
            raise FileExistsError(target)
        os.rename(entry, target)
        return target

    def make_read_only(self, sha256: str) -> bool:
        """Clear the write permission of a stored scan (never through a link); True if it changed."""
        path = self.local_path(sha256)
        if self._linked(path) is not None:
            return False
        try:
            info = os.lstat(path)
        except FileNotFoundError:
            return False
        if not stat.S_ISREG(info.st_mode) or not info.st_mode & _WRITE_BITS:
            return False
        path.chmod(stat.S_IMODE(info.st_mode) & ~_WRITE_BITS)
        return True


def _listing(folder: Path) -> list[os.DirEntry[str]]:
    with os.scandir(folder) as items:
        return sorted(items, key=lambda item: item.name)
