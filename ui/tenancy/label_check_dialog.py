"""The label check (R5): every live dossier whose printed label is not the current company name."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.desk import Actor, Desk
from app.tenancy import LabelRow, label_check
from ui.printing import ListPrinter
from ui.tenancy.labels_dialog import CHOSEN, LabelsDialog
from ui.translations import format_date

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class LabelCheckDialog(QDialog):
    """Lists what needs a new label; Print selected / Print all open the labels dialog for those,
    Print list… prints the list itself."""

    NUMBER, UNITS, FLOOR, CURRENT, PRINTED = range(5)

    def __init__(self, desk: Desk, actor: Actor, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.settings = settings
        self.rows: list[LabelRow] = []
        self.labels_dialog: LabelsDialog | None = None
        self.setObjectName("label-check")
        self.setProperty("helpTopic", "labels")  # F1: the user guide's page
        self.setWindowTitle(self.tr("Label check"))
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("label-rows")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Dossier"),
                self.tr("Unit(s)"),
                self.tr("Floor"),
                self.tr("Current name"),
                self.tr("Printed label"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.CURRENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.PRINTED, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_selected_button = QPushButton(self.tr("Print &selected…"), self)
        self.print_selected_button.setObjectName("print-selected")
        self.print_all_button = QPushButton(self.tr("Print &all…"), self)
        self.print_all_button.setObjectName("print-all")
        # The list itself on paper (the buttons above print LABELS): to go round the floors with.
        self.list_printer = ListPrinter(
            desk, actor, self, self.table, self.windowTitle(), subtitle=self.summary.text, file_name="label-check.pdf"
        )
        self.print_list_button = self.list_printer.button(self)
        self.buttons.addButton(self.print_selected_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.print_all_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.print_list_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_list_button = self.list_printer.export_button(self)
        self.buttons.addButton(self.export_list_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.print_selected_button.clicked.connect(lambda: self.print_labels(self.selected_ids()))
        self.print_all_button.clicked.connect(lambda: self.print_labels([r.dossier_id for r in self.rows]))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 480)
        self.refresh()

    def refresh(self, _changes: object = None) -> None:
        with self.desk.read(self.actor) as work:
            self.rows = label_check(work)
        self.table.setRowCount(len(self.rows))
        never = self.tr("never printed")
        for r, row in enumerate(self.rows):
            printed = row.last_printed_text
            if printed is not None and row.last_printed_at is not None:
                printed = self.tr("{text} (printed {date})").format(
                    text=printed, date=format_date(row.last_printed_at.date())
                )
            values = [row.dossier_number, row.units, row.floor, row.label_text, printed or never]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, row.dossier_id)
                item.setToolTip(value)
                self.table.setItem(r, c, item)
        self.summary.setText(
            self.tr("%n live dossier(s) whose label does not show the current name.", "", len(self.rows))
            if self.rows
            else self.tr("Every live dossier's label shows the current name.")
        )
        self.print_all_button.setEnabled(bool(self.rows))
        self._selection_changed()

    def names(self) -> list[str]:
        return [r.label_text for r in self.rows]

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.rows[r].dossier_id for r in rows]

    def _selection_changed(self) -> None:
        self.print_selected_button.setEnabled(bool(self.selected_ids()))

    def print_labels(self, dossier_ids: list[int]) -> LabelsDialog | None:
        if not dossier_ids:
            return None
        dialog = LabelsDialog(self.desk, self.actor, self.settings, chosen_ids=dossier_ids, initial=CHOSEN, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.printed.connect(lambda _ids: self.refresh())
        dialog.destroyed.connect(self._labels_closed)
        self.labels_dialog = dialog
        dialog.open()
        return dialog

    def _labels_closed(self, *_args: object) -> None:
        self.labels_dialog = None

    def print_list(self) -> bool:
        return self.list_printer.print_list()

    def done(self, result: int) -> None:
        self.list_printer.cleanup()
        super().done(result)
