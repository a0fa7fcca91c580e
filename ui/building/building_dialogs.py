"""The building editor's small forms: a floor added or renamed, a unit added or corrected, units merged or split.

Each is one app call in one unit of work (``FormDialog``); the app's refusals appear beside the input they name.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QSpinBox, QWidget

from app.building import (
    MAX_FLOORS,
    FloorEntry,
    UnitEntry,
    add_floor,
    add_unit,
    edit_unit,
    editor_floors,
    editor_units,
    merge_units,
    rename_floor,
    split_unit,
)
from app.desk import Actor, Desk, Work
from ui.form_dialog import FormDialog, error_label

MAX_PARTS = 6
# Uses the set-up wrote as codes (app.building.create_building): shown and typed in the interface's words.
USE_NAMES = {
    "office": QT_TRANSLATE_NOOP("UnitUse", "office"),
    "storage": QT_TRANSLATE_NOOP("UnitUse", "storage"),
    "shop": QT_TRANSLATE_NOOP("UnitUse", "shop"),
}


def use_shown(use: str) -> str:
    """A unit's use in the interface's words (a code the set-up wrote, translated; anything typed, as typed)."""
    return QCoreApplication.translate("UnitUse", USE_NAMES[use]) if use in USE_NAMES else use


def use_code(text: str) -> str:
    """What to store for a use typed or left as shown: the code when it is one of the known uses' names."""
    text = text.strip()
    for code, name in USE_NAMES.items():
        if text in (code, QCoreApplication.translate("UnitUse", name)):
            return code
    return text


def parse_area(text: str) -> Decimal | None:
    """The area as typed: empty is "not known", else square metres (a comma as decimal mark is taken too)."""
    text = text.strip().replace(",", ".").removesuffix("m²").strip()
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite() or value < 0:
        raise ValueError(text)
    return value


def area_text(area: Decimal | None) -> str:
    return "" if area is None else f"{area.normalize():f}"


def area_edit(parent: QWidget, area: Decimal | None = None) -> QLineEdit:
    edit = QLineEdit(area_text(area), parent)
    edit.setMaxLength(12)
    return edit


class _AreaChecks(FormDialog):
    def area_problem(self, problems: dict[str, str], field: str, edit: QLineEdit) -> Decimal | None:
        try:
            return parse_area(edit.text())
        except ValueError:
            problems[field] = self.tr("A number of square metres, like 85.5.")
            return None


class AddFloorDialog(FormDialog):
    """A new floor: its level (the order in the building) and the name people use for it."""

    def __init__(self, desk: Desk, actor: Actor, building_id: int, level: int, parent: QWidget | None = None) -> None:
        super().__init__(desk, actor, parent)
        self.building_id = building_id
        self.setObjectName("add-floor-dialog")
        self.setWindowTitle(self.tr("Add a floor"))
        self.level = QSpinBox(self)
        self.level.setRange(-10, MAX_FLOORS)
        self.level.setValue(level)
        self.label = QLineEdit(self)
        self.label.setMaxLength(20)
        self.add_row("floor.level", self.tr("&Level (−1 = B1):"), self.level)
        self.add_row("floor.label", self.tr("&Name:"), self.label)
        self.label.setPlaceholderText(self.tr("empty: as usual, e.g. 21F or B2"))
        self.finish()

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if self.level.value() == 0:
            problems["floor.level"] = self.tr("There is no floor 0.")
        return problems

    def save(self, work: Work) -> FloorEntry:
        return add_floor(work, self.building_id, self.level.value(), self.label.text())


class RenameFloorDialog(FormDialog):
    def __init__(self, desk: Desk, actor: Actor, floor: FloorEntry, parent: QWidget | None = None) -> None:
        super().__init__(desk, actor, parent)
        self.floor = floor
        self.setObjectName("rename-floor-dialog")
        self.setWindowTitle(self.tr("Rename floor {floor}").format(floor=floor.label))
        self.label = QLineEdit(floor.label, self)
        self.label.setMaxLength(20)
        self.add_row("floor.label", self.tr("&Name:"), self.label)
        self.finish()

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        self.required(problems, "floor.label", self.label.text())
        return problems

    def reload(self, work: Work) -> None:
        self.floor = next(f for f in editor_floors(work, self.floor.building_id) if f.id == self.floor.id)
        self.label.setText(self.floor.label)

    def save(self, work: Work) -> FloorEntry:
        return rename_floor(work, self.floor.id, self.label.text(), expected_version=self.floor.version)


