"""The GUI entry point: display check, application set-up, file and log-in, then the main window."""

from __future__ import annotations

import gc
import os
import secrets
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app import server_password
from app.building import find_units
from app.desk import Actor, Desk
from app.dossier import find_dossier_for_unit
from app.errors import AppError
from app.file_lock import FileInUse
from app.people import log_in
from app.safety import database_error
from resources import FOLDER as RESOURCES
from ui import translations
from ui.building import WelcomeDialog, open_server_for_window
from ui.file_opening import claim_for_window, open_for_window
from ui.icons import icon
from ui.main_window import MainWindow
from ui.people import LoginDialog
from ui.recent_files import is_server
from ui.running_mark import hold_running_mark
from ui.start import APPLICATION, LAST_FILE_KEY, name_the_program
from ui.translations import error_text

FONT = RESOURCES / "fonts" / "wqy-microhei.ttc"
PASSWORD_ENV = "DOSSIER_DESK_PASSWORD"
SMOKE_DB_ENV = "DOSSIER_DESK_SMOKE_DB"  # a server database for the smoke test without --db (the bundle's test)
OPEN_UNIT_ENV = "DOSSIER_DESK_OPEN_UNIT"  # open this unit's dossier at start (screenshots, support)
# Where the process's clock starts when the system cannot say when the process began (see seconds_since_start).
_IMPORTED = time.perf_counter()
SMOKE_TIMEOUT_MS = 120_000  # a grid not painted in two minutes is a failure, not a slow machine
NO_DISPLAY = (
    "Dossier Desk needs a graphical display; none was found (DISPLAY is not set). "
    "Use the command-line commands, e.g. `dossier-desk units --db FILE`."
)


