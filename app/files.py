"""Writing files so that a crash, a full disk or a read-only folder never leaves half a file under a name the user
asked for.

Everything the program writes for the user to find (printouts, a new database file with its scans, the copy made
before an upgrade, a scan taken out for a viewer) is written under a temporary name beside its target and renamed
into place only once complete: a kill or a power cut leaves either nothing or the whole file, and the next run
replaces or removes what a killed one left under the temporary name. An ``OSError`` on the way (disk full,
read-only medium, a file open in another program, a name too long, a folder where a file should go) becomes one
``FileProblem`` that names the file and says what happened, in words the window translates.

On Windows a file that is open cannot be renamed or replaced, and a read-only one (the scans) cannot be deleted
until its read-only bit is cleared: writers close their files before the rename, and removing a tree clears the
bit first.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import stat
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from sqlalchemy import event

from app.desk import Work
from app.errors import FileProblem
from app.text import QT_TRANSLATE_NOOP
from db.attachment_store import attachments_folder_for

PARTIAL = ".partial"
# A leftover of a killed `demo`/`init` that got as far as moving its scans folder into place (see new_database_file).
MOVING = ".moving"
# Most file systems allow 255 of something per name (bytes on Linux, UTF-16 units on Windows).
NAME_MAX = 255
COPY_CHUNK = 1 << 20

_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED = {errno.EACCES, errno.EPERM}
_BUSY = {errno.EBUSY, getattr(errno, "ETXTBSY", errno.EBUSY)}

_WRITE_MESSAGES: dict[int, str] = {
    errno.EROFS: QT_TRANSLATE_NOOP("app", "{file} cannot be written: the disk is read-only."),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("app", "The name {file} is too long for the disk; choose a shorter name."),
    errno.EISDIR: QT_TRANSLATE_NOOP("app", "{file} is a folder; give the name of a file."),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("app", "{file} cannot be written: a part of its path is a file, not a folder."),
    errno.ENOENT: QT_TRANSLATE_NOOP("app", "{file} cannot be written: the folder {folder} does not exist."),
    errno.EEXIST: QT_TRANSLATE_NOOP("app", "A file already exists at {file}; choose a new name."),
    errno.EIO: QT_TRANSLATE_NOOP(
        "app", "The disk failed while writing {file} ({problem}); check the disk or choose another one."
    ),
}
_NO_SPACE_MESSAGE = QT_TRANSLATE_NOOP(
    "app", "The disk is full: {file} was not written. Free some space or choose another disk."
)
_DENIED_MESSAGE = QT_TRANSLATE_NOOP(
    "app", "{file} cannot be written: access is denied (a read-only place, or the file is open in another program)."
)
_BUSY_MESSAGE = QT_TRANSLATE_NOOP("app", "{file} is in use by another program; close it and try again.")
_OTHER_WRITE = QT_TRANSLATE_NOOP("app", "{file} could not be written ({problem}).")
_READ_MESSAGES: dict[int, str] = {
    errno.ENOENT: QT_TRANSLATE_NOOP("app", "{file} does not exist."),
    errno.EISDIR: QT_TRANSLATE_NOOP("app", "{file} is a folder, not a file."),
    errno.EACCES: QT_TRANSLATE_NOOP("app", "{file} cannot be read: access is denied."),
    errno.EPERM: QT_TRANSLATE_NOOP("app", "{file} cannot be read: access is denied."),
}
_OTHER_READ = QT_TRANSLATE_NOOP("app", "{file} could not be read ({problem}).")
_NOT_PUT_IN_PLACE = QT_TRANSLATE_NOOP(
    "app", "It is recorded, but {file} could not be put in place ({problem}); the complete file is {partial}."
)


def file_error(exc: OSError, path: Path | str | None = None, *, writing: bool = True) -> FileProblem:
    """One clear message for an ``OSError`` on ``path`` (the file the user knows; the OS may name a temporary one)."""
    shown = Path(path) if path is not None else Path(str(exc.filename or "?"))
    code = exc.errno if isinstance(exc.errno, int) else -1
    problem = exc.strerror or str(exc) or type(exc).__name__
    if not writing:
        template = _READ_MESSAGES.get(code, _OTHER_READ)
    elif code in _NO_SPACE:
        template = _NO_SPACE_MESSAGE
    elif code in _DENIED:
        template = _DENIED_MESSAGE
    elif code in _BUSY:
        template = _BUSY_MESSAGE
    elif code == errno.ENOENT and shown.parent.is_dir():
        template = _OTHER_WRITE  # the folder is there, yet the file cannot be made in it (e.g. a system folder)
    else:
        template = _WRITE_MESSAGES.get(code, _OTHER_WRITE)
    return FileProblem(template, file=str(shown), folder=str(shown.parent), problem=problem, errno=code)


def partial_path(target: Path) -> Path:
    """The temporary name ``target`` is written under: beside it, hidden on Linux, and the same on every run, so a
    killed run's leftover is replaced by the next one. A name near the length limit gets a short stand-in."""
    name = f".{target.name}{PARTIAL}"
    if len(name) > NAME_MAX or len(os.fsencode(name)) > NAME_MAX:
        digest = hashlib.sha256(os.fsencode(target.name)).hexdigest()[:16]
        name = f".{digest}{PARTIAL}"
    return target.with_name(name)


