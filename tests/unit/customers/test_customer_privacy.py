"""A person's ID number and the contacts' mobiles as each role may see them, and the audited reveal (R16)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.customers import details as customers
from app.customers.details import CustomerInput
from app.desk import Actor, Desk
from app.dossier import dossiers
from app.dossier.contacts import ContactInput, add_contact
from app.errors import NotFound, PermissionDenied, ReadOnly, ValidationError
from app.tenancy import lifecycle as tenancy
from db.models import Change, Customer
from tests.unit.unit_support import refused, same_database, unit_id

ID = "110101199003071234"
MASKED = "110***********1234"
MOBILE = "13812345678"
LANDLINE = "0755-83212345"


@pytest.fixture
def person(desk: Desk, clerk: Actor, building: object) -> tenancy.MoveIn:
    """张伟, a person, in unit 102 with a contact's mobile and an office landline."""
    with desk.work(clerk) as work:
        moved = tenancy.move_in(
            work,
            customer=CustomerInput(name="张伟", kind="person", id_code=ID, phone=MOBILE),
            unit_ids=[unit_id(desk, "102")],
            move_in=dt.date(2026, 1, 5),
        )
        add_contact(work, moved.dossier_id, ContactInput(name="李娜", mobile=MOBILE, phone=LANDLINE))
    return moved


def _read(desk: Desk, actor: Actor | None, customer_id: int) -> customers.CustomerInfo:
    with desk.read(actor) as work:
        return customers.read_customer(work, customer_id)


def test_a_clerk_sees_a_persons_id_number_masked(desk: Desk, clerk: Actor, person: tenancy.MoveIn) -> None:
    info = _read(desk, clerk, person.customer_id)
    assert (info.id_code, info.id_code_masked) == (MASKED, True)


def test_without_a_user_the_id_number_is_masked(desk: Desk, person: tenancy.MoveIn) -> None:
    assert _read(desk, None, person.customer_id).id_code == MASKED


def test_the_administrator_sees_it_masked_too(desk: Desk, admin: Actor, person: tenancy.MoveIn) -> None:
    assert _read(desk, admin, person.customer_id).id_code == MASKED


@pytest.mark.parametrize("role", ["supervisor", "manager"])
def test_supervisor_and_manager_see_it_in_full(
    request: pytest.FixtureRequest, desk: Desk, person: tenancy.MoveIn, role: str
) -> None:
    info = _read(desk, request.getfixturevalue(role), person.customer_id)
    assert (info.id_code, info.id_code_masked) == (ID, False)


