"""Print preview for every printout: the app builds a PDF, this dialog shows, prints or saves it.

The PDF the app made is the single truth: the preview shows its pages, the printer gets the
same pages rendered at the printer's resolution, and "Save as PDF" copies the very file.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QPointF, QRectF, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QToolBar, QVBoxLayout, QWidget

from app.desk import Actor, Desk, Work
from app.errors import AppError
from app.files import copy_file
from ui import messages
from ui.tasks import BackgroundTask
from ui.translations import error_text

ZOOM_STEP = 1.25
MAX_PRINT_DPI = 300  # enough for text on paper; more only makes the spool file huge


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Render ``document``'s pages onto ``printer`` (its page range if one was chosen); returns pages printed."""
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
            if printed:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(page, QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi)))
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(0, 0, image.width() * scale, image.height() * scale)
            target.moveCenter(area.center())
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed


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
        self.print_action = self._action(self.tr("&Print…"), QKeySequence.StandardKey.Print, self.print_document)
        self.save_action = self._action(self.tr("&Save as PDF…"), QKeySequence.StandardKey.Save, self.save_as)
        self.toolbar.addSeparator()
        self.zoom_out_action = self._action(self.tr("Zoom &out"), QKeySequence.StandardKey.ZoomOut, self.zoom_out)
        self.zoom_in_action = self._action(self.tr("Zoom &in"), QKeySequence.StandardKey.ZoomIn, self.zoom_in)
        self.fit_action = self._action(self.tr("&Fit width"), QKeySequence("Ctrl+0"), self.fit_width)
        self.toolbar.addSeparator()
        self.previous_action = self._action(self.tr("P&revious page"), QKeySequence("PgUp"), self.previous_page)
        self.next_action = self._action(self.tr("&Next page"), QKeySequence("PgDown"), self.next_page)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("page")
        self.page_label.setContentsMargins(8, 0, 8, 0)
        self.toolbar.addWidget(self.page_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        self._page_shown(0)
        self.resize(760, 900)
        self.view.setFocus()

    def _action(self, text: str, keys: QKeySequence | QKeySequence.StandardKey, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    # -- looking --------------------------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def _page_shown(self, page: int) -> None:
        count = self.page_count()
        self.page_label.setText(self.tr("Page {page} of {count}").format(page=page + 1, count=count))
        self.previous_action.setEnabled(page > 0)
        self.next_action.setEnabled(page + 1 < count)

    def go_to_page(self, page: int) -> None:
        if 0 <= page < self.page_count():
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
            self._page_shown(page)

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
        if dialog.exec() == QDialog.DialogCode.Accepted and print_pdf(self.document, printer):
            self.printed.emit()
            self.delivered.emit()

    def save_as(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), self.pdf.name, self.tr("PDF (*.pdf)"))
        if name:
            self.save_copy(Path(name))

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
    responsive (busy cursor meanwhile). The PDFs live in a temporary folder that goes with the
    builder. ``shown(PrintPreviewDialog)`` when a preview opens; one printout at a time.
    """

    shown = Signal(object)

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.host = parent
        self.task: BackgroundTask | None = None
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
        self.task.finished.connect(lambda pdf: self._built(pdf, title))
        self.task.failed.connect(self._failed)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.task.start()
        return True

    def _done(self) -> None:
        if self.task is not None:
            self.task.deleteLater()
            self.task = None
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
            QThreadPool.globalInstance().waitForDone()
        self._folder.cleanup()

    def _failed(self, error: Exception) -> None:
        self._done()
        text = error_text(error) if isinstance(error, AppError) else str(error)
        messages.tell(self.host, self.tr("The printout could not be made: {problem}").format(problem=text))
