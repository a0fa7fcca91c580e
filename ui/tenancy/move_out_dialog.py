"""Moving a tenant out (R6), with the checklist that must be complete first, and recording a notice.

The dialog shows, live, what is still missing (the app's own ``missing_move_out_items``), keeps
OK disabled until nothing is, and if the app refuses anyway shows the app's message naming what
is missing. Some of the tenancy's units may be chosen for a partial move-out; after the last
one the dossier is departed. A tenancy changed meanwhile at another desk (a unit given back, a
notice recorded) is refused by the app; the dialog then shows its units as they are now.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.desk import Actor, Desk, Work
from app.dossier import TenancyUnitInfo, read_dossier
from app.errors import AppError, ChangedMeanwhile
from app.fees import DEPOSIT_KIND_NAMES, DEPOSIT_STATE_NAMES, DepositInfo, deposits_of, money_text
from app.tenancy import (
    MOVE_OUT_ITEMS,
    MoveOutChecklist,
    give_notice,
    missing_move_out_items,
    move_out,
    with_deposit_register,
)
from ui.fees.deposit_dialog import DepositDecisionDialog
from ui.form_dialog import ERROR_STYLE, date_edit, error_label, from_qdate, to_qdate
from ui.translations import app_text, error_text

_READING = QRegularExpression(r"^\d{0,9}([.,]\d{0,3})?$")


def parse_reading(text: str) -> Decimal | None:
    """A meter reading typed as 1234.5 (or 1234,5); None when empty or not a number."""
    text = text.strip().replace(",", ".")
    if not text or text == ".":
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() and value >= 0 else None


class _TenancyDialog(QDialog):
    """What both dialogs share: the tenancy of a dossier and a tick list of its units still occupied."""

    def __init__(self, desk: Desk, actor: Actor, dossier_id: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setProperty("helpTopic", "move-out")  # F1: the user guide's page
        self.desk = desk
        self.actor = actor
        self.dossier_id = dossier_id
        with desk.read(actor) as work:
            self.view = read_dossier(work, dossier_id)
        self.today = desk.clock().date()
        self.result_value: object = None
        self.tenancy_id = self.view.tenancy_id
        self.open_units: list[TenancyUnitInfo] = []
        self.unit_checks: dict[int, QCheckBox] = {}
        self.units_box = QWidget(self)
        self.units_row = QHBoxLayout(self.units_box)
        self.units_row.setContentsMargins(0, 0, 0, 0)
        self._show_units()
        self.error = error_label(self, "general")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _show_units(self, chosen: set[int] | None = None) -> None:
        """A tick per unit still occupied; ``chosen`` (after a reload) keeps the ticks the person set."""
        for check in self.unit_checks.values():
            self.units_row.removeWidget(check)
            check.deleteLater()
        while self.units_row.count():
            self.units_row.takeAt(0)
        self.unit_checks = {}
        self.open_units = [u for u in self.view.units if u.end_date is None or u.end_date > self.today]
        for unit in self.open_units:
            check = QCheckBox(f"{unit.number} ({unit.floor})", self.units_box)
            check.setObjectName(f"unit-{unit.number}")
            check.setChecked(chosen is None or unit.unit_id in chosen)
            check.toggled.connect(self.refresh)
            self.unit_checks[unit.unit_id] = check
            self.units_row.addWidget(check)
        self.units_row.addStretch(1)

    def commit(self, change: Callable[[Work], object]) -> bool:
        """One app call in one unit of work; a refusal is shown (after a re-read if changed meanwhile), False."""
        try:
            with self.desk.work(self.actor) as work:
                result = change(work)
        except ChangedMeanwhile as err:
            self.merge_changes(err)
            return False
        except AppError as err:
            self.show_error(err)
            return False
        self.result_value = result
        return True

    def merge_changes(self, err: AppError) -> None:
        """The tenancy changed at another desk: show its units as they are now (ticks kept), and say so."""
        chosen = set(self.chosen_units())
        try:
            with self.desk.read(self.actor) as work:
                self.view = read_dossier(work, self.dossier_id)
        except AppError as again:
            self.show_error(again)
            return
        self._show_units(chosen)
        self.refresh()
        self.show_error(err)

    def chosen_units(self) -> list[int]:
        return [unit_id for unit_id, check in self.unit_checks.items() if check.isChecked()]

    def unit_ids(self) -> list[int] | None:
        """None for all of them (the app's default), else the ticked ones."""
        chosen = self.chosen_units()
        return None if len(chosen) == len(self.unit_checks) else chosen

    def refresh(self, *_args: object) -> None:
        self.error.setVisible(False)

    def show_error(self, err: AppError) -> None:
        self.error.setText(error_text(err))
        self.error.setVisible(True)


class MoveOutDialog(_TenancyDialog):
    """The move-out checklist of one tenancy; ``moved_out(MoveOutResult)`` after the commit."""

    moved_out = Signal(object)

    def __init__(self, desk: Desk, actor: Actor, dossier_id: int, parent: QWidget | None = None) -> None:
        super().__init__(desk, actor, dossier_id, parent)
        self.setObjectName("move-out-dialog")
        self.setWindowTitle(
            self.tr("Move out — {customer} ({number})").format(
                customer=self.view.customer.name, number=self.view.number
            )
        )
        self.date_edit = date_edit(self, self.today)
        self.date_edit.setObjectName("tenancy.move_out")
        self.date_edit.setMaximumDate(to_qdate(self.today))
        self.keys_check = QCheckBox(self.tr("&Keys returned"), self)
        self.keys_check.setObjectName("move_out.keys_returned")
        self.cards_check = QCheckBox(self.tr("&Access cards returned"), self)
        self.cards_check.setObjectName("move_out.access_cards_returned")
        validator = QRegularExpressionValidator(_READING, self)
        self.electricity_edit = QLineEdit(self)
        self.electricity_edit.setObjectName("move_out.electricity_reading")
        self.water_edit = QLineEdit(self)
        self.water_edit.setObjectName("move_out.water_reading")
        for edit in (self.electricity_edit, self.water_edit):
            edit.setValidator(validator)
            edit.setPlaceholderText(self.tr("e.g. 12345.6"))
            edit.textChanged.connect(self.refresh)
        # issue 15: a tenancy with deposits in the register has its deposit line decided by them (the amounts and
        # states shown, refunded or retained from here); an older one without any keeps the three buttons.
        self.deposits: list[DepositInfo] = []
        self._read_deposits()
        self.deposit_choice = QWidget(self)
        self.deposit_group = QButtonGroup(self)
        self.deposit_buttons: dict[str, QRadioButton] = {}
        deposit_row = QHBoxLayout(self.deposit_choice)
        deposit_row.setContentsMargins(0, 0, 0, 0)
        for code, caption in (
            ("refunded", self.tr("&Refunded")),
            ("retained", self.tr("Re&tained")),
            ("none", self.tr("&No deposit")),
        ):
            button = QRadioButton(caption, self.deposit_choice)
            button.setObjectName(f"deposit-{code}")
            self.deposit_group.addButton(button)
            self.deposit_buttons[code] = button
            deposit_row.addWidget(button)
            button.toggled.connect(self.refresh)
        deposit_row.addStretch(1)
        self.deposit_note_edit = QLineEdit(self)
        self.deposit_note_edit.setObjectName("move_out.deposit_note")
        self.deposit_note_edit.setPlaceholderText(self.tr("Why the deposit is retained (required then)"))
        self.register_box = QWidget(self)
        self.register_label = QLabel(self.register_box)
        self.register_label.setObjectName("deposits-register")
        self.register_label.setWordWrap(True)
        self.decide_button = QPushButton(self.tr("Refund / re&tain deposit…"), self.register_box)
        self.decide_button.setObjectName("decide-deposit")
        self.decide_button.clicked.connect(self.decide_deposit)
        register_row = QHBoxLayout(self.register_box)
        register_row.setContentsMargins(0, 0, 0, 0)
        register_row.addWidget(self.register_label, 1)
        register_row.addWidget(self.decide_button, 0, Qt.AlignmentFlag.AlignTop)
        self.decision: DepositDecisionDialog | None = None
        self.forwarding_edit = QLineEdit(self)
        self.forwarding_edit.setObjectName("move_out.forwarding_contact")
        self.forwarding_edit.setPlaceholderText(self.tr("Name and phone or address after the move"))
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("move_out.notes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.notes_edit.fontMetrics().lineSpacing() * 3 + 10)
        for widget in (self.keys_check, self.cards_check):
            widget.toggled.connect(self.refresh)
        for line in (self.deposit_note_edit, self.forwarding_edit):
            line.textChanged.connect(self.refresh)
        self.date_edit.dateChanged.connect(self.refresh)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Units given back:"), self.units_box)
        form.addRow(self.tr("Move-out &date:"), self.date_edit)
        form.addRow("", self.keys_check)
        form.addRow("", self.cards_check)
        form.addRow(self.tr("Final &electricity reading in kWh:"), self.electricity_edit)
        form.addRow(self.tr("Final &water reading (m³):"), self.water_edit)
        if self.deposits:
            form.addRow(self.tr("Deposits:"), self.register_box)
            self.deposit_choice.hide()
            self.deposit_note_edit.hide()
        else:
            form.addRow(self.tr("Deposit:"), self.deposit_choice)
            form.addRow(self.tr("Reason retained:"), self.deposit_note_edit)
            self.register_box.hide()
        self._show_deposits()
        form.addRow(self.tr("&Forwarding contact:"), self.forwarding_edit)
        form.addRow(self.tr("N&otes:"), self.notes_edit)
        self.missing_label = QLabel(self)
        self.missing_label.setObjectName("missing")
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet(ERROR_STYLE)
        self.partial_label = QLabel(self)
        self.partial_label.setObjectName("partial")
        self.partial_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)  # room the dialog gains goes here, not between the rows
        layout.addWidget(self.partial_label)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.refresh()
        self.resize(560, self.sizeHint().height())
        self._reserve_room()

    def _reserve_room(self) -> None:
        """The messages under the form keep the room of their longest text: as items are ticked off the list gets
        shorter, and the rows above must not move under the mouse."""
        width = self.width() - self.layout().contentsMargins().left() - self.layout().contentsMargins().right()
        everything = [app_text("app", name) for name in MOVE_OUT_ITEMS.values()]
        longest = self.tr("Still missing: {items}").format(items=self.tr(", ").join(everything))
        # A refusal from the app (shown in ``error``) gets two lines of its own, kept while hidden.
        refusal = "\n".join([self.tr("Still missing: {items}").format(items="")] * 2)
        reserved = (
            (self.missing_label, longest),
            (self.partial_label, self.partial_label.text()),
            (self.error, refusal),
        )
        for label, text in reserved:
            policy = label.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            label.setSizePolicy(policy)
            shown = label.text()
            label.setText(text)
            label.setMinimumHeight(label.heightForWidth(width))
            label.setText(shown)
        self.resize(self.width(), self.sizeHint().height())

    def _read_deposits(self) -> None:
        with self.desk.read(self.actor) as work:
            self.deposits = deposits_of(work, self.tenancy_id)

    def _show_deposits(self) -> None:
        """Each deposit of the register with its amount, state and what it still holds."""
        lines = []
        for deposit in self.deposits:
            kind = app_text("fees", DEPOSIT_KIND_NAMES.get(deposit.kind, deposit.kind))
            state = app_text("fees", DEPOSIT_STATE_NAMES.get(deposit.state, deposit.state))
            if deposit.undecided_fen:
                lines.append(
                    self.tr("{kind} {amount}: {state}, still held {held}").format(
                        kind=kind,
                        amount=money_text(deposit.amount_fen),
                        state=state,
                        held=money_text(deposit.undecided_fen),
                    )
                )
            else:
                lines.append(
                    self.tr("{kind} {amount}: {state}").format(
                        kind=kind, amount=money_text(deposit.amount_fen), state=state
                    )
                )
        self.register_label.setText("\n".join(lines))
        self.decide_button.setEnabled(any(d.undecided_fen for d in self.deposits))

    def decide_deposit(self) -> DepositDecisionDialog:
        """Refund or retain what a deposit still holds, here, without leaving the move-out."""
        dialog = DepositDecisionDialog(self.desk, self.actor, self.tenancy_id, None, self, dossier_id=self.dossier_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._deposit_decided)
        self.decision = dialog
        dialog.open()
        return dialog

    def _deposit_decided(self, *_args: object) -> None:
        self.decision = None
        self._read_deposits()
        self._show_deposits()
        self.refresh()

    def checklist(self) -> MoveOutChecklist:
        button = self.deposit_group.checkedButton()
        deposit = next((c for c, b in self.deposit_buttons.items() if b is button), "")
        return with_deposit_register(
            MoveOutChecklist(
                keys_returned=self.keys_check.isChecked(),
                access_cards_returned=self.cards_check.isChecked(),
                electricity_reading=parse_reading(self.electricity_edit.text()),
                water_reading=parse_reading(self.water_edit.text()),
                deposit=deposit,
                deposit_note=self.deposit_note_edit.text(),
                forwarding_contact=self.forwarding_edit.text(),
                notes=self.notes_edit.toPlainText(),
            ),
            self.deposits,
            ending=self.ending(),
        )

    def ending(self) -> bool:
        """Whether the chosen units are the tenant's last: then the deposits must be settled."""
        chosen = self.chosen_units()
        return not chosen or len(chosen) == len(self.unit_checks)

    def missing(self) -> list[str]:
        return missing_move_out_items(self.checklist(), ending=self.ending())

    def refresh(self, *_args: object) -> None:
        super().refresh()
        missing = self.missing()
        names = [app_text("app", MOVE_OUT_ITEMS[m]) for m in missing]
        self.missing_label.setText(
            self.tr("Still missing: {items}").format(items=self.tr(", ").join(names)) if names else ""
        )
        self.missing_label.setVisible(bool(names))
        self.deposit_note_edit.setEnabled(self.deposit_buttons["retained"].isChecked())
        chosen = self.chosen_units()
        if chosen and len(chosen) < len(self.unit_checks):
            self.partial_label.setText(self.tr("Partial move-out: the tenant keeps the other units."))
        elif chosen:
            self.partial_label.setText(self.tr("Last unit(s): the dossier becomes departed (read-only)."))
        else:
            self.partial_label.setText(self.tr("Choose at least one unit."))
        self.ok_button.setEnabled(not missing and bool(chosen))

    def day(self) -> dt.date:
        return from_qdate(self.date_edit.date())

    def accept(self) -> None:
        """The app decides: a refusal (e.g. the checklist incomplete) is shown and the dialog stays."""
        if self.commit(
            lambda work: move_out(
                work,
                self.tenancy_id,
                day=self.day(),
                checklist=self.checklist(),
                unit_ids=self.unit_ids(),
                expected_version=self.view.tenancy_version,
            )
        ):
            self.moved_out.emit(self.result_value)
            super().accept()


class NoticeDialog(_TenancyDialog):
    """A coming move-out: the units show as "moving out" until the move-out is recorded."""

    def __init__(self, desk: Desk, actor: Actor, dossier_id: int, parent: QWidget | None = None) -> None:
        super().__init__(desk, actor, dossier_id, parent)
        self.setObjectName("notice-dialog")
        self.setWindowTitle(self.tr("Record notice — {customer}").format(customer=self.view.customer.name))
        self.date_edit = date_edit(self, self.today + dt.timedelta(days=30))
        self.date_edit.setObjectName("tenancy.move_out")
        self.date_edit.setMinimumDate(to_qdate(self.today + dt.timedelta(days=1)))
        form = QFormLayout()
        form.addRow(self.tr("Units:"), self.units_box)
        form.addRow(self.tr("Moving out &on:"), self.date_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        super().refresh()
        self.ok_button.setEnabled(bool(self.chosen_units()))

    def accept(self) -> None:
        if self.commit(
            lambda work: give_notice(
                work,
                self.tenancy_id,
                from_qdate(self.date_edit.date()),
                self.unit_ids(),
                expected_version=self.view.tenancy_version,
            )
        ):
            super().accept()
