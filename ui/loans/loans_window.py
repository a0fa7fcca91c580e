"""The Loans window (R8): every loan with its state, overdue ones highlighted; new loan, the manager's countersign,
hand out, take back, and the printed loan register (档案借阅登记表)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.approvals import withdraw
from app.desk import Actor, Desk, Work
from app.errors import AppError
from app.loans import LoanInfo, LoanState, hand_out, list_loans
from app.permissions import Action
from ui import messages
from ui.approvals import countersign
from ui.lists import RowsModel, read_only_table
from ui.loans.register_dialog import RegisterPeriodDialog
from ui.loans.request_dialog import LoanRequestDialog
from ui.loans.shown import state_text
from ui.loans.take_back_dialog import TakeBackDialog
from ui.printing import ListPrinter, PrintoutBuilder, PrintPreviewDialog
from ui.translations import error_text, format_date
from ui.window_parts import fit_to_screen

OVERDUE_COLOUR = QColor("#b71c1c")


class LoansModel(RowsModel[LoanInfo]):
    def headers(self) -> Sequence[str]:
        return [
            self.tr("No."),
            self.tr("State"),
            self.tr("Lent on"),
            self.tr("Return by"),
            self.tr("Borrower"),
            self.tr("Department"),
            self.tr("Dossiers"),
            self.tr("Purpose"),
            self.tr("Approved by"),
            self.tr("Returned"),
            self.tr("Complete"),
        ]

    def cell(self, row: LoanInfo, column: int) -> object:
        complete = "" if row.complete is None else self.tr("Yes") if row.complete else self.tr("No")
        if row.complete is False and row.missing_note:
            complete = self.tr("No: {missing}").format(missing=row.missing_note)
        values = [
            str(row.id),
            state_text(row),
            format_date(row.lent_on),
            format_date(row.expected_return),
            row.borrower,
            row.department,
            "、".join(d.number for d in row.dossiers),
            row.purpose,
            row.approved_by,
            format_date(row.returned_at.date()) if row.returned_at else "",
            complete,
        ]
        return values[column]

    def font(self, row: LoanInfo) -> QFont | None:
        if not row.overdue:
            return None
        bold = QFont()
        bold.setBold(True)
        return bold

    def data(self, index: object, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():  # type: ignore[attr-defined]
            row = self.row(index.row())  # type: ignore[attr-defined]
            return OVERDUE_COLOUR if row.overdue else None
        return super().data(index, role)  # type: ignore[arg-type]


class LoansWindow(QDialog):
    """Modeless beside the floors (``refresh`` is called after every change the window makes or hears of)."""

    ALL, OPEN, OVERDUE = range(3)

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.message_box: object = None
        self.setObjectName("loans")
        self.setProperty("helpTopic", "loans")  # F1: the user guide's page
        self.setWindowTitle(self.tr("Loans"))
        self.filter_combo = QComboBox(self)
        self.filter_combo.setObjectName("filter")
        self.filter_combo.addItems([self.tr("All loans"), self.tr("Not back yet"), self.tr("Overdue")])
        self.filter_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        top = QHBoxLayout()
        top.addWidget(self.filter_combo)
        top.addWidget(self.summary, 1)
        self.model = LoansModel(self)
        self.table = read_only_table(self.model, self, "loan-rows")
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self.table.doubleClicked.connect(lambda _i: self._default_step())

        self.new_button = QPushButton(self.tr("&New loan…"), self)
        self.new_button.setObjectName("new-loan")
        self.sign_button = QPushButton(self.tr("The manager &signs…"), self)
        self.sign_button.setObjectName("countersign")
        self.hand_out_button = QPushButton(self.tr("&Hand out"), self)
        self.hand_out_button.setObjectName("hand-out")
        self.take_back_button = QPushButton(self.tr("&Take back…"), self)
        self.take_back_button.setObjectName("take-back")
        self.withdraw_button = QPushButton(self.tr("&Withdraw request"), self)
        self.withdraw_button.setObjectName("withdraw")
        self.register_button = QPushButton(self.tr("Print &register…"), self)
        self.register_button.setObjectName("print-register")
        self.printouts = PrintoutBuilder(desk, actor, self)
        self.list_printer = ListPrinter(
            desk, actor, self, self.table, self.windowTitle, subtitle=self.summary.text, printouts=self.printouts
        )
        self.new_button.clicked.connect(lambda: self.new_loan())
        self.sign_button.clicked.connect(lambda: self.sign_now())
        self.hand_out_button.clicked.connect(lambda: self.hand_out())
        self.take_back_button.clicked.connect(lambda: self.take_back())
        self.withdraw_button.clicked.connect(lambda: self.withdraw())
        self.register_button.clicked.connect(lambda: self.print_register())
        self.new_button.setEnabled(desk.may(actor, Action.REQUEST_LOAN))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (
            self.new_button,
            self.sign_button,
            self.hand_out_button,
            self.take_back_button,
            self.withdraw_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.register_button)
        row.addWidget(self.list_printer.button(self))
        row.addWidget(self.list_printer.export_button(self))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        fit_to_screen(self, 960, 520)
        self.refresh()

    # -- the list -------------------------------------------------------------------------------

    def refresh(self, _changes: object = None) -> None:
        chosen = self.selected()
        which = self.filter_combo.currentIndex()
        try:
            with self.desk.read(self.actor) as work:
                found = list_loans(work, overdue_only=which == self.OVERDUE, open_only=which == self.OPEN)
                overdue = (
                    sum(1 for x in found if x.overdue)
                    if which != self.ALL
                    else len(list_loans(work, overdue_only=True))
                )
        except AppError as err:
            self.summary.setText(error_text(err))
            return
        self.model.set_rows(found)
        self.summary.setText(
            self.tr("%n loan(s); {overdue} overdue.", "", len(found)).format(overdue=overdue)
            if overdue
            else self.tr("%n loan(s); none overdue.", "", len(found))
        )
        if chosen is not None:
            self.select(chosen.id)
        self._selection_changed()

    def rows(self) -> list[LoanInfo]:
        return self.model.rows()

    def select(self, loan_id: int) -> None:
        for r, row in enumerate(self.model.rows()):
            if row.id == loan_id:
                self.table.selectRow(r)
                return

    def selected(self) -> LoanInfo | None:
        picked = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row(picked[0].row()) if picked else None

    def _selection_changed(self) -> None:
        loan = self.selected()
        state = loan.state if loan is not None else None
        self.sign_button.setEnabled(state == LoanState.REQUESTED)
        self.hand_out_button.setEnabled(state == LoanState.APPROVED and self.desk.may(self.actor, Action.HAND_OUT_LOAN))
        self.take_back_button.setEnabled(state == LoanState.OUT and self.desk.may(self.actor, Action.TAKE_BACK_LOAN))
        self.withdraw_button.setEnabled(
            state in (LoanState.REQUESTED, LoanState.APPROVED) and self.desk.may(self.actor, Action.REQUEST_APPROVAL)
        )

    def _default_step(self) -> None:
        for button in (self.hand_out_button, self.take_back_button, self.sign_button):
            if button.isEnabled():
                button.click()
                return

    # -- the steps ------------------------------------------------------------------------------

    def new_loan(self, chosen: Sequence[tuple[int, str]] = ()) -> LoanRequestDialog:
        dialog = LoanRequestDialog(self.desk, self.actor, chosen, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._requested(dialog.loan))
        dialog.open()
        return dialog

    def _requested(self, loan: LoanInfo | None) -> None:
        if loan is None:
            return
        self.refresh()
        self.select(loan.id)
        if self.desk.may(self.actor, Action.APPROVE):
            self.message_box = messages.tell(
                self,
                self.tr("Loan {number} waits in the list of approvals; approve it there.").format(number=loan.id),
                icon=QMessageBox.Icon.Information,
            )
            return
        # At the clerk's desk the manager may be standing by: sign now, or the request waits in the manager's list.
        self.message_box = messages.ask(
            self,
            self.tr(
                "Loan {number} is asked for and waits for the department manager's approval.\n\n"
                "Is the manager here to sign now? Otherwise it waits in the manager's list."
            ).format(number=loan.id),
            self.tr("The manager &signs now"),
            lambda: self.sign_now(loan.id),
        )

    def sign_now(self, loan_id: int | None = None) -> bool:
        """The department manager signs here for the request of the loan (``loan_id`` or the one selected)."""
        loan = self._loan(loan_id)
        if loan is None or loan.approval_id is None or loan.state != LoanState.REQUESTED:
            return False
        decided = countersign(self, self.desk, loan.approval_id)
        self.refresh()
        self.select(loan.id)
        return decided is not None

    def hand_out(self, loan_id: int | None = None) -> LoanInfo | None:
        loan = self._loan(loan_id)
        if loan is None:
            return None
        try:
            with self.desk.work(self.actor) as work:
                out = hand_out(work, loan.id, expected_version=loan.version)
        except AppError as err:
            self.message_box = messages.tell(self, error_text(err))
            self.refresh()
            return None
        self.refresh()
        self.select(out.id)
        return out

    def take_back(self, loan_id: int | None = None) -> TakeBackDialog | None:
        loan = self._loan(loan_id)
        if loan is None:
            return None
        dialog = TakeBackDialog(self.desk, self.actor, loan, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.refresh())
        dialog.open()
        return dialog

    def withdraw(self, loan_id: int | None = None) -> None:
        """Take back a request not handed out yet (asked by mistake, or nobody came), once confirmed."""
        loan = self._loan(loan_id)
        if loan is None or loan.approval_id is None:
            return
        self.message_box = messages.ask(
            self,
            self.tr("Withdraw the request for loan {number} ({borrower})? Its dossiers are free to lend again.").format(
                number=loan.id, borrower=loan.borrower
            ),
            self.tr("&Withdraw"),
            lambda: self._withdraw(loan),
        )

    def _withdraw(self, loan: LoanInfo) -> bool:
        if loan.approval_id is None:
            return False
        try:
            with self.desk.work(self.actor) as work:
                withdraw(work, loan.approval_id)
        except AppError as err:
            self.message_box = messages.tell(self, error_text(err))
            self.refresh()
            return False
        self.refresh()
        self.select(loan.id)
        return True

    def _loan(self, loan_id: int | None) -> LoanInfo | None:
        if loan_id is None:
            return self.selected()
        return next((x for x in self.model.rows() if x.id == loan_id), None)

    # -- printing -------------------------------------------------------------------------------

    def print_register(self) -> RegisterPeriodDialog:
        dialog = RegisterPeriodDialog(self.desk.clock().date(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.build_register(*dialog.period()))
        dialog.open()
        return dialog

    def build_register(self, first: dt.date, last: dt.date) -> bool:
        """Build the register of ``first``..``last`` off the UI thread and open it in the preview; the print is
        recorded once it is shown."""
        from app.loans import TITLE, print_loan_register  # here: the printout brings reportlab, not needed to start

        rows: list[int] = []

        def build(work: Work, target: Path) -> None:
            rows.append(print_loan_register(work, first, last, target))

        def shown(_preview: PrintPreviewDialog) -> None:
            self.printouts.shown.disconnect(shown)
            details = {"from": first, "to": last, "rows": rows[0] if rows else 0}
            self.desk.record(self.actor, "loan_register", None, "print", details)

        self.printouts.shown.connect(shown)
        return self.printouts.build(build, "loan-register.pdf", TITLE)

    def done(self, result: int) -> None:
        self.printouts.cleanup()
        super().done(result)
