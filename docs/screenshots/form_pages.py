"""Three filled registration forms as the README shows them: python docs/screenshots/form_pages.py DB OUT_DIR.

On the demo, the clerk fills in, for a live tenant, the 客户档案登记表 (qms-pm-31301, A4), the 辞职、辞退员工名单记录表
(qms-pm-31316, A4, with a table) and the 水、电表底数确认单 (qms-pm-31318, A5: it writes the meter reading), and prints
them into OUT_DIR; ``docs/screenshots/pages.sh`` renders their first pages."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from sqlalchemy import select

from app import forms, people
from app.desk import Desk
from db.models import Dossier


def main(database: Path, out: Path) -> None:
    password = os.environ.get("DOSSIER_DESK_PASSWORD", "demo-pass-1")
    with Desk.open(database) as desk:
        clerk = people.log_in(desk, "clerk", password)
        with desk.work(clerk) as work:
            tenancy_id = work.session.scalar(select(Dossier.tenancy_id).where(Dossier.status == "live").limit(1))
            day = work.today
            filled = {
                "qms-pm-31301": {
                    "nature": "company",
                    "credit_code": "91440300MA5F1234XY",
                    "legal_representative": "陈建国",
                    "contact": "刘晓燕",
                    "phone": "0755-83216688",
                    "move_in_on": "2024-03-01",
                    "area": "186.5",
                    "staff": "42",
                    "business_scope": "计算机软硬件的技术开发、技术咨询、技术服务；电子产品的销售；经营进出口业务。",
                },
                "qms-pm-31316": {
                    "name": "黄志强",
                    "department": "行政部",
                    "left_on": (day - dt.timedelta(days=3)).isoformat(),
                    "leaving": "resigned",
                    "returned": [
                        {"item": "access_card", "number": "MJ-1207", "returned": True, "returned_on": day.isoformat()},
                        {"item": "key", "number": "K-12A", "returned": True, "returned_on": day.isoformat()},
                        {"item": "parking_permit", "number": "TC-0318", "returned": False},
                    ],
                },
                "qms-pm-31318": {
                    "meter_kind": "electricity",
                    "meter_no": "DB-2024-0815",
                    "reading": "99999.5",
                    "read_on": day.isoformat(),
                    "confirmed_by": "刘晓燕",
                },
            }
            saved = {
                code: forms.record_form(work, forms.FormInput(code, day, values, "王小明", tenancy_id=tenancy_id)).id
                for code, values in filled.items()
            }
        with desk.read(clerk) as work:
            for code, record_id in saved.items():
                forms.print_form(work, code, out / f"{code}.pdf", record_id=record_id)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
