"""The main window, clicked through like a clerk would: floors, cards, badges, dossiers, menus, live refresh."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import sys
from contextlib import closing
from dataclasses import asdict, fields
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from app.building import buildings
from app.customers import details as customers
from app.customers.details import CustomerInput
from app.desk import Actor, Desk
from app.dossier import documents, dossiers
from app.dossier.documents import DocumentInput
from app.version import __version__
from tests.conftest import PASSWORD
from ui.building.floor_view import CARD_ROLE, CardBadge, FloorGrid, card_badges, card_tooltip
from ui.dossier.view import DocumentsModel, DossierPage
from ui.main_window import MainWindow
from ui.people.login_dialog import LoginDialog
from ui.recent_files import recent_files

pytestmark = pytest.mark.qt


def double_click(qtbot: QtBot, view: FloorGrid, index: QModelIndex) -> None:
    """A person's double-click: press-release, then press-double-click-release (QTest's DClick is only the second)."""
    pos = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def _floor_labels(window: MainWindow) -> list[str]:
    return [window.floors_page.floor_tabs.tabText(i) for i in range(window.floors_page.floor_tabs.count())]


def _occupied_index(grid: FloorGrid) -> QModelIndex:
    model = grid.card_model()
    for row in range(model.rowCount()):
        card = model.card(row)
        if card.customer and card.dossier_id:
            return model.index(row, 0)
    raise AssertionError(f"no occupied unit on {model.floor.label}")


def _grid_with_tenant(window: MainWindow, qtbot: QtBot) -> FloorGrid:
    """Walk the floors with the keyboard until one has an occupied unit."""
    for _ in range(window.floors_page.floor_tabs.count()):
        grid = window.current_grid()
        assert grid is not None
        if any(c.customer for c in grid.card_model().cards()):
            return grid
        qtbot.keyClick(grid, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    raise AssertionError("no occupied unit in the demo")


def test_floor_tabs_in_building_order(window: MainWindow, demo_desk: Desk) -> None:
    with demo_desk.read(None) as work:
        building = buildings.list_buildings(work)[0]
        floors = buildings.list_floors(work, building.id)
    assert _floor_labels(window) == [f.label for f in sorted(floors, key=lambda f: f.level)]
    assert window.windowTitle().startswith(demo_desk.path.name)
    assert not window.floors_page.building_box.isVisible()  # one building: no selector


def test_keyboard_switches_floors(window: MainWindow, qtbot: QtBot) -> None:
    start = window.floors_page.floor_tabs.currentIndex()
    grid = window.current_grid()
    assert grid is not None and grid.hasFocus()
    qtbot.keyClick(grid, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.floors_page.floor_tabs.currentIndex() == start + 1
    next_grid = window.current_grid()
    assert next_grid is not None and next_grid.card_model().loaded  # loaded when first shown
    qtbot.keyClick(next_grid, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.floors_page.floor_tabs.currentIndex() == start
    qtbot.keyClick(grid, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.floors_page.floor_tabs.currentIndex() == start + 1


def test_floors_load_lazily(window: MainWindow) -> None:
    loaded = [g.card_model().loaded for g in window.floors_page.grids]
    assert loaded.count(True) == 1
    assert loaded[window.floors_page.floor_tabs.currentIndex()]


def test_card_shows_tenant(window: MainWindow, qtbot: QtBot, demo_desk: Desk) -> None:
    grid = _grid_with_tenant(window, qtbot)
    index = _occupied_index(grid)
    card = index.data(CARD_ROLE)
    with demo_desk.read(None) as work:
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
    header = page.documents_table.horizontalHeader()  # newest first until the clerk clicks another header
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        DocumentsModel.DATE,
        Qt.SortOrder.DescendingOrder,
    )

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
    assert win.floors_page.floor_tabs.tabText(win.floors_page.floor_tabs.currentIndex()) == "1F"
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
        customers.update_customer(work, card.customer_id, data, expected_version=info.version)
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
        customers.update_customer(
            work, card.customer_id, CustomerInput(name="改名后公司", kind=info.kind), expected_version=info.version
        )
    qtbot.waitUntil(lambda: page.fields["customer"].text() == "改名后公司")
    assert page.fields["label"].text() == "改名后公司"  # R5: the label follows the current name


def test_remembers_floor_and_geometry(window: MainWindow, qtbot: QtBot, settings: QSettings) -> None:
    grid = window.current_grid()
    assert grid is not None
    qtbot.keyClick(grid, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    label = window.floors_page.floor_tabs.tabText(window.floors_page.floor_tabs.currentIndex())
    window.close()
    assert settings.value("window/floor") == label
    again = MainWindow(window.desk, window.actor, settings)
    qtbot.addWidget(again)
    assert again.restored_geometry
    assert again.floors_page.floor_tabs.tabText(again.floors_page.floor_tabs.currentIndex()) == label


def demo_desk_actor(desk: Desk, login: str) -> Actor:
    from app.people.users import log_in

    return log_in(desk, login, PASSWORD)


def test_ctrl_shift_tab_goes_back_a_floor(window: MainWindow, qtbot: QtBot) -> None:
    start = window.floors_page.floor_tabs.currentIndex()
    grid = window.current_grid()
    assert grid is not None
    qtbot.keyClick(grid, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.floors_page.floor_tabs.currentIndex() == start + 1
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    next_grid = window.current_grid()
    assert next_grid is not None
    qtbot.keyClick(next_grid, Qt.Key.Key_Backtab, modifiers)
    assert window.floors_page.floor_tabs.currentIndex() == start


def test_menus_and_the_floor_menu(window: MainWindow, qtbot: QtBot) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&View", "&Tools", "&Archive", "F&ees", "&Services", "F&orms", "&Backup", "&Help"]
    window.fill_floor_menu()
    labels = [a.text() for a in window.floor_menu.actions()]
    assert labels == _floor_labels(window)
    window.floor_menu.actions()[0].trigger()
    assert window.floors_page.floor_tabs.currentIndex() == 0
    assert window.find_box.parentWidget() is window.toolbar


def test_unit_panel_follows_the_selected_card(window: MainWindow, qtbot: QtBot) -> None:
    grid = _grid_with_tenant(window, qtbot)
    index = _occupied_index(grid)
    grid.setCurrentIndex(index)
    card = index.data(CARD_ROLE)
    panel = window.floors_page.unit_panel
    assert card.number in panel.title()
    assert panel.fields["customer"].text() == card.customer
    assert panel.open_button.isEnabled()
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    page = window.workspace.currentWidget()
    assert isinstance(page, DossierPage) and page.dossier_id == card.dossier_id


def _unfiled_badges(card: buildings.UnitCard) -> list[CardBadge]:
    return [b for b in card_badges(card) if b.kind == "unfiled"]


def test_badges_line_up_and_the_legend_explains_each(window: MainWindow) -> None:
    card = buildings.UnitCard(
        unit_id=1, building="B", floor="1F", floor_level=1, number="101", area=None, use="", version=1,
        status=buildings.UnitStatus.OCCUPIED, customer_id=1, customer="甲公司", tenancy_id=1,
        dossier_id=1, dossier_number="1-101", unfiled_documents=2, missing_documents=3,
    )  # fmt: skip
    assert [(b.kind, b.count) for b in card_badges(card)] == [("missing", 3), ("unfiled", 2)]
    tip = card_tooltip(card)
    assert "papers missing: 3" in tip and "(not filed): 2" in tip
    for kind in ("missing", "unfiled"):
        assert window.floors_page.legend.findChild(QLabel, f"legend-badge-{kind}") is not None


def _badge_tip(index: QModelIndex) -> str:
    return index.data(Qt.ItemDataRole.ToolTipRole)


def test_badge_for_unfiled_documents_comes_and_goes_with_the_change_set(
    window: MainWindow, qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor
) -> None:
    grid = _grid_with_tenant(window, qtbot)
    row = _occupied_index(grid).row()
    model = grid.card_model()
    card = model.card(row)
    with demo_desk.work(demo_clerk) as work:
        unfiled = [d.id for d in dossiers.dossier_documents(work, card.dossier_id) if not d.paper_location]
        if unfiled:  # start from a filed dossier, so the badge is ours
            documents.refile_documents(work, unfiled, paper_location="柜 1-01")
    qtbot.waitUntil(lambda: model.card(row).unfiled_documents == 0)
    assert _unfiled_badges(model.card(row)) == []
    assert "paper location" not in _badge_tip(model.index(row, 0))

    with demo_desk.work(demo_clerk) as work:
        added = documents.add_document(
            work, card.dossier_id, DocumentInput("correspondence", dt.date(2026, 6, 1), "未归档的来函")
        )
    qtbot.waitUntil(lambda: model.card(row).unfiled_documents == 1)  # no refresh asked for
    (badge,) = _unfiled_badges(model.card(row))
    assert badge.count == 1
    assert "Documents without a paper location (not filed): 1" in _badge_tip(model.index(row, 0))
    grid.setCurrentIndex(model.index(row, 0))
    assert "1" in window.floors_page.unit_panel.fields["attention"].text()
    grid.viewport().repaint()  # the delegate paints the badge without complaint

    with demo_desk.work(demo_clerk) as work:
        documents.refile_documents(work, [added.id], paper_location="柜 1-02")
    qtbot.waitUntil(lambda: model.card(row).unfiled_documents == 0)
    assert _unfiled_badges(model.card(row)) == []
    assert window.floors_page.legend.findChild(QLabel, "legend-badge-unfiled") is not None


def test_recent_files_menu_lists_the_file(window: MainWindow, demo_desk: Desk) -> None:
    window.recent_menu.fill()
    files = [a.data() for a in window.recent_menu.actions() if a.data()]
    assert files[0] == str(demo_desk.path)
    assert demo_desk.path.name in window.recent_menu.actions()[0].text()


def test_open_file_from_the_menu_opens_a_new_window(
    window: MainWindow,
    qtbot: QtBot,
    desk: Desk,
    building: buildings.BuildingInfo,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Another file: log in there, a window for it replaces this one, and it joins the recent files."""
    from app.people.users import log_in

    def accept(dialog: LoginDialog) -> int:
        dialog.actor = log_in(dialog.desk, "clerk", PASSWORD)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LoginDialog, "exec", accept)
    desk.close()  # the other file, as if on disk and not open anywhere
    successor = window.open_file(desk.path)
    assert successor is not None
    qtbot.addWidget(successor)
    assert successor.owns_desk and successor.desk.path == desk.path
    assert not window.isVisible()
    assert recent_files(settings)[:2] == [str(desk.path), str(window.desk.path)]
    assert _floor_labels(successor) == ["B1", "1F", "2F", "3F"]
    successor.close()
    assert window.open_file(window.desk.path) is None  # the file already open: just a message
    assert "already open" in window.statusBar().currentMessage()


