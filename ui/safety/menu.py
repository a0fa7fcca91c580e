"""The safety room in the main window (R16): the Backup menu, the warning in the status bar, the automatic backups.

Backup ▸ Back up now…, Restore…, Backup settings…. When automatic backups are on (the default, once a folder is
chosen), the first start of each day backs up while the clerk works on, and closing the window backs up before it
goes. The status bar warns when the last verified backup is older than the settings allow, when there never was
one, or when the backup folder cannot be reached.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QProgressBar, QWidget

from app import settings
from app.errors import AppError
from app.permissions import Action, allowed
from app.safety import BackupCancelled, BackupReport, BackupStatus, RestoreReport, back_up, backup_status
from ui import messages, places
from ui.form_dialog import ERROR_STYLE
from ui.safety.backup_settings_dialog import BackupSettingsDialog
from ui.safety.restore_dialog import RestoreDialog
from ui.safety.safety_task import SafetyTask
from ui.safety.scan_place_dialog import ScanPlaceDialog
from ui.safety.shown import size, when
from ui.tasks import Progress
from ui.translations import error_text
from ui.window_parts import WindowPart, Workbench

STATUS_CHECK_MS = 15 * 60 * 1000  # a window left open overnight notices the new day; a stick pulled out


class BackupMenu(WindowPart):
    """Back up now, restore, the settings; the warning; the backup at the first start of the day and on closing."""

    def __init__(self, window: Workbench, parent: QWidget) -> None:
        super().__init__(window, parent)
        desk, actor = window.desk, window.actor
        self.task: SafetyTask | None = None
        self.task_reason = ""
        self.report: BackupReport | None = None  # the last backup this window made
        self.message: QMessageBox | None = None
        self.exit_backup_done = False
        self.closing = False  # the window was asked to close while a backup ran
        self.leaving = False  # closing for good: no backup on the way out (the file was just restored)

        menu = window.add_menu(self.tr("&Backup"))
        # A window that has its file read-only does not back it up: the one that has it for changes does.
        self.back_up_action = self.action(self.tr("Back &up now…"), "backup", enabled=desk.may(actor, Action.BACK_UP))
        self.back_up_action.triggered.connect(lambda: self.back_up_now())
        self.restore_action = self.action(self.tr("&Restore…"), "restore", enabled=allowed(actor.role, Action.RESTORE))
        self.restore_action.triggered.connect(lambda: self.restore())
        self.settings_action = self.action(self.tr("Backup &settings…"), "backup-settings")
        self.settings_action.triggered.connect(lambda: self.backup_settings())
        if desk.on_server:
            # The restore dialog replaces or makes a dossier file; a server database is restored with the command
            # line into an empty one (dossier-desk restore BACKUP --db URL).
            why = self.tr("A server database is restored with the command line, into an empty server database.")
            self.restore_action.setEnabled(False)
            self.restore_action.setToolTip(why)
            self.restore_action.setStatusTip(why)
            menu.setToolTipsVisible(True)
        menu.addAction(self.back_up_action)
        menu.addAction(self.restore_action)
        menu.addSeparator()
        menu.addAction(self.settings_action)
        self.scan_place_action = None
        if desk.on_server:  # a file's scans are always in the folder beside it: nothing to choose
            self.scan_place_action = self.action(self.tr("Scans on the &server…"))
            self.scan_place_action.triggered.connect(lambda: self.scan_place())
            menu.addAction(self.scan_place_action)

        self.warning = QLabel(parent)
        self.warning.setObjectName("backup-warning")
        self.warning.setStyleSheet(ERROR_STYLE)
        self.warning.setVisible(False)
        self.bar = QProgressBar(parent)
        self.bar.setObjectName("backup-bar")
        self.bar.setMaximumWidth(160)
        self.bar.setVisible(False)
        window.statusBar().addPermanentWidget(self.bar)
        window.statusBar().addPermanentWidget(self.warning)
        self.timer = QTimer(self)
        self.timer.setInterval(STATUS_CHECK_MS)
        self.timer.timeout.connect(self.refresh_status)
        self.timer.start()
        self.refresh_status()
        QTimer.singleShot(0, self, self.back_up_if_due)  # after the window is shown (not at all if it is gone)

    # -- the warning ----------------------------------------------------------------------------

    def status(self) -> BackupStatus | None:
        if self.window.released:
            return None  # the file is being replaced by a restore: not a moment to open it
        try:
            with self.window.desk.read(self.window.actor) as work:
                return backup_status(work)
        except AppError:
            return None

    def refresh_status(self) -> BackupStatus | None:
        status = self.status()
        text = self.warning_text(status) if status is not None else ""
        self.warning.setText(text)
        self.warning.setToolTip(text)
        self.warning.setVisible(bool(text))
        return status

    def warning_text(self, status: BackupStatus) -> str:
        if status.warning == "no_folder":
            return self.tr("No backup folder chosen: Backup ▸ Backup settings…")
        if status.warning == "unreachable":
            return self.tr("The backup folder {folder} cannot be reached").format(folder=status.folder)
        if status.warning == "never":
            return self.tr("No verified backup yet: Backup ▸ Back up now…")
        if status.warning == "overdue" and status.last is not None:
            return self.tr("Last verified backup {date}: back up now").format(date=when(status.last.at))
        return ""

    # -- backing up -----------------------------------------------------------------------------

    def busy(self) -> bool:
        return self.task is not None

    def choose_folder(self) -> str:
        """Ask where to back up when no folder is chosen yet (one place, so a test can answer)."""
        return QFileDialog.getExistingDirectory(
            self.parent(),
            self.tr("Choose the backup folder (another disk or a USB stick)"),
            str(places.start_folder("backup")),
        )

    def back_up_now(self) -> SafetyTask | None:
        """Back up into the folder of the settings (chosen now if there is none), verified, with a progress bar."""
        if self.task is not None:
            self.tell_status(self.tr("A backup is running already."))
            return None
        status = self.refresh_status()
        to: Path | None = None
        if status is None or status.folder is None:
            chosen = self.choose_folder()
            if not chosen:
                return None
            to = Path(chosen)
        return self.start_backup("manual", to=to)

    def back_up_if_due(self) -> SafetyTask | None:
        """The first start of the day backs up by itself (automatic backups on, the folder there)."""
        status = self.refresh_status()
        if self.task is not None or status is None or not status.due_today:
            return None
        if not self.window.desk.may(self.window.actor, Action.BACK_UP):
            return None
        return self.start_backup("automatic")

    def start_backup(self, reason: str, to: Path | None = None) -> SafetyTask:
        desk, actor = self.window.desk, self.window.actor
        app_reason = "automatic" if reason in ("automatic", "exit") else "manual"

        def job(progress: Progress, cancelled: Callable[[], bool]) -> BackupReport:
            return back_up(desk, actor, to, reason=app_reason, progress=progress, cancelled=cancelled)

        texts = {
            "manual": self.tr("Backing up and verifying…"),
            "exit": self.tr("Backing up before closing…"),
            "automatic": self.tr("Automatic backup…"),
        }
        waits = reason != "automatic"  # the first backup of the day runs while the clerk works on
        task = SafetyTask(job, texts[reason], self.parent(), dialog=waits)
        task.finished.connect(lambda report: self._backed_up(report, reason, to))
        task.failed.connect(lambda error: self._backup_failed(error, reason))
        if not waits:
            task.progress.connect(self._bar_progress)
            self.bar.setRange(0, 0)
            self.bar.setVisible(True)
            self.tell_status(texts[reason])
        self.task, self.task_reason = task, reason
        task.start()
        return task

    def _bar_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))

    def _task_ended(self) -> None:
        if self.task is not None:
            self.task.deleteLater()
        self.task = None
        self.bar.setVisible(False)

    def _backed_up(self, report: BackupReport, reason: str, to: Path | None) -> None:
        self._task_ended()
        self.report = report
        saved_folder = to is not None and self._remember_folder(to)
        self.refresh_status()
        if reason == "exit":
            self.exit_backup_done = True
            self.window.close()
            return
        if reason == "automatic":
            shown = self.tr("Automatic backup verified: {folder}").format(folder=report.folder)
            self.tell_status(shown + self._how_made(report).replace("\n\n", " "))
        else:
            text = self.tr(
                "Backup verified: {folder}\n\n%n scan(s): {copied} copied, {there} already in the backup "
                "folder; {written} written in {seconds} s.",
                "",
                report.scans,
            ).format(
                folder=report.folder,
                copied=report.copied,
                there=report.already_there,
                written=size(report.bytes_written),
                seconds=f"{report.seconds:.1f}",
            )
            text += self._how_made(report)
            if to is not None and not saved_folder:
                text += "\n\n" + self.tr(
                    "The backup folder setting was left as it is (an administrator or the department manager "
                    "chooses it)."
                )
            self.message = messages.tell(self.parent(), text, icon=QMessageBox.Icon.Information)
        if self.closing:
            self.window.close()

    def _how_made(self, report: BackupReport) -> str:
        """A server database's backup says how it was made (a file's is always SQLite's copy of the file)."""
        if report.backup.method == "pg_dump":
            return "\n\n" + self.tr("Made with pg_dump, PostgreSQL's own copy of the server database.")
        if report.backup.method == "logical_export":
            return "\n\n" + self.tr(
                "Made as Dossier Desk's own export of the server database, because pg_dump could not be used "
                "({reason}). It restores into an empty server database or into a new file."
            ).format(reason=report.backup.method_reason)
        return ""

    def _remember_folder(self, folder: Path) -> bool:
        """Back up now into a folder chosen on the spot: that folder becomes the setting (when the role may)."""
        if not self.window.desk.may(self.window.actor, Action.CONFIGURE_BACKUP):
            return False
        try:
            with self.window.desk.work(self.window.actor) as work:
                settings.set_backup_folder(work, folder)
        except AppError as err:
            self.tell_status(error_text(err))
            return False
        return True

    def _backup_failed(self, error: Exception, reason: str) -> None:
        self._task_ended()
        self.refresh_status()
        text = (
            error_text(error)
            if isinstance(error, AppError)
            else self.tr("The backup failed: {error}").format(error=error)
        )
        if reason == "exit":
            if isinstance(error, BackupCancelled):
                self.exit_backup_done = True
                self.window.close()
                return
            self.message = messages.ask(
                self.parent(),
                self.tr("The backup before closing failed: {error}\n\nClose all the same?").format(error=text),
                self.tr("&Close"),
                self._close_without_backup,
            )
            return
        if reason == "automatic" or isinstance(error, BackupCancelled):
            self.tell_status(text)
        else:
            self.message = messages.tell(self.parent(), text)
        if self.closing:
            self.window.close()

    def _close_without_backup(self) -> None:
        self.exit_backup_done = True
        self.window.close()

    # -- closing --------------------------------------------------------------------------------

    def may_close(self) -> bool:
        if self.leaving:
            return True
        if self.task is not None:
            # Cut short by closing, a backup would keep nothing: let it finish, then the window goes.
            self.closing = True
            self.tell_status(self.tr("Finishing the backup, then closing…"))
            return False
        if self.exit_backup_done or not self.window.desk.may(self.window.actor, Action.BACK_UP):
            return True
        if self.window.desk.on_server:
            return True  # every desk closes in the evening: the server's daily backup is the first start's
        status = self.status()
        if status is None or not status.automatic or status.folder is None or not status.reachable:
            return True
        self.start_backup("exit")
        return False

    def close(self) -> None:
        self.timer.stop()

    # -- restoring and settings -----------------------------------------------------------------

    def restore(self) -> RestoreDialog | None:
        if self.window.desk.on_server or not allowed(self.window.actor.role, Action.RESTORE):
            return None
        status = self.status()
        folder = status.folder if status is not None and status.reachable else None
        dialog = RestoreDialog(
            self.window.desk.path,
            self.window.actor.login,
            folder,
            self.window.release_file if not self.window.desk.read_only else None,
            self.window.resume_file,
            self.parent(),
        )
        dialog.restored.connect(self._restored)
        self.window.open_dialog(dialog)
        return dialog

    def _restored(self, report: RestoreReport) -> None:
        made = report.backup
        text = self.tr("Restored the backup made {date} by {name} as {file}, verified.").format(
            date=when(made.made_at), name=made.name or made.login, file=report.target
        )
        if report.safety_backup is not None:
            text += "\n\n" + self.tr("The file it replaced was backed up first to {folder}.").format(
                folder=report.safety_backup
            )
        if report.target.resolve() == self.window.desk.path.resolve():
            # The users are the backup's now: log in again, in a new window; this one (and its old login) goes.
            self.leaving = True
            self.message = messages.tell(self.parent(), text, icon=QMessageBox.Icon.Information)
            self.message.finished.connect(self._reopen)
            return
        self.message = messages.ask(
            self.parent(), text + "\n\n" + self.tr("Open it now?"), self.tr("&Open"), lambda: self._open(report.target)
        )

    def _reopen(self) -> None:
        if self.window.reopen_file() is None:
            self.window.close()

    def _open(self, path: Path) -> None:
        self.window.open_file(path)

    def scan_place(self) -> ScanPlaceDialog:
        dialog = ScanPlaceDialog(self.window.desk, self.window.actor, self.parent())
        self.window.open_dialog(dialog)
        return dialog

    def backup_settings(self) -> BackupSettingsDialog:
        dialog = BackupSettingsDialog(self.window.desk, self.window.actor, self.parent())
        dialog.saved.connect(lambda _saved: self.refresh_status())
        self.window.open_dialog(dialog)
        return dialog
