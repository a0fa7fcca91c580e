"""The to-recover list (待收回物品清单) printed: every card, key and permit still to come back from people who left.

Chinese only, as the paper forms are: the list goes with the clerk to the customer's office.
"""

from __future__ import annotations

from pathlib import Path

from app.desk import Work
from app.printing import print_list
from app.staff.people import to_recover

TITLE = "待收回物品清单"
HEADERS = ("序号", "客户", "姓名", "部门", "离职日期", "物品", "编号", "待收回起")
KIND_NAMES = {"access_card": "门禁卡", "key": "钥匙", "parking_permit": "停车证"}


def print_to_recover(work: Work, target: Path, customer_id: int | None = None) -> Path:
    """The list (all customers, or one) as an A4 PDF with its CJK font embedded; returns ``target``."""
    rows = to_recover(work, customer_id)
    lines = [
        (
            str(n),
            row.customer,
            row.person,
            row.department,
            row.left_on.isoformat() if row.left_on else "",
            KIND_NAMES[row.kind],
            f"{row.number}把" if row.kind == "key" else row.number,
            row.recover_since.isoformat(),
        )
        for n, row in enumerate(rows, start=1)
    ]
    subtitle = f"{rows[0].customer}" if customer_id is not None and rows else ""
    return print_list(work, target, TITLE, HEADERS, lines, subtitle=subtitle, numeric=(0,))
