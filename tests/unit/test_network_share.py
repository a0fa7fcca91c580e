"""Finding a database on a network share, on Windows (UNC, mapped drives) and Linux (the mount table)."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import pytest

from app.network_share import DRIVE_REMOTE, file_system_type, on_network_share

DRIVE_FIXED = 3
MAPPED = {"Z:\\": DRIVE_REMOTE, "C:\\": DRIVE_FIXED, "D:\\": DRIVE_FIXED}


def drive_type(root: str) -> int:
    return MAPPED.get(root, 0)


@pytest.mark.parametrize(
    ("path", "network"),
    [
        (r"\\fileserver\客务部\dossiers.db", True),
        ("//fileserver/share/dossiers.db", True),
        (r"\\?\UNC\fileserver\share\dossiers.db", True),
        (r"Z:\客务部\dossiers.db", True),  # a mapped network drive
        (r"z:\dossiers.db", True),
        (r"C:\Users\clerk\AppData\Local\DossierDesk\dossiers.db", False),
        (r"D:\档案\dossiers.db", False),
        (r"\\?\C:\very\long\path\dossiers.db", False),
        ("C:/Users/clerk/dossiers.db", False),
    ],
)
def test_windows_paths(path: str, network: bool) -> None:
    assert on_network_share(Path(path), windows=True, drive_type=drive_type) is network


def test_windows_asks_the_drive_of_the_path_only() -> None:
    asked: list[str] = []

    def recording(root: str) -> int:
        asked.append(root)
        return DRIVE_FIXED

    on_network_share(Path(r"e:\a\b.db"), windows=True, drive_type=recording)
    assert asked == ["E:\\"]


MOUNTS = r"""sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
/dev/sda2 / ext4 rw,relatime 0 0
/dev/sda3 /home ext4 rw,relatime 0 0
//fileserver/share /mnt/share cifs rw,relatime,vers=3.1.1 0 0
nas:/export/dossiers /mnt/nfs nfs4 rw,relatime 0 0
/dev/sdb1 /mnt/nfs2 ext4 rw,relatime 0 0
clerk@nas:/srv /home/clerk/remote fuse.sshfs rw,nosuid,nodev 0 0
//server/客务 /mnt/front\040desk cifs rw 0 0
/dev/sdc1 /mnt/share/local-cache ext4 rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "network"),
    [
        ("/mnt/share/dossiers.db", True),
        ("/mnt/nfs/2026/dossiers.db", True),
        ("/mnt/nfs2/dossiers.db", False),  # a name that only starts like a share
        ("/home/clerk/remote/dossiers.db", True),
        ("/home/clerk/dossiers.db", False),
        ("/mnt/front desk/dossiers.db", True),  # a mount point with a space (\040 in the table)
        ("/mnt/share/local-cache/dossiers.db", False),  # a local disk mounted inside the share
        ("/tmp/dossiers.db", False),
    ],
)
def test_linux_paths(path: str, network: bool) -> None:
    assert on_network_share(Path(path), windows=False, mounts=MOUNTS) is network


def test_the_latest_mount_on_a_place_counts() -> None:
    table = "/dev/sda1 /data ext4 rw 0 0\nnas:/x /data nfs rw 0 0\n"
    assert file_system_type(PurePosixPath("/data/d.db"), table) == "nfs"
    assert on_network_share(Path("/data/d.db"), windows=False, mounts=table)


def test_this_machines_temporary_folder_is_local(tmp_path: Path) -> None:
    """The real mount table of the machine running the tests (a local disk here)."""
    assert not on_network_share(tmp_path / "dossiers.db")
