"""The fee commands with the real ``dossier-desk`` on a copy of the demo, a file or a server database: ``fees
generate`` twice (the second run writes nothing), ``arrears --json`` against the app's ageing, and the printed arrears
notice, statement, receipt and month-end summary read back with pdftotext — every amount compared with the ledger and
the arrears it was made from, the CJK font embedded."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.desk import Actor, Desk
from app.fees.ageing import ArrearsRow, arrears
from app.fees.items import FeeItemDraft, FeeSettings, change_fee_settings, save_fee_item, set_rate
from app.fees.ledgers import ledger
from app.fees.money import money_text
from app.fees.payments import open_charges, receipt_payment, record_payment, reverse_payment
from app.fees.summary import month_summary
from app.fees.tenancies import tenancy_place
from app.people import users
from tests.conftest import PASSWORD
from tests.e2e.conftest import copy_database, migrated
from tests.e2e.server_support import FILE, SERVER, E2EDatabase, from_json
from tests.e2e.test_cli import run
from tests.server_templates import ServerTemplates

AS_OF = "2026-06-15"
MONTHS = ("2026-01", "2026-02", "2026-03", "2026-04", "2026-05")
FEE_TABLES = ("fee_item", "fee_rate", "fee_charge", "fee_payment", "fee_allocation", "deposit", "deposit_move")
MANAGER = ("--user", "manager")
CLERK = ("--user", "clerk")


@contextmanager
def logged_in(db: Path | E2EDatabase, login: str) -> Iterator[tuple[Desk, Actor]]:
    desk = Desk.open(db.location if isinstance(db, E2EDatabase) else db)
    try:
        yield desk, users.log_in(desk, login, PASSWORD)
    finally:
        desk.close()


def fee_rows(db: E2EDatabase) -> dict[str, list[tuple[object, ...]]]:
    return {t: db.all(f'SELECT * FROM "{t}" ORDER BY id') for t in FEE_TABLES}


def flat_text(pdf: Path) -> str:
    """The PDF's text without any white space: a table's cells read as one run, whatever the layout."""
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", "", text)


def embeds_the_cjk_font(pdf: Path) -> bool:
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    return any("WenQuanYi" in line and line.split()[-5] == "yes" for line in fonts.splitlines()[2:])


def with_fee_items(db: E2EDatabase) -> E2EDatabase:
    """Two fee items (物业管理费 28.50 per m², 垃圾清运费 60.00 a unit, due in 10 days) and the company's
    letterhead; nothing charged yet."""
    with logged_in(db, "manager") as (desk, manager), desk.work(manager) as work:
        change_fee_settings(
            work,
            FeeSettings(
                company_name="星河物业管理有限公司",
                address="深圳市福田区星河路1号",
                phone="0755-88886666",
                bank_name="招商银行福田支行",
                bank_account="755912345610001",
            ),
        )
        for name, basis, rate in (("物业管理费", "area", "28.50"), ("垃圾清运费", "fixed", "60")):
            item = save_fee_item(work, FeeItemDraft(name=name, basis=basis, due_days=10))
            set_rate(work, item.id, dt.date(2025, 1, 1), rate)
    return db


def with_months_charged(db: E2EDatabase) -> None:
    """The fee items, January to May charged by the command; every other tenant behind then paid its three oldest
    lines and a part of the fourth on 20 February."""
    with_fee_items(db)
    for month in MONTHS:
        done = run("fees", "generate", "--db", db, "--month", month, *MANAGER, password=PASSWORD)
        assert done.returncode == 0, done.stderr
    with logged_in(db, "clerk") as (desk, clerk), desk.work(clerk) as work:
        behind = arrears(work, as_of=dt.date.fromisoformat(AS_OF))
        for n, row in enumerate(behind):
            if n % 2:
                lines, _ = open_charges(work, row.tenancy_id)
                paid = sum(line.open_fen for line in lines[:3]) + 12345  # three lines and a part of the fourth
                record_payment(work, row.tenancy_id, paid, paid_on=dt.date(2026, 2, 20), method="transfer")


@pytest.fixture
def fees_db(demo_copy_database: E2EDatabase) -> E2EDatabase:
    """The demo with the fee items (``with_fee_items``)."""
    return with_fee_items(demo_copy_database)


@pytest.fixture(scope="module")
def charged_file(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo file charged (``with_months_charged``) once for the module; each test takes a copy."""
    source = copy_database(demo_db, tmp_path_factory.mktemp("charged") / demo_db.name)
    with_months_charged(E2EDatabase(FILE, source))
    return source


