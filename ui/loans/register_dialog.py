"""Which period the loan register (档案借阅登记表) is printed for: a month by default, or any days."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from ui.form_dialog import date_edit, error_label, from_qdate
from ui.translations import form_label


class RegisterPeriodDialog(QDialog):
    """From and to, this month's first and last day to begin with."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("register-period")
        self.setWindowTitle(self.tr("Print the loan register"))
        from app.loans import month_period  # here: its module is the printout's (reportlab), not needed to start

        first, last = month_period(today.year, today.month)
        self.first_edit = date_edit(self, first)
        self.first_edit.setObjectName("first")
        self.last_edit = date_edit(self, last)
        self.last_edit.setObjectName("last")
        form = QFormLayout()
        form.addRow(form_label(self.tr("&From")), self.first_edit)
        form.addRow(form_label(self.tr("&To")), self.last_edit)
        self.error = error_label(self, "error", room=2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.print_button = self.buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button.setObjectName("print")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def period(self) -> tuple[dt.date, dt.date]:
        return from_qdate(self.first_edit.date()), from_qdate(self.last_edit.date())

    def accept(self) -> None:
        first, last = self.period()
        if last < first:
            self.error.setText(self.tr("The period ends before it begins."))
            self.error.show()
            return
        super().accept()
