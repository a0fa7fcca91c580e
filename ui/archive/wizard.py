"""The annual archiving wizard (R7): year → the year's departed tenancies (bind them) → boxes → archive → result.

The supervisor picks a year; the wizard lists the tenancies that ended then and are not in a
box yet, binds the unbound ones in one go ("Bind all", R6), previews how the bound dossiers go
into file boxes by floor, and on confirmation boxes them in one transaction. Running it again
for the same year shows only what is new. Binding, archiving and building the year's PDF run
off the UI thread (ui/tasks.py) with a progress dialog and Cancel (which rolls the step back), so a
year of 500 tenancies does not freeze the window.

The pages are in wizard_tenancy_pages.py (year, departed tenancies) and wizard_box_pages.py
(boxes, confirm, result), what they share in wizard_common.py; this module holds the wizard
that strings them together and runs the long work.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget, QWizard

from app import archive
from app.archive import ArchiveResult, BoxInfo
from app.desk import Actor, Desk
from app.errors import AppError
from app.jobs import JobCancelled
from app.permissions import Action
from ui.archive.wizard_box_pages import BoxesPage, ConfirmPage, ResultPage
from ui.archive.wizard_common import retention_box as retention_box  # imported from here by the bind dialog
from ui.archive.wizard_tenancy_pages import CandidatesModel as CandidatesModel  # imported from here by tests
from ui.archive.wizard_tenancy_pages import CandidatesPage, YearPage
from ui.printing import PrintoutBuilder
from ui.tasks import BackgroundTask, JobProgress
from ui.translations import error_text
from ui.window_parts import fit_to_screen


class ArchiveWizard(QWizard):
    """The annual archiving; ``archived(ArchiveResult)`` after the commit, ``browser_requested(year)``."""

    archived = Signal(object)
    browser_requested = Signal(int)
    YEAR, CANDIDATES, BOXES, CONFIRM, RESULT = range(5)

    def __init__(self, desk: Desk, actor: Actor, year: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.task: BackgroundTask | None = None
        self.progress: JobProgress | None = None
        self.result_value: ArchiveResult | None = None
        self.printouts = PrintoutBuilder(desk, actor, self)
        self._asked = False  # for the archive settings, at the first archiving
        self.setObjectName("archive-wizard")
        self.setWindowTitle(self.tr("Annual archiving"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.year_page = YearPage(self)
        if year is not None:
            self.year_page.load(year)
        self.candidates_page = CandidatesPage(self)
        self.boxes_page = BoxesPage(self)
        self.confirm_page = ConfirmPage(self)
        self.result_page = ResultPage(self)
        for page_id, page in enumerate(
            (self.year_page, self.candidates_page, self.boxes_page, self.confirm_page, self.result_page)
        ):
            self.setPage(page_id, page)
        fit_to_screen(self, 980, 600)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The first archiving asks the manager for the archive settings (once a wizard): 档号 given now are for good.
        if not self._asked and self.desk.may(self.actor, Action.CONFIGURE_ARCHIVE):
            self._asked = True
            if self.year_page.settings_notice.needed():
                QTimer.singleShot(0, self.year_page.settings_notice.open_settings)

    def year(self) -> int | None:
        return self.year_page.year()

    def building_id(self) -> int | None:
        return self.year_page.building_id()

    # -- long work ------------------------------------------------------------------------------

    def busy(self) -> bool:
        return self.task is not None

    def run(self, job: Callable[[Any], Any], done: Callable[[Any], None], error: QLabel, text: str) -> None:
        """Run an app call that writes off the UI thread: buttons held, a progress dialog (``text``) with Cancel
        after half a second; the app's refusal shown in ``error``. Cancel rolls the whole step back."""
        if self.task is not None:
            return
        self.task = BackgroundTask(job, self, writes=True)
        self.progress = JobProgress(self.task, text, self)
        self.task.finished.connect(lambda result: self._ended(done, result))
        self.task.failed.connect(lambda exc: self._failed(exc, error))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._hold(True)
        self.task.start()

    def _hold(self, held: bool) -> None:
        for button in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(button).setEnabled(not held)
        self.currentPage().setEnabled(not held)
        if not held:
            self.currentPage().completeChanged.emit()  # Next follows the page again

    def _finish_task(self) -> None:
        if self.task is not None:
            self.task.deleteLater()
            self.task = None
            self.progress = None
            QApplication.restoreOverrideCursor()
            self._hold(False)

    def _ended(self, done: Callable[[Any], None], result: object) -> None:
        self._finish_task()
        done(result)

    def _failed(self, exc: Exception, error: QLabel) -> None:
        self._finish_task()
        if isinstance(exc, JobCancelled):
            error.setText(self.tr("Cancelled: nothing was changed."))
        else:
            error.setText(error_text(exc) if isinstance(exc, AppError) else str(exc))
        error.setVisible(True)

    def archived_done(self, result: ArchiveResult) -> None:
        self.result_value = result
        self.archived.emit(result)
        self.next()

    # -- after archiving ------------------------------------------------------------------------

    def created_boxes(self) -> tuple[BoxInfo, ...]:
        return self.result_value.boxes if self.result_value is not None else ()

    def preview_year(self) -> bool:
        """The year's combined PDF: every box's directory, in-file directories and labels."""
        year = self.year()
        building_id = self.building_id()
        if year is None:
            return False
        return self.printouts.build(
            lambda work, target: archive.print_archive(work, year, target, building_id),
            f"archive-{year}.pdf",
            self.tr("Archive {year}").format(year=year),
        )

    def print_box_labels(self) -> bool:
        ids = [b.id for b in self.created_boxes()]
        if not ids:
            return False
        return self.printouts.build(
            lambda work, target: archive.print_box_labels(work, ids, target),
            f"box-labels-{self.year()}.pdf",
            self.tr("Box labels ({count})").format(count=len(ids)),
        )

    def open_browser(self) -> None:
        year = self.year()
        if year is not None:
            self.browser_requested.emit(year)

    def done(self, result: int) -> None:
        if self.task is not None:
            return  # an app call is still running; it ends the step it started
        self.printouts.cleanup()
        super().done(result)
