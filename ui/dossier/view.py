"""One dossier (一户一档): who is in the unit, where the paper is, and its sections as tabs.

Overview (customer, former names, units), Documents (newest first, R4), Contacts (R11),
History (who changed what, when) and Fees (the tenancy's ledger, deposits and chasing log, R11;
ui/fees/dossier_fees.py), re-read also when the tenancy's money changed. The page is hosted
by the main window's workspace or by a DossierWindow; the host tells it when a committed
change concerns it (``concerns``) and it re-reads only this dossier, keeping the clerk's
place: tab, category, selection.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app import archive
from app.archive import RETENTION_NAMES
from app.desk import Actor, ChangeSet, Desk, Work
from app.dossier import (
    DOSSIER_STATUS_NAMES,
    ContactInfo,
    DossierView,
    HistoryLine,
    RequirementInfo,
    dossier_history,
    dossier_history_count,
    may_add_late_paper,
    may_change,
    missing_documents,
    read_dossier,
)
from app.errors import AppError
from app.loans import on_loan
from app.permissions import Action
from app.privacy import exported_phone
from ui import messages
from ui.archive import BindDialog
from ui.customers import CustomerDialog, SpecimensSection
from ui.dossier.contact_dialog import ContactDialog
from ui.dossier.documents import DocumentsSection
from ui.dossier.models import (
    ContactsModel,
    DocumentsModel,
    FormerNamesModel,
    HistoryModel,
    RowsModel,
    TenancyUnitsModel,
)
from ui.fees.dossier_fees import FeesSection
from ui.icons import icon
from ui.inbox import CoverSheetsDialog
from ui.lists import read_only_table
from ui.loans import lent_text
from ui.printing import ListPrinter, PrintoutBuilder, PrintPreviewDialog, record_delivery
from ui.registers import FitOutSection, ServiceSection
from ui.translations import app_text, error_text, form_label, format_date

# The loan badge: the cards' teal (the folder is out of the cabinet, nothing wrong with it), white on it.
LOAN_BADGE_STYLE = "background: #00695c; color: white; border-radius: 8px; padding: 2px 8px;"

__all__ = ["ContactsModel", "DocumentsModel", "DossierPage", "RowsModel"]


def _value_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class DossierPage(QWidget):
    """A dossier as an open page; Esc asks to close it (``close_requested``)."""

    close_requested = Signal()
    title_changed = Signal(str)
    window_requested = Signal(int)  # dossier id: the clerk wants it in a window of its own

    OVERVIEW, DOCUMENTS, CONTACTS, HISTORY, FEES = range(5)

    def __init__(self, desk: Desk, actor: Actor, dossier_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.dossier_id = dossier_id
        self.view: DossierView | None = None
        self.box_number: str | None = None  # an archived dossier's box
        self.bind_dialog: BindDialog | None = None
        self._history_stale = True
        self._fees_stale = True
        self.fees_section: FeesSection | None = None  # built with the first reading (it needs the tenancy)
        self.fit_out_section: FitOutSection | None = None  # issue 16: the 二装 tab, built like the Fees tab
        self.service_section: ServiceSection | None = None  # issue 16: repairs & complaints, like the fees
        self.specimens_section: SpecimensSection | None = None  # issue 20: signatories & seals, read when shown
        self._printouts: tempfile.TemporaryDirectory[str] | None = None
        self.setObjectName(f"dossier-{dossier_id}")
        self.setProperty("helpTopic", "desk")  # F1: the user guide's page

        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Out on loan (R8): who has the folder since when, beside the heading ("借出：林芳 11-20 起").
        self.loan_badge = QLabel(self)
        self.loan_badge.setObjectName("loan-badge")
        self.loan_badge.setStyleSheet(LOAN_BADGE_STYLE)
        self.loan_badge.setVisible(False)
        self.window_button = QPushButton(self.tr("Open in own &window"), self)
        self.window_button.setObjectName("open-window")
        self.window_button.setToolTip(self.tr("Show this dossier in a window of its own, beside the floors"))
        self.window_button.clicked.connect(lambda: self.window_requested.emit(self.dossier_id))
        self.bind_button = QPushButton(icon("bind"), self.tr("&Bind…"), self)
        self.bind_button.setObjectName("bind")
        self.bind_button.setToolTip(self.tr("Bind this departed tenant's dossier: a file number, then read-only"))
        self.bind_button.clicked.connect(self.bind)
        self.print_directory_button = QPushButton(icon("print"), self.tr("Print in-file &directory…"), self)
        self.print_directory_button.setObjectName("print-in-file-directory")
        self.print_directory_button.setToolTip(self.tr("Cover, in-file directory (卷内目录) and reference sheet"))
        self.print_directory_button.clicked.connect(self.print_in_file_directory)
        self.printouts = PrintoutBuilder(desk, actor, self)
        # issue 21: the sheet that goes on top of this dossier's papers at the copier, for the scan inbox.
        self.covers_button = QPushButton(icon("print"), self.tr("Scan c&over sheets…"), self)
        self.covers_button.setObjectName("print-cover-sheets")
        self.covers_button.setToolTip(self.tr("Print scan cover sheets: put one on top of this dossier's papers"))
        self.covers_button.setEnabled(desk.may(actor, Action.PRINT_COVERS))
        self.covers_button.clicked.connect(self.print_cover_sheets)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.loan_badge)
        top.addWidget(self.bind_button)
        top.addWidget(self.print_directory_button)
        top.addWidget(self.covers_button)
        top.addWidget(self.window_button)

        self.fields: dict[str, QLabel] = {}
        header = QGroupBox(self)
        header.setObjectName("dossier-header")
        columns = QHBoxLayout(header)
        columns.setContentsMargins(8, 4, 8, 4)
        groups: list[list[tuple[str, str]]] = [
            [("units", self.tr("Unit(s)")), ("customer", self.tr("Customer")), ("label", self.tr("Label text"))],
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
        # Once bound (R6): the file number, retention period and box, shown only then.
        groups.append(
            [("file_number", self.tr("File number")), ("retention", self.tr("Retention")), ("box", self.tr("Box"))]
        )
        for group in groups:
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setVerticalSpacing(2)
            for key, caption in group:
                self.fields[key] = _value_label(header, key)
                form.addRow(form_label(caption), self.fields[key])
            columns.addLayout(form, 1)
        self.filing_form = form  # the last column: hidden for a dossier not bound

        self.sections = QTabWidget(self)
        self.sections.setObjectName("sections")
        self.sections.setDocumentMode(True)
        self._build_overview()
        self.documents_section = DocumentsSection(desk, actor, dossier_id, self.sections)
        self.documents = self.documents_section.model
        self.documents_table = self.documents_section.table
        self.missing: tuple[RequirementInfo, ...] = ()
        self.documents_section.changed_selection.connect(self._apply_access)  # after the section enables its own
        self._build_contacts()
        self._build_history()
        self.sections.insertTab(self.DOCUMENTS, self.documents_section, self.tr("&Documents"))
        self.sections.setCurrentIndex(self.DOCUMENTS)  # what the clerk opens a dossier for, most days
        self.sections.currentChanged.connect(self._section_shown)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(header)
        layout.addWidget(self.sections, 1)

        close = QAction(self.tr("Close dossier"), self)
        close.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        close.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        close.triggered.connect(self.close_requested)
        self.addAction(close)
        self._add_list_printers()
        self.reload()
        # R16: opening a dossier is a view, recorded right after the read in a short write of its own (a read-only
        # file records nothing: Desk.record says False, the window said so once). Not deferred to the event loop:
        # by then the window may have let go of the file (a restore replacing it), and a write would hold it again.
        self._record_view()

    def _add_list_printers(self) -> None:
        """Print list… for the documents, contacts and history as shown (the category filter included)."""
        section = self.documents_section
        self.documents_printer = self._list_printer(
            section,
            section.table,
            self.tr("Documents of dossier {number}"),
            "documents.pdf",
            text=self.tr("&Print list…"),  # Alt+L is "Change category / location" on this toolbar
        )
        section.toolbar.addSeparator()
        section.toolbar.addAction(self.documents_printer.action)
        section.toolbar.addAction(self.documents_printer.export_action)
        self.contacts_printer = self._list_printer(
            self.contacts_table.parentWidget(),
            self.contacts_table,
            self.tr("Contacts of dossier {number}"),
            "contacts.pdf",
            personal=True,
        )
        self.contacts_toolbar.addAction(self.contacts_printer.action)
        self.contacts_toolbar.addAction(self.contacts_printer.export_action)
        self.history_printer = self._list_printer(
            self.history_table,
            self.history_table,
            self.tr("History of dossier {number}"),
            "history.pdf",
            personal=True,
        )
        self.history_table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _list_printer(
        self,
        host: QWidget,
        view: QAbstractItemView,
        title: str,
        file_name: str,
        text: str | None = None,
        *,
        personal: bool = False,
    ) -> ListPrinter:
        """``title`` is a translated template; {number} is filled with the dossier number when printing.

        A ``personal`` list (contacts, history) shows mobiles on screen, but a printed list may leave the office:
        there they are masked unless the role may export them (R16).
        """
        return ListPrinter(
            self.desk,
            self.actor,
            host,
            view,
            lambda: title.format(number=self.view.number if self.view else ""),
            subtitle=self._list_subtitle,
            file_name=file_name,
            text=text,
            printouts=self.printouts,
            cells=(lambda cell: exported_phone(self.actor, cell)) if personal else None,
        )

    def _list_subtitle(self) -> str:
        if self.view is None:
            return ""
        return f"{self.view.building} {self.view.floor} {self.view.unit}　{self.view.customer.name}"

    # -- sections -------------------------------------------------------------------------------

    def _build_overview(self) -> None:
        page = QWidget(self.sections)
        page.setObjectName("overview")
        details = QGroupBox(self.tr("Customer"), page)
        form = QFormLayout(details)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.customer_fields: dict[str, QLabel] = {}
        captions = [
            ("name", self.tr("Name")),
            ("kind", self.tr("Kind")),
            ("id_code", self.tr("Credit code or ID number")),
            ("legal_representative", self.tr("Legal representative")),
            ("registered_capital", self.tr("Registered capital")),
            ("nature", self.tr("Nature of business")),
            ("industry", self.tr("Industry")),
            ("address", self.tr("Address")),
            ("contact_person", self.tr("Contact person")),
            ("phone", self.tr("Phone")),
            ("email", self.tr("E-mail")),
            ("notes", self.tr("Notes")),
        ]
        for key, caption in captions:
            self.customer_fields[key] = _value_label(details, f"customer-{key}")
            form.addRow(form_label(caption), self.customer_fields[key])
        self.edit_customer_button = QPushButton(self.tr("&Edit customer…"), details)
        self.edit_customer_button.setObjectName("edit-customer")
        self.edit_customer_button.clicked.connect(self.edit_customer)
        form.addRow("", self.edit_customer_button)

        self.former_names = FormerNamesModel(self)
        names_box = QGroupBox(self.tr("Name history"), page)
        self.former_names_table = read_only_table(
            self.former_names, names_box, "former-names", QHeaderView.ResizeMode.Stretch
        )
        QVBoxLayout(names_box).addWidget(self.former_names_table)
        self.missing_box = QGroupBox(self.tr("Move-in papers still missing"), page)
        self.missing_box.setObjectName("missing-papers")
        self.missing_label = _value_label(self.missing_box, "missing")
        QVBoxLayout(self.missing_box).addWidget(self.missing_label)
        self.units_model = TenancyUnitsModel(self)
        units_box = QGroupBox(self.tr("Units of the tenancy"), page)
        self.units_table = read_only_table(self.units_model, units_box, "tenancy-units", QHeaderView.ResizeMode.Stretch)
        QVBoxLayout(units_box).addWidget(self.units_table)

        for table in (self.former_names_table, self.units_table):
            # As tall as their few rows: the overview scrolls (below) only when its contents need it.
            table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        right = QVBoxLayout()
        right.addWidget(self.missing_box)
        right.addWidget(names_box, 1)
        right.addWidget(units_box, 1)
        row = QHBoxLayout(page)
        row.addWidget(details, 3)
        row.addLayout(right, 2)
        # The customer's twelve lines and the lists beside them scroll rather than make the dossier taller than a
        # 768-pixel screen at 125 % (the main window would run off its bottom).
        scroll = QScrollArea(self.sections)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        self.sections.addTab(scroll, self.tr("&Overview"))

    def _build_contacts(self) -> None:
        page = QWidget(self.sections)
        page.setObjectName("contacts-section")
        self.contacts = ContactsModel(self)
        self.contacts_table = read_only_table(self.contacts, page, "contacts", QHeaderView.ResizeMode.Stretch)
        self.contacts_table.doubleClicked.connect(lambda _index: self.edit_contact())
        toolbar = QToolBar(page)
        self.contacts_toolbar = toolbar
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_contact_action = QAction(self.tr("&Add contact…"), page)
        self.add_contact_action.triggered.connect(self.add_contact)
        self.edit_contact_action = QAction(self.tr("&Edit contact…"), page)
        self.edit_contact_action.triggered.connect(self.edit_contact)
        self.print_card_action = QAction(self.tr("&Print emergency-contact card…"), page)
        self.print_card_action.triggered.connect(self.print_emergency_card)
        self.print_registration_action = QAction(self.tr("Print &registration form…"), page)
        self.print_registration_action.triggered.connect(self.print_registration_form)
        for action in (self.add_contact_action, self.edit_contact_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.print_card_action)
        toolbar.addAction(self.print_registration_action)
        self.add_contact_action.setShortcuts([QKeySequence("Ctrl+N"), QKeySequence("Ins")])
        self.add_contact_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        page.addAction(self.add_contact_action)
        self.edit_contact_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.edit_contact_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.contacts_table.addAction(self.edit_contact_action)
        self.contacts_table.selectionModel().selectionChanged.connect(self._contact_selection_changed)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addWidget(self.contacts_table, 1)
        self.sections.addTab(page, self.tr("&Contacts"))
        self._contact_selection_changed()

    def _build_history(self) -> None:
        self.history = HistoryModel(self)
        self.history_table = read_only_table(self.history, self.sections, "history", QHeaderView.ResizeMode.Stretch)
        header = self.history_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HistoryModel.DETAILS, QHeaderView.ResizeMode.Stretch)
        self.history_table.setWordWrap(True)
        self.sections.addTab(self.history_table, self.tr("&History"))

    # -- reading --------------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read this dossier (after a change that concerns it); the clerk's place is kept."""
        with self.desk.read(self.actor) as work:
            self.view = read_dossier(work, self.dossier_id, documents=False)  # the list reads its pages
            self.missing = missing_documents(work, [self.dossier_id])[self.dossier_id]
            self.box_number = self.view.box_number  # read with the dossier (was a whole in-file directory)
            lent = on_loan(work, [self.dossier_id]).get(self.dossier_id)
        self.loan_badge.setText(lent_text(lent.borrower, lent.lent_on) if lent else "")
        self.loan_badge.setToolTip(
            self.tr("Loan {number}: {purpose}; due back {date}").format(
                number=lent.id, purpose=lent.purpose, date=format_date(lent.expected_return)
            )
            if lent
            else ""
        )
        self.loan_badge.setVisible(lent is not None)
        self._show(self.view)
        self._show_fees(self.view)
        self._show_fit_out(self.view)
        self._show_service(self.view)
        self._show_specimens(self.view)
        self._show_filing(self.view)
        self._show_missing(self.missing)
        self._apply_access()
        self._history_stale = True
        if self.sections.currentIndex() == self.HISTORY:
            self._load_history()
        self._fees_stale = True
        if self.sections.currentIndex() == self.FEES and self.fees_section is not None:
            self._load_fees()

    def _record_view(self) -> None:
        self.desk.record(self.actor, "dossier", self.dossier_id, "view", {"what": "dossier"}, self.dossier_id)

    def title(self) -> str:
        if self.view is None:
            return ""
        return f"{self.view.unit} {self.view.customer.name}"

    def concerns(self, changes: ChangeSet) -> bool:
        if self.dossier_id in changes.dossiers:
            return True
        if self.view is not None and self.view.tenancy_id in changes.fees:
            return True
        return self.view is not None and self.view.customer.id in changes.customers

    def _section_shown(self, index: int) -> None:
        if index == self.HISTORY and self._history_stale:
            self._load_history()
        if index == self.FEES and self._fees_stale:
            self._load_fees()
        if self.service_section is not None and self.sections.widget(index) is self.service_section:
            self.service_section.reload()
        if self.specimens_section is not None and self.sections.widget(index) is self.specimens_section:
            self.specimens_section.reload()

    def _show_fees(self, view: DossierView) -> None:
        """The Fees tab (issue 15, R11) of this dossier's tenancy, after the History tab."""
        if self.fees_section is None:
            self.fees_section = FeesSection(self.desk, self.actor, view.tenancy_id, self.dossier_id, self.sections)
            self.sections.insertTab(self.FEES, self.fees_section, self.tr("&Fees"))
        self.fees_section.units = [
            (u.unit_id, u.number) for u in view.units if u.end_date is None or u.end_date > self.desk.clock().date()
        ] or [(u.unit_id, u.number) for u in view.units]

    def _show_fit_out(self, view: DossierView) -> None:
        """The 二装 (Fit-out) tab (issue 16): the tenancy's fit-out projects, read when the tab is shown."""
        if self.fit_out_section is None:
            self.fit_out_section = FitOutSection(self.desk, self.actor, view.tenancy_id, self.dossier_id, self.sections)
            self.sections.addTab(self.fit_out_section, self.tr("Fi&t-out"))
        self.fit_out_section.units = [(u.unit_id, u.number) for u in view.units if u.end_date is None]
        self.fit_out_section.refresh()

    def _show_service(self, view: DossierView) -> None:
        """The "Repairs & complaints" tab (issue 16, R11/R13) of this dossier's tenancy, read when shown."""
        if self.service_section is None:
            self.service_section = ServiceSection(self.desk, self.actor, view.tenancy_id, self.dossier_id, self)
            self.sections.addTab(self.service_section, self.tr("&Repairs && complaints"))
        today = self.desk.clock().date()
        units = [(u.unit_id, u.number) for u in view.units if u.end_date is None or u.end_date > today]
        live = view.status == "live" and not self.desk.read_only
        self.service_section.set_place(units, view.customer.name, live)
        if self.sections.currentWidget() is self.service_section:
            self.service_section.reload()

    def _load_fees(self) -> None:
        """The ledger is read when its tab is shown, and again on a change of this tenancy's money while shown."""
        if self.fees_section is not None:
            self.fees_section.reload()
            self._fees_stale = False

    def _load_history(self) -> None:
        """The history is read when its tab is shown, not on every change (it only grows)."""
        with self.desk.read(self.actor) as work:
            total = dossier_history_count(work, self.dossier_id)
        self.history.show(self._history_page, total, keep=self.history.rowCount())
        self._history_stale = False

    def _history_page(self, offset: int, limit: int) -> list[HistoryLine]:
        with self.desk.read(self.actor) as work:
            return dossier_history(work, self.dossier_id, offset=offset, limit=limit)

    def _show(self, view: DossierView) -> None:
        units = (
            ", ".join(u.number for u in view.units if u.end_date is None)
            or ", ".join(u.number for u in view.units)
            or view.unit
        )
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
        customer = view.customer
        kinds = {"company": self.tr("Company"), "person": self.tr("Person")}
        for key, label in self.customer_fields.items():
            value = kinds.get(customer.kind, customer.kind) if key == "kind" else getattr(customer, key)
            label.setText(value or "—")
        self.former_names.set_rows(customer.former_names)
        self.units_model.set_rows(view.units)
        self.documents_section.show_dossier()
        self._show_contacts(view.contacts)
        count = self.documents_section.document_count()
        self.sections.setTabText(self.DOCUMENTS, self.tr("&Documents ({count})").format(count=count))
        self.sections.setTabText(self.CONTACTS, self.tr("&Contacts ({count})").format(count=len(view.contacts)))
        self.title_changed.emit(self.title())

    def _show_filing(self, view: DossierView) -> None:
        """A bound dossier's 案卷号, retention and box (the box's shelf is in the paper location)."""
        bound = view.file_number is not None
        for row in range(self.filing_form.rowCount()):
            self.filing_form.setRowVisible(row, bound)
        # 件号 and 页号 exist once bound; the live list needs no empty column.
        self.documents_section.fitter.set_hidden(DocumentsModel.ITEM, not bound)
        if not bound:
            return
        retention = view.retention or ""
        self.fields["file_number"].setText(view.file_number or "—")
        self.fields["retention"].setText(app_text("retention", RETENTION_NAMES.get(retention, retention)) or "—")
        self.fields["box"].setText(self.box_number or self.tr("not boxed yet"))

    def _show_missing(self, missing: tuple[RequirementInfo, ...]) -> None:
        """The move-in checklist items no document of this dossier fulfils yet (R16)."""
        self.missing_label.setText("\n".join(f"• {item.title}" for item in missing))
        self.missing_box.setVisible(bool(missing))

    def _show_specimens(self, view: DossierView) -> None:
        """The "Signatories & seals" tab (issue 20): the customer's signatories and seal specimens, read when shown."""
        if self.specimens_section is None:
            self.specimens_section = SpecimensSection(self.desk, self.actor, view.customer.id, self.sections)
            self.sections.addTab(self.specimens_section, self.tr("Si&gnatories && seals"))
        self.specimens_section.set_editable(self.editable())
        if self.sections.currentWidget() is self.specimens_section:
            self.specimens_section.reload()

    def editable(self) -> bool:
        """Whether this user may change the dossier now (a departed one: the supervisor only, R6)."""
        return self.view is not None and not self.desk.read_only and may_change(self.actor, self.view.status)

    def _apply_access(self, *_args: object) -> None:
        """Grey out what this user may not change here; the app refuses it regardless."""
        if self.view is None:
            return
        editable = self.editable()
        section = self.documents_section
        # A bound dossier takes a late paper (补充) from the manager only; the app numbers it after the rest.
        may_add = not self.desk.read_only and may_add_late_paper(self.actor, self.view.status)
        section.add_action.setEnabled(may_add)
        self.add_contact_action.setEnabled(editable)
        self.bind_button.setVisible(self.view.status == "departed" and self.desk.may(self.actor, Action.BIND_DOSSIER))
        self.edit_customer_button.setEnabled(editable)
        section.table.setAcceptDrops(editable)
        if section.preview.may_attach != editable:
            section.preview.may_attach = editable
            section.preview.show_document(section.preview.document)
        section.drop_hint.setVisible(editable)
        # Scans dropped on a category start a new document: a late paper, for the manager, in a bound dossier.
        section.category_list.setAcceptDrops(may_add)
        if not editable:  # the ones that follow the selection are enabled by the section first
            for action in (
                section.edit_action,
                section.trash_action,
                section.refile_action,
                section.attach_action,
                self.edit_contact_action,
            ):
                action.setEnabled(False)

    def _show_contacts(self, contacts: tuple[ContactInfo, ...]) -> None:
        keep = self.selected_contact()
        self.contacts.set_rows(contacts)
        if keep is not None:
            row = next((i for i, c in enumerate(contacts) if c.id == keep.id), -1)
            if row >= 0:
                self.contacts_table.selectRow(row)
        self._contact_selection_changed()

    # -- editing --------------------------------------------------------------------------------

    def edit_customer(self) -> CustomerDialog | None:
        if self.view is None:
            return None
        dialog = CustomerDialog(self.desk, self.actor, self.view.customer, self, dossier_id=self.dossier_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def selected_contact(self) -> ContactInfo | None:
        rows = self.contacts_table.selectionModel().selectedRows()
        return self.contacts.row(rows[0].row()) if rows else None

    def _contact_selection_changed(self, *_args: object) -> None:
        self.edit_contact_action.setEnabled(self.selected_contact() is not None and self.editable())

    def add_contact(self) -> ContactDialog:
        dialog = ContactDialog(self.desk, self.actor, self.dossier_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_contact(self) -> ContactDialog | None:
        contact = self.selected_contact()
        if contact is None:
            return None
        dialog = ContactDialog(self.desk, self.actor, self.dossier_id, contact, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def print_emergency_card(self) -> PrintPreviewDialog | None:
        from app.dossier import emergency_card  # here, not at the top: the printouts bring reportlab

        number = self.view.number if self.view else str(self.dossier_id)
        title = self.tr("Emergency-contact card {number}").format(number=number)
        return self._print_card(emergency_card, f"emergency-card-{number}.pdf", title)

    def print_registration_form(self) -> PrintPreviewDialog | None:
        """The customer registration form (客户档案登记表), filled in from the record, for the customer to sign."""
        from app.dossier import registration_form  # here, not at the top: the printouts bring reportlab

        number = self.view.number if self.view else str(self.dossier_id)
        title = self.tr("Customer registration form {number}").format(number=number)
        return self._print_card(registration_form, f"registration-form-{number}.pdf", title)

    def _print_card(self, build: Callable[[Work, int, Path], Path], name: str, title: str) -> PrintPreviewDialog | None:
        """The app builds the printout as a PDF; the preview shows, prints or saves exactly that file."""
        if self._printouts is None:
            self._printouts = tempfile.TemporaryDirectory(prefix="dossier-desk-print-", ignore_cleanup_errors=True)
        target = Path(self._printouts.name) / name
        try:
            with self.desk.read(self.actor) as work:
                build(work, self.dossier_id, target)
        except AppError as err:
            messages.tell(self, error_text(err))
            return None
        dialog = PrintPreviewDialog(target, title, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        record_delivery(dialog, self.desk, self.actor, dialog.windowTitle(), self.dossier_id)
        dialog.open()
        return dialog

    def bind(self) -> BindDialog | None:
        """Bind this departed dossier after a confirmation with the retention period (R6)."""
        if self.view is None or self.view.status != "departed":
            return None
        title = self.tr("dossier {number} ({customer})").format(
            number=self.view.number, customer=self.view.customer.name
        )
        dialog = BindDialog(self.desk, self.actor, self.dossier_id, title, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.bind_dialog = dialog
        return dialog

    def print_in_file_directory(self) -> bool:
        """Cover, in-file directory and reference sheet, built off the UI thread into the print preview."""
        number = self.view.number if self.view else str(self.dossier_id)
        dossier_id = self.dossier_id
        return self.printouts.build(
            lambda work, target: archive.print_dossier(work, dossier_id, target),
            f"in-file-directory-{number}.pdf",
            self.tr("In-file directory {number}").format(number=number),
            dossier_id=dossier_id,
        )

    def print_cover_sheets(self) -> CoverSheetsDialog:
        """Cover sheets for this dossier (or blank ones): category, title, date, copies, then the preview."""
        dialog = CoverSheetsDialog(self.desk, self.actor, dossier_id=self.dossier_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def cleanup(self) -> None:
        """Let go of open files and temporary copies (called by the host when the page closes)."""
        self.documents_section.cleanup()
        self.printouts.cleanup()
        if self._printouts is not None:
            self._printouts.cleanup()
            self._printouts = None
