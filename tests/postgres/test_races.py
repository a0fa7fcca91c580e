"""Two desks doing the same thing at the same moment on one server database: exactly one wins, the other is told
plainly, and nothing is lost or doubled. Two processes, as two PCs would be.

Each desk process opens the database, logs in, waits at a barrier with the other, then runs its action in one unit
of work. Each action holds its transaction open a little longer before its first audit line (``HOLD``), as a slow
desk would: both have read what they check before either commits, so without the locks of db/run_locks.py and the
unit's row lock these races go wrong every time (two tenancies in one unit, one number twice, a month charged twice).
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import multiprocessing.queues
import multiprocessing.synchronize
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select

from app import archive
from app.approvals import decide
from app.archive import Proposal
from app.building import buildings
from app.building.buildings import BuildingInfo
from app.customers import details as customers
from app.customers.details import CustomerInput
from app.desk import Actor, Desk, Work
from app.errors import AppError, ChangedMeanwhile
from app.fees.charging import add_charge, cancel_charge, generate_month
from app.fees.payments import record_payment
from app.loans import request_loan
from app.people import users
from app.tenancy import lifecycle
from db.models import ArchiveBox, Dossier, FeeAllocation, FeeCharge, FeePayment, Loan, TenancyUnit
from tests.conftest import PASSWORD, fixed_clock
from tests.postgres.server_desk import server_desk  # noqa: F401 (fixtures)
from tests.unit.archive.test_archive import bind, departed
from tests.unit.fees.fees_support import fee_item, give_areas, tenant
from tests.unit.unit_support import unit_id

D = dt.date
HOLD = 0.4  # seconds each desk keeps its transaction open before its first audit line


# -- the desk processes -------------------------------------------------------------------------------------------


def _move_in(work: Work, name: str, unit: int | list[int], since: str, until: str | None = None) -> str:
    done = lifecycle.move_in(
        work,
        customer=CustomerInput(name=name),
        unit_ids=unit if isinstance(unit, list) else [unit],
        move_in=D.fromisoformat(since),
        move_out=D.fromisoformat(until) if until else None,
    )
    return done.dossier_number


def _rename(work: Work, customer_id: int, name: str, version: int) -> str:
    current = customers.read_customer(work, customer_id)
    data = CustomerInput(name=name, kind=current.kind)
    return customers.update_customer(work, customer_id, data, expected_version=version).name


def _generate(work: Work, month: str) -> str:
    return f"{len(generate_month(work, month).lines)} lines"


def _archive(work: Work, year: int) -> str:
    return ",".join(b.number for b in archive.archive_year(work, year, bind_unbound=True).boxes)


def _pay(work: Work, tenancy_id: int, fen: int) -> str:
    return record_payment(work, tenancy_id, fen, paid_on=D(2026, 6, 15), method="cash").receipt_no or ""


def _cancel(work: Work, charge_id: int) -> str:
    return str(cancel_charge(work, charge_id, "录入错误").id)


def _name_fonds(work: Work, fonds_name: str, as_read: archive.ArchiveSettings) -> str:
    wanted = {f: getattr(as_read, f) for f in ("fonds_code", "catalogue_no", "code_pattern", "retention_codes")}
    return archive.change_archive_settings(work, fonds_name=fonds_name, **wanted, as_read=as_read).fonds_name


def _destroy(work: Work, list_id: int) -> str:
    return f"{archive.record_destruction(work, list_id, ('赵监销', '钱监销')).dossiers} destroyed"


def _lend(work: Work, dossier_id: int, borrower: str) -> str:
    return str(request_loan(work, [dossier_id], borrower, "法务部", "核对合同").id)


ACTIONS: dict[str, Callable[..., str]] = {
    "move_in": _move_in,
    "rename": _rename,
    "generate": _generate,
    "archive": _archive,
    "pay": _pay,
    "lend": _lend,
    "cancel": _cancel,
    "name_fonds": _name_fonds,
    "destroy": _destroy,
}


def _slow_first_log() -> None:
    """Hold each unit of work open ``HOLD`` seconds before its first audit line: after its checks, before its commit."""
    log = Work.log

    def slow(self: Work, *args: Any, **kwargs: Any) -> None:
        if not getattr(self, "_held", False):
            self._held = True  # type: ignore[attr-defined]
            time.sleep(HOLD)
        log(self, *args, **kwargs)

    Work.log = slow  # type: ignore[method-assign]


def _desk(
    url: str,
    tag: str,
    login: str,
    action: str,
    kwargs: dict[str, Any],
    barrier: multiprocessing.synchronize.Barrier,
    results: multiprocessing.queues.Queue[tuple[str, str, str]],
) -> None:
    desk = Desk.open(url, clock=fixed_clock)
    try:
        actor = users.log_in(desk, login, PASSWORD)
        _slow_first_log()
        barrier.wait(60)
        try:
            with desk.work(actor) as work:
                value = ACTIONS[action](work, **kwargs)
        except AppError as exc:
            results.put((tag, type(exc).__name__, exc.text()))
        else:
            results.put((tag, "ok", value))
    finally:
        desk.close()


def race(url: str, *desks: tuple[str, str, dict[str, Any]]) -> dict[str, tuple[str, str]]:
    """Run each (login, action, arguments) in a process of its own, all let go at once; tag → (outcome, text)."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(len(desks))
    results = context.Queue()
    processes = [
        context.Process(target=_desk, args=(url, f"desk{n}", login, action, kwargs, barrier, results))
        for n, (login, action, kwargs) in enumerate(desks, start=1)
    ]
    for process in processes:
        process.start()
    outcomes = {}
    for _ in processes:
        tag, outcome, text = results.get(timeout=120)
        outcomes[tag] = (outcome, text)
    for process in processes:
        process.join(60)
    assert [p.exitcode for p in processes] == [0] * len(processes)
    return outcomes


