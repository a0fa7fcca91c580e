"""The GUI entry point: display check, application set-up, file and log-in, then the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.building import find_units
from app.desk import Actor, Desk
from app.dossier import find_dossier_for_unit
from app.errors import AppError
from app.people import log_in
from app.safety import database_error
from ui import translations
from ui.building import WelcomeDialog
from ui.file_opening import open_for_window
from ui.icons import icon
from ui.main_window import MainWindow
from ui.people import LoginDialog
from ui.translations import error_text

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
FONT = RESOURCES / "fonts" / "wqy-microhei.ttc"
ORGANIZATION = "DossierDesk"
APPLICATION = "Dossier Desk"
PASSWORD_ENV = "DOSSIER_DESK_PASSWORD"
OPEN_UNIT_ENV = "DOSSIER_DESK_OPEN_UNIT"  # open this unit's dossier at start (screenshots, support)
NO_DISPLAY = (
    "Dossier Desk needs a graphical display; none was found (DISPLAY is not set). "
    "Use the command-line commands, e.g. `dossier-desk units --db FILE`."
)


def has_display() -> bool:
    """False only where Qt would abort: Linux with no X11 or Wayland display and no platform chosen."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run(db: Path | None, lang: str | None, user: str | None) -> int:
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    # No setStyle: the platform's own style (windows11 / windowsvista on the desk PC) looks native;
    # Linux without a desktop theme falls back to Fusion by itself.
    use_shipped_font(app)
    app.setWindowIcon(icon("dossier", QColor("#2e7d32")))
    settings = QSettings()
    try:
        language = translations.choose_language(lang, settings)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    if lang:
        settings.setValue(translations.SETTINGS_KEY, language)
    keep = translations.install(app, language)  # noqa: F841 - translators must outlive the event loop
    report_database_errors()
    opened = open_desk(db, user, settings)
    if opened is None:
        return 1
    desk, actor = opened
    window = MainWindow(desk, actor, settings)
    if window.restored_geometry:
        window.show()
    else:
        window.setGeometry(window.screen().availableGeometry())  # also without a window manager
        window.showMaximized()  # first run: the desk PC's whole screen (often 1366×768)
    unit = os.environ.get(OPEN_UNIT_ENV)
    if unit:
        open_unit_at_start(window, unit)
    try:
        return app.exec()
    finally:
        desk.close()


def report_database_errors() -> None:
    """Show a database error met in any click (a page damaged while the program runs, a disk gone) as a message.

    The screens catch app errors; a SQLite error is not one, and without this it would reach only the console,
    which a desk PC does not show. The previous hook still runs, so the details stay in the log.
    """
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, trace: TracebackType | None) -> None:
        failure = database_error(value)
        if failure is not None:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                QCoreApplication.translate("messages", "Dossier Desk"),
                error_text(failure),
                QMessageBox.StandardButton.Ok,
                QApplication.activeWindow(),
            )
            box.setObjectName("database-error")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        previous(kind, value, trace)

    sys.excepthook = hook


def use_shipped_font(app: QApplication) -> None:
    """Use the bundled CJK font everywhere, so Chinese renders on a PC without Chinese fonts."""
    font_id = QFontDatabase.addApplicationFont(str(FONT))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        font = QFont(families[0])
        font.setPointSizeF(max(app.font().pointSizeF(), 9.0))
        app.setFont(font)


def open_desk(db: Path | None, user: str | None, settings: QSettings) -> tuple[Desk, Actor] | None:
    """The file to work on and who works on it: given, last used, or chosen on the welcome dialog."""
    remembered = False
    if db is None:
        last = settings.value("files/last", "", str)
        if last and Path(last).is_file():
            db, remembered = Path(last), True
    if db is None:
        welcome = WelcomeDialog(settings)
        if welcome.exec() != QDialog.DialogCode.Accepted or welcome.desk is None or welcome.actor is None:
            return None
        return welcome.desk, welcome.actor
    try:
        opened = open_for_window(db)
    except AppError as err:
        # Said also for the remembered file: a clerk whose file went bad (damaged, from a newer program) must
        # know why the welcome dialog appears, rather than start a new building.
        QMessageBox.critical(None, APPLICATION, error_text(err))
        if remembered:
            settings.remove("files/last")
            return open_desk(None, user, settings)
        return None
    if opened is None:  # open elsewhere, and the person did not want it read-only
        return open_desk(None, user, settings) if remembered else None
    desk = opened
    password = os.environ.get(PASSWORD_ENV)
    if user and password:
        try:
            actor = log_in(desk, user, password, source="window")
        except AppError as err:
            print(err.text(), file=sys.stderr)
        else:
            if not actor.must_change_password:  # else the log-in dialog asks for a new one first
                settings.setValue("files/last", str(desk.path))
                return desk, actor
    login = LoginDialog(desk, settings, login=user or "")
    if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
        desk.close()
        return None
    settings.setValue("files/last", str(desk.path))
    return desk, login.actor


def open_unit_at_start(window: MainWindow, number: str) -> None:
    try:
        with window.desk.read(window.actor) as work:
            dossier_id = find_dossier_for_unit(work, find_units(work, [number])[0])
    except AppError as err:
        print(err.text(), file=sys.stderr)
        return
    window.open_dossier(dossier_id)
