"""The preview pane of the Documents tab: a document's scan, PDF pages or an image, without leaving the dossier."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.dossier import AttachmentFile, DocumentRow
from app.errors import AppError
from ui.tasks import BackgroundTask
from ui.translations import error_text

Resolve = Callable[[int], AttachmentFile]  # attachment id → its file; raises AppError when missing
_RUNNING: set[BackgroundTask] = set()


def _read_image(path: str) -> tuple[QImage, int]:
    """The image and its number of frames (a multi-page TIFF), read on a worker thread (QImage may be; QPixmap not)."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)  # phone photos carry their rotation in EXIF
    frames = max(1, reader.imageCount())
    return reader.read(), frames


class ImageView(QScrollArea):
    """An image scaled to the pane's width (a scan is read top to bottom), scrolling vertically."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pixmap = QPixmap()
        self.label = QLabel(self)
        self.label.setObjectName("image")
        self.label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_pixmap(self, pixmap: QPixmap) -> None:
        self._pixmap = pixmap
        self._rescale()

    def pixmap(self) -> QPixmap:
        return self._pixmap

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self._pixmap.isNull():
            self.label.clear()
            return
        width = max(1, self.viewport().width() - 2)
        shown = self._pixmap
        if shown.width() > width:  # never blow a small image up: that only blurs it
            shown = shown.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        self.label.setPixmap(shown)


class ScanPreview(QWidget):
    """Shows one attachment of the selected document; a selector appears when there are several."""

    open_requested = Signal(int)  # attachment id: open it with the system's viewer

    NOTE, PDF, IMAGE = range(3)

    def __init__(self, resolve: Resolve, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scan-preview")
        self.resolve = resolve
        self.document: DocumentRow | None = None
        self.may_attach = True  # scans may be dropped on documents of this dossier (not a read-only one)
        self._generation = 0  # what is shown now; an image read in the background for an older one is dropped

        self.selector = QComboBox(self)
        self.selector.setObjectName("attachment")
        self.selector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.selector.setMinimumContentsLength(12)
        self.selector.currentIndexChanged.connect(self._attachment_chosen)
        self.open_button = QPushButton(self.tr("Open with system &viewer"), self)
        self.open_button.setObjectName("open-scan")
        self.open_button.clicked.connect(self._open_clicked)
        self.info = QLabel(self)
        self.info.setObjectName("scan-info")
        self.info.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.note = QLabel(self)
        self.note.setObjectName("scan-note")
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setWordWrap(True)
        self.note.setMargin(12)
        self.pdf = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setObjectName("pdf-view")
        self.pdf_view.setDocument(self.pdf)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.image_view = ImageView(self)
        self.stack = QStackedWidget(self)
        for widget in (self.note, self.pdf_view, self.image_view):
            self.stack.addWidget(widget)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.selector, 1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(self.stack, 1)
        self.show_document(None)

    def sizeHint(self) -> QSize:
        return QSize(320, 400)

    def show_document(self, document: DocumentRow | None) -> None:
        """Show ``document``'s first scan (or a note saying why there is nothing to show)."""
        self.document = document
        attachments = document.attachments if document else ()
        self.selector.blockSignals(True)
        self.selector.clear()
        for attachment in attachments:
            self.selector.addItem(attachment.original_name, attachment.id)
        self.selector.blockSignals(False)
        self.selector.setVisible(len(attachments) > 1)
        self.open_button.setEnabled(bool(attachments))
        if document is None:
            self._note(self.tr("Select a document to see its scan."))
        elif not attachments and self.may_attach and not document.is_original:
            self._note(self.tr("This document has no scan. Drop PDF or image files on it to attach them."))
        elif not attachments:  # read-only here, or an original (its scans came with it): no invitation to drop
            self._note(self.tr("This document has no scan."))
        else:
            self._attachment_chosen(0)

    def current_attachment_id(self) -> int | None:
        data = self.selector.currentData()
        return int(data) if data is not None else None

    def page_count(self) -> int:
        return self.pdf.pageCount() if self.stack.currentIndex() == self.PDF else 0

    def _note(self, text: str) -> None:
        self._generation += 1  # an image still being read for the document before is not shown when it arrives
        self.pdf.close()
        self.image_view.set_pixmap(QPixmap())
        self.info.clear()
        self.note.setText(text)
        self.stack.setCurrentIndex(self.NOTE)

    def _attachment_chosen(self, index: int) -> None:
        attachment_id = self.selector.itemData(index)
        if attachment_id is None:
            return
        try:
            found = self.resolve(int(attachment_id))
        except AppError as err:  # the file is gone from the attachment folder: say so, and how to fix it
            self._note(error_text(err))
            return
        if found.media_type == "application/pdf":
            self._show_pdf(found)
        else:
            self._show_image(found)

    def _show_pdf(self, found: AttachmentFile) -> None:
        # QPdfView renders the pages on its own worker threads; only the file's table of pages is read here.
        self._generation += 1
        self.image_view.set_pixmap(QPixmap())
        self.pdf.close()
        if self.pdf.load(str(found.path)) != QPdfDocument.Error.None_:
            self._unshowable(found)
            return
        self.info.setText(self.tr("PDF · pages: {count}").format(count=self.pdf.pageCount()))
        self.stack.setCurrentIndex(self.PDF)

    def _show_image(self, found: AttachmentFile) -> None:
        """Decoded off the UI thread (a 600 dpi TIFF takes a while); shown when ready, unless another came first."""
        self.pdf.close()
        self._note(self.tr("Reading the scan…"))
        generation = self._generation
        path = str(found.path)
        task = BackgroundTask(lambda _progress: _read_image(path))
        _RUNNING.add(task)  # kept alive until it reports; it has no parent, so a closed dossier cannot delete it

        def done(result: object, *, failed: bool = False) -> None:
            _RUNNING.discard(task)
            task.deleteLater()
            if shiboken6.isValid(self) and generation == self._generation:
                self._image_read(found, None if failed else result)

        task.finished.connect(done)
        task.failed.connect(lambda _error: done(None, failed=True))
        task.start()

    def _image_read(self, found: AttachmentFile, result: object) -> None:
        if not isinstance(result, tuple) or result[0].isNull():
            self._unshowable(found)
            return
        image, frames = result
        self.image_view.set_pixmap(QPixmap.fromImage(image))
        text = self.tr("Image, {width} × {height}").format(width=image.width(), height=image.height())
        if frames > 1:
            text += " · " + self.tr("page 1 of {count}").format(count=frames)
        self.info.setText(text)
        self.stack.setCurrentIndex(self.IMAGE)

    def _unshowable(self, found: AttachmentFile) -> None:
        self._note(self.tr("“{file}” cannot be shown here; try the system viewer.").format(file=found.original_name))

    def _open_clicked(self) -> None:
        attachment_id = self.current_attachment_id()
        if attachment_id is not None:
            self.open_requested.emit(attachment_id)
