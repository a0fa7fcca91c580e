"""The archive, approvals and loans windows opened from the window or list that opens them, on the demo's data: the
appraisal's dialogs on files due decades ahead, the binding of a departed dossier, the one-time step for files bound
before the archive settings, the annual archiving wizard turned page by page to its result, the manager's countersign
of a destruction list, and the loan register and taking a loan back from the Loans window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard, QWizardPage

from app.approvals import approval, decide
from app.loans import LoanState
from tests.conftest import PASSWORD
from tests.e2e.test_archive_settings_cli import as_before_the_settings
from tests.ui.tour.registry import Tour, opens
from ui.approvals.countersign_dialog import CountersignDialog
from ui.archive import ArchiveMenu
from ui.archive.appraisal import AppraisalDialog, KeepLongerDialog, RecordDestructionDialog
from ui.archive.bind_dialog import BindDialog
from ui.archive.settings_dialog import ArchiveSettingsDialog, CodesDialog
from ui.archive.wizard import ArchiveWizard
from ui.archive.wizard_box_pages import BoxesPage, ConfirmPage, ResultPage
from ui.archive.wizard_tenancy_pages import CandidatesPage, YearPage
from ui.loans.loans_window import LoansWindow
from ui.loans.register_dialog import RegisterPeriodDialog
from ui.loans.take_back_dialog import TakeBackDialog

DECADES_AHEAD = QDate(2070, 1, 1)  # the demo's 10- and 30-year files are due for appraisal by then


def _appraisal(tour: Tour, *, submitted: bool = False) -> AppraisalDialog:
    """The supervisor's appraisal on the files due decades ahead; ``submitted``: the last one kept longer, the rest
    on a destruction list waiting for the manager."""
    dialog = tour.show(AppraisalDialog(tour.desk, tour.actor("supervisor")))
    dialog.as_of.setDate(DECADES_AHEAD)
    assert dialog.due.rows(), "decades ahead, the demo has files due"
    if submitted:
        last = len(dialog.due.rows()) - 1
        dialog.keep_longer([dialog.due.row(last)], 2080, "诉讼未结")
        dialog.opinion.setPlainText("经鉴定，保管期限已满，无继续保存价值")
        assert dialog.submit() is not None
    return dialog


@opens(KeepLongerDialog)
def _keep_longer(tour: Tour, _cls: type[QWidget]) -> QWidget:
    appraisal = _appraisal(tour)
    appraisal.due_table.selectRow(0)
    keep = appraisal.ask_keep_longer()
    assert keep is not None
    return tour.show(keep)


@opens(CountersignDialog)
def _countersign(tour: Tour, _cls: type[QWidget]) -> QWidget:
    """The manager signs at the supervisor's desk for the destruction list; Approve pressed before the list number
    is typed, so the dialog says what it needs."""
    appraisal = _appraisal(tour, submitted=True)
    chosen = appraisal.selected_list()
    assert chosen is not None and chosen.approval_id is not None
    with tour.desk.read(None) as work:
        request = approval(work, chosen.approval_id)
    dialog = tour.show(CountersignDialog(tour.desk, request, appraisal))
    dialog.login_edit.setText("manager")
    dialog.password_edit.setText(PASSWORD)
    dialog.approve_button.click()
    assert dialog.message.isVisibleTo(dialog)
    return dialog


@opens(RecordDestructionDialog)
def _record_destruction(tour: Tour, _cls: type[QWidget]) -> QWidget:
    appraisal = _appraisal(tour, submitted=True)
    chosen = appraisal.selected_list()
    assert chosen is not None and chosen.approval_id is not None
    with tour.desk.work(tour.actor("manager")) as work:
        decide(work, chosen.approval_id, approve=True, note="同意销毁")
    appraisal.load()
    record = appraisal.record_destruction()
    assert record is not None
    return tour.show(record)


@opens(BindDialog)
def _bind(tour: Tour, _cls: type[QWidget]) -> QWidget:
    """Bind ▸ from the departed dossier with the most documents, in the supervisor's window."""
    page = tour.main("supervisor").open_dossier(tour.dossier_id("departed"))
    assert page is not None
    dialog = page.bind()
    assert dialog is not None
    return tour.show(dialog)


@opens(CodesDialog)
def _codes(tour: Tour, _cls: type[QWidget]) -> QWidget:
    """The manager's one-time step in a file left by the previous version (old numbers, no archive settings)."""
    as_before_the_settings(tour.database)
    settings = tour.show(ArchiveSettingsDialog(tour.desk, tour.actor("manager")))
    assert settings.give_button.isVisible()
    codes = settings.give_codes()
    assert codes is not None and codes.model.rowCount() > 0
    return tour.show(codes)


# -- the annual archiving wizard, page by page ----------------------------------------------------------------------


def _archiving_step(tour: Tour) -> Callable[[QWizard], None]:
    """Fill each page of the wizard validly: bind the year's departed dossiers (those left out wait), box them, and
    archive."""

    def step(wizard: QWizard) -> None:
        assert isinstance(wizard, ArchiveWizard)
        page = wizard.currentPage()
        if isinstance(page, CandidatesPage) and page.unbound():
            question = page.bind_all()
            assert question is not None
            bind = next(b for b in question.buttons() if question.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
            bind.click()
            tour.qtbot.waitUntil(lambda: not wizard.busy(), timeout=60_000)
            if page.unbound():
                page.leave_check.setChecked(True)
        elif isinstance(page, BoxesPage):
            page.shelf_edit.setText("档案室 3号柜")
            page.update_preview()
        elif isinstance(page, ConfirmPage):
            page.validatePage()
            tour.qtbot.waitUntil(lambda: wizard.result_value is not None, timeout=60_000)

    return step


@opens(ArchiveWizard, YearPage, CandidatesPage, BoxesPage, ConfirmPage, ResultPage)
def _archiving(tour: Tour, cls: type[QWidget]) -> QWidget:
    """Archive ▸ Annual archiving… in the supervisor's window, turned to the page."""
    wizard = tour.main("supervisor").part(ArchiveMenu).archive_wizard()
    assert wizard is not None
    if not issubclass(cls, QWizardPage):
        return tour.show(wizard)
    return tour.turn_to(wizard, cls, _archiving_step(tour))


# -- loans ----------------------------------------------------------------------------------------------------------


def _loans(tour: Tour) -> LoansWindow:
    return tour.show(LoansWindow(tour.desk, tour.actor("clerk")))


@opens(RegisterPeriodDialog)
def _register_period(tour: Tour, _cls: type[QWidget]) -> QWidget:
    """Print register… with a period that ends before it begins: the dialog says so."""
    dialog = tour.show(_loans(tour).print_register())
    dialog.last_edit.setDate(dialog.first_edit.date().addDays(-1))
    dialog.accept()
    assert dialog.error.isVisibleTo(dialog)
    return dialog


@opens(TakeBackDialog)
def _take_back(tour: Tour, _cls: type[QWidget]) -> QWidget:
    """Take back… a loan that is out, not complete: the field for what was missing open."""
    window = _loans(tour)
    out = next((x for x in window.rows() if x.state == LoanState.OUT), None)
    assert out is not None, "the demo has a loan out"
    dialog = window.take_back(out.id)
    assert dialog is not None
    tour.show(dialog)
    dialog.incomplete_radio.setChecked(True)
    return dialog
