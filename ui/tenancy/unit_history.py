"""A unit's history: everyone who has occupied it, newest first; double-click opens their dossier."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from app.desk import Actor, Desk
from app.dossier import DOSSIER_STATUS_NAMES
from app.errors import AppError
from app.tenancy import UnitStay, unit_history, unit_place
from ui.printing import ListPrinter, ListText
from ui.translations import app_text, format_date

STAY_ROLE = Qt.ItemDataRole.UserRole + 1


class UnitHistoryList(QTreeWidget):
    """The tenancies of one unit (who, from–to, dossier status)."""

    dossier_chosen = Signal(int)

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.unit_id: int | None = None
        self.stays: list[UnitStay] = []
        self.setObjectName("unit-history")
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHeaderHidden(True)  # two lines an entry: the panel beside the grid is narrow
        self.setColumnCount(1)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)  # the tooltip has the whole name
        self.setToolTip(self.tr("Everyone who has occupied this unit; double-click opens their dossier."))
        self.itemActivated.connect(self._activated)
        # Print from the list's context menu (or the Print shortcut while it has focus): the panel
        # beside the grid has no room for a button. The list is printed in columns, not as shown.
        self.list_printer = ListPrinter(
            desk,
            actor,
            self,
            self.list_text,
            lambda: self.tr("Unit history"),
            subtitle=self.place,
            file_name="unit-history.pdf",
        )
        self.list_printer.action.setEnabled(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def show_unit(self, unit_id: int | None) -> None:
        self.unit_id = unit_id
        self.clear()
        self.stays = []
        self.list_printer.action.setEnabled(unit_id is not None)
        if unit_id is None:
            return
        try:
            with self.desk.read(self.actor) as work:
                self.stays = unit_history(work, unit_id)
        except AppError:
            return
        for stay in self.stays:
            until = format_date(stay.end) if stay.end else self.tr("today")
            status = app_text("status", DOSSIER_STATUS_NAMES.get(stay.dossier_status or "", stay.dossier_status or ""))
            # Three short lines, not two long ones: the panel beside the grid is narrow, and a status after the
            # dates was cut to "已…" on a 1366-pixel screen.
            text = f"{stay.customer}\n{format_date(stay.start)} – {until}\n{status or '—'}"
            item = QTreeWidgetItem([text])
            item.setData(0, STAY_ROLE, stay.dossier_id)
            item.setToolTip(0, f"{text}\n{stay.dossier_number or ''}")  # the whole of what may be cut
            item.setSizeHint(0, QSize(0, 3 * self.fontMetrics().lineSpacing() + 8))
            self.addTopLevelItem(item)

    def place(self) -> str:
        if self.unit_id is None:
            return ""
        try:
            with self.desk.read(self.actor) as work:
                return unit_place(work, self.unit_id)
        except AppError:
            return ""

    def list_text(self) -> ListText:
        """One row a tenancy, with what the two-line entries on screen hold, in columns."""
        if self.unit_id is None:
            return ListText([])
        headers = [self.tr("Customer"), self.tr("From"), self.tr("To"), self.tr("Status"), self.tr("Dossier")]
        rows = []
        for stay in self.stays:
            status = app_text("status", DOSSIER_STATUS_NAMES.get(stay.dossier_status or "", stay.dossier_status or ""))
            rows.append(
                [
                    stay.customer,
                    format_date(stay.start),
                    format_date(stay.end) if stay.end else self.tr("today"),
                    status or "—",
                    stay.dossier_number or "",
                ]
            )
        return ListText(headers, rows)

    def print_list(self) -> bool:
        return self.list_printer.print_list()

    def customers(self) -> list[str]:
        return [stay.customer for stay in self.stays]

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        dossier_id = item.data(0, STAY_ROLE)
        if isinstance(dossier_id, int):
            self.dossier_chosen.emit(dossier_id)
