"""Is a database file on a network share?

SQLite's write-ahead log keeps its index in shared memory, which works only between programs on one computer:
two PCs writing one file on a share can corrupt it, and even a reader on another PC may see a torn state. So a
file on a network share is opened read-only (several desks on one file need the server mode, a later issue).

Windows: a UNC path (``\\\\server\\share\\…``) or a drive letter whose drive type is ``DRIVE_REMOTE`` (a mapped
network drive). Linux: the file system holding the path (the longest mount point above it in ``/proc/self/mounts``)
is one of ``NETWORK_FILE_SYSTEMS``. Elsewhere nothing is detected. The drive-type query and the mount table can be
handed in, so both are tested on any system.
"""

from __future__ import annotations

import ntpath
import os
import sys
from collections.abc import Callable
from pathlib import Path, PurePosixPath

DRIVE_REMOTE = 4  # GetDriveTypeW: "the drive is a remote (network) drive"

# Linux file-system types that live on another computer.
NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "sshfs",
        "fuse.sshfs",
        "afs",
        "ncpfs",
        "davfs",
        "fuse.davfs2",
        "fuse.rclone",
    }
)

MOUNT_TABLE = Path("/proc/self/mounts")

DriveType = Callable[[str], int]


def on_network_share(
    path: Path,
    *,
    windows: bool | None = None,
    drive_type: DriveType | None = None,
    mounts: str | None = None,
) -> bool:
    """Whether ``path`` (existing or about to be created) lies on a network share.

    ``windows`` says which rules apply (default: this system's); ``drive_type`` replaces the Windows
    ``GetDriveTypeW`` query and ``mounts`` the text of the Linux mount table, for tests.
    """
    if windows is None:
        windows = sys.platform == "win32"
    if windows:
        text = str(path)
        if sys.platform == "win32":
            text = os.path.abspath(text)  # a relative path names a place on the current drive
        return _windows_network(text, drive_type or _get_drive_type)
    if mounts is None:
        if not sys.platform.startswith("linux"):
            return False
        try:
            mounts = MOUNT_TABLE.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False  # no mount table to read: nothing known, the usual local file assumed
        place = PurePosixPath(os.path.realpath(path))  # a symbolic link to a share is on the share
    else:
        place = PurePosixPath(os.path.normpath(str(path)))
    return file_system_type(place, mounts) in NETWORK_FILE_SYSTEMS


def _windows_network(text: str, drive_type: DriveType) -> bool:
    text = text.replace("/", "\\")
    upper = text.upper()
    if upper.startswith("\\\\?\\UNC\\"):
        return True  # a long-path UNC name
    if upper.startswith(("\\\\?\\", "\\\\.\\")):
        text = text[4:]  # a long-path or device name of a local drive: C:\…
    elif text.startswith("\\\\"):
        return True  # \\server\share\…
    drive, _rest = ntpath.splitdrive(text)
    if len(drive) != 2 or drive[1] != ":":
        return False
    return drive_type(f"{drive.upper()}\\") == DRIVE_REMOTE


def _get_drive_type(root: str) -> int:
    import ctypes

    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return 0  # DRIVE_UNKNOWN
    return int(windll.kernel32.GetDriveTypeW(root))


def file_system_type(path: PurePosixPath, mounts: str) -> str:
    """The type of the file system mounted closest above ``path`` in a ``/proc/mounts`` text ("" if none)."""
    best, kind = -1, ""
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = PurePosixPath(_unescape(parts[1]))
        # ">=": a later mount on the same place hides the earlier one.
        if (path == point or point in path.parents) and len(point.parts) >= best:
            best, kind = len(point.parts), parts[2]
    return kind


def _unescape(field: str) -> str:
    r"""Mount points in the table escape space, tab, newline and backslash as octal (``\040``…)."""
    out, i = [], 0
    while i < len(field):
        code = field[i + 1 : i + 4]
        if field[i] == "\\" and len(code) == 3 and all(c in "01234567" for c in code):
            out.append(chr(int(code, 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)
