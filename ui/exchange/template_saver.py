"""Saving the import template (File ▸ Import template…, and the link on the wizard's first page): where to save it,
written off the UI thread (openpyxl is loaded on first use), then an offer to open its folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app import exchange
from app.errors import AppError
from ui import messages, places
from ui.tasks import BackgroundTask, JobProgress
from ui.translations import error_text


def remembered_folder(settings: QSettings) -> str:
    """The folder of the last workbook chosen or saved (else Documents): the next dialog opens there."""
    return str(places.start_folder("workbook", settings))


def remember_folder(settings: QSettings, path: Path) -> None:
    places.remember_folder("workbook", settings, path)


class TemplateSaver(QObject):
    """Asks where, writes the template, then offers to open its folder; ``saved(path)`` once it is written."""

    saved = Signal(object)

    def __init__(self, settings: QSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self.settings = settings
        self.host = parent
        self.task: BackgroundTask | None = None
        self.progress: JobProgress | None = None
        self.message: QMessageBox | None = None

    def busy(self) -> bool:
        return self.task is not None

    def ask_target(self) -> str:
        """The file to write (one place, so a test can answer in the person's stead); "" when cancelled."""
        suggested = Path(remembered_folder(self.settings)) / (self.tr("import-template") + ".xlsx")
        name, _filter = QFileDialog.getSaveFileName(
            self.host, self.tr("Save the import template"), str(suggested), self.tr("Excel workbook (*.xlsx)")
        )
        return name

    def save(self) -> BackgroundTask | None:
        if self.task is not None:
            return None
        name = self.ask_target()
        if not name:
            return None
        target = Path(name)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        remember_folder(self.settings, target)
        self.task = BackgroundTask(lambda _progress: exchange.write_template(target), self)
        self.progress = JobProgress(self.task, self.tr("Writing the import template…"), self.host)
        self.task.finished.connect(self._written)
        self.task.failed.connect(self._failed)
        self.task.start()
        return self.task

    def _end(self) -> None:
        if self.task is not None:
            self.task.deleteLater()
        self.task = None
        self.progress = None

    def _written(self, path: object) -> None:
        self._end()
        written = Path(str(path))
        self.saved.emit(written)
        self.message = messages.ask(
            self.host,
            self.tr(
                "The import template is saved as {file}. Fill in its sheets, then use File ▸ Import from Excel…."
            ).format(file=written),
            self.tr("Open its &folder"),
            lambda: self.open_folder(written),
        )

    def open_folder(self, path: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def _failed(self, exc: Exception) -> None:
        self._end()
        self.message = messages.tell(self.host, error_text(exc) if isinstance(exc, AppError) else str(exc))