@pytest.fixture
def charged(database_kind: str, demo_db: Path, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[E2EDatabase]:
    """A private copy of the demo charged January to May (``with_months_charged``), charged once per test process
    and kind, not once per test: a file copied from the module's, a server database from a template."""
    if database_kind == SERVER:
        templates: ServerTemplates = request.getfixturevalue("server_templates")

        def build(url: str) -> None:
            templates.copy_into(url, "demo", migrated(demo_db, PASSWORD))
            with_months_charged(E2EDatabase(SERVER, url))

        url = templates.copy("fees_charged", build, prefix="e2e")
        yield E2EDatabase(SERVER, url)
        templates.drop(url)
    else:
        source: Path = request.getfixturevalue("charged_file")
        yield E2EDatabase(FILE, copy_database(source, tmp_path / "copy" / source.name))


def test_generating_a_month_twice_writes_it_once(fees_db: E2EDatabase) -> None:
    before = fee_rows(fees_db)
    first = run("fees", "generate", "--db", fees_db, "--month", "2026-03", "--json", *MANAGER, password=PASSWORD)
    assert first.returncode == 0, first.stderr
    plan = json.loads(first.stdout)
    after_first = fee_rows(fees_db)
    charges = after_first["fee_charge"]
    assert plan["lines"] == len(charges) > 0 and plan["adjustments"] == 0 and not plan["nothing_new"]
    (charged,) = fees_db.one("SELECT sum(amount_fen) FROM fee_charge WHERE period = '2026-03'")
    assert plan["added_fen"] == charged == plan["total_fen"]
    assert {t["item"] for t in plan["totals"]} == {"物业管理费", "垃圾清运费"}
    assert before["fee_charge"] == []

    again = run("fees", "generate", "--db", fees_db, "--month", "2026-03", *MANAGER, password=PASSWORD)
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("nothing new for 2026-03 (")
    assert "every charge is already there" in again.stdout
    assert fee_rows(fees_db) == after_first  # every fee table identical

    dry = run("fees", "generate", "--db", fees_db, "--month", "2026-04", "--dry-run", *MANAGER, password=PASSWORD)
    assert dry.returncode == 0 and "would be written" in dry.stdout, dry.stderr
    assert fee_rows(fees_db) == after_first


def test_a_clerk_may_not_generate_and_nothing_changes(fees_db: E2EDatabase) -> None:
    before = fee_rows(fees_db)
    done = run("fees", "generate", "--db", fees_db, "--month", "2026-03", *CLERK, password=PASSWORD)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith("dossier-desk: error: Your role, Clerk, may not"), done.stderr
    assert fee_rows(fees_db) == before


def test_arrears_json_is_the_apps_ageing(charged: E2EDatabase) -> None:
    done = run("arrears", "--db", charged, "--as-of", AS_OF, "--json", *CLERK, password=PASSWORD)
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout)
    with logged_in(charged, "clerk") as (desk, clerk), desk.read(clerk) as work:
        expected = arrears(work, as_of=dt.date.fromisoformat(AS_OF))
    assert len(shown["rows"]) == len(expected) > 2
    assert [(r["customer"], r["units"], r["buckets_fen"], r["total_fen"]) for r in shown["rows"]] == [
        (r.customer, r.units, list(r.buckets), r.total_fen) for r in expected
    ]
    assert shown["total_fen"] == sum(r.total_fen for r in expected) == sum(shown["totals_fen"])
    # Due on the 11th: on 15 June May's line is 35 days late, April's 65, March's and before over 90.
    assert shown["totals_fen"][0] == 0 and all(fen > 0 for fen in shown["totals_fen"][1:])

    table = run("arrears", "--db", charged, "--as-of", AS_OF, "--over", "90", *CLERK, password=PASSWORD)
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["customer", "units", "0-30", "31-60", "61-90", "over", "90", "total", "oldest", "due"]
    assert lines[-1].startswith(f"total ({len(lines) - 2})")


def _row_of_unit(db: E2EDatabase, paid: bool) -> tuple[str, ArrearsRow]:
    """A unit whose tenant is behind (and paid something, or nothing), with the tenant's arrears."""
    with logged_in(db, "clerk") as (desk, clerk), desk.read(clerk) as work:
        for row in arrears(work, as_of=dt.date.fromisoformat(AS_OF)):
            if ("," not in row.units) and (ledger(work, row.tenancy_id).paid_fen > 0) == paid:
                return row.units, row
    raise AssertionError("the demo has no such tenant")


