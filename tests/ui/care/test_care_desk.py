"""Customer care at the desk (issue 20): the supervisor grades a customer from the unit card; the visits due this
week list it (overdue said in words, bold and red); a visit recorded from the unit card in the one dialog makes it
leave the list; the monthly plan and the visit's record preview; a clerk may not grade; the manager changes a
grade's contact plan."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from app.care.grades import contact_plans, grade_of
from app.desk import Desk
from app.people.users import log_in
from tests.conftest import PASSWORD
from ui.building.floor_view import CARD_ROLE, FloorGrid
from ui.care import CareMenu, ContactPlansDialog, GradeDialog, VisitDialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt


@pytest.fixture
def supervisor_window(qtbot: QtBot, demo_desk: Desk, settings: QSettings) -> MainWindow:
    win = MainWindow(demo_desk, log_in(demo_desk, "supervisor", PASSWORD), settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _occupied(window: MainWindow, qtbot: QtBot) -> tuple[FloorGrid, QModelIndex]:
    for _ in range(window.floors_page.floor_tabs.count()):
        grid = window.current_grid()
        assert grid is not None
        model = grid.card_model()
        for row in range(model.rowCount()):
            if model.card(row).tenancy_id:
                return grid, model.index(row, 0)
        qtbot.keyClick(grid, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    raise AssertionError("no occupied unit in the demo")


def _choose(monkeypatch: pytest.MonkeyPatch, name: str, shown: dict[str, bool]) -> None:
    """The context menu answers as if the person clicked the entry named ``name``; ``shown``: entry → enabled."""

    def choose(_window: MainWindow, menu: QMenu, _at: object) -> object:
        shown.update({a.objectName(): a.isEnabled() for a in menu.actions() if a.objectName()})
        return next(a for a in menu.actions() if a.objectName() == name)

    monkeypatch.setattr(MainWindow, "run_menu", choose)


def _visible(kind: type[QWidget]) -> QWidget:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(found) == 1, found
    return found[0]


def _row_of(window: MainWindow, customer: str) -> int | None:
    due = window.part(CareMenu).show_due()
    for row in range(due.model.rowCount()):
        if due.model.index(row, 4).data() == customer:
            return row
    return None


def test_grade_see_due_record_from_the_card_and_it_leaves_the_list(
    supervisor_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, demo_desk: Desk
) -> None:
    window = supervisor_window
    grid, index = _occupied(window, qtbot)
    card = index.data(CARD_ROLE)
    shown: dict[str, bool] = {}

    # the supervisor grades the customer a key customer from the unit card
    _choose(monkeypatch, "customer-grade", shown)
    grid.customContextMenuRequested.emit(grid.visualRect(index).center())
    assert shown["customer-grade"] and shown["record-visit"]
    dialog = _visible(GradeDialog)
    assert isinstance(dialog, GradeDialog)
    dialog.grade_box.setCurrentIndex(dialog.grade_box.findData("key"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with demo_desk.read(window.actor) as work:
        assert grade_of(work, card.customer_id).grade == "key"

    # the visits due this week list it: never visited, so overdue — said in words, bold and red
    due = window.part(CareMenu).show_due()
    qtbot.waitExposed(due)
    row = _row_of(window, card.customer)
    assert row is not None
    assert due.model.index(row, 1).data() == "Overdue"
    assert due.model.index(row, 5).data() == "Key"
    font = due.model.index(row, 1).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert due.model.index(row, 1).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "overdue" in due.count.text()

    # recorded from the unit card in the one dialog: it leaves the list
    _choose(monkeypatch, "record-visit", shown)
    grid.customContextMenuRequested.emit(grid.visualRect(index).center())
    visit = _visible(VisitDialog)
    assert isinstance(visit, VisitDialog)
    assert visit.how_box.currentData() == "visit"  # the key customers' plan: a visit in person
    assert not visit.save_button.isEnabled()  # whom the desk spoke to is required
    visit.contact_edit.insert("王经理")
    visit.discussed_edit.insertPlainText("空调温度偏高")
    visit.follow_edit.insertPlainText("转工程部")
    visit.satisfaction_box.setCurrentIndex(visit.satisfaction_box.findData("fair"))
    qtbot.mouseClick(visit.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not visit.isVisible())
    qtbot.waitUntil(lambda: _row_of(window, card.customer) is None)

    # its 回访记录表 previews from the unit card
    _choose(monkeypatch, "print-visit-record", shown)
    grid.customContextMenuRequested.emit(grid.visualRect(index).center())
    printouts = window.part(CareMenu).printouts
    qtbot.waitUntil(lambda: printouts.preview is not None, timeout=20000)
    printouts.preview.close()

    # the month's plan previews
    due.span_box.setCurrentIndex(due.span_box.findData("month"))
    assert due.print_plan()
    qtbot.waitUntil(lambda: due.printouts.preview is not None, timeout=20000)
    due.printouts.preview.close()
    due.close()


def test_a_clerk_records_visits_but_may_not_grade(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    grid, index = _occupied(window, qtbot)
    shown: dict[str, bool] = {}
    _choose(monkeypatch, "record-visit", shown)
    grid.customContextMenuRequested.emit(grid.visualRect(index).center())
    assert shown["customer-grade"] is False and shown["record-visit"] is True
    visit = _visible(VisitDialog)
    visit.close()
    assert not window.part(CareMenu).plans_action.isEnabled()


def test_the_manager_changes_a_grades_plan(qtbot: QtBot, demo_desk: Desk, settings: QSettings) -> None:
    win = MainWindow(demo_desk, log_in(demo_desk, "manager", PASSWORD), settings)
    qtbot.addWidget(win)
    win.show()
    part = win.part(CareMenu)
    assert part.plans_action.isEnabled()
    part.plans_action.trigger()
    dialog = _visible(ContactPlansDialog)
    assert isinstance(dialog, ContactPlansDialog)
    grade, every, how = dialog.rows[1]  # ordinary: a call every quarter
    assert (grade, every.value(), how.currentData()) == ("ordinary", 3, "phone")
    every.setValue(2)
    how.setCurrentIndex(how.findData("visit"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with demo_desk.read(win.actor) as work:
        plans = {p.grade: (p.every_months, p.how) for p in contact_plans(work)}
    assert plans == {"key": (1, "visit"), "ordinary": (2, "visit"), "small": (6, "phone")}


def test_the_dashboard_lists_the_weeks_visits_and_one_recorded_there_leaves_it(
    supervisor_window: MainWindow, qtbot: QtBot
) -> None:
    window = supervisor_window
    page = window.dashboard_page
    window.workspace.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.figures is not None)
    page.wait()
    tool_list = window.part(CareMenu).show_due()  # Tools ▸ Return visits due…, on this week
    assert page.visits_model.rowCount() == tool_list.model.rowCount() > 0
    first = [page.visits_model.index(0, c).data() for c in range(page.visits_model.columnCount())]
    assert first == [tool_list.model.index(0, c).data() for c in range(tool_list.model.columnCount())]
    assert first[1] == "Overdue"  # the most overdue first, said in words
    customer, count = first[4], page.visits_model.rowCount()
    tool_list.close()

    page.visits_table.setCurrentIndex(page.visits_model.index(0, 0))
    qtbot.keyClick(page.visits_table, Qt.Key.Key_Return)
    visit = _visible(VisitDialog)
    assert isinstance(visit, VisitDialog)
    assert customer in visit.windowTitle()
    visit.contact_edit.insert("李主任")
    qtbot.mouseClick(visit.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not visit.isVisible())
    qtbot.waitUntil(lambda: page.task is None and page.visits_model.rowCount() == count - 1)
    page.wait()
    shown = [(page.visits_model.index(r, 0).data(), page.visits_model.index(r, 4).data()) for r in range(count - 1)]
    assert (first[0], customer) not in shown
    assert page.tiles["visits_due"].text().startswith(f"{count - 1}\n")
