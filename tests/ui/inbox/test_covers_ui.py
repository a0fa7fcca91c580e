"""Scan cover sheets through the window (issue 21): from an open dossier and from Tools for a floor, the dialog's
choices, then the print preview of sheets whose QR codes read back to what was chosen."""

from __future__ import annotations

import datetime as dt

import pytest
import zxingcpp
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.desk import Desk
from app.inbox import DEFAULT_CATEGORIES, CoverCode, parse_cover
from db.models import Dossier, Unit
from tests.inbox_pages import cover_page_images
from tests.ui.dossier.test_dossier import open_dossier, wait_shown
from ui.inbox import CoversMenu
from ui.inbox.covers_dialog import FLOOR, CoverSheetsDialog
from ui.main_window import MainWindow
from ui.printing.print_preview import PrintPreviewDialog

pytestmark = pytest.mark.qt


def pages_said(dialog: CoverSheetsDialog) -> int:
    """The number of pages the dialog says it will print ("4 pages to print.")."""
    words = dialog.count_label.text().split()
    assert words[1].startswith("page"), dialog.count_label.text()
    return int(words[0])


def codes_in(preview: PrintPreviewDialog) -> list[CoverCode | None]:
    found = []
    for page in cover_page_images(preview.pdf, 150, rotate=3, noise=8):
        codes = [parse_cover(r.text) for r in zxingcpp.read_barcodes(page)]
        found.append(codes[0] if len(codes) == 1 else None)
    return found


def test_cover_sheets_of_the_open_dossier(window: MainWindow, qtbot: QtBot, demo_desk: Desk) -> None:
    page = open_dossier(window, qtbot)
    with demo_desk.read(None) as work:
        number = work.session.scalar(select(Dossier.number).where(Dossier.id == page.dossier_id))
    assert page.covers_button.isEnabled()
    qtbot.mouseClick(page.covers_button, Qt.MouseButton.LeftButton)
    dialog = wait_shown(qtbot, page, CoverSheetsDialog)
    assert number in dialog.scope_buttons["dossier"].text() and dialog.scope_buttons["dossier"].isChecked()
    assert not dialog.scope_buttons[FLOOR].isVisible()  # no floor from a dossier
    assert pages_said(dialog) == len(DEFAULT_CATEGORIES)
    dialog.category_box.setCurrentIndex(dialog.category_box.findData("correspondence"))
    dialog.title_edit.setText("物业通知回执")  # typed with an input method: keyClicks sends Latin keys only
    dialog.date_edit.setDate(QDate(2026, 6, 1))
    dialog.copies_spin.setValue(2)
    assert pages_said(dialog) == 2
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    preview = wait_shown(qtbot, dialog, PrintPreviewDialog)
    assert preview.page_count() == 2
    expected = CoverCode(number, "correspondence", dt.date(2026, 6, 1), "物业通知回执")
    assert codes_in(preview) == [expected, expected]
    preview.reject()
    dialog.reject()


def test_a_floors_cover_sheets_from_tools(window: MainWindow, qtbot: QtBot, demo_desk: Desk) -> None:
    floor = window.current_floor()
    assert floor is not None
    with demo_desk.read(None) as work:
        live = list(
            work.session.scalars(
                select(Dossier.number)
                .join(Unit, Dossier.unit_id == Unit.id)
                .where(Unit.floor_id == floor.id, Dossier.status == "live")
                .order_by(Unit.number)
            )
        )
    assert live
    window.part(CoversMenu).covers_action.trigger()
    dialog = wait_shown(qtbot, window, CoverSheetsDialog)
    qtbot.mouseClick(dialog.scope_buttons[FLOOR], Qt.MouseButton.LeftButton)
    dialog.category_box.setCurrentIndex(dialog.category_box.findData("fit_out"))
    assert pages_said(dialog) == len(live)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    preview = wait_shown(qtbot, dialog, PrintPreviewDialog)
    assert codes_in(preview) == [CoverCode(n, "fit_out") for n in live]
    preview.reject()
    dialog.reject()


def test_a_blank_sheet(window: MainWindow, qtbot: QtBot, demo_desk: Desk) -> None:
    window.part(CoversMenu).covers_action.trigger()
    dialog = wait_shown(qtbot, window, CoverSheetsDialog)
    qtbot.mouseClick(dialog.scope_buttons["blank"], Qt.MouseButton.LeftButton)
    dialog.category_box.setCurrentIndex(dialog.category_box.findData("form_parking"))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    preview = wait_shown(qtbot, dialog, PrintPreviewDialog)
    assert codes_in(preview) == [CoverCode(None, "form_parking")]
    preview.reject()
    dialog.reject()
