"""The move-in wizard's papers page: the move-in checklist, each paper's scan (dropped on its row), original or
copy, and where the paper is."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.dossier import DocumentInput, RequirementInfo
from ui import places
from ui.form_dialog import page_error

if TYPE_CHECKING:
    from ui.tenancy.move_in_wizard import MoveInWizard


class FileEdit(QLineEdit):
    """A scan file's path: typed, browsed for, or dropped from the file manager."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setPlaceholderText(self.tr("Drop a scan here or browse"))
        self.setClearButtonEnabled(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            self.setText(files[0])
            event.acceptProposedAction()
        else:
            super().dropEvent(event)


class PapersPage(QWizardPage):
    """The move-in checklist: which papers came in, their scan, original or copy, where the paper is."""

    RECEIVED, SCAN, ORIGINAL, LOCATION = range(4)

    def __init__(self, wizard: MoveInWizard, items: Sequence[RequirementInfo]) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.items = list(items)
        self.setTitle(self.tr("Move-in papers"))
        self.setSubTitle(self.tr("Tick each paper received; a scan is optional (drop a file on its row)."))
        self.table = QTableWidget(len(self.items), 4, self)
        self.table.setObjectName("papers")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Received"), self.tr("Scan"), self.tr("Original or copy"), self.tr("Paper location")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.RECEIVED, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.SCAN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.ORIGINAL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.LOCATION, QHeaderView.ResizeMode.Stretch)
        self.received: list[QTableWidgetItem] = []
        self.scans: list[FileEdit] = []
        self.originals: list[QComboBox] = []
        self.locations: list[QLineEdit] = []
        for row, item in enumerate(self.items):
            tick = QTableWidgetItem(item.title)
            tick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            tick.setCheckState(Qt.CheckState.Unchecked)
            tick.setToolTip(item.title)
            self.table.setItem(row, self.RECEIVED, tick)
            self.received.append(tick)
            cell = QWidget(self.table)
            scan = FileEdit(cell)
            scan.setObjectName(f"scan-{item.code}")
            scan.textChanged.connect(lambda text, r=row: self._scan_given(r, text))
            browse = QPushButton(self.tr("…"), cell)
            browse.setToolTip(self.tr("Choose a scan file"))
            browse.setMaximumWidth(32)
            browse.clicked.connect(lambda _checked=False, r=row: self._browse(r))
            line = QHBoxLayout(cell)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(scan, 1)
            line.addWidget(browse)
            self.table.setCellWidget(row, self.SCAN, cell)
            self.scans.append(scan)
            original = QComboBox(self.table)
            original.addItem(self.tr("Copy"), False)
            original.addItem(self.tr("Original"), True)
            self.table.setCellWidget(row, self.ORIGINAL, original)
            self.originals.append(original)
            location = QLineEdit(self.table)
            location.setObjectName(f"location-{item.code}")
            self.table.setCellWidget(row, self.LOCATION, location)
            self.locations.append(location)
        self.table.resizeRowsToContents()
        self.error = page_error(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        self.table.itemChanged.connect(lambda _item: self.error.setVisible(False))

    def _scan_given(self, row: int, text: str) -> None:
        if text.strip():
            self.received[row].setCheckState(Qt.CheckState.Checked)
        self.error.setVisible(False)

    def _browse(self, row: int) -> None:
        settings = places.window_settings(self)
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a scan"),
            str(places.start_folder("scans", settings)),
            self.tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"),
        )
        if name:
            places.remember_folder("scans", settings, Path(name))
            self.scans[row].setText(name)

    def tick(self, code: str, received: bool = True) -> None:
        row = next(i for i, item in enumerate(self.items) if item.code == code)
        self.received[row].setCheckState(Qt.CheckState.Checked if received else Qt.CheckState.Unchecked)

    def papers(self, day: dt.date) -> list[tuple[DocumentInput, list[Path]]]:
        """A document for every paper ticked as received."""
        found = []
        for row, item in enumerate(self.items):
            if self.received[row].checkState() != Qt.CheckState.Checked:
                continue
            scan = self.scans[row].text().strip()
            data = DocumentInput(
                category=item.category,
                doc_date=day,
                title=item.title,
                is_original=bool(self.originals[row].currentData()),
                paper_location=self.locations[row].text(),
                requirement=item.code,
            )
            found.append((data, [Path(scan)] if scan else []))
        return found
