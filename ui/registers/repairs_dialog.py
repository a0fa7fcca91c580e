"""Reporting a repair (报修): opened from a unit card's menu or a dossier's tab with the unit, the customer, the
date and time and the channel (phone) filled in and the cursor in "What needs repair", so logging one is the
typing and Enter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.desk import Actor, Desk
from app.errors import AppError
from app.registers import RepairInfo, report_repair
from ui.registers.service import REPAIR_CHANNEL_NAMES, URGENCY_NAMES, fill_combo, lay_out_new_record
from ui.translations import error_text


def datetime_edit(parent: QWidget, at: dt.datetime, name: str) -> QDateTimeEdit:
    edit = QDateTimeEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setDateTime(QDateTime(at.year, at.month, at.day, at.hour, at.minute, 0))
    return edit


def edited_datetime(edit: QDateTimeEdit) -> dt.datetime:
    value = edit.dateTime()
    day, time = value.date(), value.time()
    return dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())


def unit_combo(parent: QWidget, units: Sequence[tuple[int, str]]) -> QComboBox:
    """The unit the record is about: the only one, or the tenancy's units to choose from."""
    combo = QComboBox(parent)
    combo.setObjectName("unit")
    for unit_id, number in units:
        combo.addItem(number, unit_id)
    combo.setEnabled(len(units) > 1)
    return combo


class ReportRepairDialog(QDialog):
    """A new repair: unit, customer, when and how it was reported filled in; what, where, who and how urgent typed."""

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
        self.saved: RepairInfo | None = None
        self.setObjectName("report-repair")
        self.setProperty("helpTopic", "services")
        self.setWindowTitle(self.tr("Report a repair"))
        self.unit = unit_combo(self, units)
        self.customer = QLabel(customer or self.tr("(vacant)"), self)
        self.customer.setObjectName("customer")
        self.reported_at = datetime_edit(self, desk.clock(), "reported-at")
        self.channel = QComboBox(self)
        self.channel.setObjectName("channel")
        fill_combo(self.channel, REPAIR_CHANNEL_NAMES, "phone")
        self.urgency = QComboBox(self)
        self.urgency.setObjectName("urgency")
        fill_combo(self.urgency, URGENCY_NAMES, "normal")
        self.what = QLineEdit(self)
        self.what.setObjectName("what")
        self.what.setPlaceholderText(self.tr("e.g. the air conditioner in the meeting room leaks"))
        self.location = QLineEdit(self)
        self.location.setObjectName("location")
        self.reported_by = QLineEdit(self)
        self.reported_by.setObjectName("reported-by")
        self.error, self.save_button = lay_out_new_record(
            self,
            (
                (self.tr("&Unit"), self.unit),
                (self.tr("Customer"), self.customer),
                (self.tr("&What needs repair"), self.what),
                (self.tr("Wh&ere in the unit"), self.location),
                (self.tr("Reported &by"), self.reported_by),
                (self.tr("&Channel"), self.channel),
                (self.tr("Ur&gency"), self.urgency),
                (self.tr("Reported &at"), self.reported_at),
            ),
            "repair",
            self.tr("&Save"),
            self.save,
        )
        self.what.setFocus()

    def save(self) -> None:
        try:
            with self.desk.work(self.actor) as work:
                self.saved = report_repair(
                    work,
                    self.unit.currentData(),
                    self.channel.currentData(),
                    self.urgency.currentData(),
                    self.reported_by.text(),
                    self.what.text(),
                    self.location.text(),
                    edited_datetime(self.reported_at),
                )
        except AppError as err:
            self.error.setText(error_text(err))
            self.error.setVisible(True)
            return
        self.accept()
