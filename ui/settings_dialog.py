"""Settings: the interface language (applied at the next start) and the size of the unit cards; the database this
window works on (a file on this PC or a database on a server) and the way to the other kind; the way to the
archive settings (全宗 and 档号), which are kept in the database and have their own dialog; and the scan inbox (the
folder every desk watches, and whether a readable cover files its bundle by itself), kept in the database too."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import inbox
from app.desk import Actor, Desk
from app.errors import AppError
from app.permissions import Action
from ui import places, translations
from ui.archive import ArchiveSettingsDialog
from ui.building import CARD_SIZE_KEY, CARD_SIZES, DEFAULT_CARD_SIZE
from ui.form_dialog import error_label

# Each language named in itself, so a person who cannot read the current language still finds theirs.
LANGUAGE_NAMES: dict[str, str] = {
    "zh_CN": "简体中文",
    "zh_TW": "繁體中文",
    "en": "English",
}
SAMPLE_DAY = dt.date(2026, 3, 8)
# What the Database row's buttons ask the window to do once the dialog has closed (``SettingsDialog.database_choice``).
OPEN_FILE = "file"
CONNECT_SERVER = "server"
SAMPLE_NUMBER = 1234567.5


def _date_pattern(locale: QLocale) -> str:
    """The short date form with a four-digit year, as ui.translations.format_date shows dates."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def saved_card_size(settings: QSettings) -> str:
    name = settings.value(CARD_SIZE_KEY, DEFAULT_CARD_SIZE, str)
    return name if name in CARD_SIZES else DEFAULT_CARD_SIZE