def test_the_printed_arrears_notice_has_every_amount_right(charged: E2EDatabase, tmp_path: Path) -> None:
    unit, row = _row_of_unit(charged, paid=True)
    out = tmp_path / "notice.pdf"
    done = run(
        "print", "arrears-notice", "--db", charged, "--unit", unit, "--as-of", AS_OF, "-o", out, *CLERK,
        password=PASSWORD,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{out}: written (1 notice)"
    assert embeds_the_cjk_font(out)
    text = flat_text(out)
    assert text.count("催款通知单致：") == 1 and "星河物业管理有限公司" in text and "755912345610001" in text
    assert f"致：{row.customer}" in text
    for n, line in enumerate(row.lines, start=1):
        cells = f"{n}{line.item}{line.period}{line.unit}{line.due_on.isoformat()}{line.days_overdue}"
        assert cells + money_text(line.open_fen) in text, cells
    assert f"合计{money_text(row.total_fen)}" in text
    assert f"合计人民币{money_text(row.total_fen)}元" in text and "回执" in text

    floor = tmp_path / "floor.pdf"
    done = run("print", "arrears-notice", "--db", charged, "--over", "90", "--as-of", AS_OF, "-o", floor, *CLERK,
               password=PASSWORD)  # fmt: skip
    assert done.returncode == 0, done.stderr
    with logged_in(charged, "clerk") as (desk, clerk), desk.read(clerk) as work:
        over = arrears(work, as_of=dt.date.fromisoformat(AS_OF), over_days=90)
    assert done.stdout.strip() == f"{floor}: written ({len(over)} notices)"
    assert flat_text(floor).count("催款通知单致：") == len(over) > 1


def test_the_printed_statement_is_the_ledger_line_by_line(charged: E2EDatabase, tmp_path: Path) -> None:
    unit, row = _row_of_unit(charged, paid=True)
    out = tmp_path / "statement.pdf"
    done = run("print", "statement", "--db", charged, "--unit", unit, "-o", out, *CLERK, password=PASSWORD)
    assert done.returncode == 0, done.stderr
    assert embeds_the_cjk_font(out)
    text = flat_text(out)
    with logged_in(charged, "clerk") as (desk, clerk), desk.read(clerk) as work:
        found = ledger(work, row.tenancy_id)
    assert len(found.lines) == len(MONTHS) * 2 + 1  # two items a month, one payment
    for line in found.lines:
        amount = line.charge_fen or line.payment_fen
        assert f"{line.on.isoformat()}" in text
        assert f"{money_text(amount)}{money_text(line.balance_fen)}" in text, line
    assert f"合计{money_text(found.charged_fen)}{money_text(found.paid_fen)}{money_text(found.balance_fen)}" in text
    assert f"期末欠款：{money_text(found.balance_fen)}元" in text


def test_a_receipt_and_the_month_summary(charged: E2EDatabase, tmp_path: Path) -> None:
    with logged_in(charged, "clerk") as (desk, clerk), desk.read(clerk) as work:
        numbers = [line.receipt_no for line in ledger(work, _row_of_unit(charged, paid=True)[1].tenancy_id).lines]
        summary = month_summary(work, "2026-02")
    number = next(n for n in numbers if n)
    receipt = tmp_path / "receipt.pdf"
    done = run("print", "receipt", "--db", charged, "--receipt", number, "-o", receipt, *CLERK, password=PASSWORD)
    assert done.returncode == 0, done.stderr
    text = flat_text(receipt)
    assert text.count(number) == 2 and "收款收据（存根）" in text and "收款收据（客户联）" in text
    with logged_in(charged, "manager") as (desk, manager), desk.work(manager) as work:
        undone = reverse_payment(work, receipt_payment(work, number).id, "单元记错")
    red = tmp_path / "red.pdf"
    args = ("--receipt", number, "--reversal", "-o", red, *CLERK)
    done = run("print", "receipt", "--db", charged, *args, password=PASSWORD)
    assert done.returncode == 0, done.stderr
    text = flat_text(red)
    assert text.count("收款收据（红冲）") == 2 and f"红冲原收据{number}" in text and "原因：单元记错" in text
    assert text.count(f"￥{money_text(undone.amount_fen)}") == 2 and undone.amount_fen < 0

    out = tmp_path / "summary.pdf"
    done = run("print", "fees-summary", "--db", charged, "--month", "2026-02", "-o", out, *CLERK, password=PASSWORD)
    assert done.returncode == 0, done.stderr
    assert embeds_the_cjk_font(out)
    text = flat_text(out)
    total = summary.total
    assert summary.lines > 0 and 0 < total.received_fen < total.charged_fen
    line = f"合计{money_text(total.charged_fen)}{money_text(total.received_fen)}{money_text(total.outstanding_fen)}"
    assert text.count(line) == 2  # under the items and under the floors
    for row in summary.by_item + summary.by_floor:
        assert f"{row.label}{money_text(row.charged_fen)}{money_text(row.received_fen)}" in text


def test_every_print_is_in_the_audit_log(charged: E2EDatabase, tmp_path: Path) -> None:
    unit, row = _row_of_unit(charged, paid=False)
    for args in (
        ("statement", "--unit", unit),
        ("arrears-notice", "--unit", unit, "--as-of", AS_OF),
        ("fees-summary", "--month", "2026-02"),
    ):
        done = run("print", args[0], "--db", charged, *args[1:], "-o", tmp_path / "x.pdf", *CLERK, password=PASSWORD)
        assert done.returncode == 0, done.stderr
    printed = charged.all("SELECT entity, details FROM change WHERE action = 'print' ORDER BY id")
    whats = [(entity, from_json(details)["what"]) for entity, details in printed]
    assert whats[-3:] == [("tenancy", "statement"), ("arrears", "arrears_notice"), ("fees", "fees_summary")]
    with logged_in(charged, "clerk") as (desk, clerk), desk.read(clerk) as work:
        assert tenancy_place(work, row.tenancy_id)[0] == row.customer
