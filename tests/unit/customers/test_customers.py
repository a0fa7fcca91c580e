"""Customer details and renames: the old name is kept and live dossier labels follow (R5)."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields

from app.customers import details as customers
from app.customers.details import CustomerInput
from app.desk import Actor, Desk
from app.dossier import dossiers
from app.errors import ChangedMeanwhile, NotFound, PermissionDenied, ValidationError
from app.tenancy import lifecycle as tenancy
from db.models import Customer
from tests.conftest import fixed_clock
from tests.unit.unit_support import refused, row_counts, same_database, unit_id

TODAY = dt.date(2026, 6, 15)


def _update(desk: Desk, actor: Actor, customer_id: int, data: CustomerInput) -> customers.CustomerInfo:
    """The customer form as a clerk uses it: read the customer, then save the edited details."""
    version = _version(desk, customer_id)
    with desk.work(actor) as work:
        return customers.update_customer(work, customer_id, data, expected_version=version)


def _version(desk: Desk, customer_id: int) -> int:
    """The version a form would have read (1 for a customer that does not exist, which the save refuses)."""
    with desk.read(None) as work:
        customer = work.session.get(Customer, customer_id)
        return customer.version if customer is not None else 1


def _dossier(desk: Desk, dossier_id: int) -> dossiers.DossierView:
    with desk.read(None) as work:
        return dossiers.read_dossier(work, dossier_id)


def test_rename_keeps_the_former_name_and_relabels_the_live_dossier(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn
) -> None:
    info = _update(desk, clerk, tenant.customer_id, CustomerInput(name="甲集团有限公司"))
    assert info.name == "甲集团有限公司"
    assert info.former_names == (customers.FormerName("甲科技有限公司", TODAY),)
    view = _dossier(desk, tenant.dossier_id)
    assert view.label_text == "甲集团有限公司"
    assert view.customer.name == "甲集团有限公司"
    assert view.customer.former_names == info.former_names


def test_rename_shows_in_the_dossier_history(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    _update(desk, clerk, tenant.customer_id, CustomerInput(name="甲集团有限公司"))
    with desk.read(None) as work:
        latest = dossiers.dossier_history(work, tenant.dossier_id)[0]
    assert (latest.entity, latest.action, latest.user) == ("customer", "update", "王小明")
    assert latest.details["name"] == ["甲科技有限公司", "甲集团有限公司"]


def test_rename_leaves_a_departed_dossier_label_alone(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    with desk.work(clerk) as work:
        old = tenancy.move_in(
            work,
            customer=tenant.customer_id,
            unit_ids=[unit_id(desk, "302")],
            move_in=dt.date(2020, 1, 1),
            move_out=dt.date(2021, 1, 1),
        )
    _update(desk, clerk, tenant.customer_id, CustomerInput(name="甲集团有限公司"))
    assert _dossier(desk, old.dossier_id).label_text == "甲科技有限公司"
    assert _dossier(desk, tenant.dossier_id).label_text == "甲集团有限公司"


def test_two_renames_keep_both_former_names(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    _update(desk, clerk, tenant.customer_id, CustomerInput(name="乙"))
    info = _update(desk, clerk, tenant.customer_id, CustomerInput(name="丙"))
    assert {n.name for n in info.former_names} == {"甲科技有限公司", "乙"}
    assert _dossier(desk, tenant.dossier_id).label_text == "丙"


def test_editing_other_details_keeps_the_name_history_empty(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    info = _update(
        desk, clerk, tenant.customer_id, CustomerInput(name="甲科技有限公司", phone=" 021-1234 ", email="a@b.cn")
    )
    assert (info.phone, info.email, info.former_names) == ("021-1234", "a@b.cn", ())
    assert _dossier(desk, tenant.dossier_id).label_text == "甲科技有限公司"


def test_saving_unchanged_details_writes_nothing(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    before = row_counts(desk)
    _update(desk, clerk, tenant.customer_id, CustomerInput(name="甲科技有限公司"))
    assert row_counts(desk) == before


# --- bad input -----------------------------------------------------------------------------


def test_renaming_to_blank_is_refused(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    with refused(desk, ValidationError, "customer.name"):
        _update(desk, clerk, tenant.customer_id, CustomerInput(name="  "))
    assert _dossier(desk, tenant.dossier_id).label_text == "甲科技有限公司"


def test_bad_email_is_refused(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    with refused(desk, ValidationError, "customer.email", "not an email"):
        _update(desk, clerk, tenant.customer_id, CustomerInput(name="甲集团", email="not an email"))
    assert _dossier(desk, tenant.dossier_id).label_text == "甲科技有限公司"


def test_unknown_kind_is_refused(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    with refused(desk, ValidationError, "customer.kind", "partnership"):
        _update(desk, clerk, tenant.customer_id, CustomerInput(name="甲", kind="partnership"))


def test_too_long_phone_is_refused(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    with refused(desk, ValidationError, "customer.phone", "51"):
        _update(desk, clerk, tenant.customer_id, CustomerInput(name="甲", phone="1" * 51))


def test_unknown_customer_is_refused(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    with refused(desk, NotFound, "customer", "999"):
        _update(desk, clerk, 999, CustomerInput(name="甲"))


def test_nobody_logged_in_may_not_edit(desk: Desk, tenant: tenancy.MoveIn) -> None:
    with refused(desk, PermissionDenied, None), desk.work(None) as work:
        customers.update_customer(work, tenant.customer_id, CustomerInput(name="甲集团"), expected_version=1)


def test_read_customer(desk: Desk, tenant: tenancy.MoveIn) -> None:
    with desk.read(None) as work:
        info = customers.read_customer(work, tenant.customer_id)
    assert (info.id, info.name, info.kind) == (tenant.customer_id, "甲科技有限公司", "company")


# --- two desks: saving over a change made meanwhile (optimistic locking) -------------------------


def test_a_stale_form_never_undoes_a_change_made_meanwhile_at_another_desk(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn
) -> None:
    """The issue's lost update: desk 1 reads, desk 2 changes the phone, desk 1 saves a new e-mail."""
    with Desk.open(same_database(desk), clock=fixed_clock) as other_desk:
        with desk.read(clerk) as work:
            form = customers.read_customer(work, tenant.customer_id)  # desk 1 opens the customer form
        with other_desk.work(clerk) as work:  # desk 2 changes the phone and saves
            theirs = customers.read_customer(work, tenant.customer_id)
            customers.update_customer(
                work, tenant.customer_id, _form(theirs, phone="0755-8888 1234"), expected_version=theirs.version
            )
        stale = _form(form, email="office@jia.cn")
        with (
            refused(desk, ChangedMeanwhile, None, "甲科技有限公司", "changed meanwhile", "save again"),
            desk.work(clerk) as work,
        ):
            customers.update_customer(work, tenant.customer_id, stale, expected_version=form.version)
        with desk.read(None) as work:
            now = customers.read_customer(work, tenant.customer_id)
        assert (now.phone, now.email) == ("0755-8888 1234", "")  # desk 2's phone stands; nothing of desk 1's
        # Reloaded, desk 1 saves its e-mail on top of desk 2's phone.
        with desk.work(clerk) as work:
            customers.update_customer(
                work, tenant.customer_id, _form(now, email="office@jia.cn"), expected_version=now.version
            )
        with other_desk.read(None) as work:
            both = customers.read_customer(work, tenant.customer_id)
    assert (both.phone, both.email) == ("0755-8888 1234", "office@jia.cn")
    assert both.version == form.version + 2


