"""The dossier room's screens: the dossier view (tab or own window), its documents, contacts and history, document and
contact dialogs, the scan preview, the trash, the move-in checklist and the missing-papers report.

Other rooms and the window use what is named here; the modules inside are this room's own.
"""

from __future__ import annotations

from ui.dossier.checklist_dialog import ChecklistDialog
from ui.dossier.menu import PapersMenu
from ui.dossier.missing_report_dialog import MissingReportDialog
from ui.dossier.models import history_action, history_details
from ui.dossier.view import DossierPage
from ui.dossier.window import DossierWindow, DossierWindows

__all__ = [
    "ChecklistDialog",
    "DossierPage",
    "DossierWindow",
    "DossierWindows",
    "MissingReportDialog",
    "PapersMenu",
    "history_action",
    "history_details",
]
