"""The fee printouts open in the print preview, built off the UI thread: a receipt and an arrears notice (R11); what
cannot be printed is said, and a print delivered is in the audit log under the tenant's dossier."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.desk import Actor, Desk
from app.fees.ageing import arrears
from app.fees.charging import generate_month
from app.fees.items import FeeItemDraft, save_fee_item, set_rate
from app.fees.payments import record_payment
from app.people import log_in
from db.models import Change
from tests.conftest import PASSWORD
from ui.fees.printing import (
    preview_arrears_notice,
    preview_arrears_notices,
    preview_month_summary,
    preview_receipt,
)
from ui.printing import PrintoutBuilder, PrintPreviewDialog


@pytest.fixture
def behind(demo_desk: Desk) -> dict[str, int]:
    """The demo (as of 2026-06-15) with a property fee charged for March to May, and one tenant's payment of a
    part of it; returns that payment and a tenancy still behind."""
    manager = log_in(demo_desk, "manager", PASSWORD)
    with demo_desk.work(manager) as work:
        item = save_fee_item(work, FeeItemDraft(name="物业管理费", basis="area", due_days=10))
        set_rate(work, item.id, dt.date(2025, 1, 1), "28.50")
        for month in ("2026-03", "2026-04", "2026-05"):
            generate_month(work, month)
        rows = arrears(work)
        paid = record_payment(work, rows[0].tenancy_id, 100000, paid_on=dt.date(2026, 6, 10), method="cash")
    return {"payment": paid.id, "tenancy": rows[0].tenancy_id, "dossier": rows[0].dossier_id or 0}


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _preview(qtbot: QtBot, builder: PrintoutBuilder) -> PrintPreviewDialog:
    qtbot.waitUntil(lambda: builder.preview is not None, timeout=20000)
    assert builder.preview is not None
    return builder.preview


def test_a_receipt_opens_in_the_preview_and_its_print_is_recorded(
    qtbot: QtBot, host: QWidget, demo_desk: Desk, demo_clerk: Actor, behind: dict[str, int], tmp_path: Path
) -> None:
    builder = preview_receipt(host, demo_desk, demo_clerk, behind["payment"])
    preview = _preview(qtbot, builder)
    assert preview.page_count() == 1  # both copies on one page
    assert preview.windowTitle().endswith("Receipt")
    assert preview.save_copy(tmp_path / "saved.pdf")
    with demo_desk.read(demo_clerk) as work:
        last = work.session.execute(select(Change).order_by(Change.id.desc()).limit(1)).scalar_one()
    assert (last.action, last.dossier_id, json.loads(last.details)["what"]) == ("print", behind["dossier"], "Receipt")
    preview.close()


def test_an_arrears_notice_opens_in_the_preview(
    qtbot: QtBot, host: QWidget, demo_desk: Desk, demo_clerk: Actor, behind: dict[str, int]
) -> None:
    builder = preview_arrears_notice(host, demo_desk, demo_clerk, behind["tenancy"])
    preview = _preview(qtbot, builder)
    assert preview.page_count() == 1 and preview.windowTitle().endswith("Arrears notice")
    preview.close()
    everyone = preview_arrears_notices(host, demo_desk, demo_clerk, over_days=30)
    assert everyone is builder  # one builder per window
    qtbot.waitUntil(lambda: builder.preview is not None and builder.preview is not preview, timeout=20000)
    with demo_desk.read(demo_clerk) as work:
        assert builder.preview.page_count() == len(arrears(work, over_days=30)) > 1


def test_nobody_behind_is_said_and_nothing_opens(
    qtbot: QtBot, host: QWidget, demo_desk: Desk, demo_clerk: Actor, told: list[str]
) -> None:
    builder = preview_arrears_notices(host, demo_desk, demo_clerk)  # the demo has no fees yet
    qtbot.waitUntil(lambda: not builder.busy(), timeout=20000)
    assert builder.preview is None
    assert told and "Nobody chosen is in arrears" in told[-1]


def test_the_month_end_summary_opens_in_the_preview(
    qtbot: QtBot, host: QWidget, demo_desk: Desk, demo_clerk: Actor, behind: dict[str, int]
) -> None:
    builder = preview_month_summary(host, demo_desk, demo_clerk, "2026-04")
    preview = _preview(qtbot, builder)
    assert preview.page_count() == 1 and preview.windowTitle().endswith("Month-end summary 2026-04")
    preview.close()
