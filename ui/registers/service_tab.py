"""A dossier's "Repairs & complaints" tab (报修与投诉, R11/R13): the tenancy's repairs, complaints and violations, each
a list with its state; the chosen record's next-step buttons and history under it; "Report repair…" one click away
for a dossier opened by quick find or a scanned label."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget

from app.desk import Actor, Desk
from app.errors import AppError
from app.registers import PlaceFilter
from ui.lists import PagedRowsModel, read_only_table
from ui.registers.complaints_dialog import ReceiveComplaintDialog
from ui.registers.repairs_dialog import ReportRepairDialog
from ui.registers.service import RecordPanel, may_record
from ui.registers.service_lists import MODELS, rows_of
from ui.registers.violations_dialog import RecordViolationDialog
from ui.translations import error_text

REGISTERS = ("repair", "complaint", "violation")


class _Pane(QWidget):
    """One register's list of the tenancy and the chosen record under it."""

    def __init__(self, desk: Desk, actor: Actor, register: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.desk, self.actor, self.register = desk, actor, register
        self.setObjectName(f"{register}-pane")
        self.model: PagedRowsModel[Any] = MODELS[register](self)
        self.table: QTableView = read_only_table(self.model, self, f"{register}-rows")
        self.panel = RecordPanel(desk, actor, register, self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _old: self._chosen(current.row()))

    def _chosen(self, number: int) -> None:
        record_id = self.model.row(number).id if 0 <= number < self.model.rowCount() else None
        if record_id != (self.panel.record.id if self.panel.record is not None else None):
            self.panel.show_record(record_id)

    def load(self, tenancy_id: int, choose: int | None = None) -> None:
        """Read the tenancy's records again; keep (or move to ``choose``) the chosen one."""
        chosen = choose if choose is not None else (self.panel.record.id if self.panel.record is not None else None)
        desk, actor, register = self.desk, self.actor, self.register
        place = PlaceFilter(tenancy_id=tenancy_id)

        def read(offset: int, limit: int) -> list[Any]:
            with desk.read(actor) as work:
                return rows_of(register, work, place, {}, offset, limit)

        rows = read(0, 1000)  # one tenancy's records: a few dozen at most over the years
        self.model.show(lambda offset, limit: rows[offset : offset + limit], len(rows), keep=len(rows))
        ids = [row.id for row in rows]
        if chosen in ids:
            index = self.model.index(ids.index(chosen), 0)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.panel.show_record(chosen)
        else:
            self.panel.show_record(None)


class ServiceSection(QWidget):
    """The tab: buttons to record a new repair, complaint or violation, and the three lists."""

    def __init__(self, desk: Desk, actor: Actor, tenancy_id: int, dossier_id: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setProperty("helpTopic", "services")  # F1: the user guide's page
        self.desk, self.actor, self.tenancy_id, self.dossier_id = desk, actor, tenancy_id, dossier_id
        self.setObjectName("service-section")
        self.units: Sequence[tuple[int, str]] = ()  # the tenancy's units now (set by the dossier page)
        self.customer = ""
        self.report_button = QPushButton(self.tr("Report &repair…"), self)
        self.report_button.setObjectName("report-repair")
        self.report_button.clicked.connect(lambda: self.report_repair())
        self.complaint_button = QPushButton(self.tr("Receive com&plaint…"), self)
        self.complaint_button.setObjectName("receive-complaint")
        self.complaint_button.clicked.connect(lambda: self.receive_complaint())
        self.violation_button = QPushButton(self.tr("Record &violation…"), self)
        self.violation_button.setObjectName("record-violation")
        self.violation_button.clicked.connect(lambda: self.record_violation())
        top = QHBoxLayout()
        for button in (self.report_button, self.complaint_button, self.violation_button):
            top.addWidget(button)
        top.addStretch(1)
        self.lists = QTabWidget(self)
        self.lists.setObjectName("service-lists")
        self.panes = {register: _Pane(desk, actor, register, self.lists) for register in REGISTERS}
        self.lists.addTab(self.panes["repair"], self.tr("Repairs"))
        self.lists.addTab(self.panes["complaint"], self.tr("Complaints"))
        self.lists.addTab(self.panes["violation"], self.tr("Violations"))
        for pane in self.panes.values():
            pane.panel.changed.connect(self.reload)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.lists, 1)

    def set_place(self, units: Sequence[tuple[int, str]], customer: str, live: bool) -> None:
        self.units, self.customer = list(units), customer
        for button, register in (
            (self.report_button, "repair"),
            (self.complaint_button, "complaint"),
            (self.violation_button, "violation"),
        ):
            button.setEnabled(live and bool(self.units) and may_record(self.desk, self.actor, register))

    def reload(self, chosen: dict[str, int] | None = None) -> None:
        try:
            for register, pane in self.panes.items():
                pane.load(self.tenancy_id, (chosen or {}).get(register))
        except AppError as err:  # the file went away or became unreadable: say so, keep the page
            self.setToolTip(error_text(err))

    def _opened(self, dialog: QDialog, register: str) -> None:
        def saved() -> None:
            record = getattr(dialog, "saved", None)
            self.lists.setCurrentWidget(self.panes[register])
            self.reload({register: record.id} if record is not None else None)

        dialog.accepted.connect(saved)
        dialog.open()

    def report_repair(self) -> ReportRepairDialog:
        dialog = ReportRepairDialog(self.desk, self.actor, self.units, self.customer, self)
        self._opened(dialog, "repair")
        return dialog

    def receive_complaint(self) -> ReceiveComplaintDialog:
        dialog = ReceiveComplaintDialog(
            self.desk, self.actor, self.units, self.customer, self, tenancy_id=self.tenancy_id
        )
        self._opened(dialog, "complaint")
        return dialog

    def record_violation(self) -> RecordViolationDialog:
        dialog = RecordViolationDialog(self.desk, self.actor, self.units, self.customer, self)
        self._opened(dialog, "violation")
        return dialog
