"""Who may do what: the one permission table every app call obeys (GUI and command line)."""

from __future__ import annotations

from enum import StrEnum

from app.errors import Named, PermissionDenied
from app.text import QT_TRANSLATE_NOOP


class Role(StrEnum):
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    MANAGER = "manager"
    ADMIN = "admin"


class Action(StrEnum):
    READ = "read"
    SET_UP_BUILDING = "set_up_building"
    MOVE_IN = "move_in"
    EDIT_CUSTOMER = "edit_customer"
    RECORD_DOCUMENT = "record_document"
    EDIT_DOCUMENT = "edit_document"
    EDIT_CONTACTS = "edit_contacts"
    MANAGE_USERS = "manage_users"
    CHANGE_DEPARTED_DOSSIER = "change_departed_dossier"
    CONFIGURE_CHECKLIST = "configure_checklist"
    MOVE_OUT = "move_out"
    PRINT_LABELS = "print_labels"
    BIND_DOSSIER = "bind_dossier"
    ARCHIVE = "archive"
    ADD_LATE_PAPER = "add_late_paper"
    PRINT_ARCHIVE = "print_archive"
    REPAIR_FILES = "repair_files"
    BACK_UP = "back_up"
    CONFIGURE_BACKUP = "configure_backup"
    RESTORE = "restore"
    # issue 11: approvals
    REQUEST_APPROVAL = "request_approval"
    APPROVE = "approve"
    # issue 11: loans
    REQUEST_LOAN = "request_loan"
    HAND_OUT_LOAN = "hand_out_loan"
    TAKE_BACK_LOAN = "take_back_loan"
    # issue 11: privacy
    SEE_ID_NUMBERS = "see_id_numbers"
    EXPORT_MOBILES = "export_mobiles"
    REVEAL_PERSONAL_DATA = "reveal_personal_data"
    # issue 11: originals and versions
    CORRECT_ORIGINAL = "correct_original"
    # issue 11: audit
    READ_AUDIT = "read_audit"
    # issue 11: people
    CHANGE_OWN_PASSWORD = "change_own_password"
    VIEW_USERS = "view_users"
    # issue 12: destruction
    PROPOSE_DESTRUCTION = "propose_destruction"
    RECORD_DESTRUCTION = "record_destruction"
    # issue 13: building editor
    EDIT_BUILDING = "edit_building"
    # issue 12: archive settings
    CONFIGURE_ARCHIVE = "configure_archive"
    # issue 15: fees
    MANAGE_FEES = "manage_fees"
    GENERATE_CHARGES = "generate_charges"
    ADD_CHARGE = "add_charge"
    RECORD_PAYMENT = "record_payment"
    REVERSE_PAYMENT = "reverse_payment"
    RECORD_DEPOSIT = "record_deposit"
    RECORD_METER_READING = "record_meter_reading"
    CHASE_ARREARS = "chase_arrears"
    # issue 16: the service registers, the forms and the survey
    RECORD_REPAIR = "record_repair"
    HANDLE_COMPLAINT = "handle_complaint"
    APPROVE_COMPLAINT = "approve_complaint"
    RECORD_VIOLATION = "record_violation"
    RECORD_FIT_OUT = "record_fit_out"
    DECIDE_FIT_OUT = "decide_fit_out"
    RECORD_VISIT = "record_visit"
    RECORD_FORM = "record_form"
    RECORD_SURVEY = "record_survey"
    MANAGE_SURVEY = "manage_survey"
    CONFIGURE_REGISTERS = "configure_registers"
    # issue 17: Excel in and out
    IMPORT_WORKBOOK = "import_workbook"
    # issue 19: where a server database keeps its scans
    CONFIGURE_SCANS = "configure_scans"
    # issue 19: a database file moved to a server and back (migrate-to-server, export-to-file)
    MOVE_DATABASE = "move_database"
    # issue 20: customer care
    SET_CUSTOMER_GRADE = "set_customer_grade"
    CONFIGURE_CONTACT_PLANS = "configure_contact_plans"
    # issue 20: authorised signatories and seal specimens
    KEEP_SPECIMENS = "keep_specimens"
    # issue 20: the customer's people, what they hold and what is to be recovered from those who left
    KEEP_STAFF = "keep_staff"
    # issue 21: the scan inbox's cover sheets
    PRINT_COVERS = "print_covers"
    # issue 21: the scan inbox
    FILE_SCANS = "file_scans"
    CONFIGURE_INBOX = "configure_inbox"


