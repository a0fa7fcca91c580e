"""A new loan request (R8): which dossiers, who borrows them, for what, until when; it waits for the manager."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import building, dossier
from app.desk import Actor, Desk
from app.errors import AppError, NotFound
from app.loans import MAX_BORROWER, MAX_DEPARTMENT, MAX_PURPOSE, LoanInfo, request_loan
from ui.form_dialog import date_edit, error_label, from_qdate
from ui.translations import error_text, form_label

DOSSIER_ROLE = Qt.ItemDataRole.UserRole + 1  # the dossier id behind a line of the list


class LoanRequestDialog(QDialog):
    """Fill in the request; ``loan`` is the request made (waiting for the department manager's approval)."""

    def __init__(
        self, desk: Desk, actor: Actor, chosen: Sequence[tuple[int, str]] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.loan: LoanInfo | None = None
        self.setObjectName("loan-request")
        self.setWindowTitle(self.tr("New loan"))
        self.dossier_list = QListWidget(self)
        self.dossier_list.setObjectName("dossiers")
        self.dossier_list.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        for dossier_id, text in chosen:
            self._add(dossier_id, text)
        self.find_edit = QLineEdit(self)
        self.find_edit.setObjectName("find-dossier")
        self.find_edit.setPlaceholderText(self.tr("Dossier number or unit, e.g. 0801"))
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setObjectName("add-dossier")
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setObjectName("remove-dossier")
        self.add_button.clicked.connect(self.add_typed)
        self.find_edit.returnPressed.connect(self.add_typed)
        self.remove_button.clicked.connect(self.remove_selected)
        finder = QHBoxLayout()
        finder.addWidget(self.find_edit, 1)
        finder.addWidget(self.add_button)
        finder.addWidget(self.remove_button)

        self.borrower_edit = QLineEdit(self)
        self.borrower_edit.setObjectName("borrower")
        self.borrower_edit.setMaxLength(MAX_BORROWER)
        self.department_edit = QLineEdit(self)
        self.department_edit.setObjectName("department")
        self.department_edit.setMaxLength(MAX_DEPARTMENT)
        self.purpose_edit = QLineEdit(self)
        self.purpose_edit.setObjectName("purpose")
        self.purpose_edit.setMaxLength(MAX_PURPOSE)
        today = desk.clock().date()
        self.return_edit = date_edit(self, today)
        self.return_edit.setObjectName("expected-return")
        self.return_edit.setMinimumDate(self.return_edit.date())
        self.in_office_check = QCheckBox(self.tr("Read in the office only"), self)
        self.in_office_check.setObjectName("in-office-only")
        self.in_office_check.setChecked(True)
        form = QFormLayout()
        form.addRow(form_label(self.tr("Dossiers")), self.dossier_list)
        form.addRow("", finder)
        form.addRow(form_label(self.tr("&Borrower")), self.borrower_edit)
        form.addRow(form_label(self.tr("&Department")), self.department_edit)
        form.addRow(form_label(self.tr("&Purpose")), self.purpose_edit)
        form.addRow(form_label(self.tr("Return &by")), self.return_edit)
        form.addRow("", self.in_office_check)
        self.error = error_label(self, "error", room=2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ask_button = self.buttons.addButton(
            self.tr("Ask the manager's &approval"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ask_button.setObjectName("ask")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.borrower_edit.setFocus()

    def _add(self, dossier_id: int, text: str) -> None:
        if dossier_id in self.dossier_ids():
            return
        item = QListWidgetItem(text, self.dossier_list)
        item.setData(DOSSIER_ROLE, dossier_id)

    def dossier_ids(self) -> list[int]:
        return [int(self.dossier_list.item(r).data(DOSSIER_ROLE)) for r in range(self.dossier_list.count())]

    def add_typed(self) -> None:
        """Add the dossier typed: its number (or 案卷号), or a unit's current dossier."""
        typed = self.find_edit.text().strip()
        if not typed:
            return
        try:
            with self.desk.read(self.actor) as work:
                try:
                    found = dossier.find_dossier_by_number(work, typed)
                except NotFound:
                    (unit_id,) = building.find_units(work, [typed])
                    found = dossier.find_dossier_for_unit(work, unit_id)
                view = dossier.read_dossier(work, found)
        except AppError as err:
            self._show(error_text(err))
            return
        self._add(found, f"{view.number}  {view.customer.name}（{view.unit}）")
        self.find_edit.clear()
        self.error.hide()

    def remove_selected(self) -> None:
        for item in self.dossier_list.selectedItems():
            self.dossier_list.takeItem(self.dossier_list.row(item))

    def expected_return(self) -> dt.date:
        return from_qdate(self.return_edit.date())

    def accept(self) -> None:
        try:
            with self.desk.work(self.actor) as work:
                self.loan = request_loan(
                    work,
                    self.dossier_ids(),
                    self.borrower_edit.text(),
                    self.department_edit.text(),
                    self.purpose_edit.text(),
                    self.expected_return(),
                    in_office_only=self.in_office_check.isChecked(),
                )
        except AppError as err:
            self._show(error_text(err))
            return
        super().accept()

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
