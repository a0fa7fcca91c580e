"""Every command with bad arguments, on the real ``dossier-desk`` and a real file: one clear line, the right exit
code, no traceback, the record and the folder unchanged.

Exit 1 (bad data or input): stderr is exactly one line, ``dossier-desk: error[ [field]]: message``.
Exit 2 (usage: an unknown command or option, a missing or contradicting one, a value not among the choices):
argparse's usage (which may wrap over several lines) and then exactly one line ``dossier-desk …: error: …``.

Unless a case says otherwise, no password is given and stdin is not a terminal: a command that got as far as logging
in would stop with "no password" instead of the expected message, so each case also shows that its arguments were
checked before anyone logged in. The cases run side by side, each on its own copy of the small demo.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from tests.e2e.conftest import DEMO_PASSWORD, copy_database, listing, record_hash
from tests.e2e.test_cli import run

LONG_NAME = "长" * 100 + ".pdf"  # 304 bytes: more than any file system takes for one name
ONE_LINE = re.compile(r"^dossier-desk: error( \[[^\]\n]+\])?: \S[^\n]*$")
USAGE_ERROR = re.compile(r"^dossier-desk( [\w-]+)*: error: \S[^\n]*$")


@dataclass(frozen=True)
class Case:
    name: str
    args: tuple[str, ...]
    exit_code: int
    says: str  # a part of the message that shows it is the right one
    password: str | None = None  # given only for the cases about who logs in
    linux_only: bool = False

    def __str__(self) -> str:
        return self.name


@dataclass
class Outcome:
    result: CompletedProcess[str]
    record_before: str
    record_after: str
    files_before: list[str] = field(default_factory=list)
    files_after: list[str] = field(default_factory=list)


DB = ("--db", "F.db")
SUPERVISOR = ("--user", "supervisor")
CLERK = ("--user", "clerk")
LABELS = ("labels", *DB, "--floor", "1F")  # then -o …
ARCHIVE = ("archive", *DB, "--year", "2025")
PRINT_YEAR = ("print", "archive", *DB, "--year", "2024")
PRINT_DOSSIER = ("print", "dossier", *DB)
PRINT_BOX = ("print", "box", *DB)
PRINT_HANDOVER = ("print", "handover", *DB)
LOANS = ("loans", *DB)
REQUEST = ("loans", "request", *DB)
PRINT_LOANS = ("print", "loans", *DB)
FEES = ("fees", "generate", *DB)
NOTICE = ("print", "arrears-notice", *DB)
FORMS = ("forms", *DB)
PRINT_FORM = ("print", "form", *DB)
USERS = ("users", *DB)
EXPORT = ("export", *DB)
ADMIN = ("--user", "admin")
IMPORT = ("import", *DB)
MANAGER = ("--user", "manager")
BAD_YEAR = "Year must be a whole number from 1900 to 2200"
NO_FOLDER = "the folder missing does not exist"
TOO_LONG = "is too long for the disk; choose a shorter name."
PIECES = "[Folder for the pieces]: afile is a file, not a folder."
COVER = ("print", "cover", *DB)  # then what to print for, -o …

CASES = [
    # -- the program and its global options
    Case("unknown-command", ("frobnicate",), 2, "invalid choice: 'frobnicate'"),
    Case("unknown-language", ("--lang", "fr", "units", *DB), 2, "argument --lang: invalid choice"),
    Case("empty-user", ("--user", "", "units", *DB), 1, "[Login name]: Login name must not be empty."),
    Case("user-too-long", ("units", *DB, "--user", "u" * 51), 1, "Login name is too long (51 characters, at most 50)"),
    Case("user-with-a-space", ("units", *DB, "--user", "王 小明"), 1, "letters, digits and punctuation"),
    Case("unknown-user", (*LABELS, "-o", "x.pdf", "--user", "nobody"), 1, "Unknown user", DEMO_PASSWORD),
    # -- which database
    Case("no-db", ("units",), 1, "units: name the database file with --db PATH"),
    Case("missing-db", ("units", "--db", "nowhere.db"), 1, "There is no database file at nowhere.db."),
    Case("db-is-a-text-file", ("units", "--db", "notes.txt"), 1, "notes.txt is not a Dossier Desk database"),
    Case("db-name-too-long", ("label-check", "--db", LONG_NAME), 1, TOO_LONG),
    Case("smoke-test-without-user", ("--smoke-test", *DB), 1, "give --user NAME and $DOSSIER_DESK_PASSWORD"),
    Case("smoke-test-no-db", ("--smoke-test", "--db", "none.db", *CLERK), 1, "no such database file", DEMO_PASSWORD),
    Case("smoke-test-wrong-password", ("--smoke-test", *DB, *CLERK), 1, "Unknown user or wrong password", "not-it"),
    Case("check-missing-db", ("check", "--db", "nowhere.db"), 1, "There is no database file at nowhere.db."),
    Case("db-url-with-password", ("units", "--db", "postgresql://clerk:pw@db.office/dossier"), 1, "keyring"),
    Case("db-url-not-postgresql", ("units", "--db", "mysql://clerk@db.office/dossier"), 1, "not a server address"),
    Case("db-url-without-database", ("units", "--db", "postgresql://clerk@db.office"), 1, "names no database"),
    Case("server-password-no-db", ("server-password",), 2, "the following arguments are required: --db"),
    Case("server-password-on-a-file", ("server-password", *DB), 1, "is for a server database"),
    Case(
        "server-password-with-password",
        ("server-password", "--db", "postgresql://clerk:pw@db.office/dossier"),
        1,
        "Do not put the password in the server address",
    ),
    Case("demo-on-a-server", ("demo", "postgresql://clerk@db.office/dossier"), 1, "demo makes a new database file"),
    Case("check-unknown-option", ("check", *DB, "--repair-everything"), 2, "unrecognized arguments"),
    # -- units, dossier, label-check
    Case("units-unknown-floor", ("units", *DB, "--floor", "99"), 1, "[Floor]: There is no floor 99F."),
    Case(
        "units-floor-too-long", ("units", *DB, "--floor", "F" * 21), 1, "Floor is too long (21 characters, at most 20"
    ),
    Case(
        "units-unknown-building", ("units", *DB, "--building", "无此大厦"), 1, "There is no building named “无此大厦”"
    ),
    Case("find-empty-text", ("find", *DB, " "), 1, "[Search text]: Search text must not be empty."),
    Case("find-text-too-long", ("find", *DB, "找" * 201), 1, "Search text is too long (201 characters, at most 200"),
    Case("find-no-text", ("find", *DB), 2, "the following arguments are required: text"),
    Case("find-unknown-floor", ("find", *DB, "公司", "--floor", "99"), 1, "[Floor]: There is no floor 99F."),
    Case("find-unknown-building", ("find", *DB, "公司", "--building", "无此大厦"), 1, "no building named “无此大厦”"),
    Case("find-unknown-status", ("find", *DB, "公司", "--status", "gone"), 2, "argument --status: invalid choice"),
    Case(
        "find-unknown-category", ("find", *DB, "公司", "--category", "nope"), 1, "There is no document category “nope”"
    ),
    Case("find-bad-date", ("find", *DB, "公司", "--from", "2024-02-30"), 1, "[Dated from]:"),
    Case(
        "find-dates-reversed",
        ("find", *DB, "公司", "--from", "2025-01-01", "--to", "2024-01-01"),
        1,
        "[Dated until]: The dates are the wrong way round",
    ),
    Case("find-huge-limit", ("find", *DB, "公司", "--limit", "9" * 30), 1, "[Hits per kind]:"),
    Case("find-no-user", ("find", *DB, "公司"), 1, "--user"),
    Case("dossier-unknown-unit", ("dossier", *DB, "--unit", "9999"), 1, "There is no unit 9999."),
    Case("dossier-empty-unit", ("dossier", *DB, "--unit", " "), 1, "[Unit]: Unit must not be empty."),
    Case("label-check-extra-argument", ("label-check", *DB, "everything"), 2, "unrecognized arguments: everything"),
    # customers' data leaves the program only with a logged-in user (R16); what is wrong with the values comes first
    Case("units-without-user", ("units", *DB, "--json"), 1, "units shows customers' data: name yourself with --user"),
    Case("dossier-without-user", ("dossier", *DB, "--unit", "101"), 1, "dossier shows customers' data: name yourself"),
    Case("label-check-without-user", ("label-check", *DB), 1, "label-check shows customers' data: name yourself"),
    Case("units-wrong-password", ("units", *DB, *CLERK), 1, "Unknown user or wrong password", "not-the-password"),
    # -- init
    Case("init-without-admin", ("init", "new.db"), 2, "the following arguments are required: --admin"),
    Case("init-over-a-file", ("init", "F.db", "--admin", "boss"), 1, "A file already exists at F.db"),
    Case("init-missing-folder", ("init", "missing/new.db", "--admin", "boss"), 1, NO_FOLDER),
    Case("init-name-too-long", ("init", LONG_NAME, "--admin", "boss"), 1, TOO_LONG),
    Case("init-admin-with-space", ("init", "new.db", "--admin", "big boss"), 1, "without spaces: “big boss”"),
    Case("init-long-display-name", ("init", "new.db", "--admin", "boss", "--name", "名" * 101), 1, "Display name"),
    Case("init-no-password", ("init", "new.db", "--admin", "boss"), 1, "no password: set $DOSSIER_DESK_PASSWORD"),
    Case("init-short-password", ("init", "new.db", "--admin", "boss"), 1, "at least 8 characters", "short"),
    # -- demo
    Case("demo-over-a-file", ("demo", "F.db"), 1, "A file already exists at F.db"),
    Case("demo-missing-folder", ("demo", "missing/G.db"), 1, NO_FOLDER),
    Case("demo-beside-a-scans-folder", ("demo", "G.db"), 1, "A folder G.db-attachments is already beside G.db"),
    Case("demo-far-future", ("demo", "H.db", "--as-of", "9999-12-31"), 1, "[Demo date]: Demo date must be a date from"),
    Case("demo-no-such-day", ("demo", "H.db", "--as-of", "2026-02-30"), 1, "as YYYY-MM-DD, not “2026-02-30”"),
    Case("demo-before-1900", ("demo", "H.db", "--as-of", "1905-01-01", "--years", "10"), 1, "would begin before 1900"),
    Case("demo-huge-floors", ("demo", "H.db", "--floors", "9" * 30), 1, "not “999999999999999999999999999999”"),
    Case("demo-floors-in-words", ("demo", "H.db", "--floors", "three"), 1, "not “three”"),
    Case("demo-units-per-floor", ("demo", "H.db", "--units-per-floor", "201"), 1, "Units per floor must be"),
    Case("demo-too-many-years", ("demo", "H.db", "--years", "51"), 1, "from 0 to 50, not “51”"),
    Case("demo-negative-seed", ("demo", "H.db", "--seed", "-5"), 1, "[Seed]: Seed must be a whole number"),
    Case("demo-seed-of-5000-digits", ("demo", "H.db", "--seed", "1" * 5000), 1, "not “11111111111"),
    Case("demo-short-password", ("demo", "H.db", "--password", "short"), 1, "at least 8 characters"),
    Case("demo-huge-scale", ("demo", "H.db", "--scale", "huge"), 2, "argument --scale: invalid choice: 'huge'"),
    Case("demo-large-too-many-floors", ("demo", "H.db", "--scale", "large", "--floors", "201"), 1, "Floors must be"),
    # -- labels
    Case("labels-into-a-missing-folder", (*LABELS, "-o", "missing/x.pdf", *CLERK), 1, NO_FOLDER),
    Case("labels-onto-a-folder", (*LABELS, "-o", "adir", *CLERK), 1, "adir is a folder; give the name of a file"),
    Case("labels-name-too-long", (*LABELS, "-o", LONG_NAME, *CLERK), 1, TOO_LONG),
    Case("labels-under-a-file", (*LABELS, "-o", "afile/x.pdf", *CLERK), 1, "a part of its path is a file"),
    Case(
        "labels-onto-a-read-only-place",
        (*LABELS, "-o", "/sys/x.pdf", *CLERK),
        1,
        "/sys/x.pdf cannot be written: access is denied",
        linux_only=True,
    ),
    Case("labels-unknown-floor", ("labels", *DB, "--floor", "99", "-o", "x.pdf", *CLERK), 1, "There is no floor 99F."),
    Case("labels-unknown-unit", ("labels", *DB, "--unit", "9999", "-o", "x.pdf", *CLERK), 1, "There is no unit 9999."),
    Case("labels-unknown-building", (*LABELS, "--building", "无", "-o", "x.pdf", *CLERK), 1, "There is no floor 1F."),
    Case("labels-nothing-chosen", ("labels", *DB, "-o", "x.pdf", *CLERK), 2, "one of the arguments --floor --unit"),
    Case("labels-floor-and-unit", (*LABELS, "--unit", "101", "-o", "x.pdf"), 2, "not allowed with argument"),
    Case("labels-unknown-sheet", (*LABELS, "-o", "x.pdf", "--layout", "a5"), 2, "argument --layout: invalid choice"),
    Case("labels-without-user", (*LABELS, "-o", "x.pdf"), 1, "labels changes the database: name yourself with --user"),
    Case(
        "labels-by-the-administrator",
        (*LABELS, "-o", "x.pdf", "--user", "admin"),
        1,
        "Your role, Administrator, may not print dossier labels.",
        DEMO_PASSWORD,
    ),
    # -- archive
    Case("archive-huge-year", ("archive", *DB, "--year", "9" * 20, *SUPERVISOR), 1, f"[Year]: {BAD_YEAR}, not “99"),
    Case("archive-year-1899", ("archive", *DB, "--year", "1899", *SUPERVISOR), 1, BAD_YEAR),
    Case("archive-year-to-come", ("archive", *DB, "--year", "2150", *SUPERVISOR), 1, "2150 has not come yet"),
    Case("archive-without-year", ("archive", *DB, *SUPERVISOR), 2, "the following arguments are required: --year"),
    Case("archive-huge-capacity", (*ARCHIVE, "--capacity", "9" * 20, *SUPERVISOR), 1, "from 1 to 10000, not “99"),
    Case("archive-no-capacity", (*ARCHIVE, "--capacity", "0", *SUPERVISOR), 1, "[Box capacity (pages)]: Box capacity"),
    Case(
        "archive-shelf-10000", (*ARCHIVE, "--shelf", "架" * 10_000, *SUPERVISOR), 1, "(10000 characters, at most 150)"
    ),
    Case("archive-odd-spine", (*ARCHIVE, "--spine", "35", *SUPERVISOR), 2, "argument --spine: invalid choice: 35"),
    Case("archive-unknown-retention", (*ARCHIVE, "--retention", "forever"), 2, "argument --retention: invalid choice"),
    Case(
        "archive-unknown-building", (*ARCHIVE, "--building", "无此大厦", *SUPERVISOR), 1, "There is no building named"
    ),
    Case("archive-without-user", ARCHIVE, 1, "archive changes the database: name yourself with --user"),
    Case(
        "archive-by-a-clerk",
        (*ARCHIVE, *CLERK),
        1,
        "Your role, Clerk, may not run the annual archiving.",
        DEMO_PASSWORD,
    ),
    Case("archive-missing-db", ("archive", "--db", "x.db", "--year", "2025", *SUPERVISOR), 1, "no database file"),
    # -- backup, backups, restore
    Case("backup-to-a-file", ("backup", *DB, "--to", "afile", "--user", "admin"), 1, "afile is a file, not a folder."),
    Case(
        "backup-to-a-read-only-place",
        ("backup", *DB, "--to", "/sys/backups", "--user", "admin"),
        1,
        "/sys/backups cannot be written: access is denied",
        linux_only=True,
    ),
    Case("backup-without-user", ("backup", *DB), 1, "backup changes the database: name yourself with --user"),
    Case("backups-without-db", ("backups",), 1, "backups: name the database file with --db PATH"),
    Case("restore-no-backup-there", ("restore", "nowhere", "--db", "R.db", "--user", "admin"), 1, "no backup in"),
    Case("restore-without-backup", ("restore", "--db", "R.db", "--user", "admin"), 2, "required: BACKUP_DIR"),
    Case("restore-without-user", ("restore", "adir", "--db", "R.db"), 1, "restore needs an administrator"),
    # -- migrate-to-server, export-to-file (issue 19): refused before any server is reached or password asked
    Case("migrate-without-url", ("migrate-to-server", *DB, "--user", "admin"), 2, "required: --url"),
    Case(
        "migrate-to-a-file-name",
        ("migrate-to-server", *DB, "--url", "G.db", "--user", "admin"),
        1,
        "G.db is not a server address: write it as postgresql://user@host/database.",
    ),
    Case(
        "migrate-a-missing-file",
        ("migrate-to-server", "--db", "x.db", "--url", "postgresql://desk@/dossiers", "--user", "admin"),
        1,
        "There is no database file at",
    ),
    Case(
        "migrate-without-user",
        ("migrate-to-server", *DB, "--url", "postgresql://desk@/dossiers"),
        1,
        "migrate-to-server copies every record: name an administrator with --user NAME",
    ),
    Case(
        "export-without-db",
        ("export-to-file", "--out", "N.db", "--user", "admin"),
        1,
        "export-to-file: name the server database with --db URL",
    ),
    Case(
        "export-over-an-existing-file",
        ("export-to-file", "--db", "postgresql://desk@/dossiers", "--out", "F.db", "--user", "admin"),
        1,
        "F.db already exists; choose a new name for the file.",
    ),
    Case(
        "export-beside-a-scans-folder",
        ("export-to-file", "--db", "postgresql://desk@/dossiers", "--out", "G.db", "--user", "admin"),
        1,
        "G.db-attachments already exists",
    ),
    # -- print
    Case("print-nothing", ("print",), 2, "the following arguments are required: PRINTOUT"),
    Case("print-unknown-printout", ("print", "poster", *DB), 2, "argument PRINTOUT: invalid choice: 'poster'"),
    Case("print-pieces-onto-a-file", (*PRINT_YEAR, "-o", "y.pdf", "--pieces", "afile", *SUPERVISOR), 1, PIECES),
    Case("print-pieces-in-a-missing-folder", (*PRINT_YEAR, "-o", "y.pdf", "--pieces", "missing/p"), 1, NO_FOLDER),
    Case("print-archive-onto-a-folder", (*PRINT_YEAR, "-o", "adir", *SUPERVISOR), 1, "adir is a folder"),
    Case(
        "print-archive-year-without-boxes",
        ("print", "archive", *DB, "--year", "2150", "-o", "y.pdf", *SUPERVISOR),
        1,
        "There are no archive boxes for 2150 yet",
    ),
    Case("print-dossier-unknown-unit", (*PRINT_DOSSIER, "--unit", "9999", "-o", "d.pdf"), 1, "There is no unit 9999."),
    Case(
        "print-dossier-unknown-number",
        (*PRINT_DOSSIER, "--dossier", "2099-0001", "-o", "d.pdf", *SUPERVISOR),
        1,
        "There is no dossier numbered 2099-0001.",
    ),
    Case("print-dossier-number-too-long", (*PRINT_DOSSIER, "--dossier", "9" * 41, "-o", "d.pdf"), 1, "Dossier is too"),
    Case("print-dossier-name-too-long", (*PRINT_DOSSIER, "--unit", "101", "-o", LONG_NAME, *SUPERVISOR), 1, TOO_LONG),
    Case(
        "print-box-unknown", (*PRINT_BOX, "--box", "2024-99F-01", "-o", "b.pdf"), 1, "There is no archive box 2024-99F"
    ),
    Case(
        "print-box-empty", (*PRINT_BOX, "--box", "", "-o", "b.pdf"), 1, "[Archive box]: Archive box must not be empty."
    ),
    Case(
        "print-box-building-too-long",
        (*PRINT_BOX, "--box", "2024-2F-01", "--building", "楼" * 101, "-o", "b.pdf"),
        1,
        "Building is too long",
    ),
    Case(
        "print-box-by-the-administrator",
        (*PRINT_BOX, "--box", "2024-2F-01", "-o", "b.pdf", "--user", "admin"),
        1,
        "Your role, Administrator, may not print archive directories.",
        DEMO_PASSWORD,
    ),
    # -- print handover (the hand-over list of a year or of chosen boxes)
    Case("print-handover-of-nothing", (*PRINT_HANDOVER, "-o", "h.pdf"), 2, "one of the arguments --year --box"),
    Case(
        "print-handover-year-and-box",
        (*PRINT_HANDOVER, "--year", "2024", "--box", "2024-2F-01", "-o", "h.pdf"),
        2,
        "argument --box: not allowed with argument --year",
    ),
    Case("print-handover-without-output", (*PRINT_HANDOVER, "--year", "2024"), 2, "-o/--output"),
    Case(
        "print-handover-year-without-boxes",
        (*PRINT_HANDOVER, "--year", "2150", "-o", "h.pdf", *SUPERVISOR),
        1,
        "There are no archive boxes for 2150",
    ),
    Case("print-handover-year-not-a-number", (*PRINT_HANDOVER, "--year", "next", "-o", "h.pdf"), 1, "Year"),
    Case(
        "print-handover-unknown-box",
        (*PRINT_HANDOVER, "--box", "2024-2F-01", "--box", "2024-99F-01", "-o", "h.pdf"),
        1,
        "There is no archive box 2024-99F-01",
    ),
    Case(
        "print-handover-empty-box", (*PRINT_HANDOVER, "--box", "", "-o", "h.pdf"), 1, "Archive box must not be empty."
    ),
    Case(
        "print-handover-onto-a-folder",
        (*PRINT_HANDOVER, "--year", "2024", "-o", "adir", *SUPERVISOR),
        1,
        "adir is a folder",
    ),
    Case(
        "print-handover-by-the-administrator",
        (*PRINT_HANDOVER, "--year", "2024", "-o", "h.pdf", "--user", "admin"),
        1,
        "Your role, Administrator, may not print archive directories.",
        DEMO_PASSWORD,
    ),
    # -- loans and the loan register
    Case("loans-without-user", ("loans", *DB), 1, "loans names borrowers: name yourself with --user NAME"),
    Case("loans-bad-month", (*LOANS, "--month", "2026-13", *CLERK), 1, "[Month]: Month must be a month written as"),
    Case("loans-month-and-from", (*LOANS, "--month", "2026-11", "--from", "2026-11-01"), 2, "not allowed with"),
    Case("loans-to-without-from", (*LOANS, "--to", "2026-11-01", *CLERK), 1, "--to needs --from"),
    Case("loans-request-no-borrower", (*REQUEST, "--unit", "101", "--purpose", "查阅"), 2, "required: --borrower"),
    Case(
        "loans-request-empty-borrower",
        (*REQUEST, "--unit", "101", "--borrower", " ", "--purpose", "查阅"),
        1,
        "[Borrower]: Borrower must not be empty.",
    ),
    Case(
        "loans-request-unknown-unit",
        (*REQUEST, "--unit", "9999", "--borrower", "林芳", "--purpose", "查阅", *CLERK),
        1,
        "There is no unit 9999.",
    ),
    Case(
        "loans-request-no-dossier",
        (*REQUEST, "--borrower", "林芳", "--purpose", "查阅", *CLERK),
        1,
        "[Dossiers to lend]: Name at least one dossier to lend.",
    ),
    Case(
        "loans-request-no-such-day",
        (*REQUEST, "--unit", "101", "--borrower", "林芳", "--purpose", "查阅", "--return-by", "2026-02-30"),
        1,
        "[Return by]: Return by must be a date written as YYYY-MM-DD, not “2026-02-30”",
    ),
    Case(
        "loans-request-back-in-the-past",
        (*REQUEST, "--unit", "101", "--borrower", "林芳", "--purpose", "查阅", "--return-by", "2020-01-02", *CLERK),
        1,
        "[Return by]: Return by cannot be before today",
        DEMO_PASSWORD,
    ),
    Case(
        "loans-out-unknown-loan",
        (*LOANS, "out", "--loan", "999", *CLERK),
        1,
        "There is no loan number 999.",
        DEMO_PASSWORD,
    ),
    Case("loans-out-loan-in-words", (*LOANS, "out", "--loan", "first"), 1, "[Loan]: Loan must be a whole number"),
    Case("loans-back-without-how", (*LOANS, "back", "--loan", "1"), 2, "one of the arguments --complete --missing"),
    Case(
        "loans-back-complete-and-missing",
        (*LOANS, "back", "--loan", "1", "--complete", "--missing", "页"),
        2,
        "not allowed",
    ),
    Case(
        "loans-approve-unknown-loan",
        (*LOANS, "approve", "--loan", "999", *CLERK),
        1,
        "There is no loan number 999.",
        DEMO_PASSWORD,
    ),
    Case("print-loans-without-period", (*PRINT_LOANS, "-o", "r.pdf"), 2, "one of the arguments --month --from"),
    Case(
        "print-loans-onto-a-folder", (*PRINT_LOANS, "--month", "2026-11", "-o", "adir", *CLERK), 1, "adir is a folder"
    ),
    Case(
        "print-loans-backwards",
        (*PRINT_LOANS, "--from", "2026-11-30", "--to", "2026-11-01", "-o", "r.pdf"),
        1,
        "The period ends (2026-11-01) before it begins (2026-11-30).",
    ),
    Case(
        "print-loans-without-user",
        (*PRINT_LOANS, "--month", "2026-11", "-o", "r.pdf"),
        1,
        "the loan register names borrowers: name yourself with --user NAME",
    ),
    # -- the registration forms of R12 (issue 16)
    Case("forms-without-user", FORMS, 1, "forms shows customers' data: name yourself with --user NAME"),
    Case("forms-unknown-code", (*FORMS, "--code", "qms-pm-31399", *CLERK), 1, "[Form]: There is no form qms-pm-31399."),
    Case("print-form-without-code", (*PRINT_FORM, "-o", "f.pdf"), 2, "the following arguments are required: CODE"),
    Case("print-form-without-output", (*PRINT_FORM, "qms-pm-31318"), 2, "the following arguments are required: -o"),
    Case("print-form-unknown-code", (*PRINT_FORM, "qms-pm-313", "-o", "f.pdf"), 1, "There is no form qms-pm-313."),
    Case(
        "print-form-record-in-words",
        (*PRINT_FORM, "qms-pm-31318", "--record", "last", "-o", "f.pdf"),
        1,
        "[Form record]: Form record must be a whole number",
    ),
    Case(
        "print-form-unknown-record",
        (*PRINT_FORM, "qms-pm-31318", "--record", "999", "-o", "f.pdf", *CLERK),
        1,
        "[Form record]: There is no filled form with id 999.",
    ),
    Case("print-form-onto-a-folder", (*PRINT_FORM, "qms-pm-31318", "-o", "adir", *CLERK), 1, "adir is a folder"),
    Case("print-form-missing-folder", (*PRINT_FORM, "qms-pm-31318", "-o", "missing/f.pdf"), 1, NO_FOLDER),
    Case(
        "print-form-without-user",
        (*PRINT_FORM, "qms-pm-31318", "-o", "f.pdf"),
        1,
        "print shows customers' data: name yourself with --user NAME",
    ),
    # -- fees (issue 15): the month's charges, arrears, the fee printouts
    Case("fees-no-action", ("fees",), 2, "the following arguments are required: ACTION"),
    Case("fees-without-month", FEES, 2, "the following arguments are required: --month"),
    Case("fees-bad-month", (*FEES, "--month", "2025-13", *MANAGER), 1, "[Month]: Month must be a month written as"),
    Case("fees-month-in-words", (*FEES, "--month", "March", *MANAGER), 1, "such as 2026-03, not “March”"),
    Case("fees-without-user", (*FEES, "--month", "2026-03"), 1, "fees changes the database: name yourself with --user"),
    Case(
        "fees-unknown-building",
        (*FEES, "--month", "2026-03", "--building", "无此大厦", *MANAGER),
        1,
        "[Building]: There is no building named “无此大厦”.",
    ),
    Case(
        "fees-by-a-clerk",
        (*FEES, "--month", "2026-03", *CLERK),
        1,
        "Your role, Clerk, may not generate the monthly charges.",
        DEMO_PASSWORD,
    ),
    Case("arrears-without-user", ("arrears", *DB), 1, "arrears shows customers' data: name yourself with --user NAME"),
    Case(
        "arrears-huge-over",
        ("arrears", *DB, "--over", "9" * 30, *CLERK),
        1,
        "[Overdue by more than (days)]: Overdue by more than (days) must be",
    ),
    Case("arrears-no-such-day", ("arrears", *DB, "--as-of", "2026-02-30", *CLERK), 1, "[As of]: As of must be"),
    Case(
        "arrears-unknown-building",
        ("arrears", *DB, "--building", "无此大厦", *CLERK),
        1,
        "There is no building named “无此大厦”.",
    ),
    Case("print-arrears-notice-for-nobody", (*NOTICE, "-o", "n.pdf"), 2, "one of the arguments --unit --floor --over"),
    Case(
        "print-arrears-notice-unit-and-floor",
        (*NOTICE, "--unit", "101", "--floor", "1", "-o", "n.pdf"),
        2,
        "not allowed",
    ),
    Case("print-arrears-notice-onto-a-folder", (*NOTICE, "--over", "30", "-o", "adir", *CLERK), 1, "adir is a folder"),
    Case("print-arrears-notice-missing-folder", (*NOTICE, "--over", "30", "-o", "missing/n.pdf"), 1, NO_FOLDER),
    Case("print-arrears-notice-name-too-long", (*NOTICE, "--over", "30", "-o", LONG_NAME), 1, TOO_LONG),
    Case(
        "print-arrears-notice-huge-over",
        (*NOTICE, "--over", "9" * 30, "-o", "n.pdf"),
        1,
        "[Overdue by more than (days)]",
    ),
    Case("print-arrears-notice-unknown-unit", (*NOTICE, "--unit", "9999", "-o", "n.pdf", *CLERK), 1, "9999"),
    Case("print-arrears-notice-unknown-floor", (*NOTICE, "--floor", "99", "-o", "n.pdf", *CLERK), 1, "no floor 99F"),
    Case(
        "print-arrears-notice-nobody-behind",
        # Before the demo's first charge: nobody can be behind yet.
        (*NOTICE, "--over", "0", "--as-of", "2000-01-15", "-o", "n.pdf", *CLERK),
        1,
        "Nobody chosen is in arrears on 2000-01-15: there is no notice to print.",
        DEMO_PASSWORD,
    ),
    Case(
        "print-receipt-unknown",
        ("print", "receipt", *DB, "--receipt", "SK2099-000001", "-o", "r.pdf", *CLERK),
        1,
        "There is no payment with receipt number SK2099-000001.",
    ),
    Case(
        "print-receipt-too-long", ("print", "receipt", *DB, "--receipt", "S" * 31, "-o", "r.pdf"), 1, "[Receipt number]"
    ),
    Case("print-statement-without-unit", ("print", "statement", *DB, "-o", "s.pdf"), 2, "required: --unit"),
    Case(
        "print-statement-backwards",
        ("print", "statement", *DB, "--unit", "101", "--from", "2026-02-01", "--to", "2026-01-01", "-o", "s.pdf"),
        1,
        "The period ends (2026-01-01) before it begins (2026-02-01).",
    ),
    Case(
        "print-statement-unknown-unit",
        ("print", "statement", *DB, "--unit", "9999", "-o", "s.pdf", *CLERK),
        1,
        "9999",
    ),
    Case(
        "print-fees-summary-bad-month",
        ("print", "fees-summary", *DB, "--month", "2025-13", "-o", "m.pdf"),
        1,
        "[Month]: Month must be a month written as YYYY-MM",
    ),
    Case(
        "print-fees-summary-without-user",
        ("print", "fees-summary", *DB, "--month", "2026-03", "-o", "m.pdf"),
        1,
        "print prints the office's takings: name yourself with --user NAME",
    ),
    # -- dashboard (issue 16): the monthly one-page report
    Case("print-dashboard-without-output", ("print", "dashboard", *DB, *CLERK), 2, "required: -o/--output"),
    Case(
        "print-dashboard-bad-month",
        ("print", "dashboard", *DB, "--month", "2026-00", "-o", "d.pdf"),
        1,
        "[Month]: Month must be a month written as YYYY-MM",
    ),
    Case(
        "print-dashboard-month-to-come",
        ("print", "dashboard", *DB, "--month", "2199-01", "-o", "d.pdf", *CLERK),
        1,
        "2199-01 has not begun yet: there is nothing to report.",
    ),
    Case(
        "print-dashboard-unknown-building",
        ("print", "dashboard", *DB, "--building", "无此大厦", "-o", "d.pdf", *CLERK),
        1,
        "There is no building named “无此大厦”",
    ),
    Case(
        "print-dashboard-without-user",
        ("print", "dashboard", *DB, "-o", "d.pdf"),
        1,
        "print prints the building's figures: name yourself with --user NAME",
    ),
    Case("print-dashboard-into-a-folder", ("print", "dashboard", *DB, "-o", "adir", *CLERK), 1, "adir"),
    # -- the satisfaction survey (issue 16, R14): the year's summary and its printed report
    Case("survey-without-year", ("survey", *DB, *CLERK), 2, "the following arguments are required: --year"),
    Case("survey-bad-year", ("survey", *DB, "--year", "20x6"), 1, "[Survey year]: Survey year must be a whole number"),
    Case("survey-year-out-of-range", ("survey", *DB, "--year", "1066"), 1, "from 1900 to 2200, not “1066”"),
    Case(
        "survey-without-user",
        ("survey", *DB, "--year", "2026"),
        1,
        "survey shows customers' data: name yourself with --user NAME",
    ),
    Case(
        "survey-no-round",
        ("survey", *DB, "--year", "2099", *CLERK),
        1,
        "There is no satisfaction survey for 2099: open its round first.",
        DEMO_PASSWORD,
    ),
    Case("print-survey-report-without-output", ("print", "survey-report", *DB, "--year", "2026"), 2, "-o/--output"),
    Case(
        "print-survey-report-onto-a-folder",
        ("print", "survey-report", *DB, "--year", "2026", "-o", "adir", *CLERK),
        1,
        "adir is a folder",
    ),
    Case(
        "print-survey-report-without-user",
        ("print", "survey-report", *DB, "--year", "2026", "-o", "s.pdf"),
        1,
        "print shows customers' data: name yourself with --user NAME",
    ),
    Case(
        "print-survey-report-no-round",
        ("print", "survey-report", *DB, "--year", "2099", "-o", "s.pdf", *CLERK),
        1,
        "There is no satisfaction survey for 2099: open its round first.",
        DEMO_PASSWORD,
    ),
    # -- customer care (issue 20): the return visits due and their printouts
    Case("visits-bad-due", ("visits", *DB, "--due", "year", *CLERK), 1, "[Due within]: Due within must be one of"),
    Case("visits-bad-month", ("visits", *DB, "--due", "month", "--month", "2026-13"), 1, "[Month]"),
    Case("visits-month-as-a-day", ("visits", *DB, "--month", "2026-06-01"), 1, "not “2026-06-01”"),
    Case("visits-without-user", ("visits", *DB), 1, "visits shows customers' data: name yourself with --user NAME"),
    Case("print-visit-plan-without-month", ("print", "visit-plan", *DB, "-o", "p.pdf"), 2, "--month"),
    Case(
        "print-visit-plan-onto-a-folder",
        ("print", "visit-plan", *DB, "--month", "2026-06", "-o", "adir", *CLERK),
        1,
        "adir is a folder",
    ),
    Case(
        "print-visit-plan-without-user",
        ("print", "visit-plan", *DB, "--month", "2026-06", "-o", "p.pdf"),
        1,
        "print shows customers' data: name yourself with --user NAME",
    ),
    Case(
        "print-visit-record-bad-number",
        ("print", "visit-record", *DB, "--visit", "x", "-o", "v.pdf"),
        1,
        "[Return visit]",
    ),
    Case(
        "print-visit-record-unknown",
        ("print", "visit-record", *DB, "--visit", "999999", "-o", "v.pdf", *CLERK),
        1,
        "There is no return visit 999999.",
        DEMO_PASSWORD,
    ),
    # -- destruction (issue 12): what is due, and the lists; the form and the register
    Case("destruction-without-as-of", ("destruction", *DB, *SUPERVISOR), 2, "required: --as-of"),
    Case("destruction-bad-date", ("destruction", *DB, "--as-of", "2070-13-01"), 1, "[Appraisal date]"),
    Case(
        "destruction-without-user",
        ("destruction", *DB, "--as-of", "2070-01-01"),
        1,
        "destruction shows customers' data: name yourself with --user NAME",
    ),
    Case("print-destruction-form-without-list", ("print", "destruction-form", *DB, "-o", "f.pdf"), 2, "--list"),
    Case(
        "print-destruction-form-unknown-list",
        ("print", "destruction-form", *DB, "--list", "2026-XH-09", "-o", "f.pdf", *SUPERVISOR),
        1,
        "There is no destruction list 2026-XH-09.",
    ),
    Case(
        "print-destruction-register-onto-a-folder",
        ("print", "destruction-register", *DB, "--list", "2026-XH-01", "-o", "adir"),
        1,
        "adir is a folder",
    ),
    Case(
        "print-destruction-register-list-too-long",
        ("print", "destruction-register", *DB, "--list", "X" * 21, "-o", "r.pdf"),
        1,
        "[Destruction list]",
    ),
    # -- print registration (the customer registration form)
    Case("print-registration-without-unit", ("print", "registration", *DB, "-o", "r.pdf"), 2, "--unit"),
    Case(
        "print-registration-onto-a-folder",
        ("print", "registration", *DB, "--unit", "101", "-o", "adir", *CLERK),
        1,
        "adir is a folder",
    ),
    Case(
        "print-registration-without-user",
        ("print", "registration", *DB, "--unit", "101", "-o", "r.pdf"),
        1,
        "shows customers' data: name yourself with --user NAME",
    ),
    Case(
        "print-registration-unknown-unit",
        ("print", "registration", *DB, "--unit", "9999", "-o", "r.pdf", *CLERK),
        1,
        "9999",
    ),
    # -- audit (issue 11)
    Case("audit-without-user", ("audit", *DB), 1, "audit shows who did what: name yourself with --user NAME"),
    Case("audit-no-such-day", ("audit", *DB, "--since", "2026-02-30", *SUPERVISOR), 1, "[From]: From must be"),
    Case("audit-until-not-a-date", ("audit", *DB, "--until", "yesterday", *SUPERVISOR), 1, "not “yesterday”"),
    Case(
        "audit-until-before-since",
        ("audit", *DB, "--since", "2026-02-01", "--until", "2026-01-01", *SUPERVISOR),
        1,
        "[Until]: The day “until” (2026-01-01) is before the day “since” (2026-02-01).",
    ),
    Case("audit-no-lines", ("audit", *DB, "--limit", "0", *SUPERVISOR), 1, "[Lines shown]: Lines shown must be"),
    Case("audit-who-with-a-space", ("audit", *DB, "--who", "王 小明", *SUPERVISOR), 1, "letters, digits"),
    Case("audit-action-too-long", ("audit", *DB, "--action", "v" * 21, *SUPERVISOR), 1, "Kind of entry is too long"),
    Case("audit-unknown-option", ("audit", *DB, "--everything"), 2, "unrecognized arguments: --everything"),
    Case(
        "audit-unknown-who",
        ("audit", *DB, "--who", "nobody", *SUPERVISOR),
        1,
        "[Who]: There is no user “nobody”.",
        DEMO_PASSWORD,
    ),
    Case(
        "audit-unknown-dossier",
        ("audit", *DB, "--dossier", "2099-0001", *SUPERVISOR),
        1,
        "There is no dossier numbered 2099-0001.",
        DEMO_PASSWORD,
    ),
    Case("audit-by-a-clerk", ("audit", *DB, *CLERK), 1, "Your role, Clerk, may not read the audit log.", DEMO_PASSWORD),
    # -- archive settings and the one-time step (issue 12)
    Case(
        "archive-settings-change-without-user",
        ("archive-settings", *DB, "--fonds-code", "A02"),
        1,
        "archive-settings changes the database: name yourself with --user NAME",
    ),
    Case(
        "archive-settings-fonds-code-with-a-dash",
        ("archive-settings", *DB, "--fonds-code", "X-01", *MANAGER),
        1,
        "[Fonds code]: Fonds code must be letters and digits only",
    ),
    Case(
        "archive-settings-fonds-name-too-long",
        ("archive-settings", *DB, "--fonds-name", "名" * 101, *MANAGER),
        1,
        "[Fonds name]: Fonds name is too long (101 characters, at most 100).",
    ),
    Case(
        "archive-settings-pattern-without-year",
        ("archive-settings", *DB, "--pattern", "{全宗号}-{案卷号:04}", *MANAGER),
        1,
        "[Archival code pattern]: Archival code pattern must contain {年度}",
    ),
    Case(
        "archive-settings-pattern-unknown-part",
        ("archive-settings", *DB, "--pattern", "{全宗}-{年度}-{案卷号}", *MANAGER),
        1,
        "has an unknown part “{全宗}”",
    ),
    Case(
        "archive-settings-two-retention-codes",
        ("archive-settings", *DB, "--retention-codes", "Y,D30", *MANAGER),
        1,
        "[Retention codes]: Retention codes must be three codes separated by commas",
    ),
    Case(
        "archive-settings-same-retention-codes",
        ("archive-settings", *DB, "--retention-codes", "Y,D,D", *MANAGER),
        1,
        "“D” stands for two retention periods",
    ),
    Case(
        "archive-settings-by-a-supervisor",
        ("archive-settings", *DB, "--catalogue-no", "2", *SUPERVISOR),
        1,
        "Your role, Supervisor, may not change the archive settings.",
        DEMO_PASSWORD,
    ),
    Case("archive-settings-unknown-option", ("archive-settings", *DB, "--all"), 2, "unrecognized arguments: --all"),
    Case(
        "archive-codes-without-user",
        ("archive-codes", *DB),
        1,
        "archive-codes shows customers' data: name yourself with --user NAME",
    ),
    Case(
        "archive-codes-apply-by-a-clerk",
        ("archive-codes", *DB, "--apply", *CLERK),
        1,
        "Your role, Clerk, may not change the archive settings.",
        DEMO_PASSWORD,
    ),
    Case("archive-codes-unknown-option", ("archive-codes", *DB, "--force"), 2, "unrecognized arguments: --force"),
    # -- users
    Case("users-no-action", USERS, 2, "the following arguments are required: ACTION"),
    Case("users-unknown-action", (*USERS, "delete", "clerk", *ADMIN), 2, "argument ACTION: invalid choice: 'delete'"),
    Case("users-without-user", (*USERS, "list"), 1, "users list: name yourself with --user NAME"),
    Case("users-list-unknown-option", (*USERS, "list", "--all"), 2, "unrecognized arguments: --all"),
    Case("users-add-without-role", (*USERS, "add", "lin", *ADMIN), 2, "the following arguments are required: --role"),
    Case("users-add-unknown-role", (*USERS, "add", "lin", "--role", "boss"), 2, "argument --role: invalid choice"),
    Case("users-add-login-with-space", (*USERS, "add", "lin fang", "--role", "clerk"), 1, "without spaces"),
    Case("users-add-login-too-long", (*USERS, "add", "l" * 51, "--role", "clerk"), 1, "(51 characters, at most 50)"),
    Case(
        "users-add-long-name",
        (*USERS, "add", "lin", "--role", "clerk", "--name", "名" * 101),
        1,
        "Display name is too long",
    ),
    Case(
        "users-add-by-a-clerk",
        (*USERS, "add", "lin", "--role", "clerk", *CLERK),
        1,
        "Your role, Clerk, may not manage users.",
        DEMO_PASSWORD,
    ),
    Case(
        "users-add-no-new-password",
        (*USERS, "add", "lin", "--role", "clerk", *ADMIN),
        1,
        "no new password: set $DOSSIER_DESK_NEW_PASSWORD",
        DEMO_PASSWORD,
    ),
    Case("users-passwd-two-logins", (*USERS, "passwd", "clerk", "manager", *ADMIN), 2, "unrecognized arguments"),
    Case("users-passwd-without-user", (*USERS, "passwd"), 1, "users passwd: name yourself with --user NAME"),
    Case(
        "users-passwd-no-new-password",
        (*USERS, "passwd", *CLERK),
        1,
        "no new password: set $DOSSIER_DESK_NEW_PASSWORD",
        DEMO_PASSWORD,
    ),
    Case(
        "users-passwd-of-another-by-a-clerk",
        (*USERS, "passwd", "manager", *CLERK),
        1,
        "Your role, Clerk, may not manage users.",
        DEMO_PASSWORD,
    ),
    Case("users-role-unknown-role", (*USERS, "role", "clerk", "boss", *ADMIN), 2, "argument ROLE: invalid choice"),
    Case("users-role-without-role", (*USERS, "role", "clerk", *ADMIN), 2, "the following arguments are required: ROLE"),
    Case(
        "users-role-of-the-last-admin",
        (*USERS, "role", "admin", "clerk", *ADMIN),
        1,
        "[User role]: “admin” is the last active administrator",
        DEMO_PASSWORD,
    ),
    Case(
        "users-disable-the-last-admin",
        (*USERS, "disable", "admin", *ADMIN),
        1,
        "“admin” is the last active administrator",
        DEMO_PASSWORD,
    ),
    Case(
        "users-disable-by-a-manager",
        (*USERS, "disable", "clerk", "--user", "manager"),
        1,
        "Your role, Department manager, may not manage users.",
        DEMO_PASSWORD,
    ),
    Case(
        "users-unlock-unknown",
        (*USERS, "unlock", "nobody", *ADMIN),
        1,
        "[Login name]: There is no user named “nobody”.",
        DEMO_PASSWORD,
    ),
    Case("users-enable-empty-login", (*USERS, "enable", " "), 1, "[Login name]: Login name must not be empty."),
    # -- import (issue 17): what is wrong with the file is told before the log-in, the role before the file is read
    Case("import-no-book", (*IMPORT, *ADMIN), 2, "the following arguments are required: BOOK.xlsx"),
    Case("import-without-user", (*IMPORT, "units.xlsx"), 1, "import changes the database: name yourself with --user"),
    Case(
        "import-missing-file",
        (*IMPORT, "nowhere.xlsx", *ADMIN),
        1,
        "The file nowhere.xlsx is not there.",
        DEMO_PASSWORD,
    ),
    Case("import-a-folder", (*IMPORT, "adir", *ADMIN), 1, "The file adir cannot be read:", DEMO_PASSWORD),
    Case("import-a-csv", (*IMPORT, "units.csv", *ADMIN), 1, "units.csv is a text (CSV) file", DEMO_PASSWORD),
    Case("import-an-empty-file", (*IMPORT, "empty.xlsx", *ADMIN), 1, "The file empty.xlsx is empty", DEMO_PASSWORD),
    Case(
        "import-errors-into-a-missing-folder",
        (*IMPORT, "empty.xlsx", "--errors", "missing/out.xlsx", *ADMIN),
        1,
        "missing/out.xlsx cannot be written: the folder missing does not exist.",
    ),
    Case("import-errors-into-a-folder", (*IMPORT, "empty.xlsx", "--errors", "adir", *ADMIN), 1, "adir is a folder"),
    Case(
        "import-by-a-clerk",
        (*IMPORT, "units.xlsx", *CLERK),
        1,
        "Your role, Clerk, may not import an office's spreadsheets.",
        DEMO_PASSWORD,
    ),
    # -- bench (each case stops before any data is built)
    Case("bench-unknown-scale", ("bench", "--scale", "huge"), 2, "argument --scale: invalid choice: 'huge'"),
    Case("bench-no-runs", ("bench", "--runs", "0"), 1, "[Runs]: Runs must be a whole number from 1 to 50, not “0”"),
    Case("bench-runs-in-words", ("bench", "--runs", "many"), 1, "not “many”"),
    Case(
        "bench-on-a-file",
        ("bench", *DB),
        1,
        "bench --db takes a PostgreSQL server URL (postgresql://user@host/database)",
    ),
    Case(
        "bench-no-server-there",
        ("bench", "--db", "postgresql://clerk@/dossier?host=/nonexistent"),
        1,
        'cannot reach clerk@/nonexistent/dossier: connection is bad: connection to server on socket "/nonexistent/',
    ),
    Case("bench-not-a-server-url", ("bench", "--db", "postgresql://clerk@db:port/x"), 1, "is not a server address"),
    Case("bench-password-in-url", ("bench", "--db", "postgresql://clerk:pw@db/x"), 1, "Do not put the password in"),
    # -- the workbooks (issue 17): the import template
    Case("template-no-output", ("template",), 2, "the following arguments are required: OUT.xlsx"),
    Case("template-missing-folder", ("template", "missing/t.xlsx"), 1, NO_FOLDER),
    Case("template-onto-a-folder", ("template", "adir"), 1, "adir is a folder"),
    Case("template-name-too-long", ("template", LONG_NAME), 1, TOO_LONG),
    Case("template-on-a-file", ("template", "t.xlsx", *DB), 2, "unrecognized arguments: --db F.db"),
    # -- the workbooks: export
    Case("export-nothing-named", (*EXPORT, "-o", "x.xlsx"), 2, "the following arguments are required: --what"),
    Case("export-no-output", (*EXPORT, "--what", "units", *MANAGER), 2, "required: -o/--output"),
    Case(
        "export-unknown-name",
        (*EXPORT, "--what", "nothing", "-o", "x.xlsx", *MANAGER),
        1,
        "[What to export]: There is no export named “nothing”; the exports are: units, customers",
    ),
    Case("export-empty-name", (*EXPORT, "--what", " ", "-o", "x.xlsx"), 1, "What to export must not be empty."),
    Case("export-no-user", (*EXPORT, "--what", "units", "-o", "x.xlsx"), 1, "export shows customers' data: name you"),
    Case(
        "export-wrong-password",
        (*EXPORT, "--what", "units", "-o", "x.xlsx", *MANAGER),
        1,
        "Unknown user or wrong password",
        "not-it",
    ),
    Case("export-no-db", ("export", "--what", "units", "-o", "x.xlsx"), 1, "export: name the database file with --db"),
    Case("export-missing-folder", (*EXPORT, "--what", "units", "-o", "missing/x.xlsx", *MANAGER), 1, NO_FOLDER),
    Case("export-onto-a-folder", (*EXPORT, "--what", "units", "-o", "adir", *MANAGER), 1, "adir is a folder"),
    Case("export-name-too-long", (*EXPORT, "--what", "units", "-o", LONG_NAME, *MANAGER), 1, TOO_LONG),
    Case(
        "export-audit-as-a-clerk",
        (*EXPORT, "--what", "audit", "-o", "x.xlsx", *CLERK),
        1,
        "Your role, Clerk, may not read the audit log.",
        DEMO_PASSWORD,
    ),
    # -- the customers' staff changes (issue 20): a customer's people, what is to be recovered, and its printout
    Case("staff-without-what", ("staff", *DB, *CLERK), 2, "one of the arguments --to-recover --customer is required"),
    Case("staff-both", ("staff", *DB, "--to-recover", "--customer", "1"), 2, "not allowed with argument"),
    Case("staff-bad-customer", ("staff", *DB, "--customer", "1x"), 1, "[Customer]: Customer must be a whole number"),
    Case("staff-customer-zero", ("staff", *DB, "--to-recover", "--of", "0"), 1, "from 1 to 2147483647, not “0”"),
    Case(
        "staff-without-user",
        ("staff", *DB, "--to-recover"),
        1,
        "staff shows customers' data: name yourself with --user NAME",
    ),
    Case(
        "staff-unknown-customer",
        ("staff", *DB, "--customer", "99999", *CLERK),
        1,
        "[Customer]: There is no customer with id 99999.",
        DEMO_PASSWORD,
    ),
    Case("print-to-recover-without-output", ("print", "to-recover", *DB), 2, "-o/--output"),
    Case("print-to-recover-onto-a-folder", ("print", "to-recover", *DB, "-o", "adir", *CLERK), 1, "adir is a folder"),
    Case(
        "print-to-recover-without-user",
        ("print", "to-recover", *DB, "-o", "t.pdf"),
        1,
        "print shows customers' data: name yourself with --user NAME",
    ),
    Case(
        "print-to-recover-unknown-customer",
        ("print", "to-recover", *DB, "--of", "99999", "-o", "t.pdf", *CLERK),
        1,
        "[Customer]: There is no customer with id 99999.",
    ),
    # -- scan cover sheets (issue 21)
    Case("print-cover-nothing-chosen", (*COVER, "-o", "c.pdf", *CLERK), 2, "one of the arguments --unit --dossier"),
    Case("print-cover-floor-and-blank", (*COVER, "--floor", "1F", "--blank", "-o", "c.pdf"), 2, "not allowed with"),
    Case("print-cover-without-output", (*COVER, "--blank"), 2, "-o/--output"),
    Case(
        "print-cover-unknown-category", (*COVER, "--blank", "--category", "parcels", "-o", "c.pdf"), 2, "invalid choice"
    ),
    Case("print-cover-unknown-floor", (*COVER, "--floor", "99", "-o", "c.pdf", *CLERK), 1, "There is no floor 99F."),
    Case("print-cover-unknown-unit", (*COVER, "--unit", "9999", "-o", "c.pdf", *CLERK), 1, "There is no unit 9999."),
    Case(
        "print-cover-unknown-dossier",
        (*COVER, "--dossier", "X-1", "-o", "c.pdf", *CLERK),
        1,
        "[Dossier]: There is no dossier numbered X-1.",
    ),
    Case("print-cover-bad-date", (*COVER, "--blank", "--date", "2026-02-30", "-o", "c.pdf"), 1, "[Document date]"),
    Case("print-cover-long-title", (*COVER, "--blank", "--title", "长" * 101, "-o", "c.pdf"), 1, "[Title]"),
    Case("print-cover-no-copies", (*COVER, "--blank", "--copies", "0", "-o", "c.pdf"), 1, "from 1 to 20, not “0”"),
    Case("print-cover-onto-a-folder", (*COVER, "--blank", "-o", "adir", *CLERK), 1, "adir is a folder"),
    Case("print-cover-into-a-missing-folder", (*COVER, "--blank", "-o", "missing/c.pdf", *CLERK), 1, NO_FOLDER),
    Case(
        "print-cover-without-user",
        (*COVER, "--blank", "-o", "c.pdf"),
        1,
        "print shows customers' data: name yourself with --user NAME",
    ),
    Case(
        "print-cover-by-the-administrator",
        (*COVER, "--unit", "101", "-o", "c.pdf", *ADMIN),
        1,
        "Your role, Administrator, may not print scan cover sheets.",
        DEMO_PASSWORD,
    ),
    # -- the scan inbox (issue 21): the copier's folder listed and filed
    Case("inbox-without-folder", ("inbox", *DB), 1, "[Inbox folder]: No inbox folder is saved: give one with --folder"),
    Case("inbox-folder-missing", ("inbox", *DB, "--folder", "nowhere"), 1, "[Inbox folder]: The inbox folder nowhere"),
    Case("inbox-folder-is-a-file", ("inbox", *DB, "--folder", "afile"), 1, "[Inbox folder]: afile is a file, not a"),
    Case("inbox-bad-settle", ("inbox", *DB, "--folder", "adir", "--settle", "soon"), 1, "[Settle time]: The settle"),
    Case("inbox-settle-nan", ("inbox", *DB, "--folder", "adir", "--settle", "nan"), 1, "from 0 to 600 seconds"),
    Case("inbox-settle-too-long", ("inbox", *DB, "--folder", "adir", "--settle", "601"), 1, "not “601”"),
    Case(
        "inbox-file-without-user",
        ("inbox", *DB, "--folder", "adir", "--file"),
        1,
        "inbox changes the database: name yourself with --user NAME",
    ),
    # -- the scan inbox's settings (issue 21): the folder every desk watches, whether covers file by themselves
    Case(
        "inbox-settings-change-without-user",
        ("inbox-settings", *DB, "--no-folder"),
        1,
        "inbox-settings changes the database: name yourself with --user NAME",
    ),
    Case(
        "inbox-settings-folder-missing",
        ("inbox-settings", *DB, "--folder", "nowhere", *SUPERVISOR),
        1,
        "[Inbox folder]: The inbox folder /",
        linux_only=True,
    ),
    Case(
        "inbox-settings-folder-is-a-file",
        ("inbox-settings", *DB, "--folder", "afile", *SUPERVISOR),
        1,
        "afile is a file, not a folder.",
    ),
    Case("inbox-settings-empty-folder", ("inbox-settings", *DB, "--folder", " ", *SUPERVISOR), 1, "must not be empty"),
    Case(
        "inbox-settings-folder-too-long",
        ("inbox-settings", *DB, "--folder", "d" * 1001, *SUPERVISOR),
        1,
        "[Inbox folder]: Inbox folder is too long (1001 characters, at most 1000).",
    ),
    Case(
        "inbox-settings-files-itself-maybe",
        ("inbox-settings", *DB, "--files-itself", "maybe", *SUPERVISOR),
        1,
        "[Files by itself]: Files by itself must be yes or no, not “maybe”.",
    ),
    Case(
        "inbox-settings-folder-and-no-folder",
        ("inbox-settings", *DB, "--folder", "adir", "--no-folder", *SUPERVISOR),
        2,
        "argument --no-folder: not allowed with argument --folder",
    ),
    Case(
        "inbox-settings-inside-the-scans-folder",
        ("inbox-settings", *DB, "--folder", "F.db-attachments", *SUPERVISOR),
        1,
        "must not be inside the database's own scans folder",
        DEMO_PASSWORD,
    ),
    Case(
        "inbox-settings-by-a-clerk",
        ("inbox-settings", *DB, "--folder", "adir", *CLERK),
        1,
        "Your role, Clerk, may not choose the scan inbox folder",
        DEMO_PASSWORD,
    ),
]
CASES = [c for c in CASES if not (c.linux_only and sys.platform != "linux")]


def _prepare(demo: Path, folder: Path) -> None:
    copy_database(demo, folder / "F.db")
    (folder / "afile").write_text("a plain file where a folder is expected\n")
    (folder / "adir").mkdir()
    (folder / "notes.txt").write_text("not a database\n" * 50)
    (folder / "G.db-attachments").mkdir()  # somebody's scans folder, without its database
    (folder / "empty.xlsx").write_bytes(b"")  # for import: a file that holds nothing
    (folder / "units.csv").write_text("楼栋,楼层,房号\n星河大厦,8F,0801\n", encoding="utf-8")
    _units_workbook(folder / "units.xlsx")  # for import: a good workbook, so the case is about who imports


def _units_workbook(path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "房间"
    sheet.append(["楼栋", "楼层", "房号"])
    sheet.append(["星河大厦", "8F", "0801"])
    book.save(path)


def _run(case: Case, folder: Path) -> Outcome:
    # A case that logs in has its log-in recorded (issue 11); nothing else may change.
    before = record_hash(folder / "F.db", without_log_ins=True)
    files_before = listing(folder)
    result = run(*case.args, password=case.password, cwd=folder)
    return Outcome(result, before, record_hash(folder / "F.db", without_log_ins=True), files_before, listing(folder))


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 60
    assert len({c.name for c in CASES}) == len(CASES)
    commands = {c.args[0] if not c.args[0].startswith("-") else c.args[2] for c in CASES}
    every = {"init", "demo", "units", "dossier", "labels", "label-check", "archive", "print", "check"}
    assert every | {"backup", "backups", "restore", "loans"} <= commands
    every = {"init", "demo", "units", "dossier", "labels", "label-check", "archive", "print", "check", "users"}
    assert every | {"backup", "backups", "restore"} <= commands


# Bad arguments and values, each refused in one line by the command's argument checks, most before a database is
# read; the server's own refusals (a password in the address, an unknown database, an unreachable server) are
# tests/e2e/test_server_cli.py's, and the commands' paths on a server are the other e2e files'. 60-odd more runs of
# the command would cost the CI minutes for nothing new.
@pytest.mark.file_only("argument checks, the same whichever the database: the server's refusals are test_server_cli's")
@pytest.mark.parametrize("case", CASES, ids=str)
def test_bad_arguments_get_one_clear_line_and_change_nothing(case: Case, small_demo: Path, tmp_path: Path) -> None:
    # Each case on its own copy, in the test process that draws it: the cases spread over the test processes (a
    # module fixture running every case was run whole by each process that drew one of them — twice the work).
    _prepare(small_demo, tmp_path)
    outcome = _run(case, tmp_path)
    result = outcome.result
    lines = result.stderr.splitlines()
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == case.exit_code, result.stderr
    assert result.stdout == "", "an error prints nothing on stdout (a --json reader gets no half document)"
    if case.exit_code == 1:
        assert len(lines) == 1, result.stderr
        assert ONE_LINE.match(lines[0]), lines[0]
    else:
        assert lines[0].startswith("usage: dossier-desk"), result.stderr
        assert sum(": error:" in line for line in lines) == 1, result.stderr
        assert USAGE_ERROR.match(lines[-1]), lines[-1]
        assert all(line.startswith(" ") for line in lines[1:-1]), "only the usage may wrap: " + result.stderr
    assert case.says in lines[-1], f"{case.says!r} not in {lines[-1]!r}"
    assert outcome.record_after == outcome.record_before, "the record changed"
    assert outcome.files_after == outcome.files_before, "a file was left behind (or taken away)"
