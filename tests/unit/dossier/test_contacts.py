"""Contacts and emergency contacts of a dossier (R11)."""

from __future__ import annotations

from app.desk import Actor, Desk
from app.dossier import contacts, dossiers
from app.dossier.contacts import ContactInput
from app.errors import ChangedMeanwhile, NotFound, PermissionDenied, ValidationError
from app.tenancy.lifecycle import MoveIn
from tests.unit.unit_support import refused


def _add(desk: Desk, actor: Actor, dossier_id: int, data: ContactInput) -> contacts.ContactInfo:
    with desk.work(actor) as work:
        return contacts.add_contact(work, dossier_id, data)


def test_contacts_are_listed_in_the_dossier(desk: Desk, clerk: Actor, tenant: MoveIn) -> None:
    boss = _add(desk, clerk, tenant.dossier_id, ContactInput(name=" 张总 ", role="总经理", mobile="13800000000"))
    night = _add(desk, clerk, tenant.dossier_id, ContactInput(name="值班", phone="021-555", is_emergency=True))
    with desk.read(None) as work:
        view = dossiers.read_dossier(work, tenant.dossier_id)
        history = dossiers.dossier_history(work, tenant.dossier_id)
    assert view.contacts == (boss, night)
    assert (boss.name, night.is_emergency) == ("张总", True)
    assert (history[0].entity, history[0].action) == ("contact", "create")


def test_editing_a_contact_records_what_changed(desk: Desk, clerk: Actor, tenant: MoveIn) -> None:
    boss = _add(desk, clerk, tenant.dossier_id, ContactInput(name="张总", mobile="13800000000"))
    with desk.work(clerk) as work:
        edited = contacts.edit_contact(
            work, boss.id, ContactInput(name="张总", mobile="13900000000"), expected_version=boss.version
        )
        latest = dossiers.dossier_history(work, tenant.dossier_id)[0]
    assert edited.mobile == "13900000000"
    assert latest.details == {"mobile": ["13800000000", "13900000000"]}


def test_contact_without_any_number_is_refused(desk: Desk, clerk: Actor, tenant: MoveIn) -> None:
    with refused(desk, ValidationError, "contact.phone", "张总"):
        _add(desk, clerk, tenant.dossier_id, ContactInput(name="张总"))


def test_contact_without_a_name_is_refused(desk: Desk, clerk: Actor, tenant: MoveIn) -> None:
    with refused(desk, ValidationError, "contact.name"):
        _add(desk, clerk, tenant.dossier_id, ContactInput(name=" ", phone="021-555"))


def test_contact_with_a_bad_email_is_refused(desk: Desk, clerk: Actor, tenant: MoveIn) -> None:
    with refused(desk, ValidationError, "contact.email", "zhang at example"):
        _add(desk, clerk, tenant.dossier_id, ContactInput(name="张总", phone="021-555", email="zhang at example"))


def test_contact_for_an_unknown_dossier_is_refused(desk: Desk, clerk: Actor, tenant: MoveIn) -> None:
    with refused(desk, NotFound, "dossier", "555"):
        _add(desk, clerk, 555, ContactInput(name="张总", phone="021-555"))


def test_editing_an_unknown_contact_is_refused(desk: Desk, clerk: Actor, tenant: MoveIn) -> None:
    with refused(desk, NotFound, "contact", "556"), desk.work(clerk) as work:
        contacts.edit_contact(work, 556, ContactInput(name="张总", phone="021-555"), expected_version=1)


def test_editing_a_contact_to_no_number_is_refused(desk: Desk, clerk: Actor, tenant: MoveIn) -> None:
    boss = _add(desk, clerk, tenant.dossier_id, ContactInput(name="张总", mobile="13800000000"))
    with refused(desk, ValidationError, "contact.phone", "张总"), desk.work(clerk) as work:
        contacts.edit_contact(work, boss.id, ContactInput(name="张总"), expected_version=boss.version)


def test_nobody_logged_in_may_not_add_contacts(desk: Desk, tenant: MoveIn) -> None:
    with refused(desk, PermissionDenied, None), desk.work(None) as work:
        contacts.add_contact(work, tenant.dossier_id, ContactInput(name="张总", phone="021-555"))


def test_editing_a_contact_changed_meanwhile_is_refused(desk: Desk, clerk: Actor, tenant: MoveIn) -> None:
    boss = _add(desk, clerk, tenant.dossier_id, ContactInput(name="张总", mobile="13800000000"))
    with desk.work(clerk) as work:  # another desk: a new mobile number
        now = contacts.edit_contact(
            work, boss.id, ContactInput(name="张总", mobile="13900000000"), expected_version=boss.version
        )
    assert now.version == boss.version + 1
    stale = ContactInput(name="张总", mobile="13800000000", email="zhang@jia.cn")
    with (
        refused(desk, ChangedMeanwhile, None, "张总", "changed meanwhile"),
        desk.work(clerk) as work,
    ):
        contacts.edit_contact(work, boss.id, stale, expected_version=boss.version)
    with desk.read(clerk) as work:
        assert contacts.read_contact(work, boss.id) == now
