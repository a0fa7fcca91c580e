"""Recording a violation (违规) found in a unit: what, and on which day."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.desk import Actor, Desk
from app.errors import AppError
from app.registers import ViolationInfo, record_violation
from ui.form_dialog import date_edit, from_qdate
from ui.registers.repairs_dialog import unit_combo
from ui.registers.service import lay_out_new_record
from ui.translations import error_text


class RecordViolationDialog(QDialog):
    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        units: Sequence[tuple[int, str]],
        customer: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk, self.actor = desk, actor
        self.saved: ViolationInfo | None = None
        self.setObjectName("record-violation")
        self.setProperty("helpTopic", "services")
        self.setWindowTitle(self.tr("Record a violation"))
        self.unit = unit_combo(self, units)
        self.customer = QLabel(customer or self.tr("(vacant)"), self)
        self.customer.setObjectName("customer")
        self.what = QLineEdit(self)
        self.what.setObjectName("what")
        self.found_on = date_edit(self, desk.clock().date())
        self.found_on.setObjectName("found-on")
        self.error, self.save_button = lay_out_new_record(
            self,
            (
                (self.tr("&Unit"), self.unit),
                (self.tr("Customer"), self.customer),
                (self.tr("&Violation"), self.what),
                (self.tr("&Found on"), self.found_on),
            ),
            "violation",
            self.tr("&Save"),
            self.save,
        )
        self.what.setFocus()

    def save(self) -> None:
        try:
            with self.desk.work(self.actor) as work:
                self.saved = record_violation(
                    work, self.unit.currentData(), self.what.text(), from_qdate(self.found_on.date())
                )
        except AppError as err:
            self.error.setText(error_text(err))
            self.error.setVisible(True)
            return
        self.accept()