def has_display() -> bool:
    """False only where Qt would abort: Linux with no X11 or Wayland display and no platform chosen."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run(db: Path | str | None, lang: str | None, user: str | None) -> int:
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    app = application()
    running = hold_running_mark()  # noqa: F841 - held while the window runs: the installer looks for it
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
    # What start-up made (modules, the window's widgets and their wrappers) stays until exit: out of every later
    # collection, so one during the day, and the one at exit, walks only what was made since.
    gc.freeze()
    try:
        return app.exec()
    finally:
        desk.close()
        # The process ends without destroying Qt's objects (app.cli.exit_now): settings changed through any
        # QSettings still alive are written now, as their destructors would have written them.
        QCoreApplication.sendPostedEvents()
        settings.sync()


def application() -> QApplication:
    """The one QApplication, named (for QSettings), with the shipped font and the window icon."""
    name_the_program()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    # No setStyle: the platform's own style (windows11 / windowsvista on the desk PC) looks native;
    # Linux without a desktop theme falls back to Fusion by itself.
    use_shipped_font(app)
    app.setWindowIcon(icon("dossier", QColor("#2e7d32")))
    return app


# -- the smoke test -----------------------------------------------------------------------------------------------


def seconds_since_start() -> float:
    """Seconds since this process began, by the system's record of its start (so the interpreter's own start
    counts): /proc on Linux (to 10 ms), GetProcessTimes on Windows; else since this module was imported (a little
    after the start: the command line imports it first)."""
    try:
        if sys.platform == "win32":
            return _seconds_since_start_windows()
        with open("/proc/self/stat", encoding="ascii") as stat, open("/proc/uptime", encoding="ascii") as uptime:
            # Field 22 counts clock ticks from boot to the process's start; the name in field 2 may hold spaces.
            started = int(stat.read().rpartition(")")[2].split()[19]) / os.sysconf("SC_CLK_TCK")
            return float(uptime.read().split()[0]) - started
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - _IMPORTED


def _seconds_since_start_windows() -> float:
    import ctypes
    from ctypes import wintypes

    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
    created, ended, in_kernel, in_user = (wintypes.FILETIME() for _ in range(4))
    if not kernel.GetProcessTimes(
        kernel.GetCurrentProcess(),
        ctypes.byref(created),
        ctypes.byref(ended),
        ctypes.byref(in_kernel),
        ctypes.byref(in_user),
    ):
        raise OSError("GetProcessTimes failed")
    # A FILETIME counts 100 ns steps from 1601-01-01; the Unix epoch is 11 644 473 600 s later.
    ticks = (created.dwHighDateTime << 32) | created.dwLowDateTime
    return time.time() - (ticks / 10_000_000 - 11_644_473_600)


class _FirstPaint(QObject):
    """Watches a widget for its first paint event; ``painted`` holds the seconds since start once it is done."""

    def __init__(self, done: Callable[[], object]) -> None:
        super().__init__()
        self.done = done
        self.painted: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.painted is None:
            self.painted = -1.0
            # The filter sees the event before the widget paints: the moment is taken when the paint is over.
            QTimer.singleShot(0, self._after_paint)
        return False

    def _after_paint(self) -> None:
        self.painted = seconds_since_start()
        self.done()


def smoke_test(db: Path | str | None, lang: str | None, user: str | None) -> int:
    """``dossier-desk --smoke-test``: open the main window, wait for the floor grid's first paint, close, exit 0.

    Prints ``painted in 0.71 s`` (from the process's start) on stdout; any failure is one line on stderr and exit 1.
    No prompt: on a given file it logs in as ``--user`` with the password in $DOSSIER_DESK_PASSWORD; without a file
    it builds a small demo in a temporary folder and logs in as its clerk. The person's settings are left alone (a
    temporary settings file), so a smoke test does not become the "last file" or move the window.

    Without ``--db``, a server database's URL in ``$DOSSIER_DESK_SMOKE_DB`` is opened instead of a demo (the
    installer's bundle test on a machine with a server); its password comes from ``$DOSSIER_DESK_DB_PASSWORD`` or
    the keyring, never a prompt.
    """
    password = os.environ.get(PASSWORD_ENV)
    if db is None and os.environ.get(SMOKE_DB_ENV):
        try:
            db = server_password.checked_url(os.environ[SMOKE_DB_ENV])
        except AppError as err:
            _smoke_failed(f"${SMOKE_DB_ENV}: {' '.join(err.text().split())}")
            return 1
    if db is not None and (not user or password is None):
        _smoke_failed(f"a smoke test on a file logs in without a prompt: give --user NAME and ${PASSWORD_ENV}")
        return 1
    if isinstance(db, Path) and not db.is_file():
        _smoke_failed(f"no such database file: {db}")
        return 1
    if not has_display():
        _smoke_failed("no graphical display was found (DISPLAY is not set)")
        return 1
    with tempfile.TemporaryDirectory(prefix="dossier-desk-smoke-") as scratch:
        try:
            return _smoke_test(db, lang, user, Path(scratch))
        except AppError as err:
            _smoke_failed(" ".join(err.text().split()))
            return 1


def _smoke_failed(reason: str) -> None:
    # The command line's one-line error, so that scripts and the bad-input tests read it like any other.
    print(f"dossier-desk: error: smoke test failed: {reason}", file=sys.stderr)


def _smoke_test(db: Path | str | None, lang: str | None, user: str | None, scratch: Path) -> int:
    password = os.environ.get(PASSWORD_ENV)
    if db is None:
        from app.demo import build_demo  # only here: it brings the scans' image and PDF libraries

        db, user, password = scratch / "smoke.db", "clerk", secrets.token_urlsafe(12)
        build_demo(db, floors=2, units_per_floor=4, years=1, password=password)
    assert user is not None and password is not None  # checked by smoke_test before anything was opened
    app = application()
    settings = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
    language = translations.choose_language(lang, QSettings())
    keep = translations.install(app, language)  # noqa: F841 - translators must outlive the event loop
    # A server's password: from the environment or the keyring (a smoke test never prompts).
    desk = server_password.open_server(db, server_password.password_for(db)) if isinstance(db, str) else Desk.open(db)
    try:
        if not desk.read_only:
            try:
                claim_for_window(desk)
            except FileInUse:
                _smoke_failed(f"{db} is open in another window")
                return 1
        actor = log_in(desk, user, password, source="smoke test")
        return _paint_and_close(app, MainWindow(desk, actor, settings))
    finally:
        desk.close()


def _paint_and_close(app: QApplication, window: MainWindow) -> int:
    grid = window.current_grid()
    if grid is None:
        _smoke_failed("the file has no floor to show")
        window.close()
        return 1
    failed: list[str] = []

    def give_up() -> None:
        failed.append(f"the floor grid was not painted within {SMOKE_TIMEOUT_MS // 1000} s")
        window.close()

    watcher = _FirstPaint(window.close)
    grid.viewport().installEventFilter(watcher)
    timeout = QTimer(singleShot=True, interval=SMOKE_TIMEOUT_MS)
    timeout.timeout.connect(give_up)
    timeout.start()
    window.show()
    gc.freeze()  # as in run(): the measured start is the window's real one
    code = app.exec()
    timeout.stop()
    if failed or watcher.painted is None or watcher.painted < 0:
        _smoke_failed(failed[0] if failed else "the window closed before the floor grid was painted")
        return 1
    print(f"painted in {watcher.painted:.2f} s", flush=True)
    return code


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


def open_desk(
    db: Path | str | None, user: str | None, settings: QSettings, *, last_one: bool = True
) -> tuple[Desk, Actor] | None:
    """The database to work on (a file, or a server's URL) and who works on it: given, last used (unless not
    ``last_one``), or chosen on the welcome dialog."""
    remembered = False
    if isinstance(db, Path):
        db = Path(os.path.abspath(db))  # remembered as the last file: a later start from the Start menu has another cwd
    if db is None and last_one:
        last = settings.value(LAST_FILE_KEY, "", str)
        if last and is_server(last):
            db, remembered = last, True  # a server: asked when opened (it may be down just now)
        elif last and Path(last).is_file():
            db, remembered = Path(last), True
    if db is None:
        welcome = WelcomeDialog(settings)
        if welcome.exec() != QDialog.DialogCode.Accepted or welcome.desk is None or welcome.actor is None:
            return None
        return welcome.desk, welcome.actor
    try:
        opened = open_server_for_window(db, settings) if isinstance(db, str) else open_for_window(db)
    except AppError as err:
        # Said also for the remembered file: a clerk whose file went bad (damaged, from a newer program) must
        # know why the welcome dialog appears, rather than start a new building.
        QMessageBox.critical(None, APPLICATION, error_text(err))
        if remembered:
            if not isinstance(db, str):  # a server that cannot be reached today is tried again at the next start
                settings.remove(LAST_FILE_KEY)
            return open_desk(None, user, settings, last_one=False)
        return None
    if opened is None:  # open elsewhere and the person did not want it read-only, or the server dialog cancelled
        return open_desk(None, user, settings, last_one=False) if remembered else None
    desk = opened
    password = os.environ.get(PASSWORD_ENV)
    if user and password:
        try:
            actor = log_in(desk, user, password, source="window")
        except AppError as err:
            print(err.text(), file=sys.stderr)
        else:
            if not actor.must_change_password:  # else the log-in dialog asks for a new one first
                settings.setValue(LAST_FILE_KEY, str(server_password.location_of(desk)))
                return desk, actor
    login = LoginDialog(desk, settings, login=user or "")
    if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
        desk.close()
        return None
    settings.setValue(LAST_FILE_KEY, str(server_password.location_of(desk)))
    return desk, login.actor


def open_unit_at_start(window: MainWindow, number: str) -> None:
    try:
        with window.desk.read(window.actor) as work:
            dossier_id = find_dossier_for_unit(work, find_units(work, [number])[0])
    except AppError as err:
        print(err.text(), file=sys.stderr)
        return
    window.open_dossier(dossier_id)
