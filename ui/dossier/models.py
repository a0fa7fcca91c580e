"""Item models of the dossier view: documents, categories with counts, contacts, history, names, units.

All are read-only and keep the order the app gives (R4: newest first is the app's decision).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from app.approvals import KIND_NAMES, ApprovalKind
from app.archive import RETENTION_NAMES
from app.customers import SEAL_NAMES, FormerName
from app.dossier import BY_CODE, CATEGORIES, DOCUMENT_SORTS, ContactInfo, DocumentRow, HistoryLine, TenancyUnitInfo
from app.fees import BASIS_NAMES, CHASE_METHOD_NAMES, DEPOSIT_KIND_NAMES, METER_NAMES, METHOD_NAMES, money_text
from app.fields import FIELD_NAMES
from app.registers import CREATED, MACHINES
from ui.lists import PagedRowsModel, RowsModel
from ui.translations import app_text, format_date

_Index = QModelIndex | QPersistentModelIndex
CODE_ROLE = Qt.ItemDataRole.UserRole + 2  # a category's code (None for "All")


def category_name(code: str) -> str:
    category = BY_CODE.get(code)
    return app_text("category", category.name) if category else code


class DocumentsModel(PagedRowsModel[DocumentRow]):
    """A dossier's documents, read a page at a time; newest first (R4) until the clerk sorts by another column."""

    DATE, CATEGORY, TITLE, REFERENCE, ISSUER, PAGES, COPY, LOCATION, ATTACHMENTS, ITEM = range(10)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sort_column, self.sort_order = self.DATE, Qt.SortOrder.DescendingOrder

    def sort_keys(self) -> Sequence[str | None]:
        return DOCUMENT_SORTS  # the app's keys, in the columns' order

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Date"),
            self.tr("Category"),
            self.tr("Title"),
            self.tr("Reference no."),
            self.tr("Issuer"),
            self.tr("Pages"),
            self.tr("Original / working copy"),
            self.tr("Paper location"),
            self.tr("Scans"),
            self.tr("Item (pages)"),
        )

    def cell(self, row: DocumentRow, column: int) -> object:
        if column == self.DATE:
            return format_date(row.doc_date)
        if column == self.CATEGORY:
            return category_name(row.category)
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
        if column == self.LOCATION:
            return row.paper_location
        if column == self.ATTACHMENTS:
            return len(row.attachments)
        if column == self.ITEM:
            return self.item_text(row)
        return None

    def item_text(self, row: DocumentRow) -> str:
        """件号 and 页号 of a bound dossier's document, e.g. "5 (12–15)"; a later paper says so (补充)."""
        if row.item_no is None:
            return ""
        pages = (
            ""
            if row.page_from is None
            else f"{row.page_from}–{row.page_to}"
            if row.page_to != row.page_from
            else str(row.page_from)
        )
        text = self.tr("{item} ({pages})").format(item=row.item_no, pages=pages) if pages else str(row.item_no)
        return self.tr("{item}, added later").format(item=text) if row.supplement else text

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if column in (self.PAGES, self.ATTACHMENTS) else None

    def row_of(self, document_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == document_id), -1)


class ContactsModel(RowsModel[ContactInfo]):
    NAME, ROLE, PHONE, MOBILE, EMAIL, EMERGENCY = range(6)

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

    def font(self, row: ContactInfo) -> QFont | None:
        if not row.is_emergency:
            return None
        font = QFont(QGuiApplication.font())
        font.setBold(True)  # the people to call first stand out
        return font


class FormerNamesModel(RowsModel[FormerName]):
    def headers(self) -> Sequence[str]:
        return (self.tr("Former name"), self.tr("Used until"))

    def cell(self, row: FormerName, column: int) -> object:
        return row.name if column == 0 else format_date(row.used_until)