ROLE_NAMES = {
    Role.CLERK: QT_TRANSLATE_NOOP("role", "Clerk"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("role", "Supervisor"),
    Role.MANAGER: QT_TRANSLATE_NOOP("role", "Department manager"),
    Role.ADMIN: QT_TRANSLATE_NOOP("role", "Administrator"),
}

ACTION_NAMES = {
    Action.READ: QT_TRANSLATE_NOOP("action", "read dossiers"),
    Action.SET_UP_BUILDING: QT_TRANSLATE_NOOP("action", "set up buildings"),
    Action.MOVE_IN: QT_TRANSLATE_NOOP("action", "move tenants in"),
    Action.EDIT_CUSTOMER: QT_TRANSLATE_NOOP("action", "edit customers"),
    Action.RECORD_DOCUMENT: QT_TRANSLATE_NOOP("action", "record documents"),
    Action.EDIT_DOCUMENT: QT_TRANSLATE_NOOP("action", "edit documents"),
    Action.EDIT_CONTACTS: QT_TRANSLATE_NOOP("action", "edit contacts"),
    Action.MANAGE_USERS: QT_TRANSLATE_NOOP("action", "manage users"),
    Action.CHANGE_DEPARTED_DOSSIER: QT_TRANSLATE_NOOP("action", "change a departed tenant's dossier"),
    Action.CONFIGURE_CHECKLIST: QT_TRANSLATE_NOOP("action", "configure the move-in checklist"),
    Action.MOVE_OUT: QT_TRANSLATE_NOOP("action", "move tenants out"),
    Action.PRINT_LABELS: QT_TRANSLATE_NOOP("action", "print dossier labels"),
    Action.BIND_DOSSIER: QT_TRANSLATE_NOOP("action", "bind departed dossiers"),
    Action.ARCHIVE: QT_TRANSLATE_NOOP("action", "run the annual archiving"),
    Action.ADD_LATE_PAPER: QT_TRANSLATE_NOOP("action", "add a late paper to a bound dossier"),
    Action.PRINT_ARCHIVE: QT_TRANSLATE_NOOP("action", "print archive directories"),
    Action.REPAIR_FILES: QT_TRANSLATE_NOOP("action", "move stray files out of the scans folder"),
    Action.BACK_UP: QT_TRANSLATE_NOOP("action", "make backups"),
    Action.CONFIGURE_BACKUP: QT_TRANSLATE_NOOP("action", "change the backup settings"),
    Action.RESTORE: QT_TRANSLATE_NOOP("action", "restore a backup"),
    # issue 11: approvals
    Action.REQUEST_APPROVAL: QT_TRANSLATE_NOOP("action", "ask for the department manager's approval"),
    Action.APPROVE: QT_TRANSLATE_NOOP("action", "approve or refuse requests"),
    # issue 11: loans
    Action.REQUEST_LOAN: QT_TRANSLATE_NOOP("action", "ask to borrow dossiers"),
    Action.HAND_OUT_LOAN: QT_TRANSLATE_NOOP("action", "hand out lent dossiers"),
    Action.TAKE_BACK_LOAN: QT_TRANSLATE_NOOP("action", "take back lent dossiers"),
    # issue 11: privacy
    Action.SEE_ID_NUMBERS: QT_TRANSLATE_NOOP("action", "see persons' ID numbers"),
    Action.EXPORT_MOBILES: QT_TRANSLATE_NOOP("action", "export personal mobile numbers"),
    Action.REVEAL_PERSONAL_DATA: QT_TRANSLATE_NOOP("action", "reveal a masked ID number"),
    # issue 11: originals and versions
    Action.CORRECT_ORIGINAL: QT_TRANSLATE_NOOP("action", "correct a typo in an original document"),
    # issue 11: audit
    Action.READ_AUDIT: QT_TRANSLATE_NOOP("action", "read the audit log"),
    # issue 11: people
    Action.CHANGE_OWN_PASSWORD: QT_TRANSLATE_NOOP("action", "change their own password"),
    Action.VIEW_USERS: QT_TRANSLATE_NOOP("action", "see the user accounts"),
    # issue 12: destruction
    Action.PROPOSE_DESTRUCTION: QT_TRANSLATE_NOOP("action", "propose dossiers past their retention for destruction"),
    Action.RECORD_DESTRUCTION: QT_TRANSLATE_NOOP("action", "record an approved destruction"),
    # issue 13: building editor
    Action.EDIT_BUILDING: QT_TRANSLATE_NOOP("action", "change the building's floors and units"),
    # issue 12: archive settings
    Action.CONFIGURE_ARCHIVE: QT_TRANSLATE_NOOP("action", "change the archive settings"),
    # issue 15: fees
    Action.MANAGE_FEES: QT_TRANSLATE_NOOP("action", "set up fee items, rates and the fee settings"),
    Action.GENERATE_CHARGES: QT_TRANSLATE_NOOP("action", "generate the monthly charges"),
    Action.ADD_CHARGE: QT_TRANSLATE_NOOP("action", "add or cancel one-off charges"),
    Action.RECORD_PAYMENT: QT_TRANSLATE_NOOP("action", "record payments"),
    Action.REVERSE_PAYMENT: QT_TRANSLATE_NOOP("action", "reverse payments"),
    Action.RECORD_DEPOSIT: QT_TRANSLATE_NOOP("action", "record, refund and retain deposits"),
    Action.RECORD_METER_READING: QT_TRANSLATE_NOOP("action", "record meter readings"),
    Action.CHASE_ARREARS: QT_TRANSLATE_NOOP("action", "record the chasing of arrears"),
    # issue 16: the service registers, the forms and the survey
    Action.RECORD_REPAIR: QT_TRANSLATE_NOOP("action", "record and follow up repairs"),
    Action.HANDLE_COMPLAINT: QT_TRANSLATE_NOOP("action", "record and follow up complaints"),
    Action.APPROVE_COMPLAINT: QT_TRANSLATE_NOOP("action", "approve how a complaint was handled"),
    Action.RECORD_VIOLATION: QT_TRANSLATE_NOOP("action", "record violations and their notices"),
    Action.RECORD_FIT_OUT: QT_TRANSLATE_NOOP("action", "record fit-out projects"),
    Action.DECIDE_FIT_OUT: QT_TRANSLATE_NOOP("action", "approve fit-out projects and decide their inspections"),
    Action.RECORD_VISIT: QT_TRANSLATE_NOOP("action", "record return visits"),
    Action.RECORD_FORM: QT_TRANSLATE_NOOP("action", "fill in registration forms"),
    Action.RECORD_SURVEY: QT_TRANSLATE_NOOP("action", "record satisfaction-survey answers"),
    Action.MANAGE_SURVEY: QT_TRANSLATE_NOOP("action", "open survey rounds and plan corrective actions"),
    Action.CONFIGURE_REGISTERS: QT_TRANSLATE_NOOP("action", "change when repairs count as overdue"),
    Action.IMPORT_WORKBOOK: QT_TRANSLATE_NOOP("action", "import an office's spreadsheets"),
    Action.CONFIGURE_SCANS: QT_TRANSLATE_NOOP("action", "choose where a server database keeps its scans"),
    Action.MOVE_DATABASE: QT_TRANSLATE_NOOP("action", "copy the whole record to a server or to a file"),
    # issue 20: customer care
    Action.SET_CUSTOMER_GRADE: QT_TRANSLATE_NOOP("action", "grade customers"),
    Action.CONFIGURE_CONTACT_PLANS: QT_TRANSLATE_NOOP("action", "change the contact plan of each customer grade"),
    # issue 20: authorised signatories and seal specimens
    Action.KEEP_SPECIMENS: QT_TRANSLATE_NOOP("action", "keep the authorised signatories and seal specimens"),
    Action.KEEP_STAFF: QT_TRANSLATE_NOOP("action", "keep customers' staff and recover their cards and keys"),
    # issue 21: the scan inbox
    Action.PRINT_COVERS: QT_TRANSLATE_NOOP("action", "print scan cover sheets"),
    Action.FILE_SCANS: QT_TRANSLATE_NOOP("action", "file scans from the inbox folder"),
    Action.CONFIGURE_INBOX: QT_TRANSLATE_NOOP("action", "choose the scan inbox folder and whether it files by itself"),
}

_ALL = frozenset(Role)
_DESK = frozenset({Role.CLERK, Role.SUPERVISOR, Role.MANAGER})

PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.READ: _ALL,
    Action.SET_UP_BUILDING: frozenset({Role.ADMIN, Role.MANAGER}),
    Action.MOVE_IN: _DESK,
    Action.EDIT_CUSTOMER: _DESK,
    Action.RECORD_DOCUMENT: _DESK,
    Action.EDIT_DOCUMENT: _DESK,
    Action.EDIT_CONTACTS: _DESK,
    Action.MANAGE_USERS: frozenset({Role.ADMIN}),
    # R6: a departed dossier is read-only except for the supervisor (who binds it) and the manager.
    Action.CHANGE_DEPARTED_DOSSIER: frozenset({Role.SUPERVISOR, Role.MANAGER}),
    Action.CONFIGURE_CHECKLIST: frozenset({Role.SUPERVISOR, Role.MANAGER, Role.ADMIN}),
    Action.MOVE_OUT: _DESK,
    Action.PRINT_LABELS: _DESK,
    # R6/R7: the supervisor binds departed dossiers and runs the annual archiving.
    Action.BIND_DOSSIER: frozenset({Role.SUPERVISOR, Role.MANAGER}),
    Action.ARCHIVE: frozenset({Role.SUPERVISOR, Role.MANAGER}),
    # A paper found after binding goes in only with the department manager (noted 补充 in the 备考表).
    Action.ADD_LATE_PAPER: frozenset({Role.MANAGER}),
    Action.PRINT_ARCHIVE: _DESK,
    # Files, not dossiers: the administrator looks after the data files and their backups.
    Action.REPAIR_FILES: frozenset({Role.ADMIN}),
    # R16: whoever is at the desk may make a backup (the automatic one runs as the person logged in) ...
    Action.BACK_UP: _ALL,
    # ... where backups go and how often is decided by the administrator and the department manager ...
    Action.CONFIGURE_BACKUP: frozenset({Role.ADMIN, Role.MANAGER}),
    # ... and replacing the record with an older copy only by the administrator.
    Action.RESTORE: frozenset({Role.ADMIN}),
    # issue 11: approvals. R8/R9: loans and changes to working copies need the department manager's consent;
    # whoever works at the desk asks for it, only the manager gives it.
    Action.REQUEST_APPROVAL: _DESK,
    Action.APPROVE: frozenset({Role.MANAGER}),
    # issue 11: loans
    # R8: anyone at the desk writes down a request to borrow (the department manager approves it, see APPROVE) ...
    Action.REQUEST_LOAN: _DESK,
    # ... the dossiers are lent from the cabinets the supervisor keeps, by the supervisor or a clerk, and taken
    # back by them (noting whether they came back complete); the manager approves, the desk lends.
    Action.HAND_OUT_LOAN: frozenset({Role.CLERK, Role.SUPERVISOR}),
    Action.TAKE_BACK_LOAN: frozenset({Role.CLERK, Role.SUPERVISOR}),
    # issue 11: privacy (R16: customer information is confidential and used internally only; app/privacy.py masks).
    # A person's ID number is needed by those who vouch for the record: the supervisor keeps the cabinets and lends
    # the dossiers (R8), the manager approves. A clerk does the daily work with the masked number (the last four
    # digits are enough to tell two people apart) and reveals the full one only as an audited action; the
    # administrator looks after files, not dossiers, and sees it masked.
    Action.SEE_ID_NUMBERS: frozenset({Role.SUPERVISOR, Role.MANAGER}),
    # Personal mobiles leave the office (the command line's output, JSON, a printed list) unmasked only on the
    # manager's word, who answers for what leaves the department (R8 approvals). In the window every desk role sees
    # them: clerks call tenants and print the emergency-contact card.
    Action.EXPORT_MOBILES: frozenset({Role.MANAGER}),
    # Whoever works on the dossiers may show a masked ID number in full when the work needs it, but never without a
    # line in the audit log (R16): it writes that line, so it is refused on a file open read-only.
    Action.REVEAL_PERSONAL_DATA: _DESK,
    # issue 11: originals and versions
    # R9: whoever keeps the dossiers at the desk may correct an obvious typo in an original, but only within the
    # department manager's approval of that one correction (app/approvals' take_approval); the manager's own
    # correction records its reason. The same consent gates EDIT_DOCUMENT's changes of a working copy.
    Action.CORRECT_ORIGINAL: _DESK,
    # issue 11: audit
    # R16: who saw, printed or changed what is for those who answer for the record — the supervisor (who keeps
    # the cabinets), the department manager and the administrator — not for the clerks whose work it records.
    Action.READ_AUDIT: frozenset({Role.SUPERVISOR, Role.MANAGER, Role.ADMIN}),
    # issue 11: people. R16: everyone who logs in keeps their own password secret, so each may change it
    # (the accounts themselves stay MANAGE_USERS, the administrator's, above).
    Action.CHANGE_OWN_PASSWORD: _ALL,
    # ... and the list of accounts (who is locked out, who must change a password) is the administrator's.
    Action.VIEW_USERS: frozenset({Role.ADMIN}),
    # issue 12: destruction. R15: the supervisor, who keeps the cabinets, appraises what is past its retention and
    # proposes the destruction list — not the manager, who approves it (APPROVE): two people for every destruction;
    # the destruction itself is carried out and recorded by the supervisor or the manager, never by a clerk.
    Action.PROPOSE_DESTRUCTION: frozenset({Role.SUPERVISOR}),
    Action.RECORD_DESTRUCTION: frozenset({Role.SUPERVISOR, Role.MANAGER}),
    # issue 13: building editor. Who set the building up changes it: the department manager, who answers for the
    # units let (a merge or split changes what is let), and the administrator who keeps the file (SET_UP_BUILDING).
    Action.EDIT_BUILDING: frozenset({Role.ADMIN, Role.MANAGER}),
    # issue 12: archive settings. R7/R15: the department manager answers for the archive, so the 全宗 and how a
    # 档号 is made (and the one-time step giving old files theirs) are the manager's; the supervisor binds with them.
    Action.CONFIGURE_ARCHIVE: frozenset({Role.MANAGER}),
    # issue 15: fees (R11). What the office charges and at what rate is the department manager's; the month's
    # charges are raised by the supervisor or the manager (one run for the whole building, not a clerk's daily
    # work); the desk takes payments and deposits, adds one-off charges, records readings and chases arrears. A
    # payment reversed takes money off a receipt already given, so it is the supervisor's or the manager's.
    # Retaining part of a deposit needs the manager's approval as well (app/fees/deposits, take_approval).
    Action.MANAGE_FEES: frozenset({Role.MANAGER}),
    Action.GENERATE_CHARGES: frozenset({Role.SUPERVISOR, Role.MANAGER}),
    Action.ADD_CHARGE: _DESK,
    Action.RECORD_PAYMENT: _DESK,
    Action.REVERSE_PAYMENT: frozenset({Role.SUPERVISOR, Role.MANAGER}),
    Action.RECORD_DEPOSIT: _DESK,
    Action.RECORD_METER_READING: _DESK,
    Action.CHASE_ARREARS: _DESK,
    # issue 16: the service registers. The desk logs and follows up repairs, complaints, violations, fit-out
    # projects, return visits, forms and survey answers. R13: a complaint's result is approved by the supervisor or
    # the manager before it goes back to the customer; a fit-out project is approved, and its inspection passed or
    # failed, by them too (the desk records the application and the work). A survey round, its target and the
    # corrective actions (R14) and how long a repair may stay open are theirs as well.
    Action.RECORD_REPAIR: _DESK,
    Action.HANDLE_COMPLAINT: _DESK,
    Action.APPROVE_COMPLAINT: frozenset({Role.SUPERVISOR, Role.MANAGER}),
    Action.RECORD_VIOLATION: _DESK,
    Action.RECORD_FIT_OUT: _DESK,
    Action.DECIDE_FIT_OUT: frozenset({Role.SUPERVISOR, Role.MANAGER}),
    Action.RECORD_VISIT: _DESK,
    Action.RECORD_FORM: _DESK,
    Action.RECORD_SURVEY: _DESK,
    Action.MANAGE_SURVEY: frozenset({Role.SUPERVISOR, Role.MANAGER}),
    Action.CONFIGURE_REGISTERS: frozenset({Role.SUPERVISOR, Role.MANAGER}),
    # issue 17: moving an office's spreadsheets in — the administrator (the only user of a new file) and the manager.
    Action.IMPORT_WORKBOOK: frozenset({Role.ADMIN, Role.MANAGER}),
    # issue 19: where the scans of every desk are kept is the administrator's, as the data files are (REPAIR_FILES).
    Action.CONFIGURE_SCANS: frozenset({Role.ADMIN}),
    # issue 19: the whole record, users and passwords included, copied to a server or back: the administrator's.
    Action.MOVE_DATABASE: frozenset({Role.ADMIN}),
    # issue 20: customer care. The supervisor, who keeps the customers' dossiers, grades the customers (the manager
    # may too); how often each grade is visited is the department manager's. Visits are recorded by the desk
    # (RECORD_VISIT, above).
    Action.SET_CUSTOMER_GRADE: frozenset({Role.SUPERVISOR, Role.MANAGER}),
    Action.CONFIGURE_CONTACT_PLANS: frozenset({Role.MANAGER}),
    # issue 20: whoever receives the customer's papers at the desk records who may sign for it and lodges the
    # specimens of signatures and seals, and ends an authority when the customer's letter says so; the administrator
    # looks after files, not customers.
    Action.KEEP_SPECIMENS: _DESK,
    # issue 20: the customer's staff changes (R11) are the desk's daily work, as the forms they file are (RECORD_FORM).
    Action.KEEP_STAFF: _DESK,
    # issue 21: whoever files papers at the desk prints the cover sheets that go on top of them at the copier.
    Action.PRINT_COVERS: _DESK,
    # issue 21: the copier's scans are filed from the inbox by whoever records documents at the desk (RECORD_DOCUMENT;
    # the rules of a departed or bound dossier and of originals apply as they do to a document added by hand).
    Action.FILE_SCANS: _DESK,
    # issue 21: which folder every desk watches (where the copier scans to) is a setting of the office, as the backup
    # folder is: the administrator and the department manager, and the supervisor who keeps the cabinets.
    Action.CONFIGURE_INBOX: frozenset({Role.ADMIN, Role.SUPERVISOR, Role.MANAGER}),
}


