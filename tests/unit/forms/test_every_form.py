"""Every form in resources/forms (a new file is covered without a new test): filled with a value of each field's
type, saved and filed, found in its register, printed with every printed label and value, and printed blank."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from app.desk import Actor, Desk
from app.dossier import dossier_documents
from app.fees import money_text
from app.forms import FormFilter, FormInput, form_definitions, form_register, print_form, read_form, record_form
from app.forms.definitions import forms_folder
from app.forms.values import value_text
from app.privacy import mask_id_number
from tests.unit.forms.forms_support import SAMPLE_ID, embeds_cjk_font, filled, moved_in, pages, pdf_text

CODES = sorted(p.stem for p in forms_folder().glob("*.toml"))


def test_the_eighteen_forms_of_r12_are_there() -> None:
    assert [f"qms-pm-313{n:02d}" for n in range(1, 19)] == CODES
    assert list(form_definitions()) == CODES


@pytest.mark.parametrize("code", CODES)
def test_a_form_is_filled_saved_found_and_printed(
    code: str, desk: Desk, building: object, clerk: Actor, tmp_path: Path
) -> None:
    form = form_definitions()[code]
    tenancy_id = moved_in(desk, clerk)
    values = filled(form)
    with desk.work(clerk) as work:
        saved = record_form(
            work,
            FormInput(code, dt.date(2026, 6, 1), values, handled_by="王敏", tenancy_id=tenancy_id),
            file=True,
        )
    assert saved.unit == "101" and saved.customer == "宏图科技有限公司"
    with desk.read(clerk) as work:
        again = read_form(work, saved.id)
        found = form_register(work, FormFilter(code=code, text="宏图"))
        documents = dossier_documents(work, saved.dossier_id)
    assert [row.id for row in found] == [saved.id]
    assert again.values == found[0].values
    # Filed in the dossier under the form's category, titled by the form (and its key value).
    (document,) = [d for d in documents if d.id == saved.document_id]
    assert document.category == form.category and document.title.startswith(form.title)

    pdf = print_form_as(desk, clerk, code, tmp_path / "filled.pdf", saved.id)
    text = pdf_text(pdf)
    assert embeds_cjk_font(pdf)
    assert form.code in text and form.title.replace(" ", "") in text and "宏图科技有限公司" in text and "王敏" in text
    for field in form.printed_fields:
        assert field.zh in text, field.key
        for shown in shown_values(field, values[field.key]):
            assert shown.replace(" ", "") in text, (field.key, shown)
    assert SAMPLE_ID not in text  # a clerk's printout masks ID numbers
    for signature in form.signatures:
        assert signature in text

    blank = print_form_as(desk, clerk, code, tmp_path / "blank.pdf", None)
    blank_text = pdf_text(blank)
    assert embeds_cjk_font(blank) and pages(blank) == 1
    assert all(field.zh in blank_text for field in form.printed_fields)
    assert "宏图" not in blank_text


def print_form_as(desk: Desk, actor: Actor, code: str, target: Path, record_id: int | None) -> Path:
    with desk.read(actor) as work:
        return print_form(work, code, target, record_id=record_id)


def shown_values(field: object, value: object) -> list[str]:
    """What the printout shows for ``value``: each cell's text for a table, the masked ID number for a clerk."""
    from app.forms import FieldDef

    assert isinstance(field, FieldDef)
    if field.type == "table":
        assert isinstance(value, list)
        return [text for row in value for c in field.columns for text in shown_values(c, row[c.key])]
    if field.type == "id_number":
        return [mask_id_number(str(value))]
    return [value_text(field, value if field.type != "money" else int(float(str(value)) * 100), money=money_text)]


def test_a_long_table_goes_on_over_pages_with_its_header_and_long_text_never_runs_off(
    desk: Desk, building: object, clerk: Actor, tmp_path: Path
) -> None:
    import subprocess

    tenancy_id = moved_in(desk, clerk)
    contacts = [
        {"order": str(n), "name": f"联络人{n}", "relation": "职员", "mobile": f"1380000{n:04d}"} for n in range(1, 61)
    ]
    scope = "计算机软硬件的技术开发、技术咨询、技术服务；" * 120  # some 2 600 characters
    with desk.work(clerk) as work:
        table_id = record_form(
            work, FormInput("qms-pm-31302", dt.date(2026, 6, 1), {"contacts": contacts}, tenancy_id=tenancy_id)
        ).id
        values = filled(form_definitions()["qms-pm-31301"]) | {"business_scope": scope}
        text_id = record_form(work, FormInput("qms-pm-31301", dt.date(2026, 6, 1), values, tenancy_id=tenancy_id)).id
    table_pdf = print_form_as(desk, clerk, "qms-pm-31302", tmp_path / "contacts.pdf", table_id)
    count = pages(table_pdf)
    assert count >= 2
    for page in range(1, count + 1):
        text = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), str(table_pdf), "-"], capture_output=True, text=True
        ).stdout
        assert "联络顺序" in text and "关系/职务" in text, page  # the header on every page
    assert all(f"联络人{n}" in pdf_text(table_pdf) for n in range(1, 61))
    text_pdf = print_form_as(desk, clerk, "qms-pm-31301", tmp_path / "scope.pdf", text_id)
    assert pages(text_pdf) >= 2 and "经营范围（续）" in pdf_text(text_pdf)
    # Every word of it, none cut off: read past the continuation boxes' labels and the page footers between them.
    between = r"经营范围（续）|第\d+页共\d+页qms-pm-31301客户档案登记表宏图科技有限公司"
    assert scope in re.sub(between, "", pdf_text(text_pdf))
