"""The building editor in the window (issue 13): add a floor, add a unit, correct an area, retire a unit with no
tenancy, merge two vacant units — the floor grid follows by itself; a let unit cannot be retired or merged, and
the refusal is shown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from app.building import buildings
from app.customers.details import CustomerInput
from app.desk import Actor, Desk
from app.tenancy import lifecycle as tenancy
from tests.conftest import NOW
from tests.unit.unit_support import unit_id
from ui.building import BuildingEditor, BuildingMenu
from ui.main_window import MainWindow
from ui.translations import format_date

pytestmark = pytest.mark.qt

OpenWindow = Callable[[Actor], MainWindow]


@pytest.fixture
def open_window(
    qtbot: QtBot, desk: Desk, building: buildings.BuildingInfo, settings: QSettings
) -> Iterator[OpenWindow]:
    def open_for(actor: Actor) -> MainWindow:
        window = MainWindow(desk, actor, settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield open_for


def editor_of(window: MainWindow) -> BuildingEditor:
    editor = window.part(BuildingMenu).open_editor()
    assert editor is not None
    return editor


def grid_numbers(window: MainWindow, floor: str) -> list[str]:
    """The unit cards of a floor tab as the floor grid shows them."""
    page = window.floors_page
    index = [f.label for f in page.floors].index(floor)
    page.floor_tabs.setCurrentIndex(index)
    return [c.number for c in page.grids[index].card_model().cards()]


def unit_rows(editor: BuildingEditor) -> dict[str, list[str]]:
    model = editor.units_model
    return {
        str(model.index(r, 0).data()): [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    }


def move_in(desk: Desk, actor: Actor, number: str, name: str) -> None:
    unit = unit_id(desk, number)
    with desk.work(actor) as work:
        tenancy.move_in(work, customer=CustomerInput(name=name), unit_ids=[unit], move_in=dt.date(2026, 1, 1))


def general_error(dialog: object) -> str:
    label = dialog.findChild(QLabel, "error:general")  # type: ignore[attr-defined]
    assert label is not None
    return label.text() if label.isVisible() else ""


def test_a_clerk_sees_the_entry_greyed_with_the_reason(open_window: OpenWindow, clerk: Actor) -> None:
    window = open_window(clerk)
    part = window.part(BuildingMenu)
    assert not part.editor_action.isEnabled()
    assert "department manager" in part.editor_action.toolTip()
    assert part.open_editor() is None


def test_add_a_floor_and_a_unit_and_the_floor_grid_follows(
    open_window: OpenWindow, manager: Actor, qtbot: QtBot
) -> None:
    window = open_window(manager)
    assert window.part(BuildingMenu).editor_action.isEnabled()
    editor = editor_of(window)
    assert [f.label for f in editor.floors_model.rows()] == ["B1", "1F", "2F", "3F"]
    form = editor.add_floor()
    assert form is not None and form.level.value() == 4
    form.save_button.click()
    qtbot.waitUntil(lambda: "4F" in [f.label for f in window.floors_page.floors])
    assert editor.floor() is not None and editor.floor().label == "4F"  # type: ignore[union-attr]

    unit_form = editor.add_unit()
    assert unit_form is not None
    assert not unit_form.save_button.isEnabled()  # a number is needed
    unit_form.number.setText("401")
    unit_form.area.setText("88,5")
    unit_form.save_button.click()
    assert unit_rows(editor)["401"][1:] == ["88.5", "office", "vacant"]
    qtbot.waitUntil(lambda: "4F" in [f.label for f in window.floors_page.floors])
    qtbot.waitUntil(lambda: grid_numbers(window, "4F") == ["401"])


def test_correct_an_area_and_a_let_units_number_stays(
    open_window: OpenWindow, manager: Actor, desk: Desk, qtbot: QtBot
) -> None:
    move_in(desk, manager, "102", "甲公司")
    window = open_window(manager)
    editor = editor_of(window)
    editor.select_floor("1F")
    editor.select_units("102")
    form = editor.edit_unit()
    assert form is not None
    assert form.number.isReadOnly() and "papers" in form.number.toolTip()
    form.area.setText("not a number")
    assert not form.save_button.isEnabled()
    assert form.findChild(QLabel, "error:unit.area").isVisible()  # type: ignore[union-attr]
    form.area.setText("120.25")
    form.save_button.click()
    assert unit_rows(editor)["102"][1] == "120.25"
    with desk.read(None) as work:
        (card,) = buildings.unit_cards(work, unit_ids=[unit_id(desk, "102")])
    assert card.area == Decimal("120.25")


def test_retire_a_unit_with_no_tenancy(open_window: OpenWindow, manager: Actor, qtbot: QtBot) -> None:
    window = open_window(manager)
    editor = editor_of(window)
    editor.select_floor("2F")
    editor.select_units("203")
    assert editor.retire_unit_button.isEnabled()
    box = editor.retire_unit()
    assert isinstance(box, QMessageBox)
    assert "203" in box.text()
    (yes,) = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    yes.click()
    qtbot.waitUntil(lambda: "203" not in unit_rows(editor))
    qtbot.waitUntil(lambda: grid_numbers(window, "2F") == ["201", "202", "204"])


def test_merge_two_vacant_units(open_window: OpenWindow, manager: Actor, qtbot: QtBot) -> None:
    window = open_window(manager)
    editor = editor_of(window)
    editor.select_floor("3F")
    editor.select_units("301", "302")
    assert editor.merge_button.isEnabled()
    assert not editor.split_button.isEnabled()  # one unit at a time
    form = editor.merge()
    assert form is not None
    assert form.number.text() == "301-302"
    form.save_button.click()
    assert list(unit_rows(editor)) == ["301-302", "303", "304"]
    editor.show_retired.setChecked(True)
    assert unit_rows(editor)["301"][3] == f"retired {format_date(NOW.date())}"  # the interface's date form
    qtbot.waitUntil(lambda: grid_numbers(window, "3F") == ["301-302", "303", "304"])


def test_split_a_vacant_unit(open_window: OpenWindow, manager: Actor, qtbot: QtBot) -> None:
    window = open_window(manager)
    editor = editor_of(window)
    editor.select_floor("3F")
    editor.select_units("304")
    form = editor.split()
    assert form is not None
    form.areas[0].setText("30")
    form.areas[1].setText("20")
    form.save_button.click()
    assert list(unit_rows(editor)) == ["301", "302", "303", "304A", "304B"]
    qtbot.waitUntil(lambda: grid_numbers(window, "3F") == ["301", "302", "303", "304A", "304B"])


def test_a_let_unit_cannot_be_retired_or_merged(
    open_window: OpenWindow, manager: Actor, desk: Desk, qtbot: QtBot
) -> None:
    move_in(desk, manager, "201", "甲公司")
    window = open_window(manager)
    editor = editor_of(window)
    editor.select_floor("2F")
    assert unit_rows(editor)["201"][3] == "let: 甲公司"
    editor.select_units("201")
    assert not editor.retire_unit_button.isEnabled()
    assert "甲公司" in editor.retire_unit_button.toolTip()
    editor.select_units("201", "202")
    assert not editor.merge_button.isEnabled()
    assert "201" in editor.merge_button.toolTip()


def test_a_unit_let_meanwhile_refuses_the_merge_with_its_message(
    open_window: OpenWindow, manager: Actor, desk: Desk, qtbot: QtBot
) -> None:
    window = open_window(manager)
    editor = editor_of(window)
    editor.select_floor("2F")
    editor.select_units("203", "204")
    form = editor.merge()
    assert form is not None
    move_in(desk, manager, "204", "乙公司")  # at another desk, while the form is open
    form.save_button.click()
    assert "204" in general_error(form) and "乙公司" in general_error(form)
    assert form.isVisible()
    qtbot.waitUntil(lambda: unit_rows(editor)["204"][3] == "let: 乙公司")


def test_rename_a_floor_and_its_tab_follows(open_window: OpenWindow, manager: Actor, qtbot: QtBot) -> None:
    window = open_window(manager)
    editor = editor_of(window)
    editor.select_floor("3F")
    form = editor.rename_floor()
    assert form is not None
    form.label.setText("")
    assert not form.save_button.isEnabled()
    form.label.setText("2F")  # taken: the app's refusal lands beside the input
    form.save_button.click()
    error = form.findChild(QLabel, "error:floor.label")
    assert error is not None and "2F" in error.text()
    form.label.setText("三楼")
    form.save_button.click()
    qtbot.waitUntil(lambda: "三楼" in [f.label for f in window.floors_page.floors])
    assert [f.label for f in editor.floors_model.rows()] == ["B1", "1F", "2F", "三楼"]
