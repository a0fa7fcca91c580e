"""First run, no file yet: open the demo, set up a new building, open an existing file, restore a backup, or connect
to a server database.

Everything made here goes into the user's data folder (``ui.places``), never beside the program: an installed
program's own folder is read-only, or removed with it.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from app import jobs
from app.desk import Actor, Desk
from app.errors import AppError
from app.files import file_error, remove_tree
from app.jobs import JobCancelled
from app.people import log_in
from app.server_password import location_of
from ui import places
from ui.building.new_building_dialog import NewBuildingDialog, file_filter
from ui.building.server_dialog import ServerDialog
from ui.file_opening import open_for_window
from ui.people import LoginDialog
from ui.safety import RestoreDialog
from ui.tasks import BackgroundTask, Progress
from ui.translations import error_text

if TYPE_CHECKING:
    from app.demo import DemoSummary
    from app.safety import RestoreReport

PROGRESS_DELAY_MS = 500
ADMIN_LOGIN = "admin"  # the first administrator's login a new building suggests: most backups have one


def demo_folder() -> Path:
    return places.data_folder() / "demo"


class WelcomeDialog(QDialog):
    """Ends accepted with ``desk`` open and ``actor`` logged in, or rejected (nothing opened)."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.desk: Desk | None = None
        self.actor: Actor | None = None
        self.demo_dir = demo_folder()
        self.demo_size = {"floors": 20, "units_per_floor": 8, "years": 8}
        self.task: BackgroundTask | None = None
        self.progress: QProgressDialog | None = None
        self.setWindowTitle(self.tr("Welcome to Dossier Desk"))
        self.setProperty("helpTopic", "index")  # F1: the guide's first page, where the first start is told
        intro = QLabel(
            self.tr("Dossier Desk keeps one dossier per unit (一户一档), filed by floor. What would you like to do?"),
            self,
        )
        intro.setWordWrap(True)
        self.demo_button = QCommandLinkButton(
            self.tr("Open the demo"),
            self.tr("A made-up building with tenants and documents, to try everything safely."),
            self,
        )
        self.new_button = QCommandLinkButton(
            self.tr("Set up a new building"),
            self.tr("Create a new dossier file: floors, unit numbers and the administrator."),
            self,
        )
        self.open_button = QCommandLinkButton(
            self.tr("Open an existing file"), self.tr("A dossier file made earlier or copied from another PC."), self
        )
        self.restore_button = QCommandLinkButton(
            self.tr("Restore a backup"),
            self.tr("A backup made by Dossier Desk, e.g. on the old PC or on a USB stick, as a new file on this PC."),
            self,
        )
        self.server_button = QCommandLinkButton(
            self.tr("Connect to a server database"),
            self.tr("The office's shared database on a PostgreSQL server, used by several front desks at once."),
            self,
        )
        self.restore_dialog: RestoreDialog | None = None
        self.demo_button.setObjectName("open-demo")
        self.new_button.setObjectName("new-building")
        self.open_button.setObjectName("open-file")
        self.restore_button.setObjectName("restore-backup")
        self.server_button.setObjectName("connect-server")
        self.demo_button.clicked.connect(self.open_demo)
        self.new_button.clicked.connect(self.new_building)
        self.open_button.clicked.connect(self.open_existing)
        self.restore_button.clicked.connect(self.restore_backup)
        self.server_button.clicked.connect(self.connect_to_server)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for button in self.choices():
            layout.addWidget(button)
        self.resize(520, self.sizeHint().height())

    def choices(self) -> tuple[QCommandLinkButton, ...]:
        return (self.demo_button, self.new_button, self.open_button, self.restore_button, self.server_button)

    def _opened(self, desk: Desk, actor: Actor) -> None:
        self.desk, self.actor = desk, actor
        # In full: the next start, from the Start menu, runs in another working directory; a server's URL as it is.
        where = location_of(desk)
        self.settings.setValue(places.LAST_FILE_KEY, os.path.abspath(where) if isinstance(where, Path) else where)
        self.accept()

    # -- (a) the demo ------------------------------------------------------------------------------

    def open_demo(self) -> None:
        """Build a fresh demo with a new random password, off the UI thread, then log in as the clerk."""
        from app.demo import build_demo  # heavy (PDF and image libraries); only when asked for

        password = secrets.token_urlsafe(9)
        folder = self.demo_dir
        path = folder / "demo.db"
        size = dict(self.demo_size)

        def job(progress: Progress) -> DemoSummary:
            try:
                if folder.exists():  # an earlier demo: its password is lost, start again
                    remove_tree(folder)  # its scans are read-only, which Windows will not delete as they are
                folder.mkdir(parents=True)
            except OSError as exc:
                raise file_error(exc, folder) from None
            try:
                # jobs.step reports to the bar and stops the build at the next unit when the person cancels;
                # the database is made under a temporary name, so only the folder made here is left to remove.
                return build_demo(path, password=password, progress=jobs.step, **size)
            except JobCancelled:
                remove_tree(folder)
                raise

        self._hold(True)
        self.progress = QProgressDialog(self.tr("Building the demo building…"), self.tr("Cancel"), 0, 0, self)
        self.progress.setObjectName("demo-progress")
        self.progress.canceled.connect(self._cancel_demo)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(PROGRESS_DELAY_MS)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        QTimer.singleShot(PROGRESS_DELAY_MS, self._show_progress)
        self.task = BackgroundTask(job, self)
        self.task.progress.connect(self._demo_progress)
        self.task.finished.connect(self._demo_built)
        self.task.failed.connect(self._demo_failed)
        self.task.start()

    def _hold(self, held: bool) -> None:
        """While the demo is built only its progress dialog answers (a disabled dialog would disable its Cancel)."""
        for button in self.choices():
            button.setEnabled(not held)

    def _cancel_demo(self) -> None:
        if self.task is not None:
            self.task.cancel()
            if self.progress is not None:
                self.progress.setLabelText(self.tr("Stopping…"))

    def _show_progress(self) -> None:
        if self.progress is not None and self.task is not None:
            self.progress.show()

    def _demo_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(min(done, max(total, 1)))

    def _end_progress(self) -> None:
        self.task = None
        if self.progress is not None:
            self.progress.canceled.disconnect(self._cancel_demo)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self._hold(False)

    def _demo_failed(self, error: Exception) -> None:
        self._end_progress()
        if isinstance(error, JobCancelled):
            return  # asked for: the welcome again, nothing left of the demo begun
        text = error_text(error) if isinstance(error, AppError) else str(error)
        QMessageBox.critical(self, self.tr("Demo"), self.tr("The demo could not be built: {error}").format(error=text))

    def _demo_built(self, summary: DemoSummary) -> None:
        from app.demo import DEMO_ACCOUNTS

        self._end_progress()
        accounts = ", ".join([login for login, _name, _role in DEMO_ACCOUNTS] + ["admin"])
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Demo ready"), "", QMessageBox.StandardButton.Ok, self)
        box.setObjectName("demo-accounts")
        box.setText(
            self.tr(
                "The demo is in {path}.\n\nAccounts: {accounts}\nPassword (the same for all): {password}\n\n"
                "Write the password down; you are now logged in as clerk."
            ).format(path=summary.path, accounts=accounts, password=summary.password)
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()
        try:
            desk = open_for_window(summary.path, self)
            if desk is None:
                return
            actor = log_in(desk, "clerk", summary.password)
        except AppError as err:
            QMessageBox.critical(self, self.tr("Demo"), error_text(err))
            return
        self._opened(desk, actor)

    # -- (b) a new building -----------------------------------------------------------------------

    def new_building(self) -> None:
        dialog = NewBuildingDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.desk and dialog.actor:
            self._opened(dialog.desk, dialog.actor)

    # -- (c) an existing file ---------------------------------------------------------------------

    def open_existing(self) -> None:
        start = str(places.start_folder("open", self.settings))  # the last file's folder, else the data folder
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a dossier file"), start, file_filter())
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path, login: str = "") -> None:
        try:
            desk = open_for_window(path, self)
        except AppError as err:
            QMessageBox.warning(self, self.tr("Open a dossier file"), error_text(err))
            return
        if desk is None:  # open elsewhere, and not wanted read-only: choose again
            return
        self.log_in(desk, login)

    def log_in(self, desk: Desk, login: str = "") -> None:
        """The log-in on the database just opened; the welcome is done once somebody is logged in."""
        dialog = LoginDialog(desk, self.settings, login=login, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.actor is not None:
            self._opened(desk, dialog.actor)
        else:
            desk.close()

    # -- (e) a server database ---------------------------------------------------------------------

    def connect_to_server(self) -> None:
        dialog = ServerDialog(self.settings, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.desk is not None:
            self.log_in(dialog.desk)

    # -- (d) a backup -----------------------------------------------------------------------------

    def restore_backup(self) -> RestoreDialog:
        """The restore dialog with no file open: the backup becomes a new file in the data folder, then a log-in."""
        dialog = RestoreDialog(None, ADMIN_LOGIN, None, None, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._restore_closed)  # not `destroyed`: that comes too late for a Python slot
        self.restore_dialog = dialog
        dialog.open()
        return dialog

    def _restore_closed(self, result: int) -> None:
        dialog, self.restore_dialog = self.restore_dialog, None
        if dialog is None or result != QDialog.DialogCode.Accepted or dialog.report is None:
            return  # cancelled: back to the welcome; the restore removed whatever it had begun
        self._backup_restored(dialog.report, dialog.login_edit.text().strip())

    def _backup_restored(self, report: RestoreReport, login: str) -> None:
        self.open_path(report.target, login=login)
        if self.desk is None:  # the log-in cancelled: the verified file stays, and says where it is
            QMessageBox.information(
                self,
                self.tr("Restore a backup"),
                self.tr(
                    "The backup was restored as {file}, verified.\n\nTo work on it later, choose Open an existing "
                    "file, then this file."
                ).format(file=report.target),
            )
