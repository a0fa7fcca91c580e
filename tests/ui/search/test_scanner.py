"""Scan to open: a scanner's fast burst of keys and Enter opens the dossier; slow typing does not."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import archive
from app.building import buildings
from app.desk import Desk
from tests.ui.dossier.test_dossier import shown
from ui.archive import ArchiveMenu
from ui.dossier.contact_dialog import ContactDialog
from ui.dossier.view import DossierPage
from ui.main_window import MainWindow
from ui.search import ScanToOpen
from ui.search.scanner import BURST_MS

pytestmark = pytest.mark.qt


class FakeClock:
    """Milliseconds that advance by ``step`` at every reading (one reading per key press)."""

    def __init__(self, step: float) -> None:
        self.now = 0.0
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


def numbers(desk: Desk) -> Iterator[tuple[int, str]]:
    with desk.read(None) as work:
        building = buildings.list_buildings(work)[0]
        cards = buildings.unit_cards(work, building_id=building.id)
    seen: set[int] = set()
    for card in cards:
        if card.dossier_id is not None and card.dossier_number and card.dossier_id not in seen:
            seen.add(card.dossier_id)
            yield card.dossier_id, card.dossier_number


def type_keys(qtbot: QtBot, window: MainWindow, text: str) -> None:
    grid = window.current_grid()
    assert grid is not None
    for char in text:
        qtbot.keyClick(grid, char)


def test_a_scanner_burst_opens_the_dossier(window: MainWindow, qtbot: QtBot, demo_desk: Desk) -> None:
    grid = window.current_grid()
    assert grid is not None and grid.hasFocus()
    selected = grid.current_card()
    dossier_id, number = next((d, n) for d, n in numbers(demo_desk) if selected is None or d != selected.dossier_id)
    window.part(ScanToOpen).scanner.clock = FakeClock(BURST_MS / 4)
    type_keys(qtbot, window, number)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    page = window.workspace.currentWidget()
    assert isinstance(page, DossierPage) and page.dossier_id == dossier_id
    assert window.part(ScanToOpen).scanner.scans == [number]


def test_slow_typing_is_not_a_scan_and_enter_still_opens_the_selected_unit(
    window: MainWindow, qtbot: QtBot, demo_desk: Desk
) -> None:
    grid = window.current_grid()
    assert grid is not None
    _dossier_id, number = next(numbers(demo_desk))
    window.part(ScanToOpen).scanner.clock = FakeClock(BURST_MS * 2)
    type_keys(qtbot, window, number)
    selected = grid.current_card()
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert window.part(ScanToOpen).scanner.scans == []
    page = window.workspace.currentWidget()
    if selected is not None and selected.dossier_id is not None:
        assert isinstance(page, DossierPage)
        assert page.dossier_id == window.dossier_of(selected)  # the grid's own Enter, untouched
    else:
        assert page is window.floors_page


def test_a_burst_into_a_text_field_is_typing(window: MainWindow, qtbot: QtBot, demo_desk: Desk) -> None:
    _dossier_id, number = next(numbers(demo_desk))
    window.part(ScanToOpen).scanner.clock = FakeClock(1.0)
    window.focus_find()
    qtbot.keyClicks(window.find_box, number)
    assert window.find_box.text() == number  # nothing swallowed
    qtbot.keyClick(window.find_box, Qt.Key.Key_Escape)
    assert window.part(ScanToOpen).scanner.scans == []
    assert window.part(ScanToOpen).scanner.buffer == ""


def test_an_unknown_number_is_reported_and_opens_nothing(window: MainWindow, qtbot: QtBot) -> None:
    window.part(ScanToOpen).scanner.clock = FakeClock(5.0)
    type_keys(qtbot, window, "ZZ-NOPE-1")
    qtbot.keyClick(window.current_grid(), Qt.Key.Key_Enter)
    assert window.part(ScanToOpen).scanner.scans == ["ZZ-NOPE-1"]
    assert window.workspace.currentWidget() is window.floors_page
    assert "ZZ-NOPE-1" in window.statusBar().currentMessage()


def test_a_scan_wins_over_the_enter_shortcut_of_a_table(window: MainWindow, qtbot: QtBot, demo_desk: Desk) -> None:
    (first_id, _first), (second_id, second) = list(numbers(demo_desk))[:2]
    page = window.open_dossier(first_id)
    assert page is not None
    page.sections.setCurrentIndex(DossierPage.CONTACTS)
    page.contacts_table.setFocus()
    if page.contacts.rowCount():
        page.contacts_table.selectRow(0)  # Enter there means "edit contact"
    window.part(ScanToOpen).scanner.clock = FakeClock(3.0)
    for char in second:
        qtbot.keyClick(page.contacts_table, char)
    qtbot.keyClick(page.contacts_table, Qt.Key.Key_Return)
    assert window.part(ScanToOpen).scanner.scans == [second]
    current = window.workspace.currentWidget()
    assert isinstance(current, DossierPage) and current.dossier_id == second_id
    assert shown(page, ContactDialog) is None  # the table's Enter did not fire as well


def test_a_bound_files_number_opens_it_too(window: MainWindow, qtbot: QtBot, demo_desk: Desk) -> None:
    """An archived dossier's file number (案卷号, printed on its directory and box) opens it like a label."""
    with demo_desk.read(None) as work:
        (dossier_id, file_number) = next(
            (e.dossier_id, e.file_number) for b in archive.boxes(work) for e in archive.box_entries(work, b.id)
        )
    grid = window.current_grid()
    assert grid is not None
    window.part(ScanToOpen).scanner.clock = FakeClock(BURST_MS / 4)
    type_keys(qtbot, window, file_number)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    page = window.workspace.currentWidget()
    assert isinstance(page, DossierPage) and page.dossier_id == dossier_id