class TenancyUnitsModel(RowsModel[TenancyUnitInfo]):
    def headers(self) -> Sequence[str]:
        return (self.tr("Unit"), self.tr("Floor"), self.tr("From"), self.tr("Until"))

    def cell(self, row: TenancyUnitInfo, column: int) -> object:
        values = (row.number, row.floor, format_date(row.start_date), format_date(row.end_date) or "—")
        return values[column] if 0 <= column < len(values) else None


def _tr(text: str) -> str:
    """Translate a source string marked below with QT_TRANSLATE_NOOP (so lupdate finds it)."""
    return QCoreApplication.translate("HistoryModel", text)


def history_action(line: HistoryLine) -> str:
    """What happened, in words: "Document edited", "Moved in"…"""
    names = {
        ("document", "create"): QT_TRANSLATE_NOOP("HistoryModel", "Document recorded"),
        ("document", "update"): QT_TRANSLATE_NOOP("HistoryModel", "Document edited"),
        ("document", "attach"): QT_TRANSLATE_NOOP("HistoryModel", "Scans attached"),
        ("document", "trash"): QT_TRANSLATE_NOOP("HistoryModel", "Document moved to the trash"),
        ("document", "restore"): QT_TRANSLATE_NOOP("HistoryModel", "Document restored from the trash"),
        ("document", "refile"): QT_TRANSLATE_NOOP("HistoryModel", "Document refiled"),
        ("document", "correct"): QT_TRANSLATE_NOOP("HistoryModel", "Typo in an original corrected"),
        ("contact", "create"): QT_TRANSLATE_NOOP("HistoryModel", "Contact added"),
        ("contact", "update"): QT_TRANSLATE_NOOP("HistoryModel", "Contact edited"),
        ("customer", "update"): QT_TRANSLATE_NOOP("HistoryModel", "Customer details changed"),
        ("customer", "reveal"): QT_TRANSLATE_NOOP("HistoryModel", "Masked ID number revealed"),
        ("tenancy", "move_in"): QT_TRANSLATE_NOOP("HistoryModel", "Moved in"),
        ("tenancy", "move_out"): QT_TRANSLATE_NOOP("HistoryModel", "Moved out"),
        ("tenancy", "notice"): QT_TRANSLATE_NOOP("HistoryModel", "Notice of moving out"),
        ("dossier", "bind"): QT_TRANSLATE_NOOP("HistoryModel", "Dossier bound"),
        ("dossier", "archive"): QT_TRANSLATE_NOOP("HistoryModel", "Put into an archive box"),
        ("dossier", "give_code"): QT_TRANSLATE_NOOP("HistoryModel", "Given its archival code (the old number kept)"),
        ("archive_box", "move"): QT_TRANSLATE_NOOP("HistoryModel", "Archive box moved"),
        ("loan", "loan_requested"): QT_TRANSLATE_NOOP("HistoryModel", "Loan asked for"),
        ("loan", "loan_handed_out"): QT_TRANSLATE_NOOP("HistoryModel", "Lent out"),
        ("loan", "loan_returned"): QT_TRANSLATE_NOOP("HistoryModel", "Loan returned"),
        ("approval", "request"): QT_TRANSLATE_NOOP("HistoryModel", "Manager's approval asked for"),
        ("approval", "approve"): QT_TRANSLATE_NOOP("HistoryModel", "Approved by the manager"),
        ("approval", "refuse"): QT_TRANSLATE_NOOP("HistoryModel", "Refused by the manager"),
        ("approval", "withdraw"): QT_TRANSLATE_NOOP("HistoryModel", "Request withdrawn"),
        ("approval", "use"): QT_TRANSLATE_NOOP("HistoryModel", "Done with the manager's approval"),
        ("approval", "approve_own"): QT_TRANSLATE_NOOP("HistoryModel", "The manager's own decision"),
        ("approval", "approve_and_use"): QT_TRANSLATE_NOOP("HistoryModel", "Approved and done by the manager"),
        # issue 15: the money of the dossier's tenancy
        ("fee_payment", "create"): QT_TRANSLATE_NOOP("HistoryModel", "Payment received"),
        ("fee_payment", "reverse"): QT_TRANSLATE_NOOP("HistoryModel", "Payment reversed"),
        ("fee_charge", "create"): QT_TRANSLATE_NOOP("HistoryModel", "One-off charge added"),
        ("fee_charge", "cancel"): QT_TRANSLATE_NOOP("HistoryModel", "One-off charge cancelled"),
        ("deposit", "receive"): QT_TRANSLATE_NOOP("HistoryModel", "Deposit received"),
        ("deposit", "refund"): QT_TRANSLATE_NOOP("HistoryModel", "Deposit refunded"),
        ("deposit", "retain"): QT_TRANSLATE_NOOP("HistoryModel", "Deposit retained"),
        ("arrears_chase", "create"): QT_TRANSLATE_NOOP("HistoryModel", "Arrears chased"),
        # issue 16: the filled forms of R12
        ("form_record", "create"): QT_TRANSLATE_NOOP("HistoryModel", "Form filled in"),
        ("form_record", "update"): QT_TRANSLATE_NOOP("HistoryModel", "Form changed"),
        # issue 16: the satisfaction survey (R14)
        ("survey_answer", "create"): QT_TRANSLATE_NOOP("HistoryModel", "Satisfaction survey answered"),
        ("survey_answer", "update"): QT_TRANSLATE_NOOP("HistoryModel", "Satisfaction survey answers changed"),
        # issue 20: customer care, the authorised signatories and the specimens of signatures and seals
        ("return_visit", "create"): QT_TRANSLATE_NOOP("HistoryModel", "Return visit recorded"),
        ("signatory", "create"): QT_TRANSLATE_NOOP("HistoryModel", "Authorised signatory added"),
        ("signatory", "update"): QT_TRANSLATE_NOOP("HistoryModel", "Authorised signatory changed"),
        ("signatory", "end"): QT_TRANSLATE_NOOP("HistoryModel", "Signatory's authority ended"),
        ("signatory", "reveal"): QT_TRANSLATE_NOOP("HistoryModel", "Masked ID number revealed"),
        ("specimen", "create"): QT_TRANSLATE_NOOP("HistoryModel", "Seal specimen lodged"),
    }
    name = names.get((line.entity, line.action))
    if name is None and line.entity in MACHINES:
        # issue 16: a register's step, in the words of its state machine ("Return visit (repair)")
        machine = MACHINES[line.entity]
        action = CREATED if line.action == "create" else machine.actions.get(line.action)
        if action is not None:
            return _tr(QT_TRANSLATE_NOOP("HistoryModel", "{action} ({record})")).format(
                action=app_text("registers", action), record=app_text("registers", machine.record_name)
            )
    return _tr(name) if name else f"{line.entity}: {line.action}"


