"""Customers' data on the real command line (R16): nothing without a user, ID numbers and mobiles as the role may.

The small demo's tenants are companies; one of them is made a person (张伟, with an ID number and a mobile) with the
sqlite3 shell's SQL, as a file from a desk where a person rented the unit would have it. Every test runs on such a
file and on such a server database.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import DEMO_PASSWORD, copy_database, migrated
from tests.e2e.server_support import FILE, SERVER, E2EDatabase
from tests.e2e.test_cli import run
from tests.server_templates import ServerTemplates

ID = "110101199003071234"
MASKED_ID = "110***********1234"
PERSON_MOBILE = "13912345678"
MOBILE = re.compile(r"1[3-9]\d{9}")


# Module-scoped, so parametrised here (the conftest's database_kind is per test): one database of each kind, read only.
@pytest.fixture(scope="module", params=[FILE, SERVER])
def person_db(
    request: pytest.FixtureRequest, small_demo: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[E2EDatabase]:
    templates: ServerTemplates | None = None
    if request.param == SERVER:
        templates = request.getfixturevalue("server_templates")
        db = E2EDatabase(SERVER, templates.copy("small_demo", migrated(small_demo), prefix="e2e"))
    else:
        db = E2EDatabase(FILE, copy_database(small_demo, tmp_path_factory.mktemp("privacy") / "F.db"))
    (customer_id,) = db.one(
        "SELECT t.customer_id FROM dossier d JOIN tenancy t ON t.id = d.tenancy_id JOIN unit u ON u.id = d.unit_id"
        " WHERE u.number = '101' AND d.status = 'live'"
    )
    db.execute(
        "UPDATE customer SET name = '张伟', kind = 'person', id_code = :id, phone = :phone WHERE id = :customer",
        {"id": ID, "phone": PERSON_MOBILE, "customer": customer_id},
    )
    yield db
    if templates is not None:
        templates.drop(str(db.location))


def _mobiles(db: E2EDatabase) -> set[str]:
    """Every mobile of unit 101's dossier as kept in the file: its contacts' and the customer's own."""
    rows = db.all(
        "SELECT c.mobile FROM contact c JOIN dossier d ON d.id = c.dossier_id JOIN unit u ON u.id = d.unit_id"
        " WHERE u.number = '101' AND d.status = 'live'"
    )
    found = {m for (m,) in rows if m} | {PERSON_MOBILE}
    assert len(found) >= 2 and all(MOBILE.fullmatch(m) for m in found)
    return found


def _dossier(db: E2EDatabase, *extra: str) -> dict[str, object]:
    shown = run("dossier", "--db", db, "--unit", "101", "--json", *extra, password=DEMO_PASSWORD)
    assert shown.returncode == 0, shown.stderr
    document: dict[str, object] = json.loads(shown.stdout)
    return document


def test_a_clerks_export_masks_the_id_number_and_the_mobiles(person_db: E2EDatabase) -> None:
    shown = run("dossier", "--db", person_db, "--unit", "101", "--json", "--user", "clerk", password=DEMO_PASSWORD)
    assert shown.returncode == 0, shown.stderr
    dossier = json.loads(shown.stdout)
    assert (dossier["customer"], dossier["customer_kind"], dossier["customer_id_code"]) == ("张伟", "person", MASKED_ID)
    assert dossier["customer_phone"] == "139****5678"
    assert ID not in shown.stdout
    for mobile in _mobiles(person_db):
        assert mobile not in shown.stdout
    contacts = dossier["contacts"]
    assert contacts and all(re.fullmatch(r"1[3-9]\d\*{4}\d{4}", c["mobile"]) for c in contacts if c["mobile"])
    # Office landlines are not personal: they stay.
    landlines = [c["phone"] for c in contacts if c["phone"]]
    assert all(p.startswith("0") and "*" not in p for p in landlines)


def test_a_clerks_text_shows_the_masked_id_number(person_db: E2EDatabase) -> None:
    shown = run("dossier", "--db", person_db, "--unit", "101", "--user", "clerk", password=DEMO_PASSWORD)
    assert shown.returncode == 0, shown.stderr
    assert MASKED_ID in shown.stdout and ID not in shown.stdout


def test_the_supervisor_sees_the_id_number_but_exports_mobiles_masked(person_db: E2EDatabase) -> None:
    dossier = _dossier(person_db, "--user", "supervisor")
    assert dossier["customer_id_code"] == ID
    assert dossier["customer_phone"] == "139****5678"
    text = json.dumps(dossier, ensure_ascii=False)
    assert not any(m in text for m in _mobiles(person_db))


def test_the_manager_exports_everything_unmasked(person_db: E2EDatabase) -> None:
    dossier = _dossier(person_db, "--user", "manager")
    assert (dossier["customer_id_code"], dossier["customer_phone"]) == (ID, PERSON_MOBILE)
    text = json.dumps(dossier, ensure_ascii=False)
    assert all(m in text for m in _mobiles(person_db))
    assert "*" not in text


@pytest.mark.parametrize(
    "command", [("dossier", "--unit", "101", "--json"), ("units", "--json"), ("label-check", "--json")]
)
def test_no_customers_data_without_a_user(person_db: E2EDatabase, command: tuple[str, ...]) -> None:
    refused = run(*command, "--db", person_db, password=DEMO_PASSWORD)
    assert refused.returncode == 1
    assert refused.stdout == ""
    assert (
        refused.stderr == f"dossier-desk: error: {command[0]} shows customers' data: name yourself with --user NAME\n"
    )


def test_a_company_keeps_its_credit_code_in_a_clerks_export(person_db: E2EDatabase) -> None:
    (code,) = person_db.one(
        "SELECT c.id_code FROM customer c JOIN tenancy t ON t.customer_id = c.id JOIN dossier d"
        " ON d.tenancy_id = t.id JOIN unit u ON u.id = d.unit_id WHERE u.number = '102' AND d.status = 'live'"
    )
    shown = run("dossier", "--db", person_db, "--unit", "102", "--json", "--user", "clerk", password=DEMO_PASSWORD)
    assert shown.returncode == 0, shown.stderr
    assert code and json.loads(shown.stdout)["customer_id_code"] == code


def _printed(db: E2EDatabase, user: str, target: Path) -> str:
    made = run(
        "print", "registration", "--db", db, "--unit", "101", "-o", target, "--user", user, password=DEMO_PASSWORD
    )
    assert made.returncode == 0, made.stderr
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(target), "-"], capture_output=True, text=True)
    return re.sub(r"\s+", "", out.stdout)


def test_the_printed_registration_form_masks_the_id_number_for_a_clerk_only(
    person_db: E2EDatabase, tmp_path: Path
) -> None:
    clerks = _printed(person_db, "clerk", tmp_path / "clerk.pdf")
    assert "客户档案登记表" in clerks and "张伟" in clerks and "身份证号码" in clerks
    assert MASKED_ID in clerks and ID not in clerks
    managers = _printed(person_db, "manager", tmp_path / "manager.pdf")
    assert ID in managers
    printed = person_db.all(
        "SELECT u.login FROM change c JOIN \"user\" u ON u.id = c.user_id WHERE c.action = 'print' ORDER BY c.id"
    )
    assert printed[-2:] == [("clerk",), ("manager",)]  # each print is in the audit log with the user


def test_no_registration_form_without_a_user(person_db: E2EDatabase, tmp_path: Path) -> None:
    refused = run("print", "registration", "--db", person_db, "--unit", "101", "-o", tmp_path / "x.pdf")
    assert refused.returncode == 1 and "--user" in refused.stderr
    assert not (tmp_path / "x.pdf").exists()