def _one_winner(outcomes: dict[str, tuple[str, str]]) -> tuple[str, str]:
    """The winner's value and the loser's (error class, message); exactly one of two desks succeeded."""
    won = [text for outcome, text in outcomes.values() if outcome == "ok"]
    lost = [(outcome, text) for outcome, text in outcomes.values() if outcome != "ok"]
    assert len(won) == 1 and len(lost) == 1, outcomes
    return won[0], f"{lost[0][0]}: {lost[0][1]}"


@pytest.fixture
def desk(server_desk: Desk) -> Desk:  # noqa: F811
    return server_desk


# -- the races ----------------------------------------------------------------------------------------------------


def test_two_desks_moving_into_one_vacant_unit_at_once_make_one_tenancy(
    desk: Desk, pg_url: str, building: BuildingInfo
) -> None:
    unit = unit_id(desk, "101")
    outcomes = race(
        pg_url,
        ("clerk", "move_in", {"name": "甲公司", "unit": unit, "since": "2026-06-15"}),
        ("clerk", "move_in", {"name": "乙公司", "unit": unit, "since": "2026-06-15"}),
    )
    number, loser = _one_winner(outcomes)
    with desk.read(None) as work:
        stays = work.session.scalar(select(func.count()).where(TenancyUnit.unit_id == unit))
        dossiers = work.session.scalars(select(Dossier.number)).all()
    assert stays == 1 and dossiers == [number]
    winner = "甲公司" if outcomes["desk1"][0] == "ok" else "乙公司"
    assert loser == (
        f"Conflict: Unit 101 was moved into meanwhile at another desk ({winner}, from 2026-06-15); nothing was saved. "
        "Choose another unit or date."
    )


