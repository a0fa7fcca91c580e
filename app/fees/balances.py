"""What is still open on each charge line, and each tenancy's unallocated credit, worked out in the database.

A positive line (a monthly charge, a one-off, an adjustment upwards) is open by its amount, less the negative
adjustments naming it, less what payments were allocated to it. A payment's money not allocated to a line, and a
negative adjustment larger than what was left of its line, is the tenancy's credit. The balance is always
Σ charges − Σ payments; the ageing applies the credit to the oldest open lines first (``apply_credit``).

Only lines still open (or over-reduced) leave the database, so a building-wide list over years of paid charges
reads a few rows per tenant, not every line.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import ColumnElement, func, select

from app.desk import Work
from db.models import FeeAllocation, FeeCharge, FeeItem, FeePayment, Unit


@dataclass(frozen=True)
class OpenLine:
    """A charge line with money still owed on it."""

    id: int
    tenancy_id: int
    item_id: int
    item: str
    period: str
    unit: str  # "" for a charge of the tenancy as a whole
    billed_on: dt.date
    due_on: dt.date
    amount_fen: int  # the line's amount less the negative adjustments naming it
    open_fen: int  # what is still owed on it


@dataclass(frozen=True)
class Balances:
    lines: dict[int, list[OpenLine]]  # tenancy → open lines, oldest due first
    credit: dict[int, int]  # tenancy → money received and not allocated (incl. over-reductions), ≥ 0 or < 0

    def after_credit(self, tenancy_id: int) -> list[OpenLine]:
        """The tenancy's open lines once its credit is applied oldest first (what the ageing counts)."""
        return apply_credit(self.lines.get(tenancy_id, []), self.credit.get(tenancy_id, 0))


def apply_credit(lines: Sequence[OpenLine], credit: int) -> list[OpenLine]:
    left = max(credit, 0)
    result = []
    for line in lines:
        taken = min(left, line.open_fen)
        left -= taken
        if line.open_fen - taken > 0:
            result.append(replace(line, open_fen=line.open_fen - taken))
    return result


def for_tenancies(work: Work, tenancy_ids: Sequence[int] | None, as_of: dt.date | None = None) -> Balances:
    """Open lines and credit of ``tenancy_ids`` (None: every tenancy), counting charges billed and payments made
    up to the end of ``as_of`` (None: everything recorded)."""
    ids = list(tenancy_ids) if tenancy_ids is not None else None

    def which(column: ColumnElement[int]) -> list[ColumnElement[bool]]:
        return [column.in_(ids)] if ids is not None else []

    billed = [FeeCharge.billed_on <= as_of] if as_of is not None else []
    paid_by = [FeePayment.paid_on <= as_of] if as_of is not None else []
    reduction = FeeCharge.__table__.alias("reduction")
    reductions = (
        select(reduction.c.adjusts_id.label("charge_id"), func.sum(reduction.c.amount_fen).label("fen"))
        .where(
            reduction.c.amount_fen < 0,
            *([reduction.c.billed_on <= as_of] if as_of is not None else []),
            *([reduction.c.tenancy_id.in_(ids)] if ids is not None else []),
        )
        .group_by(reduction.c.adjusts_id)
        .subquery()
    )
    allocated = (
        select(FeeAllocation.charge_id.label("charge_id"), func.sum(FeeAllocation.amount_fen).label("fen"))
        .join(FeePayment, FeePayment.id == FeeAllocation.payment_id)
        .where(*which(FeePayment.tenancy_id), *paid_by)
        .group_by(FeeAllocation.charge_id)
        .subquery()
    )
    open_fen = FeeCharge.amount_fen + func.coalesce(reductions.c.fen, 0) - func.coalesce(allocated.c.fen, 0)
    rows = work.session.execute(
        select(
            FeeCharge.id,
            FeeCharge.tenancy_id,
            FeeCharge.item_id,
            FeeItem.name,
            FeeCharge.period,
            Unit.number,
            FeeCharge.billed_on,
            FeeCharge.due_on,
            FeeCharge.amount_fen + func.coalesce(reductions.c.fen, 0),
            open_fen,
        )
        .join(FeeItem, FeeItem.id == FeeCharge.item_id)
        .outerjoin(Unit, Unit.id == FeeCharge.unit_id)
        .outerjoin(reductions, reductions.c.charge_id == FeeCharge.id)
        .outerjoin(allocated, allocated.c.charge_id == FeeCharge.id)
        .where(FeeCharge.amount_fen > 0, open_fen != 0, *which(FeeCharge.tenancy_id), *billed)
        .order_by(FeeCharge.tenancy_id, FeeCharge.due_on, FeeCharge.id)
    )
    lines: dict[int, list[OpenLine]] = defaultdict(list)
    credit: dict[int, int] = defaultdict(int)
    for cid, tenancy_id, item_id, item, period, unit, billed_on, due_on, amount, still in rows:
        if still < 0:  # reduced (or paid) past its amount: the rest is the tenant's money
            credit[tenancy_id] += -still
        else:
            lines[tenancy_id].append(
                OpenLine(cid, tenancy_id, item_id, item, period, unit or "", billed_on, due_on, amount, still)
            )
    paid = work.session.execute(
        select(FeePayment.tenancy_id, func.sum(FeePayment.amount_fen))
        .where(*which(FeePayment.tenancy_id), *paid_by)
        .group_by(FeePayment.tenancy_id)
    )
    for tenancy_id, fen in paid:
        credit[tenancy_id] += int(fen)
    allocations = work.session.execute(
        select(FeePayment.tenancy_id, func.sum(FeeAllocation.amount_fen))
        .join(FeePayment, FeePayment.id == FeeAllocation.payment_id)
        .where(*which(FeePayment.tenancy_id), *paid_by)
        .group_by(FeePayment.tenancy_id)
    )
    for tenancy_id, fen in allocations:
        credit[tenancy_id] -= int(fen)
    return Balances(dict(lines), {t: c for t, c in credit.items() if c})


def totals(work: Work, tenancy_ids: Sequence[int], as_of: dt.date | None = None) -> dict[int, tuple[int, int]]:
    """tenancy → (Σ charges, Σ payments) up to ``as_of``: the balance is their difference."""
    found: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    if not tenancy_ids:
        return {}
    charged = work.session.execute(
        select(FeeCharge.tenancy_id, func.sum(FeeCharge.amount_fen))
        .where(FeeCharge.tenancy_id.in_(list(tenancy_ids)), *([FeeCharge.billed_on <= as_of] if as_of else []))
        .group_by(FeeCharge.tenancy_id)
    )
    for tenancy_id, fen in charged:
        found[tenancy_id][0] = int(fen)
    paid = work.session.execute(
        select(FeePayment.tenancy_id, func.sum(FeePayment.amount_fen))
        .where(FeePayment.tenancy_id.in_(list(tenancy_ids)), *([FeePayment.paid_on <= as_of] if as_of else []))
        .group_by(FeePayment.tenancy_id)
    )
    for tenancy_id, fen in paid:
        found[tenancy_id][1] = int(fen)
    return {t: (c, p) for t, (c, p) in found.items()}
