"""The search room's screens: the quick-find box, the search page and the barcode scanner that opens a dossier.

Other rooms and the window use what is named here; the modules inside are this room's own.
"""

from __future__ import annotations

from ui.search.menu import ScanToOpen, SearchMenu
from ui.search.quick_find import QuickFind
from ui.search.scanner import ScanListener
from ui.search.search_window import SearchWindow

__all__ = [
    "QuickFind",
    "ScanListener",
    "ScanToOpen",
    "SearchMenu",
    "SearchWindow",
]
