"""Windows opened with nothing but the desk and a user — as their menu items open them."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tests.ui.tour.registry import Tour, opens
from ui.approvals.waiting_window import ApprovalsWaitingWindow
from ui.archive.appraisal import AppraisalDialog
from ui.archive.browser import ArchiveBrowser
from ui.archive.settings_dialog import ArchiveSettingsDialog
from ui.audit.audit_window import AuditWindow
from ui.building.building_editor import BuildingEditor
from ui.dossier.checklist_dialog import ChecklistDialog
from ui.loans.loans_window import LoansWindow
from ui.loans.request_dialog import LoanRequestDialog
from ui.people.account_dialogs import AddUserDialog, ChangePasswordDialog
from ui.people.users_dialog import UsersDialog
from ui.safety.backup_settings_dialog import BackupSettingsDialog
from ui.safety.scan_place_dialog import ScanPlaceDialog
from ui.search import SearchMenu, SearchWindow
from ui.tenancy.label_check_dialog import LabelCheckDialog

# Who opens each: the role whose menu has it.
_BY_MANAGER = (ApprovalsWaitingWindow, AppraisalDialog, ArchiveSettingsDialog, AuditWindow, BuildingEditor)
_BY_ADMIN = (AddUserDialog, UsersDialog, BackupSettingsDialog, ScanPlaceDialog)
_BY_CLERK = (ChecklistDialog, LoansWindow, LoanRequestDialog, ChangePasswordDialog)


@opens(*_BY_MANAGER, *_BY_ADMIN, *_BY_CLERK)
def _plain(tour: Tour, cls: type[QWidget]) -> QWidget:
    login = "manager" if cls in _BY_MANAGER else "admin" if cls in _BY_ADMIN else "clerk"
    return tour.show(cls(tour.desk, tour.actor(login)))


@opens(ArchiveBrowser, LabelCheckDialog)
def _with_settings(tour: Tour, cls: type[QWidget]) -> QWidget:
    return tour.show(cls(tour.desk, tour.actor("clerk"), tour.settings))


@opens(SearchWindow)
def _search_page(tour: Tour, cls: type[QWidget]) -> QWidget:
    # As Tools ▸ Search dossiers… leaves it after a search: hits listed, the count under them.
    window = tour.main()
    page = window.part(SearchMenu).open_search()
    page.text.setText("公司")
    page.run()
    tour.qtbot.waitUntil(lambda: not page.searching() and page.model.rowCount() > 0, timeout=30_000)
    return page
