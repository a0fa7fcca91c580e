"""Print preview for every printout: the app builds a PDF, this dialog shows, prints or saves it.

The PDF the app made is the single truth: the preview shows its pages, the printer gets the
same pages rendered at the printer's resolution, and "Save as PDF" copies the very file.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import jobs
from app.desk import Actor, Desk, Work
from app.errors import AppError
from app.files import copy_file
from app.jobs import JobCancelled
from ui import messages, places
from ui.tasks import BackgroundTask, JobProgress
from ui.translations import error_text

ZOOM_STEP = 1.25
MAX_PRINT_DPI = 300  # enough for text on paper; more only makes the spool file huge
PRINT_STRIPS = 16  # a page is drawn in this many strips, each a short hold of the interpreter lock


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Render ``document``'s pages onto ``printer`` (its page range if one was chosen); returns pages printed.

    A page takes about a third of a second at 300 dpi, so a year's archive takes a minute: run on a worker
    (``print_in_background``), it reports each page and stops between two when cancelled (``JobCancelled``),
    and the print run is then aborted instead of sending the pages done so far."""
    count = document.pageCount()
    first = max(1, printer.fromPage() or 1) - 1
    last = min(count, printer.toPage() or count) - 1
    if count == 0 or first > last:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        for page in range(first, last + 1):
            jobs.step(printed, last + 1 - first)
            if printed:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            area = QRectF(painter.viewport())
            scale = min(area.width() / size.width(), area.height() / size.height())
            target = QRectF(0, 0, size.width() * scale, size.height() * scale)
            target.moveCenter(area.center())
            _print_in_strips(document, page, size, painter, target)
            printed += 1
    except JobCancelled:
        printer.abort()  # the pages done so far are not sent
        raise
    finally:
        painter.end()
    return printed


def _print_in_strips(document: QPdfDocument, page: int, size: QSize, painter: QPainter, target: QRectF) -> None:
    """Render and draw the page in horizontal strips: neither call lets go of the interpreter lock, and for a whole
    300 dpi page drawing alone took half a second (the printer compresses the image), stopping the window even
    from a worker; a strip is a few milliseconds each."""
    height = size.height()
    scale = target.height() / height
    for n in range(PRINT_STRIPS):
        top, bottom = height * n // PRINT_STRIPS, height * (n + 1) // PRINT_STRIPS
        jobs.checkpoint()
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(size)
        options.setScaledClipRect(QRect(0, top, size.width(), bottom - top))
        strip = document.render(page, QSize(size.width(), bottom - top), options)
        painter.drawImage(
            QRectF(target.left(), target.top() + top * scale, target.width(), (bottom - top) * scale), strip
        )


SaveCopy = Callable[[Path, Path], object]  # (the preview's PDF, the file chosen) -> the copy made; raises AppError