def test_a_companys_credit_code_is_not_masked(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    code = "91440300MA5DC1234X"
    info = _update(desk, clerk, tenant.customer_id, CustomerInput(name="甲科技有限公司", id_code=code))
    assert (info.id_code, info.id_code_masked) == (code, False)
    assert _read(desk, clerk, tenant.customer_id).id_code == code


def _update(desk: Desk, actor: Actor, customer_id: int, data: CustomerInput) -> customers.CustomerInfo:
    with desk.read(actor) as work:
        version = customers.read_customer(work, customer_id).version
    with desk.work(actor) as work:
        return customers.update_customer(work, customer_id, data, expected_version=version)


def _stored_id(desk: Desk, customer_id: int) -> str:
    with desk.read(None) as work:
        return work.session.get(Customer, customer_id).id_code


def test_saving_the_form_with_the_masked_number_keeps_the_number_on_file(
    desk: Desk, clerk: Actor, person: tenancy.MoveIn
) -> None:
    shown = _read(desk, clerk, person.customer_id)
    info = _update(
        desk,
        clerk,
        person.customer_id,
        CustomerInput(name="张伟", kind="person", id_code=shown.id_code, address="深圳市福田区", phone=MOBILE),
    )
    assert info.id_code == MASKED and info.address == "深圳市福田区"
    assert _stored_id(desk, person.customer_id) == ID


def test_a_clerk_may_type_a_new_id_number(desk: Desk, clerk: Actor, person: tenancy.MoveIn) -> None:
    info = _update(
        desk, clerk, person.customer_id, CustomerInput(name="张伟", kind="person", id_code="440301198001011111")
    )
    assert info.id_code == "440***********1111"
    assert _stored_id(desk, person.customer_id) == "440301198001011111"


def test_the_history_keeps_a_changed_number_but_shows_it_masked_to_a_clerk(
    desk: Desk, clerk: Actor, supervisor: Actor, person: tenancy.MoveIn
) -> None:
    _update(desk, clerk, person.customer_id, CustomerInput(name="张伟", kind="person", id_code="440301198001011111"))

    def latest(actor: Actor) -> dossiers.HistoryLine:
        with desk.read(actor) as work:
            return dossiers.dossier_history(work, person.dossier_id)[0]

    assert latest(clerk).details["id_code"] == [MASKED, "440***********1111"]
    assert latest(supervisor).details["id_code"] == [ID, "440301198001011111"]


def test_finding_a_customer_by_the_full_number_shows_it_masked(
    desk: Desk, clerk: Actor, manager: Actor, person: tenancy.MoveIn
) -> None:
    with desk.read(clerk) as work:
        (match,) = customers.find_customers(work, ID)
    assert (match.id, match.id_code) == (person.customer_id, MASKED)
    with desk.read(manager) as work:
        assert customers.find_customers(work, "张伟")[0].id_code == ID


def test_the_dossier_shows_the_id_masked_and_the_mobiles_in_the_window(
    desk: Desk, clerk: Actor, person: tenancy.MoveIn
) -> None:
    with desk.read(clerk) as work:
        view = dossiers.read_dossier(work, person.dossier_id)
    assert view.customer.id_code == MASKED
    # Clerks call tenants from the window: mobiles stay in full there.
    assert (view.customer.phone, view.contacts[0].mobile, view.contacts[0].phone) == (MOBILE, MOBILE, LANDLINE)


@pytest.mark.parametrize(
    ("role", "mobile"), [("clerk", "138****5678"), ("supervisor", "138****5678"), ("manager", MOBILE)]
)
def test_an_export_masks_mobiles_unless_the_role_may_export_them(
    request: pytest.FixtureRequest, desk: Desk, person: tenancy.MoveIn, role: str, mobile: str
) -> None:
    with desk.read(request.getfixturevalue(role)) as work:
        view = dossiers.read_dossier(work, person.dossier_id, export=True)
    assert (view.customer.phone, view.contacts[0].mobile) == (mobile, mobile)
    assert view.contacts[0].phone == LANDLINE  # an office number stays


def _reveals(desk: Desk) -> list[Change]:
    with desk.read(None) as work:
        return list(work.session.scalars(select(Change).where(Change.action == "reveal")))


def test_a_reveal_shows_the_number_and_is_in_the_audit_log(desk: Desk, clerk: Actor, person: tenancy.MoveIn) -> None:
    with desk.work(clerk) as work:
        assert customers.reveal_id_code(work, person.customer_id, dossier_id=person.dossier_id) == ID
    (line,) = _reveals(desk)
    assert (line.user_id, line.entity, line.entity_id, line.dossier_id) == (
        clerk.user_id,
        "customer",
        person.customer_id,
        person.dossier_id,
    )
    assert '"field": "id_code"' in line.details
    with desk.read(clerk) as work:
        assert dossiers.dossier_history(work, person.dossier_id)[0].action == "reveal"


def test_the_administrator_may_not_reveal(desk: Desk, admin: Actor, person: tenancy.MoveIn) -> None:
    with refused(desk, PermissionDenied, None, "Administrator"), desk.work(admin) as work:
        customers.reveal_id_code(work, person.customer_id)


def test_a_reveal_from_another_customers_dossier_is_refused(
    desk: Desk, clerk: Actor, person: tenancy.MoveIn, tenant: tenancy.MoveIn
) -> None:
    with refused(desk, NotFound, "dossier"), desk.work(clerk) as work:
        customers.reveal_id_code(work, person.customer_id, dossier_id=tenant.dossier_id)


def test_no_reveal_on_a_file_open_read_only(desk: Desk, clerk: Actor, person: tenancy.MoveIn) -> None:
    """What cannot be recorded as revealed stays masked."""
    desk.close()
    with Desk.open(same_database(desk), read_only=True) as reader:
        with pytest.raises(ReadOnly), reader.work(clerk) as work:
            customers.reveal_id_code(work, person.customer_id)
        with reader.read(clerk) as work:
            assert customers.read_customer(work, person.customer_id).id_code == MASKED
    with Desk.open(same_database(desk)) as again:
        assert _reveals(again) == []


def test_a_masked_number_edited_by_hand_is_refused(desk: Desk, clerk: Actor, person: tenancy.MoveIn) -> None:
    """Stars would replace the person's number on file."""
    with desk.read(clerk) as work:
        version = customers.read_customer(work, person.customer_id).version
    data = CustomerInput(name="张伟", kind="person", id_code="110***********1235")
    with refused(desk, ValidationError, "customer.id_code", "reveal it first"), desk.work(clerk) as work:
        customers.update_customer(work, person.customer_id, data, expected_version=version)
