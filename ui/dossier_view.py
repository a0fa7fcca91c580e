"""One dossier (一户一档): who is in the unit, where the paper is, the documents newest first, the contacts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.categories import BY_CODE
from app.desk import Actor, ChangeSet, Desk
from app.documents import DocumentRow
from app.dossiers import DOSSIER_STATUS_NAMES, ContactInfo, DossierView, read_dossier
from ui.translations import app_text, format_date

Row = TypeVar("Row")
_Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Read-only rows shown exactly in the order given (R4: the app decides the order, not the view)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def cell(self, row: Row, column: int) -> object:
        raise NotImplementedError

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(self._rows[index.row()], index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = self.alignment(index.column())
            return None if align is None else int(align | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return section + 1

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> Row:
        return self._rows[index]


class DocumentsModel(RowsModel[DocumentRow]):
    DATE, CATEGORY, TITLE, REFERENCE, ISSUER, PAGES, COPY, ATTACHMENTS = range(8)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Date"),
            self.tr("Category"),
            self.tr("Title"),
            self.tr("Reference no."),
            self.tr("Issuer"),
            self.tr("Pages"),
            self.tr("Original / working copy"),
            self.tr("Attachments"),
        )

    def cell(self, row: DocumentRow, column: int) -> object:
        if column == self.DATE:
            return format_date(row.doc_date)
        if column == self.CATEGORY:
            category = BY_CODE.get(row.category)
            return app_text("category", category.name) if category else row.category
        if column == self.TITLE:
            return row.title
        if column == self.REFERENCE:
            return row.reference_no
        if column == self.ISSUER:
            return row.issuer
        if column == self.PAGES:
            return row.pages
        if column == self.COPY:
            return self.tr("Original") if row.is_original else self.tr("Working copy")
        if column == self.ATTACHMENTS:
            return len(row.attachments)
        return None

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if column in (self.PAGES, self.ATTACHMENTS) else None


class ContactsModel(RowsModel[ContactInfo]):
    def headers(self) -> Sequence[str]:
        return (
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Phone"),
            self.tr("Mobile"),
            self.tr("E-mail"),
            self.tr("Emergency contact"),
        )

    def cell(self, row: ContactInfo, column: int) -> object:
        values: tuple[object, ...] = (
            row.name,
            row.role,
            row.phone,
            row.mobile,
            row.email,
            self.tr("Yes") if row.is_emergency else "",
        )
        return values[column] if 0 <= column < len(values) else None


def _table(model: QAbstractTableModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSortingEnabled(False)  # R4: newest first, as the app returns them
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setHighlightSections(False)
    return view


class DossierPage(QWidget):
    """A dossier as an open page of the workspace; Esc asks to close it."""

    close_requested = Signal()
    title_changed = Signal(str)

    def __init__(self, desk: Desk, actor: Actor, dossier_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.dossier_id = dossier_id
        self.view: DossierView | None = None
        self.setObjectName(f"dossier-{dossier_id}")

        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fields: dict[str, QLabel] = {}
        header = QGroupBox(self.tr("Dossier"), self)
        columns = QHBoxLayout(header)
        names: list[list[tuple[str, str]]] = [
            [
                ("units", self.tr("Unit(s)")),
                ("customer", self.tr("Customer")),
                ("label", self.tr("Label text")),
            ],
            [
                ("number", self.tr("Dossier number")),
                ("status", self.tr("Status")),
                ("location", self.tr("Paper location")),
            ],
            [
                ("move_in", self.tr("Moved in")),
                ("move_out", self.tr("Moved out")),
                ("fit_out", self.tr("Fit-out until")),
            ],
        ]
        for group in names:
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for key, caption in group:
                value = QLabel(header)
                value.setObjectName(key)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                value.setWordWrap(True)
                self.fields[key] = value
                form.addRow(caption + ":", value)
            columns.addLayout(form, 1)

        self.documents = DocumentsModel(self)
        self.contacts = ContactsModel(self)
        self.documents_table = _table(self.documents, self)
        self.documents_table.setObjectName("documents")
        self.contacts_table = _table(self.contacts, self)
        self.contacts_table.setObjectName("contacts")
        self.documents_box = QGroupBox(self)
        QVBoxLayout(self.documents_box).addWidget(self.documents_table)
        self.contacts_box = QGroupBox(self)
        QVBoxLayout(self.contacts_box).addWidget(self.contacts_table)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.documents_box)
        split.addWidget(self.contacts_box)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(header)
        layout.addWidget(split, 1)

        close = QAction(self.tr("Close dossier"), self)
        close.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        close.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        close.triggered.connect(self.close_requested)
        self.addAction(close)
        self.reload()

    def reload(self) -> None:
        with self.desk.work(self.actor) as work:
            self.view = read_dossier(work, self.dossier_id)
        self._show(self.view)

    def title(self) -> str:
        if self.view is None:
            return ""
        return f"{self.view.unit} {self.view.customer.name}"

    def concerns(self, changes: ChangeSet) -> bool:
        if self.dossier_id in changes.dossiers:
            return True
        return self.view is not None and self.view.customer.id in changes.customers

    def _show(self, view: DossierView) -> None:
        units = ", ".join(u.number for u in view.units) or view.unit
        floors = sorted({u.floor for u in view.units} or {view.floor})
        values: dict[str, str] = {
            "units": f"{units} ({', '.join(floors)}, {view.building})",
            "customer": view.customer.name,
            "label": view.label_text,
            "number": view.number,
            "status": app_text("status", DOSSIER_STATUS_NAMES.get(view.status, view.status)),
            "location": view.location or "—",
            "move_in": format_date(view.move_in),
            "move_out": format_date(view.move_out) or "—",
            "fit_out": format_date(view.fit_out_until) or "—",
        }
        for key, text in values.items():
            self.fields[key].setText(text)
        self.heading.setText(
            self.tr("Dossier {number} — unit {unit} — {customer}").format(
                number=view.number, unit=units, customer=view.customer.name
            )
        )
        self.documents.set_rows(view.documents)
        self.contacts.set_rows(view.contacts)
        self.documents_box.setTitle(self.tr("Documents, newest first ({count})").format(count=len(view.documents)))
        self.contacts_box.setTitle(self.tr("Contacts ({count})").format(count=len(view.contacts)))
        header = self.documents_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DocumentsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.contacts_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.title_changed.emit(self.title())
