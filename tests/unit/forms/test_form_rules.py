"""The forms' rules: definitions checked with the file and key named, values checked per type with errors named by
the form's labels, filing (and the move-in checklist), 31318 writing exactly one meter reading, optimistic locking,
ID numbers masked by role, the register's filters and totals."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.desk import Actor, Desk
from app.dossier import dossier_documents, missing_documents
from app.errors import ChangedMeanwhile, NotFound, ValidationError
from app.fees import readings_of
from app.forms import (
    DefinitionError,
    FormFieldError,
    FormFilter,
    FormInput,
    form_definition,
    form_definitions,
    form_register,
    form_totals,
    load_definitions,
    read_form,
    record_form,
    update_form,
)
from app.forms.definitions import forms_folder, labels_source
from db.models import Change, FormRecord, MeterReading
from tests.unit.forms.forms_support import SAMPLE_ID, filled, moved_in
from tests.unit.unit_support import unit_id

DAY = dt.date(2026, 6, 1)


def test_the_labels_module_lists_every_english_label_of_the_toml_files() -> None:
    written = (Path(__file__).parents[3] / "app" / "forms" / "labels.py").read_text(encoding="utf-8")
    assert written == labels_source(form_definitions()), "run: python -m app.forms.definitions"


@pytest.mark.parametrize(
    ("change", "key"),
    [
        (lambda t: t.replace('page = "A5"', 'page = "B5"'), "page"),
        (lambda t: t.replace('category = "form_parking"', 'category = "parking"'), "category"),
        (lambda t: t.replace('type = "date"', 'type = "when"', 1), "fields[4][valid_until].type"),
        (lambda t: t.replace('register = ["plate_no"', 'register = ["plate"'), "register"),
        (lambda t: t.replace('en = "Owner"\n', ""), "fields[0][owner].en"),
        (lambda t: t + '\n[[fields]]\nkey = "owner"\nzh = "车主"\nen = "Owner"\ntype = "text"\n', "fields"),
        (lambda t: t.replace("choices = [", "choices = [\n  { value = 'x', zh = '甲' },", 1), "fields[1][vehicle]"),
        (lambda t: t.replace("code = ", "colour = 1\ncode = "), "colour"),
    ],
)
def test_a_broken_definition_is_refused_naming_the_file_and_the_key(tmp_path: Path, change, key: str) -> None:
    source = (forms_folder() / "qms-pm-31303.toml").read_text(encoding="utf-8")
    (tmp_path / "qms-pm-31303.toml").write_text(change(source), encoding="utf-8")
    with pytest.raises(DefinitionError) as caught:
        load_definitions(tmp_path)
    assert "qms-pm-31303.toml" in str(caught.value) and caught.value.key.startswith(key), str(caught.value)


def test_a_file_that_is_not_toml_is_named(tmp_path: Path) -> None:
    (tmp_path / "qms-pm-39999.toml").write_text("code = \n", encoding="utf-8")
    with pytest.raises(DefinitionError, match=r"qms-pm-39999\.toml"):
        load_definitions(tmp_path)


def save(desk: Desk, actor: Actor, code: str, values: dict, *, file: bool = False, **place) -> int:
    with desk.work(actor) as work:
        return record_form(work, FormInput(code, DAY, values, handled_by="王敏", **place), file=file).id


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("plate_no", "", "Plate number must not be empty."),
        ("valid_until", "2026-02-30", "Valid until must be a date (YYYY-MM-DD), not “2026-02-30”."),
        ("vehicle", "tank", "Vehicle type must be one of bicycle, e_bike, motorcycle, other, not “tank”."),
        ("plate_no", "粤" * 31, "Plate number is too long (at most 30 characters)."),
    ],
)
def test_a_wrong_value_is_refused_naming_the_field_by_the_forms_label(
    desk: Desk, building: object, clerk: Actor, key: str, value: str, message: str
) -> None:
    values = filled(form_definition("qms-pm-31303")) | {key: value}
    with pytest.raises(FormFieldError) as caught:
        save(desk, clerk, "qms-pm-31303", values)
    assert caught.value.field == f"form.{key}"
    assert caught.value.text() == message
    # A translation of the label is asked in the forms' context.
    asked: list[tuple[str, str]] = []
    caught.value.text(lambda context, text, *_: asked.append((context, text)) or text)
    assert ("forms", form_definition("qms-pm-31303").field(key).en) in asked


@pytest.mark.parametrize(
    ("code", "key", "value", "message"),
    [
        ("qms-pm-31307", "quantity", "2.5", "Number of lines must be a whole number, not “2.5”."),
        ("qms-pm-31307", "quantity", "-1", "Number of lines must be a number of 0 or more, not “-1”."),
        ("qms-pm-31305", "amount", "12.345", "Amount (yuan) must be an amount of money such as 1280.50, not “12.345”."),
        ("qms-pm-31302", "contacts", [], "Emergency contacts needs at least one row."),
        ("qms-pm-31302", "contacts", [{"order": "1", "name": ""}], "Row 1: Name must not be empty."),
        (
            "qms-pm-31316",
            "returned",
            [{"item": "key", "returned": "maybe"}],
            "Row 1: Handed back must be yes or no, not “maybe”.",
        ),
    ],
)
def test_numbers_money_and_tables_are_checked(
    desk: Desk, building: object, clerk: Actor, code: str, key: str, value: object, message: str
) -> None:
    values = filled(form_definition(code)) | {key: value}
    with pytest.raises(FormFieldError) as caught:
        save(desk, clerk, code, values)
    assert caught.value.text() == message
    assert caught.value.field.startswith(f"form.{key}")


def test_values_are_kept_in_their_stored_forms(desk: Desk, building: object, clerk: Actor) -> None:
    values = filled(form_definition("qms-pm-31316")) | {
        "returned": [{"item": "key", "number": " K-12 ", "returned": "是", "returned_on": "2026-05-31"}, {}],
    }
    record_id = save(desk, clerk, "qms-pm-31316", values)
    with desk.read(clerk) as work:
        stored = json.loads(work.session.get(FormRecord, record_id).values)
    # The empty row is dropped, the text trimmed, 是 read as yes.
    assert stored["returned"] == [{"item": "key", "number": "K-12", "returned": True, "returned_on": "2026-05-31"}]
    money = filled(form_definition("qms-pm-31306")) | {"deposit": "￥1,280.5"}
    deposit_id = save(desk, clerk, "qms-pm-31306", money)
    with desk.read(clerk) as work:
        assert json.loads(work.session.get(FormRecord, deposit_id).values)["deposit"] == 128050


def test_an_unknown_form_or_field_is_refused(desk: Desk, building: object, clerk: Actor) -> None:
    with pytest.raises(NotFound, match="There is no form qms-pm-31399"):
        save(desk, clerk, "qms-pm-31399", {})
    with pytest.raises(ValidationError, match="has no field “colour_of_sky”"):
        save(desk, clerk, "qms-pm-31310", filled(form_definition("qms-pm-31310")) | {"colour_of_sky": "蓝"})


def test_a_filed_move_in_paper_counts_for_the_move_in_checklist(desk: Desk, building: object, clerk: Actor) -> None:
    tenancy_id = moved_in(desk, clerk)
    with desk.read(clerk) as work:
        dossier_id = read_form_place(work, tenancy_id)
        before = {item.code for item in missing_documents(work, [dossier_id])[dossier_id]}
    record_id = save(
        desk, clerk, "qms-pm-31301", filled(form_definition("qms-pm-31301")), file=True, tenancy_id=tenancy_id
    )
    with desk.read(clerk) as work:
        info = read_form(work, record_id)
        (document,) = [d for d in dossier_documents(work, info.dossier_id) if d.id == info.document_id]
        after = {item.code for item in missing_documents(work, [dossier_id])[dossier_id]}
    assert document.category == "move_in" and document.reference_no == "qms-pm-31301"
    assert document.title == "客户档案登记表 样3号"  # the title and the form's key value (法定代表人)
    assert "registration_form" in before and before - after == {"registration_form"}


def read_form_place(work: object, tenancy_id: int) -> int:
    from db.models import Dossier

    return work.session.scalar(select(Dossier.id).where(Dossier.tenancy_id == tenancy_id))


def test_a_form_without_a_customer_is_not_filed(desk: Desk, building: object, clerk: Actor) -> None:
    values = filled(form_definition("qms-pm-31309"))
    record_id = save(desk, clerk, "qms-pm-31309", values)  # a phone number to let: nobody's dossier
    with desk.read(clerk) as work:
        assert read_form(work, record_id).document_id is None
    with pytest.raises(ValidationError, match="filed in a customer's dossier"):
        save(desk, clerk, "qms-pm-31309", values, file=True)


def test_a_meter_reading_form_writes_exactly_one_reading_and_reads_it_back(
    desk: Desk, building: object, clerk: Actor
) -> None:
    tenancy_id = moved_in(desk, clerk)
    unit = unit_id(desk, "101")
    values = {
        "meter_kind": "electricity",
        "meter_no": "E-1",
        "reading": "1000.5",
        "read_on": "2026-05-31",
        "confirmed_by": "张三",
    }
    record_id = save(desk, clerk, "qms-pm-31318", values, tenancy_id=tenancy_id)
    with desk.read(clerk) as work:
        (reading,) = readings_of(work, unit)
        record = work.session.get(FormRecord, record_id)
        info = read_form(work, record_id)
        assert work.session.scalar(select(func.count(MeterReading.id))) == 1
    assert (record.fact_table, record.fact_id) == ("meter_reading", reading.id)
    assert json.loads(record.values) == {}  # the reading is not kept twice
    assert reading.reading == 1000.5 and reading.meter_no == "E-1" and reading.confirmed_by == "张三"
    assert info.values == {
        "meter_kind": "electricity",
        "meter_no": "E-1",
        "reading": "1000.5",
        "read_on": "2026-05-31",
        "confirmed_by": "张三",
    }
    # A lower reading of the same meter is refused as app.fees refuses it, beside the form's own field.
    with pytest.raises(FormFieldError) as caught:
        save(desk, clerk, "qms-pm-31318", values | {"reading": "900", "read_on": "2026-06-01"}, tenancy_id=tenancy_id)
    assert caught.value.field == "form.reading"
    assert caught.value.text().startswith("Reading 900 is lower than the reading of 2026-05-31")
    with desk.read(clerk) as work:
        assert work.session.scalar(select(func.count(MeterReading.id))) == 1
        assert work.session.scalar(select(func.count(FormRecord.id))) == 1  # nothing of the refused form was kept
    # The recorded reading is not changed through the form; the rest of it may be.
    with desk.work(clerk) as work, pytest.raises(FormFieldError, match="not changed"):
        update_form(
            work,
            record_id,
            FormInput("qms-pm-31318", DAY, values | {"reading": "1001"}, tenancy_id=tenancy_id),
            expect_version=1,
        )
    with desk.work(clerk) as work:
        changed = update_form(
            work,
            record_id,
            FormInput("qms-pm-31318", DAY, values, handled_by="李四", tenancy_id=tenancy_id),
            expect_version=1,
        )
    assert changed.handled_by == "李四" and changed.fact_id == reading.id


def test_a_form_saved_over_someone_elses_change_is_refused(
    desk: Desk, building: object, clerk: Actor, supervisor: Actor
) -> None:
    values = filled(form_definition("qms-pm-31310"))
    record_id = save(desk, clerk, "qms-pm-31310", values)
    with desk.work(supervisor) as work:
        first = update_form(
            work, record_id, FormInput("qms-pm-31310", DAY, values | {"new_holder": "新户甲"}), expect_version=1
        )
    assert first.version == 2
    with desk.work(clerk) as work, pytest.raises(ChangedMeanwhile):
        update_form(
            work, record_id, FormInput("qms-pm-31310", DAY, values | {"new_holder": "新户乙"}), expect_version=1
        )
    with desk.read(clerk) as work:
        assert read_form(work, record_id).values["new_holder"] == "新户甲"
        lines = work.session.execute(
            select(Change.action, Change.details).where(Change.entity == "form_record", Change.entity_id == record_id)
        ).all()
    assert [action for action, _ in lines] == ["create", "update"]
    assert "new_holder" in lines[1][1]


def test_id_numbers_are_masked_for_a_clerk_and_kept_when_saved_back_masked(
    desk: Desk, building: object, clerk: Actor, manager: Actor
) -> None:
    values = filled(form_definition("qms-pm-31311"))
    record_id = save(desk, clerk, "qms-pm-31311", values)
    with desk.read(clerk) as work:
        shown = read_form(work, record_id)
        (row,) = form_register(work, FormFilter(code="qms-pm-31311"))
    assert shown.values["passport_no"] == "110***********1234" == row.values["passport_no"]
    with desk.work(clerk) as work:  # the clerk changes the position and saves what the screen showed
        update_form(
            work,
            record_id,
            FormInput("qms-pm-31311", DAY, shown.values | {"position": "经理"}),
            expect_version=shown.version,
        )
    with desk.read(manager) as work:
        assert read_form(work, record_id).values["passport_no"] == SAMPLE_ID


def test_the_register_filters_by_place_date_and_text_and_sums_its_money(
    desk: Desk, building: object, clerk: Actor
) -> None:
    first = moved_in(desk, clerk, "宏图科技有限公司", "101")
    second = moved_in(desk, clerk, "永盛贸易公司", "201")
    base = filled(form_definition("qms-pm-31306"))
    a = save(desk, clerk, "qms-pm-31306", base | {"permit_no": "P-1", "deposit": "100"}, tenancy_id=first)
    b = save(desk, clerk, "qms-pm-31306", base | {"permit_no": "P-2", "deposit": "250.5"}, tenancy_id=second)
    save(desk, clerk, "qms-pm-31303", filled(form_definition("qms-pm-31303")), tenancy_id=first)
    with desk.read(clerk) as work:
        every = form_register(work, FormFilter(code="qms-pm-31306"))
        totals = form_totals(work, FormFilter(code="qms-pm-31306"))
        by_text = form_register(work, FormFilter(code="qms-pm-31306", text="P-2"))
        by_customer = form_register(work, FormFilter(code="qms-pm-31306", text="宏图"))
        by_unit = form_register(work, FormFilter(code="qms-pm-31306", unit_id=unit_id(desk, "201")))
        later = form_register(work, FormFilter(code="qms-pm-31306", date_from=DAY + dt.timedelta(days=1)))
        page = form_register(work, FormFilter(code="qms-pm-31306"), offset=1, limit=1)
        with pytest.raises(ValidationError, match="ends"):
            form_register(work, FormFilter(code="qms-pm-31306", date_from=DAY, date_to=DAY - dt.timedelta(days=1)))
    assert {r.id for r in every} == {a, b} and totals.records == 2 and totals.money_fen == {"deposit": 35050}
    assert [r.id for r in by_text] == [b] and [r.id for r in by_customer] == [a] and [r.id for r in by_unit] == [b]
    assert later == [] and len(page) == 1
    assert every[0].customer in ("宏图科技有限公司", "永盛贸易公司") and every[0].unit in ("101", "201")


def test_a_clerk_may_fill_forms_and_the_administrator_may_not(desk: Desk, building: object, admin: Actor) -> None:
    from app.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        save(desk, admin, "qms-pm-31310", filled(form_definition("qms-pm-31310")))