# Detail keys that are not a field of the entity itself, shown by their own names.
def _extra_names() -> dict[str, str]:
    return {
        "attachments": QT_TRANSLATE_NOOP("HistoryModel", "Scans"),
        "files": QT_TRANSLATE_NOOP("HistoryModel", "Scans"),
        "emergency": QT_TRANSLATE_NOOP("HistoryModel", "Emergency contact"),
        "customer": QT_TRANSLATE_NOOP("HistoryModel", "Customer"),
        "units": QT_TRANSLATE_NOOP("HistoryModel", "Units"),
        "file_number": QT_TRANSLATE_NOOP("HistoryModel", "File number"),
        "items": QT_TRANSLATE_NOOP("HistoryModel", "Items"),
        "pages": QT_TRANSLATE_NOOP("HistoryModel", "Pages"),
        "retention": QT_TRANSLATE_NOOP("HistoryModel", "Retention period"),
        "box": QT_TRANSLATE_NOOP("HistoryModel", "Archive box"),
        "position": QT_TRANSLATE_NOOP("HistoryModel", "Place in the box"),
        "shelf_location": QT_TRANSLATE_NOOP("HistoryModel", "Shelf location"),
        "day": QT_TRANSLATE_NOOP("HistoryModel", "Day"),
        "move_out": QT_TRANSLATE_NOOP("HistoryModel", "Moved out"),
        "deposit": QT_TRANSLATE_NOOP("HistoryModel", "Deposit"),
        "departed": QT_TRANSLATE_NOOP("HistoryModel", "Tenancy ended"),
        "supplement": QT_TRANSLATE_NOOP("HistoryModel", "Added after binding"),
        "item_no": QT_TRANSLATE_NOOP("HistoryModel", "Item no."),
        "title": QT_TRANSLATE_NOOP("HistoryModel", "Title"),
        "name": QT_TRANSLATE_NOOP("HistoryModel", "Name"),
        "field": QT_TRANSLATE_NOOP("HistoryModel", "Shown in full"),  # what a reveal showed (R16)
        "approval": QT_TRANSLATE_NOOP("HistoryModel", "Approval no."),
        "in_office_only": QT_TRANSLATE_NOOP("HistoryModel", "Read in the office only"),
        "complete": QT_TRANSLATE_NOOP("HistoryModel", "Came back complete"),
        "missing": QT_TRANSLATE_NOOP("HistoryModel", "What was missing"),
        "note": QT_TRANSLATE_NOOP("HistoryModel", "Manager's note"),
        "countersigned": QT_TRANSLATE_NOOP("HistoryModel", "Signed at the desk"),
        # issue 15: the fee lines' details
        "amount_fen": QT_TRANSLATE_NOOP("HistoryModel", "Amount"),
        "receipt_no": QT_TRANSLATE_NOOP("HistoryModel", "Receipt number"),
        "method": QT_TRANSLATE_NOOP("HistoryModel", "How"),
        "allocated": QT_TRANSLATE_NOOP("HistoryModel", "Charges paid"),
        "on": QT_TRANSLATE_NOOP("HistoryModel", "Date"),
        "promised": QT_TRANSLATE_NOOP("HistoryModel", "Promised payment date"),
        "payment": QT_TRANSLATE_NOOP("HistoryModel", "Payment no."),
        "charge": QT_TRANSLATE_NOOP("HistoryModel", "Charge no."),
        "period": QT_TRANSLATE_NOOP("HistoryModel", "Period"),
        "reason": QT_TRANSLATE_NOOP("HistoryModel", "Reason"),
        "item": QT_TRANSLATE_NOOP("HistoryModel", "Fee item"),
        # the monthly run, the fee items and settings, the meter readings (the audit log shows these too)
        "buildings": QT_TRANSLATE_NOOP("HistoryModel", "Buildings"),
        "lines": QT_TRANSLATE_NOOP("HistoryModel", "Lines"),
        "adjustments": QT_TRANSLATE_NOOP("HistoryModel", "Adjustments"),
        "added_fen": QT_TRANSLATE_NOOP("HistoryModel", "Amount added"),
        "readings": QT_TRANSLATE_NOOP("HistoryModel", "Readings"),
        "payments": QT_TRANSLATE_NOOP("HistoryModel", "Payments"),
        "allocations": QT_TRANSLATE_NOOP("HistoryModel", "Charges paid"),
        "basis": QT_TRANSLATE_NOOP("HistoryModel", "How it is worked out"),
        "meter_kind": QT_TRANSLATE_NOOP("HistoryModel", "Meter"),
        "building_id": QT_TRANSLATE_NOOP("HistoryModel", "Building"),
        "billing_day": QT_TRANSLATE_NOOP("HistoryModel", "Billing day"),
        "due_days": QT_TRANSLATE_NOOP("HistoryModel", "Days to pay"),
        "free_during_fit_out": QT_TRANSLATE_NOOP("HistoryModel", "Free during fit-out"),
        "active": QT_TRANSLATE_NOOP("HistoryModel", "In use"),
        "rate": QT_TRANSLATE_NOOP("HistoryModel", "Rate"),
        "from": QT_TRANSLATE_NOOP("HistoryModel", "From"),
        "before": QT_TRANSLATE_NOOP("HistoryModel", "Before"),
        "company_name": QT_TRANSLATE_NOOP("HistoryModel", "Company"),
        "address": QT_TRANSLATE_NOOP("HistoryModel", "Address"),
        "phone": QT_TRANSLATE_NOOP("HistoryModel", "Phone"),
        "bank_name": QT_TRANSLATE_NOOP("HistoryModel", "Bank"),
        "bank_account": QT_TRANSLATE_NOOP("HistoryModel", "Account number"),
        "receipt_prefix": QT_TRANSLATE_NOOP("HistoryModel", "Receipt numbers begin with"),
        # issue 16: a filled form, a survey round
        "date": QT_TRANSLATE_NOOP("HistoryModel", "Date"),
        "filed": QT_TRANSLATE_NOOP("HistoryModel", "Filed in the dossier"),
        "fact": QT_TRANSLATE_NOOP("HistoryModel", "Record it wrote"),
        "year": QT_TRANSLATE_NOOP("HistoryModel", "Year"),
        "responses": QT_TRANSLATE_NOOP("HistoryModel", "Answers"),
        "target": QT_TRANSLATE_NOOP("HistoryModel", "Target"),
        "due": QT_TRANSLATE_NOOP("HistoryModel", "Due"),
    }


