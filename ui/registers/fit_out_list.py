"""The building-wide list of fit-out projects (二装登记): filters (building, floor, state, overdue, applied from–to),
totals by state, overdue ones in red, Print list; a double-click opens the project's dossier."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.building import list_buildings, list_floors
from app.desk import Actor, ChangeSet, Desk
from app.errors import AppError
from app.privacy import exported_phone
from app.registers import FIT_OUT, FitOutFilter, FitOutRow, fit_out_register
from ui.form_dialog import optional_date, optional_date_edit
from ui.lists import RowsModel, lay_out_list_window, read_only_table
from ui.printing import ListPrinter
from ui.registers.fit_out_dialogs import registers_name
from ui.translations import error_text, form_label, format_date
from ui.window_parts import fit_to_screen

Opener = Callable[[int], object]
OVERDUE_COLOUR = QColor("#b00020")
SHOWN_AT_MOST = 2000  # rows read into the list; the count line says when there are more


class FitOutRowsModel(RowsModel[FitOutRow]):
    def headers(self) -> Sequence[str]:
        return [
            self.tr("Building"),
            self.tr("Floor"),
            self.tr("Unit"),
            self.tr("Customer"),
            self.tr("State"),
            self.tr("Applied on"),
            self.tr("Contractor"),
            self.tr("Person in charge"),
            self.tr("Phone"),
            self.tr("Planned start"),
            self.tr("Due to end"),
            self.tr("Passed on"),
        ]

    def cell(self, row: FitOutRow, column: int) -> object:
        values = (
            row.building,
            row.floor,
            row.unit,
            row.customer,
            registers_name(FIT_OUT.states[row.status]) + (self.tr(" (overdue)") if row.overdue else ""),
            format_date(row.applied_on),
            row.contractor,
            row.person_in_charge,
            row.phone,
            format_date(row.planned_start),
            format_date(row.end),
            format_date(row.actual_end),
        )
        return values[column]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Overdue projects in red: past their (extended) end and not yet passed.
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and self.row(index.row()).overdue:
            return OVERDUE_COLOUR
        return super().data(index, role)


class FitOutProjectsWindow(QDialog):
    """Every fit-out project of the building(s), newest application first."""

    def __init__(
        self, desk: Desk, actor: Actor, open_dossier: Opener | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk, self.actor, self.open_dossier = desk, actor, open_dossier
        self.setObjectName("fit-out-projects")
        self.setWindowTitle(self.tr("Fit-out projects"))
        self.setProperty("helpTopic", "services")
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
        self.state.addItem(self.tr("All states"), None)
        self.state.addItem(self.tr("Works going on"), "open")
        for state, name in FIT_OUT.states.items():
            self.state.addItem(registers_name(name), state)
        self.overdue_only = QCheckBox(self.tr("&Overdue only"), self)
        self.overdue_only.setObjectName("overdue-only")
        self.applied_from = optional_date_edit(self, "applied-from", self.tr("any day"))
        self.applied_to = optional_date_edit(self, "applied-to", self.tr("any day"))
        filters = QVBoxLayout()
        for pairs in (
            ((self.tr("&Building"), self.building), (self.tr("&Floor"), self.floor), (self.tr("&State"), self.state)),
            ((self.tr("Applied &from"), self.applied_from), (self.tr("&to"), self.applied_to), ("", self.overdue_only)),
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
        self.model = FitOutRowsModel(self)
        self.table = read_only_table(self.model, self, "fit-out-rows")
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.printer = ListPrinter(
            desk,
            actor,
            self,
            self.table,
            self.tr("Fit-out projects"),
            subtitle=self.filter_text,
            file_name="fit-out-projects.pdf",
            cells=lambda cell: exported_phone(self.actor, cell),  # a person's mobile leaves masked (R16)
        )
        self.count = lay_out_list_window(
            self, filters, self.table, self.printer.button(self), self.printer.export_button(self)
        )
        self.finished.connect(lambda _result: self.printer.cleanup())
        self._fill_floors()
        if self.building.count() == 2:  # one building: it is the one meant
            self.building.setCurrentIndex(1)
        self.building.currentIndexChanged.connect(lambda _i: (self._fill_floors(), self.load()))
        for combo in (self.floor, self.state):
            combo.currentIndexChanged.connect(lambda _i: self.load())
        self.overdue_only.toggled.connect(lambda _on: self.load())
        for edit in (self.applied_from, self.applied_to):
            edit.dateChanged.connect(lambda _d: self.load())
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

    def wanted(self) -> FitOutFilter:
        return FitOutFilter(
            building_id=self.building.currentData(),
            floor_id=self.floor.currentData(),
            status=self.state.currentData(),
            overdue_only=self.overdue_only.isChecked(),
            applied_from=optional_date(self.applied_from),
            applied_to=optional_date(self.applied_to),
        )

    def load(self) -> None:
        try:
            with self.desk.read(self.actor) as work:
                found = fit_out_register(work, self.wanted(), limit=SHOWN_AT_MOST)
        except AppError as err:
            self.model.set_rows([])
            self.count.setText(error_text(err))
            return
        self.model.set_rows(found.rows)
        by_state = " · ".join(
            f"{registers_name(name)} {found.by_state[state]}"
            for state, name in FIT_OUT.states.items()
            if found.by_state.get(state)
        )
        text = self.tr("%n project(s)", "", found.total)
        if found.overdue:
            text += self.tr(", %n overdue", "", found.overdue)
        if len(found.rows) < found.total:
            text += self.tr(" (the first %n shown)", "", len(found.rows))
        self.count.setText(f"{text} — {by_state}" if by_state else text)

    def filter_text(self) -> str:
        parts = [self.building.currentText()]
        if self.floor.currentData() is not None:
            parts.append(self.floor.currentText())
        if self.state.currentData() is not None:
            parts.append(self.state.currentText())
        if self.overdue_only.isChecked():
            parts.append(self.tr("overdue only"))
        return " ".join(parts)

    def open_row(self, number: int) -> None:
        if 0 <= number < self.model.rowCount():
            dossier_id = self.model.row(number).dossier_id
            if dossier_id is not None and self.open_dossier is not None:
                self.open_dossier(dossier_id)

    def refresh(self, changes: ChangeSet | None = None) -> None:
        if changes is None or changes.units or changes.dossiers or changes.customers or "fit_out" in changes.registers:
            self.load()
