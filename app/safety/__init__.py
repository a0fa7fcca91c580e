"""The safety room (R16): checking a database file and its scans, read-only; moving strays to a quarantine;
telling a damaged database from a program error; verified backups, their rotation and restoring them; on a PostgreSQL
server the same check and backups, and moving the record from a file to a server and back (issue 19).

Other rooms, the command line and the window use what is named here; the modules inside are this room's own.
"""

from __future__ import annotations

from app.safety.backup import BackupReport, BackupStatus, back_up, backup_status, backups_in
from app.safety.check import NOTE_KINDS, PROBLEM_KINDS, CheckReport, Finding, check_database, check_file
from app.safety.copying import BackupCancelled, BackupFailed
from app.safety.failures import database_error
from app.safety.manifest import BackupInfo, list_backups, read_backup
from app.safety.repair import SETTLE_SECONDS, RepairReport, rebuild_search_index, repair_attachments
from app.safety.restoring import RestoreReport, known_schema, restore, target_in_use
from app.safety.rotation import KEEP_DAILY, KEEP_MONTHLY, KEEP_WEEKLY, backups_to_keep
from app.safety.scan_storage import ScanPlace, change_scan_place, scan_place
from app.safety.server_backup import ServerRestoreReport, restore_to_server
from app.safety.server_check import check_server, check_server_desk
from app.safety.server_copy import CopyFailed, CopyReport, export_to_file, migrate_to_server, refuse_existing

__all__ = [
    "KEEP_DAILY",
    "KEEP_MONTHLY",
    "KEEP_WEEKLY",
    "NOTE_KINDS",
    "PROBLEM_KINDS",
    "SETTLE_SECONDS",
    "BackupCancelled",
    "BackupFailed",
    "BackupInfo",
    "BackupReport",
    "BackupStatus",
    "CheckReport",
    "CopyFailed",
    "CopyReport",
    "Finding",
    "RepairReport",
    "RestoreReport",
    "ScanPlace",
    "ServerRestoreReport",
    "back_up",
    "backup_status",
    "backups_in",
    "backups_to_keep",
    "change_scan_place",
    "check_database",
    "check_file",
    "check_server",
    "check_server_desk",
    "database_error",
    "export_to_file",
    "known_schema",
    "list_backups",
    "migrate_to_server",
    "read_backup",
    "rebuild_search_index",
    "refuse_existing",
    "repair_attachments",
    "restore",
    "restore_to_server",
    "scan_place",
    "target_in_use",
]
