"""Export to Excel… beside Print list: the real button clicked on real windows, the workbook read back with openpyxl.

What a clerk would check in Excel: the headers as on screen, every row, a date that sorts as a date, an amount that
sums as a number, a unit number still "0801"-style text; a cancelled export leaves no file; every list that prints
also exports.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QListView, QPushButton, QToolBar, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.building.buildings import BuildingInfo
from app.desk import Actor, Desk
from app.fees.charging import generate_month
from app.people.users import log_in
from db.models import Change
from tests.conftest import PASSWORD
from tests.ui.printing.test_list_print_ui import Lazy
from tests.ui.speaking import speaking
from tests.ui.tour import load_openers
from tests.ui.tour.registry import Tour, open_window
from tests.ui.tour.screens import name, windows_of_the_program
from tests.unit.fees.fees_support import fee_item, give_areas, tenant
from ui.fees.registers import ChargesRegister
from ui.loans.loans_window import LoansWindow
from ui.printing import list_export
from ui.printing.list_export import FOLDER_KEY, ListExporter, date_order, suggested_name
from ui.printing.list_print import ListPrinter, ListText
from ui.search.search_window import SearchWindow
from ui.translations import format_date

pytestmark = pytest.mark.qt

load_openers()


class Chooser:
    """Stands in for the save dialog: answers ``target`` and remembers where it was asked to start."""

    def __init__(self, target: Path | None) -> None:
        self.target = target
        self.asked: list[str] = []

    def __call__(self, _parent: QWidget, _caption: str, start: str, _filter: str) -> tuple[str, str]:
        self.asked.append(start)
        return ("" if self.target is None else str(self.target)), ""


def export_by_button(qtbot: QtBot, window: QWidget, target: Path, monkeypatch: pytest.MonkeyPatch) -> ListText:
    """Click the window's Export to Excel… button, answer the save dialog with ``target``; what was on screen."""
    buttons = [b for b in window.findChildren(QPushButton, "export-list") if b.isVisible()]
    assert len(buttons) == 1, "one Export to Excel… button beside Print list"
    exporter = next(e for e in window.findChildren(ListExporter) if buttons[0] in e._buttons)
    printer = next(p for p in window.findChildren(ListPrinter) if p.exporter is exporter)
    shown = printer.list_text()
    chooser = Chooser(target)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", chooser)
    with qtbot.waitSignal(exporter.exported, timeout=60_000) as written:
        qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert written.args == [target, len(shown.rows)]
    assert chooser.asked and chooser.asked[0].endswith(f"{dt.date.today().isoformat()}.xlsx")
    message = exporter.message
    assert message is not None and target.name in message.text()
    message.close()
    return shown


def read_back(path: Path) -> tuple[list[str], list[list[object]]]:
    book = load_workbook(path)
    sheet = book.worksheets[0]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert sheet.freeze_panes == "A2"
    return [str(h) for h in rows[0]], rows[1:]


def column(headers: list[str], rows: list[list[object]], header: str) -> list[object]:
    return [r[headers.index(header)] for r in rows]


def exports_recorded(desk: Desk) -> list[dict[str, object]]:
    with desk.read(None) as work:
        found = work.session.scalars(select(Change.details).where(Change.action == "export", Change.entity == "list"))
        return [json.loads(d) for d in found]