# Coded values shown in words (the app stores codes so a raw SQL edit cannot invent one).
def _coded_values() -> dict[tuple[str, str], str]:
    return {
        ("deposit", "refunded"): QT_TRANSLATE_NOOP("HistoryModel", "Refunded"),
        ("deposit", "retained"): QT_TRANSLATE_NOOP("HistoryModel", "Retained"),
        ("deposit", "none"): QT_TRANSLATE_NOOP("HistoryModel", "None paid"),
        ("deposit", "held"): QT_TRANSLATE_NOOP("HistoryModel", "Held for the units kept"),
        ("field", "id_code"): QT_TRANSLATE_NOOP("HistoryModel", "ID number"),
        ("field", "id_number"): QT_TRANSLATE_NOOP("HistoryModel", "ID number"),
        # issue 20: how a return visit was made
        ("how", "phone"): QT_TRANSLATE_NOOP("HistoryModel", "Telephone"),
        ("how", "visit"): QT_TRANSLATE_NOOP("HistoryModel", "Visit in person"),
        ("how", "message"): QT_TRANSLATE_NOOP("HistoryModel", "Text message"),
        ("how", "email"): QT_TRANSLATE_NOOP("HistoryModel", "E-mail"),
    }


def _field_name(entity: str, key: str) -> str:
    # A register's step names its own columns ("note" is the step's note); a form record's are the form's.
    prefix = {"form_record": "form"}.get(entity, entity)
    step = FIELD_NAMES.get(f"register_step.{key}") if entity in MACHINES else None
    source = step or FIELD_NAMES.get(f"{prefix}.{key}")
    if source is not None:
        return app_text("field", source)
    extra = _extra_names().get(key)
    return _tr(extra) if extra else key


