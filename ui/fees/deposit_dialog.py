"""Refund or retain (part of) a deposit (R11). Retaining needs the department manager's approval: the manager's own
decision with its reason, or — for anyone else — the manager signs here now (countersign) or the request waits in
the manager's list; once approved, the same retention goes through."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QWidget,
)

from app.approvals import ApprovalInfo, ApprovalKind, ApprovalStatus, approvals_for, request_approval
from app.desk import Actor, Desk, Work
from app.errors import AppError, ChangedMeanwhile, NeedsApproval
from app.fees import DEPOSIT_KIND_NAMES as KIND_NAMES
from app.fees import DepositInfo, deposits_of, money_text, parse_money, refund_deposit, retain_deposit
from ui import messages
from ui.approvals import ConsentDialog
from ui.fees.dossier_dialogs import _text_box, money_or_problem
from ui.form_dialog import FormDialog, date_edit, from_qdate, to_qdate
from ui.translations import app_text


class DepositDecisionDialog(FormDialog):
    """Refund or retain money a deposit of ``tenancy_id`` still holds; ``deposit_id`` chosen first when given.

    ``outcome`` after closing: "done" (the money moved), "sent" (a retention waits for the manager), None."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        tenancy_id: int,
        deposit_id: int | None = None,
        parent: QWidget | None = None,
        *,
        dossier_id: int | None = None,
    ) -> None:
        super().__init__(desk, actor, parent)
        self.setProperty("helpTopic", "fees")  # F1: the user guide's page
        self.tenancy_id = tenancy_id
        self.dossier_id = dossier_id  # the manager's list shows a request with the dossier it is about
        self.outcome: str | None = None
        self.consent: DepositConsentDialog | None = None
        self.setObjectName("deposit-decision-dialog")
        self.setWindowTitle(self.tr("Refund or retain deposit"))
        self.today = desk.clock().date()
        self.deposit_combo = QComboBox(self)
        self.add_row("deposit", self.tr("De&posit:"), self.deposit_combo)
        self.refund_button = QRadioButton(self.tr("Re&fund"), self)
        self.refund_button.setObjectName("refund")
        self.retain_button = QRadioButton(self.tr("Re&tain"), self)
        self.retain_button.setObjectName("retain")
        group = QButtonGroup(self)
        group.addButton(self.refund_button)
        group.addButton(self.retain_button)
        self.refund_button.setChecked(True)
        how = QWidget(self)
        row = QHBoxLayout(how)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.refund_button)
        row.addWidget(self.retain_button)
        row.addStretch(1)
        self.form.addRow(self.tr("Decision:"), how)
        self.amount_edit = QLineEdit(self)
        self.add_row("deposit.amount", self.tr("&Amount (yuan):"), self.amount_edit)
        self.date_edit = date_edit(self, self.today)
        self.date_edit.setMaximumDate(to_qdate(self.today))
        self.add_row("deposit.moved_on", self.tr("&Date:"), self.date_edit)
        self.reason_edit = _text_box(self, 2)
        self.add_row("deposit.reason", self.tr("&Reason:"), self.reason_edit)
        self.retain_note = QLabel(self.tr("Retaining needs the department manager's approval."), self)
        self.retain_note.setObjectName("retain-note")
        self.retain_note.setWordWrap(True)
        self.deposits: list[DepositInfo] = []
        self._load(deposit_id)
        self.deposit_combo.currentIndexChanged.connect(self._chosen)
        self.retain_button.toggled.connect(lambda _on: self.validate())
        self.finish(below=(self.retain_note,))
        self.resize(460, self.sizeHint().height())

    def _load(self, deposit_id: int | None) -> None:
        with self.desk.read(self.actor) as work:
            self.deposits = [d for d in deposits_of(work, self.tenancy_id) if d.undecided_fen > 0]
        self.deposit_combo.blockSignals(True)
        self.deposit_combo.clear()
        for deposit in self.deposits:
            self.deposit_combo.addItem(
                self.tr("{kind} {amount} (still held {held})").format(
                    kind=app_text("fees", KIND_NAMES.get(deposit.kind, deposit.kind)),
                    amount=money_text(deposit.amount_fen),
                    held=money_text(deposit.undecided_fen),
                ),
                deposit.id,
            )
        index = next((i for i, d in enumerate(self.deposits) if d.id == deposit_id), 0)
        self.deposit_combo.setCurrentIndex(index)
        self.deposit_combo.blockSignals(False)
        self._chosen()

    def _chosen(self, *_args: object) -> None:
        deposit = self.deposit()
        self.amount_edit.setText(money_text(deposit.undecided_fen, grouped=False) if deposit else "")

    def deposit(self) -> DepositInfo | None:
        index = self.deposit_combo.currentIndex()
        return self.deposits[index] if 0 <= index < len(self.deposits) else None

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if self.deposit() is None:
            problems["deposit"] = self.tr("No deposit of this tenant still holds money.")
        amount, wrong = money_or_problem(self.amount_edit.text(), "deposit.amount")
        if amount is None:
            problems["deposit.amount"] = wrong
        if self.retain_button.isChecked():
            self.required(problems, "deposit.reason", self.reason_edit.toPlainText())
        self.retain_note.setVisible(self.retain_button.isChecked())
        return problems

    def save(self, work: Work) -> DepositInfo:
        deposit = self.deposit()
        assert deposit is not None
        amount = parse_money(self.amount_edit.text(), "deposit.amount")
        if self.retain_button.isChecked():
            return retain_deposit(
                work,
                deposit.id,
                amount,
                day=from_qdate(self.date_edit.date()),
                reason=self.reason_edit.toPlainText(),
                expected_version=deposit.version,
            )
        return refund_deposit(
            work,
            deposit.id,
            amount,
            day=from_qdate(self.date_edit.date()),
            note=self.reason_edit.toPlainText(),
            expected_version=deposit.version,
        )

    def accept(self) -> None:
        if not self.validate():
            return
        try:
            with self.desk.work(self.actor) as work:
                result = self.save(work)
        except NeedsApproval as err:
            self._ask_consent(err)
            return
        except ChangedMeanwhile as err:  # another desk moved this deposit: show it as it is now
            self._load(self.deposit().id if self.deposit() else None)
            self.show_app_error(err)
            return
        except AppError as err:
            self.show_app_error(err)
            return
        self.outcome = "done"
        self.result_value = result
        self.saved.emit(result)
        QDialog.accept(self)

    def _ask_consent(self, why: AppError) -> None:
        deposit = self.deposit()
        assert deposit is not None
        summary = self.tr("Retain {amount} of the {kind} ({held} held): {reason}").format(
            amount=money_text(parse_money(self.amount_edit.text(), "deposit.amount")),
            kind=app_text("fees", KIND_NAMES.get(deposit.kind, deposit.kind)),
            held=money_text(deposit.undecided_fen),
            reason=self.reason_edit.toPlainText().strip(),
        )
        dialog = DepositConsentDialog(
            self.desk, self.actor, deposit.id, self.dossier_id, summary, self.reason, why, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.answered.connect(self._answered)
        self.consent = dialog
        dialog.open()

    @property
    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def _answered(self, outcome: str) -> None:
        if outcome == "approved":
            self.accept()  # the same retention, now within the manager's approval
        elif outcome == "sent":
            self.outcome = "sent"
            messages.tell(
                self.parentWidget() or self,
                self.tr("The retention waits in the department manager's list; it can be made once it is approved."),
                icon=QMessageBox.Icon.Information,
            )
            QDialog.accept(self)


class DepositConsentDialog(ConsentDialog):
    """Why the retention waits for the manager, and the two ways on (ui.approvals' ConsentDialog): the manager signs
    here now, or the request is sent to wait in the manager's list. ``answered("approved" | "sent")``."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        deposit_id: int,
        dossier_id: int | None,
        summary: str,
        reason: str,
        why: AppError,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(desk, actor, why, summary, parent)
        self.deposit_id = deposit_id
        self.dossier_id = dossier_id
        self.summary = summary
        self.reason = reason
        self.setObjectName("deposit-consent-dialog")
        self.finish_layout(460)

    def waiting(self, work: Work) -> ApprovalInfo | None:
        found = [
            a
            for a in approvals_for(work, "deposit", self.deposit_id)
            if a.kind is ApprovalKind.DEPOSIT and a.status is ApprovalStatus.PENDING
        ]
        return found[0] if found else None

    def make_request(self, work: Work) -> ApprovalInfo:
        return request_approval(
            work,
            ApprovalKind.DEPOSIT,
            "deposit",
            self.deposit_id,
            dossier_id=self.dossier_id,
            summary=self.summary[:300],
            reason=self.reason,
        )
