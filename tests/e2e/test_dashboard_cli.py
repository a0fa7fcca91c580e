"""``print dashboard`` with the real ``dossier-desk`` on a copy of the demo (a file or a server database): one A4
page, the CJK font embedded, the month's figures as the dashboard counts them, the print in the audit log."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from sqlalchemy import func, select

from app.building import UnitStatus
from app.dashboard import dashboard
from app.fees import money_text
from db.models import Repair, Unit
from tests.conftest import NOW, PASSWORD
from tests.e2e.server_support import E2EDatabase, from_json
from tests.e2e.test_cli import run
from tests.e2e.test_fees_cli import embeds_the_cjk_font, flat_text, logged_in

CLERK = ("--user", "clerk")


def test_the_monthly_report_is_one_page_of_the_months_figures(demo_copy_database: E2EDatabase, tmp_path: Path) -> None:
    with logged_in(demo_copy_database, "clerk") as (desk, clerk), desk.work(clerk) as work:
        unit_id = work.session.scalar(select(func.min(Unit.id)))
        for day, status in ((3, "reported"), (9, "visited"), (20, "assigned")):
            work.session.add(
                Repair(
                    unit_id=unit_id,
                    status=status,
                    reported_at=dt.datetime(2026, 6, day, 9),
                    channel="phone",
                    what="空调不制冷",
                    created_by=clerk.user_id,
                    created_at=NOW,
                )
            )
    out = tmp_path / "dashboard.pdf"
    done = run(
        "print", "dashboard", "--db", demo_copy_database, "--month", "2026-06", "-o", out, *CLERK, password=PASSWORD
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{out}: written"
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           1" in info
    assert embeds_the_cjk_font(out)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "Helvetica" not in fonts  # nothing listed without being embedded

    with logged_in(demo_copy_database, "clerk") as (desk, clerk), desk.read(clerk) as work:
        f = dashboard(work, dt.date(2026, 6, 30))
    occupied = f.status_total(UnitStatus.OCCUPIED) + f.status_total(UnitStatus.MOVING_OUT)
    assert (f.repairs[-1].count, f.open_repairs.count) == (3, 2)
    values = [
        f.units,
        occupied,
        f.status_total(UnitStatus.FITTING_OUT),
        f.status_total(UnitStatus.VACANT),
        f"{(occupied + f.status_total(UnitStatus.FITTING_OUT)) * 100 / f.units:.1f}%",
        f.move_ins[-1].count,
        f.move_outs[-1].count,
        f.repairs[-1].count,
        f.open_repairs.count,
        f.complaints[-1].count,
        f.open_complaints.count,
        f.missing_papers.count,
        money_text(f.arrears_fen),
        f"{f.loans_due.count}/{f.loans_overdue.count}",
    ]
    text = flat_text(out)
    assert "客务部月度简报" in text and "2026年6月" in text and "统计截至：2026-06-30" in text
    assert "单元总数已入住装修中空置出租率本月入住本月退租本月报修未完成报修本月投诉未结投诉缺件档案" in text
    assert "".join(str(v) for v in values) in text
    for title in (
        "各楼层入住与空置",
        "近12个月入住与退租",
        "近12个月报修与投诉",
        "欠费账龄",
        "单元面积分布",
        "满意度趋势",
    ):
        assert title in text
    assert "当前未完成：报修2，投诉0" in text

    entity, details = demo_copy_database.one(
        "SELECT entity, details FROM change WHERE action = 'print' ORDER BY id DESC"
    )
    assert entity == "dashboard" and from_json(details) == {"what": "dashboard", "month": "2026-06", "pages": 1}