class PrintPreviewDialog(QDialog):
    """Shows ``pdf`` with zoom and page controls; Print… and Save as PDF… act on exactly that file.

    ``delivered`` is emitted once the pages went to a printer (``printed``) or were saved: what counts as printed
    (dossier labels are recorded then, not when merely looked at). ``save_copy_with`` writes the saved copy: a
    plain atomic copy unless a printout must record its delivery in the same step (labels, R5).
    """

    delivered = Signal()
    printed = Signal()

    def __init__(self, pdf: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = Path(pdf)
        self.save_copy_with: SaveCopy = copy_file
        self.setObjectName("print-preview")
        self.setWindowTitle(self.tr("Print preview — {title}").format(title=title))
        self.title = title
        self._printing: tuple[BackgroundTask, QPrinter] | None = None  # a print run on its worker
        self.document = QPdfDocument(self)
        self.document.load(str(self.pdf))
        self.view = QPdfView(self)
        self.view.setObjectName("pdf-view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.pageNavigator().currentPageChanged.connect(self._page_shown)

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.print_action = self._action(self.tr("&Print…"), QKeySequence.StandardKey.Print, self.print_document, None)
        self.save_action = self._action(self.tr("&Save as PDF…"), QKeySequence.StandardKey.Save, self.save_as, None)
        self.zoom_out_action = self._action(self.tr("Zoom &out"), QKeySequence.StandardKey.ZoomOut, self.zoom_out)
        self.zoom_in_action = self._action(self.tr("Zoom &in"), QKeySequence.StandardKey.ZoomIn, self.zoom_in)
        self.fit_action = self._action(self.tr("&Fit width"), QKeySequence("Ctrl+0"), self.fit_width)
        self.fit_page_action = self._action(self.tr("Whole pa&ge"), QKeySequence("Ctrl+1"), self.fit_page)
        self.toolbar.addSeparator()
        self.first_action = self._action(self.tr("F&irst"), QKeySequence("Home"), self.first_page)
        self.previous_action = self._action(self.tr("P&revious"), QKeySequence("PgUp"), self.previous_page)
        # A page number to type: a year's archive runs to hundreds of pages.
        self.page_box = QSpinBox(self)
        self.page_box.setObjectName("page-box")
        self.page_box.setRange(1, max(1, self.page_count()))
        self.page_box.setKeyboardTracking(False)  # go when the number is complete (Enter or leaving the box)
        self.page_box.setAccessibleName(self.tr("Page"))
        self.page_box.valueChanged.connect(lambda page: self.go_to_page(page - 1))
        self.toolbar.addWidget(self.page_box)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("page")
        self.page_label.setContentsMargins(4, 0, 4, 0)
        self.toolbar.addWidget(self.page_label)
        self.next_action = self._action(self.tr("&Next"), QKeySequence("PgDown"), self.next_page)
        self.last_action = self._action(self.tr("&Last"), QKeySequence("End"), self.last_page)
        # Esc closes too, but a preview must show how to leave it: the buttons below are always in sight,
        # whatever the toolbar has to fold away on a narrow screen.
        self.close_action = self._action(self.tr("&Close"), QKeySequence("Ctrl+W"), self.reject, None)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(8, 6, 8, 6)
        for action in (self.print_action, self.save_action, None, self.close_action):
            if action is None:
                buttons.addStretch(1)
                continue
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setMinimumWidth(88)
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._page_shown(0)
        self._fit_screen()
        self.view.setFocus()

    def _fit_screen(self) -> None:
        """An A4 page's proportions, but never larger than the screen's free area (taskbar and title bar left out)."""
        screen = (self.parentWidget() or self).screen() or QApplication.primaryScreen()
        free = screen.availableGeometry()
        frame = 40  # the window's title bar and borders, drawn outside the dialog's own size
        width = min(860, free.width() - 2 * frame)
        height = min(960, free.height() - 2 * frame)
        self.resize(max(320, width), max(240, height))
        self.setMaximumSize(free.width(), free.height() - frame)

    def _action(
        self, text: str, keys: QKeySequence | QKeySequence.StandardKey, slot: object, bar: QToolBar | None = ...
    ) -> QAction:
        """An action of the dialog (its key works even when the toolbar folds its button away), on ``bar``."""
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        self.addAction(action)
        target = self.toolbar if bar is ... else bar
        if target is not None:
            target.addAction(action)
        return action

    # -- looking --------------------------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def _page_shown(self, page: int) -> None:
        count = self.page_count()
        self.page_label.setText(self.tr("of {count}").format(count=count))
        self.page_box.blockSignals(True)  # showing where we are is not a request to go there
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self.first_action.setEnabled(page > 0)
        self.previous_action.setEnabled(page > 0)
        self.next_action.setEnabled(page + 1 < count)
        self.last_action.setEnabled(page + 1 < count)

    def go_to_page(self, page: int) -> None:
        if 0 <= page < self.page_count():
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
            self._page_shown(page)

    def first_page(self) -> None:
        self.go_to_page(0)

    def last_page(self) -> None:
        self.go_to_page(self.page_count() - 1)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def zoom_in(self) -> None:
        self._zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(1 / ZOOM_STEP)

    def _zoom(self, factor: float) -> None:
        zoom = self.view.zoomFactor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(8.0, zoom * factor)))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    # -- printing and saving --------------------------------------------------------------------

    def printer(self) -> QPrinter:
        """A printer set up for this PDF: its page size (A4 for ours), portrait or landscape as drawn."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        if self.page_count():
            points = self.document.pagePointSize(0)
            size = QPageSize(points, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
            printer.setPageSize(size)
            landscape = points.width() > points.height()
            printer.setPageOrientation(
                QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
            )
        printer.setFullPage(True)  # the PDF already has its margins
        return printer

    def print_document(self) -> None:
        printer = self.printer()
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.page_count()))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_in_background(printer)

    def print_in_background(self, printer: QPrinter) -> BackgroundTask:
        """Send the pages to ``printer`` on a worker, with a progress dialog and Cancel; ``printed`` when done."""
        pdf = self.pdf

        def job(_progress: object) -> int:
            document = QPdfDocument()  # the worker's own: the preview's stays with the window
            document.load(str(pdf))
            try:
                return print_pdf(document, printer)
            finally:
                document.close()

        task = BackgroundTask(job, self)
        JobProgress(task, self.tr("Printing “{title}”…").format(title=self.title), self)
        self.print_action.setEnabled(False)  # one print run at a time

        def ended(pages: object) -> None:
            self._print_run_ended(task)
            if pages:
                self.printed.emit()
                self.delivered.emit()

        def failed(error: object) -> None:
            self._print_run_ended(task)
            if not isinstance(error, JobCancelled):
                messages.tell(self, self.tr("The pages could not be printed: {problem}").format(problem=str(error)))

        task.finished.connect(ended)
        task.failed.connect(failed)
        self._printing = (task, printer)  # kept alive while the worker paints on the printer
        task.start()
        return task

    def _print_run_ended(self, task: BackgroundTask) -> None:
        self._printing = None
        self.print_action.setEnabled(True)
        task.deleteLater()

    def done(self, result: int) -> None:
        """Closing while pages are being printed cancels the print run (aborted at the next page) first."""
        if self._printing is not None:
            self._printing[0].cancel()
            self._printing[0].wait()
        super().done(result)

    def save_as(self) -> None:
        settings = places.window_settings(self)
        start = places.start_folder("printout", settings) / self.pdf.name
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), str(start), self.tr("PDF (*.pdf)"))
        if name and self.save_copy(Path(name)):
            places.remember_folder("printout", settings, Path(name))

    def save_copy(self, target: Path) -> bool:
        """Save the PDF at ``target``: whole or not at all; a full disk or a locked file is said in the app's words."""
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            self.save_copy_with(self.pdf, target)
        except AppError as err:
            messages.tell(self, error_text(err))  # the same words as the command line: which file, what happened
            return False
        self.delivered.emit()
        return True