def name_too_long(path: Path) -> bool:
    """Whether the last part of ``path`` is longer than the file system allows (checked before writing)."""
    if sys.platform == "win32":
        return len(path.name) > NAME_MAX
    limit = NAME_MAX
    with suppress(OSError, ValueError, AttributeError):
        limit = os.pathconf(path.parent if path.parent.is_dir() else ".", "PC_NAME_MAX")
    return len(os.fsencode(path.name)) > limit


def check_writable(target: Path, *, make_folder: bool = False) -> None:
    """Refuse, before any work is done, a target that cannot be written: a folder, a missing or read-only folder,
    a name too long, a file another program holds. Creates (and removes) only the temporary name, never ``target``.
    """
    try:
        _check_writable(target, make_folder)
    except OSError as exc:
        raise file_error(exc, target) from None


def _failure(code: int) -> OSError:
    return OSError(code, os.strerror(code))


def _check_writable(target: Path, make_folder: bool) -> None:
    if name_too_long(target):
        raise _failure(errno.ENAMETOOLONG)
    if target.is_dir():
        raise _failure(errno.EISDIR)
    folder = target.parent
    if not folder.is_dir():
        if folder.exists() or any(p.exists() and not p.is_dir() for p in folder.parents):
            raise _failure(errno.ENOTDIR)
        if not make_folder:
            raise _failure(errno.ENOENT)
        return  # the folder is made when the file is written; its first existing parent is checked then
    probe = partial_path(target)
    try:
        with probe.open("wb"):
            pass
        if target.exists():
            # Replacing fails on Windows while another program has the file open: find out now, not after the work.
            with target.open("r+b"):
                pass
    finally:
        with suppress(OSError):
            probe.unlink()


def _sync(path: Path) -> None:
    """Make the bytes durable before the rename makes them visible (a power cut must not leave an empty file)."""
    with path.open("r+b") as f:
        os.fsync(f.fileno())


def sync_folder(folder: Path) -> None:
    """Make a rename durable. POSIX only: Windows cannot open a folder this way (NTFS journals renames itself).
    Some file systems (network, FAT on Linux) refuse it; the rename stands anyway."""
    if sys.platform == "win32":
        return
    with suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _discard(path: Path) -> None:
    with suppress(OSError):
        path.unlink(missing_ok=True)


# Temporary names handed out by ``written_together`` and ``written_on_commit``: a printout asked to write to one of
# them writes straight to it, since the outer step puts it in place.
_handed_out: set[Path] = set()
_handed_out_lock = threading.Lock()


def _hand_out(partial: Path) -> None:
    with _handed_out_lock:
        _handed_out.add(partial)


def _take_back(partial: Path) -> None:
    with _handed_out_lock:
        _handed_out.discard(partial)


def _prepare(target: Path) -> Path:
    """Make the target's folder and return its temporary name; an impossible target fails here, before any work."""
    try:
        if target.is_dir():
            raise _failure(errno.EISDIR)
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise file_error(exc, target) from None
    return partial_path(target)


def _put_in_place(partial: Path, target: Path) -> None:
    try:
        _sync(partial)
        os.replace(partial, target)
    except OSError as exc:
        raise file_error(exc, target) from None
    sync_folder(target.parent)


