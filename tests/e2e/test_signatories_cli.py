"""Issue 20 on the real command line: ``dossier`` lists the customer's authorised signatories and seals (a signatory's
ID number masked as the role may see it), and ``check`` counts the specimens as scans the record names."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from tests.e2e.conftest import DEMO_PASSWORD
from tests.e2e.server_support import E2EDatabase
from tests.e2e.test_cli import run


def _unit_with_signatories(db: E2EDatabase) -> str:
    (number,) = db.one(
        "SELECT u.number FROM dossier d JOIN tenancy t ON t.id = d.tenancy_id JOIN unit u ON u.id = d.unit_id"
        " WHERE d.status = 'live' AND EXISTS (SELECT 1 FROM signatory s WHERE s.customer_id = t.customer_id)"
        " ORDER BY u.number LIMIT 1"
    )
    return str(number)


def test_the_dossier_command_lists_the_signatories_and_seals_masked_by_role(demo_database: E2EDatabase) -> None:
    unit = _unit_with_signatories(demo_database)
    as_clerk = run(
        "dossier", "--db", demo_database, "--unit", unit, "--json", "--user", "clerk", password=DEMO_PASSWORD
    )
    assert as_clerk.returncode == 0, as_clerk.stderr
    shown = json.loads(as_clerk.stdout)
    signatories = shown["signatories"]
    assert signatories and all(s["authority_today"] in ("valid", "ended", "not_yet") for s in signatories)
    assert all("*" in s["id_number"] and len(s["id_number"]) == 18 for s in signatories)  # a clerk: masked
    assert all(s["specimen"] and s["specimen"].endswith(".png") for s in signatories)
    assert {s["seal"] for s in shown["seals"]} == {"official", "finance"}

    as_supervisor = run(
        "dossier", "--db", demo_database, "--unit", unit, "--json", "--user", "supervisor", password=DEMO_PASSWORD
    )
    assert as_supervisor.returncode == 0, as_supervisor.stderr
    numbers = [s["id_number"] for s in json.loads(as_supervisor.stdout)["signatories"]]
    assert numbers and all("*" not in n and n.startswith("440305") for n in numbers)

    text = run("dossier", "--db", demo_database, "--unit", unit, "--user", "clerk", password=DEMO_PASSWORD)
    assert text.returncode == 0, text.stderr
    assert "authorised signatory" in text.stdout and signatories[0]["name"] in text.stdout


def test_check_finds_every_specimen_in_place(demo_database: E2EDatabase) -> None:
    checked = run("check", "--db", demo_database, "--json")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    report = json.loads(checked.stdout)
    assert not report.get("problems"), report


@pytest.mark.file_only("the altered specimen is a file in the folder beside the database")
def test_check_names_an_altered_specimen(demo_database: E2EDatabase) -> None:
    (sha, name) = demo_database.one("SELECT sha256, original_name FROM specimen WHERE seal = 'official' LIMIT 1")
    stored = Path(f"{demo_database.path}-attachments") / sha[:2] / sha
    os.chmod(stored, stat.S_IRUSR | stat.S_IWUSR)
    stored.write_bytes(stored.read_bytes() + b"changed")
    checked = run("check", "--db", demo_database, "--json")
    assert checked.returncode == 1
    problems = json.loads(checked.stdout)["problems"]
    assert any(name in p["detail"] and "specimen" in p["detail"] for p in problems), problems
