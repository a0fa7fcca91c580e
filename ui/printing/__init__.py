"""The printing room's screens: the print preview, and Print list… with Export to Excel… for any list on screen.

Other rooms and the window use what is named here; the modules inside are this room's own.
"""

from __future__ import annotations

from ui.printing.list_export import ListExporter
from ui.printing.list_print import ListPrinter, ListText
from ui.printing.print_preview import PrintoutBuilder, PrintPreviewDialog, record_delivery

__all__ = [
    "ListExporter",
    "ListPrinter",
    "ListText",
    "PrintPreviewDialog",
    "PrintoutBuilder",
    "record_delivery",
]
