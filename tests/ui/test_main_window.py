"""The main window, clicked through like a clerk would: floors, cards, dossiers, live refresh."""

from __future__ import annotations

from dataclasses import asdict, fields

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from pytestqt.qtbot import QtBot

from app import buildings, customers
from app.customers import CustomerInput
from app.desk import Actor, Desk
from tests.conftest import PASSWORD
from ui.dossier_view import DocumentsModel, DossierPage
from ui.floor_view import CARD_ROLE, FloorGrid
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt


def double_click(qtbot: QtBot, view: FloorGrid, index: QModelIndex) -> None:
    """A person's double-click: press-release, then press-double-click-release (QTest's DClick is only the second)."""
    pos = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def _floor_labels(window: MainWindow) -> list[str]:
    return [window.floor_tabs.tabText(i) for i in range(window.floor_tabs.count())]


def _occupied_index(grid: FloorGrid) -> QModelIndex:
    model = grid.card_model()
    for row in range(model.rowCount()):
        card = model.card(row)
        if card.customer and card.dossier_id:
            return model.index(row, 0)
    raise AssertionError(f"no occupied unit on {model.floor.label}")


def _grid_with_tenant(window: MainWindow, qtbot: QtBot) -> FloorGrid:
    """Walk the floors with the keyboard until one has an occupied unit."""
    for _ in range(window.floor_tabs.count()):
        grid = window.current_grid()
        assert grid is not None
        if any(c.customer for c in grid.card_model().cards()):
            return grid
        qtbot.keyClick(grid, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    raise AssertionError("no occupied unit in the demo")


def test_floor_tabs_in_building_order(window: MainWindow, demo_desk: Desk) -> None:
    with demo_desk.work(None) as work:
        building = buildings.list_buildings(work)[0]
        floors = buildings.list_floors(work, building.id)
    assert _floor_labels(window) == [f.label for f in sorted(floors, key=lambda f: f.level)]
    assert window.windowTitle().startswith(demo_desk.path.name)
    assert not window.building_box.isVisible()  # one building: no selector


def test_keyboard_switches_floors(window: MainWindow, qtbot: QtBot) -> None:
    start = window.floor_tabs.currentIndex()
    grid = window.current_grid()
    assert grid is not None and grid.hasFocus()
    qtbot.keyClick(grid, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.floor_tabs.currentIndex() == start + 1
    next_grid = window.current_grid()
    assert next_grid is not None and next_grid.card_model().loaded  # loaded when first shown
    qtbot.keyClick(next_grid, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.floor_tabs.currentIndex() == start
    qtbot.keyClick(grid, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.floor_tabs.currentIndex() == start + 1


def test_floors_load_lazily(window: MainWindow) -> None:
    loaded = [g.card_model().loaded for g in window.grids]
    assert loaded.count(True) == 1
    assert loaded[window.floor_tabs.currentIndex()]


def test_card_shows_tenant(window: MainWindow, qtbot: QtBot, demo_desk: Desk) -> None:
    grid = _grid_with_tenant(window, qtbot)
    index = _occupied_index(grid)
    card = index.data(CARD_ROLE)
    with demo_desk.work(None) as work:
        assert customers.read_customer(work, card.customer_id).name == card.customer
    assert card.customer in index.data(Qt.ItemDataRole.ToolTipRole)
    assert card.dossier_number in index.data(Qt.ItemDataRole.ToolTipRole)
    assert grid.visualRect(index).isValid()


def test_double_click_opens_dossier_newest_first_and_esc_closes(window: MainWindow, qtbot: QtBot) -> None:
    grid = _grid_with_tenant(window, qtbot)
    index = _occupied_index(grid)
    card = index.data(CARD_ROLE)
    double_click(qtbot, grid, index)
    page = window.workspace.currentWidget()
    assert isinstance(page, DossierPage)
    assert page.view is not None and page.view.customer.name == card.customer
    assert page.fields["customer"].text() == card.customer
    assert page.fields["number"].text() == card.dossier_number
    model = page.documents
    assert model.rowCount() > 1
    dates = [model.row(r).doc_date for r in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)  # R4: newest first
    shown = [model.index(r, DocumentsModel.DATE).data() for r in range(model.rowCount())]
    assert all(shown)
    assert not page.documents_table.isSortingEnabled()

    qtbot.keyClick(page.documents_table, Qt.Key.Key_Escape)
    assert window.workspace.count() == 1
    assert window.workspace.currentWidget() is window.floors_page


def test_enter_opens_dossier_and_second_open_reuses_tab(window: MainWindow, qtbot: QtBot) -> None:
    grid = _grid_with_tenant(window, qtbot)
    grid.setCurrentIndex(_occupied_index(grid))
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert window.workspace.count() == 2
    window.show_floors()
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert window.workspace.count() == 2
    assert isinstance(window.workspace.currentWidget(), DossierPage)


def test_vacant_unit_without_history_tells_in_status_bar(
    qtbot: QtBot, desk: Desk, clerk: Actor, building: buildings.BuildingInfo, settings: QSettings
) -> None:
    win = MainWindow(desk, clerk, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert _floor_labels(win) == ["B1", "1F", "2F", "3F"]
    assert win.floor_tabs.tabText(win.floor_tabs.currentIndex()) == "1F"
    grid = win.current_grid()
    assert grid is not None
    index = grid.model().index(0, 0)
    double_click(qtbot, grid, index)
    assert win.workspace.count() == 1
    assert "101" in win.statusBar().currentMessage()


def test_change_through_app_updates_card(window: MainWindow, qtbot: QtBot, demo_desk: Desk) -> None:
    grid = _grid_with_tenant(window, qtbot)
    row = _occupied_index(grid).row()
    card = grid.card_model().card(row)
    manager = demo_desk_actor(demo_desk, "manager")
    with demo_desk.work(manager) as work:
        info = customers.read_customer(work, card.customer_id)
        values = {f.name: v for f, v in zip(fields(info), asdict(info).values(), strict=True)}
        data = CustomerInput(**{f.name: values[f.name] for f in fields(CustomerInput)} | {"name": "新名称有限公司"})
        customers.update_customer(work, card.customer_id, data)
    qtbot.waitUntil(lambda: grid.card_model().card(row).customer == "新名称有限公司")
    assert "新名称有限公司" in grid.card_model().index(row, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_change_refreshes_open_dossier(window: MainWindow, qtbot: QtBot, demo_desk: Desk) -> None:
    grid = _grid_with_tenant(window, qtbot)
    card = _occupied_index(grid).data(CARD_ROLE)
    page = window.open_dossier(card.dossier_id)
    assert page is not None
    manager = demo_desk_actor(demo_desk, "manager")
    with demo_desk.work(manager) as work:
        info = customers.read_customer(work, card.customer_id)
        customers.update_customer(work, card.customer_id, CustomerInput(name="改名后公司", kind=info.kind))
    qtbot.waitUntil(lambda: page.fields["customer"].text() == "改名后公司")
    assert page.fields["label"].text() == "改名后公司"  # R5: the label follows the current name


def test_remembers_floor_and_geometry(window: MainWindow, qtbot: QtBot, settings: QSettings) -> None:
    grid = window.current_grid()
    assert grid is not None
    qtbot.keyClick(grid, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    label = window.floor_tabs.tabText(window.floor_tabs.currentIndex())
    window.close()
    assert settings.value("window/floor") == label
    again = MainWindow(window.desk, window.actor, settings)
    qtbot.addWidget(again)
    assert again.restored_geometry
    assert again.floor_tabs.tabText(again.floor_tabs.currentIndex()) == label


def demo_desk_actor(desk: Desk, login: str) -> Actor:
    from app.users import log_in

    return log_in(desk, login, PASSWORD)
