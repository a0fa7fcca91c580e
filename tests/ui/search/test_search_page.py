"""The search page (Tools ▸ Search dossiers…): a search narrowed by filters, run on a worker, opening a dossier."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from app.search import MatchKind
from ui.dossier import DossierPage
from ui.main_window import MainWindow
from ui.search import SearchMenu, SearchWindow

pytestmark = pytest.mark.qt


def open_page(window: MainWindow, qtbot: QtBot) -> SearchWindow:
    tools = next(a.menu() for a in window.menuBar().actions() if a.objectName() == "" and a.menu() is window.tools_menu)
    action = next(a for a in tools.actions() if a.objectName() == "search-dossiers")
    action.trigger()
    page = window.part(SearchMenu).search_window
    assert page is not None
    qtbot.waitExposed(page)
    return page


def search_for(page: SearchWindow, qtbot: QtBot, text: str) -> list[object]:
    page.text.setText(text)
    qtbot.keyClick(page.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.searching(), timeout=30_000)
    return page.model.rows()


def choose(combo: object, data: object) -> None:
    combo.setCurrentIndex(combo.findData(data))  # type: ignore[attr-defined]


def test_filters_narrow_the_hits_and_enter_opens_the_dossier(window: MainWindow, qtbot: QtBot) -> None:
    page = open_page(window, qtbot)
    everything = search_for(page, qtbot, "公司")
    assert everything and all(h.kind is MatchKind.CUSTOMER for h in everything[:1])
    assert "dossier" in page.count.text().lower() or "档案" in page.count.text()

    choose(page.status, "live")
    qtbot.waitUntil(lambda: not page.searching(), timeout=30_000)
    live = page.model.rows()
    assert live and {h.status for h in live} == {"live"} and len(live) < len(everything)

    floor = page.floor.itemData(2)
    choose(page.floor, floor)
    qtbot.waitUntil(lambda: not page.searching(), timeout=30_000)
    assert {h.floor for h in page.model.rows()} <= {page.floor.currentText()}

    choose(page.status, None)
    choose(page.floor, None)
    choose(page.category, "move_in")
    page.since.setDate(QDate(2020, 1, 1))
    qtbot.waitUntil(lambda: not page.searching(), timeout=30_000)
    papers = search_for(page, qtbot, "合同")
    assert papers and {h.kind for h in papers} == {MatchKind.DOCUMENT}

    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.workspace.currentWidget(), DossierPage))
    opened = window.workspace.currentWidget()
    assert isinstance(opened, DossierPage) and opened.dossier_id == papers[0].dossier_id  # type: ignore[attr-defined]


def test_nothing_typed_or_dates_reversed_are_said(window: MainWindow, qtbot: QtBot) -> None:
    page = open_page(window, qtbot)
    page.run()
    assert page.count.text() and not page.searching()
    page.since.setDate(QDate(2025, 1, 1))
    page.until.setDate(QDate(2024, 1, 1))
    page.text.setText("公司")
    page.run()
    assert not page.searching() and page.model.rowCount() == 0
    assert page.count.text()
