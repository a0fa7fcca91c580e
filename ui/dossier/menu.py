"""The dossier room in the main window: the floor's missing papers and the move-in papers checklist."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.permissions import Action
from ui.dossier.checklist_dialog import ChecklistDialog
from ui.dossier.missing_report_dialog import MissingReportDialog
from ui.window_parts import WindowPart, Workbench


class PapersMenu(WindowPart):
    """Tools ▸ Missing papers on this floor, Move-in checklist."""

    def __init__(self, window: Workbench, parent: QWidget) -> None:
        super().__init__(window, parent)
        self.missing_action = self.action(self.tr("&Missing papers on this floor…"), "missing")
        self.missing_action.triggered.connect(lambda: self.missing_report())
        self.checklist_action = self.action(
            self.tr("Move-in check&list…"),
            "checklist",
            enabled=window.desk.may(window.actor, Action.CONFIGURE_CHECKLIST),
        )
        self.checklist_action.triggered.connect(lambda: self.edit_checklist())
        window.tools_menu.addSeparator()
        window.tools_menu.addAction(self.missing_action)
        window.tools_menu.addAction(self.checklist_action)

    def missing_report(self) -> MissingReportDialog | None:
        floor = self.window.current_floor()
        if floor is None:
            return None
        dialog = MissingReportDialog(self.window.desk, self.window.actor, floor.id, floor.label, self.parent())
        dialog.dossier_chosen.connect(self.window.open_dossier)
        self.window.show_report(dialog)
        return dialog

    def edit_checklist(self) -> ChecklistDialog | None:
        if not self.window.desk.may(self.window.actor, Action.CONFIGURE_CHECKLIST):
            return None
        dialog = ChecklistDialog(self.window.desk, self.window.actor, self.parent())
        self.window.open_dialog(dialog)
        return dialog