Build = Callable[[Work, Path], object]


def record_delivery(
    dialog: PrintPreviewDialog, desk: Desk, actor: Actor, what: str, dossier_id: int | None = None
) -> None:
    """Record in the audit log each time the preview's pages go to a printer or a file (R16: every print)."""

    def record() -> None:
        details = {"what": what, "pages": dialog.page_count()}
        desk.record(actor, "dossier" if dossier_id else "printout", dossier_id, "print", details, dossier_id)

    dialog.delivered.connect(record)


class PrintoutBuilder(QObject):
    """Builds a printout off the UI thread, then opens it in the print preview.

    An archive printout can run to a thousand pages; building it on a worker keeps the window
    responsive, with a progress dialog (after half a second) whose Cancel stops the build between two
    flowables: the PDF is written under a temporary name, so a cancelled one leaves nothing. The PDFs live
    in a temporary folder that goes with the builder. ``shown(PrintPreviewDialog)`` when a preview opens;
    ``cancelled()`` when the person stopped the build; one printout at a time.
    """

    shown = Signal(object)
    cancelled = Signal()

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.host = parent
        self.task: BackgroundTask | None = None
        self.progress: JobProgress | None = None
        self.preview: PrintPreviewDialog | None = None
        self._dossier_id: int | None = None  # the dossier the printout being built is of, if any
        self._folder = tempfile.TemporaryDirectory(prefix="dossier-desk-print-", ignore_cleanup_errors=True)

    def busy(self) -> bool:
        return self.task is not None

    def build(self, build: Build, file_name: str, title: str, *, dossier_id: int | None = None) -> bool:
        """Start building ``file_name`` with ``build(work, target)``; False if a printout is still being built.

        Once printed or saved from the preview, the printout is recorded in the audit log (R16), under
        ``dossier_id`` when it is a dossier's."""
        if self.task is not None:
            return False
        self._dossier_id = dossier_id
        target = Path(self._folder.name) / file_name
        desk, actor = self.desk, self.actor
        self.preview = None  # the new printout's, once built

        def job(_progress: object) -> Path:
            with desk.read(actor) as work:
                build(work, target)
            return target

        self.task = BackgroundTask(job, self)
        self.progress = JobProgress(self.task, self.tr("Making the printout “{title}”…").format(title=title), self.host)
        self.task.finished.connect(lambda pdf: self._built(pdf, title))
        self.task.failed.connect(self._failed)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)  # busy, yet the window still answers
        self.task.start()
        return True

    def cancel(self) -> None:
        """Stop the printout being built (as its progress dialog's Cancel does); nothing of it is kept."""
        if self.task is not None:
            self.task.cancel()

    def _done(self) -> None:
        if self.task is not None:
            self.task.deleteLater()
            self.task = None
            self.progress = None
            QApplication.restoreOverrideCursor()

    def _built(self, pdf: Path, title: str) -> None:
        self._done()
        dialog = PrintPreviewDialog(pdf, title, self.host)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        record_delivery(dialog, self.desk, self.actor, title, self._dossier_id)
        dialog.open()
        self.preview = dialog
        self.shown.emit(dialog)

    def cleanup(self) -> None:
        """When the host closes: let a printout being built finish (it writes into the folder), then remove it."""
        if self.task is not None:
            self.task.cancel()  # nobody will look at it now: stop at the next step instead of finishing it
            self.task.wait()
        self._folder.cleanup()

    def _failed(self, error: Exception) -> None:
        self._done()
        if isinstance(error, JobCancelled):
            self.cancelled.emit()  # the person asked for it: nothing to tell
            return
        text = error_text(error) if isinstance(error, AppError) else str(error)
        messages.tell(self.host, self.tr("The printout could not be made: {problem}").format(problem=text))
