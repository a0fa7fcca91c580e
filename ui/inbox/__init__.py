"""The scan inbox's screens (issue 21): printing the cover sheets that go on top of papers at the copier.

Other rooms and the window use what is named here; the modules inside are this room's own.
"""

from __future__ import annotations

from ui.inbox.covers_dialog import CoverSheetsDialog
from ui.inbox.menu import CoversMenu

__all__ = ["CoverSheetsDialog", "CoversMenu"]
