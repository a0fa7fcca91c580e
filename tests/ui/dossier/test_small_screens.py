"""The dossier view on the screens front desks have: 1024×768, and 1366×768 at 125 % scaling (1093×614 logical
pixels). A document's title must stay readable (at least 12 characters) in a live and in a bound dossier."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.desk import Actor, Desk
from tests.ui.speaking import speaking
from tests.ui.tour.registry import dossier_with_most_documents
from ui.dossier.models import DocumentsModel
from ui.dossier.view import DossierPage
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    with speaking(qapp, request.param):
        yield request.param


@pytest.mark.parametrize("size", [(1024, 768), (1093, 614)], ids=["1024x768", "1366x768-at-125%"])
@pytest.mark.parametrize("status", ["live", "archived"])
def test_titles_keep_twelve_characters_and_no_column_hides(
    language: str,
    qtbot: QtBot,
    demo_desk: Desk,
    demo_clerk: Actor,
    settings: QSettings,
    size: tuple[int, int],
    status: str,
) -> None:
    window = MainWindow(demo_desk, demo_clerk, settings)  # made after the language is installed, as at a start
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    page = window.open_dossier(dossier_with_most_documents(window.desk, window.actor, status))
    assert isinstance(page, DossierPage)
    qtbot.waitUntil(lambda: page.documents.rowCount() > 0)
    table = page.documents_section.table
    page.sections.setCurrentWidget(page.documents_section)
    qtbot.waitUntil(table.isVisible)
    twelve = table.fontMetrics().horizontalAdvance("档" * 12)
    width = table.columnWidth(DocumentsModel.TITLE)
    assert width >= twelve, f"题名 is {width} px wide, 12 characters need {twelve}"
    shown = [table.columnWidth(c) for c in range(page.documents.columnCount()) if not table.isColumnHidden(c)]
    assert sum(shown) >= table.viewport().width() - 1, "the columns leave the table's right side empty"
    bar = table.horizontalScrollBar()
    assert bar.maximum() == 0, "a column is hidden behind the horizontal scroll bar"
    if status == "archived":  # the bound dossier's 件号(页号) column is there too, beside the title
        assert not table.isColumnHidden(DocumentsModel.ITEM)


def test_on_a_narrow_screen_the_preview_waits_for_f3(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1024, 768)
    page = window.open_dossier(dossier_with_most_documents(window.desk, window.actor, "live"))
    assert isinstance(page, DossierPage)
    section = page.documents_section
    qtbot.waitUntil(lambda: page.documents.rowCount() > 0)
    assert not section.preview.isVisible() and not section.preview_action.isChecked()
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_F3)
    qtbot.waitUntil(section.preview.isVisible)
    assert section.preview.document == section.selected()[0]  # it shows the selected document at once
    window.resize(1366, 768)  # a wider window later does not undo what the user chose
    qtbot.keyClick(section.table, Qt.Key.Key_F3)
    assert not section.preview.isVisible()
    window.resize(1400, 800)
    qtbot.wait(50)
    assert not section.preview.isVisible()


def test_a_bound_dossier_does_not_invite_dropping_scans(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1366, 768)
    page = window.open_dossier(dossier_with_most_documents(window.desk, window.actor, "archived"))
    assert isinstance(page, DossierPage)
    section = page.documents_section
    qtbot.waitUntil(lambda: page.documents.rowCount() > 0)
    without = next(r for r in range(page.documents.rowCount()) if not page.documents.row(r).attachments)
    section.select_ids({page.documents.row(without).id})
    qtbot.waitUntil(lambda: section.preview.note.text() != "")
    assert section.preview.note.text() == "This document has no scan."
    assert not section.table.acceptDrops() and not section.drop_hint.isVisible()


@pytest.mark.parametrize("size", [(1024, 768), (1093, 614), (1366, 768)], ids=["1024", "1366-at-125%", "1366"])
def test_the_side_panels_history_shows_each_status_whole(
    language: str, qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor, settings: QSettings, size: tuple[int, int]
) -> None:
    window = MainWindow(demo_desk, demo_clerk, settings)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    history = window.floors_page.unit_history
    grid = window.current_grid()
    assert grid is not None
    model = grid.model()

    def stays(row: int) -> int:
        history.show_unit(model.card(row).unit_id)
        return history.topLevelItemCount()

    busiest = max(range(model.rowCount()), key=stays)
    grid.setCurrentIndex(model.index(busiest, 0))  # as the clerk clicks the card
    qtbot.waitUntil(lambda: history.topLevelItemCount() > 1)
    for row in range(history.topLevelItemCount()):
        for line in history.topLevelItem(row).text(0).split("\n")[1:]:  # the dates and the status; names may be cut
            width = history.fontMetrics().horizontalAdvance(line)
            assert width <= history.viewport().width() - 8, f"{line!r} ({width} px) is cut in the side panel"
