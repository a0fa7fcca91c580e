"""Missing papers on a floor (R16): each live dossier and the move-in checklist items it lacks."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.desk import Actor, Desk
from app.dossier import MissingRow, floor_missing_report
from ui.printing import ListPrinter

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MissingReportDialog(QDialog):
    """Double-click (or Enter) on a row opens its dossier (``dossier_chosen``)."""

    dossier_chosen = Signal(int)

    def __init__(
        self, desk: Desk, actor: Actor, floor_id: int, floor_label: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.floor_id = floor_id
        self.rows: list[MissingRow] = []
        self.setObjectName("missing-report")
        self.setWindowTitle(self.tr("Missing papers — {floor}").format(floor=floor_label))
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("missing-rows")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Unit"), self.tr("Dossier"), self.tr("Customer"), self.tr("Missing papers")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        # The report goes round the floor on paper: the title names the floor, the summary says how many.
        self.list_printer = ListPrinter(
            desk,
            actor,
            self,
            self.table,
            self.windowTitle(),
            subtitle=self.summary.text,
            file_name="missing-papers.pdf",
        )
        self.print_button = self.list_printer.button(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button = self.list_printer.export_button(self)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 460)
        self.refresh()

    def refresh(self, _changes: object = None) -> None:
        with self.desk.read(self.actor) as work:
            self.rows = floor_missing_report(work, self.floor_id)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            missing = "；".join(item.title for item in row.missing)
            for c, value in enumerate((row.unit, row.dossier_number, row.customer, missing)):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, row.dossier_id)
                item.setToolTip(value)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        self.summary.setText(
            self.tr("%n live dossier(s) on this floor lack move-in papers.", "", len(self.rows))
            if self.rows
            else self.tr("Every live dossier on this floor holds all its move-in papers.")
        )

    def print_list(self) -> bool:
        return self.list_printer.print_list()

    def done(self, result: int) -> None:
        self.list_printer.cleanup()
        super().done(result)

    def _activated(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.rows):
            self.dossier_chosen.emit(self.rows[index.row()].dossier_id)
