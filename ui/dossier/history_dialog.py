"""Every version of one document (R9): what it said, and who changed it when, why, with whose approval."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.desk import Actor, Desk
from app.dossier import VERSION_KIND_NAMES, DocumentVersionRow, document_history
from app.errors import AppError
from ui.dossier.models import category_name
from ui.lists import RowsModel, read_only_table
from ui.printing import ListPrinter
from ui.translations import app_text, error_text, format_date


class VersionsModel(RowsModel[DocumentVersionRow]):
    (NUMBER, CHANGE, WHEN, WHO, REASON, TITLE, DATE, REFERENCE, ISSUER, PAGES, CATEGORY, SCANS) = range(12)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Version"),
            self.tr("Replaced by"),
            self.tr("When"),
            self.tr("Who"),
            self.tr("Why (approval)"),
            self.tr("Title"),
            self.tr("Date"),
            self.tr("Reference no."),
            self.tr("Issuer"),
            self.tr("Pages"),
            self.tr("Category"),
            self.tr("Scans"),
        )

    def cell(self, row: DocumentVersionRow, column: int) -> object:
        if column == self.NUMBER:
            return self.tr("{number} (current)").format(number=row.number) if row.current else str(row.number)
        if column == self.CHANGE:
            return app_text("version", VERSION_KIND_NAMES[row.change]) if row.change in VERSION_KIND_NAMES else "—"
        if column == self.WHEN:
            return f"{format_date(row.replaced_at.date())} {row.replaced_at:%H:%M}" if row.replaced_at else "—"
        if column == self.WHO:
            return row.replaced_by or "—"
        if column == self.REASON:
            if row.approval_id is None:
                return row.reason or "—"
            return self.tr("{reason} (no. {number})").format(reason=row.reason or "—", number=row.approval_id)
        values = {
            self.TITLE: row.title,
            self.DATE: format_date(row.doc_date),
            self.REFERENCE: row.reference_no or "—",
            self.ISSUER: row.issuer or "—",
            self.PAGES: str(row.pages),
            self.CATEGORY: category_name(row.category),
            self.SCANS: ", ".join(row.attachments) or "—",
        }
        return values.get(column)


class DocumentHistoryDialog(QDialog):
    """The versions of one document, the current one first; Print list prints them as shown."""

    def __init__(self, desk: Desk, actor: Actor, document_id: int, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.document_id = document_id
        self.setObjectName("document-history-dialog")
        self.setWindowTitle(self.tr("History of “{title}”").format(title=title))
        self.model = VersionsModel(self)
        self.table = read_only_table(self.model, self, "versions")
        intro = QLabel(
            self.tr(
                "Every version of this document, newest first: each earlier version with the change that replaced "
                "it, who made it, when and why."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.list_printer = ListPrinter(desk, actor, self, self.table, self.windowTitle(), file_name="history.pdf")
        buttons.addButton(self.list_printer.button(self), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.list_printer.export_button(self), QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(960, 360)
        self.reload()

    def reload(self) -> None:
        try:
            with self.desk.read(self.actor) as work:
                rows = document_history(work, self.document_id)
        except AppError as err:
            self.message.setText(error_text(err))
            self.message.setVisible(True)
            rows = []
        self.model.set_rows(rows)

    def done(self, result: int) -> None:
        self.list_printer.cleanup()
        super().done(result)
