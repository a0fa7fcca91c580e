"""Fee items… and Fee settings… (R11): the department manager sets up what is charged — name, basis, meter,
building, billing day, due days, free during fit-out, active — and each item's rate from a day on; the letterhead
of receipts and notices. Everyone else sees them read-only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.building import list_buildings
from app.desk import Actor, ChangeSet, Desk, Work
from app.errors import AppError
from app.fees import (
    BASIS_NAMES,
    METER_NAMES,
    FeeItemDraft,
    FeeItemInfo,
    FeeSettings,
    change_fee_settings,
    checked_rate,
    fee_item,
    fee_items,
    fee_settings,
    save_fee_item,
    set_rate,
)
from app.permissions import Action
from ui import messages
from ui.fees.shown import fees_name
from ui.form_dialog import FormDialog, date_edit, from_qdate
from ui.lists import RowsModel, read_only_table
from ui.translations import error_text, form_label, format_date
from ui.window_parts import fit_to_screen


class FeeItemsModel(RowsModel[FeeItemInfo]):
    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Name"),
            self.tr("Basis"),
            self.tr("Meter"),
            self.tr("Building"),
            self.tr("Billing day"),
            self.tr("Due in days"),
            self.tr("Free during fit-out"),
            self.tr("Active"),
            self.tr("Current rate (¥)"),
            self.tr("Rates"),
        )

    def cell(self, row: FeeItemInfo, column: int) -> object:
        rate = row.rate_on(self.today)
        values = (
            row.name,
            fees_name(BASIS_NAMES[row.basis]),
            fees_name(METER_NAMES[row.meter_kind]) if row.meter_kind else "",
            row.building or self.tr("Every building"),
            str(row.billing_day),
            str(row.due_days),
            self.tr("Yes") if row.free_during_fit_out else self.tr("No"),
            self.tr("Yes") if row.active else self.tr("No"),
            "" if rate is None else f"{rate:f}",
            "; ".join(f"{format_date(r.valid_from)}: {r.rate:f}" for r in row.rates),
        )
        return values[column]

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if column in (4, 5, 8) else None


class FeeItemsDialog(QDialog):
    """The list of fee items; Add, Edit and Set rate for the department manager."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.actor = desk, actor
        self.setObjectName("fee-items")
        self.setProperty("helpTopic", "fees")
        self.setWindowTitle(self.tr("Fee items"))
        self.may_manage = desk.may(actor, Action.MANAGE_FEES)
        self.model = FeeItemsModel(desk.clock().date(), self)
        self.table = read_only_table(self.model, self, "fee-item-rows")
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.note = QLabel(self)
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        if not self.may_manage:
            self.note.setText(self.tr("Only the department manager changes fee items and rates; you can look."))
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.add_button.setObjectName("add")
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName("edit")
        self.rate_button = QPushButton(self.tr("Set &rate from a date…"), self)
        self.rate_button.setObjectName("rate")
        for button in (self.add_button, self.edit_button, self.rate_button):
            button.setAutoDefault(False)
            button.setEnabled(self.may_manage)
        self.add_button.clicked.connect(lambda: self.add())
        self.edit_button.clicked.connect(lambda: self.edit())
        self.rate_button.clicked.connect(lambda: self.set_rate())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.rate_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.note.setVisible(not self.may_manage)
        fit_to_screen(self, 900, 460)
        self.refresh()

    def refresh(self, _changes: ChangeSet | None = None) -> None:
        chosen = self.current()
        with self.desk.read(self.actor) as work:
            self.model.set_rows(fee_items(work))
        if chosen is not None:
            self.select(chosen.id)

    def current(self) -> FeeItemInfo | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def select(self, item_id: int) -> None:
        for number, item in enumerate(self.model.rows()):
            if item.id == item_id:
                self.table.selectRow(number)

    def add(self) -> FeeItemDialog | None:
        if not self.may_manage:
            return None
        dialog = FeeItemDialog(self.desk, self.actor, None, self)
        dialog.saved.connect(lambda item: (self.refresh(), self.select(item.id)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit(self) -> FeeItemDialog | None:
        chosen = self.current()
        if chosen is None or not self.may_manage:
            return None
        dialog = FeeItemDialog(self.desk, self.actor, chosen, self)
        dialog.saved.connect(lambda item: (self.refresh(), self.select(item.id)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def set_rate(self) -> RateDialog | None:
        chosen = self.current()
        if chosen is None:
            if self.may_manage:
                messages.tell(self, self.tr("Choose a fee item first."))
            return None
        if not self.may_manage:
            return None
        dialog = RateDialog(self.desk, self.actor, chosen, self)
        dialog.saved.connect(lambda item: (self.refresh(), self.select(item.id)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


class FeeItemDialog(FormDialog):
    """Add a fee item or change one (refused, and merged, if someone changed it meanwhile)."""

    def __init__(self, desk: Desk, actor: Actor, item: FeeItemInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(desk, actor, parent)
        self.item = item
        self.setObjectName("fee-item")
        self.setWindowTitle(
            self.tr("New fee item") if item is None else self.tr("Fee item {name}").format(name=item.name)
        )
        self.name = QLineEdit(self)
        self.basis = QComboBox(self)
        for basis, source in BASIS_NAMES.items():
            self.basis.addItem(fees_name(source), basis)
        self.meter = QComboBox(self)
        for kind, source in METER_NAMES.items():
            self.meter.addItem(fees_name(source), kind)
        self.building = QComboBox(self)
        self.building.addItem(self.tr("Every building"), None)
        with desk.read(actor) as work:
            for found in list_buildings(work):
                self.building.addItem(found.name, found.id)
        self.billing_day = QSpinBox(self)
        self.billing_day.setRange(1, 28)
        self.due_days = QSpinBox(self)
        self.due_days.setRange(0, 366)
        self.due_days.setValue(15)
        self.free_during_fit_out = QCheckBox(self.tr("Not charged during the fit-out free period"), self)
        self.active = QCheckBox(self.tr("Charged (uncheck to stop charging it)"), self)
        self.active.setChecked(True)
        self.add_row("fee.name", form_label(self.tr("&Name")), self.name)
        self.add_row("fee.basis", form_label(self.tr("&Basis")), self.basis)
        self.add_row("fee.meter_kind", form_label(self.tr("&Meter")), self.meter)
        self.add_row("fee.building", form_label(self.tr("B&uilding")), self.building)
        self.add_row("fee.billing_day", form_label(self.tr("Billing &day")), self.billing_day)
        self.add_row("fee.due_days", form_label(self.tr("D&ue in days")), self.due_days)
        self.add_row("fee.free_during_fit_out", "", self.free_during_fit_out)
        self.add_row("fee.active", "", self.active)
        if item is not None:
            self._fill(item)
        self.basis.currentIndexChanged.connect(lambda _i: self._basis_chosen())
        self._basis_chosen()
        self.finish()

    def _fill(self, item: FeeItemInfo) -> None:
        self.name.setText(item.name)
        self.basis.setCurrentIndex(self.basis.findData(item.basis))
        if item.meter_kind:
            self.meter.setCurrentIndex(self.meter.findData(item.meter_kind))
        self.building.setCurrentIndex(max(0, self.building.findData(item.building_id)))
        self.billing_day.setValue(item.billing_day)
        self.due_days.setValue(item.due_days)
        self.free_during_fit_out.setChecked(item.free_during_fit_out)
        self.active.setChecked(item.active)

    def _basis_chosen(self) -> None:
        self.meter.setEnabled(self.basis.currentData() == "metered")

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        self.required(problems, "fee.name", self.name.text())
        return problems

    def draft(self) -> FeeItemDraft:
        basis = str(self.basis.currentData())
        return FeeItemDraft(
            name=self.name.text(),
            basis=basis,
            meter_kind=self.meter.currentData() if basis == "metered" else None,
            building_id=self.building.currentData(),
            billing_day=self.billing_day.value(),
            due_days=self.due_days.value(),
            free_during_fit_out=self.free_during_fit_out.isChecked(),
            active=self.active.isChecked(),
        )

    def save(self, work: Work) -> FeeItemInfo:
        if self.item is None:
            return save_fee_item(work, self.draft())
        return save_fee_item(work, self.draft(), item_id=self.item.id, expected_version=self.item.version)

    def reload(self, work: Work) -> None:
        if self.item is not None:
            self.item = fee_item(work, self.item.id)
            self._fill(self.item)


class RateDialog(FormDialog):
    """The item's rate from a day on; months already charged get an adjustment when generated again."""

    def __init__(self, desk: Desk, actor: Actor, item: FeeItemInfo, parent: QWidget | None = None) -> None:
        super().__init__(desk, actor, parent)
        self.item = item
        self.setObjectName("fee-rate")
        self.setWindowTitle(self.tr("Rate of {name}").format(name=item.name))
        today = desk.clock().date()
        self.valid_from = date_edit(self, today.replace(day=1))
        self.rate = QLineEdit(self)
        current = item.rate_on(today)
        self.rate.setPlaceholderText(f"{current:f}" if current is not None else "0.0000")
        self.add_row("fee.valid_from", form_label(self.tr("&From")), self.valid_from)
        self.add_row("fee.rate", form_label(self.tr("&Rate (¥)")), self.rate)
        note = QLabel(
            self.tr(
                "The rate holds from this day until the next rate's day. A month already charged is not changed "
                "here: generating it again adds an adjustment line for the difference."
            ),
            self,
        )
        note.setWordWrap(True)
        self.finish(note)

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        self.required(problems, "fee.rate", self.rate.text())
        if "fee.rate" not in problems:
            try:
                checked_rate(self.rate.text())
            except AppError as err:
                problems["fee.rate"] = error_text(err)
        return problems

    def save(self, work: Work) -> FeeItemInfo:
        return set_rate(work, self.item.id, from_qdate(self.valid_from.date()), self.rate.text())


class FeeSettingsDialog(FormDialog):
    """The letterhead of receipts, statements and arrears notices; read-only for all but the manager."""

    FIELDS = ("company_name", "address", "phone", "bank_name", "bank_account", "receipt_prefix")

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(desk, actor, parent)
        self.setObjectName("fee-settings")
        self.setProperty("helpTopic", "fees")
        self.setWindowTitle(self.tr("Fee settings"))
        captions = {
            "company_name": self.tr("&Company (payee)"),
            "address": self.tr("&Address"),
            "phone": self.tr("&Phone"),
            "bank_name": self.tr("&Bank"),
            "bank_account": self.tr("Account &number"),
            "receipt_prefix": self.tr("&Receipt number prefix"),
        }
        self.edits: dict[str, QLineEdit] = {}
        with desk.read(actor) as work:
            current = fee_settings(work)
        self.current = current  # as read: saved meanwhile at another desk, the save is refused and merged
        may = desk.may(actor, Action.MANAGE_FEES)
        for name in self.FIELDS:
            edit = QLineEdit(self)
            edit.setText(getattr(current, name))
            edit.setReadOnly(not may)
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("档") * 24)
            self.edits[name] = edit
            self.add_row(f"fees.{name}", form_label(captions[name]), edit)
        above: list[QWidget] = []
        if not may:
            note = QLabel(self.tr("Only the department manager changes the fee settings; you can look."), self)
            note.setObjectName("note")
            note.setWordWrap(True)
            above.append(note)
        self.finish(*above)
        self.save_button.setVisible(may)

    def save(self, work: Work) -> FeeSettings:
        typed = FeeSettings(**{name: edit.text() for name, edit in self.edits.items()})
        return change_fee_settings(work, typed, as_read=self.current)

    def reload(self, work: Work) -> None:
        self.current = fee_settings(work)
        for name, edit in self.edits.items():
            edit.setText(getattr(self.current, name))
