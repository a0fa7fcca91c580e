"""Loans on the real command (R8): request, the manager's approval, hand-out, return, the list, and the printed loan
register read back with pdftotext: every column and every row."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from app.loans import COLUMNS
from tests.e2e.conftest import DEMO_PASSWORD, OPEN_YEAR
from tests.e2e.server_support import E2EDatabase
from tests.e2e.test_cli import run


def _json(*args: str | os.PathLike[str]) -> object:
    done = run(*args, "--json", password=DEMO_PASSWORD)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture
def db(demo_database: E2EDatabase) -> E2EDatabase:
    """A copy of the demo, a file or a server database: loans read and write the same on either."""
    return demo_database


def test_a_loan_through_every_step_and_the_register(db: E2EDatabase, tmp_path: Path) -> None:
    asked = _json(
        "loans", "request", "--db", db, "--unit", "101", "--unit", "102", "--borrower", "林芳",
        "--department", "工程部", "--purpose", "核对装修图纸", "--user", "clerk",
    )  # fmt: skip
    assert isinstance(asked, dict)
    assert asked["state"] == "requested" and asked["in_office_only"] and len(asked["dossiers"]) == 2
    loan = str(asked["loan"])

    # Before the manager approves, the desk cannot hand it out: one line, exit 1.
    early = run("loans", "out", "--db", db, "--loan", loan, "--user", "clerk", password=DEMO_PASSWORD)
    assert early.returncode == 1 and "still waiting for the department manager" in early.stderr
    assert len(early.stderr.strip().splitlines()) == 1

    approved = _json("loans", "approve", "--db", db, "--loan", loan, "--note", "同意，限室内", "--user", "manager")
    assert isinstance(approved, dict) and approved["state"] == "approved" and approved["approved_by"]
    out = _json("loans", "out", "--db", db, "--loan", loan, "--user", "supervisor")
    assert isinstance(out, dict) and out["state"] == "out"

    # Past its return day it is overdue (the day moved back by SQL: the command runs on today's clock).
    db.execute("UPDATE loan SET expected_return = '2026-01-02' WHERE id = :loan", {"loan": int(loan)})
    overdue = _json("loans", "--db", db, "--overdue", "--user", "clerk")
    assert isinstance(overdue, list) and int(loan) in [x["loan"] for x in overdue]  # with the demo's own overdue one
    assert all(x["overdue"] and x["state"] == "out" for x in overdue)

    back = _json("loans", "back", "--db", db, "--loan", loan, "--missing", "缺第3页装修图", "--user", "clerk")
    assert isinstance(back, dict) and back["state"] == "returned" and back["complete"] is False
    still = _json("loans", "--db", db, "--overdue", "--user", "clerk")
    assert isinstance(still, list) and int(loan) not in [x["loan"] for x in still]

    listed = run("loans", "--db", db, "--user", "clerk", password=DEMO_PASSWORD)
    assert listed.returncode == 0 and "林芳" in listed.stdout and "returned" in listed.stdout

    lent_on = str(out["handed_out_at"])[:10]
    pdf = tmp_path / "借阅登记表.pdf"
    printed = run(
        "print", "loans", "--db", db, "--from", lent_on, "--to", lent_on, "-o", pdf, "--user", "clerk",
        password=DEMO_PASSWORD,
    )  # fmt: skip
    assert printed.returncode == 0, printed.stderr
    assert "2 rows" in printed.stdout
    text = _pdftotext(pdf)
    for column in COLUMNS:
        assert column in text.replace("\n", ""), column
    flat = "".join(text.split())
    assert "档案借阅登记表" in flat
    for dossier in back["dossiers"]:
        assert dossier["dossier"] in flat
    for shown in ("林芳", "工程部", "核对装修图纸", str(approved["approved_by"]), "否", "缺第3页装修图", "2026-01-02"):
        assert shown in flat, shown
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "yes" in fonts.splitlines()[-1].split()  # the CJK font embedded


def test_an_empty_month_prints_an_empty_register(db: E2EDatabase, tmp_path: Path) -> None:
    pdf = tmp_path / "empty.pdf"
    done = run("print", "loans", "--db", db, "--month", "2020-02", "-o", pdf, "--user", "clerk", password=DEMO_PASSWORD)
    assert done.returncode == 0, done.stderr
    flat = "".join(_pdftotext(pdf).split())
    assert "2020年2月" in flat and "本期无借阅" in flat


def _pdftotext(pdf: Path) -> str:
    assert shutil.which("pdftotext")
    return subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_archiving_warns_about_a_dossier_of_the_year_out_on_loan(db: E2EDatabase) -> None:
    (number,) = db.one(
        "SELECT d.number FROM dossier d JOIN tenancy t ON t.id = d.tenancy_id "
        "WHERE d.status = 'departed' AND t.move_out BETWEEN :first AND :last ORDER BY d.id LIMIT 1",
        {"first": f"{OPEN_YEAR}-01-01", "last": f"{OPEN_YEAR}-12-31"},
    )
    asked = _json(
        "loans", "request", "--db", db, "--dossier", number, "--borrower", "林芳", "--purpose", "核对",
        "--user", "clerk",
    )  # fmt: skip
    assert isinstance(asked, dict)
    _json("loans", "approve", "--db", db, "--loan", str(asked["loan"]), "--user", "manager")
    _json("loans", "out", "--db", db, "--loan", str(asked["loan"]), "--user", "clerk")
    dry = run("archive", "--db", db, "--year", OPEN_YEAR, "--dry-run", "--user", "supervisor", password=DEMO_PASSWORD)
    assert dry.returncode == 0, dry.stderr
    assert f"warning: dossier {number} is out on loan to 林芳" in dry.stderr
    report = _json("archive", "--db", db, "--year", OPEN_YEAR, "--dry-run", "--user", "supervisor")
    assert isinstance(report, dict)
    assert [(x["dossier"], x["borrower"]) for x in report["out_on_loan"]] == [(number, "林芳")]
