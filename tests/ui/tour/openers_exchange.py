"""The exchange room's windows (issue 17): the import wizard from File ▸ Import from Excel…, as the department
manager opens it on the demo — its first page, the check of a workbook with problems (the problems table), and
the summary after importing a good workbook of a new building."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tests.ui.exchange.workbooks import bad_book, good_book
from tests.ui.tour.registry import Tour, opens
from ui.exchange import ExchangeMenu, ImportWizard
from ui.exchange.import_pages import CheckPage, ChoosePage, DonePage

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


@opens(CheckPage)
def _check(tour: Tour, _cls: type[QWidget]) -> QWidget:
    wizard = _wizard(tour)
    wizard.choose_page.file_edit.setText(str(bad_book(tour.folder / "bad.xlsx", NEW_BUILDING)))
    wizard.next()
    tour.qtbot.waitUntil(lambda: wizard.check_page.report is not None, timeout=60_000)
    return wizard


@opens(DonePage)
def _done(tour: Tour, _cls: type[QWidget]) -> QWidget:
    wizard = _wizard(tour)
    wizard.choose_page.file_edit.setText(str(good_book(tour.folder / "good.xlsx", NEW_BUILDING)))
    wizard.next()
    tour.qtbot.waitUntil(lambda: wizard.check_page.importable(), timeout=60_000)
    wizard.next()
    tour.qtbot.waitUntil(lambda: isinstance(wizard.currentPage(), DonePage), timeout=60_000)
    return wizard
