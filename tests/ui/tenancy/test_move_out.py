"""The move-out dialog: what is missing shown live, OK only when complete, the app's refusal shown; notices."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from app.building.buildings import UnitStatus
from app.desk import Actor, Desk
from app.dossier import dossiers
from app.people.users import log_in
from app.tenancy import give_notice
from tests.conftest import PASSWORD, fixed_clock
from tests.ui.dossier.test_dossier import wait_shown
from tests.ui.tenancy.test_move_in import choose_from_menu
from ui.dossier import PapersMenu
from ui.form_dialog import from_qdate, to_qdate
from ui.main_window import MainWindow
from ui.tenancy import TenancyMenu
from ui.tenancy.move_out_dialog import MoveOutDialog, NoticeDialog, parse_reading

pytestmark = pytest.mark.qt


def click_check(qtbot: QtBot, box: QAbstractButton) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def occupied_dossier(window: MainWindow, qtbot: QtBot) -> int:
    for _ in range(window.floors_page.floor_tabs.count()):
        grid = window.current_grid()
        assert grid is not None
        model = grid.card_model()
        for row in range(model.rowCount()):
            card = model.card(row)
            if card.status == UnitStatus.OCCUPIED and card.dossier_id is not None:
                grid.setCurrentIndex(model.index(row, 0))
                return card.dossier_id
        qtbot.keyClick(grid, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    raise AssertionError("no occupied unit in the demo")


def test_a_move_out_with_an_unchecked_item_is_refused_with_what_is_missing(
    window: MainWindow, qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor
) -> None:
    dossier_id = occupied_dossier(window, qtbot)
    dialog = window.part(TenancyMenu).move_out()  # the selected card's tenancy
    assert isinstance(dialog, MoveOutDialog) and dialog.dossier_id == dossier_id
    qtbot.waitExposed(dialog)
    assert dialog.date_edit.maximumDate() == dialog.date_edit.date()  # not after today
    assert "keys returned" in dialog.missing_label.text() and "forwarding contact" in dialog.missing_label.text()
    keys_at = dialog.keys_check.mapTo(dialog, QPoint(0, 0))
    ok_at = dialog.ok_button.mapTo(dialog, QPoint(0, 0))
    click_check(qtbot, dialog.cards_check)
    qtbot.keyClicks(dialog.electricity_edit, "100.5")
    qtbot.keyClicks(dialog.water_edit, "20")
    click_check(qtbot, dialog.deposit_buttons["retained"])
    assert "deposit" in dialog.missing_label.text()  # retained needs a reason
    qtbot.keyClicks(dialog.deposit_note_edit, "damage to the door")
    qtbot.keyClicks(dialog.forwarding_edit, "Mr Wang 13700000000")
    assert dialog.missing() == ["keys_returned"]
    assert dialog.missing_label.text() == "Still missing: keys returned"
    assert not dialog.ok_button.isEnabled()

    dialog.accept()  # as if OK were pressed anyway: the app decides, and refuses
    assert dialog.isVisible() and dialog.result_value is None
    assert dialog.error.isVisible()
    assert "not complete" in dialog.error.text() and "keys returned" in dialog.error.text()
    with demo_desk.work(demo_clerk) as work:
        assert dossiers.read_dossier(work, dossier_id).status == "live"

    click_check(qtbot, dialog.keys_check)
    assert not dialog.error.isVisible() and dialog.ok_button.isEnabled()
    qtbot.wait(20)
    # The list of what is missing emptied and the error went: nothing moved under the mouse.
    assert dialog.keys_check.mapTo(dialog, QPoint(0, 0)) == keys_at
    assert dialog.ok_button.mapTo(dialog, QPoint(0, 0)) == ok_at
    dialog.reject()


def test_notice_marks_the_units_moving_out(window: MainWindow, qtbot: QtBot) -> None:
    dossier_id = occupied_dossier(window, qtbot)
    dialog = window.part(TenancyMenu).record_notice(dossier_id)
    assert isinstance(dialog, NoticeDialog)
    qtbot.waitExposed(dialog)
    assert from_qdate(dialog.date_edit.minimumDate()) == dt.date(2026, 6, 16)  # a notice is for a coming day
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == NoticeDialog.DialogCode.Accepted
    grid = window.current_grid()
    assert grid is not None
    qtbot.waitUntil(lambda: any(c.status == UnitStatus.MOVING_OUT for c in grid.card_model().cards()))


def test_readings_are_decimals() -> None:
    assert str(parse_reading("1234,50")) == "1234.50"
    assert parse_reading("") is None and parse_reading(".") is None


def test_move_out_from_the_dossier_tab_menu(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    dossier_id = occupied_dossier(window, qtbot)
    page = window.open_dossier(dossier_id)
    assert page is not None
    choose_from_menu(monkeypatch, "Move &out…")
    bar = window.workspace.tabBar()
    bar.customContextMenuRequested.emit(bar.tabRect(window.workspace.indexOf(page)).center())
    dialog = wait_shown(qtbot, window, MoveOutDialog)
    assert dialog.dossier_id == dossier_id and dialog.unit_checks
    dialog.reject()


def test_an_administrator_sees_the_tenancy_tools_greyed_out(qtbot: QtBot, demo_desk: Desk, settings: QSettings) -> None:
    admin = log_in(demo_desk, "admin", PASSWORD)
    window = MainWindow(demo_desk, admin, settings)
    qtbot.addWidget(window)
    assert (
        not window.part(TenancyMenu).move_in_action.isEnabled()
        and not window.part(TenancyMenu).move_out_action.isEnabled()
    )
    assert not window.part(TenancyMenu).labels_action.isEnabled()
    assert (
        window.part(PapersMenu).checklist_action.isEnabled() and window.part(TenancyMenu).label_check_action.isEnabled()
    )


def test_a_notice_recorded_meanwhile_at_another_desk_is_shown_not_overwritten(
    window: MainWindow, qtbot: QtBot, demo_desk: Desk, demo_copy: Path
) -> None:
    dossier_id = occupied_dossier(window, qtbot)
    dialog = window.part(TenancyMenu).record_notice(dossier_id)
    assert isinstance(dialog, NoticeDialog)
    qtbot.waitExposed(dialog)
    other_desk = Desk.open(demo_copy, clock=fixed_clock)
    with other_desk, other_desk.work(log_in(other_desk, "manager", PASSWORD)) as work:  # recorded at another desk
        give_notice(work, dialog.tenancy_id, dt.date(2026, 9, 30), expected_version=dialog.view.tenancy_version)
    dialog.date_edit.setDate(to_qdate(dt.date(2026, 8, 31)))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "was changed meanwhile by someone else" in dialog.error.text()
    assert {u.end_date for u in dialog.view.units} == {dt.date(2026, 9, 30)}  # reloaded: the other desk's notice
    assert dialog.unit_checks and all(c.isChecked() for c in dialog.unit_checks.values())
    with demo_desk.read(None) as work:
        assert {u.end_date for u in dossiers.read_dossier(work, dossier_id).units} == {dt.date(2026, 9, 30)}
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # told, the clerk keeps the new date
    assert dialog.result() == NoticeDialog.DialogCode.Accepted
    with demo_desk.read(None) as work:
        assert {u.end_date for u in dossiers.read_dossier(work, dossier_id).units} == {dt.date(2026, 8, 31)}
