"""The forms' registers: one list window for the 18 form types (a chooser), with filters (building, floor, dates,
a text), the count and the sums of the money columns, Print list, New form…, Open… (edit) and Print form…."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.desk import Actor, ChangeSet, Desk
from app.errors import AppError
from app.forms import FormDef, FormFilter, FormRow, form_definitions, form_register, form_totals, value_text
from ui.fees.shown import PlaceChoice
from ui.form_dialog import optional_date, optional_date_edit
from ui.forms.editor import FormEditor, form_text, form_title
from ui.lists import RowsModel, lay_out_list_window, read_only_table
from ui.printing import ListPrinter, PrintoutBuilder
from ui.translations import error_text, form_label, format_date
from ui.window_parts import fit_to_screen

MAX_SHOWN = 1000  # rows shown at once; the count line says how many match


def shown_value(form: FormDef, key: str, value: Any) -> str:
    """A register cell in the interface language: choices and yes/no translated, money in yuan."""
    field = form.field(key)
    if field.type == "date" and value:
        return format_date(dt.date.fromisoformat(value))
    yes_no = (QCoreApplication.translate("FormEditor", "Yes"), QCoreApplication.translate("FormEditor", "No"))
    return value_text(field, value, choice_text=lambda c: form_text(c.en), yes_no=yes_no)


class FormRowsModel(RowsModel[FormRow]):
    """Date, place, customer, 经办人 and the form's own register columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form: FormDef | None = None

    def use(self, form: FormDef) -> None:
        self.form = form
        self._header_texts = None  # the columns follow the form type
        self.set_rows([])

    def headers(self) -> Sequence[str]:
        own = [form_text(self.form.field(key).en) for key in self.form.register] if self.form else []
        return (self.tr("Date"), self.tr("Floor"), self.tr("Unit"), self.tr("Customer"), self.tr("Handled by"), *own)

    def cell(self, row: FormRow, column: int) -> object:
        fixed = (format_date(row.form_date), row.floor, row.unit, row.customer, row.handled_by)
        if column < len(fixed):
            return fixed[column]
        assert self.form is not None
        key = self.form.register[column - len(fixed)]
        return shown_value(self.form, key, row.values.get(key))