def test_the_loans_list_exports_its_rows_with_real_dates(
    qtbot: QtBot, demo_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    manager = log_in(demo_desk, "manager", PASSWORD)
    window = LoansWindow(demo_desk, manager)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    target = tmp_path / "loans.xlsx"
    shown = export_by_button(qtbot, window, target, monkeypatch)
    headers, rows = read_back(target)
    assert headers == shown.headers and "Lent on" in headers
    assert len(rows) == len(shown.rows) > 0
    lent = [v for v in column(headers, rows, "Lent on") if v is not None]
    assert lent and all(isinstance(v, dt.datetime) for v in lent)  # openpyxl reads Excel dates back as datetimes
    first = next(i for i, r in enumerate(shown.rows) if r[headers.index("Lent on")])
    assert rows[first][headers.index("Lent on")].date().isoformat() != ""  # type: ignore[union-attr]
    assert rows[first][headers.index("No.")] == (shown.rows[first][0] or None)  # a loan number stays as shown
    assert {"what": window.windowTitle(), "rows": len(rows)} in exports_recorded(demo_desk)
    window.reject()


def test_the_charges_register_exports_amounts_as_numbers_and_units_as_text(
    qtbot: QtBot,
    desk: Desk,
    manager: Actor,
    clerk: Actor,
    building: BuildingInfo,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    give_areas(desk, manager, {"101": "100", "102": "20.5"})
    fee_item(desk, manager, "物业管理费", "area", {dt.date(2026, 1, 1): "30"}, due_days=15)
    tenant(desk, clerk, "甲公司", ["101", "102"], dt.date(2025, 12, 1))
    with desk.work(manager) as work:
        for month in ("2026-02", "2026-03", "2026-04", "2026-05"):
            generate_month(work, month)
    window = ChargesRegister(desk, clerk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.month_from.setDate(QDate(2026, 2, 1))
    assert window.model.rowCount() == 8
    target = tmp_path / "charges.xlsx"
    shown = export_by_button(qtbot, window, target, monkeypatch)
    headers, rows = read_back(target)
    assert headers == shown.headers and len(rows) == 8
    amount = headers.index("Amount (¥)")
    assert sorted({r[amount] for r in shown.rows}) == ["3,000.00", "615.00"]
    for on_screen, in_book in zip(shown.rows, rows, strict=True):
        assert isinstance(in_book[amount], float | int)  # sums in Excel
        assert f"{in_book[amount]:,.2f}" == on_screen[amount]
    book = load_workbook(target)
    assert book.worksheets[0].cell(row=2, column=amount + 1).number_format == "#,##0.00"
    units = column(headers, rows, "Unit")
    assert units == [r[headers.index("Unit")] for r in shown.rows] and set(units) == {"101", "102"}  # text
    due = [v for v in column(headers, rows, "Due on") if v is not None]
    assert due and all(isinstance(v, dt.datetime) for v in due)  # real dates (openpyxl reads them as datetimes)
    shown_due = [r[headers.index("Due on")] for r in shown.rows]
    assert [format_date(v.date()) for v in due] == shown_due  # type: ignore[union-attr]  # the day seen on screen
    assert column(headers, rows, "Period")[0] in {"2026-02", "2026-05"}  # a month stays text


def test_the_search_hits_export_with_unit_numbers_as_text(
    tour: Tour, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(tour, SearchWindow)  # after a search for 公司, hits listed
    target = tmp_path / "hits.xlsx"
    shown = export_by_button(tour.qtbot, window, target, monkeypatch)
    headers, rows = read_back(target)
    assert headers == shown.headers and "Unit" in headers
    unit = headers.index("Unit")
    assert len(rows) == len(shown.rows) > 0
    assert [r[unit] for r in rows] == [r[unit] for r in shown.rows]  # as on screen, as text: never 801.0
    assert all(isinstance(r[unit], str) and re.fullmatch(r"\w+", r[unit]) for r in rows)
    customer = headers.index("Customer")
    assert [r[customer] for r in rows] == [r[customer] for r in shown.rows]


def test_a_cancelled_export_leaves_no_file_and_no_record(
    qtbot: QtBot, demo_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clerk = log_in(demo_desk, "clerk", PASSWORD)
    host = QWidget()
    qtbot.addWidget(host)
    rows = [[f"{n:04d}", "2023/5/1", f"{n:,}.00"] for n in range(5_000)]
    printer = ListPrinter(demo_desk, clerk, host, lambda: ListText(["Unit", "Date", "Due"], rows, (2,)), "Big list")
    start = list_export.run_with_progress

    def cancelled_at_once(*args: object, **kwargs: object) -> object:
        task, progress = start(*args, **kwargs)  # type: ignore[arg-type]
        progress.cancel()  # the progress dialog's Cancel, pressed before the job has written a row
        return task, progress

    monkeypatch.setattr(list_export, "run_with_progress", cancelled_at_once)
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", Chooser(folder / "big.xlsx"))
    with qtbot.waitSignal(printer.exporter.cancelled, timeout=60_000):
        assert printer.export_list()
    assert not printer.exporter.busy()
    assert list(folder.iterdir()) == []  # neither the workbook nor a temporary part of it
    assert printer.exporter.message is None and exports_recorded(demo_desk) == []


def test_a_folder_that_is_gone_is_said_in_words_not_a_traceback(
    qtbot: QtBot, demo_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clerk = log_in(demo_desk, "clerk", PASSWORD)
    host = QWidget()
    qtbot.addWidget(host)
    printer = ListPrinter(demo_desk, clerk, host, lambda: ListText(["A"], [["1"]]), "Small list")
    told: list[str] = []
    monkeypatch.setattr(list_export.messages, "tell", lambda _parent, text, **_kw: told.append(text))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", Chooser(tmp_path / "gone" / "list.xlsx"))
    assert printer.export_list()
    qtbot.waitUntil(lambda: not printer.exporter.busy(), timeout=30_000)
    assert len(told) == 1 and "does not exist" in told[0] and "Traceback" not in told[0]


def test_the_save_dialog_offers_the_last_folder_and_a_named_file(
    qtbot: QtBot, demo_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings: QSettings
) -> None:
    clerk = log_in(demo_desk, "clerk", PASSWORD)
    host = QWidget()
    host.settings = settings  # type: ignore[attr-defined]  # as the main window holds its settings
    qtbot.addWidget(host)
    printer = ListPrinter(demo_desk, clerk, host, lambda: ListText(["A"], [["1"]]), "Fees: 2026/11")
    chooser = Chooser(tmp_path / "chosen")  # typed without .xlsx
    monkeypatch.setattr(QFileDialog, "getSaveFileName", chooser)
    with qtbot.waitSignal(printer.exporter.exported, timeout=30_000):
        printer.export_list()
    assert (tmp_path / "chosen.xlsx").is_file()
    assert settings.value(FOLDER_KEY) == str(tmp_path)
    printer.exporter.message.close()  # type: ignore[union-attr]
    chooser.target = None  # cancelled this time: nothing happens
    assert not printer.export_list()
    assert chooser.asked[1] == str(tmp_path / suggested_name("Fees: 2026/11", dt.date.today()))
    assert suggested_name("Fees: 2026/11", dt.date(2026, 11, 20)) == "Fees- 2026-11 2026-11-20.xlsx"


def test_the_date_order_follows_the_language(qapp: QApplication) -> None:
    with speaking(qapp, "zh_CN"):
        assert date_order() == "ymd"
    with speaking(qapp, "en"):
        assert date_order() == "mdy"


def _toolbars_and_menus_with(window: QWidget, action: object) -> list[QWidget]:
    # A tool button holds the one action it shows; the toolbar around it holds the row of them.
    return [w for w in window.findChildren(QWidget) if action in w.actions() and not isinstance(w, QAbstractButton)]


WINDOWS = windows_of_the_program()


@pytest.mark.parametrize("cls", WINDOWS, ids=name)
def test_every_list_that_prints_also_exports(tour: Tour, cls: type) -> None:
    window = open_window(tour, cls)
    for printer in window.findChildren(ListPrinter):
        assert printer.export_action in printer.host.actions()
        # Wherever Print list is offered — a toolbar, a context menu — Export to Excel… is offered beside it.
        for holder in _toolbars_and_menus_with(window, printer.action):
            assert printer.export_action in holder.actions(), f"{name(cls)}: {holder.objectName()}"
        print_buttons = [b for b in window.findChildren(QPushButton, "print-list") if b.parent() is not None]
        export_buttons = window.findChildren(QPushButton, "export-list")
        assert len(export_buttons) >= len(print_buttons), f"{name(cls)} has Print list without Export to Excel"
        for button in print_buttons:
            beside = [b for b in export_buttons if b.parentWidget() is button.parentWidget()]
            assert beside and beside[0].isVisible() == button.isVisible(), name(cls)
    assert not [t for t in window.findChildren(QToolBar) if t.actions() and None in t.actions()]


def test_a_list_that_loads_as_it_is_scrolled_exports_every_row(
    qtbot: QtBot, demo_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clerk = log_in(demo_desk, "clerk", PASSWORD)
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(Lazy([f"0{n}01" for n in range(1, 96)]))  # ten shown, 95 in all
    assert view.model().rowCount() == 10
    printer = ListPrinter(demo_desk, clerk, view, view, "Units")
    target = tmp_path / "units.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", Chooser(target))
    with qtbot.waitSignal(printer.exporter.exported, timeout=30_000):
        assert printer.export_list()
    printer.exporter.message.close()  # type: ignore[union-attr]
    _headers, rows = read_back(target)
    assert [r[0] for r in rows] == [f"0{n}01" for n in range(1, 96)]  # every row, as text: "0101", never 101
