"""Settings: the interface language (applied at the next start) and the size of the unit cards; the database this
window works on (a file on this PC or a database on a server) and the way to the other kind; and the way to the
archive settings (全宗 and 档号), which are kept in the database and have their own dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QSettings, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.desk import Actor, Desk
from ui import translations
from ui.archive import ArchiveSettingsDialog
from ui.building import CARD_SIZE_KEY, CARD_SIZES, DEFAULT_CARD_SIZE

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
    """Writes the choices to ``settings`` on OK; ``language_changed`` tells whether a restart is due."""

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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._language_chosen()

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
        self.language_changed = self.language() != self.current_language
        self.settings.setValue(translations.SETTINGS_KEY, self.language())
        self.settings.setValue(CARD_SIZE_KEY, self.card_size())
        self.settings.sync()
        super().accept()
