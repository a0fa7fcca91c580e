"""The shape every editing dialog of a dossier shares.

Inputs are named by the app's field codes (``"document.title"``), so an ``AppError.field``
raised by the save lands beside the very input it is about. Problems show as you type, under
the input, and Save stays disabled while anything is wrong. Save is one app call in one unit
of work (one transaction); Cancel discards, nothing was written.

A record someone else changed while the form was open is never overwritten: the app refuses the
save (``ChangedMeanwhile``), the form reloads the record and keeps what the person typed, notes
beside an input where both changed it, and says so; the next Save stores the merged form.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.desk import Actor, Desk, Work
from app.dossier import CATEGORIES
from app.errors import AppError, ChangedMeanwhile
from ui.translations import app_text, error_text

ERROR_STYLE = "color: #b00020;"
GENERAL = "general"


def date_pattern() -> str:
    """The interface language's short date form, with a four-digit year (dossiers span decades)."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def category_box(parent: QWidget) -> QComboBox:
    """Every document category of R3/R11, in the regulation's order, shown in the interface language."""
    box = QComboBox(parent)
    for category in CATEGORIES:
        box.addItem(app_text("category", category.name), category.code)
    return box


def date_edit(parent: QWidget, day: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_pattern())
    edit.setDate(to_qdate(day or dt.date.today()))
    return edit


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


# A date filter at its minimum shows "any day" and does not filter (the audit log, the search page).
NO_DATE = QDate(2000, 1, 1)


def optional_date_edit(parent: QWidget, name: str, any_day: str) -> QDateEdit:
    """A date edit for a filter: a calendar, the user's date pattern, and ``any_day`` (translated by the caller)
    shown at ``NO_DATE``, where it starts."""
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_pattern())
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(any_day)
    edit.setDate(NO_DATE)
    return edit


def optional_date(edit: QDateEdit) -> dt.date | None:
    """The day an ``optional_date_edit`` holds, None for "any day"."""
    return None if edit.date() == NO_DATE else from_qdate(edit.date())


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def page_error(page: QWidget) -> QLabel:
    """A wizard page's line saying what is wrong on it (hidden until there is something to say)."""
    return error_label(page, "page")


def error_label(parent: QWidget, name: str, *, room: int = 0) -> QLabel:
    """A red line saying what is wrong, hidden until there is something to say. ``room``: lines of room kept for it
    while hidden, so that a message coming and going never moves the buttons under the mouse."""
    label = QLabel(parent)
    label.setObjectName(f"error:{name}")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    if room:
        policy = label.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        label.setSizePolicy(policy)
        label.setMinimumHeight(label.fontMetrics().lineSpacing() * room)
    return label