class AddUnitDialog(_AreaChecks):
    def __init__(self, desk: Desk, actor: Actor, floor: FloorEntry, parent: QWidget | None = None) -> None:
        super().__init__(desk, actor, parent)
        self.floor = floor
        self.setObjectName("add-unit-dialog")
        self.setWindowTitle(self.tr("Add a unit on {floor}").format(floor=floor.label))
        self.number = QLineEdit(self)
        self.number.setMaxLength(20)
        self.area = area_edit(self)
        self.use = QLineEdit(use_shown("office" if floor.level > 0 else "storage"), self)
        self.use.setMaxLength(50)
        self.add_row("unit.number", self.tr("&Number:"), self.number)
        self.add_row("unit.area", self.tr("&Area (m²):"), self.area)
        self.add_row("unit.use", self.tr("&Use:"), self.use)
        self.finish()

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        self.required(problems, "unit.number", self.number.text())
        self.area_problem(problems, "unit.area", self.area)
        return problems

    def save(self, work: Work) -> UnitEntry:
        return add_unit(
            work, self.floor.id, self.number.text(), parse_area(self.area.text()), use_code(self.use.text())
        )


class EditUnitDialog(_AreaChecks):
    """A unit's area and use corrected; its number only while it was never let (it is on the tenants' papers)."""

    def __init__(self, desk: Desk, actor: Actor, unit: UnitEntry, parent: QWidget | None = None) -> None:
        super().__init__(desk, actor, parent)
        self.unit = unit
        self.setObjectName("edit-unit-dialog")
        self.setWindowTitle(self.tr("Edit unit {unit}").format(unit=unit.number))
        self.number = QLineEdit(unit.number, self)
        self.number.setMaxLength(20)
        self.area = area_edit(self, unit.area)
        self.use = QLineEdit(use_shown(unit.use), self)
        self.use.setMaxLength(50)
        self.add_row("unit.number", self.tr("&Number:"), self.number)
        self.add_row("unit.area", self.tr("&Area (m²):"), self.area)
        self.add_row("unit.use", self.tr("&Use:"), self.use)
        self._lock_number()
        self.finish()

    def _lock_number(self) -> None:
        self.number.setReadOnly(self.unit.ever_let)
        self.number.setToolTip(
            self.tr("This unit has had tenants: its number is on their papers and stays.") if self.unit.ever_let else ""
        )

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        self.required(problems, "unit.number", self.number.text())
        self.area_problem(problems, "unit.area", self.area)
        return problems

    def reload(self, work: Work) -> None:
        self.unit = next(u for u in editor_units(work, self.unit.floor_id) if u.id == self.unit.id)
        self.number.setText(self.unit.number)
        self.area.setText(area_text(self.unit.area))
        self.use.setText(use_shown(self.unit.use))
        self._lock_number()

    def save(self, work: Work) -> UnitEntry:
        return edit_unit(
            work,
            self.unit.id,
            number=self.number.text(),
            area=parse_area(self.area.text()),
            use=use_code(self.use.text()),
            expected_version=self.unit.version,
        )


