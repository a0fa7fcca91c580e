"""The dossier's 费用 (Fees) section (R11): the tenancy's ledger with its running balance, what is owed, paid and
overdue, its deposits and the chasing log, and the desk's money actions — each greyed out where the user's role or
a read-only file does not allow it (the app refuses regardless)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.desk import Actor, Desk
from app.errors import AppError
from app.fees import (
    CHASE_METHOD_NAMES,
    ENTRY_NAMES,
    METHOD_NAMES,
    ArrearsRow,
    ChaseInfo,
    DepositInfo,
    Ledger,
    LedgerLine,
    PaymentInfo,
    arrears,
    chases_of,
    ledger,
    money_text,
    payment_info,
)
from app.fees import DEPOSIT_KIND_NAMES as KIND_NAMES
from app.fees import DEPOSIT_MOVE_NAMES as MOVE_NAMES
from app.fees import DEPOSIT_STATE_NAMES as STATE_NAMES
from app.permissions import Action, allowed
from ui import messages
from ui.fees.deposit_dialog import DepositDecisionDialog
from ui.fees.dossier_dialogs import ChargeDialog, ChaseDialog, DepositDialog, PaymentDialog, ReversePaymentDialog
from ui.form_dialog import FormDialog
from ui.lists import RowsModel, read_only_table
from ui.translations import app_text, error_text, format_date

_Dialog = TypeVar("_Dialog", bound=FormDialog)
OVERDUE_STYLE = "color: #b00020; font-weight: bold;"
_RIGHT = Qt.AlignmentFlag.AlignRight


def _number(value: Decimal, places: int) -> str:
    return f"{value:,.{places}f}"


def _rate(value: Decimal) -> str:
    """A rate as the price list writes it: at least two decimals, more only where it has them (28.50, 0.865)."""
    places = max(2, -value.normalize().as_tuple().exponent)  # type: ignore[operator]
    return _number(value, places)


class LedgerModel(RowsModel[LedgerLine]):
    """The ledger oldest first, newest at the bottom, as a statement reads."""

    DATE, ENTRY, ITEM, PERIOD, UNIT, WORKED_OUT, DUE, RECEIPT, CHARGE, PAYMENT, BALANCE = range(11)
    MONEY = (CHARGE, PAYMENT, BALANCE)

    def headers(self) -> Sequence[str]:
        return [
            self.tr("Date"),
            self.tr("Entry"),
            self.tr("Item"),
            self.tr("Period"),
            self.tr("Unit"),
            self.tr("How worked out"),
            self.tr("Due"),
            self.tr("Receipt no."),
            self.tr("Charge"),
            self.tr("Payment"),
            self.tr("Balance"),
        ]

    def worked_out(self, line: LedgerLine) -> str:
        """How a charge came to its amount ("120.50 m² × 28.5000 × 15/30 days"); a payment's method; a note."""
        if line.entry in ("payment", "reversal"):
            method = app_text("fees", METHOD_NAMES.get(line.method, line.method))
            return f"{method} — {line.note}" if line.note else method
        part = ""
        days = ""
        if line.days is not None and line.days_in_period and line.days != line.days_in_period:
            days = self.tr("{days}/%n days", "", line.days_in_period).format(days=line.days)
        rate = _rate(line.rate) if line.rate is not None else ""
        if line.quantity is not None and line.days is not None:  # per m² of the unit's area
            part = " × ".join(p for p in (self.tr("{area} m²").format(area=_number(line.quantity, 2)), rate, days) if p)
        elif line.quantity is not None and line.rate is not None:  # metered, or a one-off by quantity
            part = f"{line.quantity.normalize():f} × {rate}"
        elif line.days is not None and line.rate is not None:  # fixed per month
            part = " × ".join(p for p in (self.tr("{rate} a month").format(rate=rate), days) if p)
        if line.note:
            return f"{part} — {line.note}" if part else line.note
        return part

    def cell(self, row: LedgerLine, column: int) -> object:
        if column == self.DATE:
            return format_date(row.on)
        if column == self.ENTRY:
            return app_text("fees", ENTRY_NAMES.get(row.entry, row.entry))
        if column == self.ITEM:
            return row.item
        if column == self.PERIOD:
            return row.period
        if column == self.UNIT:
            return row.unit
        if column == self.WORKED_OUT:
            return self.worked_out(row)
        if column == self.DUE:
            return format_date(row.due_on)
        if column == self.RECEIPT:
            return row.receipt_no or ""
        if column == self.CHARGE:
            return money_text(row.charge_fen) if row.charge_fen else ""
        if column == self.PAYMENT:
            return money_text(row.payment_fen) if row.payment_fen else ""
        return money_text(row.balance_fen)

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return _RIGHT if column in self.MONEY else None