def test_two_desks_taking_two_units_in_opposite_orders_at_once_do_not_wait_for_each_other(
    desk: Desk, pg_url: str, building: BuildingInfo
) -> None:
    """Units are locked in id order whatever order they were chosen in: one desk gets both, the other is told,
    never a deadlock (which the server would break after a second with a "try again")."""
    first, second = unit_id(desk, "201"), unit_id(desk, "202")
    outcomes = race(
        pg_url,
        ("clerk", "move_in", {"name": "甲公司", "unit": [first, second], "since": "2026-06-15"}),
        ("clerk", "move_in", {"name": "乙公司", "unit": [second, first], "since": "2026-06-15"}),
    )
    _number, loser = _one_winner(outcomes)
    assert loser.startswith("Conflict: Unit 20") and "was moved into meanwhile at another desk" in loser
    with desk.read(None) as work:
        stays = work.session.scalar(select(func.count()).where(TenancyUnit.unit_id.in_([first, second])))
    assert stays == 2


def test_two_new_dossiers_at_once_get_two_numbers(desk: Desk, pg_url: str, building: BuildingInfo) -> None:
    """Two past tenancies of one unit in one year recorded at once: both are kept, each dossier its own number."""
    unit = unit_id(desk, "102")
    outcomes = race(
        pg_url,
        ("clerk", "move_in", {"name": "甲公司", "unit": unit, "since": "2024-01-01", "until": "2024-06-01"}),
        ("clerk", "move_in", {"name": "乙公司", "unit": unit, "since": "2024-06-01", "until": "2024-12-31"}),
    )
    assert {outcome for outcome, _ in outcomes.values()} == {"ok"}, outcomes
    numbers = sorted(text for _, text in outcomes.values())
    assert numbers == [f"{building.id}-102-2024", f"{building.id}-102-2024-2"]


def test_two_desks_saving_one_customer_at_once_lose_no_change(
    desk: Desk, pg_url: str, clerk: Actor, building: BuildingInfo
) -> None:
    with desk.work(clerk) as work:
        moved = lifecycle.move_in(
            work, customer=CustomerInput(name="甲公司"), unit_ids=[unit_id(desk, "101")], move_in=D(2026, 1, 1)
        )
    with desk.read(clerk) as work:
        read = customers.read_customer(work, moved.customer_id)  # both forms were filled from this
    outcomes = race(
        pg_url,
        ("clerk", "rename", {"customer_id": moved.customer_id, "name": "甲公司（一）", "version": read.version}),
        ("supervisor", "rename", {"customer_id": moved.customer_id, "name": "甲公司（二）", "version": read.version}),
    )
    saved, loser = _one_winner(outcomes)
    assert loser.startswith("ChangedMeanwhile: ") and "changed meanwhile" in loser
    with desk.read(clerk) as work:
        now = customers.read_customer(work, moved.customer_id)
    assert now.name == saved and now.version == read.version + 1


def test_two_desks_generating_one_month_at_once_charge_it_once(
    desk: Desk, pg_url: str, manager: Actor, clerk: Actor, building: BuildingInfo
) -> None:
    give_areas(desk, manager, {"101": "100", "102": "80"})
    fee_item(desk, manager, "物业管理费", "area", {D(2026, 1, 1): "28.50"})
    tenant(desk, clerk, "甲公司", ["101"], D(2025, 12, 1))
    tenant(desk, clerk, "乙公司", ["102"], D(2025, 12, 1))
    outcomes = race(
        pg_url, ("manager", "generate", {"month": "2026-03"}), ("manager", "generate", {"month": "2026-03"})
    )
    written, loser = _one_winner(outcomes)
    assert written == "2 lines"
    assert loser == (
        "Busy: Charges are being generated at another desk; try again when it has finished. Nothing was changed here."
    )
    with desk.read(None) as work:
        charged = work.session.execute(select(FeeCharge.tenancy_id, FeeCharge.period, FeeCharge.kind)).all()
    assert len(charged) == 2 and len(set(charged)) == 2


