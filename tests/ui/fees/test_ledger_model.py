"""How the ledger says a line was worked out (issue 15): area × rate × days of the month for a part month, the
rate alone for a whole month's fixed fee, reading × rate for a metered one, the method and note of a payment."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.fees.ledgers import LedgerLine
from ui.fees.dossier_fees import LedgerModel

pytestmark = pytest.mark.qt

DAY = dt.date(2026, 6, 1)


def line(**values: object) -> LedgerLine:
    base: dict[str, object] = {
        "on": DAY,
        "entry": "generated",
        "id": 1,
        "item": "物业管理费",
        "period": "2026-06",
        "unit": "1201",
        "quantity": None,
        "rate": None,
        "days": None,
        "days_in_period": None,
        "due_on": DAY,
        "receipt_no": None,
        "method": "",
        "note": "",
        "charge_fen": 100,
        "payment_fen": 0,
        "balance_fen": 100,
    }
    return LedgerLine(**{**base, **values})  # type: ignore[arg-type]


@pytest.mark.usefixtures("qapp")
def test_each_kind_of_line_says_how_it_came_to_its_amount() -> None:
    model = LedgerModel()
    area = line(quantity=Decimal("120.5"), rate=Decimal("28.5"), days=15, days_in_period=30)
    assert model.worked_out(area) == "120.50 m² × 28.50 × 15/30 days"
    whole = line(quantity=Decimal("120.5"), rate=Decimal("28.5"), days=30, days_in_period=30)
    assert model.worked_out(whole) == "120.50 m² × 28.50"
    assert model.worked_out(line(rate=Decimal("300"), days=31, days_in_period=31)) == "300.00 a month"
    assert model.worked_out(line(rate=Decimal("300"), days=10, days_in_period=31)) == "300.00 a month × 10/31 days"
    metered = line(quantity=Decimal("350.000"), rate=Decimal("0.865"))
    assert model.worked_out(metered) == "350 × 0.865"
    # A rate changed within the month: no single rate, the area and the days still say how.
    changed = line(quantity=Decimal("80"), days=20, days_in_period=30)
    assert model.worked_out(changed) == "80.00 m² × 20/30 days"
    one_off = line(entry="one_off", quantity=Decimal("3"), note="加班空调 3 小时")
    assert model.worked_out(one_off) == "加班空调 3 小时"
    payment = line(entry="payment", method="wechat", note="十月管理费", charge_fen=0, payment_fen=100)
    assert model.worked_out(payment) == "WeChat Pay — 十月管理费"
