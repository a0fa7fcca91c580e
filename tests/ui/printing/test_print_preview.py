"""The print preview as a clerk uses it on a small screen: it fits, it closes, page 120 of 167 is one number away."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from tests.ui.dossier.test_dossier_dialogs import make_pdf
from ui.printing import PrintPreviewDialog


def _button(dialog: PrintPreviewDialog, text: str) -> QToolButton:
    for button in dialog.findChildren(QToolButton):
        if button.defaultAction() is not None and button.defaultAction().text() == text:
            return button
    raise AssertionError(f"no button {text!r}")


def test_the_preview_fits_the_screen_and_shows_how_to_close_it(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = PrintPreviewDialog(make_pdf(tmp_path / "a.pdf", 3), "Year")
    qtbot.addWidget(dialog)
    dialog.show()
    free = QApplication.primaryScreen().availableGeometry()
    assert dialog.frameGeometry().height() <= free.height() and dialog.width() <= free.width()
    close = _button(dialog, "&Close")
    assert close.isVisible() and close.mapTo(dialog, close.rect().bottomRight()).x() <= dialog.width()
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_a_page_number_typed_goes_there_and_the_keys_leaf_through(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = PrintPreviewDialog(make_pdf(tmp_path / "a.pdf", 12), "Year")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # keys are shortcuts of the window in front
    assert dialog.page_box.maximum() == 12 and dialog.page_label.text() == "of 12"
    dialog.page_box.lineEdit().selectAll()
    qtbot.keyClicks(dialog.page_box, "9")
    qtbot.keyClick(dialog.page_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.current_page() == 8)
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: dialog.page_box.value() == 12)
    assert not dialog.last_action.isEnabled() and not dialog.next_action.isEnabled()
    qtbot.keyClick(dialog.view, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: dialog.page_box.value() == 11)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: dialog.current_page() == 0)
    assert not dialog.first_action.isEnabled()
    dialog.fit_page_action.trigger()
    assert dialog.view.zoomMode() == dialog.view.ZoomMode.FitInView
