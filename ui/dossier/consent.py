"""A change of a document that needs the department manager's approval first (R9): ask the manager to sign here
now, or send the request to wait in the manager's list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from app.approvals import KIND_NAMES, ApprovalInfo, ApprovalKind, ApprovalStatus, approvals_for
from app.desk import Actor, Desk, Work
from app.dossier import DocumentRow, request_document_change
from app.errors import AppError, NeedsApproval
from app.permissions import Action
from ui import messages
from ui.approvals import ConsentDialog as ApprovalConsent
from ui.translations import app_text, error_text


class ConsentDialog(ApprovalConsent):
    """Says why the change of a document waits for the manager and offers the two ways on (ui.approvals'
    ConsentDialog); the reason typed here is what the manager reads."""

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
        super().__init__(desk, actor, why, self.tr("Document: “{title}”").format(title=document.title), parent)
        self.document = document
        self.kind = kind
        self.setObjectName("consent-dialog")
        self.reason_edit = QPlainTextEdit(reason, self)
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(self.reason_edit.fontMetrics().lineSpacing() * 3 + 8)
        self.reason_edit.setPlaceholderText(self.tr("What should change, and why (the manager reads this)"))
        self.reason_edit.textChanged.connect(self._update)
        caption = QLabel(self.tr("&Reason:"), self)
        caption.setBuddy(self.reason_edit)
        self.body.addWidget(caption)
        self.body.addWidget(self.reason_edit)
        self.finish_layout(480)
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

    def waiting(self, work: Work) -> ApprovalInfo | None:
        found = [
            a
            for a in approvals_for(work, "document", self.document.id)
            if a.kind is self.kind and a.status is ApprovalStatus.PENDING
        ]
        return found[0] if found else None

    def make_request(self, work: Work) -> ApprovalInfo:
        return request_document_change(work, self.document.id, self.kind, self.reason)


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