def test_two_desks_archiving_one_year_at_once_box_each_dossier_once(
    desk: Desk, pg_url: str, clerk: Actor, building: BuildingInfo
) -> None:
    for name, unit in (("甲公司", "101"), ("乙公司", "102"), ("丙公司", "201")):
        departed(desk, clerk, name, [unit], [3, 2])
    outcomes = race(pg_url, ("supervisor", "archive", {"year": 2025}), ("supervisor", "archive", {"year": 2025}))
    boxes, loser = _one_winner(outcomes)
    assert (
        loser
        == "Busy: Archiving is being run at another desk; try again when it has finished. Nothing was changed here."
    )
    with desk.read(None) as work:
        made = work.session.scalars(select(ArchiveBox.number).order_by(ArchiveBox.number)).all()
        placed = work.session.execute(select(Dossier.box_id, Dossier.box_position, Dossier.status)).all()
    assert sorted(boxes.split(",")) == made
    assert len(placed) == 3 and {status for _, _, status in placed} == {"archived"}
    assert len({(box, position) for box, position, _ in placed}) == 3


def test_two_desks_taking_payments_at_once_give_two_receipt_numbers(
    desk: Desk, pg_url: str, manager: Actor, clerk: Actor, building: BuildingInfo
) -> None:
    first = tenant(desk, clerk, "甲公司", ["101"], D(2026, 1, 1))
    second = tenant(desk, clerk, "乙公司", ["102"], D(2026, 1, 1))
    outcomes = race(
        pg_url,
        ("clerk", "pay", {"tenancy_id": first, "fen": 10000}),
        ("supervisor", "pay", {"tenancy_id": second, "fen": 20000}),
    )
    assert {outcome for outcome, _ in outcomes.values()} == {"ok"}, outcomes
    receipts = sorted(text for _, text in outcomes.values())
    assert len(set(receipts)) == 2 and receipts[1][-6:] == "000002"
    with desk.read(None) as work:
        assert sorted(work.session.scalars(select(FeePayment.receipt_no)).all()) == receipts


def test_a_charge_paid_at_one_desk_while_cancelled_at_another_is_paid_or_cancelled_not_both(
    desk: Desk, pg_url: str, manager: Actor, clerk: Actor, building: BuildingInfo
) -> None:
    """Paid first: the cancel is refused. Cancelled first: the payment finds nothing open and stays credit."""
    tenancy = tenant(desk, clerk, "甲公司", ["101"], D(2026, 1, 1))
    item = fee_item(desk, manager, "加班费", "one_off", {D(2026, 1, 1): "0"})
    with desk.work(manager) as work:
        charge = add_charge(work, tenancy, item, 50000)
    outcomes = race(
        pg_url,
        ("clerk", "pay", {"tenancy_id": tenancy, "fen": 50000}),
        ("manager", "cancel", {"charge_id": charge.id}),
    )
    with desk.read(None) as work:
        paid = work.session.scalars(select(FeeAllocation.amount_fen).where(FeeAllocation.charge_id == charge.id)).all()
        cancelled = work.session.scalars(select(FeeCharge.id).where(FeeCharge.adjusts_id == charge.id)).all()
    assert outcomes["desk1"][0] == "ok"
    if paid:
        assert paid == [50000] and cancelled == []
        assert outcomes["desk2"] == ("Conflict", "This charge has been paid (in part): reverse the payment first.")
    else:
        assert len(cancelled) == 1 and outcomes["desk2"][0] == "ok"


def test_two_desks_lending_one_dossier_at_once_make_one_loan(
    desk: Desk, pg_url: str, clerk: Actor, building: BuildingInfo
) -> None:
    with desk.work(clerk) as work:
        moved = lifecycle.move_in(
            work, customer=CustomerInput(name="甲公司"), unit_ids=[unit_id(desk, "101")], move_in=D(2026, 1, 1)
        )
    outcomes = race(
        pg_url,
        ("clerk", "lend", {"dossier_id": moved.dossier_id, "borrower": "张律师"}),
        ("supervisor", "lend", {"dossier_id": moved.dossier_id, "borrower": "李会计"}),
    )
    loan, loser = _one_winner(outcomes)
    winner = "张律师" if outcomes["desk1"][0] == "ok" else "李会计"
    assert loser == f"Conflict: Dossier {moved.dossier_number} is already asked for by {winner} (loan {loan})."
    with desk.read(None) as work:
        assert work.session.scalars(select(Loan.id)).all() == [int(loan)]


