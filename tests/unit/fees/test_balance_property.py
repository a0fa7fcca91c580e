"""For any sequence of charges, payments, reversals and cancellations the balance is charges − payments to the
fen, the running balance ends there, and open lines less credit come to the same (property-based)."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.building.buildings import BuildingInfo
from app.desk import Actor, Desk
from app.errors import Conflict
from app.fees.ageing import arrears
from app.fees.charging import add_charge, cancel_charge
from app.fees.ledgers import ledger
from app.fees.payments import open_charges, record_payment, reverse_payment
from tests.unit.fees.fees_support import fee_item, tenant

D = dt.date
_serial = itertools.count()

amounts = st.integers(min_value=1, max_value=5_000_000)
steps = st.lists(
    st.one_of(
        st.tuples(st.just("charge"), amounts),
        st.tuples(st.just("pay"), amounts),
        st.tuples(st.just("pay_chosen"), amounts),
        st.tuples(st.just("reverse"), st.integers(min_value=0, max_value=9)),
        st.tuples(st.just("cancel"), st.integers(min_value=0, max_value=9)),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sequence=steps)
def test_the_balance_never_drifts(
    desk: Desk, manager: Actor, supervisor: Actor, clerk: Actor, building: BuildingInfo, sequence: list
) -> None:
    if not hasattr(desk, "_one_off_item"):
        desk._one_off_item = fee_item(desk, manager, "杂费", "one_off", {}, due_days=5)  # type: ignore[attr-defined]
    item = desk._one_off_item  # type: ignore[attr-defined]
    n = next(_serial)  # each example is a tenancy of its own month in unit 101
    start = D(2000, 1, 1) + dt.timedelta(days=40 * n)
    t = tenant(desk, clerk, f"客户{n}", ["101"], start, move_out=start + dt.timedelta(days=30))
    charged = paid = 0
    charges: list[int] = []
    payments: list[int] = []
    for step, value in sequence:
        if step == "charge":
            with desk.work(clerk) as work:
                charges.append(add_charge(work, t, item, value).id)
            charged += value
        elif step in ("pay", "pay_chosen"):
            with desk.work(clerk) as work:
                chosen = None
                if step == "pay_chosen":
                    lines, _ = open_charges(work, t)
                    chosen = [(line.id, min(line.open_fen, value)) for line in lines[-1:]]
                payments.append(
                    record_payment(work, t, value, paid_on=D(2026, 6, 1), method="cash", allocations=chosen).id
                )
            paid += value
        elif step == "reverse" and payments:
            target = payments[value % len(payments)]
            try:
                with desk.work(supervisor) as work:
                    undone = reverse_payment(work, target, "错账")
                paid += undone.amount_fen
            except Conflict:
                pass  # reversed already, or a reversal itself
        elif step == "cancel" and charges:
            target = charges[value % len(charges)]
            try:
                with desk.work(clerk) as work:
                    cancelled = cancel_charge(work, target, "误录")
                charged += cancelled.amount_fen
            except Conflict:
                pass  # paid in part, or cancelled already
    with desk.read(clerk) as work:
        book = ledger(work, t)
        lines, credit = open_charges(work, t)
        late = arrears(work, as_of=D(2100, 1, 1), tenancy_ids=[t])
    assert book.balance_fen == charged - paid
    assert (book.lines[-1].balance_fen if book.lines else 0) == charged - paid
    assert sum(line.open_fen for line in lines) - credit == charged - paid
    assert all(line.open_fen > 0 for line in lines) and credit >= 0
    assert (late[0].total_fen if late else 0) == max(charged - paid, 0) or credit > 0