def test_about_shows_the_version(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    window.about_action.trigger()
    assert shown and __version__ in shown[0]


def test_remembers_splitter_and_toolbar(window: MainWindow, qtbot: QtBot, settings: QSettings) -> None:
    window.floors_page.splitter.setSizes([700, 300])
    sizes = window.floors_page.splitter.sizes()
    window.close()
    again = MainWindow(window.desk, window.actor, settings)
    qtbot.addWidget(again)
    again.resize(window.size())
    again.show()
    qtbot.waitExposed(again)
    assert again.floors_page.splitter.sizes() == sizes


def _choose_from_menu(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    """A context menu's exec answers as if the person clicked the entry ``text``."""

    def choose(_window: MainWindow, menu: QMenu, _at: object) -> QAction:
        return next(a for a in menu.actions() if a.text() == text)

    monkeypatch.setattr(MainWindow, "run_menu", choose)


# Bringing a window to the front is a window-manager request the offscreen test platform does not serve.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_open_in_new_window_from_the_card_and_tab_menus(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    grid = _grid_with_tenant(window, qtbot)
    index = _occupied_index(grid)
    card = index.data(CARD_ROLE)
    _choose_from_menu(monkeypatch, "Open in new &window")
    grid.customContextMenuRequested.emit(grid.visualRect(index).center())
    (other,) = window.dossier_windows
    qtbot.waitExposed(other)
    assert other.dossier_id == card.dossier_id
    assert window.open_dossier(card.dossier_id) is None  # its own window comes to the front instead
    assert window.open_in_window(card.dossier_id) is other
    other.close()
    qtbot.waitUntil(lambda: window.dossier_windows == [])

    page = window.open_dossier(card.dossier_id)
    assert page is not None
    tab_bar = window.workspace.tabBar()
    tab_bar.customContextMenuRequested.emit(tab_bar.tabRect(window.workspace.indexOf(page)).center())
    (again,) = window.dossier_windows
    assert again.dossier_id == card.dossier_id
    again.close()
    qtbot.waitUntil(lambda: window.dossier_windows == [])
    qtbot.mouseClick(page.window_button, Qt.MouseButton.LeftButton)  # the page's own button
    (third,) = window.dossier_windows
    assert third.dossier_id == card.dossier_id
    window.close()  # the main window takes its dossier windows with it
    qtbot.waitUntil(lambda: window.dossier_windows == [])


def test_opening_a_damaged_file_shows_why_and_changes_nothing(
    window: MainWindow, demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.unit.db.test_integrity import overwrite_pages, root_page

    damaged = tmp_path / "damaged.db"
    shutil.copyfile(demo_db, damaged)
    overwrite_pages(damaged, [root_page(damaged, "unit")])
    before = damaged.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    assert window.open_file(damaged) is None
    assert len(shown) == 1 and "is damaged" in shown[0] and "Backup ▸ Restore…" in shown[0]
    assert window.isVisible()
    assert damaged.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("damaged")) == ["damaged.db"]


def test_a_database_error_in_a_click_is_shown_as_a_message(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Damage met while the program runs (a failing disk) reaches the clerk as a message, not only the console."""
    from tests.unit.db.test_integrity import make_wal_file, overwrite_pages, root_page
    from ui.main import report_database_errors

    path = make_wal_file(tmp_path / "d.db")
    overwrite_pages(path, [root_page(path, "unit")])
    with closing(sqlite3.connect(path)) as conn, pytest.raises(sqlite3.DatabaseError) as damaged:
        conn.execute("SELECT * FROM unit").fetchall()
    logged: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _kind, value, _trace: logged.append(value))
    report_database_errors()

    sys.excepthook(ValueError, ValueError("a program error"), None)
    assert not [b for b in window.findChildren(QMessageBox) if b.objectName() == "database-error"]
    sys.excepthook(sqlite3.DatabaseError, damaged.value, None)

    def box() -> QMessageBox | None:
        found = [b for b in window.findChildren(QMessageBox) if b.objectName() == "database-error" and b.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: box() is not None)
    message = box()
    assert message is not None
    assert "The database file is damaged (database disk image is malformed)" in message.text()
    assert [type(e) for e in logged] == [ValueError, sqlite3.DatabaseError]  # still logged as before
    message.close()
