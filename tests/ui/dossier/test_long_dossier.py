"""A dossier of many documents: the list reads a page at a time, scrolling reads the rest, a header sorts every row.

Issue 14: a dossier of 1 000 documents must open at once, so its list never reads them all into the window; what
the clerk sees must still be the whole dossier (scrolled to the end, sorted, printed).
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.desk import Actor, Desk
from app.dossier import DocumentInput, add_document, dossier_documents
from ui.dossier.models import DocumentsModel
from ui.dossier.view import DossierPage
from ui.main_window import MainWindow
from ui.printing.list_print import model_text

pytestmark = pytest.mark.qt

EXTRA = 3 * DocumentsModel.PAGE + 17  # several pages beyond the first, and a part of one


def _long_dossier(window: MainWindow, desk: Desk, clerk: Actor) -> int:
    """The dossier of an occupied unit on the floor shown, given EXTRA more documents (titles out of date order)."""
    grid = window.current_grid()
    assert grid is not None
    model = grid.card_model()
    dossier_id = next(c.dossier_id for c in model.cards() if c.dossier_id and c.customer)
    with desk.work(clerk) as work:
        for n in range(EXTRA):
            title = f"函件 {(n * 37) % EXTRA:03d}"  # the title order is not the date order
            day = dt.date(2015, 1, 1) + dt.timedelta(days=(n * 11) % 3000)
            add_document(work, dossier_id, DocumentInput("correspondence", day, title, pages=1 + n % 9))
    return dossier_id


def _scroll_to_the_end(qtbot: QtBot, page: DossierPage) -> None:
    """What the clerk does: drag the scroll bar to the bottom until nothing more comes."""
    table, model = page.documents_table, page.documents
    for _ in range(EXTRA):
        if not model.canFetchMore():
            return
        before = model.rowCount()
        table.scrollToBottom()
        bar = table.verticalScrollBar()
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda before=before: model.rowCount() > before)
    raise AssertionError("the list never came to its end")


def _all(desk: Desk, clerk: Actor, dossier_id: int) -> list[int]:
    with desk.read(clerk) as work:
        return [d.id for d in dossier_documents(work, dossier_id)]


@pytest.fixture
def page(window: MainWindow, qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor) -> DossierPage:
    window.resize(1366, 768)
    dossier_id = _long_dossier(window, demo_desk, demo_clerk)
    opened = window.open_dossier(dossier_id)
    assert opened is not None
    qtbot.waitExposed(opened)
    return opened


def test_a_long_dossier_shows_every_document_once_scrolled_to_the_end(
    page: DossierPage, qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor, qtmodeltester: ModelTester
) -> None:
    every = _all(demo_desk, demo_clerk, page.dossier_id)
    model = page.documents
    assert len(every) > EXTRA
    # Opened with its first page only; the tab and the "All" category count the whole dossier.
    assert model.rowCount() < len(every) and model.canFetchMore()
    assert str(len(every)) in page.sections.tabText(page.DOCUMENTS)
    assert page.documents_section.categories.count(None) == len(every)
    assert [model.row(r).id for r in range(model.rowCount())] == every[: model.rowCount()]  # newest first (R4)
    qtmodeltester.check(model)

    _scroll_to_the_end(qtbot, page)
    assert [model.row(r).id for r in range(model.rowCount())] == every  # all of them, each once, in order
    assert not model.canFetchMore()


def test_sorting_by_a_column_sorts_every_document_not_only_those_read(
    page: DossierPage, qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor
) -> None:
    with demo_desk.read(demo_clerk) as work:
        titles = [d.title for d in dossier_documents(work, page.dossier_id)]
    model, table = page.documents, page.documents_table
    table.clearSelection()
    header = table.horizontalHeader()

    def click_title() -> None:
        x = header.sectionViewportPosition(DocumentsModel.TITLE) + header.sectionSize(DocumentsModel.TITLE) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))

    click_title()
    assert header.sortIndicatorSection() == DocumentsModel.TITLE
    first = header.sortIndicatorOrder()
    # Sorted in the file, read again from its first page: not every row was read to sort them.
    assert model.rowCount() == DocumentsModel.PAGE < len(titles)
    expected = sorted(titles, reverse=first == Qt.SortOrder.DescendingOrder)
    assert [model.row(r).title for r in range(model.rowCount())] == expected[: model.rowCount()]
    _scroll_to_the_end(qtbot, page)
    assert [model.row(r).title for r in range(model.rowCount())] == expected  # every document, in title order

    # The other way round, with a document selected near the top: it stays selected, read up to where it now is.
    table.scrollToTop()
    page.documents_section.select_ids({model.row(2).id})
    chosen = page.documents_section.selected()
    click_title()
    assert header.sortIndicatorOrder() != first
    assert page.documents_section.selected() == chosen
    _scroll_to_the_end(qtbot, page)
    assert [model.row(r).title for r in range(model.rowCount())] == expected[::-1]


def test_print_list_prints_every_document_of_a_long_dossier(
    page: DossierPage, demo_desk: Desk, demo_clerk: Actor
) -> None:
    every = _all(demo_desk, demo_clerk, page.dossier_id)
    assert page.documents.rowCount() < len(every)
    text = model_text(page.documents, page.documents_table)  # what Print list… prints: the list as shown, every row
    assert len(text.rows) == len(every)
