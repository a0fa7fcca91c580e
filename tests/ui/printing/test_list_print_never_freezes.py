"""A long list exported as a PDF (Print list…) is made on a worker: the window keeps ticking, and Cancel midway
leaves no PDF and no temporary file (issue 14, "never freeze")."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

import app.printing as app_printing
from app import jobs
from app.desk import Actor, Desk
from tests.ui.archive.test_archive_never_freezes import LONGEST_WAIT_MS
from tests.ui.archive.test_archive_ui import wait_preview
from tests.ui.fresh import in_a_fresh_process
from tests.ui.test_tasks import Timed, held_at, press_cancel, steady, ticking
from ui.printing.list_print import ListPrinter

pytestmark = [pytest.mark.qt, in_a_fresh_process]  # tests/ui/fresh.py

ROWS = 2000  # a register of a few years: a hundred pages


@pytest.fixture
def printer(qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor) -> ListPrinter:
    host = QWidget()
    qtbot.addWidget(host)
    model = QStandardItemModel(0, 4, host)
    model.setHorizontalHeaderLabels(["单元", "客户", "题名", "日期"])
    for n in range(ROWS):
        model.appendRow(
            [
                QStandardItem(f"{n % 40 + 1:02d}{n % 20 + 1:02d}"),
                QStandardItem(f"深圳市永盛贸易有限公司第{n}分公司"),
                QStandardItem(f"装修押金收据（第 {n} 号），含施工图纸与消防审批意见"),
                QStandardItem(f"2025-{n % 12 + 1:02d}-{n % 28 + 1:02d}"),
            ]
        )
    view = QTableView(host)
    view.setModel(model)
    QVBoxLayout(host).addWidget(view)
    host.show()
    qtbot.waitExposed(host)
    return ListPrinter(demo_desk, demo_clerk, host, view, "客户文件一览", file_name="list.pdf")


def leftovers(printer: ListPrinter) -> list[Path]:
    return sorted(Path(printer.printouts._folder.name).iterdir())


def test_the_window_keeps_ticking_while_a_long_list_is_exported(
    printer: ListPrinter, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    timed = Timed()
    # The list is laid out by app.printing.print_list, imported by ListPrinter when it prints (not at start).
    monkeypatch.setattr(app_printing, "print_list", timed.wrap(app_printing.print_list))
    pages: list[int] = []

    def once() -> tuple[list[float], float]:
        with ticking() as ticks:
            assert printer.print_list()
            preview = wait_preview(qtbot, printer.printouts)
        pages.append(preview.page_count())
        preview.reject()
        return ticks.during(timed.start, timed.end), (timed.end - timed.start) * 1000

    gaps, took_ms = steady(once, LONGEST_WAIT_MS)
    print(f"list of {ROWS} rows {took_ms:.0f} ms, {len(gaps) - 1} ticks, longest wait {max(gaps):.0f} ms")
    assert len(gaps) - 1 >= took_ms / 50  # the loop ran all along
    assert max(gaps) < LONGEST_WAIT_MS
    assert pages[-1] > 20


def test_cancel_midway_through_an_export_leaves_no_file(
    printer: ListPrinter, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, told: list[str]
) -> None:
    monkeypatch.setattr(jobs, "step", held_at(0.5))
    with qtbot.waitSignal(printer.printouts.cancelled, timeout=20000):
        assert printer.print_list()
        press_cancel(qtbot, printer.host)
    qtbot.waitUntil(lambda: not printer.printouts.busy())
    assert printer.printouts.preview is None and told == []
    assert leftovers(printer) == []
