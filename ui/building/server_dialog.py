"""Connect to a server database: where it is (host, port, database, user), its password, and whether this PC's
keyring keeps that password; "Test connection" tries it without leaving the dialog.

The password is never remembered in the settings or the recent list (app/server_password.py): typed here, or taken
from ``$DOSSIER_DESK_DB_PASSWORD`` or the keyring when the field is left empty. Opening a remembered server database
(the last one, a recent one) asks here only when the server refuses the password it was given, or wants one.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import server_password
from app.desk import Desk
from app.errors import AppError
from app.server_password import DEFAULT_PORT, ServerAddress
from ui.tasks import BackgroundTask, Progress
from ui.translations import error_text

LAST_SERVER_KEY = "server/last"  # the address last connected to (never its password), to fill the dialog in again
MAX_PORT = 65535


class ServerDialog(QDialog):
    """Ends accepted with ``desk`` open on the server database (nobody logged in yet), or rejected (nothing open)."""

    def __init__(
        self, settings: QSettings, parent: QWidget | None = None, *, url: str | None = None, message: str = ""
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.desk: Desk | None = None
        self.url: str | None = None  # the address connected to, without its password
        self.task: BackgroundTask | None = None  # a connection under way
        self.cancelled = False
        self.setObjectName("server-dialog")
        self.setWindowTitle(self.tr("Connect to a server database"))
        self.setProperty("helpTopic", "server")
        intro = QLabel(
            self.tr(
                "Several front desks can share one dossier database on a PostgreSQL server. Its administrator "
                "gives you these details."
            ),
            self,
        )
        intro.setWordWrap(True)
        remembered = url or settings.value(LAST_SERVER_KEY, "", str)
        known = server_password.address_of(remembered) if remembered else ServerAddress("", DEFAULT_PORT, "", "")
        self.host_edit = self._edit("host", known.host)
        self.host_edit.setPlaceholderText(self.tr("server name or address"))
        self.port_spin = QSpinBox(self)
        self.port_spin.setObjectName("port")
        self.port_spin.setRange(1, MAX_PORT)
        self.port_spin.setValue(known.port)
        self.database_edit = self._edit("database", known.database)
        self.user_edit = self._edit("user", known.user)
        self.password_edit = self._edit("password", "")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("empty: the one kept on this PC"))
        self.remember_box = QCheckBox(self.tr("&Remember the password on this PC"), self)
        self.remember_box.setObjectName("remember")
        self.remember_box.setToolTip(
            self.tr("Kept in this PC's password store (Windows Credential Manager), never in a file.")
        )
        self.remember_box.setChecked(self._kept(remembered))  # unticked, Connect forgets the kept one
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host_edit)
        form.addRow(self.tr("P&ort:"), self.port_spin)
        form.addRow(self.tr("&Database:"), self.database_edit)
        form.addRow(self.tr("&User:"), self.user_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow("", self.remember_box)
        self.message = QLabel(message, self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setVisible(bool(message))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.connect_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(self.tr("&Connect"))
        self.connect_button.setObjectName("connect")
        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.setObjectName("test-connection")
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.test_button.clicked.connect(self.test_connection)
        self.buttons.accepted.connect(self.connect_to_server)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        first_empty = next((e for e in (self.host_edit, self.database_edit, self.user_edit) if not e.text()), None)
        (first_empty or self.password_edit).setFocus()
        self.resize(460, self.sizeHint().height())

    def _edit(self, name: str, text: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(name)
        return edit

    @staticmethod
    def _kept(url: str) -> bool:
        """Whether this PC's keyring keeps a password for ``url`` (no keyring: none)."""
        if not url:
            return False
        try:
            return server_password.stored_password(url) is not None
        except AppError:
            return False

    def address(self) -> ServerAddress:
        return ServerAddress(
            self.host_edit.text(), self.port_spin.value(), self.database_edit.text(), self.user_edit.text()
        )

    def say(self, text: str, *, good: bool = False) -> None:
        self.message.setStyleSheet("color: #1b5e20;" if good else "color: #b00020;")
        self.message.setText(text)
        self.message.show()

    def _start(self, done: Callable[[Desk, str, str | None], None]) -> BackgroundTask | None:
        """Connect off the UI thread (an unreachable server takes seconds to give up, and the window must not
        freeze meanwhile), then ``done(desk, url, password)``; what went wrong is said in the dialog."""
        try:
            url = server_password.address_url(self.address())
        except AppError as err:
            self.say(error_text(err))
            return None
        password = self.password_edit.text() or server_password.password_for(url)
        shown = server_password.keyring_name(url)

        def job(_progress: Progress) -> Desk:
            return server_password.open_server(url, password)

        self._hold(True)
        self.say(self.tr("Connecting to {location}…").format(location=shown), good=True)
        self.task = BackgroundTask(job, self)
        self.task.finished.connect(lambda desk: self._connected(desk, lambda: done(desk, url, password)))
        self.task.failed.connect(self._failed)
        self.task.start()
        return self.task

    def _hold(self, held: bool) -> None:
        for widget in (self.connect_button, self.test_button):
            widget.setEnabled(not held)

    def _connected(self, desk: Desk, then: Callable[[], None]) -> None:
        self.task = None
        self._hold(False)
        if self.cancelled:
            desk.close()  # cancelled while connecting: nothing is left open
            return
        then()

    def _failed(self, error: Exception) -> None:
        self.task = None
        self._hold(False)
        self.say(error_text(error) if isinstance(error, AppError) else str(error))

    def test_connection(self) -> BackgroundTask | None:
        """Connect, say whether it worked, and leave again (nothing kept, nobody logged in)."""

        def tested(desk: Desk, _url: str, _password: str | None) -> None:
            desk.close()
            self.say(
                self.tr("Connected to {location}: it is a Dossier Desk database.").format(location=desk.location),
                good=True,
            )

        return self._start(tested)

    def connect_to_server(self) -> BackgroundTask | None:
        """Connect; once connected, keep the password if asked to and end the dialog with ``desk`` open."""
        return self._start(self._use)

    def _use(self, desk: Desk, url: str, password: str | None) -> None:
        self.desk, self.url = desk, url
        self.settings.setValue(LAST_SERVER_KEY, url)
        if self.remember_box.isChecked() and password:
            try:
                server_password.remember(url, password)
            except AppError as err:  # no keyring on this PC: connected all the same, asked again next time
                QMessageBox.warning(self, self.windowTitle(), error_text(err))
        elif not self.remember_box.isChecked():
            with suppress(AppError):  # no keyring on this PC: nothing was kept to forget
                server_password.forget(url)
        self.accept()

    def reject(self) -> None:
        self.cancelled = True  # a connection still under way closes what it opens when it arrives (_connected)
        super().reject()


def open_server_for_window(url: str, settings: QSettings, parent: QWidget | None = None) -> Desk | None:
    """The server database ``url`` (remembered, or from ``--db``) opened for a window with the password from
    ``$DOSSIER_DESK_DB_PASSWORD`` or the keyring — or, when the server refuses it or wants one, with the one typed
    in the server dialog, filled in with ``url`` and saying why it asks. None: the person cancelled.
    Raises the app's error when the server cannot be used for another reason (unreachable, no such database)."""
    try:
        return server_password.open_server(url, server_password.password_for(url))
    except AppError as err:
        if not server_password.login_refused(err):
            raise
        refused = err
    dialog = ServerDialog(settings, parent, url=url, message=error_text(refused))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.desk
