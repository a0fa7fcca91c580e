"""The import wizard (File ▸ Import from Excel…): choose a workbook → check it → import it, all or nothing.

Check is the import's dry run (``app.exchange.import_workbook(..., dry_run=True)``); its answer turns the wizard to
every problem at once (with the error workbook and Print list) or to the preview of what will be added, where
Import runs the same import for real.
Both run off the UI thread as one unit of work of the person (``desk.work``), one writer at a time, with a
progress dialog whose Cancel rolls everything back. The window's views follow the committed import through the
desk's change set (new buildings and units appear on the floor tabs).

The pages are in import_pages.py, their lists in import_models.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget, QWizard

from app import exchange
from app.desk import Actor, Desk, Work
from app.errors import AppError
from app.exchange import ImportReport
from app.jobs import JobCancelled
from ui import messages
from ui.exchange.import_pages import ChoosePage, DonePage, PreviewPage, ReportPage
from ui.exchange.template_saver import TemplateSaver
from ui.help import TOPIC_PROPERTY
from ui.tasks import BackgroundTask, JobProgress
from ui.translations import error_text
from ui.window_parts import fit_to_screen


class ImportWizard(QWizard):
    """Import a workbook; ``import_done(ImportReport)`` after the commit."""

    import_done = Signal(object)
    CHOOSE, REPORT, PREVIEW, DONE = range(4)

    def __init__(
        self, desk: Desk, actor: Actor, settings: QSettings, parent: QWidget | None = None, path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.settings = settings
        self.task: BackgroundTask | None = None
        self.progress: JobProgress | None = None
        self.report: ImportReport | None = None  # the check's answer
        self.checked: Path | None = None  # the workbook it is of
        self.checked_now = False  # the answer just came: the first page lets the wizard turn to it
        self.result: ImportReport | None = None  # the import's, once committed
        self.saved_error_workbook: Path | None = None
        self.message: QMessageBox | None = None
        self.template_saver = TemplateSaver(settings, self)
        self.setObjectName("import-wizard")
        self.setProperty(TOPIC_PROPERTY, "import")
        self.setWindowTitle(self.tr("Import from Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.setOption(QWizard.WizardOption.HaveNextButtonOnLastPage, False)
        self.choose_page = ChoosePage(self)
        self.report_page = ReportPage(self)
        self.preview_page = PreviewPage(self)
        self.done_page = DonePage(self)
        self.setPage(self.CHOOSE, self.choose_page)
        self.setPage(self.REPORT, self.report_page)
        self.setPage(self.PREVIEW, self.preview_page)
        self.setPage(self.DONE, self.done_page)
        if path is not None:
            self.choose_page.file_edit.setText(str(path))
        fit_to_screen(self, 940, 640)

    # -- long work ------------------------------------------------------------------------------

    def busy(self) -> bool:
        return self.task is not None

    def run(
        self,
        job: Callable[[Work], Any],
        done: Callable[[Any], None],
        error: QLabel,
        text: str,
        not_done: Callable[[], None] | None = None,
    ) -> None:
        """Run ``job`` in the person's unit of work off the UI thread (a writer: the import needs the write lock
        even to check), buttons held, a progress dialog with Cancel after half a second. Cancel or a refusal rolls
        the unit of work back; the refusal is shown in ``error``."""
        desk, actor = self.desk, self.actor

        def in_work(_progress: object) -> Any:
            with desk.work(actor) as work:
                return job(work)

        self._start(BackgroundTask(in_work, self, writes=True), done, error, text, not_done)

    def run_reading(self, job: Callable[[object], Any], done: Callable[[Any], None], error: QLabel, text: str) -> None:
        """Run ``job`` off the UI thread without the database (the error workbook), with progress and Cancel."""
        self._start(BackgroundTask(job, self), done, error, text, None)

    def _start(
        self,
        task: BackgroundTask,
        done: Callable[[Any], None],
        error: QLabel,
        text: str,
        not_done: Callable[[], None] | None,
    ) -> None:
        if self.task is not None:
            return
        self.task = task
        self.progress = JobProgress(task, text, self)
        task.finished.connect(lambda result: self._ended(done, result))
        task.failed.connect(lambda exc: self._failed(exc, error, not_done))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._hold(True)
        task.start()

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
            self.currentPage().completeChanged.emit()  # the buttons follow the page again

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

    def _failed(self, exc: Exception, error: QLabel, not_done: Callable[[], None] | None) -> None:
        self._finish_task()
        if isinstance(exc, JobCancelled):
            error.setText(self.tr("Cancelled: nothing was written."))
        else:
            error.setText(error_text(exc) if isinstance(exc, AppError) else str(exc))
        error.setVisible(True)
        if not_done is not None:
            not_done()

    # -- the check and the import --------------------------------------------------------------

    def check(self, path: Path, error: QLabel) -> None:
        """The import's dry run of ``path``; its answer turns the wizard to the problems or the preview."""
        self.run(
            lambda work: exchange.import_workbook(work, path, dry_run=True),
            lambda report: self._checked(path, report),
            error,
            self.tr("Checking the workbook…"),
        )

    def _checked(self, path: Path, report: object) -> None:
        assert isinstance(report, ImportReport)
        self.report, self.checked = report, path
        self.checked_now = True
        self.next()
        self.checked_now = False

    def check_again(self) -> None:
        """The workbook corrected meanwhile: back to the first page and check it again."""
        if self.busy():
            return
        self.back()
        self.next()

    def imported(self, report: object) -> None:
        """The real import's answer: committed (on to the summary), or not written because the record changed since
        the check (a desk added the same rows meanwhile): checked again from the first page."""
        assert isinstance(report, ImportReport)
        if not report.written:
            self.report = None
            self.back()
            self.choose_page.error.setText(
                self.tr("The record changed since the check: nothing was written. Check the workbook again.")
            )
            self.choose_page.error.setVisible(True)
            return
        self.result = report
        self.import_done.emit(report)
        self.next()

    def tell_saved(self, path: Path) -> None:
        self.message = messages.tell(
            self, self.tr("The error workbook is saved as {file}.").format(file=path), icon=QMessageBox.Icon.Information
        )

    def done(self, result: int) -> None:
        if self.task is not None:
            return  # a check or the import still runs; its own Cancel stops it
        super().done(result)
