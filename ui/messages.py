"""Telling the clerk something, or asking before a step that is hard to take back.

Every message of the dossier views goes through these two functions, so a test can replace
them to read what would have been shown. Boxes are window-modal and opened with ``open()``,
not ``exec()``: no nested event loop, so a change delivered meanwhile is handled normally.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def _title() -> str:
    return QCoreApplication.translate("messages", "Dossier Desk")


def tell(parent: QWidget, text: str, *, icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> QMessageBox:
    """Show ``text`` with one OK button; returns the open box."""
    box = QMessageBox(icon, _title(), text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("message")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def ask(parent: QWidget, text: str, yes_text: str, on_yes: Callable[[], None]) -> QMessageBox:
    """Ask before doing something; ``on_yes`` runs only if the clerk confirms (Cancel is the default)."""
    box = QMessageBox(QMessageBox.Icon.Question, _title(), text, QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("question")
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)

    def done() -> None:
        if box.clickedButton() is yes:
            on_yes()

    box.finished.connect(done)
    box.open()
    return box
