"""Editing the move-in checklist (supervisor, manager, administrator): titles, order, categories, retiring.

Items are never deleted (documents point at them): unticking "In use" retires one. Save is one
app call (``save_checklist``) in one unit of work. A checklist changed meanwhile at another desk is
reloaded with the lines edited here kept, and saved only when Save is pressed again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.desk import Actor, Desk
from app.dossier import CATEGORIES, ChecklistItem, RequirementInfo, checklist, save_checklist
from app.errors import AppError, ChangedMeanwhile
from ui.form_dialog import error_label
from ui.translations import app_text, error_text

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class ChecklistDialog(QDialog):
    TITLE, CATEGORY, ACTIVE = range(3)

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.result_value: list[RequirementInfo] | None = None
        self.setObjectName("checklist-dialog")
        self.setWindowTitle(self.tr("Move-in checklist"))
        note = QLabel(
            self.tr("The papers every new dossier must hold. Untick “In use” to retire an item; it is kept."), self
        )
        note.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("checklist")
        self.table.setHorizontalHeaderLabels([self.tr("Paper"), self.tr("Category"), self.tr("In use")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.CATEGORY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.ACTIVE, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("&Add item"), self)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.down_button = QPushButton(self.tr("Move &down"), self)
        self.add_button.clicked.connect(lambda: self.add_item(self.tr("New paper"), "move_in"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        side = QVBoxLayout()
        for button in (self.add_button, self.up_button, self.down_button):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(side)
        self.error = error_label(self, "requirement.title")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(row, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        with desk.read(actor) as work:
            self.read_items = checklist(work, include_inactive=True)  # as read: what changed here, and since
        for info in self.read_items:
            self.add_item(info.title, info.category, info.code, info.active)
        self.resize(720, 420)

    def add_item(self, title: str, category: str, code: str | None = None, active: bool = True) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._fill(row, title, category, code, active)
        return row

    def _fill(self, row: int, title: str, category: str, code: str | None, active: bool) -> None:
        item = QTableWidgetItem(title)
        item.setData(CODE_ROLE, code)
        self.table.setItem(row, self.TITLE, item)
        box = QComboBox(self.table)
        for cat in CATEGORIES:
            box.addItem(app_text("category", cat.name), cat.code)
        box.setCurrentIndex(max(0, box.findData(category)))
        self.table.setCellWidget(row, self.CATEGORY, box)
        tick = QTableWidgetItem()
        tick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
        tick.setCheckState(Qt.CheckState.Checked if active else Qt.CheckState.Unchecked)
        self.table.setItem(row, self.ACTIVE, tick)

    def items(self) -> list[ChecklistItem]:
        found = []
        for row in range(self.table.rowCount()):
            title = self.table.item(row, self.TITLE)
            box = self.table.cellWidget(row, self.CATEGORY)
            tick = self.table.item(row, self.ACTIVE)
            assert isinstance(box, QComboBox)
            found.append(
                ChecklistItem(
                    title=title.text(),
                    category=str(box.currentData()),
                    code=title.data(CODE_ROLE),
                    active=tick.checkState() == Qt.CheckState.Checked,
                )
            )
        return found

    def move_selected(self, step: int) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        row = rows[0].row()
        other = row + step
        if not 0 <= other < self.table.rowCount():
            return
        items = self.items()
        items[row], items[other] = items[other], items[row]
        for r in (row, other):
            self._fill(r, items[r].title, items[r].category, items[r].code, items[r].active)
        self.table.selectRow(other)

    def accept(self) -> None:
        versions = {info.code: info.version for info in self.read_items}
        try:
            with self.desk.work(self.actor) as work:
                self.result_value = save_checklist(work, self.items(), expected_versions=versions)
        except ChangedMeanwhile as err:
            self.merge_changes()
            self.show_error(err)
            return
        except AppError as err:
            self.show_error(err)
            return
        super().accept()

    def show_error(self, err: AppError) -> None:
        self.error.setText(error_text(err))
        self.error.setVisible(True)

    def merge_changes(self) -> None:
        """The checklist as saved meanwhile at another desk, with what was changed here kept: each line's
        edited title, category or "In use", the order if it was changed here, and the lines added here."""
        mine = self.items()
        read = {info.code: info for info in self.read_items}
        with self.desk.read(self.actor) as work:
            theirs = checklist(work, include_inactive=True)
        mine_by_code = {item.code: item for item in mine if item.code is not None}
        merged: dict[str, ChecklistItem] = {}
        for info in theirs:
            item = ChecklistItem(info.title, info.category, info.code, info.active)
            edited, before = mine_by_code.get(info.code), read.get(info.code)
            if edited is not None and before is not None:
                item = ChecklistItem(
                    edited.title if edited.title != before.title else info.title,
                    edited.category if edited.category != before.category else info.category,
                    info.code,
                    edited.active if edited.active != before.active else info.active,
                )
            merged[info.code] = item
        my_order = [code for code in mine_by_code if code in merged]
        if my_order != [info.code for info in self.read_items if info.code in merged]:  # reordered here
            codes = my_order + [code for code in merged if code not in my_order]
        else:
            codes = list(merged)
        self.read_items = theirs
        self.table.setRowCount(0)
        for item in [merged[code] for code in codes] + [item for item in mine if item.code is None]:
            self.add_item(item.title, item.category, item.code, item.active)
