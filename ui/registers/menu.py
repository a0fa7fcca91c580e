"""The service registers in the main window: the Services menu (服务) — the building-wide lists of repairs,
complaints and violations, and when a repair counts as overdue — and "Repair…" / "Complaint…" on a unit card's
menu, so a repair phoned in is logged with a right-click, one choice, the typing and Enter."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMenu,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.building import UnitCard
from app.desk import Actor, Desk
from app.errors import AppError
from app.permissions import Action
from app.registers import overdue_hours, set_overdue_hours
from ui.form_dialog import error_label
from ui.registers.complaints_dialog import ReceiveComplaintDialog
from ui.registers.repairs_dialog import ReportRepairDialog
from ui.registers.service import may_record
from ui.registers.service_lists import ComplaintsList, RepairsList, ServiceList, ViolationsList
from ui.registers.service_tab import ServiceSection
from ui.translations import error_text, form_label
from ui.window_parts import MenuChoices, WindowPart, Workbench


class OverdueHoursDialog(QDialog):
    """How many hours a repair of each urgency may stay open before it is overdue (the supervisor or manager)."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.actor = desk, actor
        self.setObjectName("repair-overdue-hours")
        self.setProperty("helpTopic", "services")
        self.setWindowTitle(self.tr("When a repair is overdue"))
        with desk.read(actor) as work:
            hours = overdue_hours(work)
        may = desk.may(actor, Action.CONFIGURE_REGISTERS)
        self.spins: dict[str, QSpinBox] = {}
        form = QFormLayout()
        for urgency, caption in (
            ("emergency", self.tr("&Emergency")),
            ("urgent", self.tr("&Urgent")),
            ("normal", self.tr("&Normal")),
        ):
            spin = QSpinBox(self)
            spin.setObjectName(urgency)
            spin.setRange(1, 24 * 90)
            spin.setSuffix(self.tr(" hours"))
            spin.setValue(hours[urgency])
            spin.setEnabled(may)
            label = QLabel(form_label(caption), self)
            label.setBuddy(spin)
            form.addRow(label, spin)
            self.spins[urgency] = spin
        explain = QLabel(self.tr("A repair still reported or assigned after this long is shown in red."), self)
        explain.setWordWrap(True)
        self.error = error_label(self, "hours", room=1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        self.save_button.setEnabled(may)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            with self.desk.work(self.actor) as work:
                set_overdue_hours(work, {urgency: spin.value() for urgency, spin in self.spins.items()})
        except AppError as err:
            self.error.setText(error_text(err))
            self.error.setVisible(True)
            return
        self.accept()


class ServicesMenu(WindowPart):
    """The Services menu (服务) and the unit card's Repair… and Complaint…; one list window of each at a time."""

    def __init__(self, window: Workbench, parent: QWidget) -> None:
        super().__init__(window, parent)
        self.lists: dict[type[ServiceList], ServiceList] = {}
        menu = window.add_menu(self.tr("&Services"), "services-menu")
        for text, name, kind in (
            (self.tr("&Repairs…"), "repairs-list", RepairsList),
            (self.tr("&Complaints…"), "complaints-list", ComplaintsList),
            (self.tr("&Violations…"), "violations-list", ViolationsList),
        ):
            action = self.action(text)
            action.setObjectName(name)
            action.triggered.connect(lambda _checked=False, k=kind: self.show_list(k))
            menu.addAction(action)
        menu.addSeparator()
        self.hours_action = self.action(
            self.tr("Repair &overdue settings…"),
            "settings",
            enabled=window.desk.may(window.actor, Action.CONFIGURE_REGISTERS),
        )
        self.hours_action.setObjectName("repair-overdue-settings")
        self.hours_action.triggered.connect(lambda: self.overdue_settings())
        menu.addAction(self.hours_action)

    def show_list(self, kind: type[ServiceList]) -> ServiceList:
        found = self.one_window(
            self.lists.get(kind),
            lambda: kind(self.window.desk, self.window.actor, self.parent()),
            lambda: self.lists.pop(kind, None),
            lambda found: found.load(),
        )
        self.lists[kind] = found
        return found

    def overdue_settings(self) -> OverdueHoursDialog | None:
        if not self.window.desk.may(self.window.actor, Action.CONFIGURE_REGISTERS):
            return None
        dialog = OverdueHoursDialog(self.window.desk, self.window.actor, self.parent())
        self.window.open_dialog(dialog)
        return dialog

    def card_menu(self, menu: QMenu, card: UnitCard, selected: Sequence[UnitCard]) -> MenuChoices:
        desk, actor = self.window.desk, self.window.actor
        live = card.retired_on is None
        repair_action = menu.addAction(self.tr("Re&pair…"))
        repair_action.setObjectName("report-repair")
        repair_action.setEnabled(live and may_record(desk, actor, "repair"))
        complaint_action = menu.addAction(self.tr("Co&mplaint…"))
        complaint_action.setObjectName("receive-complaint")
        complaint_action.setEnabled(live and may_record(desk, actor, "complaint"))
        return {repair_action: lambda: self.report_repair(card), complaint_action: lambda: self.receive_complaint(card)}

    def tab_menu(self, menu: QMenu, page: QWidget, dossier_id: int, live: bool) -> MenuChoices:
        """Repair… and Complaint… on an open dossier's tab too (a dossier opened by quick find or a scanned label):
        its Repairs & complaints tab knows the tenancy's units and customer."""
        section = getattr(page, "service_section", None)
        if not isinstance(section, ServiceSection):
            return {}
        desk, actor = self.window.desk, self.window.actor
        repair_action = menu.addAction(self.tr("Re&pair…"))
        repair_action.setObjectName("report-repair")
        repair_action.setEnabled(live and bool(section.units) and may_record(desk, actor, "repair"))
        complaint_action = menu.addAction(self.tr("Co&mplaint…"))
        complaint_action.setObjectName("receive-complaint")
        complaint_action.setEnabled(live and bool(section.units) and may_record(desk, actor, "complaint"))

        def shown(open_dialog: Callable[[], QDialog]) -> None:
            tabs = section.parentWidget()
            while tabs is not None and not isinstance(tabs, QTabWidget):
                tabs = tabs.parentWidget()
            if tabs is not None:
                tabs.setCurrentWidget(section)  # the new record is then seen in its list
            open_dialog()

        return {
            repair_action: lambda: shown(section.report_repair),
            complaint_action: lambda: shown(section.receive_complaint),
        }

    def report_repair(self, card: UnitCard) -> ReportRepairDialog:
        dialog = ReportRepairDialog(
            self.window.desk, self.window.actor, [(card.unit_id, card.number)], card.customer or "", self.parent()
        )
        dialog.accepted.connect(lambda: self._saved(dialog, self.tr("Repair {number} recorded for {unit}.")))
        self.window.open_dialog(dialog)
        return dialog

    def receive_complaint(self, card: UnitCard) -> ReceiveComplaintDialog:
        dialog = ReceiveComplaintDialog(
            self.window.desk, self.window.actor, [(card.unit_id, card.number)], card.customer or "", self.parent()
        )
        dialog.accepted.connect(lambda: self._saved(dialog, self.tr("Complaint {number} recorded for {unit}.")))
        self.window.open_dialog(dialog)
        return dialog

    def _saved(self, dialog: ReportRepairDialog | ReceiveComplaintDialog, text: str) -> None:
        if dialog.saved is not None:
            self.tell_status(text.format(number=dialog.saved.id, unit=dialog.saved.place.unit))

    def close(self) -> None:
        for found in list(self.lists.values()):
            found.close()
