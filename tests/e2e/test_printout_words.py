"""Every printout's words read back with ``pdftotext -layout`` (issue 13): printouts are Chinese paper forms, so no
page may carry an English word of three or more letters, a rule id (R1–R17), a ``{placeholder}`` or a literal ``&`` —
except in the data the user typed (company names, e-mail addresses, titles, credit codes, login names …), which is
not checked. The rule is the window tour's (tests/ui/tour/texts.py: its allow-list — PDF, JPG, PNG, TIFF, QR, the
form codes qms-pm-… — and its data columns), so screen and paper are held to the same; codes such as 档号
(X01-2025-D30-0013), box numbers and the audit log's hash are not words.

All made from one copy of the demo database, to which the window's app calls first add what some printouts need:
a live company's customer turned into a person and renamed, a late paper (补充) in an archived dossier, and a
destruction list (three dossiers to destroy, one kept longer).

Through the real ``dossier-desk`` command:
  * ``print registration`` — the customer registration form (客户档案登记表, qms-pm-31301) of a company, of a company
    with a former name (曾用名), and of the renamed person (ID number masked for the clerk);
  * ``print dossier`` — cover (案卷封面), 卷内目录 and 卷内备考表 of a live dossier (numbered provisionally), of a
    departed one, and of an archived one with a late paper;
  * ``print archive`` — a boxed year in one PDF (案卷目录封面 and 说明, the year's 档案盒目录 with the audit log's
    anchor, each box's 案卷目录, every cover, 卷内目录 and 卷内备考表, each 盒内备考表, spine and front labels), and
    ``--pieces``: each of these as its own PDF;
  * ``print box`` — one box, with dossiers destroyed from it (their tombstones);
  * ``print handover`` — the 档案移交清单 of a year and of chosen boxes;
  * ``print destruction-form`` — the 档案资料销毁审批表 of the list waiting for approval, approved, and destroyed;
  * ``print destruction-register`` — the 销毁清册 of the destroyed list;
  * ``print loans`` — the 档案借阅登记表 of a period with the demo's loans in every state, and of a month;
  * ``labels`` — dossier labels (标牌): a floor's with QR codes (a4-2x7), a unit's with a barcode (a4-1x4), a renamed
    company's (a4-3x8), and the ones to reprint (the label check's).

In-process, through the app functions the window calls (no command prints these alone):
  * the emergency-contact card (紧急联络卡: the dossier view's Print card);
  * the archive browser's box directory (案卷目录), box labels, and the year's directory (档案盒目录);
  * the in-file directory (卷内目录) and the reference sheet (卷内备考表), each alone;
  * Print list… (app.printing.print_list) with the app's own frame: the "printed by" line and an empty list's line.
    The lists themselves — titles, headers and cells in the user's language — come from the window:
    tests/ui/printing/test_list_printout_words.py prints every list screen in zh_CN and zh_TW with this check.

Not printouts: the demo's sample scans (app/demo.py draws them as stand-ins for a customer's papers).
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from app import archive
from app.approvals import decide
from app.customers import CustomerInput, read_customer, update_customer
from app.desk import Desk, Work
from app.dossier import DocumentInput, add_document, emergency_card
from app.people import log_in
from app.printing import print_list
from db.models import Dossier, Tenancy
from tests.conftest import PASSWORD
from tests.e2e.conftest import copy_database
from tests.e2e.test_cli import run
from tests.ui.tour.texts import DATA_COLUMNS, LATIN_WORD, data_words, faults

# The words and data the window tour allows on screen (tests/ui/tour/texts.py) are the ones allowed on paper: one
# rule for both. Paper adds two things to read past — the audit log's hash printed in groups of 16 hexadecimal
# digits (a code, like a 档号) — and to catch: a brace of any placeholder, also one with a Chinese name ({年度}).
HEX_GROUP = re.compile(r"(?<![0-9A-Za-z])[0-9a-f]{16}(?![0-9A-Za-z])")
BRACE = re.compile(r"[{}]")

AS_OF = dt.date(2070, 1, 1)  # far enough ahead for the demo's 10- and 30-year files to be due
WITNESSES = ("赵监销", "钱监销")
PERSON_ID = "110101199003071234"


@dataclass
class Printed:
    """One printout: the PDFs made (a printout and its pieces), or why it could not be made."""

    pdfs: tuple[Path, ...] = ()
    error: str = ""


def sql(db: Path, query: str, *params: object) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute(query, params).fetchall()


def pages(pdf: Path, mode: str = "-layout") -> list[str]:
    """The text of each page as laid out on paper (pdftotext -layout; pages end in a form feed), or with ``-raw`` in
    the order it is drawn."""
    text = subprocess.run(
        ["pdftotext", mode, "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


@dataclass(frozen=True)
class Data:
    """What the users typed (the tour's data columns): its Latin words, case-folded, and each value with Latin letters
    with its spaces taken out and case-folded — what a column set vertically may spell."""

    words: frozenset[str]
    values: tuple[str, ...] = ()
    braced: tuple[str, ...] = ()  # typed values with a brace (the 档号 pattern of the archive settings), as typed


def data_of(db: Path) -> Data:
    values: set[str] = set()
    braced: set[str] = set()
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        for table, columns in DATA_COLUMNS.items():
            for column in columns:
                for (value,) in conn.execute(f'SELECT DISTINCT "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL'):
                    if LATIN_WORD.search(str(value)):
                        values.add(re.sub(r"\s+", "", str(value)).casefold())
                    if BRACE.search(str(value)):
                        braced.add(str(value))
    return Data(frozenset(data_words(db)), tuple(sorted(values)), tuple(sorted(braced, key=len, reverse=True)))


def line_faults(text: str, words: frozenset[str] | set[str], braced: tuple[str, ...] = ()) -> list[str]:
    """The tour's faults of one printed line, after the hash groups, and any brace left over that is not in a value
    the user typed (the audit log's printed list shows the 档号 pattern the manager set)."""
    text = HEX_GROUP.sub(" ", text)
    for value in braced:
        text = text.replace(value, " ")
    found = faults(text, set(words))
    if BRACE.search(text) and not any(f.startswith("placeholder") for f in found):
        found.append("a brace")
    return found


def findings(page_texts: list[str], data: Data) -> list[str]:
    """Each offending line as "page N: what: the line"."""
    found: list[str] = []
    for number, page in enumerate(page_texts, 1):
        for line in page.splitlines():
            problems = line_faults(line, data.words, data.braced)
            if problems:
                found.append(f"page {number}: {', '.join(problems)}: {line.strip()}")
    return found


def vertical_findings(raw_pages: list[str], data: Data) -> list[str]:
    """What is set vertically, one character a line (spine labels), read down each column: "page N: …: the column".
    A column runs the words of a name together, so a word is the user's when a typed value holds it."""
    found: list[str] = []
    for number, page in enumerate(raw_pages, 1):
        column: list[str] = []
        for line in [*page.splitlines(), ""]:
            if len(line.strip()) == 1:
                column.append(line.strip())
                continue
            text = "".join(column)
            column = []
            if len(text) < 2:
                continue
            typed = {w.casefold() for w in LATIN_WORD.findall(text) if any(w.casefold() in v for v in data.values)}
            problems = line_faults(text, data.words | typed, data.braced)
            if problems:
                found.append(f"page {number}: {', '.join(problems)} set vertically: {text}")
    return found


# -- making every printout -------------------------------------------------------------------------------------------

CLI_PRINTOUTS = (
    "dashboard",
    "registration-company",
    "registration-person",
    "registration-renamed-company",
    "dossier-live",
    "dossier-departed",
    "dossier-archived",
    "archive-year",
    "archive-pieces",
    "box",
    "handover-year",
    "handover-boxes",
    "destruction-form-waiting",
    "destruction-form-approved",
    "destruction-form-destroyed",
    "destruction-register",
    "loans",
    "loans-month",
    "labels-floor-qr",
    "labels-unit-barcode",
    "labels-former-name",
    "labels-to-reprint",
)
IN_PROCESS_PRINTOUTS = (
    "emergency-card",
    "box-directory",
    "box-labels",
    "year-directory",
    "in-file-directory",
    "reference-sheet",
    "print-list",
    "print-list-empty",
)


@dataclass(frozen=True)
class Demo:
    """What in the demo copy the printouts are about."""

    live_dossier: int  # a company's live dossier
    person_dossier: int  # a live dossier whose customer became a person and was renamed
    late_dossier: int  # an archived dossier given a late paper (补充)
    list_id: int  # the destruction list
    list_approval: int


def prepare(desk: Desk) -> Demo:
    """Give the demo copy what some printouts need: a person customer renamed (registration form with 曾用名, a label
    to reprint), a late paper in an archived dossier, a destruction list waiting for the manager. Through the app
    calls the window makes: no command does these."""
    clerk, supervisor, manager = (log_in(desk, who, PASSWORD) for who in ("clerk", "supervisor", "manager"))
    with desk.read(None) as work:
        live = work.session.execute(
            select(Dossier.id, Tenancy.customer_id)
            .join(Tenancy, Tenancy.id == Dossier.tenancy_id)
            .where(Dossier.status == "live")
            .order_by(Dossier.id)
        ).all()
        archived = work.session.scalars(
            select(Dossier.id).where(Dossier.status == "archived").order_by(Dossier.file_year.desc(), Dossier.id)
        ).all()
    person_dossier, person_customer = live[1]
    with desk.work(clerk) as work:
        info = read_customer(work, person_customer)
        person = CustomerInput(name="张伟", kind="person", id_code=PERSON_ID, phone="13800138000")
        update_customer(work, person_customer, person, dt.date(2026, 6, 1), expected_version=info.version)
    with desk.work(manager) as work:
        late = DocumentInput("correspondence", dt.date(2026, 5, 20), "补交的退租确认函", pages=2)
        add_document(work, archived[0], late)
    with desk.read(supervisor) as work:
        due = archive.due_for_appraisal(work, AS_OF).dossiers
    proposals = [archive.Proposal(d.dossier_id) for d in due[:3]]
    proposals.append(archive.Proposal(due[3].dossier_id, destroy=False, keep_until_year=2080, reason="诉讼未结"))
    with desk.work(supervisor) as work:
        made = archive.propose_destruction(work, AS_OF, proposals, "经鉴定，保管期限已满，无继续保存价值")
    assert made.approval_id is not None
    return Demo(live[0][0], person_dossier, archived[0], made.id, made.approval_id)


def approve(desk: Desk, demo: Demo) -> None:
    """The manager approves the destruction list at the supervisor's desk."""
    with desk.work(log_in(desk, "manager", PASSWORD)) as work:
        decide(work, demo.list_approval, approve=True, countersigned=True)


def destroy(desk: Desk, demo: Demo) -> None:
    """The destruction is recorded before the two witnesses."""
    archive.carry_out_destruction(desk, log_in(desk, "supervisor", PASSWORD), demo.list_id, WITNESSES)


@pytest.fixture(scope="module")
def printouts(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[dict[str, Printed], Data]]:
    """Every printout made once from one copy of the demo, and the words the user typed into that copy."""
    folder = tmp_path_factory.mktemp("printouts")
    db = copy_database(demo_db, folder / "F.db")
    made: dict[str, Printed] = {}

    def cli(name: str, *args: str | Path, user: str = "supervisor") -> None:
        pdf = folder / f"{name}.pdf"
        done = run(*args, "--db", db, "-o", pdf, "--user", user, password=PASSWORD)
        made[name] = Printed((pdf,)) if done.returncode == 0 else Printed(error=done.stderr.strip())

    def local(desk: Desk, name: str, login: str, make: Callable[[Work, Path], object]) -> None:
        pdf = folder / f"{name}.pdf"
        try:
            with desk.read(log_in(desk, login, PASSWORD)) as work:
                make(work, pdf)
        except Exception as err:  # reported by this printout's own test, not by every test of the module
            made[name] = Printed(error=repr(err))
        else:
            made[name] = Printed((pdf,))

    with Desk.open(db) as desk:
        demo = prepare(desk)

    def one(query: str, *params: object) -> str:
        return str(sql(db, query, *params)[0][0])

    unit_of = "SELECT u.number FROM dossier d JOIN unit u ON u.id = d.unit_id WHERE d.id = ?"
    live_unit, person_unit = one(unit_of, demo.live_dossier), one(unit_of, demo.person_dossier)
    floor = one("SELECT f.label FROM dossier d JOIN unit u ON u.id = d.unit_id JOIN floor f ON f.id = u.floor_id "
                "WHERE d.id = ?", demo.live_dossier)  # fmt: skip
    # A live company that had another name before (曾用名 on its registration form).
    renamed_unit = one(
        "SELECT u.number FROM dossier d JOIN unit u ON u.id = d.unit_id JOIN tenancy t ON t.id = d.tenancy_id "
        "WHERE d.status = 'live' AND t.customer_id IN (SELECT customer_id FROM customer_name) ORDER BY d.id"
    )
    departed = one("SELECT number FROM dossier WHERE status = 'departed' ORDER BY id")
    archived_file, year = sql(db, "SELECT file_number, file_year FROM dossier WHERE id = ?", demo.late_dossier)[0]
    list_number = one("SELECT number FROM destruction_list WHERE id = ?", demo.list_id)
    destroyed_box = one(
        "SELECT b.number FROM destruction_item i JOIN dossier d ON d.id = i.dossier_id "
        "JOIN archive_box b ON b.id = d.box_id WHERE i.list_id = ? AND i.decision = 'destroy' ORDER BY d.id",
        demo.list_id,
    )
    year_boxes = [str(r[0]) for r in sql(db, "SELECT number FROM archive_box WHERE year = ? ORDER BY id", year)]
    first_loan, last_loan = sql(db, "SELECT date(min(requested_at)), date(max(requested_at), '+1 month') FROM loan")[0]

    cli("destruction-form-waiting", "print", "destruction-form", "--list", list_number)
    with Desk.open(db) as desk:
        approve(desk, demo)
    cli("destruction-form-approved", "print", "destruction-form", "--list", list_number)
    with Desk.open(db) as desk:
        destroy(desk, demo)
    cli("destruction-form-destroyed", "print", "destruction-form", "--list", list_number)
    cli("destruction-register", "print", "destruction-register", "--list", list_number)
    cli("registration-company", "print", "registration", "--unit", live_unit, user="clerk")
    cli("registration-renamed-company", "print", "registration", "--unit", renamed_unit, user="clerk")
    cli("registration-person", "print", "registration", "--unit", person_unit, user="clerk")
    cli("dossier-live", "print", "dossier", "--unit", live_unit)
    cli("dossier-departed", "print", "dossier", "--dossier", departed)
    cli("dossier-archived", "print", "dossier", "--dossier", str(archived_file))
    pieces = folder / "pieces"
    pieces.mkdir()
    cli("archive-year", "print", "archive", "--year", str(year), "--pieces", pieces)
    made["archive-pieces"] = Printed(tuple(sorted(pieces.glob("*.pdf"))), error="no pieces written")
    cli("box", "print", "box", "--box", destroyed_box)
    cli("handover-year", "print", "handover", "--year", str(year))
    cli("handover-boxes", "print", "handover", "--box", year_boxes[0], "--box", year_boxes[-1])
    cli("loans", "print", "loans", "--from", str(first_loan), "--to", str(last_loan), user="manager")
    cli("loans-month", "print", "loans", "--month", str(first_loan)[:7], user="manager")
    cli("labels-floor-qr", "labels", "--floor", floor, "--code", "qr", user="clerk")
    cli("labels-unit-barcode", "labels", "--unit", live_unit, "--code", "barcode", "--layout", "a4-1x4", user="clerk")
    cli("labels-former-name", "labels", "--unit", renamed_unit, "--layout", "a4-3x8", user="clerk")
    cli("labels-to-reprint", "labels", "--to-reprint", user="clerk")
    cli("dashboard", "print", "dashboard", "--month", "2026-06", user="clerk")  # issue 16: the monthly report

    with Desk.open(db) as desk:
        with desk.read(None) as work:
            boxes = archive.year_boxes(work, int(str(year)))
        box_ids = [b.id for b in boxes]
        local(desk, "emergency-card", "clerk", lambda w, t: emergency_card(w, demo.person_dossier, t))
        local(desk, "box-directory", "supervisor", lambda w, t: archive.print_box_directory(w, box_ids[0], t))
        local(desk, "box-labels", "supervisor", lambda w, t: archive.print_box_labels(w, box_ids, t))
        local(desk, "year-directory", "supervisor", lambda w, t: archive.print_year_directory(w, int(str(year)), t))
        local(desk, "in-file-directory", "supervisor",
              lambda w, t: archive.print_in_file_directory(w, demo.late_dossier, t))  # fmt: skip
        local(desk, "reference-sheet", "supervisor",
              lambda w, t: archive.print_reference_sheet(w, demo.late_dossier, t))  # fmt: skip
        # Print list…: the window hands over the title, headers and cells in the user's language; the frame (the
        # "printed by" line, the empty list's line) is the app's unless the window passes its translation.
        row = ["0101", "张伟", "营业执照"]
        local(desk, "print-list", "clerk", lambda w, t: print_list(w, t, "缺件报告", ["单元", "客户", "缺少"], [row]))
        local(desk, "print-list-empty", "clerk", lambda w, t: print_list(w, t, "回收站", ["题名", "删除日期"], []))
    yield made, data_of(db)


@pytest.mark.parametrize("name", CLI_PRINTOUTS + IN_PROCESS_PRINTOUTS)
def test_a_printout_has_no_english_word_rule_id_placeholder_or_ampersand(
    name: str, printouts: tuple[dict[str, Printed], Data]
) -> None:
    made, data = printouts
    printed = made[name]
    assert printed.pdfs, f"{name} was not printed: {printed.error}"
    found: list[str] = []
    for pdf in printed.pdfs:
        texts = pages(pdf)
        assert any(re.search(r"[\u4e00-\u9fff]", t) for t in texts), f"{pdf.name}: no Chinese text read back"
        found += [f"{pdf.name} {line}" for line in findings(texts, data)]
        found += [f"{pdf.name} {line}" for line in vertical_findings(pages(pdf, "-raw"), data)]
    assert not found, f"{name}:\n" + "\n".join(found)


def test_the_check_finds_a_rule_id_an_english_word_a_placeholder_and_an_ampersand() -> None:
    """The check itself can fail: each kind of finding in a made-up page is named with its page and line."""
    data = Data(
        frozenset({"acme", "office", "example", "com"}), ("acmetrading", "office@example.com"), ("{年度}-{案卷号:04}",)
    )
    clean = [
        "客户档案登记表 qms-pm-31301\nAcme 贸易有限公司 office@example.com X01-2025-D30-0013 91440300EK0R7L5HJ5 PDF",
        "b79c1433b269ffd0 97587f21b64df9e5 2025-12F-01 张伟 QR",
        "档号规则：{年度}-{案卷号:04}",
    ]
    assert findings(clean, data) == []
    bad = ["第一页", "本卡内容保密（R16）\n档案 Dossier 1-101\n{floor}{unit:02}\n文件(&F)\n档号规则 {全宗号}-{年度}"]
    assert findings(bad, data) == [
        "page 2: rule id 'R16': 本卡内容保密（R16）",
        "page 2: English word 'Dossier': 档案 Dossier 1-101",
        "page 2: English word 'floor', English word 'unit', placeholder '{floor}', placeholder '{unit:02}': "
        "{floor}{unit:02}",
        "page 2: a literal '&': 文件(&F)",
        "page 2: a brace: 档号规则 {全宗号}-{年度}",
    ]
    # Set vertically, one character a line, as on a box's spine: read down the column.
    spine = ["全\n宗\n号\nX\n0\n1\n年度", "A\nc\nm\ne\nT\nr\na\nd\ni\nn\ng\n盒\nB\no\nx\n（\nR\n6\n）\n"]
    assert vertical_findings(spine, data) == [
        "page 2: English word 'Box', rule id 'R6' set vertically: AcmeTrading盒Box（R6）"
    ]
