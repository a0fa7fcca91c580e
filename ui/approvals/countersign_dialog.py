"""Countersign: the department manager signs in at someone else's desk for one decision (R8, R9).

The manager reads what is asked and why, types their own login and password (checked like a log-in, so wrong
passwords count towards the lockout), and approves or refuses with a note. Only that one decision is made in the
manager's name; the window stays logged in as the person at the desk.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.approvals import KIND_NAMES, ApprovalInfo, approval, decide
from app.desk import Desk
from app.errors import AppError
from app.people import log_in
from app.permissions import Action
from ui.approvals.confirmation import confirmed, typed_confirmation
from ui.form_dialog import error_label
from ui.translations import error_text


class CountersignDialog(QDialog):
    """One waiting request, the manager's login, password and note; ``result_info`` is the decided request."""

    def __init__(self, desk: Desk, request: ApprovalInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.request = request
        self.result_info: ApprovalInfo | None = None
        self.setWindowTitle(self.tr("Manager's approval"))
        what = QCoreApplication.translate("approval", KIND_NAMES[request.kind])
        intro = QLabel(
            self.tr("{who} asks: {what}.").format(who=request.requested_by, what=what)
            + "\n"
            + request.summary
            + (("\n" + self.tr("Reason: {reason}").format(reason=request.reason)) if request.reason else ""),
            self,
        )
        intro.setObjectName("request")
        intro.setWordWrap(True)
        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName("login")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("note")
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        form = QFormLayout()
        form.addRow(self.tr("Manager's &login:"), self.login_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow(self.tr("&Note:"), self.note_edit)
        # issue 12: what cannot be undone (a destruction list) is approved only with its number typed.
        self.expected = typed_confirmation(desk, request)
        self.confirmation_edit = QLineEdit(self)
        self.confirmation_edit.setObjectName("confirmation")
        if self.expected is not None:
            form.addRow(
                self.tr("To approve, type the list number {number}:").format(number=self.expected),
                self.confirmation_edit,
            )
        else:
            self.confirmation_edit.hide()
        self.message = error_label(self, "message", room=2)
        self.message.setObjectName("message")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.approve_button = QPushButton(self.tr("&Approve"), self)
        self.approve_button.setObjectName("approve")
        self.refuse_button = QPushButton(self.tr("&Refuse"), self)
        self.refuse_button.setObjectName("refuse")
        self.buttons.addButton(self.approve_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.refuse_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.approve_button.clicked.connect(lambda: self.sign(approve=True))
        self.refuse_button.clicked.connect(lambda: self.sign(approve=False))
        self.buttons.rejected.connect(self.reject)
        # The buttons decide; Enter in a field must not approve by accident.
        self.approve_button.setAutoDefault(False)
        self.approve_button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.login_edit.setFocus()

    def accept(self) -> None:  # the approve button is the dialog's accept role: deciding is done by sign()
        self.sign(approve=True)

    def sign(self, *, approve: bool) -> None:
        if approve and not confirmed(self.expected, self.confirmation_edit.text()):
            self._show(
                self.tr("Type the list number {number} to approve its destruction.").format(number=self.expected)
            )
            self.confirmation_edit.setFocus()
            return
        try:
            manager = log_in(self.desk, self.login_edit.text(), self.password_edit.text())
            if not self.desk.may(manager, Action.APPROVE):
                self._show(
                    self.tr("{name} is not the department manager and cannot approve.").format(
                        name=manager.display_name
                    )
                )
                return
            with self.desk.work(manager) as work:
                self.result_info = decide(
                    work,
                    self.request.id,
                    approve=approve,
                    note=self.note_edit.toPlainText(),
                    expected_version=self.request.version,
                    countersigned=True,
                )
        except AppError as err:
            self._show(error_text(err))
            return
        super().accept()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.password_edit.clear()
        self.password_edit.setFocus()


def countersign(parent: QWidget | None, desk: Desk, approval_id: int) -> ApprovalInfo | None:
    """Ask the manager to sign for request ``approval_id`` here; the decided request, or None if cancelled."""
    try:
        with desk.read(None) as work:
            request = approval(work, approval_id)
    except AppError:
        return None
    dialog = CountersignDialog(desk, request, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.result_info
