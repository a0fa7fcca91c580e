"""A dossier's trash: working copies moved there are kept, and can be put back."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.approvals import ApprovalKind
from app.desk import Actor, Desk
from app.dossier import dossier_documents, may_change, read_dossier, restore_documents
from app.errors import AppError
from ui.dossier.consent import change_with_consent
from ui.dossier.models import DocumentsModel
from ui.messages import tell
from ui.printing import ListPrinter
from ui.translations import error_text


class TrashDialog(QDialog):
    """Lists the trashed documents of one dossier; Restore puts the selected ones back in one step."""

    def __init__(self, desk: Desk, actor: Actor, dossier_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.dossier_id = dossier_id
        self.setObjectName("trash-dialog")
        self.setWindowTitle(self.tr("Trash of this dossier"))
        self.model = DocumentsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("trashed-documents")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("The trash is empty."), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setObjectName("restore")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.may_restore = False
        self.list_printer = ListPrinter(
            desk, actor, self, self.table, self.windowTitle(), subtitle=self.dossier_heading, file_name="trash.pdf"
        )
        self.print_button = self.list_printer.button(self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button = self.list_printer.export_button(self)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.table.selectionModel().selectionChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Documents moved to the trash are kept until you restore them."), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(900, 420)
        self.reload()

    def reload(self) -> None:
        with self.desk.read(self.actor) as work:
            rows = dossier_documents(work, self.dossier_id, trashed=True)
            # Restoring changes the dossier: not for a clerk in a departed one, nobody in a bound one (R6).
            status = read_dossier(work, self.dossier_id).status
        self.may_restore = not self.desk.read_only and may_change(self.actor, status)
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self._update()

    def dossier_heading(self) -> str:
        """Which dossier's trash a printed page is: the title alone does not say."""
        try:
            with self.desk.read(self.actor) as work:
                view = read_dossier(work, self.dossier_id)
        except AppError:
            return ""
        return f"{view.number} · {view.customer.name} · {view.unit}"

    def done(self, result: int) -> None:
        self.list_printer.cleanup()
        super().done(result)

    def _update(self, *_args: object) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()) and self.may_restore)

    def restore_selected(self) -> None:
        rows = [self.model.row(i.row()) for i in self.table.selectionModel().selectedRows()]
        ids = [r.id for r in rows]
        if len(rows) == 1:  # undoing a trashing needs the manager's approval as trashing did (R9)
            change_with_consent(
                self,
                self.desk,
                self.actor,
                rows[0],
                ApprovalKind.TRASH_WORKING_COPY,
                lambda work, reason: restore_documents(work, ids, reason=reason),
                self.reload,
            )
            return
        try:
            with self.desk.work(self.actor) as work:
                restore_documents(work, ids)
        except AppError as err:
            tell(self, error_text(err))
            return
        self.reload()
