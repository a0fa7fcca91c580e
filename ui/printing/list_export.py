""" "Export to Excel…" (导出 Excel) beside every Print list: the same rows, as a workbook instead of a printout.

The rows are the ones Print list would print (``ListPrinter.list_text``: the visible columns in screen order, every
row of a lazily filled model, personal data masked as on paper). ``app.exchange.typed_sheet`` turns their display
text back into values Excel can sort and sum (dates, money, counts; unit numbers stay text) and
``app.exchange.write_workbook`` writes it off the UI thread, with the progress dialog and Cancel every long job has:
a cancelled or failed export leaves no file. Each export is recorded in the audit log (what, how many rows).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWidget

from app.desk import Actor, Desk
from app.errors import AppError
from app.jobs import JobCancelled
from ui import messages
from ui.icons import icon
from ui.places import REMEMBERED, remember_folder, start_folder, window_settings
from ui.tasks import BackgroundTask, JobProgress, run_with_progress
from ui.translations import error_text, format_date

if TYPE_CHECKING:  # names for the type checker only: app.exchange's would load openpyxl, list_print imports this
    from app.exchange import DateOrder
    from ui.printing.list_print import ListText

FOLDER_KEY = REMEMBERED["export"]  # the folder the last export went to, offered again next time
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def date_order() -> DateOrder:
    """How the interface language writes a date (``format_date``): year first (zh), month first (en) or day first."""
    first = re.split(r"\D+", format_date(dt.date(2001, 2, 3)).strip())[0]
    return {"2": "mdy", "3": "dmy"}.get(first, "ymd")  # type: ignore[return-value]


def suggested_name(title: str, day: dt.date) -> str:
    """ "<list title> <date>.xlsx", with what a file name may not hold replaced."""
    name = _NOT_IN_FILE_NAMES.sub("-", title).strip(" .") or "list"
    return f"{name} {day.isoformat()}.xlsx"


class ListExporter(QObject):
    """Exports one list: ``action`` and ``button()``; ``listed`` gives the rows (the printer's), ``title`` names it.

    ``exported(path, rows)`` once the workbook is written (and recorded), ``cancelled`` when the person stopped it.
    """

    exported = Signal(Path, int)
    cancelled = Signal()

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        host: QWidget,
        listed: Callable[[], ListText],
        title: Callable[[], str],
    ) -> None:
        super().__init__(host)
        self.desk, self.actor, self.host = desk, actor, host
        self.listed = listed
        self.title = title
        self.task: BackgroundTask | None = None
        self.progress: JobProgress | None = None
        self.message: QMessageBox | None = None  # the last "exported" note, for the person (and tests) to close
        self.action = QAction(icon("export-list"), self.tr("E&xport to Excel…"), host)
        self.action.setObjectName("export-list")
        self.action.setToolTip(self.tr("Save this list as an Excel workbook, every row, as it is shown"))
        self.action.triggered.connect(self.export)
        host.addAction(self.action)
        self.action.enabledChanged.connect(self._follow)  # a window disabling its Print list disables this too
        self._buttons: list[QPushButton] = []

    def button(self, parent: QWidget | None = None) -> QPushButton:
        """A push button for the action, placed beside the Print list button."""
        button = QPushButton(self.action.icon(), self.action.text(), parent or self.host)
        button.setObjectName("export-list")
        button.setToolTip(self.action.toolTip())
        button.setAutoDefault(False)  # Enter still does what the dialog's default button does
        button.setEnabled(self.action.isEnabled())
        button.clicked.connect(self.export)
        self._buttons.append(button)
        return button

    def _follow(self, enabled: bool) -> None:
        for button in self._buttons:
            button.setEnabled(enabled)

    def busy(self) -> bool:
        return self.task is not None

    def choose_target(self, title: str) -> Path | None:
        """Ask where to save: the last folder used (else Documents) and "<title> <date>.xlsx"; None if cancelled."""
        settings = window_settings(self.host)
        start = start_folder("export", settings) / suggested_name(title, dt.date.today())
        name, _filter = QFileDialog.getSaveFileName(
            self.host, self.tr("Export to Excel"), str(start), self.tr("Excel workbooks (*.xlsx)")
        )
        if not name:
            return None
        target = Path(name)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        remember_folder("export", settings, target)
        return target

    def export(self) -> bool:
        """Ask for a file and write the list there in the background; False if nothing was started."""
        if self.task is not None:
            return False
        listed = self.listed()
        if not listed.headers:
            return False
        title = self.title()
        target = self.choose_target(title)
        if target is None:
            return False
        return self.export_to(target, title, listed)

    def export_to(self, target: Path, title: str, listed: ListText) -> bool:
        headers, rows, numeric, order = listed.headers, listed.rows, listed.numeric, date_order()

        def job(_progress: object) -> int:
            from app.exchange import typed_sheet, write_workbook  # here: the window starts without openpyxl

            return write_workbook(
                target, [typed_sheet(title, headers, rows, numeric, date_order=order)], total=len(rows)
            )

        text = self.tr("Exporting “{title}”…").format(title=title)
        self.task, self.progress = run_with_progress(job, text, self.host)
        self.task.finished.connect(lambda count: self._written(target, title, int(count)))
        self.task.failed.connect(self._failed)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self.task.start()
        return True

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _done(self) -> None:
        if self.task is not None:
            self.task.deleteLater()
            self.task = None
            self.progress = None
            QApplication.restoreOverrideCursor()

    def _written(self, target: Path, title: str, count: int) -> None:
        self._done()
        # Personal data may be in it: who took which list out of the office, and how much of it (R16).
        self.desk.record(self.actor, "list", None, "export", {"what": title, "rows": count})
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export to Excel"), "", parent=self.host)
        box.setObjectName("exported")
        box.setText(self.tr("%n row(s) saved in {file}.", "", count).format(file=str(target)))
        opener = box.addButton(self.tr("Open &folder"), QMessageBox.ButtonRole.ActionRole)
        opener.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(target.parent))))
        box.addButton(QMessageBox.StandardButton.Close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.message = box
        self.exported.emit(target, count)

    def _failed(self, error: Exception) -> None:
        self._done()
        if isinstance(error, JobCancelled):
            self.cancelled.emit()  # the person asked for it; write_workbook left nothing behind
            return
        text = error_text(error) if isinstance(error, AppError) else str(error)
        messages.tell(self.host, self.tr("The list could not be exported: {problem}").format(problem=text))

    def cleanup(self) -> None:
        """When the host closes: stop an export still running (nothing of it stays) and wait for it to end."""
        if self.task is not None:
            self.task.cancel()
            self.task.wait()
