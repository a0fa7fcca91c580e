"""The archive room's screens: the annual archiving wizard, the archive browser, the bind dialog and the archive
settings (全宗, 档号).

Other rooms and the window use what is named here; the modules inside are this room's own.
"""

from __future__ import annotations

from ui.archive.bind_dialog import BindDialog
from ui.archive.browser import ArchiveBrowser
from ui.archive.menu import ArchiveMenu
from ui.archive.settings_dialog import ArchiveSettingsDialog
from ui.archive.wizard import ArchiveWizard

__all__ = [
    "ArchiveBrowser",
    "ArchiveMenu",
    "ArchiveSettingsDialog",
    "ArchiveWizard",
    "BindDialog",
]
