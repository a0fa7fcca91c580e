"""Rotation of a backup folder: 7 daily, 8 weekly and 12 monthly backups of each database stay, and the scans
that no backup kept needs any more go.

A backup (and a scan) is removed only after a new backup was written and verified, under the folder's lock.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass, replace
from pathlib import Path

from app.files import remove_file, remove_tree
from app.safety.copying import write_file_atomically
from app.safety.manifest import MANIFEST, REMOVING_PREFIX, SCANS, BackupInfo, manifest_json, scan_folder

KEEP_DAILY = 7
KEEP_WEEKLY = 8
KEEP_MONTHLY = 12


@dataclass(frozen=True)
class Rotation:
    removed: tuple[str, ...]
    removed_scans: int
    not_removed: tuple[Path, ...]


def backups_to_keep(
    made: Sequence[dt.datetime], daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY, monthly: int = KEEP_MONTHLY
) -> set[int]:
    """Which backups rotation keeps, as indices into ``made``: the newest one of each of the last ``daily`` days
    that have a backup, of the last ``weekly`` ISO weeks and of the last ``monthly`` months; always the newest."""
    order = sorted(range(len(made)), key=lambda i: made[i], reverse=True)
    keep = set(order[:1])
    periods: tuple[tuple[Callable[[dt.datetime], object], int], ...] = (
        (lambda t: t.date(), daily),
        (lambda t: t.isocalendar()[:2], weekly),
        (lambda t: (t.year, t.month), monthly),
    )
    for period, count in periods:
        seen: set[object] = set()
        for i in order:
            key = period(made[i])
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.add(key)
            keep.add(i)
    return keep


def rotate(root: Path, database_id: str) -> Rotation:
    """Remove this database's backups that rotation does not keep, then the scans no kept backup needs.

    Backups of other databases in the same folder, and the copies a restore made of the file it replaced, are
    left alone. Call with the folder's lock held.
    """
    shelf = scan_folder(root)
    mine = [b for b in shelf.backups if b.database_id == database_id and b.reason != "before_restore"]
    keep = backups_to_keep([b.made_at for b in mine])
    removed: list[str] = []
    not_removed: list[Path] = []
    gone: set[Path] = set()
    for index, backup in enumerate(mine):
        if index in keep:
            continue
        # Renamed first, so a removal cut short never leaves something that looks like a whole backup.
        leaving = root / f"{REMOVING_PREFIX}{backup.folder.name}"
        try:
            os.rename(backup.folder, leaving)
        except OSError:
            not_removed.append(backup.folder)
            continue
        gone.add(backup.folder)
        removed.append(backup.folder.name)
        try:
            remove_tree(leaving)
        except OSError:
            not_removed.append(leaving)
    kept = [b for b in shelf.backups if b.folder not in gone]
    kept = _without_destroyed(kept, database_id, not_removed)
    removed_scans = 0
    if not shelf.unreadable:  # a backup whose manifest cannot be read might need any scan: remove none then
        needed = {sha for b in kept for sha, _size in b.scans}
        removed_scans = _remove_unneeded_scans(root / SCANS, needed, not_removed)
    return Rotation(tuple(removed), removed_scans, tuple(not_removed))


def _without_destroyed(backups: list[BackupInfo], database_id: str, not_removed: list[Path]) -> list[BackupInfo]:
    """issue 12: destruction (R15) — the scans the newest backup of this database says were destroyed are taken out
    of every other backup of it: its manifest lists them as destroyed instead (a restore goes without them), so
    no scan outlives the destruction by more than one backup. Another database's backups are left alone."""
    mine = [b for b in backups if b.database_id == database_id and b.reason != "before_restore"]
    if not mine:
        return backups
    destroyed = set(max(mine, key=lambda b: (b.made_at, b.folder.name)).destroyed)
    if not destroyed:
        return backups
    result = []
    for backup in backups:
        held = {sha for sha, _size in backup.scans}
        if backup.database_id != database_id or not held & destroyed:
            result.append(backup)
            continue
        fixed = replace(
            backup,
            scans=tuple((sha, size) for sha, size in backup.scans if sha not in destroyed),
            destroyed=tuple(sorted(set(backup.destroyed) | (held & destroyed))),
        )
        try:
            write_file_atomically(backup.folder / MANIFEST, manifest_json(fixed))
        except OSError:
            not_removed.append(backup.folder)
            result.append(backup)  # still names them: its scans stay until the next backup tries again
            continue
        result.append(fixed)
    return result


def _remove_unneeded_scans(store: Path, needed: set[str], not_removed: list[Path]) -> int:
    removed = 0
    if not store.is_dir():
        return 0
    for sub in sorted(store.iterdir()):
        if not sub.is_dir():
            continue
        for path in sorted(sub.iterdir()):
            if path.name in needed and path.name[:2] == sub.name:
                continue
            try:
                if path.is_dir():
                    remove_tree(path)
                else:
                    remove_file(path)
                removed += path.name[:1] != "."  # a temporary file a crash left is not a scan
            except OSError:
                not_removed.append(path)
        with suppress(OSError):
            sub.rmdir()  # only when empty
    return removed
