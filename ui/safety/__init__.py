"""The safety room's screens (R16): the Backup menu and its warning, backing up with a progress bar, the restore
dialog, the backup settings.

The window uses what is named here (and the welcome dialog the restore dialog, to restore on a new PC); the modules
inside are this room's own.
"""

from __future__ import annotations

from ui.safety.menu import BackupMenu
from ui.safety.restore_dialog import RestoreDialog

__all__ = ["BackupMenu", "RestoreDialog"]
