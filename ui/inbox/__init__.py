"""The scan inbox's screens (issue 21): printing the cover sheets that go on top of papers at the copier,
and the Inbox where the scans are filed.

Other rooms and the window use what is named here; the modules inside are this room's own.
"""

from __future__ import annotations

from ui.inbox.covers_dialog import CoverSheetsDialog
from ui.inbox.inbox_window import InboxWindow
from ui.inbox.menu import CoversMenu, InboxMenu
from ui.inbox.watcher import InboxWatcher

__all__ = ["CoverSheetsDialog", "CoversMenu", "InboxMenu", "InboxWatcher", "InboxWindow"]
