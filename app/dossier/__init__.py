"""The dossier room (一户一档): a dossier and its documents (originals that never change, working copies that
change only with the manager's consent, every version kept), scans, contacts, categories and history; the move-in papers
checklist and what is missing; who may change a dossier in which state; the numbers of a bound dossier's items;
the emergency-contact card.

Other rooms and the window use what is named here; the modules inside are this room's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.dossier.access import dossier_for_change, may_add_late_paper, may_change
from app.dossier.categories import BY_CODE, CATEGORIES, ISSUER_CUSTOMER, ISSUER_OFFICE
from app.dossier.completeness import (
    ChecklistItem,
    MissingRow,
    RequirementInfo,
    checklist,
    floor_missing_report,
    missing_counts,
    missing_documents,
    save_checklist,
)
from app.dossier.contacts import ContactInput, add_contact, edit_contact, read_contact
from app.dossier.documents import (
    MAX_PAGES,
    AttachmentFile,
    DocumentInput,
    DocumentRow,
    Scan,
    add_document,
    attach_scans,
    attachment_file,
    category_counts,
    correct_original,
    edit_document,
    export_attachment,
    inspect_scan,
    read_document,
    refile_documents,
    request_document_change,
    restore_documents,
    trash_documents,
)
from app.dossier.dossiers import (
    DOCUMENT_SORTS,
    DOSSIER_STATUS_NAMES,
    ContactInfo,
    DossierView,
    HistoryLine,
    TenancyUnitInfo,
    dossier_documents,
    dossier_history,
    dossier_history_count,
    find_dossier_by_number,
    find_dossier_for_unit,
    read_dossier,
)
from app.dossier.numbering import page_range
from app.dossier.versions import VERSION_KIND_NAMES, DocumentVersionRow, document_history
from app.lazy import loaded_when_asked

if TYPE_CHECKING:  # what type checkers and the import contracts see; at run time these come from __getattr__ below
    from app.dossier.contact_card import emergency_card
    from app.dossier.customer_form import registration_form

# The printouts bring reportlab (~100 ms): loaded when first asked for, not by every start that uses the room.
_LOADED_WHEN_ASKED = {
    "emergency_card": "app.dossier.contact_card",
    "registration_form": "app.dossier.customer_form",
}


__getattr__ = loaded_when_asked(__name__, _LOADED_WHEN_ASKED)


__all__ = [
    "BY_CODE",
    "CATEGORIES",
    "DOCUMENT_SORTS",
    "DOSSIER_STATUS_NAMES",
    "ISSUER_CUSTOMER",
    "ISSUER_OFFICE",
    "MAX_PAGES",
    "VERSION_KIND_NAMES",
    "AttachmentFile",
    "ChecklistItem",
    "ContactInfo",
    "ContactInput",
    "DocumentInput",
    "DocumentRow",
    "DocumentVersionRow",
    "DossierView",
    "HistoryLine",
    "MissingRow",
    "RequirementInfo",
    "Scan",
    "TenancyUnitInfo",
    "add_contact",
    "add_document",
    "attach_scans",
    "attachment_file",
    "category_counts",
    "checklist",
    "correct_original",
    "document_history",
    "dossier_documents",
    "dossier_for_change",
    "dossier_history",
    "dossier_history_count",
    "edit_contact",
    "edit_document",
    "emergency_card",
    "export_attachment",
    "find_dossier_by_number",
    "find_dossier_for_unit",
    "floor_missing_report",
    "inspect_scan",
    "may_add_late_paper",
    "may_change",
    "missing_counts",
    "missing_documents",
    "page_range",
    "read_contact",
    "read_document",
    "read_dossier",
    "refile_documents",
    "registration_form",
    "request_document_change",
    "restore_documents",
    "save_checklist",
    "trash_documents",
]