class SettingsDialog(QDialog):
    """Writes the choices to ``settings`` on OK; ``language_changed`` tells whether a restart is due.

    ``inbox_changed`` is emitted on OK once the scan inbox's settings were saved (committed) with a changed folder or
    rule, before the dialog closes; ``inbox_settings_saved`` then says so too. A refusal by the app (a folder that is
    not there, …) is shown in the dialog, which stays open with nothing saved."""

    inbox_changed = Signal()

    @classmethod
    def for_this_run(
        cls,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        desk: Desk | None = None,
        actor: Actor | None = None,
    ) -> SettingsDialog:
        """The dialog showing the language this run shows: the locale Qt was set to when the translations were
        installed, else the saved choice."""
        running = translations.language_for_locale(QLocale())
        saved = translations.choose_language(None, settings)
        return cls(settings, running if running in translations.LANGUAGES else saved, parent, desk=desk, actor=actor)

    def __init__(
        self,
        settings: QSettings,
        current_language: str,
        parent: QWidget | None = None,
        *,
        desk: Desk | None = None,
        actor: Actor | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.desk = desk
        self.actor = actor
        self.archive_dialog: ArchiveSettingsDialog | None = None
        self.database_choice: str | None = None  # OPEN_FILE or CONNECT_SERVER: the window does it after closing
        self.current_language = current_language
        self.language_changed = False
        self.inbox_settings_saved = False
        self.inbox_row: QWidget | None = None
        self.inbox_current: inbox.InboxSettings | None = None
        self.setObjectName("settings-dialog")
        self.setProperty("helpTopic", "desk")  # F1: the user guide's page
        self.setWindowTitle(self.tr("Settings"))

        self.language_box = QComboBox(self)
        self.language_box.setObjectName("language")
        for code in LANGUAGE_NAMES:
            self.language_box.addItem(LANGUAGE_NAMES[code], code)
        saved = translations.choose_language(None, settings)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(saved)))
        self.language_box.currentIndexChanged.connect(self._language_chosen)
        self.sample = QLabel(self)
        self.sample.setObjectName("locale-sample")
        self.restart_note = QLabel(self.tr("The new language is used when Dossier Desk is next started."), self)
        self.restart_note.setObjectName("restart-note")
        self.restart_note.setWordWrap(True)

        self.card_size_box = QComboBox(self)
        self.card_size_box.setObjectName("card-size")
        captions = {"small": self.tr("Small"), "normal": self.tr("Normal"), "large": self.tr("Large")}
        for name in CARD_SIZES:
            self.card_size_box.addItem(captions[name], name)
        self.card_size_box.setCurrentIndex(max(0, self.card_size_box.findData(saved_card_size(settings))))

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language_box)
        form.addRow("", self.sample)
        form.addRow("", self.restart_note)
        form.addRow(self.tr("Unit &card size:"), self.card_size_box)
        if desk is not None:
            form.addRow(self.tr("Database:"), self._database_row(desk))
        # The archive settings live in the database (every desk composes the same 档号): their own dialog.
        self.archive_button = QPushButton(self.tr("Archive settings (全宗, 档号)…"), self)
        self.archive_button.setObjectName("archive-settings")
        self.archive_button.clicked.connect(self.open_archive_settings)
        if desk is not None and actor is not None:
            form.addRow(self.tr("Archive:"), self.archive_button)
        else:
            self.archive_button.setVisible(False)
        self.error = error_label(self, "settings")
        if desk is not None and actor is not None:
            self.inbox_row = self._inbox_row(desk, actor)
            # A row that is a layout gets a label without a buddy, which would show "&i" as it is: name the buddy.
            inbox_label = QLabel(self.tr("Scan &inbox:"), self)
            inbox_label.setBuddy(self.inbox_folder_edit)
            form.addRow(inbox_label, self.inbox_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._language_chosen()

    def _inbox_row(self, desk: Desk, actor: Actor) -> QWidget:
        """The folder every desk watches for the copier's scans and whether a readable cover files by itself; kept in
        the database, so only the roles that may change it get working controls."""
        with desk.read(actor) as work:
            self.inbox_current = inbox.inbox_settings(work)
        current = self.inbox_current
        self.inbox_may_change = desk.may(actor, Action.CONFIGURE_INBOX)
        row = QWidget(self)
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.inbox_folder_edit = QLineEdit(str(current.folder) if current.folder else "", row)
        self.inbox_folder_edit.setObjectName("inbox-folder")
        self.inbox_folder_edit.setPlaceholderText(self.tr("The folder the copier scans to (none: no inbox)"))
        # Room for a share's path (\\前台电脑\扫描收件) without scrolling; the dialog stays within a 1024 screen.
        self.inbox_folder_edit.setMinimumWidth(self.inbox_folder_edit.fontMetrics().horizontalAdvance("x" * 40))
        self.inbox_browse_button = QPushButton(self.tr("&Browse…"), row)
        self.inbox_browse_button.setObjectName("inbox-browse")
        self.inbox_browse_button.clicked.connect(self.browse_inbox)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.inbox_folder_edit, 1)
        folder_row.addWidget(self.inbox_browse_button)
        self.inbox_files_itself_box = QCheckBox(self.tr("File scans with a readable cover by &themselves"), row)
        self.inbox_files_itself_box.setObjectName("inbox-files-itself")
        self.inbox_files_itself_box.setChecked(current.files_itself)
        self.inbox_note = QLabel(
            self.tr(
                "Bundles whose cover names a dossier are filed as prefilled; the others wait in the Inbox list. "
                "Every desk on this database watches this folder."
            ),
            row,
        )
        self.inbox_note.setObjectName("inbox-note")
        self.inbox_note.setWordWrap(True)
        self.inbox_files_itself_box.setToolTip(self.inbox_note.text())
        layout.addLayout(folder_row)
        layout.addWidget(self.inbox_files_itself_box)
        layout.addWidget(self.inbox_note)
        if not self.inbox_may_change:
            if desk.read_only:
                who = self.tr("This file is open read-only in this window: nothing can be changed here.")
            else:
                who = self.tr("Only an administrator, a supervisor or the department manager changes the scan inbox.")
            for widget in (self.inbox_folder_edit, self.inbox_browse_button, self.inbox_files_itself_box):
                widget.setEnabled(False)
                widget.setToolTip(who)
            self.inbox_read_only_note = QLabel(who, row)
            self.inbox_read_only_note.setObjectName("inbox-read-only")
            self.inbox_read_only_note.setWordWrap(True)
            layout.addWidget(self.inbox_read_only_note)
        return row

    def choose_inbox_folder(self, start: str) -> str:
        """Ask for a folder (one place, so a test can answer instead of a person)."""
        return QFileDialog.getExistingDirectory(self, self.tr("Choose the scan inbox folder"), start)

    def browse_inbox(self) -> None:
        typed = self.inbox_folder_edit.text().strip()
        start = typed if typed and Path(typed).is_dir() else str(places.start_folder("scans", self.settings))
        chosen = self.choose_inbox_folder(start)
        if chosen:
            self.inbox_folder_edit.setText(str(Path(chosen)))

    def inbox_folder_text(self) -> str:
        return self.inbox_folder_edit.text().strip() if self.inbox_row is not None else ""

    def _inbox_edited(self) -> bool:
        if self.inbox_row is None or self.inbox_current is None or not self.inbox_may_change:
            return False
        current = self.inbox_current
        return self.inbox_folder_text() != (str(current.folder) if current.folder else "") or (
            self.inbox_files_itself_box.isChecked() != current.files_itself
        )

    def _save_inbox(self) -> bool:
        """The inbox's settings saved in one unit of work when changed; False (the app's words shown) if refused."""
        if not self._inbox_edited():
            return True
        assert self.desk is not None and self.actor is not None
        try:
            with self.desk.work(self.actor) as work:
                self.inbox_current = inbox.change_inbox_settings(
                    work, folder=self.inbox_folder_text(), files_itself=self.inbox_files_itself_box.isChecked()
                )
        except AppError as err:
            self.error.setText(translations.error_text(err))
            self.error.setVisible(True)
            return False
        self.error.setVisible(False)
        self.inbox_settings_saved = True
        self.inbox_changed.emit()
        return True

    def _database_row(self, desk: Desk) -> QWidget:
        """Where this window's records are, and the way to a file on this PC or a database on a server instead."""
        row = QWidget(self)
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        if desk.on_server:
            where = self.tr("A database on a server: {location}").format(location=desk.location)
        else:
            where = self.tr("A file on this PC: {path}").format(path=desk.location)
        self.database_label = QLabel(where, row)
        self.database_label.setObjectName("database-location")
        self.database_label.setWordWrap(True)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        self.open_file_button = QPushButton(self.tr("Open a &file…"), row)
        self.open_file_button.setObjectName("open-file")
        self.open_file_button.clicked.connect(lambda: self._switch(OPEN_FILE))
        self.connect_server_button = QPushButton(self.tr("Connect to a &server…"), row)
        self.connect_server_button.setObjectName("connect-server")
        self.connect_server_button.setToolTip(
            self.tr(
                "Several front desks share one database on a PostgreSQL server; its administrator gives the details."
            )
        )
        self.connect_server_button.clicked.connect(lambda: self._switch(CONNECT_SERVER))
        buttons.addWidget(self.open_file_button)
        buttons.addWidget(self.connect_server_button)
        buttons.addStretch(1)
        layout.addWidget(self.database_label)
        layout.addLayout(buttons)
        return row

    def _switch(self, choice: str) -> None:
        # The settings chosen so far are kept (as OK would), then the window opens the other database.
        self.database_choice = choice
        self.accept()
        if self.result() != QDialog.DialogCode.Accepted:
            self.database_choice = None  # refused (the inbox folder): the dialog stays, and a later OK only closes it

    def open_archive_settings(self) -> ArchiveSettingsDialog | None:
        if self.desk is None or self.actor is None:
            return None
        self.archive_dialog = ArchiveSettingsDialog(self.desk, self.actor, self)
        self.archive_dialog.open()
        return self.archive_dialog

    def language(self) -> str:
        return str(self.language_box.currentData())

    def card_size(self) -> str:
        return str(self.card_size_box.currentData())

    @Slot()
    def _language_chosen(self) -> None:
        # Dates and numbers follow the chosen language's locale; show how they will look.
        locale = translations.locale_for(self.language())
        day = QDate(SAMPLE_DAY.year, SAMPLE_DAY.month, SAMPLE_DAY.day)
        self.sample.setText(
            self.tr("Dates and numbers: {date}, {number}").format(
                date=locale.toString(day, _date_pattern(locale)),
                number=locale.toString(SAMPLE_NUMBER, "f", 2),
            )
        )
        self.restart_note.setVisible(self.language() != self.current_language)

    def accept(self) -> None:
        # The database's part first: refused, the dialog stays open and nothing of this PC's is written either.
        if not self._save_inbox():
            return
        self.language_changed = self.language() != self.current_language
        self.settings.setValue(translations.SETTINGS_KEY, self.language())
        self.settings.setValue(CARD_SIZE_KEY, self.card_size())
        self.settings.sync()
        super().accept()
