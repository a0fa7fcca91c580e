"""The shape every editing dialog of a dossier shares.

Inputs are named by the app's field codes (``"document.title"``), so an ``AppError.field``
raised by the save lands beside the very input it is about. Problems show as you type, under
the input, and Save stays disabled while anything is wrong. Save is one app call in one unit
of work (one transaction); Cancel discards, nothing was written.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.desk import Actor, Desk, Work
from app.errors import AppError
from ui.translations import error_text

ERROR_STYLE = "color: #b00020;"
GENERAL = "general"


def date_pattern() -> str:
    """The interface language's short date form, with a four-digit year (dossiers span decades)."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def date_edit(parent: QWidget, day: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_pattern())
    edit.setDate(to_qdate(day or dt.date.today()))
    return edit


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def page_error(page: QWidget) -> QLabel:
    """A wizard page's line saying what is wrong on it (hidden until there is something to say)."""
    return error_label(page, "page")


def error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(f"error:{name}")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


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
        self.validate()

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

    def accept(self) -> None:
        if not self.validate():
            return
        try:
            with self.desk.work(self.actor) as work:
                result = self.save(work)
        except AppError as err:  # nothing was written: the unit of work rolled back
            self.show_app_error(err)
            return
        self.result_value = result
        self.saved.emit(result)
        super().accept()
