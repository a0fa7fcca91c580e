"""The dossier's money dialogs (R11): record a payment against chosen charges or oldest first, reverse one, add a
one-off charge, record a deposit, log a chase. Each is one app call in one unit of work (``FormDialog``); the
refund/retain dialog, which may need the manager's consent, is in deposit_dialog.py."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.desk import Actor, Desk, Work
from app.errors import AppError
from app.fees import (
    CHASE_METHOD_NAMES,
    METHOD_NAMES,
    OpenLine,
    PaymentInfo,
    add_charge,
    fee_items,
    money_text,
    next_receipt_no,
    open_charges,
    parse_money,
    parse_month,
    record_chase,
    record_deposit,
    record_payment,
    reverse_payment,
    round_to_fen,
)
from app.fees import DEPOSIT_KIND_NAMES as KIND_NAMES
from ui.form_dialog import FormDialog, date_edit, from_qdate, optional_date, optional_date_edit, to_qdate
from ui.translations import app_text, error_text, format_date

CHARGE_ROLE = Qt.ItemDataRole.UserRole


def money_or_problem(text: str, field: str) -> tuple[int | None, str]:
    """What was typed as whole fen, or None and the app's own words for what is wrong with it ("" when empty)."""
    if not text.strip():
        return None, ""
    try:
        return parse_money(text, field), ""
    except AppError as err:
        return None, error_text(err)


def _combo(parent: QWidget, names: dict[str, str], context: str) -> QComboBox:
    combo = QComboBox(parent)
    for code, name in names.items():
        combo.addItem(app_text(context, name), code)
    return combo


def _text_box(parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 10)
    return edit


