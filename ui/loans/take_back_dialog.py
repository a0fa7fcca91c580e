"""Taking a loan back: did everything come back (是否完好)? If not, what was missing."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.desk import Actor, Desk
from app.errors import AppError
from app.loans import LoanInfo, take_back
from ui.form_dialog import error_label
from ui.translations import error_text


class TakeBackDialog(QDialog):
    """The loan's dossiers, complete yes/no, and what was missing; ``result_loan`` once taken back."""

    def __init__(self, desk: Desk, actor: Actor, loan: LoanInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.loan = loan
        self.result_loan: LoanInfo | None = None
        self.setObjectName("take-back")
        self.setWindowTitle(self.tr("Take back loan {number}").format(number=loan.id))
        numbers = "、".join(d.number for d in loan.dossiers)
        intro = QLabel(self.tr("{borrower} returns: {dossiers}").format(borrower=loan.borrower, dossiers=numbers), self)
        intro.setWordWrap(True)
        self.complete_radio = QRadioButton(self.tr("&Complete: everything came back"), self)
        self.complete_radio.setObjectName("complete")
        self.incomplete_radio = QRadioButton(self.tr("&Not complete"), self)
        self.incomplete_radio.setObjectName("incomplete")
        group = QButtonGroup(self)
        group.addButton(self.complete_radio)
        group.addButton(self.incomplete_radio)
        self.complete_radio.setChecked(True)
        self.missing_label = QLabel(self.tr("&What was missing or damaged:"), self)
        self.missing_edit = QPlainTextEdit(self)
        self.missing_edit.setObjectName("missing")
        self.missing_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.missing_label.setBuddy(self.missing_edit)
        self.incomplete_radio.toggled.connect(self._toggled)
        self._toggled(False)
        self.error = error_label(self, "error", room=2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.addButton(self.tr("&Take back"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("take-back")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.complete_radio)
        layout.addWidget(self.incomplete_radio)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.missing_edit)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _toggled(self, incomplete: bool) -> None:
        self.missing_edit.setEnabled(incomplete)
        self.missing_label.setEnabled(incomplete)
        if incomplete:
            self.missing_edit.setFocus()

    def accept(self) -> None:
        complete = self.complete_radio.isChecked()
        try:
            with self.desk.work(self.actor) as work:
                self.result_loan = take_back(
                    work,
                    self.loan.id,
                    complete=complete,
                    missing_note="" if complete else self.missing_edit.toPlainText(),
                    expected_version=self.loan.version,
                )
        except AppError as err:
            self.error.setText(error_text(err))
            self.error.show()
            return
        super().accept()