def test_two_desks_saving_the_archive_settings_at_once_lose_no_change(
    desk: Desk, pg_url: str, manager: Actor, building: BuildingInfo
) -> None:
    """Both forms were filled from the same settings: the second save is refused, not written over the first."""
    with desk.work(manager) as work:
        first = archive.archive_settings(work)
        wanted = {f: getattr(first, f) for f in ("fonds_code", "catalogue_no", "code_pattern", "retention_codes")}
        read = archive.change_archive_settings(work, fonds_name="测试物业客务部", **wanted)
    outcomes = race(
        pg_url,
        ("manager", "name_fonds", {"fonds_name": "甲物业客务部", "as_read": read}),
        ("manager", "name_fonds", {"fonds_name": "乙物业客务部", "as_read": read}),
    )
    saved, loser = _one_winner(outcomes)
    assert loser == (
        "ChangedMeanwhile: The archive settings were changed meanwhile at another desk; nothing was saved. "
        "They have been reloaded — check them and save again."
    )
    with desk.read(manager) as work:
        assert archive.archive_settings(work).fonds_name == saved


def test_a_value_another_desk_took_meanwhile_is_changed_meanwhile_not_a_crash(
    desk: Desk, pg_url: str, manager: Actor
) -> None:
    """The last line behind every "is it free" check: both desks found the building name free, the second one's
    insert waits for the first one's commit and is refused by the unique key, said as a person understands it."""
    other = Desk.open(pg_url, clock=fixed_clock)
    manager_b = users.log_in(other, "manager", PASSWORD)  # before desk A holds the audit log's lock
    inside, release = threading.Event(), threading.Event()

    def first() -> None:
        with desk.work(manager) as work:
            buildings.create_building(work, "新大厦", floors_from=1, floors_to=1, units_per_floor=1)
            work.session.flush()
            inside.set()
            release.wait(30)

    try:
        thread = threading.Thread(target=first)
        thread.start()
        assert inside.wait(30)
        threading.Timer(0.5, release.set).start()  # desk A commits while desk B waits for the name
        with pytest.raises(ChangedMeanwhile) as refused, other.work(manager_b) as work:
            buildings.create_building(work, "新大厦", floors_from=1, floors_to=1, units_per_floor=1)
        thread.join(30)
    finally:
        release.set()
        other.close()
    assert refused.value.text() == "Another desk saved the same thing meanwhile; nothing was saved here: try again."
    with desk.read(None) as work:
        assert [b.name for b in buildings.list_buildings(work)] == ["新大厦"]


def test_two_desks_recording_one_destruction_at_once_record_it_once(
    desk: Desk, pg_url: str, clerk: Actor, supervisor: Actor, manager: Actor, building: BuildingInfo
) -> None:
    dossier = departed(desk, clerk, "甲公司", ["101"], [3, 2], move_in=D(2014, 3, 1), move_out=D(2015, 9, 30))
    bind(desk, supervisor, dossier, "10y")
    with desk.work(supervisor) as work:
        listed = archive.propose_destruction(work, D(2026, 6, 15), [Proposal(dossier)], "保管期限已满")
    with desk.work(manager) as work:
        assert listed.approval_id is not None
        decide(work, listed.approval_id, approve=True)
    outcomes = race(
        pg_url, ("supervisor", "destroy", {"list_id": listed.id}), ("supervisor", "destroy", {"list_id": listed.id})
    )
    recorded, loser = _one_winner(outcomes)
    assert recorded == "1 destroyed"
    assert loser == (
        "Busy: A destruction is being recorded at another desk; try again when it has finished. "
        "Nothing was changed here."
    )
    with desk.read(None) as work:
        assert work.session.scalars(select(Dossier.status)).all() == ["destroyed"]
