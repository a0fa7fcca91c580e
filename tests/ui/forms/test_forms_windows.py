"""The forms in the window: a form filled in and saved through the one editor (a table's rows added, a wrong value
shown beside its field), seen in its register, opened again and changed, its print preview opened; the card menu's
填写表单… with the unit prefilled; the Forms menu's items."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMenu, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.building import unit_cards
from app.building.buildings import BuildingInfo
from app.desk import Actor, Desk
from app.forms import FormFilter, form_register, read_form
from tests.unit.forms.forms_support import moved_in
from tests.unit.unit_support import unit_id
from ui.forms.editor import FormEditor, TableInput
from ui.forms.menu import FormsMenu
from ui.forms.registers import FormsRegister
from ui.main_window import MainWindow
from ui.printing import PrintPreviewDialog

pytestmark = pytest.mark.qt


def _typed(qtbot: QtBot, editor: FormEditor, key: str, text: str) -> None:
    widget = editor.fields[key]
    assert isinstance(widget, QLineEdit | QPlainTextEdit)
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    elif isinstance(widget, QLineEdit):  # Chinese comes from the input method, not from key presses
        widget.insert(text)
    else:
        widget.insertPlainText(text)


def _choose(editor: FormEditor, key: str, value: str) -> None:
    combo = editor.fields[key]
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(value))


def test_a_form_filled_in_the_editor_is_saved_found_changed_and_previewed(
    qtbot: QtBot, desk: Desk, clerk: Actor, building: BuildingInfo
) -> None:
    tenancy_id = moved_in(desk, clerk)
    editor = FormEditor(desk, clerk, "qms-pm-31316", tenancy_id=tenancy_id, unit_id=unit_id(desk, "101"))
    qtbot.addWidget(editor)
    editor.show()
    assert "*" in editor.form.labelForField(editor.fields["name"]).text()  # required marked
    _typed(qtbot, editor, "name", "周离职")
    _typed(qtbot, editor, "department", "财务部")
    _choose(editor, "leaving", "resigned")
    table = editor.fields["returned"]
    assert isinstance(table, TableInput)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    item_combo = table.table.cellWidget(0, 0)
    assert isinstance(item_combo, QComboBox)
    item_combo.setCurrentIndex(item_combo.findData("access_card"))
    table.table.item(0, 1).setText("MJ-007")
    table.table.item(0, 3).setText("2026-06-31")  # no such day: refused beside the table
    assert editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    assert "Row 1: Handed back on must be a date" in editor.errors["form.returned"].text()
    table.table.item(0, 3).setText("2026-06-10")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    saved = editor.result_value
    with desk.read(clerk) as work:
        info = read_form(work, saved.id)
    assert info.values["returned"] == [
        {"item": "access_card", "number": "MJ-007", "returned": None, "returned_on": "2026-06-10"}
    ]
    assert info.document_id is not None  # filed in the dossier (the box was ticked for a customer's form)

    register = FormsRegister(desk, clerk, code="qms-pm-31316")
    qtbot.addWidget(register)
    register.show()
    assert register.model.rowCount() == 1
    headers = [register.model.headerData(c, Qt.Orientation.Horizontal) for c in range(register.model.columnCount())]
    row = [register.model.index(0, c).data() for c in range(register.model.columnCount())]
    assert row[headers.index("Name")] == "周离职" and "Access card" in row[headers.index("Items handed back")]
    assert "1 form" in register.count.text()
    register.text.setText("没有这个人")
    assert register.model.rowCount() == 0
    register.text.setText("周")
    register.table.selectRow(0)

    again = register.edit()
    assert again is not None
    qtbot.addWidget(again)
    assert isinstance(again.fields["name"], QLineEdit) and again.fields["name"].text() == "周离职"
    again.fields["department"].clear()
    _typed(qtbot, again, "department", "行政部")
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert not again.isVisible()
    with desk.read(clerk) as work:
        (changed,) = form_register(work, FormFilter(code="qms-pm-31316"))
    assert changed.values["department"] == "行政部" and changed.version == saved.version + 1

    register.table.selectRow(0)
    builder = register.print_form()
    qtbot.waitUntil(lambda: builder.preview is not None, timeout=60_000)
    assert isinstance(builder.preview, PrintPreviewDialog)
    builder.preview.close()


def test_a_required_field_left_empty_keeps_save_disabled(
    qtbot: QtBot, desk: Desk, clerk: Actor, building: BuildingInfo
) -> None:
    editor = FormEditor(desk, clerk, "qms-pm-31310")
    qtbot.addWidget(editor)
    editor.show()
    _typed(qtbot, editor, "number", "8")
    editor.fields["number"].clear()
    assert not editor.save_button.isEnabled()
    assert editor.errors["form.number"].text() == "Required."


def test_a_unit_cards_menu_fills_in_a_form_for_its_tenant(qtbot: QtBot, window: MainWindow) -> None:
    part = window.part(FormsMenu)
    with window.desk.read(window.actor) as work:
        card = next(c for c in unit_cards(work) if c.tenancy_id is not None)
    menu = QMenu(window)
    choices = part.card_menu(menu, card, [card])
    (action,) = choices
    assert action.isEnabled()
    choice = choices[action]()
    qtbot.waitExposed(choice)
    choice.kind.setCurrentIndex(choice.kind.findData("qms-pm-31306"))
    choice.accept()
    editor = part.editor
    qtbot.waitExposed(editor)
    assert editor.tenancy_id == card.tenancy_id and editor.unit_id == card.unit_id
    assert card.number in editor.place.text()
    editor.close()


def test_a_new_form_with_nobody_in_front_asks_for_the_unit(
    qtbot: QtBot, desk: Desk, clerk: Actor, building: BuildingInfo
) -> None:
    moved_in(desk, clerk, "永盛贸易公司", "201")
    editor = FormEditor(desk, clerk, "qms-pm-31310")
    qtbot.addWidget(editor)
    editor.show()
    assert editor.unit_number is not None and not editor.file.isChecked()
    _typed(qtbot, editor, "number", "83216688")
    _typed(qtbot, editor, "old_holder", "Old Co")
    _typed(qtbot, editor, "new_holder", "New Co")
    editor.unit_number.setText("999")  # no such unit: said, nothing saved
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible() and "999" in editor.errors["general"].text() + editor.errors["form.unit"].text()
    editor.unit_number.setText("201")
    assert editor.file.isChecked()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    with desk.read(clerk) as work:
        info = read_form(work, editor.result_value.id)
    assert info.customer == "永盛贸易公司" and info.unit == "201" and info.document_id is not None
