"""The fees room in the main window (R11): the Fees menu — the monthly run with its preview, the registers of
charges, payments, deposits and arrears, the arrears notices and the month-end summary, meter readings, fee items
and the fee settings. Items a role may not use are greyed out (the app refuses them anyway)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.desk import Actor, Desk
from app.fees import Month
from app.permissions import Action
from ui.fees.generate_dialog import GenerateChargesDialog
from ui.fees.items_dialog import FeeItemsDialog, FeeSettingsDialog
from ui.fees.meters_dialog import MeterReadingsDialog
from ui.fees.registers import ArrearsRegister, ChargesRegister, DepositsRegister, PaymentsRegister, RegisterWindow
from ui.fees.shown import PlaceChoice
from ui.translations import form_label
from ui.window_parts import WindowPart, Workbench


class NoticesChoice(QDialog):
    """Whose arrears notices to print: a floor (or everyone) and over how many days overdue."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notices-choice")
        self.setWindowTitle(self.tr("Print arrears notices"))
        self.place = PlaceChoice(desk, actor, self)
        self.over_days = QSpinBox(self)
        self.over_days.setObjectName("over-days")
        self.over_days.setRange(0, 3650)
        self.over_days.setSuffix(self.tr(" days"))
        form = QFormLayout()
        form.addRow(form_label(self.tr("&Building")), self.place.building)
        assert self.place.floor is not None
        form.addRow(form_label(self.tr("&Floor")), self.place.floor)
        form.addRow(form_label(self.tr("O&verdue more than")), self.over_days)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.addButton(self.tr("&Preview…"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("preview")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class SummaryChoice(QDialog):
    """Which month's summary (应收, 实收, 欠收 by fee item and floor), for a building or all."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summary-choice")
        self.setWindowTitle(self.tr("Month-end summary"))
        self.place = PlaceChoice(desk, actor, self, with_floor=False)
        today = desk.clock().date()
        self.month = QDateEdit(self)
        self.month.setObjectName("month")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setDate(QDate(today.year, today.month, 1))
        form = QFormLayout()
        form.addRow(form_label(self.tr("&Building")), self.place.building)
        form.addRow(form_label(self.tr("&Month")), self.month)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.addButton(self.tr("&Preview…"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("preview")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen_month(self) -> Month:
        return Month(self.month.date().year(), self.month.date().month())


class FeesMenu(WindowPart):
    """The top-level Fees menu (收费); the registers are modeless beside the floors, one of each at a time."""

    def __init__(self, window: Workbench, parent: QWidget) -> None:
        super().__init__(window, parent)
        desk, actor = window.desk, window.actor
        self.registers: dict[type[RegisterWindow], RegisterWindow] = {}
        menu = window.add_menu(self.tr("F&ees"))
        menu.setObjectName("fees-menu")
        self.generate_action = self.action(
            self.tr("&Generate monthly charges…"), "fees", enabled=desk.may(actor, Action.GENERATE_CHARGES)
        )
        self.generate_action.setObjectName("generate-charges")
        self.generate_action.triggered.connect(lambda: self.generate())
        menu.addAction(self.generate_action)
        registers = menu.addMenu(self.tr("&Registers"))
        registers.setObjectName("registers-menu")
        for text, name, kind in (
            (self.tr("&Charges…"), "charges-register", ChargesRegister),
            (self.tr("&Payments…"), "payments-register", PaymentsRegister),
            (self.tr("&Deposits…"), "deposits-register", DepositsRegister),
            (self.tr("&Arrears…"), "arrears-register", ArrearsRegister),
        ):
            action = self.action(text)
            action.setObjectName(name)
            action.triggered.connect(lambda _checked=False, k=kind: self.show_register(k))
            registers.addAction(action)
        menu.addSeparator()
        self.notices_action = self.action(self.tr("Print arrears &notices…"), "print")
        self.notices_action.setObjectName("arrears-notices")
        self.notices_action.triggered.connect(lambda: self.arrears_notices())
        self.summary_action = self.action(self.tr("&Month-end summary…"))
        self.summary_action.setObjectName("month-summary")
        self.summary_action.triggered.connect(lambda: self.month_summary())
        menu.addAction(self.notices_action)
        menu.addAction(self.summary_action)
        menu.addSeparator()
        self.meters_action = self.action(self.tr("Meter &readings…"))
        self.meters_action.setObjectName("meter-readings")
        self.meters_action.triggered.connect(lambda: self.meter_readings())
        # Everyone may look at the fee items and the settings; only the manager changes them (inside the dialogs).
        self.items_action = self.action(self.tr("Fee &items…"))
        self.items_action.setObjectName("fee-items")
        self.items_action.triggered.connect(lambda: self.fee_items())
        self.settings_action = self.action(self.tr("Fee &settings…"), "settings")
        self.settings_action.setObjectName("fee-settings")
        self.settings_action.triggered.connect(lambda: self.fee_settings())
        for action in (self.meters_action, self.items_action, self.settings_action):
            menu.addAction(action)

    def generate(self) -> GenerateChargesDialog | None:
        if not self.window.desk.may(self.window.actor, Action.GENERATE_CHARGES):
            return None
        dialog = GenerateChargesDialog(self.window.desk, self.window.actor, self.parent())
        self.window.open_dialog(dialog)
        return dialog

    def show_register(self, kind: type[RegisterWindow]) -> RegisterWindow:
        found = self.one_window(
            self.registers.get(kind),
            lambda: kind(self.window.desk, self.window.actor, self.window.open_dossier, self.parent()),
            lambda: self.registers.pop(kind, None),
            lambda found: found.load(),
        )
        self.registers[kind] = found
        return found

    def arrears_notices(self) -> NoticesChoice:
        dialog = NoticesChoice(self.window.desk, self.window.actor, self.parent())

        def chosen() -> None:
            from ui.fees.printing import preview_arrears_notices  # when used: the printouts bring reportlab

            preview_arrears_notices(
                self.parent(),
                self.window.desk,
                self.window.actor,
                floor_id=dialog.place.floor_id(),
                over_days=dialog.over_days.value(),
            )

        dialog.accepted.connect(chosen)
        self.window.open_dialog(dialog)
        return dialog

    def month_summary(self) -> SummaryChoice:
        dialog = SummaryChoice(self.window.desk, self.window.actor, self.parent())

        def chosen() -> None:
            from ui.fees.printing import preview_month_summary  # when used: the printouts bring reportlab

            preview_month_summary(
                self.parent(),
                self.window.desk,
                self.window.actor,
                dialog.chosen_month(),
                building_id=dialog.place.building_id(),
            )

        dialog.accepted.connect(chosen)
        self.window.open_dialog(dialog)
        return dialog

    def meter_readings(self) -> MeterReadingsDialog:
        dialog = MeterReadingsDialog(self.window.desk, self.window.actor, self.parent())
        self.window.show_report(dialog)
        return dialog

    def fee_items(self) -> FeeItemsDialog:
        dialog = FeeItemsDialog(self.window.desk, self.window.actor, self.parent())
        self.window.show_report(dialog)
        return dialog

    def fee_settings(self) -> FeeSettingsDialog:
        dialog = FeeSettingsDialog(self.window.desk, self.window.actor, self.parent())
        self.window.open_dialog(dialog)
        return dialog

    def close(self) -> None:
        for found in list(self.registers.values()):
            found.close()
