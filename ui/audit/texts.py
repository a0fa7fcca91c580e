"""The audit log in the user's words: what happened, to which kind of record, and its details — never raw JSON."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.approvals import KIND_NAMES, ApprovalKind
from app.audit import AuditEntry
from app.dossier import DOSSIER_STATUS_NAMES, HistoryLine
from app.permissions import ROLE_NAMES, Role
from ui.dossier import history_action, history_details
from ui.translations import app_text

CONTEXT = "AuditTexts"

# What a line records, by its action code (the codes are the log's; the words are the user's).
ACTIONS = {
    "view": QT_TRANSLATE_NOOP("AuditTexts", "Viewed"),
    "print": QT_TRANSLATE_NOOP("AuditTexts", "Printed"),
    "export": QT_TRANSLATE_NOOP("AuditTexts", "Exported"),
    "create": QT_TRANSLATE_NOOP("AuditTexts", "Created"),
    "update": QT_TRANSLATE_NOOP("AuditTexts", "Changed"),
    "move_in": QT_TRANSLATE_NOOP("AuditTexts", "Moved in"),
    "move_out": QT_TRANSLATE_NOOP("AuditTexts", "Moved out"),
    "notice": QT_TRANSLATE_NOOP("AuditTexts", "Notice of moving out"),
    "bind": QT_TRANSLATE_NOOP("AuditTexts", "Bound"),
    "archive": QT_TRANSLATE_NOOP("AuditTexts", "Put into an archive box"),
    "move": QT_TRANSLATE_NOOP("AuditTexts", "Moved"),
    "attach": QT_TRANSLATE_NOOP("AuditTexts", "Scans attached"),
    "trash": QT_TRANSLATE_NOOP("AuditTexts", "Moved to the trash"),
    "restore": QT_TRANSLATE_NOOP("AuditTexts", "Restored"),
    "refile": QT_TRANSLATE_NOOP("AuditTexts", "Refiled"),
    "repair": QT_TRANSLATE_NOOP("AuditTexts", "Repaired"),
    "log_in": QT_TRANSLATE_NOOP("AuditTexts", "Logged in"),
    "log_in_failed": QT_TRANSLATE_NOOP("AuditTexts", "Failed log-in"),
    "locked": QT_TRANSLATE_NOOP("AuditTexts", "Locked after wrong passwords"),
    "set_role": QT_TRANSLATE_NOOP("AuditTexts", "Role changed"),
    "disable": QT_TRANSLATE_NOOP("AuditTexts", "Account disabled"),
    "enable": QT_TRANSLATE_NOOP("AuditTexts", "Account enabled"),
    "reset_password": QT_TRANSLATE_NOOP("AuditTexts", "Password reset"),
    "unlock": QT_TRANSLATE_NOOP("AuditTexts", "Account unlocked"),
    "change_password": QT_TRANSLATE_NOOP("AuditTexts", "Own password changed"),
    "reveal": QT_TRANSLATE_NOOP("AuditTexts", "Masked value revealed"),
    "correct": QT_TRANSLATE_NOOP("AuditTexts", "Typo corrected"),
    "request": QT_TRANSLATE_NOOP("AuditTexts", "Approval asked for"),
    "approve": QT_TRANSLATE_NOOP("AuditTexts", "Approved"),
    "refuse": QT_TRANSLATE_NOOP("AuditTexts", "Refused"),
    "withdraw": QT_TRANSLATE_NOOP("AuditTexts", "Request withdrawn"),
    "use": QT_TRANSLATE_NOOP("AuditTexts", "Approval used"),
    "approve_own": QT_TRANSLATE_NOOP("AuditTexts", "Manager's own decision"),
    "approve_and_use": QT_TRANSLATE_NOOP("AuditTexts", "Approved and used by the manager"),
    "loan_requested": QT_TRANSLATE_NOOP("AuditTexts", "Loan asked for"),
    "loan_handed_out": QT_TRANSLATE_NOOP("AuditTexts", "Lent out"),
    "loan_returned": QT_TRANSLATE_NOOP("AuditTexts", "Loan returned"),
    # issue 12: destruction (R15)
    "propose": QT_TRANSLATE_NOOP("AuditTexts", "Proposed for destruction"),
    "destroy": QT_TRANSLATE_NOOP("AuditTexts", "Destroyed"),
    # issue 13: building editor
    "rename": QT_TRANSLATE_NOOP("AuditTexts", "Renamed"),
    "renumber": QT_TRANSLATE_NOOP("AuditTexts", "Renumbered"),
    "retire": QT_TRANSLATE_NOOP("AuditTexts", "Retired"),
    "delete": QT_TRANSLATE_NOOP("AuditTexts", "Deleted"),
    "merge": QT_TRANSLATE_NOOP("AuditTexts", "Made by merging units"),
    "split": QT_TRANSLATE_NOOP("AuditTexts", "Made by splitting a unit"),
    # issue 12: archive settings
    "give_code": QT_TRANSLATE_NOOP("AuditTexts", "Given its archival code (the old number kept)"),
    "configure": QT_TRANSLATE_NOOP("AuditTexts", "Confirmed"),
    # issue 15: fees, deposits and arrears (the demo has every one of them)
    "generate": QT_TRANSLATE_NOOP("AuditTexts", "Monthly charges generated"),
    "rate": QT_TRANSLATE_NOOP("AuditTexts", "Rate set"),
    "receive": QT_TRANSLATE_NOOP("AuditTexts", "Deposit received"),
    "refund": QT_TRANSLATE_NOOP("AuditTexts", "Refunded"),
    "retain": QT_TRANSLATE_NOOP("AuditTexts", "Retained"),
    "reverse": QT_TRANSLATE_NOOP("AuditTexts", "Reversed"),
    "cancel": QT_TRANSLATE_NOOP("AuditTexts", "Cancelled"),
    "import": QT_TRANSLATE_NOOP("AuditTexts", "Meter readings taken in"),
    "bulk_payments": QT_TRANSLATE_NOOP("AuditTexts", "Payments taken in"),
    # issue 20: the customers' staff changes
    "leave": QT_TRANSLATE_NOOP("AuditTexts", "Left the company"),
    "rejoin": QT_TRANSLATE_NOOP("AuditTexts", "Rejoined the company"),
    "link": QT_TRANSLATE_NOOP("AuditTexts", "Card, key or permit linked"),
    "unlink": QT_TRANSLATE_NOOP("AuditTexts", "Link undone"),
    "return": QT_TRANSLATE_NOOP("AuditTexts", "Returned"),
    # issue 20: a signatory's authority ended
    "end": QT_TRANSLATE_NOOP("AuditTexts", "Authority ended"),
}

# Detail keys of the people, approvals and loans lines (the dossier room names its own fields), and coded values.
DETAIL_NAMES = {
    "source": QT_TRANSLATE_NOOP("AuditTexts", "From"),
    "reason": QT_TRANSLATE_NOOP("AuditTexts", "Reason"),
    "note": QT_TRANSLATE_NOOP("AuditTexts", "Manager's note"),
    "countersigned": QT_TRANSLATE_NOOP("AuditTexts", "Signed at the desk"),
    "login": QT_TRANSLATE_NOOP("AuditTexts", "Login"),
    "role": QT_TRANSLATE_NOOP("AuditTexts", "Role"),
    "kind": QT_TRANSLATE_NOOP("AuditTexts", "Kind of request"),
    "summary": QT_TRANSLATE_NOOP("AuditTexts", "What is asked"),
    # issue 13: building editor
    "number": QT_TRANSLATE_NOOP("AuditTexts", "Unit number"),
    "unit": QT_TRANSLATE_NOOP("AuditTexts", "Unit"),
    "floor": QT_TRANSLATE_NOOP("AuditTexts", "Floor"),
    "label": QT_TRANSLATE_NOOP("AuditTexts", "Floor name"),
    "level": QT_TRANSLATE_NOOP("AuditTexts", "Level"),
    "area": QT_TRANSLATE_NOOP("AuditTexts", "Area (m²)"),
    "use": QT_TRANSLATE_NOOP("AuditTexts", "Use"),
    "from": QT_TRANSLATE_NOOP("AuditTexts", "From"),
    "to": QT_TRANSLATE_NOOP("AuditTexts", "To"),
    "merged_from": QT_TRANSLATE_NOOP("AuditTexts", "Merged from"),
    "merged_into": QT_TRANSLATE_NOOP("AuditTexts", "Merged into"),
    "split_into": QT_TRANSLATE_NOOP("AuditTexts", "Split into"),
}
CODED = {
    "window": QT_TRANSLATE_NOOP("AuditTexts", "the window"),
    "command line": QT_TRANSLATE_NOOP("AuditTexts", "the command line"),
    "smoke test": QT_TRANSLATE_NOOP("AuditTexts", "the start-up self-test"),
    "benchmark": QT_TRANSLATE_NOOP("AuditTexts", "the benchmark"),
    "wrong password": QT_TRANSLATE_NOOP("AuditTexts", "wrong password"),
    "unknown login": QT_TRANSLATE_NOOP("AuditTexts", "unknown login"),
    "locked": QT_TRANSLATE_NOOP("AuditTexts", "account locked"),
    "disabled": QT_TRANSLATE_NOOP("AuditTexts", "account disabled"),
}

# The kind of record a line is about.
ENTITIES = {
    "dossier": QT_TRANSLATE_NOOP("AuditTexts", "Dossier"),
    "document": QT_TRANSLATE_NOOP("AuditTexts", "Document"),
    "contact": QT_TRANSLATE_NOOP("AuditTexts", "Contact"),
    "customer": QT_TRANSLATE_NOOP("AuditTexts", "Customer"),
    "tenancy": QT_TRANSLATE_NOOP("AuditTexts", "Tenancy"),
    "building": QT_TRANSLATE_NOOP("AuditTexts", "Building"),
    "unit": QT_TRANSLATE_NOOP("AuditTexts", "Unit"),
    "units": QT_TRANSLATE_NOOP("AuditTexts", "Unit list"),
    "user": QT_TRANSLATE_NOOP("AuditTexts", "User"),
    "labels": QT_TRANSLATE_NOOP("AuditTexts", "Dossier labels"),
    "archive_box": QT_TRANSLATE_NOOP("AuditTexts", "Archive box"),
    "archive_year": QT_TRANSLATE_NOOP("AuditTexts", "Year's archive"),
    "checklist": QT_TRANSLATE_NOOP("AuditTexts", "Move-in checklist"),
    "attachments": QT_TRANSLATE_NOOP("AuditTexts", "Scans folder"),
    "audit": QT_TRANSLATE_NOOP("AuditTexts", "Audit log"),
    "printout": QT_TRANSLATE_NOOP("AuditTexts", "Printout"),
    "loan": QT_TRANSLATE_NOOP("AuditTexts", "Loan"),
    "loans": QT_TRANSLATE_NOOP("AuditTexts", "Loan list"),
    "loan_register": QT_TRANSLATE_NOOP("AuditTexts", "Loan register"),
    "approval": QT_TRANSLATE_NOOP("AuditTexts", "Approval"),
    # issue 12: destruction (R15)
    "destruction_list": QT_TRANSLATE_NOOP("AuditTexts", "Destruction list"),
    # issue 13: building editor
    "floor": QT_TRANSLATE_NOOP("AuditTexts", "Floor"),
    # issue 12: archive settings
    "setting": QT_TRANSLATE_NOOP("AuditTexts", "Settings"),
    # issue 15: fees
    "fees": QT_TRANSLATE_NOOP("AuditTexts", "Fees"),
    "fee_item": QT_TRANSLATE_NOOP("AuditTexts", "Fee item"),
    "fee_settings": QT_TRANSLATE_NOOP("AuditTexts", "Fee settings"),
    "fee_charge": QT_TRANSLATE_NOOP("AuditTexts", "Charge"),
    "fee_payment": QT_TRANSLATE_NOOP("AuditTexts", "Payment"),
    "deposit": QT_TRANSLATE_NOOP("AuditTexts", "Deposit"),
    "meter_reading": QT_TRANSLATE_NOOP("AuditTexts", "Meter reading"),
    "arrears_chase": QT_TRANSLATE_NOOP("AuditTexts", "Arrears chase"),
    # issue 15: the arrears list and notices (branch feesprint)
    "arrears": QT_TRANSLATE_NOOP("AuditTexts", "Arrears"),
    # issue 16: the satisfaction survey (R14)
    "survey": QT_TRANSLATE_NOOP("AuditTexts", "Satisfaction survey"),
    "survey_answer": QT_TRANSLATE_NOOP("AuditTexts", "Survey answers"),
    "corrective_action": QT_TRANSLATE_NOOP("AuditTexts", "Corrective action"),
    # issue 17: a list on screen exported to Excel (its title is the line's "what")
    "list": QT_TRANSLATE_NOOP("AuditTexts", "List"),
    # issue 20: customer care
    "customer_grade": QT_TRANSLATE_NOOP("AuditTexts", "Customer grade"),
    "return_visit": QT_TRANSLATE_NOOP("AuditTexts", "Return visit"),
    # issue 20: the customers' staff changes
    "staff_member": QT_TRANSLATE_NOOP("AuditTexts", "Staff member"),
    "staff_item": QT_TRANSLATE_NOOP("AuditTexts", "Card, key or permit"),
    # issue 20: authorised signatories and the specimens of their signatures and of the company's seals
    "signatory": QT_TRANSLATE_NOOP("AuditTexts", "Authorised signatory"),
    "specimen": QT_TRANSLATE_NOOP("AuditTexts", "Specimen"),
}

# What was viewed, printed or exported ("what" of a reading line), when it is a code and not a printout's title.
WHAT = {
    "dossier": QT_TRANSLATE_NOOP("AuditTexts", "the dossier"),
    "units": QT_TRANSLATE_NOOP("AuditTexts", "the unit list"),
    "labels": QT_TRANSLATE_NOOP("AuditTexts", "dossier labels"),
    "audit": QT_TRANSLATE_NOOP("AuditTexts", "the audit log"),
    "archive": QT_TRANSLATE_NOOP("AuditTexts", "the year's archive"),
    "box": QT_TRANSLATE_NOOP("AuditTexts", "an archive box"),
    "loans": QT_TRANSLATE_NOOP("AuditTexts", "the loan list"),
    # issue 12: destruction (R15)
    "destruction-form": QT_TRANSLATE_NOOP("AuditTexts", "the destruction approval form"),
    "destruction-register": QT_TRANSLATE_NOOP("AuditTexts", "the destruction register"),
    # issue 12: archive settings
    "archive_codes": QT_TRANSLATE_NOOP("AuditTexts", "the files waiting for their archival codes"),
    # issue 15: the fee printouts and the arrears list (branch feesprint)
    "receipt": QT_TRANSLATE_NOOP("AuditTexts", "a receipt"),
    "statement": QT_TRANSLATE_NOOP("AuditTexts", "a statement"),
    "arrears_notice": QT_TRANSLATE_NOOP("AuditTexts", "arrears notices"),
    "fees_summary": QT_TRANSLATE_NOOP("AuditTexts", "the month-end summary of fees"),
    "arrears": QT_TRANSLATE_NOOP("AuditTexts", "the arrears list"),
    # issue 16: the satisfaction survey (R14)
    "survey": QT_TRANSLATE_NOOP("AuditTexts", "the satisfaction survey"),
    "survey_report": QT_TRANSLATE_NOOP("AuditTexts", "the satisfaction survey report"),
    # issue 20: customer care
    "visits": QT_TRANSLATE_NOOP("AuditTexts", "the return visits due"),
    "visit_plan": QT_TRANSLATE_NOOP("AuditTexts", "the monthly visit plan"),
    "visit_record": QT_TRANSLATE_NOOP("AuditTexts", "a visit record form"),
    # issue 20: the customers' staff changes
    "staff": QT_TRANSLATE_NOOP("AuditTexts", "the customer's staff"),
    "to_recover": QT_TRANSLATE_NOOP("AuditTexts", "the cards and keys to recover"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def action_text(entry: AuditEntry) -> str:
    """What happened, in words: the dossier room's words for its own changes, else the log's action."""
    line = HistoryLine(entry.at, entry.user_name, entry.entity, entry.action, entry.details)
    known = history_action(line)
    if known != f"{entry.entity}: {entry.action}":
        return known
    source = ACTIONS.get(entry.action)
    return _tr(source) if source else entry.action


def action_name(action: str) -> str:
    """An action code in words, for the "what" filter."""
    source = ACTIONS.get(action)
    return _tr(source) if source else action


def record_text(entry: AuditEntry) -> str:
    source = ENTITIES.get(entry.entity)
    name = _tr(source) if source else entry.entity
    return f"{name} {entry.entity_id}" if entry.entity_id is not None and entry.entity != "dossier" else name


def _status(value: Any) -> str:
    if isinstance(value, str) and value in DOSSIER_STATUS_NAMES:
        return app_text("status", DOSSIER_STATUS_NAMES[value])
    return "—" if value is None else str(value)


def details_text(entry: AuditEntry) -> str:
    """The details readably: "Pages: 3", "Status: Live → Departed", "Title: old → new"…"""
    details = dict(entry.details)
    parts: list[str] = []
    what = details.pop("what", None)
    if what is not None:
        source = WHAT.get(str(what))
        text = QCoreApplication.translate("AuditTexts", "What: {what}")
        parts.append(text.format(what=_tr(source) if source else what))
    if "rows" in details:
        parts.append(QCoreApplication.translate("AuditTexts", "Rows: {rows}").format(rows=details.pop("rows")))
    if "pages" in details and entry.action in ("view", "print", "export"):
        parts.append(QCoreApplication.translate("AuditTexts", "Pages: {pages}").format(pages=details.pop("pages")))
    status = details.pop("status", None)
    if isinstance(status, list) and len(status) == 2:
        text = QCoreApplication.translate("AuditTexts", "Status: {old} → {new}")
        parts.append(text.format(old=_status(status[0]), new=_status(status[1])))
    details.pop("subject", None)  # the record column names it already
    for key in [
        k for k in details if k in DETAIL_NAMES and entry.entity in ("user", "approval", "loan", "unit", "floor")
    ]:
        text = QCoreApplication.translate("AuditTexts", "{name}: {value}")
        parts.append(text.format(name=_tr(DETAIL_NAMES[key]), value=_coded(key, details.pop(key))))
    if details:
        parts.append(history_details(HistoryLine(entry.at, entry.user_name, entry.entity, entry.action, details)))
    return QCoreApplication.translate("AuditTexts", "; ").join(p for p in parts if p)


def _coded(key: str, value: Any) -> str:
    """A coded detail in words: a role, a kind of request, where a log-in came from, yes/no."""
    if isinstance(value, list):
        # A merge's old units or a split's new ones are a list of equals; a change is "old → new".
        joiner = "、" if key in ("merged_from", "split_into") else " → "
        return joiner.join(_coded(key, v) for v in value)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("AuditTexts", "yes") if value else QCoreApplication.translate("AuditTexts", "no")
        )
    if value is None or value == "":
        return "—"
    if key == "role" and value in {r.value for r in Role}:
        return app_text("role", ROLE_NAMES[Role(value)])
    if key == "kind" and value in {k.value for k in ApprovalKind}:
        return app_text("approval", KIND_NAMES[ApprovalKind(value)])
    source = CODED.get(str(value))
    return _tr(source) if source else str(value)