@contextmanager
def written_atomically(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target`` to write to; it becomes ``target`` only if the block succeeds.

    A failed, interrupted or killed printout never leaves half a PDF where the clerk would find it, and an
    ``OSError`` (disk full, read-only place, file open elsewhere) leaves no temporary file and becomes a
    ``FileProblem`` naming ``target``.
    """
    target = Path(target)
    with _handed_out_lock:
        inside_a_batch = target in _handed_out
    if inside_a_batch:
        yield target
        return
    partial = _prepare(target)
    try:
        try:
            yield partial
        except OSError as exc:
            raise file_error(exc, target if exc.filename in (None, str(partial)) else exc.filename) from None
        _put_in_place(partial, target)
    finally:
        _discard(partial)


def copy_file(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` atomically (a PDF the preview saves, a scan taken out for a viewer)."""
    try:
        src = Path(source).open("rb")  # noqa: SIM115 - closed by the with below; a failure to open is the reader's
    except OSError as exc:
        raise file_error(exc, source, writing=False) from None
    with src, written_atomically(target) as partial, partial.open("wb") as dst:
        shutil.copyfileobj(src, dst, COPY_CHUNK)
    return target


class Batch:
    """Files written under temporary names and put in place together, in the order asked for, when all are done."""

    def __init__(self) -> None:
        self._moves: list[tuple[Path, Path]] = []
        self._made: list[Path] = []  # folders made for the files, taken away again if nothing is put in place

    def partial(self, target: Path) -> Path:
        """The temporary name to write ``target`` under (its folder is made now)."""
        target = Path(target)
        missing = [folder for folder in (target.parent, *target.parent.parents) if not folder.exists()]
        partial = _prepare(target)
        self._made += missing  # innermost first
        self._moves.append((partial, target))
        _hand_out(partial)
        return partial

    def put_in_place(self) -> None:
        for partial, target in self._moves:
            _put_in_place(partial, target)
        self._made.clear()

    def discard(self) -> None:
        for partial, _target in self._moves:
            _take_back(partial)
            _discard(partial)
        for folder in self._made:
            with suppress(OSError):
                folder.rmdir()  # only if empty: never a folder holding anything else


@contextmanager
def written_together() -> Iterator[Batch]:
    """Several files that belong together (a printout and its pieces): none is put in place unless all were written.

    The last one asked for is put in place last, so its presence says the others are there too.
    """
    batch = Batch()
    try:
        try:
            yield batch
        except OSError as exc:
            raise file_error(exc, exc.filename) from None
        batch.put_in_place()
    finally:
        batch.discard()


@contextmanager
def written_on_commit(work: Work, target: Path) -> Iterator[Path]:
    """A file that goes with what ``work`` records (labels printed, R5): written under a temporary name now, put in
    place only after the unit of work commits, removed if it rolls back.

    So a failed commit (a lock, a kill, a full disk) never leaves the file at ``target`` with nothing recorded.
    A kill between the commit and the rename leaves the complete file under its temporary name only.
    """
    target = Path(target)
    check_writable(target, make_folder=True)
    partial = _prepare(target)
    _hand_out(partial)
    try:
        yield partial
        _sync(partial)
    except BaseException as exc:
        _take_back(partial)
        _discard(partial)
        if isinstance(exc, OSError):
            raise file_error(exc, target) from None
        raise

    def committed(_session: Any) -> None:
        _take_back(partial)
        try:
            os.replace(partial, target)
        except OSError as exc:
            raise FileProblem(
                _NOT_PUT_IN_PLACE,
                file=str(target),
                partial=str(partial),
                problem=exc.strerror or str(exc),
            ) from None
        sync_folder(target.parent)

    def rolled_back(_session: Any) -> None:
        _take_back(partial)
        _discard(partial)

    event.listen(work.session, "after_commit", committed, once=True)
    event.listen(work.session, "after_rollback", rolled_back, once=True)


def _clear_read_only(function: Any, path: str, *_exc: object) -> None:
    """rmtree's error handler: a scan is stored read-only, which Windows will not delete; clear the bit (and give a
    folder back its search bit), try again."""
    os.chmod(path, stat.S_IWUSR | stat.S_IRUSR | stat.S_IXUSR)
    function(path)


def make_writable(path: Path) -> None:
    path.chmod(stat.S_IMODE(path.lstat().st_mode) | stat.S_IWUSR)


def remove_file(path: Path) -> None:
    """Delete a file that may be read-only (Windows refuses until the bit is cleared); a missing one is fine."""
    try:
        path.unlink()
    except FileNotFoundError:
        return
    except PermissionError:
        make_writable(path)
        path.unlink()


def remove_tree(folder: Path) -> None:
    """Remove a folder this program made, read-only scans and all."""
    if not folder.exists():
        return
    if sys.version_info >= (3, 12):
        shutil.rmtree(folder, onexc=_clear_read_only)
    else:  # pragma: no cover - Python 3.11 names the handler differently
        shutil.rmtree(folder, onerror=_clear_read_only)


def _database_parts(path: Path) -> list[Path]:
    """The file and what SQLite keeps beside it while it is open or was killed mid-write."""
    return [path, *(path.with_name(path.name + suffix) for suffix in ("-journal", "-wal", "-shm"))]


def remove_database_files(path: Path) -> None:
    """A database file and SQLite's companions beside it (not its scans folder)."""
    for part in _database_parts(path):
        remove_file(part)


def remove_database(path: Path) -> None:
    """A database file, SQLite's companions and its scans folder."""
    remove_database_files(path)
    remove_tree(attachments_folder_for(path))


def _clean_leftovers(target: Path, partial: Path, moving: Path) -> None:
    """What a killed run for the same target left: its temporary file and folder, and a half-finished move."""
    if moving.exists():
        # The killed run had moved the scans folder into place but not yet the database: the folder is its own.
        if not target.exists():
            remove_tree(attachments_folder_for(target))
        moving.unlink()
    remove_database(partial)


def _moving_marker(path: Path) -> Path:
    partial = partial_path(path)
    return partial.with_name(partial.name + MOVING)


def check_new_database(path: Path, *, make_folder: bool = False) -> None:
    """Refuse, before any work, a new database file that cannot be made at ``path``: one is there already, or a
    scans folder by its name (not a killed run's own), or the folder is missing, read-only or the name too long."""
    path = Path(path)
    check_writable(path, make_folder=make_folder)  # first: a name too long cannot even be looked for
    if path.exists():
        already = QT_TRANSLATE_NOOP("app", "A file already exists at {path}; choose a new name.")
        raise FileProblem(already, field="path", path=str(path))
    folder = attachments_folder_for(path)
    try:
        foreign = folder.exists() and not _moving_marker(path).exists()
    except OSError as exc:
        raise file_error(exc, folder) from None
    if foreign:
        raise FileProblem(
            QT_TRANSLATE_NOOP("app", "A folder {folder} is already beside {path}; move it away or choose a new name."),
            field="path",
            folder=str(folder),
            path=str(path),
        )


@contextmanager
def new_database_file(path: Path, *, make_folder: bool = False) -> Iterator[Path]:
    """A new database file and its scans folder, built under temporary names beside ``path`` and put in place only
    once the block has finished (the caller closes its ``Desk`` before the block ends: an open file cannot be
    renamed on Windows, and SQLite's write-ahead log must be folded back into the file).

    A failure or a kill leaves nothing under ``path``; a kill leaves at most the temporary names, which the next
    run for the same ``path`` removes. ``path`` and its scans folder must not exist yet.
    """
    path = Path(path)
    check_new_database(path, make_folder=make_folder)
    partial = partial_path(path)
    moving = _moving_marker(path)
    folder = attachments_folder_for(path)
    try:
        if make_folder:
            path.parent.mkdir(parents=True, exist_ok=True)
        _clean_leftovers(path, partial, moving)
    except OSError as exc:
        raise file_error(exc, path) from None
    try:
        try:
            yield partial
        except OSError as exc:
            raise file_error(exc, path if exc.filename is None else exc.filename) from None
        leftovers = [p for p in _database_parts(partial)[1:] if p.exists() and p.stat().st_size > 0]
        if leftovers:
            raise RuntimeError(f"the new database is still open (or was not closed cleanly): {leftovers}")
        try:
            _sync(partial)
            built_folder = attachments_folder_for(partial)
            if built_folder.exists():
                # Two renames cannot be one step: a marker says, until both are done, that the folder under the
                # target's name belongs to this unfinished run (and the next run takes it away again).
                moving.touch()
                sync_folder(path.parent)
                os.replace(built_folder, folder)
            os.replace(partial, path)
            sync_folder(path.parent)
            moving.unlink(missing_ok=True)
        except OSError as exc:
            if not path.exists():
                with suppress(OSError):
                    remove_tree(folder)
                    moving.unlink(missing_ok=True)
            raise file_error(exc, path) from None
    finally:
        with suppress(OSError):
            remove_database(partial)
        with suppress(OSError):
            if moving.exists() and path.exists():
                moving.unlink()
