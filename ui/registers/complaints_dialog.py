"""Receiving a complaint (投诉, R13): from a unit card's menu or a dossier's tab, the unit, customer, date and time
and channel filled in, the cursor in the complaint itself."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.desk import Actor, Desk
from app.errors import AppError
from app.registers import ComplaintInfo, receive_complaint
from ui.registers.repairs_dialog import datetime_edit, edited_datetime, unit_combo
from ui.registers.service import COMPLAINT_CHANNEL_NAMES, fill_combo, lay_out_new_record
from ui.translations import error_text


class ReceiveComplaintDialog(QDialog):
    """A new complaint about a unit's tenant (or, from a dossier, its tenancy)."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        units: Sequence[tuple[int, str]],
        customer: str,
        parent: QWidget | None = None,
        *,
        tenancy_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk, self.actor, self.tenancy_id = desk, actor, tenancy_id
        self.saved: ComplaintInfo | None = None
        self.setObjectName("receive-complaint")
        self.setProperty("helpTopic", "services")
        self.setWindowTitle(self.tr("Receive a complaint"))
        self.unit = unit_combo(self, units)
        self.customer = QLabel(customer or self.tr("(vacant)"), self)
        self.customer.setObjectName("customer")
        self.received_at = datetime_edit(self, desk.clock(), "received-at")
        self.channel = QComboBox(self)
        self.channel.setObjectName("channel")
        fill_combo(self.channel, COMPLAINT_CHANNEL_NAMES, "phone")
        self.content = QLineEdit(self)
        self.content.setObjectName("content")
        self.complainant = QLineEdit(self)
        self.complainant.setObjectName("complainant")
        self.error, self.save_button = lay_out_new_record(
            self,
            (
                (self.tr("&Unit"), self.unit),
                (self.tr("Customer"), self.customer),
                (self.tr("C&omplaint"), self.content),
                (self.tr("Com&plainant"), self.complainant),
                (self.tr("&Channel"), self.channel),
                (self.tr("Received &at"), self.received_at),
            ),
            "complaint",
            self.tr("&Save"),
            self.save,
        )
        self.content.setFocus()

    def save(self) -> None:
        try:
            with self.desk.work(self.actor) as work:
                self.saved = receive_complaint(
                    work,
                    self.channel.currentData(),
                    self.complainant.text(),
                    self.content.text(),
                    unit_id=self.unit.currentData(),
                    tenancy_id=self.tenancy_id,
                    received_at=edited_datetime(self.received_at),
                )
        except AppError as err:
            self.error.setText(error_text(err))
            self.error.setVisible(True)
            return
        self.accept()