def test_a_box_labels_code_opens_the_box_in_the_archive_browser(
    window: MainWindow, qtbot: QtBot, demo_desk: Desk
) -> None:
    """The QR code on a spine or front label holds BOX: and the box number: the archive browser opens on that box."""
    with demo_desk.read(None) as work:
        box = archive.boxes(work)[-1]  # not the first box, which the browser would show anyway
    code = archive.box_code(box.number)
    window.part(ScanToOpen).scanner.clock = FakeClock(BURST_MS / 4)
    type_keys(qtbot, window, code)
    qtbot.keyClick(window.current_grid(), Qt.Key.Key_Return)
    assert window.part(ScanToOpen).scanner.scans == [code]
    browser = window.part(ArchiveMenu).archive_browser_dialog
    assert browser is not None and browser.isVisible()
    assert [b.id for b in browser.chosen_boxes()] == [box.id]
    assert box.number in browser.tree.currentIndex().data()
    assert window.workspace.currentWidget() is window.floors_page  # no dossier opened for it


def test_an_unknown_box_code_is_reported_and_opens_nothing(window: MainWindow, qtbot: QtBot) -> None:
    window.part(ScanToOpen).scanner.clock = FakeClock(5.0)
    type_keys(qtbot, window, "BOX:1999-9F-99")
    qtbot.keyClick(window.current_grid(), Qt.Key.Key_Return)
    assert window.part(ArchiveMenu).archive_browser_dialog is None
    assert "BOX:1999-9F-99" in window.statusBar().currentMessage()


def test_box_after_box_is_scanned_in_the_archive_browser(window: MainWindow, qtbot: QtBot, demo_desk: Desk) -> None:
    """With the browser open (and in front), the next box label scanned there opens that box in it."""
    with demo_desk.read(None) as work:
        first, second = archive.boxes(work)[-1], archive.boxes(work)[-2]
    browser = window.part(ArchiveMenu).open_box(first.id)
    qtbot.waitExposed(browser)
    browser.activateWindow()
    browser.tree.setFocus()
    qtbot.waitUntil(lambda: browser.isActiveWindow())
    window.part(ScanToOpen).scanner.clock = FakeClock(BURST_MS / 4)
    for char in archive.box_code(second.number):
        qtbot.keyClick(browser.tree, char)
    qtbot.keyClick(browser.tree, Qt.Key.Key_Return)
    assert [b.id for b in browser.chosen_boxes()] == [second.id]
    assert window.part(ArchiveMenu).archive_browser_dialog is browser  # the same browser, not a second one