class DepositsModel(RowsModel[DepositInfo]):
    """Each deposit with what was refunded, retained and is still held; its refunds and retentions in a tooltip."""

    KIND, AMOUNT, RECEIVED, RECEIPT, REFUNDED, RETAINED, HELD, STATE = range(8)

    def headers(self) -> Sequence[str]:
        return [
            self.tr("Kind"),
            self.tr("Amount"),
            self.tr("Received"),
            self.tr("Receipt"),
            self.tr("Refunded"),
            self.tr("Retained"),
            self.tr("Still held"),
            self.tr("State"),
        ]

    def cell(self, row: DepositInfo, column: int) -> object:
        values = {
            self.KIND: lambda: app_text("fees", KIND_NAMES.get(row.kind, row.kind)),
            self.AMOUNT: lambda: money_text(row.amount_fen),
            self.RECEIVED: lambda: format_date(row.received_on),
            self.RECEIPT: lambda: row.receipt_no or "",
            self.REFUNDED: lambda: money_text(row.refunded_fen) if row.refunded_fen else "",
            self.RETAINED: lambda: money_text(row.retained_fen) if row.retained_fen else "",
            self.HELD: lambda: money_text(row.undecided_fen) if row.undecided_fen else "",
            self.STATE: lambda: app_text("fees", STATE_NAMES.get(row.state, row.state)),
        }
        return values[column]()

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return _RIGHT if column in (self.AMOUNT, self.REFUNDED, self.RETAINED, self.HELD) else None

    def moves_text(self, row: DepositInfo) -> str:
        return "\n".join(
            self.tr("{date} {what} {amount} by {who}{reason}").format(
                date=format_date(move.moved_on),
                what=app_text("fees", MOVE_NAMES.get(move.kind, move.kind)),
                amount=money_text(move.amount_fen),
                who=move.recorded_by,
                reason=f": {move.reason}" if move.reason else "",
            )
            for move in row.moves
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and 0 <= index.row() < self.rowCount():
            return self.moves_text(self.row(index.row())) or None
        return super().data(index, role)


class ChasesModel(RowsModel[ChaseInfo]):
    """The chasing log, newest first."""

    DATE, METHOD, CONTACT, OUTCOME, PROMISED, BY = range(6)

    def headers(self) -> Sequence[str]:
        return [
            self.tr("Date"),
            self.tr("How"),
            self.tr("Contact"),
            self.tr("Outcome"),
            self.tr("Promised by"),
            self.tr("Recorded by"),
        ]

    def cell(self, row: ChaseInfo, column: int) -> object:
        values = (
            format_date(row.chased_on),
            app_text("fees", CHASE_METHOD_NAMES.get(row.method, row.method)),
            row.contact,
            row.outcome,
            format_date(row.promised_on),
            row.recorded_by,
        )
        return values[column]


def _toolbar(parent: QWidget) -> QToolBar:
    bar = QToolBar(parent)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return bar


class FeesSection(QWidget):
    """The Fees tab of one dossier's tenancy. ``reload()`` re-reads it; ``changed`` after a money action here."""

    changed = Signal()

    def __init__(
        self, desk: Desk, actor: Actor, tenancy_id: int, dossier_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setProperty("helpTopic", "fees")  # F1: the user guide's page
        self.desk = desk
        self.actor = actor
        self.tenancy_id = tenancy_id
        self.dossier_id = dossier_id
        self.ledger: Ledger | None = None
        self.overdue: ArrearsRow | None = None
        self.payments: dict[int, PaymentInfo] = {}  # the payments selected since the last reading
        self.units: list[tuple[int, str]] = []
        self.setObjectName("fees")

        self.summary = QLabel(self)
        self.summary.setObjectName("fees-summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.overdue_label = QLabel(self)
        self.overdue_label.setObjectName("fees-overdue")
        self.overdue_label.setStyleSheet(OVERDUE_STYLE)
        self.overdue_label.setWordWrap(True)

        self.ledger_model = LedgerModel(self)
        self.ledger_table = read_only_table(self.ledger_model, self, "ledger")
        self.ledger_table.horizontalHeader().setStretchLastSection(False)
        self.ledger_table.horizontalHeader().setSectionResizeMode(
            LedgerModel.WORKED_OUT, QHeaderView.ResizeMode.Stretch
        )
        self.ledger_table.selectionModel().selectionChanged.connect(self._update_actions)
        ledger_bar = _toolbar(self)
        self.payment_action = self._action(
            ledger_bar, "record-payment", self.tr("Record &payment…"), self.record_payment
        )
        self.reverse_action = self._action(ledger_bar, "reverse-payment", self.tr("Re&verse payment…"), self.reverse)
        self.charge_action = self._action(ledger_bar, "add-charge", self.tr("Add one-off ch&arge…"), self.add_charge)
        ledger_bar.addSeparator()
        self.receipt_action = self._action(ledger_bar, "print-receipt", self.tr("Print rec&eipt"), self.print_receipt)
        self.statement_action = self._action(
            ledger_bar, "print-statement", self.tr("Print &statement"), self.print_statement
        )
        self.notice_action = self._action(
            ledger_bar, "print-arrears-notice", self.tr("Print arrears &notice"), self.print_arrears_notice
        )

        self.deposits_model = DepositsModel(self)
        deposits_box = QGroupBox(self.tr("Deposits"), self)
        self.deposits_table = read_only_table(self.deposits_model, deposits_box, "deposits")
        self.deposits_table.selectionModel().selectionChanged.connect(self._update_actions)
        deposits_bar = _toolbar(deposits_box)
        self.deposit_action = self._action(
            deposits_bar, "record-deposit", self.tr("Record depos&it…"), self.record_deposit
        )
        self.decide_action = self._action(
            deposits_bar, "refund-retain-deposit", self.tr("Refund / re&tain deposit…"), self.decide_deposit
        )
        column = QVBoxLayout(deposits_box)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(deposits_bar)
        column.addWidget(self.deposits_table, 1)

        self.chases_model = ChasesModel(self)
        chases_box = QGroupBox(self.tr("Chasing log"), self)
        self.chases_table = read_only_table(self.chases_model, chases_box, "chases")
        chases_bar = _toolbar(chases_box)
        self.chase_action = self._action(chases_bar, "log-chase", self.tr("&Log a chase…"), self.log_chase)
        column = QVBoxLayout(chases_box)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(chases_bar)
        column.addWidget(self.chases_table, 1)

        below = QSplitter(Qt.Orientation.Horizontal, self)
        below.addWidget(deposits_box)
        below.addWidget(chases_box)
        below.setStretchFactor(0, 3)
        below.setStretchFactor(1, 2)
        below.setChildrenCollapsible(False)
        top = QWidget(self)
        ledger_column = QVBoxLayout(top)
        ledger_column.setContentsMargins(0, 0, 0, 0)
        ledger_column.addWidget(ledger_bar)
        ledger_column.addWidget(self.ledger_table, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setObjectName("fees-split")
        split.addWidget(top)
        split.addWidget(below)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        lines = QHBoxLayout()
        lines.addWidget(self.summary, 3)
        lines.addWidget(self.overdue_label, 2)
        layout.addLayout(lines)
        layout.addWidget(split, 1)
        self.rights: set[Action] = set()

    def _action(self, bar: QToolBar, name: str, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        bar.addAction(action)
        bar.widgetForAction(action).setObjectName(name)
        return action

    # -- reading --------------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the ledger, what is overdue, the chasing log and this user's rights now."""
        keep = self.selected_line()
        self.payments = {}  # a payment's details (reversed or not) are read when it is selected
        try:
            with self.desk.read(self.actor) as work:
                self.ledger = ledger(work, self.tenancy_id)
                found = arrears(work, tenancy_ids=[self.tenancy_id])
                self.overdue = found[0] if found else None
                chases = chases_of(work, self.tenancy_id)
                current = work.actor
        except AppError as err:
            messages.tell(self, error_text(err))
            return
        writable = not self.desk.read_only and current is not None and not current.must_change_password
        self.rights = {a for a in Action if writable and current is not None and allowed(current.role, a)}
        self.ledger_model.set_rows(self.ledger.lines)
        self.deposits_model.set_rows(self.ledger.deposits)
        self.chases_model.set_rows(chases)
        self._show_summary(self.ledger, self.overdue)
        row = next((i for i, line in enumerate(self.ledger.lines) if keep and (line.entry, line.id) == keep), None)
        if row is not None:
            self.ledger_table.selectRow(row)
        self.ledger_table.scrollToBottom()  # the newest lines are at the bottom, where the clerk looks
        self._update_actions()

    def _show_summary(self, book: Ledger, overdue: ArrearsRow | None) -> None:
        balance = book.balance_fen
        if balance > 0:
            owing = self.tr("balance {amount} owing").format(amount=money_text(balance))
        elif balance < 0:
            owing = self.tr("balance {amount} in credit").format(amount=money_text(-balance))
        else:
            owing = self.tr("balance 0.00")
        self.summary.setText(
            self.tr("Charged {charged} · paid {paid} · {balance} · deposits held {held}").format(
                charged=money_text(book.charged_fen),
                paid=money_text(book.paid_fen),
                balance=owing,
                held=money_text(book.deposits_held_fen),
            )
        )
        self.overdue_label.setText(
            self.tr("Overdue {amount} since {date}").format(
                amount=money_text(overdue.total_fen), date=format_date(overdue.oldest_due)
            )
            if overdue
            else ""
        )
        self.overdue_label.setVisible(overdue is not None)

    def selected_line(self) -> tuple[str, int] | None:
        rows = self.ledger_table.selectionModel().selectedRows()
        if not rows:
            return None
        line = self.ledger_model.row(rows[0].row())
        return line.entry, line.id

    def selected_payment(self) -> PaymentInfo | None:
        """The payment (not a reversal) of the selected ledger line."""
        chosen = self.selected_line()
        if chosen is None or chosen[0] != "payment":
            return None
        if chosen[1] not in self.payments:
            try:
                with self.desk.read(self.actor) as work:
                    self.payments[chosen[1]] = payment_info(work, chosen[1])
            except AppError:
                return None
        return self.payments[chosen[1]]

    def selected_deposit(self) -> DepositInfo | None:
        rows = self.deposits_table.selectionModel().selectedRows()
        return self.deposits_model.row(rows[0].row()) if rows else None

    def may(self, action: Action) -> bool:
        return action in self.rights

    def _update_actions(self, *_args: object) -> None:
        payment = self.selected_payment()
        held = self.ledger is not None and any(d.undecided_fen > 0 for d in self.ledger.deposits)
        self.payment_action.setEnabled(self.may(Action.RECORD_PAYMENT))
        self.reverse_action.setEnabled(
            self.may(Action.REVERSE_PAYMENT) and payment is not None and payment.reversed_by_id is None
        )
        self.charge_action.setEnabled(self.may(Action.ADD_CHARGE))
        self.deposit_action.setEnabled(self.may(Action.RECORD_DEPOSIT))
        self.decide_action.setEnabled(self.may(Action.RECORD_DEPOSIT) and held)
        self.chase_action.setEnabled(self.may(Action.CHASE_ARREARS))
        self.receipt_action.setEnabled(payment is not None)
        self.notice_action.setEnabled(self.overdue is not None)

    # -- the money actions ----------------------------------------------------------------------

    def _opened(self, dialog: _Dialog) -> _Dialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _result: self.changed.emit())
        dialog.open()
        return dialog

    def record_payment(self) -> PaymentDialog:
        return self._opened(PaymentDialog(self.desk, self.actor, self.tenancy_id, self))

    def reverse(self) -> ReversePaymentDialog | None:
        payment = self.selected_payment()
        if payment is None:
            return None
        return self._opened(ReversePaymentDialog(self.desk, self.actor, payment, self))

    def add_charge(self) -> ChargeDialog:
        return self._opened(ChargeDialog(self.desk, self.actor, self.tenancy_id, self.units, self))

    def record_deposit(self) -> DepositDialog:
        return self._opened(DepositDialog(self.desk, self.actor, self.tenancy_id, self))

    def decide_deposit(self) -> DepositDecisionDialog:
        chosen = self.selected_deposit()
        dialog = DepositDecisionDialog(
            self.desk, self.actor, self.tenancy_id, chosen.id if chosen else None, self, dossier_id=self.dossier_id
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _result: self.changed.emit())
        dialog.open()
        return dialog

    def log_chase(self) -> ChaseDialog:
        return self._opened(ChaseDialog(self.desk, self.actor, self.tenancy_id, self))

    # -- printouts (ui/fees/printing.py: imported when first used, the printouts bring reportlab) ---------------

    def print_receipt(self) -> object:
        payment = self.selected_payment()
        if payment is None:
            return None
        from ui.fees import printing

        return printing.preview_receipt(self, self.desk, self.actor, payment.id)

    def print_statement(self) -> object:
        from ui.fees import printing

        return printing.preview_statement(self, self.desk, self.actor, self.tenancy_id)

    def print_arrears_notice(self) -> object:
        from ui.fees import printing

        return printing.preview_arrears_notice(self, self.desk, self.actor, self.tenancy_id)
