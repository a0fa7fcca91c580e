"""The safety room (R16): checking a database file and its scans; verified backups, their rotation and restoring them.

Other rooms and the window use what is named here; the modules inside are this room's own.
"""

from __future__ import annotations

from app.safety.backup import BackupReport, BackupStatus, back_up, backup_status, backups_in
from app.safety.check import Problem, check_database
from app.safety.copying import BackupCancelled, BackupFailed
from app.safety.manifest import BackupInfo, list_backups, read_backup
from app.safety.restoring import RestoreReport, known_schema, restore, target_in_use
from app.safety.rotation import KEEP_DAILY, KEEP_MONTHLY, KEEP_WEEKLY, backups_to_keep

__all__ = [
    "KEEP_DAILY",
    "KEEP_MONTHLY",
    "KEEP_WEEKLY",
    "BackupCancelled",
    "BackupFailed",
    "BackupInfo",
    "BackupReport",
    "BackupStatus",
    "Problem",
    "RestoreReport",
    "back_up",
    "backup_status",
    "backups_in",
    "backups_to_keep",
    "check_database",
    "known_schema",
    "list_backups",
    "read_backup",
    "restore",
    "target_in_use",
]
