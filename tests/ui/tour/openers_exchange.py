"""The exchange room's windows (issue 17): the import wizard from File ▸ Import from Excel…, as the department
manager opens it on the demo — its first page, the problems of a workbook with mistakes, the preview of a good
workbook of a new building and the summary after importing it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from tests.ui.exchange.workbooks import bad_book, good_book
from tests.ui.tour.registry import Tour, opens
from ui.exchange import ExchangeMenu, ImportWizard
from ui.exchange.import_pages import ChoosePage, DonePage, PreviewPage, ReportPage

NEW_BUILDING = "新光大厦"  # not in the demo: the good workbook adds it


def _wizard(tour: Tour) -> ImportWizard:
    wizard = tour.main("manager").part(ExchangeMenu).import_workbook()
    assert wizard is not None, "the menu item did nothing"
    wizard.tour_parent = wizard.parentWidget()  # type: ignore[attr-defined]
    tour.qtbot.waitExposed(wizard)
    return wizard


@opens(ImportWizard, ChoosePage)
def _choose(tour: Tour, _cls: type[QWidget]) -> QWidget:
    return _wizard(tour)


def _checked(tour: Tour, book: Path) -> ImportWizard:
    wizard = _wizard(tour)
    wizard.choose_page.file_edit.setText(str(book))
    wizard.next()
    tour.qtbot.waitUntil(lambda: wizard.report is not None and not wizard.busy(), timeout=60_000)
    return wizard


@opens(ReportPage)
def _problems(tour: Tour, _cls: type[QWidget]) -> QWidget:
    return _checked(tour, bad_book(tour.folder / "有误的表.xlsx", NEW_BUILDING))


@opens(PreviewPage)
def _preview(tour: Tour, _cls: type[QWidget]) -> QWidget:
    return _checked(tour, good_book(tour.folder / "迁入资料.xlsx", NEW_BUILDING))


@opens(DonePage)
def _done(tour: Tour, _cls: type[QWidget]) -> QWidget:
    wizard = _checked(tour, good_book(tour.folder / "迁入资料.xlsx", NEW_BUILDING))
    wizard.next()
    tour.qtbot.waitUntil(lambda: isinstance(wizard.currentPage(), DonePage), timeout=60_000)
    return wizard