# Actions that never change the record: allowed on a file open read-only and in a reading unit of work.
READING_ACTIONS = frozenset({Action.READ, Action.PRINT_ARCHIVE})
# issue 11: privacy — seeing and exporting personal data are rights to read, never changes (a reveal is: it is audited).
READING_ACTIONS |= {Action.SEE_ID_NUMBERS, Action.EXPORT_MOBILES}
# issue 11: audit — reading the log changes nothing (a listing is recorded by Desk.record, a write of its own).
READING_ACTIONS |= {Action.READ_AUDIT}
# issue 11: people — the administrator's list of accounts is read, never changed (it may be read from a read-only file).
READING_ACTIONS |= {Action.VIEW_USERS}
# issue 19: copying the record to a server or to a file reads it and never changes it (the copy is another database).
READING_ACTIONS |= {Action.MOVE_DATABASE}
# issue 21: a cover sheet is a printout of what the record says; printing one changes nothing.
READING_ACTIONS |= {Action.PRINT_COVERS}


def allowed(role: Role, action: Action) -> bool:
    return role in PERMISSIONS[action]


def require(role: Role, action: Action) -> None:
    if not allowed(role, action):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("app", "Your role, {role}, may not {action}."),
            role=Named("role", ROLE_NAMES[role]),
            action=Named("action", ACTION_NAMES[action]),
        )