def input_value(widget: QWidget) -> object:
    """What an input holds, comparable between two readings; None for a widget that is not a plain input."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentData() if widget.currentData() is not None else widget.currentIndex()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QDateEdit):
        return widget.date()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    return None


def set_input_value(widget: QWidget, value: object) -> None:
    """Put back a value ``input_value`` read (the input's own signals fire, so the form re-checks)."""
    if isinstance(widget, QLineEdit) and isinstance(value, str):
        widget.setText(value)
    elif isinstance(widget, QPlainTextEdit) and isinstance(value, str):
        widget.setPlainText(value)
    elif isinstance(widget, QComboBox):
        index = widget.findData(value)
        widget.setCurrentIndex(index if index >= 0 else value if isinstance(value, int) else widget.currentIndex())
    elif isinstance(widget, QSpinBox) and isinstance(value, int):
        widget.setValue(value)
    elif isinstance(widget, QDateEdit) and isinstance(value, QDate):
        widget.setDate(value)
    elif isinstance(widget, QCheckBox) and isinstance(value, bool):
        widget.setChecked(value)


def shown_value(widget: QWidget, value: object) -> str:
    """A value as the input shows it (a choice by its caption, a date in the interface's form)."""
    if isinstance(widget, QComboBox):
        index = widget.findData(value)
        return widget.itemText(index) if index >= 0 else str(value)
    if isinstance(widget, QCheckBox):
        # A module function has no class for tr(): name the context lupdate files these under.
        if value:
            return QCoreApplication.translate("FormDialog", "yes")
        return QCoreApplication.translate("FormDialog", "no")
    if isinstance(widget, QDateEdit) and isinstance(value, QDate):
        return QLocale().toString(value, widget.displayFormat())
    if isinstance(widget, QSpinBox) and isinstance(value, int) and value == widget.minimum():
        return widget.specialValueText() or str(value)
    return str(value)


class FormDialog(QDialog):
    """Subclasses add inputs with ``add_row``, say what is wrong in ``problems`` and write in ``save``."""

    saved = Signal(object)  # the app call's result, after the commit

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.result_value: object = None
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.touched: set[str] = set()
        self._app_errors: dict[str, str] = {}
        self._read: dict[str, object] = {}  # every input as the record was read: what the person changed since
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors[GENERAL] = error_label(self, GENERAL)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # -- building the form ----------------------------------------------------------------------

    def add_row(self, field: str, caption: str, widget: QWidget) -> None:
        """An input with its error label right under it; edits re-check the whole form."""
        widget.setObjectName(field)
        self.inputs[field] = widget
        self.form.addRow(caption, widget)
        self.errors[field] = error_label(self, field)
        self.form.addRow("", self.errors[field])  # in the input column, right under its input
        self.watch(field, widget)

    def add_reveal(self, edit: QLineEdit, name: str, reveal: Callable[[], object]) -> QPushButton:
        """A Reveal button beside ``edit`` (an ID number shown masked, R16): ``reveal`` shows it in full, audited.

        The button is named ``name``, hidden until the dialog knows the number is masked, and never the default
        button (Enter still saves).
        """
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form.replaceWidget(edit, row)
        layout.addWidget(edit, 1)
        button = QPushButton(self.tr("&Reveal"), row)
        button.setObjectName(name)
        button.setToolTip(self.tr("Show the whole number; the audit log records that you looked."))
        button.setAutoDefault(False)
        button.clicked.connect(reveal)
        button.setVisible(False)
        layout.addWidget(button)
        return button

    def watch(self, field: str, widget: QWidget) -> None:
        """Re-check the form when ``widget`` changes, counting it as an edit of ``field``."""

        def edited(*_args: Any) -> None:
            self.touched.add(field)
            self._app_errors.pop(field, None)
            self._app_errors.pop(GENERAL, None)
            self.validate()

        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.textChanged.connect(edited)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(edited)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(edited)
        elif isinstance(widget, QDateEdit):
            widget.dateChanged.connect(edited)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(edited)

    def finish(self, *above: QWidget, below: tuple[QWidget, ...] = ()) -> None:
        """Lay out: optional notes above the form, the form, anything below, the general error, the buttons."""
        layout = QVBoxLayout(self)
        # Grow when a message or an optional row appears, rather than squeezing the inputs together.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        for widget in above:
            layout.addWidget(widget)
        layout.addLayout(self.form)
        for widget in below:
            layout.addWidget(widget)
        layout.addWidget(self.errors[GENERAL])
        layout.addWidget(self.buttons)
        self._read = self.values()
        self.validate()

    # -- the inputs' values, whatever their kind ------------------------------------------------

    def values(self) -> dict[str, object]:
        """Every input's value (inputs of a kind without one, e.g. a list of scans, left out)."""
        found = {}
        for field, widget in self.inputs.items():
            value = input_value(widget)
            if value is not None:
                found[field] = value
        return found

    # -- checking -------------------------------------------------------------------------------

    def problems(self) -> dict[str, str]:
        """Field → what is wrong. An empty text means "not done yet" (Save disabled, nothing shown)."""
        return {}

    def required(self, problems: dict[str, str], field: str, value: str) -> None:
        """A required input: say so once the clerk has been in it, stay quiet on a fresh form."""
        if not value.strip():
            problems[field] = self.tr("Required.") if field in self.touched else ""

    def validate(self) -> bool:
        problems = self.problems()
        for field, label in self.errors.items():
            text = self._app_errors.get(field) or problems.get(field, "")
            label.setText(text)
            if field == GENERAL:
                label.setVisible(bool(text))
            else:  # the whole row, so a hidden message takes no room between the inputs
                self.form.setRowVisible(label, bool(text))
        ok = not problems
        self.save_button.setEnabled(ok)
        return ok

    def show_app_error(self, err: AppError) -> None:
        """Put the app's message beside the input it names (or under the form if it names none shown here)."""
        field = err.field if err.field in self.errors else GENERAL
        self._app_errors[field] = error_text(err)
        self.validate()
        widget = self.inputs.get(field)
        if widget is not None:
            widget.setFocus()

    # -- saving ---------------------------------------------------------------------------------

    def save(self, work: Work) -> object:
        raise NotImplementedError

    def reload(self, work: Work) -> None:
        """Read the edited record again and fill the inputs from it; a dialog that edits a record says how.

        A dialog that makes something new has nothing to re-read: the inputs stay as typed.
        """

    def accept(self) -> None:
        if not self.validate():
            return
        try:
            with self.desk.work(self.actor) as work:
                result = self.save(work)
        except ChangedMeanwhile as err:
            self.merge_changes(err)
            return
        except AppError as err:  # nothing was written: the unit of work rolled back
            self.show_app_error(err)
            return
        self.result_value = result
        self.saved.emit(result)
        super().accept()

    def merge_changes(self, err: AppError) -> None:
        """Someone saved this record meanwhile: show theirs, keep what the person typed, and say so.

        An input the person left alone takes the new value; an input they changed keeps their entry,
        with a note beside it when the other desk changed it too.
        """
        mine = self.values()
        try:
            with self.desk.read(self.actor) as work:
                self.reload(work)
        except AppError as again:  # e.g. it went to the trash meanwhile: that says more
            self.show_app_error(again)
            return
        theirs = self.values()
        notes: dict[str, str] = {}
        for field, value in mine.items():
            if value == self._read.get(field):
                continue  # not changed here: the other desk's value stands
            set_input_value(self.inputs[field], value)
            if theirs.get(field) not in (self._read.get(field), value):
                notes[field] = self.tr("Changed meanwhile at another desk to “{value}”; your entry is kept.").format(
                    value=shown_value(self.inputs[field], theirs[field])
                )
        self._read = theirs
        self._app_errors = notes
        self.show_app_error(err)
