"""The one form editor: built from a form's definition (resources/forms), for any of the 18 forms of R12.

Each field becomes the input of its type (a line, a text box, a date, a choice, yes/no, an editable table with Add
row / Remove row); required fields are marked with *; the app checks the values on Save and its message shows beside
the field it names (``form.<key>``). The labels are the definition's English ones, translated (context "forms").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.building import find_units
from app.customers import specimens_beside
from app.desk import Actor, Desk, Work
from app.errors import AppError
from app.forms import FieldDef, FormDef, FormInfo, FormInput, form_definition, read_form, record_form, update_form
from ui.customers import SpecimensPanel
from ui.form_dialog import FormDialog, date_edit, from_qdate, optional_date, optional_date_edit, to_qdate
from ui.translations import error_text, form_label
from ui.window_parts import fit_to_screen


def form_text(text: str) -> str:
    """A form's English title, label or choice in the interface language (context "forms": app/forms/labels.py)."""
    return QCoreApplication.translate("forms", text)


def form_title(form: FormDef) -> str:
    return f"{form_text(form.title_en)} ({form.code})"


class TableInput(QWidget):
    """A table field: an editable table (a choice or yes/no column as a drop-down) with Add row and Remove row."""

    def __init__(self, field: FieldDef, parent: QWidget) -> None:
        super().__init__(parent)
        self.field = field
        self.table = QTableWidget(0, len(field.columns), self)
        self.table.setObjectName(f"table:{field.key}")
        self.table.setHorizontalHeaderLabels([form_text(c.en) + (" *" if c.required else "") for c in field.columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(140)
        self.add_button = QPushButton(self.tr("&Add row"), self)
        self.add_button.setObjectName(f"add-row:{field.key}")
        self.add_button.clicked.connect(lambda: self.add_row({}))
        self.remove_button = QPushButton(self.tr("&Remove row"), self)
        self.remove_button.setObjectName(f"remove-row:{field.key}")
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, values: dict[str, Any]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for n, column in enumerate(self.field.columns):
            value = values.get(column.key)
            if column.type in ("choice", "yes_no"):
                combo = choice_combo(column, self.table)
                combo.setCurrentIndex(max(combo.findData(value), 0))
                self.table.setCellWidget(row, n, combo)
            else:
                self.table.setItem(row, n, QTableWidgetItem("" if value is None else _typed(column, value)))

    def remove_row(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows or [self.table.rowCount() - 1]:
            if row >= 0:
                self.table.removeRow(row)

    def rows(self) -> list[dict[str, Any]]:
        found = []
        for row in range(self.table.rowCount()):
            values: dict[str, Any] = {}
            for n, column in enumerate(self.field.columns):
                widget = self.table.cellWidget(row, n)
                if isinstance(widget, QComboBox):
                    values[column.key] = widget.currentData()
                else:
                    item = self.table.item(row, n)
                    values[column.key] = item.text() if item is not None else ""
            found.append(values)
        return found

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.table.setRowCount(0)
        for row in rows:
            self.add_row(row)


def _typed(field: FieldDef, value: Any) -> str:
    """A stored value as typed into a line: money in yuan, the rest as it is."""
    if field.type == "money":
        return f"{int(value) // 100}.{int(value) % 100:02d}"
    return str(value)


def choice_combo(field: FieldDef, parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem("", None)  # not chosen yet
    if field.type == "yes_no":
        combo.addItem(QCoreApplication.translate("FormEditor", "Yes"), True)
        combo.addItem(QCoreApplication.translate("FormEditor", "No"), False)
    for choice in field.choices:
        combo.addItem(form_text(choice.en), choice.value)
    return combo


class FormEditor(FormDialog):
    """Fill in a new form of ``code`` (for a tenancy or unit), or change the filled form ``record_id``."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        code: str,
        *,
        record_id: int | None = None,
        tenancy_id: int | None = None,
        unit_id: int | None = None,
        place: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(desk, actor, parent)
        self.form_def = form_definition(code)
        self.record_id, self.tenancy_id, self.unit_id = record_id, tenancy_id, unit_id
        self.version = 0
        self.setObjectName("form-editor")
        self.setProperty("helpTopic", "forms")
        self.setWindowTitle(form_title(self.form_def))
        today = desk.clock().date()
        self.place = QLabel(place, self)
        self.place.setObjectName("place")
        self.place.setWordWrap(True)
        self.form_date = date_edit(self, today)
        self.add_row("form.form_date", form_label(self.tr("Date of the form") + " *"), self.form_date)
        self.handled_by = QLineEdit(actor.display_name, self)
        self.add_row("form.handled_by", form_label(self.tr("Handled by")), self.handled_by)
        # A new form opened with nobody in front (from the register) asks for the unit it is about.
        self.unit_number: QLineEdit | None = None
        if record_id is None and tenancy_id is None and unit_id is None:
            self.unit_number = QLineEdit(self)
            self.unit_number.setPlaceholderText(self.tr("e.g. 1201; empty for none"))
            self.add_row("form.unit", form_label(self.tr("Unit")), self.unit_number)
        self.fields: dict[str, QWidget] = {}
        for field in self.form_def.fields:
            self.fields[field.key] = widget = self._input(field, today)
            caption = form_label(form_text(field.en) + (" *" if field.required else ""))
            self.add_row(f"form.{field.key}", caption, widget)
        self.file = QCheckBox(self.tr("&File it in the customer's dossier"), self)
        self.file.setObjectName("file")
        self.file.setChecked(tenancy_id is not None or unit_id is not None)
        if self.unit_number is not None:
            self.unit_number.textChanged.connect(lambda text: self.file.setChecked(bool(text.strip())))
        self.file.setVisible(record_id is None)
        if record_id is not None:
            with desk.read(actor) as work:
                self.reload(work)
        self.finish(self.place, below=(self.file,))
        # issue 20: the customer's signatures and seals beside the form, to compare with the paper handed in.
        self.specimens = SpecimensPanel(desk, actor, self)
        self._scrollable()
        self.form_date.dateChanged.connect(self._specimens_day)
        if self.unit_number is not None:
            self.unit_number.editingFinished.connect(self._show_specimens)
        self._show_specimens()
        # A form with a wide table (31302's contacts: order, name, relation, mobile, landline, address) opens wide
        # enough that a mobile number is read whole, not elided; the screen's width still bounds it.
        wide = any(len(f.columns) >= 4 for f in self.form_def.fields)
        fit_to_screen(self, (940 if wide else 640) + self.specimens.width(), 720)

    def _scrollable(self) -> None:
        """A long form (31301) scrolls inside the dialog, the buttons stay in view on a 768-pixel screen."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.removeItem(self.form)
        inner = QWidget(self)
        inner.setLayout(self.form)
        scroll = QScrollArea(self)
        scroll.setObjectName("form-scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        beside = QHBoxLayout()
        beside.addWidget(scroll, 1)
        beside.addWidget(self.specimens)
        layout.insertLayout(1, beside, 1)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetDefaultConstraint)

    def _input(self, field: FieldDef, today: dt.date) -> QWidget:
        if field.type == "long_text":
            box = QPlainTextEdit(self)
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 4 + 12)
            return box
        if field.type == "date":
            edit = optional_date_edit(self, f"form.{field.key}", self.tr("none"))
            if field.required:
                edit.setDate(to_qdate(today))
            return edit
        if field.type in ("choice", "yes_no"):
            return choice_combo(field, self)
        if field.type == "table":
            return TableInput(field, self)
        return QLineEdit(self)

    # -- the specimens beside it (issue 20) -----------------------------------------------------

    def _show_specimens(self) -> None:
        """Read the specimens of the form's customer: its tenancy's, or the tenant of the unit on the form's date."""
        day = from_qdate(self.form_date.date())
        try:
            with self.desk.read(self.actor) as work:
                unit_id = self.unit_id
                if self.unit_number is not None:
                    number = self.unit_number.text().strip()
                    unit_id = find_units(work, [number])[0] if number else None
                sheet = specimens_beside(work, tenancy_id=self.tenancy_id, unit_id=unit_id, on=day)
        except AppError:  # a unit number not (yet) found: nobody to compare with; Save says what is wrong
            sheet = None
        self.specimens.show_sheet(sheet, day)

    def _specimens_day(self) -> None:
        if self.tenancy_id is None:  # a unit's tenant depends on the day
            self._show_specimens()
        else:
            self.specimens.set_day(from_qdate(self.form_date.date()))

    # -- values ---------------------------------------------------------------------------------

    def form_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for key, widget in self.fields.items():
            if isinstance(widget, TableInput):
                values[key] = widget.rows()
            elif isinstance(widget, QPlainTextEdit):
                values[key] = widget.toPlainText()
            elif isinstance(widget, QDateEdit):
                day = optional_date(widget)
                values[key] = day.isoformat() if day else ""
            elif isinstance(widget, QComboBox):
                values[key] = widget.currentData()
            elif isinstance(widget, QLineEdit):
                values[key] = widget.text()
        return values

    def fill(self, info: FormInfo) -> None:
        self.form_date.setDate(to_qdate(info.form_date))
        self.handled_by.setText(info.handled_by)
        for field in self.form_def.fields:
            widget, value = self.fields[field.key], info.values.get(field.key)
            if isinstance(widget, TableInput):
                widget.set_rows(value or [])
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
            elif isinstance(widget, QDateEdit):
                if value:
                    widget.setDate(to_qdate(dt.date.fromisoformat(value)))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(widget.findData(value), 0))
            elif isinstance(widget, QLineEdit):
                widget.setText("" if value is None else _typed(field, value))

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        for field in self.form_def.fields:
            widget = self.fields[field.key]
            if field.required and isinstance(widget, QLineEdit | QPlainTextEdit):
                text = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
                self.required(problems, f"form.{field.key}", text)
        return problems

    # -- saving ---------------------------------------------------------------------------------

    def show_app_error(self, err: AppError) -> None:
        # A table cell's error (form.<key>.<column>) shows under its table.
        if err.field and err.field not in self.errors and err.field.count(".") == 2:
            field = err.field.rsplit(".", 1)[0]
            if field in self.errors:
                self._app_errors[field] = error_text(err)
                self.validate()
                return
        super().show_app_error(err)

    def save(self, work: Work) -> object:
        if self.unit_number is not None:
            number = self.unit_number.text().strip()
            self.unit_id = find_units(work, [number])[0] if number else None
        data = FormInput(
            code=self.form_def.code,
            form_date=from_qdate(self.form_date.date()),
            values=self.form_values(),
            handled_by=self.handled_by.text(),
            tenancy_id=self.tenancy_id,
            unit_id=self.unit_id,
        )
        if self.record_id is None:
            return record_form(work, data, file=self.file.isChecked())
        return update_form(work, self.record_id, data, expect_version=self.version)

    def reload(self, work: Work) -> None:
        assert self.record_id is not None
        info = read_form(work, self.record_id)
        self.version = info.version
        self.tenancy_id, self.unit_id = info.tenancy_id, info.unit_id
        where = "  ".join(p for p in (info.customer, " ".join(x for x in (info.floor, info.unit) if x)) if p)
        self.place.setText(where)
        self.fill(info)
