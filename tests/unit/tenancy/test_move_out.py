"""Moving out (R6): a notice for a coming day, the checklist on the day, partial move-outs."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.building import buildings
from app.building.buildings import UnitStatus
from app.customers.details import CustomerInput
from app.desk import Actor, Desk
from app.dossier import contacts, documents, dossiers
from app.dossier.contacts import ContactInput
from app.dossier.documents import DocumentInput
from app.errors import ChangedMeanwhile, Conflict, PermissionDenied, ValidationError
from app.tenancy import lifecycle as tenancy
from app.tenancy.lifecycle import MoveOutChecklist
from tests.unit.unit_support import refused, unit_id

TODAY = dt.date(2026, 6, 15)  # the fixed clock's day
DONE = MoveOutChecklist(
    keys_returned=True,
    access_cards_returned=True,
    electricity_reading=Decimal("12345.6"),
    water_reading=Decimal("789.0"),
    deposit="refunded",
    forwarding_contact="张三 13800000000",
)


def status_of(desk: Desk, number: str) -> UnitStatus:
    with desk.read(None) as work:
        (card,) = [c for c in buildings.unit_cards(work) if c.number == number]
        return card.status


def dossier_status(desk: Desk, dossier_id: int) -> str:
    with desk.read(None) as work:
        return dossiers.read_dossier(work, dossier_id).status


@pytest.fixture
def two_units(desk: Desk, clerk: Actor, building: buildings.BuildingInfo) -> tenancy.MoveIn:
    with desk.work(clerk) as work:
        return tenancy.move_in(
            work,
            customer=CustomerInput(name="乙贸易有限公司"),
            unit_ids=[unit_id(desk, "201"), unit_id(desk, "202")],
            move_in=dt.date(2025, 3, 1),
        )


def test_a_notice_makes_the_unit_moving_out_and_keeps_the_dossier_live(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn
) -> None:
    with desk.work(clerk) as work:
        tenancy.give_notice(work, tenant.tenancy_id, dt.date(2026, 7, 31))
    assert status_of(desk, "101") is UnitStatus.MOVING_OUT
    assert dossier_status(desk, tenant.dossier_id) == "live"


def test_move_out_with_the_checklist_frees_the_unit_and_departs_the_dossier(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn
) -> None:
    with desk.work(clerk) as work:
        result = tenancy.move_out(work, tenant.tenancy_id, day=TODAY, checklist=DONE)
    assert result.departed and result.units_given_back == ("101",) and result.units_kept == ()
    assert status_of(desk, "101") is UnitStatus.VACANT
    assert dossier_status(desk, tenant.dossier_id) == "departed"
    with desk.read(None) as work:
        assert dossiers.dossier_history(work, tenant.dossier_id)[0].action == "move_out"
    with refused(desk, Conflict, "tenancy.units", "every unit"), desk.work(clerk) as work:
        tenancy.move_out(work, tenant.tenancy_id, day=TODAY, checklist=DONE)


def test_an_unchecked_item_is_refused_with_the_list_of_what_is_missing(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn
) -> None:
    partial = MoveOutChecklist(keys_returned=True, deposit="retained")  # retained without a reason
    assert tenancy.missing_move_out_items(partial) == [
        "access_cards_returned",
        "electricity_reading",
        "water_reading",
        "deposit",
        "forwarding_contact",
    ]
    with (
        refused(
            desk,
            Conflict,
            "move_out.access_cards_returned",
            "access cards returned",
            "final electricity meter reading",
            "final water meter reading",
            "deposit",
            "forwarding contact",
        ),
        desk.work(clerk) as work,
    ):
        tenancy.move_out(work, tenant.tenancy_id, day=TODAY, checklist=partial)
    assert status_of(desk, "101") is UnitStatus.OCCUPIED


def test_moving_out_of_one_unit_of_two_keeps_the_tenancy(desk: Desk, clerk: Actor, two_units: tenancy.MoveIn) -> None:
    with desk.work(clerk) as work:
        first = tenancy.move_out(work, two_units.tenancy_id, day=TODAY, checklist=DONE, unit_ids=[unit_id(desk, "202")])
    assert (first.units_given_back, first.units_kept, first.departed) == (("202",), ("201",), False)
    assert status_of(desk, "202") is UnitStatus.VACANT
    assert status_of(desk, "201") is UnitStatus.OCCUPIED
    assert dossier_status(desk, two_units.dossier_id) == "live"
    with desk.work(clerk) as work:
        second = tenancy.move_out(work, two_units.tenancy_id, day=TODAY, checklist=DONE)
    assert second.departed and second.units_given_back == ("201",)
    assert dossier_status(desk, two_units.dossier_id) == "departed"
    with desk.read(None) as work:
        history = tenancy.unit_history(work, unit_id(desk, "201"))
    assert [(h.customer, h.start, h.end, h.dossier_status) for h in history] == [
        ("乙贸易有限公司", dt.date(2025, 3, 1), TODAY, "departed")
    ]


def test_a_departed_dossier_is_read_only_for_a_clerk_but_not_for_the_supervisor(
    desk: Desk, clerk: Actor, supervisor: Actor, tenant: tenancy.MoveIn
) -> None:
    with desk.work(clerk) as work:
        tenancy.move_out(work, tenant.tenancy_id, day=TODAY, checklist=DONE)
    late = DocumentInput("correspondence", TODAY, "退租后来函")
    with refused(desk, PermissionDenied, "dossier", "only the supervisor"), desk.work(clerk) as work:
        documents.add_document(work, tenant.dossier_id, late)
    with refused(desk, PermissionDenied, "dossier", "only the supervisor"), desk.work(clerk) as work:
        contacts.add_contact(work, tenant.dossier_id, ContactInput(name="王五", mobile="13900000000"))
    with desk.work(supervisor) as work:
        documents.add_document(work, tenant.dossier_id, late)


def test_a_move_out_in_the_future_or_before_the_move_in_is_refused(
    desk: Desk, clerk: Actor, tenant: tenancy.MoveIn
) -> None:
    with refused(desk, ValidationError, "tenancy.move_out", "notice"), desk.work(clerk) as work:
        tenancy.move_out(work, tenant.tenancy_id, day=TODAY + dt.timedelta(days=1), checklist=DONE)
    with refused(desk, ValidationError, "tenancy.move_out", "2026-01-05"), desk.work(clerk) as work:
        tenancy.move_out(work, tenant.tenancy_id, day=dt.date(2026, 1, 5), checklist=DONE)
    with refused(desk, ValidationError, "tenancy.move_out", "record the move-out"), desk.work(clerk) as work:
        tenancy.give_notice(work, tenant.tenancy_id, TODAY)


def test_a_negative_meter_reading_is_refused(desk: Desk, clerk: Actor, tenant: tenancy.MoveIn) -> None:
    bad = MoveOutChecklist(**{**DONE.__dict__, "water_reading": Decimal("-1")})
    with refused(desk, ValidationError, "move_out.water_reading", "-1"), desk.work(clerk) as work:
        tenancy.move_out(work, tenant.tenancy_id, day=TODAY, checklist=bad)


# --- a move-out or notice form read before a change made meanwhile -----------------------------


def _tenancy_version(desk: Desk, dossier_id: int) -> int:
    with desk.read(None) as work:
        return dossiers.read_dossier(work, dossier_id).tenancy_version


def test_a_notice_over_one_recorded_meanwhile_is_refused(desk: Desk, clerk: Actor, two_units: tenancy.MoveIn) -> None:
    form = _tenancy_version(desk, two_units.dossier_id)
    with desk.work(clerk) as work:  # another desk records the notice for 31 July
        tenancy.give_notice(work, two_units.tenancy_id, dt.date(2026, 7, 31), expected_version=form)
    assert _tenancy_version(desk, two_units.dossier_id) == form + 1
    with refused(desk, ChangedMeanwhile, None, "乙贸易有限公司", "changed meanwhile"), desk.work(clerk) as work:
        tenancy.give_notice(work, two_units.tenancy_id, dt.date(2026, 8, 31), expected_version=form)
    with desk.read(None) as work:
        units = dossiers.read_dossier(work, two_units.dossier_id).units
    assert {u.end_date for u in units} == {dt.date(2026, 7, 31)}


def test_a_move_out_over_a_unit_given_back_meanwhile_is_refused(
    desk: Desk, clerk: Actor, two_units: tenancy.MoveIn
) -> None:
    form = _tenancy_version(desk, two_units.dossier_id)
    with desk.work(clerk) as work:  # another desk: 201 given back today
        tenancy.move_out(
            work,
            two_units.tenancy_id,
            day=TODAY,
            checklist=DONE,
            unit_ids=[unit_id(desk, "201")],
            expected_version=form,
        )
    # The older form still shows both units: "all units" would now mean 202 alone, recorded as if both.
    with refused(desk, ChangedMeanwhile, None), desk.work(clerk) as work:
        tenancy.move_out(work, two_units.tenancy_id, day=TODAY, checklist=DONE, expected_version=form)
    assert dossier_status(desk, two_units.dossier_id) == "live"
    with desk.work(clerk) as work:  # reloaded: the move-out of what is left goes through
        tenancy.move_out(
            work,
            two_units.tenancy_id,
            day=TODAY,
            checklist=DONE,
            expected_version=_tenancy_version(desk, two_units.dossier_id),
        )
    assert dossier_status(desk, two_units.dossier_id) == "departed"
