"""The exchange room in the main window (issue 17): File ▸ Import template… and File ▸ Import from Excel….

The template is for everyone (it holds no data); importing is for the roles that may (the administrator and the
department manager) — greyed out for the others, and the app refuses it anyway.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.exchange import ImportReport
from app.permissions import Action
from ui.exchange.import_wizard import ImportWizard
from ui.exchange.template_saver import TemplateSaver
from ui.window_parts import WindowPart, Workbench


class ExchangeMenu(WindowPart):
    """The File menu's import entries."""

    def __init__(self, window: Workbench, parent: QWidget) -> None:
        super().__init__(window, parent)
        self.wizard: ImportWizard | None = None
        self.template_saver = TemplateSaver(window.settings, parent)
        self.template_action = self.action(self.tr("Import &template…"))
        self.template_action.setObjectName("import-template")
        self.template_action.setToolTip(self.tr("Save the workbook to fill in for an import, with its instructions"))
        self.template_action.triggered.connect(lambda: self.save_template())
        self.import_action = self.action(
            self.tr("&Import from Excel…"), enabled=window.desk.may(window.actor, Action.IMPORT_WORKBOOK)
        )
        self.import_action.setObjectName("import-workbook")
        self.import_action.triggered.connect(lambda: self.import_workbook())
        window.add_to_file_menu(self.template_action, self.import_action)

    def save_template(self) -> None:
        self.template_saver.save()

    def import_workbook(self, path: Path | None = None) -> ImportWizard | None:
        if not self.import_action.isEnabled():
            return None
        if self.wizard is not None:
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        parent = self.parent()
        assert isinstance(parent, QWidget)
        self.wizard = ImportWizard(self.window.desk, self.window.actor, self.window.settings, parent, path)
        self.wizard.finished.connect(self._wizard_closed)  # it is deleted on closing
        self.wizard.import_done.connect(self._imported)
        self.window.open_dialog(self.wizard)
        return self.wizard

    def _wizard_closed(self, _result: int) -> None:
        self.wizard = None

    def _imported(self, report: ImportReport) -> None:
        # Replaces what the status bar said before (a new file's "no building yet").
        self.tell_status(
            self.tr("Imported from {file}: %n row(s) added.", "", report.added).format(file=report.path.name)
        )

    def close(self) -> None:
        # The window goes while a check or the import runs: stopped (rolled back) before the file is let go of.
        wizard = self.wizard
        if wizard is not None and wizard.task is not None:
            wizard.task.cancel()
            wizard.task.wait(30)
