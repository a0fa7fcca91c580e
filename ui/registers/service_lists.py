"""The lists of repairs, complaints and violations: building-wide (Services menu) with filters, totals by state,
overdue repairs in red, Print list; the same models serve a dossier's tab. A double-click opens the record with
the buttons of its next steps and its history.

Rows are read a page at a time (``PagedRowsModel``); the totals come from one grouped query over the same filter.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.building import list_buildings, list_floors
from app.desk import Actor, ChangeSet, Desk, Work
from app.errors import AppError
from app.registers import (
    COMPLAINT,
    REPAIR,
    VIOLATION,
    ComplaintFilter,
    ComplaintRow,
    Machine,
    PlaceFilter,
    RepairFilter,
    RepairRow,
    ViolationFilter,
    ViolationRow,
    complaint_register,
    complaint_totals,
    repair_register,
    repair_totals,
    violation_register,
    violation_totals,
)
from ui.form_dialog import optional_date, optional_date_edit
from ui.lists import PagedRowsModel, lay_out_list_window, read_only_table
from ui.printing import ListPrinter
from ui.registers.service import (
    COMPLAINT_CHANNEL_NAMES,
    OVERDUE_COLOUR,
    URGENCY_NAMES,
    RecordDialog,
    fill_combo,
    named,
    state_name,
    when,
)
from ui.translations import error_text, form_label, format_date
from ui.window_parts import fit_to_screen

_Index = QModelIndex | QPersistentModelIndex
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)


def _where(row: Any) -> str:
    return " ".join(part for part in (row.place.floor, row.place.unit) if part)


# A complaint taken with no unit changes no card or dossier: the lists also re-read when these registers moved.
SERVICE_REGISTERS = frozenset({"repair", "complaint", "violation"})


class RepairsModel(PagedRowsModel[RepairRow]):
    """Repairs, newest first; an overdue one in red with the reason in its tooltip."""

    def headers(self) -> Sequence[str]:
        return (
            self.tr("No."),
            self.tr("Reported"),
            self.tr("Unit"),
            self.tr("Customer"),
            self.tr("What"),
            self.tr("Urgency"),
            self.tr("State"),
            self.tr("Assigned to"),
        )

    def cell(self, row: RepairRow, column: int) -> object:
        state = state_name(REPAIR, row.status)
        if row.overdue:
            state = self.tr("{state} (overdue)").format(state=state)
        values = (
            row.id,
            when(row.reported_at),
            _where(row),
            row.place.customer,
            row.what,
            named(URGENCY_NAMES, row.urgency),
            state,
            " ".join(p for p in (row.department, row.assignee) if p),
        )
        return values[column]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == _FOREGROUND and index.isValid() and 0 <= index.row() < self.rowCount():
            return QColor(OVERDUE_COLOUR) if self.row(index.row()).overdue else None
        return super().data(index, role)


class ComplaintsModel(PagedRowsModel[ComplaintRow]):
    def headers(self) -> Sequence[str]:
        return (
            self.tr("No."),
            self.tr("Received"),
            self.tr("Unit"),
            self.tr("Customer"),
            self.tr("Complaint"),
            self.tr("Channel"),
            self.tr("State"),
            self.tr("Department"),
        )

    def cell(self, row: ComplaintRow, column: int) -> object:
        values = (
            row.id,
            when(row.received_at),
            _where(row),
            row.place.customer,
            row.content,
            named(COMPLAINT_CHANNEL_NAMES, row.channel),
            state_name(COMPLAINT, row.status),
            row.department,
        )
        return values[column]


class ViolationsModel(PagedRowsModel[ViolationRow]):
    """Violations, newest found first; a notice past its rectify-by day in red."""

    def headers(self) -> Sequence[str]:
        return (
            self.tr("No."),
            self.tr("Found on"),
            self.tr("Unit"),
            self.tr("Customer"),
            self.tr("Violation"),
            self.tr("Notice no."),
            self.tr("Rectify by"),
            self.tr("State"),
        )

    def cell(self, row: ViolationRow, column: int) -> object:
        values = (
            row.id,
            format_date(row.found_on),
            _where(row),
            row.place.customer,
            row.what,
            row.notice_no,
            format_date(row.rectify_by) if row.rectify_by else "",
            state_name(VIOLATION, row.status),
        )
        return values[column]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == _FOREGROUND and index.isValid() and 0 <= index.row() < self.rowCount():
            return QColor(OVERDUE_COLOUR) if self.row(index.row()).late else None
        return super().data(index, role)


def rows_of(register: str, work: Work, place: PlaceFilter, extra: dict[str, Any], offset: int, limit: int) -> list[Any]:
    if register == "repair":
        return repair_register(work, RepairFilter(place=place, **extra), offset=offset, limit=limit)
    if register == "complaint":
        return complaint_register(work, ComplaintFilter(place=place, **extra), offset=offset, limit=limit)
    return violation_register(work, ViolationFilter(place=place, **extra), offset=offset, limit=limit)


def totals_of(register: str, work: Work, place: PlaceFilter, extra: dict[str, Any]) -> Any:
    if register == "repair":
        return repair_totals(work, RepairFilter(place=place, **extra))
    if register == "complaint":
        return complaint_totals(work, ComplaintFilter(place=place, **extra))
    return violation_totals(work, ViolationFilter(place=place, **extra))


MODELS: dict[str, type[PagedRowsModel[Any]]] = {
    "repair": RepairsModel,
    "complaint": ComplaintsModel,
    "violation": ViolationsModel,
}
MACHINES: dict[str, Machine] = {"repair": REPAIR, "complaint": COMPLAINT, "violation": VIOLATION}


class _ServiceList(QDialog):
    """A building-wide list of one register: filters above, the rows, the totals by state, Print list, Close."""

    register = "repair"

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.actor = desk, actor
        self.setProperty("helpTopic", "services")
        titles = {"repair": self.tr("Repairs"), "complaint": self.tr("Complaints"), "violation": self.tr("Violations")}
        self.setObjectName(f"{self.register}s-list")
        self.setWindowTitle(titles[self.register])
        self.building = QComboBox(self)
        self.building.setObjectName("building")
        self.building.addItem(self.tr("All buildings"), None)
        with desk.read(actor) as work:
            for found in list_buildings(work):
                self.building.addItem(found.name, found.id)
        self.floor = QComboBox(self)
        self.floor.setObjectName("floor")
        self.state = QComboBox(self)
        self.state.setObjectName("state")
        self.state.addItem(self.tr("Every state"), None)
        machine = MACHINES[self.register]
        for state in machine.states:
            self.state.addItem(state_name(machine, state), state)
        self.open_only = QCheckBox(self.tr("&Open only"), self)
        self.open_only.setObjectName("open-only")
        self.date_from = optional_date_edit(self, "date-from", self.tr("any day"))
        self.date_to = optional_date_edit(self, "date-to", self.tr("any day"))
        self.urgency: QComboBox | None = None
        self.overdue_only: QCheckBox | None = None
        second: list[tuple[str, QWidget]] = [
            (self.tr("F&rom"), self.date_from),
            (self.tr("&To"), self.date_to),
            ("", self.open_only),
        ]
        if self.register == "repair":
            self.urgency = QComboBox(self)
            self.urgency.setObjectName("urgency")
            self.urgency.addItem(self.tr("Any urgency"), None)
            fill_combo(self.urgency, URGENCY_NAMES)
            self.overdue_only = QCheckBox(self.tr("O&verdue only"), self)
            self.overdue_only.setObjectName("overdue-only")
            second += [(self.tr("&Urgency"), self.urgency), ("", self.overdue_only)]
        filters = QVBoxLayout()
        for pairs in (
            [(self.tr("&Building"), self.building), (self.tr("&Floor"), self.floor), (self.tr("&State"), self.state)],
            second,
        ):
            line = QHBoxLayout()
            for caption, widget in pairs:
                if caption:
                    label = QLabel(form_label(caption), self)
                    label.setBuddy(widget)
                    line.addWidget(label)
                line.addWidget(widget)
            line.addStretch(1)
            filters.addLayout(line)
        self.model = MODELS[self.register](self)
        self.table = read_only_table(self.model, self, f"{self.register}-rows")
        self.table.doubleClicked.connect(lambda index: self.open_record(index.row()))
        self.printer = ListPrinter(
            desk, actor, self, self.table, self.windowTitle(), subtitle=self.filter_text, file_name="service.pdf"
        )
        self.count = lay_out_list_window(
            self, filters, self.table, self.printer.button(self), self.printer.export_button(self)
        )
        self.finished.connect(lambda _result: self.printer.cleanup())
        self.building.currentIndexChanged.connect(lambda _i: self._fill_floors())
        if self.building.count() == 2:  # one building: it is the one meant
            self.building.setCurrentIndex(1)
        self._fill_floors()
        for combo in (self.floor, self.state, *([self.urgency] if self.urgency else [])):
            combo.currentIndexChanged.connect(lambda _i: self.load())
        for box in (self.open_only, *([self.overdue_only] if self.overdue_only else [])):
            box.toggled.connect(lambda _on: self.load())
        self.date_from.dateChanged.connect(lambda _d: self.load())
        self.date_to.dateChanged.connect(lambda _d: self.load())
        fit_to_screen(self, 1100, 600)
        self.load()

    def _fill_floors(self) -> None:
        self.floor.blockSignals(True)
        self.floor.clear()
        self.floor.addItem(self.tr("All floors"), None)
        building_id = self.building.currentData()
        if building_id is not None:
            with self.desk.read(self.actor) as work:
                for found in list_floors(work, building_id):
                    self.floor.addItem(found.label, found.id)
        self.floor.setEnabled(building_id is not None)
        self.floor.blockSignals(False)
        self.load()

    def place(self) -> PlaceFilter:
        return PlaceFilter(building_id=self.building.currentData(), floor_id=self.floor.currentData())

    def extra(self) -> dict[str, Any]:
        found: dict[str, Any] = {
            "status": self.state.currentData(),
            "open_only": self.open_only.isChecked(),
            "date_from": optional_date(self.date_from),
            "date_to": optional_date(self.date_to),
        }
        if self.urgency is not None and self.overdue_only is not None:
            found["urgency"] = self.urgency.currentData()
            found["overdue_only"] = self.overdue_only.isChecked()
        return found

    def load(self) -> None:
        if not hasattr(self, "model"):
            return  # still being built
        register, place, extra = self.register, self.place(), self.extra()
        desk, actor = self.desk, self.actor

        def read(offset: int, limit: int) -> list[Any]:
            with desk.read(actor) as work:
                return rows_of(register, work, place, extra, offset, limit)

        try:
            with desk.read(actor) as work:
                totals = totals_of(register, work, place, extra)
            self.model.show(read, totals.count, keep=self.model.rowCount())
        except AppError as err:
            self.model.set_rows([])
            self.count.setText(error_text(err))
            return
        machine = MACHINES[register]
        parts = [f"{state_name(machine, state)} {n}" for state, n in totals.by_state.items() if n]
        text = self.tr("Records: {count}").format(count=totals.count)
        if parts:
            text += "：" + "，".join(parts)
        overdue = getattr(totals, "overdue", 0)
        if overdue:
            text += "；" + self.tr("overdue: {count}").format(count=overdue)
        self.count.setText(text)

    def filter_text(self) -> str:
        parts = [self.building.currentText()]
        if self.floor.currentData() is not None:
            parts.append(self.floor.currentText())
        if self.state.currentData() is not None:
            parts.append(self.state.currentText())
        return "  ".join(parts) + "  " + self.count.text()

    def open_record(self, number: int) -> RecordDialog | None:
        if not 0 <= number < self.model.rowCount():
            return None
        dialog = RecordDialog(self.desk, self.actor, self.register, self.model.row(number).id, self)
        dialog.panel.changed.connect(self.load)
        dialog.open()
        return dialog

    def refresh(self, changes: ChangeSet | None = None) -> None:
        if changes is None or changes.units or changes.dossiers or changes.registers & SERVICE_REGISTERS:
            self.load()


# The lists' base (its name starts with "_": never shown alone, so the window tour tours its subclasses).
ServiceList = _ServiceList


class RepairsList(_ServiceList):
    register = "repair"


class ComplaintsList(_ServiceList):
    register = "complaint"


class ViolationsList(_ServiceList):
    register = "violation"
