"""Repairs, complaints and violations at the desk (issue 16, R11/R13): a repair logged from the floor grid with a
right-click, one choice, the typing and Enter, then found in the building's repair list; a complaint taken through
every state in its dossier's tab, its close refused before the feedback with the machine's message shown; a
violation through its states; the overdue settings only for the supervisor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QLineEdit, QMenu, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from app.desk import Actor, Desk
from app.people.users import log_in
from app.registers import ComplaintFilter, RepairFilter, complaint_register, repair_register
from tests.conftest import PASSWORD
from ui.building.floor_view import CARD_ROLE, FloorGrid
from ui.dossier.view import DossierPage
from ui.main_window import MainWindow
from ui.registers import ServicesMenu
from ui.registers.complaints_dialog import ReceiveComplaintDialog
from ui.registers.repairs_dialog import ReportRepairDialog
from ui.registers.service import RecordPanel, StepDialog
from ui.registers.service_lists import RepairsList
from ui.registers.violations_dialog import RecordViolationDialog

pytestmark = pytest.mark.qt


def _grid_with_tenant(window: MainWindow, qtbot: QtBot) -> FloorGrid:
    for _ in range(window.floors_page.floor_tabs.count()):
        grid = window.current_grid()
        assert grid is not None
        if any(c.customer for c in grid.card_model().cards()):
            return grid
        qtbot.keyClick(grid, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    raise AssertionError("no occupied unit in the demo")


def _occupied_index(grid: FloorGrid) -> QModelIndex:
    model = grid.card_model()
    for row in range(model.rowCount()):
        card = model.card(row)
        if card.customer and card.dossier_id:
            return model.index(row, 0)
    raise AssertionError("no occupied unit")


def _choose(monkeypatch: pytest.MonkeyPatch, name: str, shown: list[list[str]]) -> None:
    """The context menu answers as if the person clicked the entry named ``name`` (its object name)."""

    def choose(_window: MainWindow, menu: QMenu, _at: object) -> object:
        shown.append([a.text() for a in menu.actions()])
        return next(a for a in menu.actions() if a.objectName() == name)

    monkeypatch.setattr(MainWindow, "run_menu", choose)


def _visible(kind: type[QWidget]) -> QWidget:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(found) == 1, found
    return found[0]


def _step(qtbot: QtBot, panel: RecordPanel, action: str, **typed: str) -> StepDialog:
    """Click the step's button, type into its dialog's fields, press Save; the dialog (closed if it saved)."""
    button = panel.step_buttons[action]
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in panel.findChildren(StepDialog) if d.isVisible())
    for key, text in typed.items():
        widget = dialog.inputs[key]
        if isinstance(widget, QLineEdit):
            widget.insert(text)  # typed (keyClicks takes ASCII only)
        elif isinstance(widget, QPlainTextEdit):
            widget.insertPlainText(text)
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(text))
        else:
            assert isinstance(widget, QDateEdit)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    return dialog


def test_a_repair_from_the_floor_grid_in_two_clicks_and_the_typing(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, demo_desk: Desk, demo_clerk: Actor
) -> None:
    grid = _grid_with_tenant(window, qtbot)
    index = _occupied_index(grid)
    card = index.data(CARD_ROLE)
    shown: list[list[str]] = []
    _choose(monkeypatch, "report-repair", shown)
    grid.customContextMenuRequested.emit(grid.visualRect(index).center())  # click 1: right-click; click 2: 报修…
    assert "Re&pair…" in shown[0]
    dialog = _visible(ReportRepairDialog)
    assert isinstance(dialog, ReportRepairDialog)
    assert dialog.unit.currentText() == card.number and dialog.customer.text() == card.customer
    assert dialog.channel.currentData() == "phone" and dialog.urgency.currentData() == "normal"
    assert dialog.focusWidget() is dialog.what  # the cursor is in "what" when the dialog comes up
    dialog.what.insert("会议室空调漏水")
    qtbot.keyClick(dialog.what, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.saved is not None and dialog.saved.place.tenancy_id == card.tenancy_id
    with demo_desk.read(demo_clerk) as work:
        (saved,) = repair_register(work, RepairFilter())
    assert (saved.what, saved.place.unit, saved.status) == ("会议室空调漏水", card.number, "reported")
    assert saved.channel == "phone"

    repairs = window.part(ServicesMenu).show_list(RepairsList)
    qtbot.waitExposed(repairs)
    texts = [repairs.model.index(0, c).data() for c in range(repairs.model.columnCount())]
    assert "会议室空调漏水" in texts and card.number in " ".join(map(str, texts))
    assert "Records: 1" in repairs.count.text()
    printed = repairs.printer.list_text()  # Print list: the rows as shown
    assert printed.headers[4] == "What" and printed.rows[0][4] == "会议室空调漏水"
    assert "Records: 1" in repairs.filter_text()
    repairs.close()


def _open_service_tab(window: MainWindow, qtbot: QtBot) -> DossierPage:
    grid = _grid_with_tenant(window, qtbot)
    card = _occupied_index(grid).data(CARD_ROLE)
    page = window.open_dossier(card.dossier_id)
    assert isinstance(page, DossierPage) and page.service_section is not None
    page.sections.setCurrentWidget(page.service_section)
    return page


@pytest.fixture
def supervisor_window(qtbot: QtBot, demo_desk: Desk, settings: QSettings) -> MainWindow:
    win = MainWindow(demo_desk, log_in(demo_desk, "supervisor", PASSWORD), settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_a_complaint_through_every_state_never_closed_before_feedback(
    supervisor_window: MainWindow, qtbot: QtBot, demo_desk: Desk
) -> None:
    page = _open_service_tab(supervisor_window, qtbot)
    section = page.service_section
    assert section is not None
    qtbot.mouseClick(section.complaint_button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in section.findChildren(ReceiveComplaintDialog) if d.isVisible())
    dialog.content.insert("夜间施工噪音")
    qtbot.keyClick(dialog.content, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    panel = section.panes["complaint"].panel
    assert panel.record is not None and panel.record.status == "received"
    assert section.lists.currentWidget() is section.panes["complaint"]

    _step(qtbot, panel, "assign", department="工程部")
    _step(qtbot, panel, "handle", result="已要求 22:00 后停止施工")
    assert panel.record.status == "handled" and set(panel.step_buttons) == {"approve", "send_back"}
    assert "close" not in panel.step_buttons  # not offered before the feedback

    refused = panel.take_step("close")  # as a desk whose list was read before would try it
    assert refused is not None
    qtbot.mouseClick(refused.ok, Qt.MouseButton.LeftButton)
    assert refused.isVisible() and refused.error.isVisible()
    assert "fed back to the customer" in refused.error.text()
    refused.reject()

    _step(qtbot, panel, "send_back", reason="请写明停工时间")
    assert panel.record.status == "assigned"
    _step(qtbot, panel, "handle", result="每晚 22:00 后停工")
    _step(qtbot, panel, "approve")
    assert panel.record.status == "approved"
    _step(qtbot, panel, "feed_back", contact="王经理", satisfaction="fair", comment="希望继续关注")
    assert panel.record.status == "fed_back" and panel.record.visit.satisfaction == "fair"
    _step(qtbot, panel, "close")
    assert panel.record.status == "closed" and panel.step_buttons == {}
    assert [s.action for s in panel.record.steps] == [
        "create",
        "assign",
        "handle",
        "send_back",
        "handle",
        "approve",
        "feed_back",
        "close",
    ]
    assert panel.history_model.rowCount() == 8
    assert panel.history_printer.list_text().rows[-1][1] == "Close"  # the history prints as shown
    with demo_desk.read(None) as work:
        (row,) = complaint_register(work, ComplaintFilter())
    assert row.status == "closed" and row.content == "夜间施工噪音"


def test_a_clerk_may_not_approve_a_complaints_result(window: MainWindow, qtbot: QtBot) -> None:
    page = _open_service_tab(window, qtbot)
    section = page.service_section
    assert section is not None
    section.receive_complaint()
    dialog = next(d for d in section.findChildren(ReceiveComplaintDialog) if d.isVisible())
    dialog.content.insert("电梯常坏")
    qtbot.keyClick(dialog.content, Qt.Key.Key_Return)
    panel = section.panes["complaint"].panel
    _step(qtbot, panel, "assign", department="工程部")
    _step(qtbot, panel, "handle", result="已报修")
    assert not panel.step_buttons["approve"].isEnabled() and not panel.step_buttons["send_back"].isEnabled()


def test_a_violation_through_its_states(window: MainWindow, qtbot: QtBot) -> None:
    page = _open_service_tab(window, qtbot)
    section = page.service_section
    assert section is not None
    qtbot.mouseClick(section.violation_button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in section.findChildren(RecordViolationDialog) if d.isVisible())
    dialog.what.insert("占用消防通道")
    qtbot.keyClick(dialog.what, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    panel = section.panes["violation"].panel
    assert panel.record is not None and set(panel.step_buttons) == {"notify", "rectify"}
    _step(qtbot, panel, "notify", notice_no="WG-2026-007")
    _step(qtbot, panel, "follow_up", follow_up="电话提醒")
    assert panel.record.status == "notified" and panel.record.follow_up.endswith("电话提醒")
    _step(qtbot, panel, "rectify")
    _step(qtbot, panel, "close")
    assert panel.record.status == "closed"
    assert section.panes["violation"].model.rowCount() == 1


def test_the_overdue_settings_are_the_supervisors(window: MainWindow, supervisor_window: MainWindow) -> None:
    assert not window.part(ServicesMenu).hours_action.isEnabled()
    assert window.part(ServicesMenu).overdue_settings() is None
    dialog = supervisor_window.part(ServicesMenu).overdue_settings()
    assert dialog is not None
    dialog.spins["normal"].setValue(48)
    dialog.save()
    assert not dialog.isVisible()
    again = supervisor_window.part(ServicesMenu).overdue_settings()
    assert again is not None and again.spins["normal"].value() == 48
    again.reject()


def test_a_repair_from_an_open_dossiers_tab_menu_through_its_return_visit(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    grid = _grid_with_tenant(window, qtbot)
    card = _occupied_index(grid).data(CARD_ROLE)
    page = window.open_dossier(card.dossier_id)  # as quick find or a scanned label opens it
    assert isinstance(page, DossierPage) and page.service_section is not None
    shown: list[list[str]] = []
    _choose(monkeypatch, "report-repair", shown)
    tab_bar = window.workspace.tabBar()
    tab_bar.customContextMenuRequested.emit(tab_bar.tabRect(window.workspace.indexOf(page)).center())
    assert "Re&pair…" in shown[0]
    section = page.service_section
    assert page.sections.currentWidget() is section
    dialog = next(d for d in section.findChildren(ReportRepairDialog) if d.isVisible())
    assert dialog.customer.text() == card.customer and dialog.focusWidget() is dialog.what
    dialog.what.insert("卫生间水龙头漏水")
    qtbot.keyClick(dialog.what, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    pane = section.panes["repair"]
    assert pane.model.rowCount() == 1 and pane.panel.record is not None
    panel = pane.panel
    assert set(panel.step_buttons) == {"assign", "cancel"}
    _step(qtbot, panel, "assign", department="工程部", assignee="李师傅")
    _step(qtbot, panel, "finish", work_done="更换水龙头", materials="水龙头 1 个")
    assert set(panel.step_buttons) == {"visit", "reopen"}
    unsatisfied = _step(qtbot, panel, "visit", contact="王经理")  # no satisfaction chosen yet: refused, kept open
    assert unsatisfied.isVisible() and "Satisfaction" in unsatisfied.error.text()
    combo = unsatisfied.inputs["satisfaction"]
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("satisfied"))
    qtbot.mouseClick(unsatisfied.ok, Qt.MouseButton.LeftButton)
    assert not unsatisfied.isVisible()
    record = panel.record
    assert record.status == "visited" and record.visit is not None and record.visit.satisfaction == "satisfied"
    assert panel.step_buttons == {}
    assert "satisfied" in panel.details.text() and "王经理" in panel.details.text()
    assert pane.model.index(0, 6).data() == "visited"
