"""What a window writes, as a clerk reads it, and what may not be in it.

``written_texts`` walks a window and everything in it and returns each text the program puts on the screen — labels,
buttons, menus and their actions, tab and group titles, headers, tooltips, placeholder texts, window and wizard page
titles, combo-box items, and the rows of its lists and tables (the words the program adds around data). ``faults``
says what is wrong with one text in a Chinese interface: a Latin word of three or more letters that is neither on
the short allow-list nor part of the data the user typed, a rule id, a ``{placeholder}`` left unfilled, a literal
``&`` where Qt does not draw it as an underlined access key.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QStatusBar,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
)

# Words a Chinese screen may show in Latin letters: file types, QR, the regulation's form numbers (qms-pm-…),
# keys as printed on the keyboard, the names of other programs a clerk knows by those names, and English as the
# language chooser offers it.
ALLOWED = {
    word.casefold()
    for word in (
        *("PDF", "JPG", "JPEG", "PNG", "TIFF", "TIF", "BMP", "XLSX", "CSV", "ZIP", "QR", "qms"),
        *("Ctrl", "Shift", "Alt", "Esc", "Enter", "Tab", "Home", "End", "PgUp", "PgDn", "Del", "Backspace"),
        *("Excel", "Windows", "SQLite"),
        "English",  # the language chooser names each language in itself, so that its reader finds it
        # The data folder's path, written as the clerk types it into Explorer's address bar (the guide's first page).
        *("LOCALAPPDATA", "DossierDesk"),
        # The scan inbox's subfolders, named as Explorer shows them to the clerk who looks for a scan there.
        *("processed", "unsorted", "unreadable"),
    )
}
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
RULE_ID = re.compile(r"(?<![A-Za-z0-9])R(?:1[0-7]|[1-9])(?![0-9A-Za-z])")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?::[^}]*)?\}|%[1-9]|%n")
# The columns holding what people typed or what came with their papers: names, addresses, e-mails, titles, notes,
# codes they gave. Not the code columns (status, kind, category…): an untranslated status must be caught.
DATA_COLUMNS = {
    "approval": ("reason", "decision_note"),
    "archive_box": ("number", "shelf_location"),
    "attachment": ("original_name",),
    "building": ("name", "address"),
    "contact": ("name", "role", "phone", "mobile", "email", "notes"),
    "customer": (
        "name",
        "id_code",
        "legal_representative",
        "registered_capital",
        "nature",
        "industry",
        "address",
        "phone",
        "email",
        "notes",
    ),
    "customer_name": ("name",),
    "destruction_item": ("reason",),
    "destruction_list": ("number", "opinion", "witness_1", "witness_2"),
    "document": ("title", "reference_no", "issuer", "paper_location", "notes"),
    "dossier": ("number", "label_text", "location", "file_number", "fonds_code", "former_file_number"),
    "floor": ("label",),
    "label_print": ("text",),
    "loan": ("borrower", "department", "purpose", "missing_note", "notes"),
    "move_out": ("deposit_note", "forwarding_contact", "notes"),
    "setting": ("value",),
    "unit": ("number",),
    "user": ("login", "display_name"),
}


@dataclass(frozen=True)
class Written:
    """One text on the screen and where it is (``where`` names the widget for the failure message)."""

    where: str
    text: str


def data_words(database: Path) -> set[str]:
    """The Latin words (case-folded) in what the users of this database typed: those are theirs, not ours."""
    words: set[str] = set()
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        for table, columns in DATA_COLUMNS.items():
            for column in columns:
                for (value,) in db.execute(f'SELECT DISTINCT "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL'):
                    words.update(w.casefold() for w in LATIN_WORD.findall(str(value)))
    return words


def path_words(path: Path) -> set[str]:
    """The Latin words of a file's path: its name and folders are the user's choice, shown in titles and lists."""
    return {w.casefold() for w in LATIN_WORD.findall(str(path.resolve()))}


def faults(text: str, data: set[str]) -> list[str]:
    """What a clerk reading ``text`` in a Chinese interface should not see; empty when it is right."""
    found: list[str] = []
    found += [f"English word {w!r}" for w in LATIN_WORD.findall(text) if w.casefold() not in ALLOWED | data]
    found += [f"rule id {m!r}" for m in RULE_ID.findall(text)]
    found += [f"placeholder {m!r}" for m in PLACEHOLDER.findall(text)]
    if "&" in text and not any("&" in word for word in data):
        found.append("a literal '&'")
    return found


def shown(text: str, *, access_key: bool = False) -> str:
    """The text as drawn: rich text as its words; for buttons, menus and buddied labels the ``&`` of an access key
    is not drawn (``&&`` draws one ``&``)."""
    if QtGui.Qt.mightBeRichText(text):  # QtGui's namespace has it (QtCore's only when qtpy patched it)
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    if access_key:
        text = re.sub(r"&(&?)", lambda m: m.group(1), text)
    return text


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}{'#' + widget.objectName() if widget.objectName() else ''}"


def _action_texts(action: QAction, where: str) -> Iterator[Written]:
    if action.isSeparator():
        return
    text = shown(action.text(), access_key=True)
    yield Written(f"{where} ▸ action", text)
    if action.toolTip() and shown(action.toolTip(), access_key=True) != text.replace("...", "…"):
        yield Written(f"{where} ▸ {text} ▸ tooltip", shown(action.toolTip()))
    if action.statusTip():
        yield Written(f"{where} ▸ {text} ▸ status tip", shown(action.statusTip()))
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield from _menu_texts(menu, f"{where} ▸ {text}")


def _menu_texts(menu: QMenu, where: str) -> Iterator[Written]:
    menu.aboutToShow.emit()  # menus filled on demand fill now, as when the clerk opens them
    for action in menu.actions():
        yield from _action_texts(action, where)


ROWS_READ = 60  # the first rows of a list show every kind of wording the program adds around its data


def _view_texts(view: QAbstractItemView, where: str) -> Iterator[Written]:
    model = view.model()
    if model is None:
        return

    def columns(parent: QModelIndex) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:  # a list model keeps columnCount to itself: it has one column
            return 1

    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    for orientation, count in ((Qt.Orientation.Horizontal, columns(QModelIndex())), (Qt.Orientation.Vertical, 0)):
        for section in range(count):
            for role in roles:
                value = model.headerData(section, orientation, role)
                if isinstance(value, str) and value:
                    yield Written(f"{where} header {section}", shown(value))

    def rows(parent: QModelIndex, depth: int) -> Iterator[Written]:
        for row in range(min(model.rowCount(parent), ROWS_READ)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                for role in roles:
                    value = index.data(role)
                    if isinstance(value, str) and value:
                        yield Written(f"{where} row {row} column {column}", shown(value))
            child = model.index(row, 0, parent)
            if depth < 2 and model.rowCount(child) > 0:  # a tree's branches; flat models have none
                yield from rows(child, depth + 1)

    yield from rows(QModelIndex(), 0)


def written_texts(window: QWidget) -> list[Written]:
    """Every text the program writes in ``window`` and the widgets in it, hidden ones included (they show later)."""
    found: list[Written] = [Written("window title", window.windowTitle())]
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        where = _name(widget)
        for tip, kind in ((widget.toolTip(), "tooltip"), (widget.statusTip(), "status tip")):
            if tip:
                found.append(Written(f"{where} {kind}", shown(tip)))
        if isinstance(widget, QLabel):
            found.append(Written(where, shown(widget.text(), access_key=widget.buddy() is not None)))
        elif isinstance(widget, QAbstractButton):
            found.append(Written(where, shown(widget.text(), access_key=True)))
        elif isinstance(widget, QGroupBox):
            found.append(Written(where, shown(widget.title(), access_key=True)))
        elif isinstance(widget, QLineEdit):
            found += [Written(f"{where} placeholder", widget.placeholderText()), Written(where, widget.text())]
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            found += [Written(f"{where} placeholder", widget.placeholderText()), Written(where, widget.toPlainText())]
        elif isinstance(widget, QComboBox):
            found += [Written(f"{where} item {i}", widget.itemText(i)) for i in range(widget.count())]
            found.append(Written(f"{where} placeholder", widget.placeholderText()))
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                found.append(Written(f"{where} tab {i}", shown(widget.tabText(i), access_key=True)))
                found.append(Written(f"{where} tab {i} tooltip", shown(widget.tabToolTip(i))))
        elif isinstance(widget, QSpinBox | QDoubleSpinBox):
            found += [Written(where, widget.prefix()), Written(where, widget.suffix())]
        elif isinstance(widget, QStatusBar):
            found.append(Written(where, widget.currentMessage()))
        if isinstance(widget, QAbstractSpinBox):
            found.append(Written(f"{where} special value", widget.specialValueText()))
        if isinstance(widget, QAbstractItemView):
            found += list(_view_texts(widget, where))
        if isinstance(widget, QMenu):
            found.append(Written(where, shown(widget.title(), access_key=True)))
        if isinstance(widget, QWizard):
            for button in QWizard.WizardButton:
                if button.value <= QWizard.WizardButton.CustomButton3.value:
                    text = shown(widget.buttonText(button), access_key=True)
                    found.append(Written(f"wizard button {button.name}", text))
            for page_id in widget.pageIds():
                page = widget.page(page_id)
                found += [Written(f"page {page_id} title", page.title()), Written("subtitle", page.subTitle())]
        for action in widget.actions():
            found += list(_action_texts(action, where))
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            found += list(_action_texts(action, "menu bar"))
    return [w for w in found if w.text.strip()]
