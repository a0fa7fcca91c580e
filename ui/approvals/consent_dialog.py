"""Why an action waits for the department manager's consent, and the two ways on: the manager signs here now
(countersign), or the request is sent to wait in the manager's list. The rooms say what is asked (a document's
change, a deposit's retention) by overriding ``waiting`` and ``make_request``; the rest is the same everywhere."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from app.approvals import ApprovalInfo, ApprovalStatus
from app.desk import Actor, Desk, Work
from app.errors import AppError
from ui.approvals.countersign_dialog import countersign
from ui.form_dialog import ERROR_STYLE
from ui.translations import error_text

NOTE_STYLE = "background: #fff4ce; color: #3b2f00; border: 1px solid #e0c060; padding: 6px;"


class _ConsentDialog(QDialog):
    """``outcome`` once answered: "approved" (the manager signed here and approved: the action can be made now) or
    "sent" (the request waits in the manager's list); None while nothing was asked. ``answered`` says the same."""

    answered = Signal(str)

    def __init__(self, desk: Desk, actor: Actor, why: AppError, about: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.outcome: str | None = None
        self.request: ApprovalInfo | None = None
        self.setWindowTitle(self.tr("The department manager's approval"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        note = QLabel(error_text(why), self)
        note.setObjectName("why")
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        self.about = QLabel(about, self)
        self.about.setObjectName("summary")
        self.about.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ask_now_button = QPushButton(self.tr("&Ask the manager now…"), self)
        self.ask_now_button.setObjectName("ask-now")
        self.ask_now_button.setToolTip(self.tr("The department manager signs in here and decides at once"))
        self.send_button = QPushButton(self.tr("&Send for approval"), self)
        self.send_button.setObjectName("send")
        self.send_button.setToolTip(self.tr("The request waits in the department manager's list"))
        self.buttons.addButton(self.ask_now_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.ask_now_button.clicked.connect(self.ask_now)
        self.send_button.clicked.connect(self.send)
        self.body = QVBoxLayout(self)  # a room adds its own rows between the summary and the message
        self.body.addWidget(note)
        self.body.addWidget(self.about)

    def finish_layout(self, width: int = 480) -> None:
        """Put the message and the buttons under what the room added, and size the dialog to it."""
        self.body.addWidget(self.message)
        self.body.addWidget(self.buttons)
        self.resize(width, self.sizeHint().height())

    def waiting(self, work: Work) -> ApprovalInfo | None:
        """The request for this action already waiting for the manager, if any."""
        raise NotImplementedError

    def make_request(self, work: Work) -> ApprovalInfo:
        """Ask the manager for this action (a new request)."""
        raise NotImplementedError

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _request(self) -> ApprovalInfo | None:
        """The waiting request for this action: the one already sent, or a new one."""
        try:
            with self.desk.read(self.actor) as work:
                waiting = self.waiting(work)
            if waiting is not None:
                return waiting
            with self.desk.work(self.actor) as work:
                return self.make_request(work)
        except AppError as err:
            self._show(error_text(err))
            return None

    def _answer(self, outcome: str) -> None:
        self.outcome = outcome
        self.accept()
        self.answered.emit(outcome)

    def send(self) -> None:
        self.request = self._request()
        if self.request is not None:
            self._answer("sent")

    def ask_now(self) -> None:
        self.request = self._request()
        if self.request is None:
            return
        decided = countersign(self, self.desk, self.request.id)
        if decided is None:
            self._show(self.tr("The manager did not sign; the request waits in the manager's list."))
            return
        self.request = decided
        if decided.status is ApprovalStatus.APPROVED:
            self._answer("approved")
            return
        self._show(self.tr("The manager refused: {note}").format(note=decided.decision_note or "—"))


# What the rooms extend (a base: the window tour opens its rooms' dialogs, not it).
ConsentDialog = _ConsentDialog
