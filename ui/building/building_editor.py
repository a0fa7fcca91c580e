"""The building editor (department manager, administrator): floors on the left, the chosen floor's units on the
right, and what may be done with them — add, rename, correct, retire, merge, split.

A button is enabled only when the app would allow what it does (a let unit is neither retired nor merged); the
tooltip says why not. The app checks again, and a refusal is shown under the lists. The floor grid updates by
itself: every change marks the building changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.building import (
    BuildingInfo,
    FloorEntry,
    Removal,
    UnitEntry,
    editor_floors,
    editor_units,
    list_buildings,
    retire_floor,
    retire_unit,
)
from app.desk import Actor, ChangeSet, Desk
from app.errors import AppError
from app.permissions import Action
from ui.building.building_dialogs import (
    AddFloorDialog,
    AddUnitDialog,
    EditUnitDialog,
    MergeUnitsDialog,
    RenameFloorDialog,
    SplitUnitDialog,
    area_text,
    use_shown,
)
from ui.form_dialog import FormDialog, error_label
from ui.lists import RowsModel, read_only_table
from ui.messages import ask
from ui.translations import error_text, format_date

Form = TypeVar("Form", bound=FormDialog)
RETIRED_COLOUR = QColor("#888888")


class FloorsModel(RowsModel[FloorEntry]):
    def headers(self) -> Sequence[str]:
        return [self.tr("Floor"), self.tr("Units"), self.tr("Status")]

    def cell(self, row: FloorEntry, column: int) -> object:
        if column == 0:
            return row.label
        if column == 1:
            return str(row.unit_count)
        if row.retired_on is not None:
            return self.tr("retired {day}").format(day=format_date(row.retired_on))
        return self.tr("in use")

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # type: ignore[no-untyped-def]
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and self.row(index.row()).retired_on:
            return QBrush(RETIRED_COLOUR)
        return super().data(index, role)


class UnitsModel(RowsModel[UnitEntry]):
    def headers(self) -> Sequence[str]:
        return [self.tr("Unit"), self.tr("Area (m²)"), self.tr("Use"), self.tr("Status")]

    def cell(self, row: UnitEntry, column: int) -> object:
        if column == 0:
            return row.number
        if column == 1:
            return area_text(row.area)
        if column == 2:
            return use_shown(row.use)
        if row.state == "retired":
            return self.tr("retired {day}").format(day=format_date(row.retired_on))
        if row.state == "let":
            return self.tr("let: {tenant}").format(tenant=row.tenant)
        return self.tr("vacant")

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if column == 1 else None

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # type: ignore[no-untyped-def]
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and self.row(index.row()).state == "retired":
            return QBrush(RETIRED_COLOUR)
        return super().data(index, role)


class BuildingEditor(QDialog):
    """Modeless beside the floors; every change is one app call, and the lists are read again after it."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.setObjectName("building-editor")
        self.setWindowTitle(self.tr("Building editor"))
        self.buildings: list[BuildingInfo] = []

        self.building_box = QComboBox(self)
        self.building_box.setObjectName("building")
        self.show_retired = QCheckBox(self.tr("Show &retired floors and units"), self)
        self.show_retired.setObjectName("show-retired")
        top = QHBoxLayout()
        self.building_label = QLabel(self.tr("Building:"), self)
        top.addWidget(self.building_label)
        top.addWidget(self.building_box, 1)
        top.addWidget(self.show_retired)

        self.floors_model = FloorsModel(self)
        self.floors_table = read_only_table(self.floors_model, self, "floors")
        self.units_model = UnitsModel(self)
        self.units_table = read_only_table(self.units_model, self, "units")
        self.units_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.add_floor_button = self._button("add-floor", self.tr("Add &floor…"), self.add_floor)
        self.rename_floor_button = self._button("rename-floor", self.tr("Re&name floor…"), self.rename_floor)
        self.retire_floor_button = self._button("retire-floor", self.tr("Retire floo&r"), self.retire_floor)
        self.add_unit_button = self._button("add-unit", self.tr("&Add unit…"), self.add_unit)
        self.edit_unit_button = self._button("edit-unit", self.tr("&Edit unit…"), self.edit_unit)
        self.retire_unit_button = self._button("retire-unit", self.tr("Re&tire unit"), self.retire_unit)
        self.merge_button = self._button("merge", self.tr("&Merge…"), self.merge)
        self.split_button = self._button("split", self.tr("&Split…"), self.split)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.floors_table, 1)
        floor_buttons = QGridLayout()
        floor_buttons.addWidget(self.add_floor_button, 0, 0)
        floor_buttons.addWidget(self.rename_floor_button, 0, 1)
        floor_buttons.addWidget(self.retire_floor_button, 1, 0)
        left_layout.addLayout(floor_buttons)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.units_table, 1)
        unit_buttons = QGridLayout()
        for index, button in enumerate(
            (
                self.add_unit_button,
                self.edit_unit_button,
                self.retire_unit_button,
                self.merge_button,
                self.split_button,
            )
        ):
            unit_buttons.addWidget(button, index // 3, index % 3)
        right_layout.addLayout(unit_buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        self.hint = QLabel(
            self.tr(
                "A unit or floor that ever had a tenant is retired, never deleted: its dossiers keep its number. "
                "Units are merged or split only while vacant."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.message = error_label(self, "message")
        # Room for a refusal reserved from the start: a message never pushes the buttons down.
        self.message.setVisible(True)
        self.message.setMinimumHeight(self.fontMetrics().lineSpacing() * 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(close)

        self.building_box.currentIndexChanged.connect(lambda _i: self.load_floors())
        self.show_retired.toggled.connect(lambda _on: self.load_floors())
        self.floors_table.selectionModel().selectionChanged.connect(lambda *_a: self.load_units())
        self.units_table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.units_table.doubleClicked.connect(lambda _index: self.edit_unit())
        self.resize(860, 520)
        self.load()

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda: slot())
        return button

    # -- reading --------------------------------------------------------------------------------

    def load(self) -> None:
        keep = self.building_box.currentData()
        try:
            with self.desk.read(self.actor) as work:
                self.buildings = list_buildings(work)
        except AppError as err:
            self.say(error_text(err))
            self.buildings = []
        self.building_box.blockSignals(True)
        self.building_box.clear()
        for building in self.buildings:
            self.building_box.addItem(building.name, building.id)
        index = self.building_box.findData(keep)
        self.building_box.setCurrentIndex(index if index >= 0 else 0)
        # One building (the usual file): no choice to offer.
        self.building_box.setVisible(len(self.buildings) > 1)
        self.building_label.setVisible(len(self.buildings) > 1)
        self.building_box.blockSignals(False)
        self.load_floors()

    def building_id(self) -> int | None:
        value = self.building_box.currentData()
        return int(value) if value is not None else None

    def load_floors(self, select_id: int | None = None) -> None:
        chosen = self.floor()
        keep = select_id if select_id is not None else chosen.id if chosen else None
        building_id = self.building_id()
        rows: list[FloorEntry] = []
        if building_id is not None:
            try:
                with self.desk.read(self.actor) as work:
                    rows = editor_floors(work, building_id)
            except AppError as err:
                self.say(error_text(err))
        if not self.show_retired.isChecked():
            rows = [f for f in rows if f.retired_on is None]
        self.floors_model.set_rows(rows)
        ids = [f.id for f in rows]
        if rows:
            first_above = next((i for i, f in enumerate(rows) if f.level > 0), 0)
            self.floors_table.selectRow(ids.index(keep) if keep in ids else first_above)
        self.floors_table.resizeColumnsToContents()
        self.load_units()

    def load_units(self, select_ids: Sequence[int] = ()) -> None:
        floor = self.floor()
        keep = set(select_ids) or {u.id for u in self.selected_units()}
        rows: list[UnitEntry] = []
        if floor is not None:
            try:
                with self.desk.read(self.actor) as work:
                    rows = editor_units(work, floor.id)
            except AppError as err:
                self.say(error_text(err))
        if not self.show_retired.isChecked():
            rows = [u for u in rows if u.state != "retired"]
        self.units_model.set_rows(rows)
        selection = self.units_table.selectionModel()
        for index, unit in enumerate(rows):
            if unit.id in keep:
                selection.select(
                    self.units_model.index(index, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows
                )
        self.units_table.resizeColumnsToContents()
        self._enable()

    @Slot(object)
    def refresh(self, changes: ChangeSet) -> None:
        """Something was changed (here or at another desk): a unit let or given back changes what may be done."""
        if changes.buildings or changes.units:
            self.load()

    def floor(self) -> FloorEntry | None:
        model = self.floors_table.selectionModel()
        rows = model.selectedRows() if model else []
        return self.floors_model.row(rows[0].row()) if rows else None

    def selected_units(self) -> list[UnitEntry]:
        model = self.units_table.selectionModel()
        rows = sorted(index.row() for index in model.selectedRows()) if model else []
        return [self.units_model.row(r) for r in rows]

    def select_floor(self, label: str) -> None:
        for index, floor in enumerate(self.floors_model.rows()):
            if floor.label == label:
                self.floors_table.selectRow(index)

    def select_units(self, *numbers: str) -> None:
        self.units_table.clearSelection()
        selection = self.units_table.selectionModel()
        for index, unit in enumerate(self.units_model.rows()):
            if unit.number in numbers:
                selection.select(
                    self.units_model.index(index, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows
                )

    def say(self, text: str) -> None:
        self.message.setText(text)

    # -- what may be done -----------------------------------------------------------------------

    def _enable(self) -> None:
        may = self.desk.may(self.actor, Action.EDIT_BUILDING)
        floor = self.floor()
        units = self.selected_units()
        live_floor = floor is not None and floor.retired_on is None
        self._allow(self.add_floor_button, may and self.building_id() is not None, "")
        self._allow(self.rename_floor_button, may and live_floor, self.tr("Choose a floor in use."))
        self._allow(
            self.retire_floor_button,
            may and live_floor and floor is not None and floor.unit_count == 0,
            self.tr("Only a floor whose units are all retired or merged away can be retired."),
        )
        self._allow(self.add_unit_button, may and live_floor, self.tr("Choose a floor in use."))
        one = units[0] if len(units) == 1 else None
        self._allow(
            self.edit_unit_button,
            may and one is not None and one.state != "retired",
            self.tr("Choose one unit in use."),
        )
        vacant = one is not None and one.state == "vacant"
        self._allow(self.retire_unit_button, may and vacant, self._why_not(units, self.tr("Choose one vacant unit.")))
        self._allow(self.split_button, may and vacant, self._why_not(units, self.tr("Choose one vacant unit.")))
        all_vacant = len(units) >= 2 and all(u.state == "vacant" for u in units)
        self._allow(
            self.merge_button,
            may and all_vacant,
            self._why_not(units, self.tr("Choose two or more vacant units (Ctrl+click).")),
        )

    def _why_not(self, units: Sequence[UnitEntry], otherwise: str) -> str:
        let = next((u for u in units if u.state == "let"), None)
        if let is not None:
            return self.tr("Unit {unit} has a tenancy ({tenant}).").format(unit=let.number, tenant=let.tenant)
        return otherwise

    @staticmethod
    def _allow(button: QPushButton, allowed: bool, reason: str) -> None:
        button.setEnabled(allowed)
        button.setToolTip("" if allowed else reason)

    # -- what the buttons do --------------------------------------------------------------------

    def _form(self, dialog: Form, after: Callable[[object], None]) -> Form:
        self.say("")
        dialog.saved.connect(after)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def add_floor(self) -> AddFloorDialog | None:
        building_id = self.building_id()
        if building_id is None:
            return None
        levels = [f.level for f in self.floors_model.rows()]
        level = max(levels, default=0) + 1
        dialog = AddFloorDialog(self.desk, self.actor, building_id, level, self)
        return self._form(dialog, lambda floor: self.load_floors(select_id=floor.id))  # type: ignore[attr-defined]

    def rename_floor(self) -> RenameFloorDialog | None:
        floor = self.floor()
        if floor is None:
            return None
        return self._form(RenameFloorDialog(self.desk, self.actor, floor, self), lambda f: self.load_floors())

    def add_unit(self) -> AddUnitDialog | None:
        floor = self.floor()
        if floor is None:
            return None
        dialog = AddUnitDialog(self.desk, self.actor, floor, self)
        return self._form(dialog, lambda unit: self._after_units([unit.id]))  # type: ignore[attr-defined]

    def edit_unit(self) -> EditUnitDialog | None:
        units = self.selected_units()
        if len(units) != 1 or units[0].state == "retired" or not self.edit_unit_button.isEnabled():
            return None
        dialog = EditUnitDialog(self.desk, self.actor, units[0], self)
        return self._form(dialog, lambda unit: self._after_units([unit.id]))  # type: ignore[attr-defined]

    def merge(self) -> MergeUnitsDialog | None:
        units = self.selected_units()
        if len(units) < 2:
            return None
        dialog = MergeUnitsDialog(self.desk, self.actor, units, self)
        return self._form(dialog, lambda unit: self._after_units([unit.id]))  # type: ignore[attr-defined]

    def split(self) -> SplitUnitDialog | None:
        units = self.selected_units()
        if len(units) != 1:
            return None
        dialog = SplitUnitDialog(self.desk, self.actor, units[0], self)
        return self._form(dialog, lambda parts: self._after_units([p.id for p in parts]))  # type: ignore[attr-defined]

    def _after_units(self, ids: Sequence[int]) -> None:
        self.load_floors()
        self.units_table.clearSelection()
        self.load_units(select_ids=ids)

    def retire_unit(self) -> QDialog | None:
        units = self.selected_units()
        if len(units) != 1:
            return None
        unit = units[0]
        if unit.ever_let:
            text = self.tr(
                "Retire unit {unit}? It leaves the floor plan; its dossiers and history stay under its number."
            ).format(unit=unit.number)
        else:
            text = self.tr("Remove unit {unit}? It never had a tenant, so it is deleted.").format(unit=unit.number)
        return ask(self, text, self.tr("Retire"), lambda: self._removed(retire_unit, unit.id, unit.version))

    def retire_floor(self) -> QDialog | None:
        floor = self.floor()
        if floor is None:
            return None
        text = self.tr("Retire floor {floor}? It leaves the floor tabs; what was filed under it stays.").format(
            floor=floor.label
        )
        return ask(self, text, self.tr("Retire"), lambda: self._removed(retire_floor, floor.id, floor.version))

    def _removed(self, call: Callable[..., Removal], record_id: int, version: int) -> Removal | None:
        self.say("")
        try:
            with self.desk.work(self.actor) as work:
                removal = call(work, record_id, expected_version=version)
        except AppError as err:
            self.load_floors()
            self.say(error_text(err))
            return None
        self.load_floors()
        return removal
