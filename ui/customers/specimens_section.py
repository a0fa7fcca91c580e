"""The "Signatories & seals" tab of a dossier (issue 20): the customer's authorised signatories and seal specimens.

Two lists (the signatories with the dates of their authority; the seals, a replaced specimen marked so), the picture
of the selected row beside them, and Add / Edit / End authority / Lodge seal specimen, as the permissions table allows.
The lists print (Print list…) with the ID numbers as the role sees them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QToolBar, QVBoxLayout, QWidget

from app.customers import Authority, SignatoryInfo, SpecimenInfo, SpecimenSheet, read_specimens
from app.desk import Actor, Desk
from app.permissions import Action
from ui.customers.signatory_dialogs import EndAuthorityDialog, SealSpecimenDialog, SignatoryDialog
from ui.customers.specimens import SpecimenPicture, seal_name
from ui.lists import RowsModel, read_only_table
from ui.printing import ListPrinter
from ui.translations import format_date

_FLAG_COLOUR = QColor("#b71c1c")


class SignatoriesModel(RowsModel[SignatoryInfo]):
    def __init__(self, parent: QWidget, today: object) -> None:
        super().__init__(parent)
        self.today = today

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Name"),
            self.tr("Position"),
            self.tr("ID number"),
            self.tr("Authorised from"),
            self.tr("Authorised until"),
            self.tr("Authority today"),
            self.tr("Signature specimen"),
        )

    def state_text(self, row: SignatoryInfo) -> str:
        state = row.authority_on(self.today)  # type: ignore[arg-type]
        if state is Authority.ENDED:
            return self.tr("Ended")
        if state is Authority.NOT_YET:
            return self.tr("Not yet begun")
        return self.tr("Authorised")

    def cell(self, row: SignatoryInfo, column: int) -> object:
        values: tuple[object, ...] = (
            row.name,
            row.position,
            row.id_number,
            format_date(row.valid_from),
            format_date(row.valid_to) or self.tr("until further notice"),
            self.state_text(row),
            format_date(row.specimen.lodged_on) if row.specimen else self.tr("none lodged"),
        )
        return values[column] if 0 <= column < len(values) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and 0 <= index.row() < self.rowCount():
            row = self.row(index.row())
            return _FLAG_COLOUR if row.authority_on(self.today) is not Authority.VALID else None  # type: ignore[arg-type]
        return super().data(index, role)


class SealsModel(RowsModel[tuple[SpecimenInfo, bool]]):
    """Each seal specimen and whether it is the one shown for comparison (a newer one replaces it)."""

    def headers(self) -> Sequence[str]:
        return (self.tr("Seal"), self.tr("Lodged on"), self.tr("File"), self.tr("Shown for comparison"))

    def cell(self, row: tuple[SpecimenInfo, bool], column: int) -> object:
        specimen, current = row
        values: tuple[object, ...] = (
            seal_name(specimen.seal),
            format_date(specimen.lodged_on),
            specimen.original_name,
            self.tr("Yes") if current else self.tr("No, replaced by a newer one"),
        )
        return values[column] if 0 <= column < len(values) else None


class SpecimensSection(QWidget):
    """The customer ``customer_id``'s signatories and seals; ``reload`` re-reads them (after a change)."""

    def __init__(self, desk: Desk, actor: Actor, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.actor, self.customer_id = desk, actor, customer_id
        self.setObjectName("specimens-section")
        self.setProperty("helpTopic", "signatories")
        self.sheet: SpecimenSheet | None = None
        self.editable = True
        today = desk.clock().date()
        self.signatories = SignatoriesModel(self, today)
        self.signatories_table = read_only_table(
            self.signatories, self, "signatories", QHeaderView.ResizeMode.ResizeToContents
        )
        self.signatories_table.doubleClicked.connect(lambda _index: self.edit_signatory())
        self.seals = SealsModel(self)
        self.seals_table = read_only_table(self.seals, self, "seals", QHeaderView.ResizeMode.ResizeToContents)
        self.picture = SpecimenPicture(self)
        self.picture_caption = QLabel(self)
        self.picture_caption.setObjectName("picture-caption")
        self.picture_caption.setWordWrap(True)

        self.toolbar = QToolBar(self)
        self.add_action = QAction(self.tr("&Add signatory…"), self)
        self.add_action.triggered.connect(self.add_signatory)
        self.edit_action = QAction(self.tr("&Edit signatory…"), self)
        self.edit_action.triggered.connect(self.edit_signatory)
        self.end_action = QAction(self.tr("E&nd authority…"), self)
        self.end_action.triggered.connect(self.end_authority)
        self.seal_action = QAction(self.tr("&Lodge seal specimen…"), self)
        self.seal_action.triggered.connect(self.add_seal)
        for action in (self.add_action, self.edit_action, self.end_action, self.seal_action):
            self.toolbar.addAction(action)
        self.printer = ListPrinter(
            desk,
            actor,
            self,
            self.signatories_table,
            lambda: self.tr("Authorised signatories of {customer}").format(
                customer=self.sheet.customer_name if self.sheet else ""
            ),
            file_name="signatories.pdf",
        )
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.printer.action)
        self.toolbar.addAction(self.printer.export_action)

        lists = QWidget(self)
        column = QVBoxLayout(lists)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("Authorised signatories"), lists))
        column.addWidget(self.signatories_table, 2)
        column.addWidget(QLabel(self.tr("Seal specimens"), lists))
        column.addWidget(self.seals_table, 1)
        side = QWidget(self)
        side_column = QVBoxLayout(side)
        side_column.addWidget(self.picture)
        side_column.addWidget(self.picture_caption)
        side_column.addStretch(1)
        splitter = QSplitter(self)
        splitter.addWidget(lists)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)
        self.signatories_table.selectionModel().selectionChanged.connect(self._signatory_chosen)
        self.seals_table.selectionModel().selectionChanged.connect(self._seal_chosen)
        self._apply_access()  # the lists are read when the tab is first shown (``reload``)

    def reload(self) -> None:
        keep = self.selected_signatory()
        with self.desk.read(self.actor) as work:
            self.sheet = read_specimens(work, self.customer_id)
        self.signatories.set_rows(self.sheet.signatories)
        rows = [(s, True) for s in self.sheet.seals] + [(s, False) for s in self.sheet.earlier_seals]
        self.seals.set_rows(rows)
        if keep is not None:
            index = next((i for i, s in enumerate(self.sheet.signatories) if s.id == keep.id), -1)
            if index >= 0:
                self.signatories_table.selectRow(index)
        self._apply_access()

    def count(self) -> int:
        return len(self.sheet.signatories) if self.sheet else 0

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self._apply_access()

    def _apply_access(self) -> None:
        may = self.editable and not self.desk.read_only and self.desk.may(self.actor, Action.KEEP_SPECIMENS)
        chosen = self.selected_signatory()
        self.add_action.setEnabled(may)
        self.seal_action.setEnabled(may)
        self.edit_action.setEnabled(may and chosen is not None)
        self.end_action.setEnabled(
            may and chosen is not None and chosen.authority_on(self.desk.clock().date()) is not Authority.ENDED
        )

    def selected_signatory(self) -> SignatoryInfo | None:
        rows = self.signatories_table.selectionModel().selectedRows()
        return self.signatories.row(rows[0].row()) if rows else None

    def _signatory_chosen(self, *_args: object) -> None:
        chosen = self.selected_signatory()
        if chosen is not None:
            self.seals_table.clearSelection()
            self.picture.show_specimen(self.desk, self.actor, chosen.specimen.id if chosen.specimen else None)
            self.picture_caption.setText(chosen.name)
        self._apply_access()

    def _seal_chosen(self, *_args: object) -> None:
        rows = self.seals_table.selectionModel().selectedRows()
        if not rows:
            return
        specimen, _current = self.seals.row(rows[0].row())
        self.signatories_table.clearSelection()
        self.picture.show_specimen(self.desk, self.actor, specimen.id)
        self.picture_caption.setText(
            self.tr("{seal}, lodged on {date}").format(
                seal=seal_name(specimen.seal), date=format_date(specimen.lodged_on)
            )
        )

    # -- actions: each opens its dialog (returned, so a test can fill it in) ------------------------------------------

    def _opened(self, dialog: SignatoryDialog | EndAuthorityDialog | SealSpecimenDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _result: self.reload())
        dialog.open()

    def add_signatory(self) -> SignatoryDialog:
        dialog = SignatoryDialog(self.desk, self.actor, self.customer_id, parent=self)
        self._opened(dialog)
        return dialog

    def edit_signatory(self) -> SignatoryDialog | None:
        chosen = self.selected_signatory()
        if chosen is None or not self.edit_action.isEnabled():
            return None
        dialog = SignatoryDialog(self.desk, self.actor, self.customer_id, chosen, parent=self)
        self._opened(dialog)
        return dialog

    def end_authority(self) -> EndAuthorityDialog | None:
        chosen = self.selected_signatory()
        if chosen is None:
            return None
        dialog = EndAuthorityDialog(self.desk, self.actor, chosen, parent=self)
        self._opened(dialog)
        return dialog

    def add_seal(self) -> SealSpecimenDialog:
        dialog = SealSpecimenDialog(self.desk, self.actor, self.customer_id, parent=self)
        self._opened(dialog)
        return dialog