def _value(key: str, value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return _tr(QT_TRANSLATE_NOOP("HistoryModel", "Yes") if value else QT_TRANSLATE_NOOP("HistoryModel", "No"))
    if key == "category" and isinstance(value, str):
        return category_name(value)
    if key == "kind" and isinstance(value, str) and value in {k.value for k in ApprovalKind}:
        return app_text("approval", KIND_NAMES[ApprovalKind(value)])
    if key == "retention" and isinstance(value, str) and value in RETENTION_NAMES:
        return app_text("retention", RETENTION_NAMES[value])
    if key == "kind" and isinstance(value, str) and value in DEPOSIT_KIND_NAMES:
        return app_text("fees", DEPOSIT_KIND_NAMES[value])
    if key == "method" and isinstance(value, str) and value in {**METHOD_NAMES, **CHASE_METHOD_NAMES}:
        return app_text("fees", {**METHOD_NAMES, **CHASE_METHOD_NAMES}[value])
    if key == "basis" and isinstance(value, str) and value in BASIS_NAMES:
        return app_text("fees", BASIS_NAMES[value])
    if key == "meter_kind" and isinstance(value, str) and value in METER_NAMES:
        return app_text("fees", METER_NAMES[value])
    if key == "seal" and isinstance(value, str) and value in SEAL_NAMES:
        return app_text("seal", SEAL_NAMES[value])
    if key in ("amount_fen", "added_fen") and isinstance(value, int) and not isinstance(value, bool):
        return money_text(value)
    if key == "allocated" and isinstance(value, dict):  # charge id → fen: how many lines the payment went to
        return str(len(value))
    coded = _coded_values().get((key, str(value)))
    if coded is not None:
        return _tr(coded)
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return format_date(dt.date.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, list):
        return QCoreApplication.translate("HistoryModel", ", ").join(_value(key, v) for v in value)
    return str(value)


def history_details(line: HistoryLine) -> str:
    """The details of a change, readably: "Title: old → new; Pages: 2 → 3"."""
    diff = line.action in ("update", "refile", "correct")  # their values are [before, after] pairs
    parts: list[str] = []
    for key, value in line.details.items():
        if key == "subject":  # which record a request is about: the line's own entity and id say it
            continue
        if line.entity in MACHINES and key in ("from", "to"):  # a register's step: its action says where it went
            continue
        name = _field_name(line.entity, key)
        if diff and isinstance(value, list) and len(value) == 2:
            shown = f"{_value(key, value[0])} → {_value(key, value[1])}"
        else:
            shown = _value(key, value)
        # The punctuation around the data is the language's own (Chinese: full-width colon and semicolon).
        parts.append(QCoreApplication.translate("HistoryModel", "{name}: {value}").format(name=name, value=shown))
    return QCoreApplication.translate("HistoryModel", "; ").join(parts)


class HistoryModel(PagedRowsModel[HistoryLine]):
    """A dossier's changes, newest first, read a page at a time (a dossier of 1 000 documents has thousands)."""

    WHEN, WHO, WHAT, DETAILS = range(4)

    def headers(self) -> Sequence[str]:
        return (self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details"))

    def cell(self, row: HistoryLine, column: int) -> object:
        if column == self.WHEN:
            return f"{format_date(row.at.date())} {row.at:%H:%M}"
        if column == self.WHO:
            return row.user or "—"
        if column == self.WHAT:
            return history_action(row)
        if column == self.DETAILS:
            return history_details(row)
        return None


class CategoriesModel(QAbstractListModel):
    """ "All" and every category of R3/R11 with how many documents the dossier holds in it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._codes: list[str | None] = [None, *(c.code for c in CATEGORIES)]
        self._counts: dict[str, int] = {}

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._codes)

    def count(self, code: str | None) -> int:
        return sum(self._counts.values()) if code is None else self._counts.get(code, 0)

    def code(self, row: int) -> str | None:
        return self._codes[row]

    def row_of(self, code: str | None) -> int:
        return self._codes.index(code) if code in self._codes else 0

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._codes):
            return None
        code = self._codes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = self.tr("All documents") if code is None else category_name(code)
            return f"{name} ({self.count(code)})"
        if role == Qt.ItemDataRole.ToolTipRole:
            category = BY_CODE.get(code) if code else None
            if category is None:
                return self.tr("Every document of the dossier, newest first")
            # The regulation's own Chinese name beside a translated one; never its rule id (a developer's word).
            name = category_name(category.code)
            return name if name == category.chinese else f"{name} — {category.chinese}"
        if role == Qt.ItemDataRole.ForegroundRole and code is not None and not self.count(code):
            # Empty categories stay listed (the regulation's full set) but recede.
            return QGuiApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and code is None:
            font = QFont(QGuiApplication.font())
            font.setBold(True)
            return font
        if role == CODE_ROLE:
            return code
        return None

    def set_counts(self, counts: Mapping[str, int]) -> None:
        """New counts keep the rows (and so the selection): only the texts change."""
        self._counts = dict(counts)
        if self._codes:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._codes) - 1, 0))