def test_each_save_moves_the_version_on_and_an_unchanged_save_does_not(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn
) -> None:
    first = _update(desk, clerk, tenant.customer_id, CustomerInput(name="甲科技有限公司", phone="1"))
    again = _update(desk, clerk, tenant.customer_id, CustomerInput(name="甲科技有限公司", phone="1"))
    assert again.version == first.version
    renamed = _update(desk, clerk, tenant.customer_id, CustomerInput(name="甲集团", phone="1"))
    assert renamed.version == first.version + 1


def test_a_rename_over_an_older_form_is_refused_too(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    with desk.read(clerk) as work:
        form = customers.read_customer(work, tenant.customer_id)
    _update(desk, clerk, tenant.customer_id, CustomerInput(name="甲集团有限公司"))
    with refused(desk, ChangedMeanwhile, None, "甲集团有限公司"), desk.work(clerk) as work:
        customers.update_customer(work, tenant.customer_id, _form(form, name="甲控股"), expected_version=form.version)
    assert _dossier(desk, tenant.dossier_id).label_text == "甲集团有限公司"


def _form(info: customers.CustomerInfo, **changes: str) -> CustomerInput:
    """The customer form as filled from ``info``, with ``changes`` typed in."""
    values = {f.name: getattr(info, f.name) for f in fields(CustomerInput)}
    return CustomerInput(**(values | changes))