class PaymentDialog(FormDialog):
    """Money received for ``tenancy_id``: paid oldest first, or exactly the charges ticked; what is left over
    stays the tenant's credit (the dialog says how much before Save)."""

    def __init__(self, desk: Desk, actor: Actor, tenancy_id: int, parent: QWidget | None = None) -> None:
        super().__init__(desk, actor, parent)
        self.tenancy_id = tenancy_id
        self.setObjectName("payment-dialog")
        self.setProperty("helpTopic", "fees")
        self.setWindowTitle(self.tr("Record payment"))
        self.today = desk.clock().date()
        with desk.read(actor) as work:
            self.lines, self.credit = open_charges(work, tenancy_id)
            self.next_number = next_receipt_no(work, self.today)
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setPlaceholderText(self.tr("e.g. 3435.00"))
        self.add_row("payment.amount", self.tr("&Amount (yuan):"), self.amount_edit)
        self.date_edit = date_edit(self, self.today)
        self.date_edit.setMaximumDate(to_qdate(self.today))
        self.add_row("payment.paid_on", self.tr("&Date received:"), self.date_edit)
        self.method_combo = _combo(self, METHOD_NAMES, "fees")
        self.add_row("payment.method", self.tr("&Method:"), self.method_combo)
        self.payer_edit = QLineEdit(self)
        self.add_row("payment.payer", self.tr("&Payer:"), self.payer_edit)
        self.receipt_edit = QLineEdit(self)
        self.receipt_edit.setPlaceholderText(self.next_number)
        self.receipt_edit.setToolTip(self.tr("Left empty, the payment gets the next receipt number shown"))
        self.add_row("payment.receipt_no", self.tr("&Receipt no.:"), self.receipt_edit)
        self.note_edit = _text_box(self, 2)
        self.add_row("payment.note", self.tr("N&ote:"), self.note_edit)

        self.oldest_button = QRadioButton(self.tr("Pay the o&ldest charges first"), self)
        self.oldest_button.setObjectName("oldest-first")
        self.chosen_button = QRadioButton(self.tr("Pay the charges &ticked below"), self)
        self.chosen_button.setObjectName("chosen-charges")
        self.how = QButtonGroup(self)
        self.how.addButton(self.oldest_button)
        self.how.addButton(self.chosen_button)
        self.oldest_button.setChecked(True)
        self.charges_list = QListWidget(self)
        self.charges_list.setObjectName("open-charges")
        for line in self.lines:
            item = QListWidgetItem(self._line_text(line), self.charges_list)
            item.setData(CHARGE_ROLE, line.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.charges_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.outcome_label = QLabel(self)
        self.outcome_label.setObjectName("allocation")
        self.outcome_label.setWordWrap(True)
        caption = QLabel(
            self.tr("Open charges (owed {owed}; credit held {credit}):").format(
                owed=money_text(sum(line.open_fen for line in self.lines)), credit=money_text(max(self.credit, 0))
            ),
            self,
        )
        caption.setBuddy(self.charges_list)
        self._amount_filled = True  # the amount follows the ticked charges until the clerk types one
        self.charges_list.itemChanged.connect(self._ticked)
        self.oldest_button.toggled.connect(lambda _on: self.validate())
        self.amount_edit.textEdited.connect(self._typed_amount)
        choice = QHBoxLayout()
        choice.addWidget(self.oldest_button)
        choice.addWidget(self.chosen_button)
        choice.addStretch(1)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(caption)
        column.addLayout(choice)
        column.addWidget(self.charges_list, 1)
        column.addWidget(self.outcome_label)
        self.finish(below=(box,))
        self.resize(560, self.sizeHint().height())

    def _line_text(self, line: OpenLine) -> str:
        unit = f" {line.unit}" if line.unit else ""
        return self.tr("{period} {item}{unit}: {open} owed of {amount}, due {due}").format(
            period=line.period,
            item=line.item,
            unit=unit,
            open=money_text(line.open_fen),
            amount=money_text(line.amount_fen),
            due=format_date(line.due_on),
        )

    def _typed_amount(self, _text: str) -> None:
        self._amount_filled = False

    def _ticked(self, _item: QListWidgetItem) -> None:
        chosen = self.chosen_ids()
        if chosen:
            self.chosen_button.setChecked(True)
        if self._amount_filled or not self.amount_edit.text().strip():
            total = sum(line.open_fen for line in self.lines if line.id in chosen)
            self.amount_edit.setText(money_text(total, grouped=False) if total else "")
            self._amount_filled = True
        self.validate()

    def check(self, charge_ids: list[int]) -> None:
        """Tick exactly these charges (as the clerk does with the mouse)."""
        for row in range(self.charges_list.count()):
            item = self.charges_list.item(row)
            wanted = item.data(CHARGE_ROLE) in charge_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def chosen_ids(self) -> list[int]:
        return [
            self.charges_list.item(row).data(CHARGE_ROLE)
            for row in range(self.charges_list.count())
            if self.charges_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def allocations(self, amount: int) -> list[tuple[int, int]]:
        """The lines paid and how much of each: the ticked ones (or all, oldest first) until the money runs out."""
        chosen = self.chosen_ids() if self.chosen_button.isChecked() else [line.id for line in self.lines]
        left = amount
        found = []
        for line in self.lines:  # oldest due first, as the app orders them
            if line.id not in chosen or left <= 0:
                continue
            taken = min(left, line.open_fen)
            found.append((line.id, taken))
            left -= taken
        return found

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        amount, wrong = money_or_problem(self.amount_edit.text(), "payment.amount")
        if amount is None:
            problems["payment.amount"] = wrong
        if self.chosen_button.isChecked() and not self.chosen_ids():
            problems["payment.amount"] = problems.get("payment.amount") or self.tr("Tick the charges this pays.")
        if amount is None:
            self.outcome_label.setText("")
            return problems
        paid = self.allocations(amount)
        allocated = sum(fen for _, fen in paid)
        left = amount - allocated
        self.outcome_label.setText(
            self.tr("{allocated} pays %n charge(s); {left} stays as the tenant's credit.", "", len(paid)).format(
                allocated=money_text(allocated), left=money_text(left)
            )
        )
        return problems

    def save(self, work: Work) -> PaymentInfo:
        amount = parse_money(self.amount_edit.text(), "payment.amount")
        return record_payment(
            work,
            self.tenancy_id,
            amount,
            paid_on=from_qdate(self.date_edit.date()),
            method=self.method_combo.currentData(),
            payer=self.payer_edit.text(),
            receipt_no=self.receipt_edit.text().strip() or None,
            allocations=self.allocations(amount) if self.chosen_button.isChecked() else None,
            note=self.note_edit.toPlainText(),
        )


class ReversePaymentDialog(FormDialog):
    """Undo a payment recorded by mistake (红冲): a new negative line with the reason, never an edit."""

    def __init__(self, desk: Desk, actor: Actor, payment: PaymentInfo, parent: QWidget | None = None) -> None:
        super().__init__(desk, actor, parent)
        self.payment = payment
        self.setObjectName("reverse-payment-dialog")
        self.setWindowTitle(self.tr("Reverse payment {number}").format(number=payment.receipt_no or payment.id))
        about = QLabel(
            self.tr("{amount} received on {date} ({method}), receipt {number}. The reversal is a new line.").format(
                amount=money_text(payment.amount_fen),
                date=format_date(payment.paid_on),
                method=app_text("fees", METHOD_NAMES.get(payment.method, payment.method)),
                number=payment.receipt_no or "—",
            ),
            self,
        )
        about.setWordWrap(True)
        self.reason_edit = _text_box(self)
        self.add_row("payment.reason", self.tr("&Reason:"), self.reason_edit)
        self.save_button.setText(self.tr("Re&verse"))
        self.finish(about)
        self.resize(440, self.sizeHint().height())

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        self.required(problems, "payment.reason", self.reason_edit.toPlainText())
        return problems

    def save(self, work: Work) -> PaymentInfo:
        return reverse_payment(work, self.payment.id, self.reason_edit.toPlainText())


class ChargeDialog(FormDialog):
    """A one-off charge at the desk: an amount, or a quantity × a rate (worked out to the fen, half up)."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        tenancy_id: int,
        units: list[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(desk, actor, parent)
        self.tenancy_id = tenancy_id
        self.setObjectName("charge-dialog")
        self.setWindowTitle(self.tr("Add one-off charge"))
        with desk.read(actor) as work:
            items = [i for i in fee_items(work, include_inactive=False) if i.basis == "one_off"]
        self.item_combo = QComboBox(self)
        for item in items:
            self.item_combo.addItem(item.name, item.id)
        self.add_row("fee.item", self.tr("&Fee item:"), self.item_combo)
        self.unit_combo = QComboBox(self)
        self.unit_combo.addItem(self.tr("The tenancy as a whole"), None)
        for unit_id, number in units:
            self.unit_combo.addItem(number, unit_id)
        self.add_row("fee.unit", self.tr("&Unit:"), self.unit_combo)
        self.by_amount = QRadioButton(self.tr("An a&mount"), self)
        self.by_amount.setObjectName("by-amount")
        self.by_quantity = QRadioButton(self.tr("&Quantity × rate"), self)
        self.by_quantity.setObjectName("by-quantity")
        group = QButtonGroup(self)
        group.addButton(self.by_amount)
        group.addButton(self.by_quantity)
        self.by_amount.setChecked(True)
        how = QWidget(self)
        row = QHBoxLayout(how)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.by_amount)
        row.addWidget(self.by_quantity)
        row.addStretch(1)
        self.form.addRow(self.tr("Charged as:"), how)
        self.amount_edit = QLineEdit(self)
        self.add_row("fee.amount", self.tr("&Amount (yuan):"), self.amount_edit)
        self.quantity_edit = QLineEdit(self)
        self.quantity_edit.setPlaceholderText(self.tr("e.g. 3 (hours, cards)"))
        self.add_row("fee.quantity", self.tr("Qua&ntity:"), self.quantity_edit)
        self.rate_edit = QLineEdit(self)
        self.rate_edit.setPlaceholderText(self.tr("yuan each, e.g. 150.00"))
        self.add_row("fee.rate", self.tr("&Rate:"), self.rate_edit)
        self.period_edit = QLineEdit(f"{self.today_month()}", self)
        self.add_row("fees.month", self.tr("&Period (YYYY-MM):"), self.period_edit)
        self.description_edit = QLineEdit(self)
        self.description_edit.setPlaceholderText(self.tr("e.g. after-hours air conditioning 18:00–22:00"))
        self.add_row("fee.description", self.tr("&Description:"), self.description_edit)
        self.by_amount.toggled.connect(self._switch)
        self.note = QLabel(self)
        self.note.setObjectName("worked-out")
        if not items:
            self.note.setText(self.tr("There is no one-off fee item yet; the department manager sets them up."))
        self.finish(below=(self.note,))
        self._switch()
        self.resize(480, self.sizeHint().height())

    def today_month(self) -> str:
        today = self.desk.clock().date()
        return f"{today.year:04d}-{today.month:02d}"

    def _switch(self, *_args: object) -> None:
        by_amount = self.by_amount.isChecked()
        self.amount_edit.setEnabled(by_amount)
        self.quantity_edit.setEnabled(not by_amount)
        self.rate_edit.setEnabled(not by_amount)
        self.validate()

    def _worked_out(self) -> tuple[int | None, Decimal | None, str]:
        """(fen, quantity, problem) from quantity × rate."""
        try:
            quantity = Decimal(self.quantity_edit.text().strip().replace(",", ""))
            rate = Decimal(self.rate_edit.text().strip().replace(",", "").lstrip("¥￥"))
        except InvalidOperation:
            return None, None, ""
        if not quantity.is_finite() or not rate.is_finite() or quantity <= 0 or rate <= 0:
            return None, None, self.tr("Quantity and rate must be more than 0.")
        return round_to_fen(quantity * rate), quantity, ""

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if self.item_combo.count() == 0:
            problems["fee.item"] = ""
        if self.by_amount.isChecked():
            amount, wrong = money_or_problem(self.amount_edit.text(), "fee.amount")
            if amount is None:
                problems["fee.amount"] = wrong
            self.note.setText("")
        else:
            fen, _quantity, wrong = self._worked_out()
            if fen is None:
                problems["fee.rate"] = wrong
                self.note.setText("")
            else:
                self.note.setText(self.tr("Comes to {amount}.").format(amount=money_text(fen)))
        try:
            parse_month(self.period_edit.text())
        except AppError as err:
            problems["fees.month"] = error_text(err)
        return problems

    def description(self) -> str:
        """What the clerk wrote; by quantity × rate also the working, which the charge keeps (it has no rate)."""
        text = self.description_edit.text().strip()
        if self.by_amount.isChecked():
            return text
        working = f"{self.quantity_edit.text().strip()} × {self.rate_edit.text().strip()}"
        return f"{text} ({working})" if text else working

    def save(self, work: Work) -> object:
        if self.by_amount.isChecked():
            fen = parse_money(self.amount_edit.text(), "fee.amount")
            quantity = None
        else:
            worked, quantity, _ = self._worked_out()
            assert worked is not None
            fen = worked
        return add_charge(
            work,
            self.tenancy_id,
            self.item_combo.currentData(),
            fen,
            period=self.period_edit.text().strip(),
            unit_id=self.unit_combo.currentData(),
            quantity=quantity,
            description=self.description(),
        )


class DepositDialog(FormDialog):
    """A deposit received (装修押金, 钥匙押金, …), with the receipt given for it."""

    def __init__(self, desk: Desk, actor: Actor, tenancy_id: int, parent: QWidget | None = None) -> None:
        super().__init__(desk, actor, parent)
        self.tenancy_id = tenancy_id
        self.setObjectName("deposit-dialog")
        self.setWindowTitle(self.tr("Record deposit"))
        today = desk.clock().date()
        self.kind_combo = _combo(self, KIND_NAMES, "fees")
        self.add_row("deposit.kind", self.tr("&Kind:"), self.kind_combo)
        self.amount_edit = QLineEdit(self)
        self.add_row("deposit.amount", self.tr("&Amount (yuan):"), self.amount_edit)
        self.date_edit = date_edit(self, today)
        self.date_edit.setMaximumDate(to_qdate(today))
        self.add_row("deposit.received_on", self.tr("&Received on:"), self.date_edit)
        self.receipt_edit = QLineEdit(self)
        self.add_row("deposit.receipt_no", self.tr("Re&ceipt no.:"), self.receipt_edit)
        self.payer_edit = QLineEdit(self)
        self.add_row("deposit.payer", self.tr("&Payer:"), self.payer_edit)
        self.note_edit = _text_box(self, 2)
        self.add_row("deposit.note", self.tr("N&ote:"), self.note_edit)
        self.finish()
        self.resize(440, self.sizeHint().height())

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        amount, wrong = money_or_problem(self.amount_edit.text(), "deposit.amount")
        if amount is None:
            problems["deposit.amount"] = wrong
        return problems

    def save(self, work: Work) -> object:
        return record_deposit(
            work,
            self.tenancy_id,
            self.kind_combo.currentData(),
            parse_money(self.amount_edit.text(), "deposit.amount"),
            received_on=from_qdate(self.date_edit.date()),
            receipt_no=self.receipt_edit.text(),
            payer=self.payer_edit.text(),
            note=self.note_edit.toPlainText(),
        )


class ChaseDialog(FormDialog):
    """A line of the chasing log (催款记录): when, how, whom the desk reached, what came of it, the day promised."""

    def __init__(self, desk: Desk, actor: Actor, tenancy_id: int, parent: QWidget | None = None) -> None:
        super().__init__(desk, actor, parent)
        self.tenancy_id = tenancy_id
        self.setObjectName("chase-dialog")
        self.setWindowTitle(self.tr("Log a chase"))
        today = desk.clock().date()
        self.date_edit = date_edit(self, today)
        self.date_edit.setMaximumDate(to_qdate(today))
        self.add_row("chase.chased_on", self.tr("&Date:"), self.date_edit)
        self.method_combo = _combo(self, CHASE_METHOD_NAMES, "fees")
        self.add_row("chase.method", self.tr("&How:"), self.method_combo)
        self.contact_edit = QLineEdit(self)
        self.contact_edit.setPlaceholderText(self.tr("Whom the desk spoke to"))
        self.add_row("chase.contact", self.tr("&Contact:"), self.contact_edit)
        self.outcome_edit = _text_box(self)
        self.add_row("chase.outcome", self.tr("&Outcome:"), self.outcome_edit)
        self.promised_edit = optional_date_edit(self, "chase.promised_on", self.tr("none"))
        self.promised_edit.setDate(to_qdate(today + dt.timedelta(days=7)))
        self.add_row("chase.promised_on", self.tr("&Promised to pay by:"), self.promised_edit)
        self.finish()
        self.resize(440, self.sizeHint().height())

    def save(self, work: Work) -> object:
        return record_chase(
            work,
            self.tenancy_id,
            chased_on=from_qdate(self.date_edit.date()),
            method=self.method_combo.currentData(),
            contact=self.contact_edit.text(),
            outcome=self.outcome_edit.toPlainText(),
            promised_on=optional_date(self.promised_edit),
        )