class FormsRegister(QDialog):
    """Every filled form of a type, newest first; double-click (or Open…) edits one."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        open_dossier: Callable[[int], object] | None = None,
        parent: QWidget | None = None,
        *,
        code: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk, self.actor, self.open_dossier = desk, actor, open_dossier
        self.setObjectName("forms-register")
        self.setProperty("helpTopic", "forms")
        self.setWindowTitle(self.tr("Form registers"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("form-kind")
        for form in form_definitions().values():
            self.kind.addItem(form_title(form), form.code)
        if code is not None:
            self.kind.setCurrentIndex(max(self.kind.findData(code), 0))
        self.place = PlaceChoice(desk, actor, self)
        self.date_from = optional_date_edit(self, "date-from", self.tr("any day"))
        self.date_to = optional_date_edit(self, "date-to", self.tr("any day"))
        self.text = QLineEdit(self)
        self.text.setObjectName("text")
        self.text.setPlaceholderText(self.tr("Part of a value, customer or unit"))
        self.model = FormRowsModel(self)
        self.table = read_only_table(self.model, self, "form-rows")
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.printer = ListPrinter(
            desk, actor, self, self.table, self.tr("Form register"), subtitle=self.filter_text, file_name="forms.pdf"
        )
        self.prints = PrintoutBuilder(desk, actor, self)
        filters = QVBoxLayout()
        for pairs in (
            ((self.tr("&Form"), self.kind),),
            (
                (self.tr("&Building"), self.place.building),
                (self.tr("F&loor"), self.place.floor),
                (self.tr("F&rom"), self.date_from),
                (self.tr("&To"), self.date_to),
            ),
            ((self.tr("&Search"), self.text),),
        ):
            line = QHBoxLayout()
            for caption, widget in pairs:
                assert widget is not None
                label = QLabel(form_label(caption), self)
                label.setBuddy(widget)
                line.addWidget(label)
                line.addWidget(widget, 1 if widget in (self.kind, self.text) else 0)
            line.addStretch(0 if pairs[0][1] in (self.kind, self.text) else 1)
            filters.addLayout(line)
        actions = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New form…"), self)
        self.new_button.setObjectName("new-form")
        self.new_button.clicked.connect(lambda: self.new())
        self.open_button = QPushButton(self.tr("&Open…"), self)
        self.open_button.setObjectName("open-form")
        self.open_button.clicked.connect(lambda: self.edit())
        self.print_button = QPushButton(self.tr("Print &form…"), self)
        self.print_button.setObjectName("print-form")
        self.print_button.clicked.connect(lambda: self.print_form())
        self.blank_button = QPushButton(self.tr("Print &blank form…"), self)
        self.blank_button.setObjectName("print-blank")
        self.blank_button.clicked.connect(lambda: self.print_form(blank=True))
        for button in (self.new_button, self.open_button, self.print_button, self.blank_button):
            actions.addWidget(button)
        actions.addStretch(1)
        filters.addLayout(actions)
        self.count = lay_out_list_window(
            self, filters, self.table, self.printer.button(self), self.printer.export_button(self)
        )
        self.finished.connect(lambda _result: (self.printer.cleanup(), self.prints.cleanup()))
        self.kind.currentIndexChanged.connect(lambda _i: self.load())
        assert self.place.floor is not None
        for combo in (self.place.building, self.place.floor):
            combo.currentIndexChanged.connect(lambda _i: self.load())
        self.date_from.dateChanged.connect(lambda _d: self.load())
        self.date_to.dateChanged.connect(lambda _d: self.load())
        self.text.textChanged.connect(lambda _t: self.load())
        fit_to_screen(self, 1000, 600)
        self.load()

    def code(self) -> str:
        return str(self.kind.currentData())

    def wanted(self) -> FormFilter:
        return FormFilter(
            code=self.code(),
            building_id=self.place.building_id(),
            floor_id=self.place.floor_id(),
            date_from=optional_date(self.date_from),
            date_to=optional_date(self.date_to),
            text=self.text.text(),
        )

    def load(self) -> None:
        form = form_definitions()[self.code()]
        if self.model.form is not form:
            self.model.use(form)
        try:
            with self.desk.read(self.actor) as work:
                wanted = self.wanted()
                rows = form_register(work, wanted, limit=MAX_SHOWN)
                totals = form_totals(work, wanted)
        except AppError as err:
            self.model.set_rows([])
            self.count.setText(error_text(err))
            return
        self.model.set_rows(rows)
        text = self.tr("%n form(s).", "", totals.records)
        sums = [
            f"{form_text(form.field(key).en)} ¥{fen // 100:,}.{fen % 100:02d}" for key, fen in totals.money_fen.items()
        ]
        self.count.setText("  ".join([text, *sums]))

    def refresh(self, changes: ChangeSet | None = None) -> None:
        if changes is None or changes.dossiers or changes.units or changes.documents or "form" in changes.registers:
            self.load()

    def filter_text(self) -> str:
        return "  ".join(p for p in (self.kind.currentText(), self.place.text(), self.count.text()) if p)

    def selected(self) -> FormRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def new(self) -> FormEditor:
        editor = FormEditor(self.desk, self.actor, self.code(), parent=self)
        editor.saved.connect(lambda _info: self.load())
        editor.open()
        return editor

    def edit(self) -> FormEditor | None:
        row = self.selected()
        if row is None:
            return None
        editor = FormEditor(self.desk, self.actor, row.code, record_id=row.id, parent=self)
        editor.saved.connect(lambda _info: self.load())
        editor.open()
        return editor

    def print_form(self, *, blank: bool = False) -> PrintoutBuilder:
        row = None if blank else self.selected()
        if not blank and row is None:
            return self.prints
        preview_form(self.prints, self.code(), None if row is None else row.id, None if row is None else row.dossier_id)
        return self.prints


def preview_form(builder: PrintoutBuilder, code: str, record_id: int | None, dossier_id: int | None) -> bool:
    """Build the form (filled from ``record_id``, else blank) off the UI thread and open it in the print preview."""

    def build(work: Any, target: Any) -> None:
        from app.forms import print_form  # when used: the printout brings reportlab

        print_form(work, code, target, record_id=record_id)

    form = form_definitions()[code]
    title = form_text(form.title_en)
    return builder.build(build, f"{code}-{record_id or 'blank'}.pdf", title, dossier_id=dossier_id)
