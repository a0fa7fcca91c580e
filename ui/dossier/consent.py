"""A change of a document that needs the department manager's approval first (R9): ask the manager to sign here
now, or send the request to wait in the manager's list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.approvals import KIND_NAMES, ApprovalInfo, ApprovalKind, ApprovalStatus, approvals_for
from app.desk import Actor, Desk, Work
from app.dossier import DocumentRow, request_document_change
from app.errors import AppError, NeedsApproval
from app.permissions import Action
from ui import messages
from ui.approvals import countersign
from ui.form_dialog import ERROR_STYLE
from ui.translations import app_text, error_text

NOTE_STYLE = "background: #fff4ce; color: #3b2f00; border: 1px solid #e0c060; padding: 6px;"


class ConsentDialog(QDialog):
    """Says why the change waits for the manager and offers the two ways on; ``outcome`` says which was taken.

    ``"approved"``: the manager signed here and approved, the change can be made now; ``"sent"``: the request waits
    in the manager's list; None: nothing asked (cancelled, or the manager refused here).
    """

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        document: DocumentRow,
        kind: ApprovalKind,
        why: AppError,
        reason: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.document = document
        self.kind = kind
        self.outcome: str | None = None
        self.request: ApprovalInfo | None = None
        self.setObjectName("consent-dialog")
        self.setWindowTitle(self.tr("The department manager's approval"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        note = QLabel(error_text(why), self)
        note.setObjectName("why")
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        about = QLabel(self.tr("Document: “{title}”").format(title=document.title), self)
        about.setWordWrap(True)
        self.reason_edit = QPlainTextEdit(reason, self)
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(self.reason_edit.fontMetrics().lineSpacing() * 3 + 8)
        self.reason_edit.setPlaceholderText(self.tr("What should change, and why (the manager reads this)"))
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ask_now_button = QPushButton(self.tr("&Ask the manager now…"), self)
        self.ask_now_button.setObjectName("ask-now")
        self.ask_now_button.setToolTip(self.tr("The department manager signs in here and decides at once"))
        self.send_button = QPushButton(self.tr("&Send for approval"), self)
        self.send_button.setObjectName("send")
        self.send_button.setToolTip(self.tr("The request waits in the department manager's list"))
        buttons.addButton(self.ask_now_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.ask_now_button.clicked.connect(self.ask_now)
        self.send_button.clicked.connect(self.send)
        self.reason_edit.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(about)
        caption = QLabel(self.tr("&Reason:"), self)
        caption.setBuddy(self.reason_edit)
        layout.addWidget(caption)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())
        self._update()
        self.reason_edit.setFocus()

    def _update(self) -> None:
        # The manager decides on what is asked: a request without a reason says nothing to decide on.
        has_reason = bool(self.reason_edit.toPlainText().strip())
        self.ask_now_button.setEnabled(has_reason)
        self.send_button.setEnabled(has_reason)

    @property
    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _request(self) -> ApprovalInfo | None:
        """The waiting request for this change: the one already sent, or a new one."""
        try:
            with self.desk.read(self.actor) as work:
                waiting = [
                    a
                    for a in approvals_for(work, "document", self.document.id)
                    if a.kind is self.kind and a.status is ApprovalStatus.PENDING
                ]
            if waiting:
                return waiting[0]
            with self.desk.work(self.actor) as work:
                return request_document_change(work, self.document.id, self.kind, self.reason)
        except AppError as err:
            self._show(error_text(err))
            return None

    def send(self) -> None:
        self.request = self._request()
        if self.request is not None:
            self.outcome = "sent"
            self.accept()

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
            self.outcome = "approved"
            self.accept()
            return
        self._show(self.tr("The manager refused: {note}").format(note=decided.decision_note or "—"))


def ask_consent(
    parent: QWidget,
    desk: Desk,
    actor: Actor,
    document: DocumentRow,
    kind: ApprovalKind,
    why: AppError,
    reason: str,
    on_done: Callable[[ConsentDialog], None],
) -> ConsentDialog:
    """Open the dialog (window-modal, no nested event loop); ``on_done`` gets it once it was answered."""
    dialog = ConsentDialog(desk, actor, document, kind, why, reason, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: on_done(dialog))
    dialog.open()
    return dialog


def change_with_consent(
    parent: QWidget,
    desk: Desk,
    actor: Actor,
    document: DocumentRow,
    kind: ApprovalKind,
    run: Callable[[Work, str], object],
    on_done: Callable[[], None] = lambda: None,
) -> None:
    """Make one change of ``document`` that needs the manager's consent (R9), the way the acting user can.

    The manager gives the reason for their own decision first; anyone else tries, and when the app says the
    manager must approve, chooses between the manager signing here now and a request that waits in the list.
    ``run(work, reason)`` is the app call; ``on_done`` runs after it succeeded.
    """

    def attempt(reason: str) -> bool:
        try:
            with desk.work(actor) as work:
                run(work, reason)
        except NeedsApproval as err:
            ask_consent(parent, desk, actor, document, kind, err, reason, answered)
            return False
        except AppError as err:
            messages.tell(parent, error_text(err))
            return False
        on_done()
        return True

    def answered(dialog: ConsentDialog) -> None:
        if dialog.outcome == "approved":
            attempt(dialog.reason)
        elif dialog.outcome == "sent":
            messages.tell(parent, sent_text(document), icon=QMessageBox.Icon.Information)

    if desk.may(actor, Action.APPROVE):
        ask_reason(parent, document, kind, attempt)
    else:
        attempt("")


def sent_text(document: DocumentRow) -> str:
    return QCoreApplication.translate(
        "ConsentDialog",
        "The request for “{title}” waits in the department manager's list; the change can be made once it is approved.",
    ).format(title=document.title)


def ask_reason(
    parent: QWidget, document: DocumentRow, kind: ApprovalKind, on_reason: Callable[[str], object]
) -> QInputDialog:
    """The manager's own decision is kept with its reason: ask for it (window-modal, no nested event loop)."""
    box = QInputDialog(parent)
    box.setObjectName("reason-dialog")
    box.setWindowTitle(app_text("approval", KIND_NAMES[kind]))
    box.setLabelText(
        QCoreApplication.translate("ConsentDialog", "“{title}”: why? (kept with the record)").format(
            title=document.title
        )
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.textValueSelected.connect(lambda text: on_reason(text.strip()))
    box.open()
    return box
