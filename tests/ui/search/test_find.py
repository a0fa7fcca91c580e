"""Quick find, typed like a clerk types: Ctrl+F, part of a former name or a phone, arrows, Enter, Esc."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.building.buildings import UnitCard
from app.customers import details as customers
from app.customers.details import CustomerInput
from app.desk import Actor, Desk
from app.dossier import contacts
from app.dossier.contacts import ContactInput
from app.search import quick_find as search
from app.search.quick_find import MatchKind
from ui.dossier.view import DossierPage
from ui.main_window import MainWindow
from ui.search.quick_find import HIT_ROLE, QuickFind, SearchResultsModel, why_matched
from ui.tenancy import TenancyMenu

pytestmark = pytest.mark.qt

FORMER = "华强电子测试有限公司"
CURRENT = "华强科技测试有限公司"
PHONE = "0755-8821 9660"


def tenant_card(window: MainWindow, qtbot: QtBot) -> UnitCard:
    """The first occupied unit, found by walking the floors with the keyboard."""
    for _ in range(window.floors_page.floor_tabs.count()):
        grid = window.current_grid()
        assert grid is not None
        card = next((c for c in grid.card_model().cards() if c.customer and c.dossier_id), None)
        if card is not None:
            return card
        qtbot.keyClick(grid, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    raise AssertionError("no occupied unit in the demo")


def rename_twice(desk: Desk, actor: Actor, customer_id: int) -> None:
    """Give the tenant a unique name, then a new one, so the unique one is only a former name."""
    with desk.work(actor) as work:
        info = customers.read_customer(work, customer_id)
        customers.update_customer(
            work, customer_id, CustomerInput(name=FORMER, kind=info.kind), expected_version=info.version
        )
    with desk.work(actor) as work:
        info = customers.read_customer(work, customer_id)
        customers.update_customer(
            work, customer_id, CustomerInput(name=CURRENT, kind=info.kind), expected_version=info.version
        )


def press_ctrl_f(window: MainWindow, qtbot: QtBot) -> QuickFind:
    grid = window.current_grid()
    assert grid is not None and grid.hasFocus()
    qtbot.keyClick(grid, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_box.hasFocus()
    return window.find_box


def type_text(box: QuickFind, qtbot: QtBot, text: str) -> None:
    """Keys for ASCII; Chinese arrives the way an input method delivers it, as committed text."""
    if text.isascii():
        qtbot.keyClicks(box, text)
        return
    for char in text:
        event = QInputMethodEvent()
        event.setCommitString(char)
        QApplication.sendEvent(box, event)


def type_and_wait(box: QuickFind, qtbot: QtBot, text: str) -> None:
    type_text(box, qtbot, text)
    qtbot.waitUntil(lambda: box.popup_visible() and box.results.query == text)


def test_ctrl_f_focuses_the_find_box(window: MainWindow, qtbot: QtBot) -> None:
    box = press_ctrl_f(window, qtbot)
    assert box.placeholderText()
    assert box.isClearButtonEnabled()


def test_former_name_finds_the_renamed_customer_and_enter_opens_it(
    window: MainWindow, qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor
) -> None:
    card = tenant_card(window, qtbot)
    assert card.customer_id is not None
    rename_twice(demo_desk, demo_clerk, card.customer_id)
    menu = window.part(TenancyMenu)  # a rename offers the new label: "later"
    qtbot.waitUntil(lambda: menu.label_question is not None and menu.label_question.isVisible())
    assert menu.label_question is not None
    menu.label_question.reject()
    grid = window.current_grid()
    assert grid is not None
    window.activateWindow()  # the offscreen platform does not give the window back its activation by itself
    qtbot.waitUntil(grid.hasFocus)  # the keyboard is back on the floor grid
    box = press_ctrl_f(window, qtbot)
    type_and_wait(box, qtbot, "华强电子")
    hits = [box.results.index(r, 0).data(HIT_ROLE) for r in range(box.results.rowCount())]
    assert [h.dossier_id for h in hits] == [card.dossier_id]
    assert hits[0].kind is MatchKind.FORMER_NAME
    assert hits[0].customer == CURRENT
    shown = box.results.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert card.number in shown and CURRENT in shown and f"former name: {FORMER}" in shown
    assert box.hasFocus()  # the list never takes the keyboard

    qtbot.keyClick(box, Qt.Key.Key_Return)
    page = window.workspace.currentWidget()
    assert isinstance(page, DossierPage) and page.dossier_id == card.dossier_id
    assert not box.popup_visible()
    assert box.text() == ""

    # A hit whose dossier is open already: its tab comes to the front, no second tab.
    window.show_floors()
    press_ctrl_f(window, qtbot)
    type_and_wait(box, qtbot, "华强科技")
    qtbot.keyClick(box, Qt.Key.Key_Enter)
    assert window.workspace.currentWidget() is page
    assert len(window.dossier_pages()) == 1


def test_part_of_a_contacts_phone_number_finds_the_dossier(
    window: MainWindow, qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor
) -> None:
    card = tenant_card(window, qtbot)
    assert card.dossier_id is not None
    with demo_desk.work(demo_clerk) as work:
        contacts.add_contact(work, card.dossier_id, ContactInput(name="张测试", phone=PHONE))
    box = press_ctrl_f(window, qtbot)
    type_and_wait(box, qtbot, "8821 96")
    hit = box.results.index(0, 0).data(HIT_ROLE)
    assert hit.dossier_id == card.dossier_id and hit.kind is MatchKind.PHONE
    assert "phone:" in why_matched(hit) and "8821 9660" in why_matched(hit)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    page = window.workspace.currentWidget()
    assert isinstance(page, DossierPage) and page.dossier_id == card.dossier_id


def test_arrows_move_in_the_list_enter_opens_the_highlighted_hit(window: MainWindow, qtbot: QtBot) -> None:
    box = press_ctrl_f(window, qtbot)
    type_and_wait(box, qtbot, "公司")
    assert box.results.rowCount() > 2
    second = box.results.hit(1)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.popup.list.currentIndex().row() == 1
    assert box.hasFocus()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    page = window.workspace.currentWidget()
    assert isinstance(page, DossierPage) and page.dossier_id == second.dossier_id


def test_esc_closes_the_popup_then_clears_the_box(window: MainWindow, qtbot: QtBot) -> None:
    box = press_ctrl_f(window, qtbot)
    type_and_wait(box, qtbot, "公司")
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not box.popup_visible()
    assert box.text() == "公司" and box.hasFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)  # the list comes back with the same hits
    assert box.popup_visible()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == ""
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # an empty box hands the keyboard back to the floors
    grid = window.current_grid()
    assert grid is not None and grid.hasFocus()


def test_nothing_found_says_so_and_enter_does_nothing(window: MainWindow, qtbot: QtBot) -> None:
    box = press_ctrl_f(window, qtbot)
    type_and_wait(box, qtbot, "不存在的名字")
    assert box.results.rowCount() == 0
    assert "不存在的名字" in box.popup.footer.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.workspace.currentWidget() is window.floors_page


def test_enter_before_the_pause_still_finds(window: MainWindow, qtbot: QtBot) -> None:
    """A barcode scanner types the dossier number and Enter at once: no waiting for the debounce."""
    with window.desk.read(None) as work:
        hit = search.search(work, "公司")[0]
    box = press_ctrl_f(window, qtbot)
    qtbot.keyClicks(box, hit.dossier_number)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    page = window.workspace.currentWidget()
    assert isinstance(page, DossierPage) and page.dossier_id == hit.dossier_id


def test_results_model(qtmodeltester: ModelTester, demo_desk: Desk) -> None:
    model = SearchResultsModel()
    qtmodeltester.check(model)
    with demo_desk.read(None) as work:
        hits = search.search(work, "公司")
    assert hits
    model.set_hits("公司", hits)
    assert model.rowCount() == len(hits)
    qtmodeltester.check(model)
    model.set_hits("x", [])
    qtmodeltester.check(model)
