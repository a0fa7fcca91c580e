"""The archive room in the main window: the Archive menu with the annual archiving wizard and the archive browser."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.permissions import Action
from ui.archive.appraisal import AppraisalDialog
from ui.archive.browser import ArchiveBrowser
from ui.archive.settings_dialog import ArchiveSettingsDialog
from ui.archive.wizard import ArchiveWizard
from ui.window_parts import WindowPart, Workbench


class ArchiveMenu(WindowPart):
    """The supervisor's yearly boxing of departed tenants' dossiers (R6, R7), and the browser of the boxes."""

    def __init__(self, window: Workbench, parent: QWidget) -> None:
        super().__init__(window, parent)
        self.archive_browser_dialog: ArchiveBrowser | None = None
        menu = window.add_menu(self.tr("&Archive"))
        self.archive_action = self.action(
            self.tr("Annual &archiving…"), "archive", enabled=window.desk.may(window.actor, Action.ARCHIVE)
        )
        self.archive_action.triggered.connect(lambda: self.archive_wizard())
        self.archive_browser_action = self.action(self.tr("Archive &browser…"), "archive-browser")
        self.archive_browser_action.triggered.connect(lambda: self.archive_browser())
        # The 全宗 and how a 档号 is made: the manager changes them, everyone may look.
        self.archive_settings_action = self.action(self.tr("Archive &settings (全宗, 档号)…"), "settings")
        self.archive_settings_action.triggered.connect(lambda: self.archive_settings())
        menu.addAction(self.archive_action)
        menu.addAction(self.archive_browser_action)
        # issue 12: destruction — the appraisal of what is past its retention (R15): the supervisor proposes, the
        # supervisor or the manager records an approved destruction.
        self.appraisal_dialog: AppraisalDialog | None = None
        self.appraisal_action = self.action(self.tr("A&ppraisal…"), None, enabled=self._may_appraise())
        self.appraisal_action.triggered.connect(lambda: self.appraisal())
        menu.addAction(self.appraisal_action)
        menu.addSeparator()
        menu.addAction(self.archive_settings_action)

    def archive_wizard(self, year: int | None = None) -> ArchiveWizard | None:
        if not self.window.desk.may(self.window.actor, Action.ARCHIVE):
            return None
        wizard = ArchiveWizard(self.window.desk, self.window.actor, year, self.parent())
        wizard.browser_requested.connect(self.archive_browser)
        self.window.open_dialog(wizard)
        return wizard

    def archive_settings(self) -> ArchiveSettingsDialog:
        dialog = ArchiveSettingsDialog(self.window.desk, self.window.actor, self.parent())
        self.window.open_dialog(dialog)
        return dialog

    def archive_browser(self, year: int | None = None) -> ArchiveBrowser:
        """The archive browser beside the floors (modeless, one at a time), on ``year`` if given."""
        browser = self.archive_browser_dialog
        if browser is None:
            browser = ArchiveBrowser(self.window.desk, self.window.actor, self.window.settings, self.parent())
            browser.dossier_chosen.connect(self.open_from_browser)
            browser.destroyed.connect(self._forget_archive_browser)
            self.archive_browser_dialog = browser
            self.window.show_report(browser)
        else:
            browser.load()
            browser.show()
            browser.raise_()
            browser.activateWindow()
        if year is not None:
            browser.select_year(year)
        return browser

    def open_from_browser(self, dossier_id: int) -> None:
        """A file chosen in the browser opens as a tab of the main window, and the main window comes in front of the
        browser (a file with a window of its own has come to the front already)."""
        if self.window.open_dossier(dossier_id) is None:
            return
        host = self.parent()
        if isinstance(host, QWidget):
            host.raise_()
            host.activateWindow()

    def open_box(self, box_id: int) -> ArchiveBrowser:
        """The archive browser on one box (a scanned box label): its dossiers listed, ready to print or take out."""
        browser = self.archive_browser()
        browser.select_box(box_id)
        return browser

    def _forget_archive_browser(self) -> None:
        self.archive_browser_dialog = None

    def _may_appraise(self) -> bool:
        desk, actor = self.window.desk, self.window.actor
        return desk.may(actor, Action.PROPOSE_DESTRUCTION) or desk.may(actor, Action.RECORD_DESTRUCTION)

    def appraisal(self) -> AppraisalDialog | None:
        """The appraisal beside the floors (modeless, one at a time)."""
        if not self._may_appraise():
            return None
        dialog = self.appraisal_dialog
        if dialog is None:
            dialog = AppraisalDialog(self.window.desk, self.window.actor, self.parent())
            dialog.destroyed.connect(self._forget_appraisal)
            self.appraisal_dialog = dialog
            self.window.show_report(dialog)
        else:
            dialog.load()
            dialog.show()
            dialog.raise_()
        return dialog

    def _forget_appraisal(self) -> None:
        self.appraisal_dialog = None