class MergeUnitsDialog(FormDialog):
    """Two or more vacant units of one floor become one, with their summed area; the old ones are retired."""

    def __init__(self, desk: Desk, actor: Actor, units: Sequence[UnitEntry], parent: QWidget | None = None) -> None:
        super().__init__(desk, actor, parent)
        self.units = list(units)
        self.setObjectName("merge-units-dialog")
        self.setWindowTitle(self.tr("Merge units"))
        numbers = "、".join(u.number for u in self.units)
        areas = [u.area for u in self.units]
        total = sum((a for a in areas if a is not None), Decimal(0)) if all(a is not None for a in areas) else None
        self.number = QLineEdit("-".join(u.number for u in self.units)[:20], self)
        self.number.setMaxLength(20)
        self.add_row("unit.number", self.tr("&New number:"), self.number)
        self.total = QLabel(
            self.tr("{area} m²").format(area=area_text(total)) if total is not None else self.tr("not known")
        )
        self.total.setObjectName("merged-area")
        self.form.addRow(self.tr("Area:"), self.total)
        note = QLabel(
            self.tr(
                "Units {units} become one. They are retired: their dossiers and history stay under their numbers."
            ).format(units=numbers),
            self,
        )
        note.setWordWrap(True)
        self.finish(note)
        self.save_button.setText(self.tr("Merge"))

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        self.required(problems, "unit.number", self.number.text())
        return problems

    def save(self, work: Work) -> UnitEntry:
        return merge_units(work, [u.id for u in self.units], self.number.text())


class SplitUnitDialog(_AreaChecks):
    """One vacant unit becomes several, each with its number and area; the old one is retired."""

    def __init__(self, desk: Desk, actor: Actor, unit: UnitEntry, parent: QWidget | None = None) -> None:
        super().__init__(desk, actor, parent)
        self.unit = unit
        self.setObjectName("split-unit-dialog")
        self.setWindowTitle(self.tr("Split unit {unit}").format(unit=unit.number))
        self.count = QSpinBox(self)
        self.count.setRange(2, MAX_PARTS)
        self.add_row("parts", self.tr("&Parts:"), self.count)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Number"), self), 0, 1)
        grid.addWidget(QLabel(self.tr("Area (m²)"), self), 0, 2)
        self.numbers: list[QLineEdit] = []
        self.areas: list[QLineEdit] = []
        self.captions: list[QLabel] = []
        for index in range(MAX_PARTS):
            caption = QLabel(self.tr("Part {n}").format(n=index + 1), self)
            number = QLineEdit(f"{unit.number}{chr(ord('A') + index)}", self)
            number.setObjectName(f"part-number-{index + 1}")
            number.setMaxLength(20)
            area = area_edit(self)
            area.setObjectName(f"part-area-{index + 1}")
            for widget in (number, area):
                self.watch("parts", widget)
            grid.addWidget(caption, index + 1, 0)
            grid.addWidget(number, index + 1, 1)
            grid.addWidget(area, index + 1, 2)
            self.captions.append(caption)
            self.numbers.append(number)
            self.areas.append(area)
        holder = QWidget(self)
        holder.setLayout(grid)
        self.form.addRow(holder)
        self.errors["unit.number"] = error_label(self, "unit.number")
        self.form.addRow("", self.errors["unit.number"])
        self.errors["unit.area"] = error_label(self, "unit.area")
        self.form.addRow("", self.errors["unit.area"])
        total = (
            self.tr("{area} m²").format(area=area_text(unit.area)) if unit.area is not None else self.tr("not known")
        )
        note = QLabel(
            self.tr("Unit {unit} ({area}) is retired: its dossiers and history stay under its number.").format(
                unit=unit.number, area=total
            ),
            self,
        )
        note.setWordWrap(True)
        self.count.valueChanged.connect(self._show_parts)
        self._show_parts()
        self.finish(note)
        self.save_button.setText(self.tr("Split"))

    def _show_parts(self) -> None:
        # The rows are all there from the start (the dialog keeps its size); only the unused ones are hidden.
        for index in range(MAX_PARTS):
            shown = index < self.count.value()
            for widget in (self.captions[index], self.numbers[index], self.areas[index]):
                widget.setEnabled(shown)
                widget.setVisible(shown)

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        for index in range(self.count.value()):
            if not self.numbers[index].text().strip():
                problems["unit.number"] = self.tr("Every part needs a number.") if "parts" in self.touched else ""
            self.area_problem(problems, "unit.area", self.areas[index])
        return problems

    def parts(self) -> list[tuple[str, Decimal | None]]:
        return [(self.numbers[i].text(), parse_area(self.areas[i].text())) for i in range(self.count.value())]

    def save(self, work: Work) -> list[UnitEntry]:
        return split_unit(work, self.unit.id, self.parts())
