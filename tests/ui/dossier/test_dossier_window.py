"""A dossier in its own window stays in sync with the main window, without any manual refresh."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from tests.ui.dossier.test_dossier import open_dossier, wait_shown
from ui.building.floor_view import FloorGrid
from ui.customers.customer_dialog import CustomerDialog
from ui.dossier.view import DossierPage
from ui.dossier.window import DossierWindow
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt


def _window(qtbot: QtBot, main: MainWindow, dossier_id: int) -> DossierWindow:
    win = DossierWindow(main.desk, main.actor, dossier_id, main.changes, main)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _card_name(grid: FloorGrid, customer_id: int) -> set[str]:
    return {c.customer or "" for c in grid.card_model().cards() if c.customer_id == customer_id}


def test_rename_in_a_dossier_window_updates_the_card_and_the_other_view(window: MainWindow, qtbot: QtBot) -> None:
    tab = open_dossier(window, qtbot)
    assert tab.view is not None
    customer = tab.view.customer
    grid = window.current_grid()
    assert grid is not None and _card_name(grid, customer.id) == {customer.name}
    other = _window(qtbot, window, tab.dossier_id)
    assert other.page.fields["customer"].text() == customer.name
    assert customer.name in other.windowTitle()

    page = other.page
    page.sections.tabBar().setCurrentIndex(DossierPage.OVERVIEW)
    qtbot.mouseClick(page.edit_customer_button, Qt.MouseButton.LeftButton)
    dialog = wait_shown(qtbot, page, CustomerDialog)
    assert not dialog.renamed_on.isEnabled()  # only asked when the name changes
    save_at = dialog.save_button.mapToGlobal(dialog.save_button.rect().center())
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, "Harbour Consulting Ltd")
    assert dialog.renamed_on.isEnabled() and dialog.rename_note.isVisible()
    qtbot.wait(20)  # a relayout would have happened by now
    assert dialog.save_button.mapToGlobal(dialog.save_button.rect().center()) == save_at  # nothing moved
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    new = "Harbour Consulting Ltd"
    qtbot.waitUntil(lambda: tab.fields["customer"].text() == new)  # the main window's tab
    assert _card_name(grid, customer.id) == {new}  # the unit card on the floor grid
    assert page.fields["customer"].text() == new and page.fields["label"].text() == new  # R5
    assert new in other.windowTitle()
    assert customer.name in [n.name for n in page.former_names.rows()]  # the old name is kept (R5)
    assert tab.former_names.rowCount() == page.former_names.rowCount()


def test_empty_customer_name_is_refused_beside_the_field(window: MainWindow, qtbot: QtBot) -> None:
    tab = open_dossier(window, qtbot)
    dialog = tab.edit_customer()
    assert dialog is not None
    dialog.name_edit.clear()
    assert dialog.errors["customer.name"].isVisible() and not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Acme")
    dialog.edits["email"].clear()
    qtbot.keyClicks(dialog.edits["email"], "not-an-address")
    assert dialog.errors["customer.email"].isVisible() and not dialog.save_button.isEnabled()
    dialog.reject()


def test_escape_and_ctrl_w_close_the_window(window: MainWindow, qtbot: QtBot) -> None:
    tab = open_dossier(window, qtbot)
    first = _window(qtbot, window, tab.dossier_id)
    first.activateWindow()
    qtbot.waitUntil(first.isActiveWindow)
    first.page.documents_table.setFocus()
    with qtbot.waitSignal(first.destroyed):
        qtbot.keyClick(first.page.documents_table, Qt.Key.Key_Escape)
    second = _window(qtbot, window, tab.dossier_id)
    second.activateWindow()
    qtbot.waitUntil(second.isActiveWindow)
    second.page.documents_table.setFocus()
    with qtbot.waitSignal(second.destroyed):
        qtbot.keyClick(second.page.documents_table, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.indexOf(tab) >= 0  # the tab in the main window stays open


def test_open_in_own_window_asks_the_host(window: MainWindow, qtbot: QtBot) -> None:
    tab = open_dossier(window, qtbot)
    with qtbot.waitSignal(tab.window_requested) as signal:
        qtbot.mouseClick(tab.window_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert signal.args == [tab.dossier_id]
