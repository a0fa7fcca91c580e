"""The forms commands with the real ``dossier-desk`` on a copy of the demo, a file or a server database: ``forms``
lists what was filled in (a form type's register with ``--code``, ``--json`` as one document, the export in the audit
log), ``print form`` prints a filled form and a blank one — read back with pdftotext, the CJK font embedded, the
print in the audit log."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import select

from app.forms import FormInput, form_definition, record_form
from db.models import Dossier
from tests.conftest import PASSWORD
from tests.e2e.server_support import E2EDatabase
from tests.e2e.test_cli import run
from tests.e2e.test_fees_cli import embeds_the_cjk_font, flat_text, logged_in
from tests.unit.forms.forms_support import filled

CLERK = ("--user", "clerk")


def filled_forms(db: E2EDatabase) -> tuple[int, int]:
    """A permit (qms-pm-31306) and a key custody form (qms-pm-31317) of the demo's first live tenancy."""
    with logged_in(db, "clerk") as (desk, clerk), desk.work(clerk) as work:
        tenancy_id = work.session.scalar(select(Dossier.tenancy_id).where(Dossier.status == "live").limit(1))
        ids = []
        for code, extra in (("qms-pm-31306", {"permit_no": "TC-0042"}), ("qms-pm-31317", {"principal": "赵委托"})):
            values = filled(form_definition(code)) | extra
            day = dt.date(2026, 6, 1)
            ids.append(record_form(work, FormInput(code, day, values, "王敏", tenancy_id=tenancy_id), file=True).id)
    return ids[0], ids[1]


def audit_actions(db: E2EDatabase) -> list[tuple[str, str]]:
    return db.all("SELECT entity, action FROM change WHERE entity = 'form_record' ORDER BY seq")


def test_forms_lists_a_register_and_prints_a_filled_and_a_blank_form(
    demo_copy_database: E2EDatabase, tmp_path: Path
) -> None:
    permit, custody = filled_forms(demo_copy_database)
    listed = run("forms", "--db", demo_copy_database, "--code", "qms-pm-31306", "--json", *CLERK, password=PASSWORD)
    assert listed.returncode == 0, listed.stderr
    (row,) = json.loads(listed.stdout)
    assert row["record"] == permit and row["values"]["permit_no"] == "TC-0042" and row["filed"] is True
    every = run("forms", "--db", demo_copy_database, *CLERK, password=PASSWORD)
    assert every.returncode == 0 and "TC-0042" in every.stdout and "赵委托" in every.stdout

    out = tmp_path / "custody.pdf"
    printed = run(
        "print",
        "form",
        "qms-pm-31317",
        "--db",
        demo_copy_database,
        "--record",
        str(custody),
        "-o",
        out,
        *CLERK,
        password=PASSWORD,
    )
    assert printed.returncode == 0, printed.stderr
    text = flat_text(out)
    assert embeds_the_cjk_font(out)
    assert "代保管单元钥匙申请表" in text and "qms-pm-31317" in text and "赵委托" in text and "委托人签字" in text

    blank = tmp_path / "blank.pdf"
    done = run("print", "form", "qms-pm-31303", "--db", demo_copy_database, "-o", blank, *CLERK, password=PASSWORD)
    assert done.returncode == 0, done.stderr
    assert "(blank)" in done.stdout and "非机动车车牌办理登记表" in flat_text(blank) and embeds_the_cjk_font(blank)
    assert audit_actions(demo_copy_database)[-3:] == [("form_record", a) for a in ("export", "print", "print")]


def test_a_record_printed_as_another_form_is_refused(demo_copy_database: E2EDatabase, tmp_path: Path) -> None:
    permit, _ = filled_forms(demo_copy_database)
    out = tmp_path / "x.pdf"
    wrong = run(
        "print",
        "form",
        "qms-pm-31317",
        "--db",
        demo_copy_database,
        "--record",
        str(permit),
        "-o",
        out,
        *CLERK,
        password=PASSWORD,
    )
    assert wrong.returncode == 1 and "is a qms-pm-31306, not a qms-pm-31317" in wrong.stderr
    assert not out.exists()
