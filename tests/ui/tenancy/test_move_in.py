"""A tenancy's whole life through the real widgets: move a new customer into two vacant units with
the wizard, print the label, rename, see the label check list the dossier until its label is
printed, move out one unit and then the other, and find the tenancy in the unit's history."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from app.building import buildings
from app.building.buildings import UnitCard, UnitStatus
from app.customers import details as customers
from app.desk import Actor, Desk
from app.dossier import dossiers
from app.dossier.documents import DocumentInput, add_document
from app.errors import PermissionDenied
from app.tenancy import lifecycle as tenancy
from tests.ui.dossier.test_dossier import make_pdf, wait_shown
from ui.building.floor_view import FloorGrid
from ui.customers.customer_dialog import CustomerDialog
from ui.dossier.view import DossierPage
from ui.form_dialog import to_qdate
from ui.main_window import MainWindow
from ui.printing.print_preview import PrintPreviewDialog
from ui.tenancy import TenancyMenu
from ui.tenancy.label_check_dialog import LabelCheckDialog
from ui.tenancy.labels_dialog import LabelsDialog
from ui.tenancy.move_in_wizard import MoveInWizard
from ui.tenancy.move_out_dialog import MoveOutDialog
from ui.translations import format_date

pytestmark = pytest.mark.qt

NAME = "星河测试科技有限公司"
NEW_NAME = "星河未来测试科技有限公司"


def choose_from_menu(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    """A context menu answers as if the person clicked the entry ``text``."""

    def choose(_window: MainWindow, menu: QMenu, _at: object) -> QAction:
        return next(a for a in menu.actions() if a.text() == text)

    monkeypatch.setattr(MainWindow, "run_menu", choose)


def free_two_units(desk: Desk, actor: Actor) -> tuple[str, list[int], dt.date]:
    """Make sure one floor has two vacant units (moving early tenants out on 2026-01-15 if need be).

    Returns the floor's label and a move-in day after everyone who was in those units left.
    """
    left_on = dt.date(2026, 1, 15)
    with desk.work(actor) as work:
        building = buildings.list_buildings(work)[0]
        for floor in buildings.list_floors(work, building.id):
            free: list[tuple[UnitCard, dt.date]] = []
            for card in buildings.unit_cards(work, floor_id=floor.id):
                stays = tenancy.unit_history(work, card.unit_id)
                if card.status == UnitStatus.VACANT:
                    ends = [s.end for s in stays if s.end is not None]
                    free.append((card, max(ends, default=dt.date(2000, 1, 1))))
                elif (
                    card.tenancy_id is not None
                    and stays
                    and stays[0].start < dt.date(2026, 1, 1)
                    and stays[0].end is None
                    and all(s.end is not None for s in stays[1:])
                ):
                    free.append((card, left_on))
            free = [f for f in free if f[1] < dt.date(2026, 5, 1)][:2]
            if len(free) == 2:
                break
        else:
            raise AssertionError("no floor where two units can be freed")
    for card, since in free:
        if card.status != UnitStatus.VACANT and since == left_on:
            with desk.work(actor) as work:
                tenancy.move_out(work, card.tenancy_id, day=left_on, checklist=COMPLETE, unit_ids=[card.unit_id])
    return floor.label, [c.unit_id for c, _ in free], max(since for _card, since in free) + dt.timedelta(days=1)


COMPLETE = tenancy.MoveOutChecklist(True, True, Decimal(1), Decimal(1), "none", "", "—")


def grid_with_vacant(window: MainWindow, qtbot: QtBot, label: str) -> FloorGrid:
    """Walk the floors with the keyboard to the floor ``label``."""
    for _ in range(window.floors_page.floor_tabs.count()):
        grid = window.current_grid()
        assert grid is not None
        if grid.card_model().floor.label == label:
            return grid
        qtbot.keyClick(grid, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    raise AssertionError(f"no floor {label}")


def indexes_of(grid: FloorGrid, unit_ids: list[int]) -> list[QModelIndex]:
    model = grid.card_model()
    rows = {model.card(r).unit_id: r for r in range(model.rowCount())}
    return [model.index(rows[u], 0) for u in unit_ids]


def card_of(window: MainWindow, unit_id: int) -> UnitCard:
    for grid in window.floors_page.grids:
        for card in grid.card_model().cards():
            if card.unit_id == unit_id:
                return card
    raise AssertionError(unit_id)


def click_next(qtbot: QtBot, wizard: QWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_button(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_check(qtbot: QtBot, box: QAbstractButton) -> None:
    """On the indicator: a check box in a form row is wider than its text, and only the text is hit."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def fill_wizard(qtbot: QtBot, wizard: MoveInWizard, scan: Path, day: dt.date) -> None:
    """Units (pre-ticked) → new customer → dates and contacts → papers → summary."""
    assert wizard.currentId() == MoveInWizard.UNITS
    click_next(qtbot, wizard)
    page = wizard.customer_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # a name first
    page.edits["name"].setText(NAME)  # Chinese as an input method commits it
    qtbot.keyClicks(page.edits["id_code"], "91440300TEST0001X")
    qtbot.keyClicks(page.edits["phone"], "0755-1234 5678")
    click_next(qtbot, wizard)
    dates = wizard.tenancy_page
    dates.move_in_edit.setDate(to_qdate(day))
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # the emergency contact is required
    dates.contact["name"].setText("李四")
    qtbot.keyClicks(dates.contact["mobile"], "13900000001")
    dates.emergency["name"].setText("张三")
    qtbot.keyClicks(dates.emergency["mobile"], "13800000000")
    qtbot.keyClicks(dates.location_edit, "A-3")
    dates.fit_out_check.setChecked(True)
    dates.fit_out_edit.setDate(to_qdate(day + dt.timedelta(days=45)))
    click_next(qtbot, wizard)
    papers = wizard.papers_page
    assert papers.table.rowCount() == len(papers.items) >= 3
    papers.scans[0].setText(str(scan))  # a scan ticks its paper as received
    assert papers.received[0].checkState() == Qt.CheckState.Checked
    papers.tick(papers.items[2].code)
    click_next(qtbot, wizard)
    summary = wizard.summary_page.text.text()
    assert NAME in summary and "2" in summary
    # What was entered is all there, and the page names the button as it reads.
    assert format_date(day + dt.timedelta(days=45)) in summary and "A-3" in summary
    button = wizard.button(QWizard.WizardButton.FinishButton).text().replace("&", "")
    assert f"“{button}”" in wizard.summary_page.subTitle()


def test_a_tenancy_from_move_in_to_move_out(
    window: MainWindow,
    qtbot: QtBot,
    demo_desk: Desk,
    demo_clerk: Actor,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    # -- move in: two vacant cards chosen with Ctrl+click, "Move in…" from the card menu
    floor, unit_ids, move_in_day = free_two_units(demo_desk, demo_clerk)
    grid = grid_with_vacant(window, qtbot, floor)
    first, second = indexes_of(grid, unit_ids)
    qtbot.waitUntil(lambda: all(card_of(window, u).status == UnitStatus.VACANT for u in unit_ids))
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.visualRect(first).center())
    qtbot.mouseClick(
        grid.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        grid.visualRect(second).center(),
    )
    assert [c.unit_id for c in grid.selected_cards()] == unit_ids
    choose_from_menu(monkeypatch, "Move &in…")
    grid.customContextMenuRequested.emit(grid.visualRect(second).center())
    wizard = wait_shown(qtbot, window, MoveInWizard)
    assert wizard.unit_ids == unit_ids  # the selection survived the right-click
    numbers = [card_of(window, u).number for u in unit_ids]
    assert wizard.units_page.chosen_label.text() == "Chosen: " + "、".join(numbers)
    fill_wizard(qtbot, wizard, make_pdf(tmp_path / "licence.pdf", 1), move_in_day)
    click_button(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    result = wizard.result_value
    assert result is not None, wizard.error_shown

    with demo_desk.work(demo_clerk) as work:
        view = dossiers.read_dossier(work, result.dossier_id)
    assert view.customer.name == NAME and view.location == "A-3"
    assert sorted(u.unit_id for u in view.units) == sorted(unit_ids)
    assert len(view.documents) == 2 and sum(len(d.attachments) for d in view.documents) == 1
    assert [c.is_emergency for c in view.contacts].count(True) == 1 and len(view.contacts) == 2
    qtbot.waitUntil(lambda: card_of(window, unit_ids[0]).customer == NAME)
    assert card_of(window, unit_ids[1]).status != UnitStatus.VACANT

    # -- the offered label: yes → the print preview of one label
    question = window.part(TenancyMenu).label_question
    assert question is not None and question.isVisible() and result.dossier_number in question.text()
    yes = next(b for b in question.buttons() if question.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    click_button(qtbot, yes)
    preview = wait_shown(qtbot, window, PrintPreviewDialog)
    assert preview.page_count() == 1
    check = window.part(TenancyMenu).label_check()
    assert NAME in check.names()  # only looked at: not on the folder yet (R5)
    assert preview.save_copy(tmp_path / "label.pdf")  # saved (or printed): now it counts
    preview.reject()

    # -- rename: the label check lists the dossier until its label is printed (R5)
    qtbot.waitUntil(lambda: NAME not in check.names())
    page = window.open_dossier(result.dossier_id)  # rename through the dossier's customer dialog
    assert page is not None
    qtbot.mouseClick(page.edit_customer_button, Qt.MouseButton.LeftButton)
    editor = wait_shown(qtbot, page, CustomerDialog)
    editor.name_edit.setText(NEW_NAME)
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    with demo_desk.work(demo_clerk) as work:
        assert [n.name for n in customers.read_customer(work, result.customer_id).former_names] == [NAME]
    qtbot.waitUntil(lambda: NEW_NAME in check.names())  # the open check follows the rename
    row = check.names().index(NEW_NAME)
    assert check.table.item(row, LabelCheckDialog.PRINTED).text().startswith(NAME)
    check.table.selectRow(row)
    click_button(qtbot, check.print_selected_button)
    labels = wait_shown(qtbot, check, LabelsDialog)
    assert labels.count_label.text().startswith("1 ")
    click_button(qtbot, labels.preview_button)
    preview = wait_shown(qtbot, labels, PrintPreviewDialog)
    assert preview.page_count() == 1
    assert NEW_NAME in check.names()  # previewed only
    assert preview.save_copy(tmp_path / "labels.pdf")
    assert NEW_NAME not in check.names()  # printed: no longer listed
    preview.reject()
    labels.reject()
    check.reject()

    # -- move out one unit, then the other
    dialog = window.part(TenancyMenu).move_out(result.dossier_id)
    assert dialog is not None
    fill_move_out(qtbot, dialog, keep=unit_ids[1])
    with qtbot.waitSignal(dialog.moved_out):
        click_button(qtbot, dialog.ok_button)
    assert dialog.result_value is not None and not dialog.result_value.departed
    qtbot.waitUntil(lambda: card_of(window, unit_ids[0]).status == UnitStatus.VACANT)
    assert card_of(window, unit_ids[1]).customer == NEW_NAME

    dialog = window.part(TenancyMenu).move_out(result.dossier_id)
    assert dialog is not None and list(dialog.unit_checks) == [unit_ids[1]]
    fill_move_out(qtbot, dialog)
    with qtbot.waitSignal(dialog.moved_out):
        click_button(qtbot, dialog.ok_button)
    assert dialog.result_value is not None and dialog.result_value.departed
    qtbot.waitUntil(lambda: card_of(window, unit_ids[1]).status == UnitStatus.VACANT)
    with demo_desk.work(demo_clerk) as work:
        assert dossiers.read_dossier(work, result.dossier_id).status == "departed"
    with pytest.raises(PermissionDenied), demo_desk.work(demo_clerk) as work:  # read-only for a clerk (R6)
        add_document(work, result.dossier_id, DocumentInput("other", dt.date(2026, 6, 15), "Late letter"))

    # -- the unit's history shows the tenancy and opens its dossier
    grid.setCurrentIndex(first)
    history = window.floors_page.unit_history
    assert history.topLevelItemCount() >= 1
    assert history.customers()[0] == NEW_NAME
    item = history.topLevelItem(0)
    assert item.text(0).startswith(NEW_NAME)
    history.itemActivated.emit(item, 0)
    page = window.workspace.currentWidget()
    assert isinstance(page, DossierPage) and page.dossier_id == result.dossier_id
    assert not page.editable() and not page.edit_customer_button.isEnabled()  # departed: read-only for a clerk
    assert not page.documents_section.add_action.isEnabled()


def fill_move_out(qtbot: QtBot, dialog: MoveOutDialog, keep: int | None = None) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    if keep is not None:
        click_check(qtbot, dialog.unit_checks[keep])
        assert "Partial" in dialog.partial_label.text()
    assert not dialog.ok_button.isEnabled()
    click_check(qtbot, dialog.keys_check)
    click_check(qtbot, dialog.cards_check)
    qtbot.keyClicks(dialog.electricity_edit, "12345.6")
    qtbot.keyClicks(dialog.water_edit, "678")
    click_check(qtbot, dialog.deposit_buttons["refunded"])
    dialog.forwarding_edit.setText("王五 13700000000")
    assert dialog.missing() == []
    assert dialog.ok_button.isEnabled()


def recently_vacated(desk: Desk) -> tuple[int, dt.date]:
    """A vacant unit and the day its last tenant left."""
    with desk.read(None) as work:
        building = buildings.list_buildings(work)[0]
        for card in buildings.unit_cards(work, building_id=building.id):
            if card.status == UnitStatus.VACANT:
                stays = tenancy.unit_history(work, card.unit_id)
                if stays and stays[0].end is not None and stays[0].end > stays[0].start + dt.timedelta(days=2):
                    return card.unit_id, stays[0].end
    raise AssertionError("no vacated unit in the demo")


def test_a_refusal_is_shown_on_its_page_and_the_wizard_stays(
    window: MainWindow, qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor
) -> None:
    unit_id, left = recently_vacated(demo_desk)
    wizard = window.part(TenancyMenu).move_in([unit_id])
    assert wizard is not None
    qtbot.waitExposed(wizard)
    assert wizard.unit_ids == [unit_id]
    click_next(qtbot, wizard)
    # An existing customer, found as you type part of the name.
    with demo_desk.read(None) as work:
        some = buildings.unit_cards(work, building_id=buildings.list_buildings(work)[0].id)
    name = next(c.customer for c in some if c.customer)
    assert name is not None
    qtbot.mouseClick(wizard.customer_page.existing_radio, Qt.MouseButton.LeftButton)
    wizard.customer_page.search_edit.setText(name[2:6])
    assert wizard.customer_page.matches.count() >= 1
    click_next(qtbot, wizard)
    dates = wizard.tenancy_page
    dates.move_in_edit.setDate(to_qdate(left - dt.timedelta(days=1)))  # the last tenant was still there
    dates.emergency["name"].setText("张三")
    qtbot.keyClicks(dates.emergency["mobile"], "13800000000")
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    click_button(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert wizard.isVisible() and wizard.result_value is None
    assert wizard.currentId() == MoveInWizard.TENANCY  # back where the problem is: the move-in date
    error = dates.errors["tenancy.move_in"]
    assert error.isVisible() and "occupied" in error.text()
    assert format_date(left) in error.text()  # dates as the interface writes them, not ISO
    with demo_desk.read(None) as work:
        assert tenancy.unit_history(work, unit_id)[0].end == left  # nothing written

    # Fixed on its page: the move-in day the last tenant left works.
    dates.move_in_edit.setDate(to_qdate(left))
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    with qtbot.waitSignal(wizard.moved_in):
        click_button(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert wizard.result_value is not None
    with demo_desk.read(None) as work:
        view = dossiers.read_dossier(work, wizard.result_value.dossier_id)
    assert view.customer.name == name and len(view.contacts) == 1  # the existing customer, no new one
    assert window.part(TenancyMenu).label_question is not None
    window.part(TenancyMenu).label_question.reject()  # no label now: the label check lists the dossier as never printed
    check = window.part(TenancyMenu).label_check()
    row = next(i for i, r in enumerate(check.rows) if r.dossier_id == wizard.result_value.dossier_id)
    assert check.table.item(row, LabelCheckDialog.PRINTED).text() == "never printed"
    check.reject()


def test_a_scan_dropped_on_a_paper_ticks_it(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    wizard = window.part(TenancyMenu).move_in([])
    assert wizard is not None
    papers = wizard.papers_page
    scan = make_pdf(tmp_path / "lease.pdf", 3)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(scan))])
    target = papers.scans[1]
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(QPoint(5, 5), action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(5, 5), action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    assert target.text() == str(scan)
    assert papers.received[1].checkState() == Qt.CheckState.Checked
    data, files = papers.papers(dt.date(2026, 6, 1))[0]
    assert files == [scan] and data.requirement == papers.items[1].code and data.doc_date == dt.date(2026, 6, 1)
    wizard.reject()


def test_missing_papers_on_the_overview_and_a_departed_dossier_is_read_only_for_a_clerk(
    window: MainWindow, qtbot: QtBot, demo_desk: Desk, demo_clerk: Actor
) -> None:
    with demo_desk.read(None) as work:
        building = buildings.list_buildings(work)[0]
        cards = buildings.unit_cards(work, building_id=building.id)
    card = next(c for c in cards if c.missing_documents and c.status == UnitStatus.OCCUPIED)
    page = window.open_dossier(card.dossier_id)
    assert page is not None and page.editable()
    assert not page.missing_box.isHidden() and len(page.missing) == card.missing_documents
    assert page.missing[0].title in page.missing_label.text()
    assert page.documents_section.add_action.isEnabled() and page.edit_customer_button.isEnabled()
    with demo_desk.work(demo_clerk) as work:
        tenancy.move_out(work, card.tenancy_id, day=dt.date(2026, 6, 15), checklist=COMPLETE)
    qtbot.waitUntil(lambda: page.view is not None and page.view.status == "departed")
    assert not page.editable()
    section = page.documents_section
    for action in (section.add_action, section.edit_action, section.trash_action, page.add_contact_action):
        assert not action.isEnabled()
    assert not page.edit_customer_button.isEnabled()
    section.select_ids({section.model.row(0).id})
    assert not section.edit_action.isEnabled()  # a new selection does not bring editing back


def test_a_half_typed_contact_is_not_dropped_silently(window: MainWindow, qtbot: QtBot) -> None:
    wizard = window.part(TenancyMenu).move_in()
    assert wizard is not None
    qtbot.waitExposed(wizard)
    page = wizard.tenancy_page
    page.emergency["name"].setText("李四")
    page.emergency["mobile"].setText("13900000000")
    assert page.isComplete()
    page.contact["mobile"].setText("13800000000")  # a mobile, but whose?
    assert not page.isComplete() and not page.errors["main.name"].isHidden()  # said beside the name
    page.contact["name"].setText("张三")
    assert page.isComplete() and page.errors["main.name"].isHidden()
    assert [c.name for c in page.contacts()] == ["张三", "李四"]
    wizard.reject()


def test_a_floor_without_vacant_units_says_so(window: MainWindow, qtbot: QtBot, demo_desk: Desk) -> None:
    with demo_desk.read(None) as work:
        cards = buildings.unit_cards(work, building_id=buildings.list_buildings(work)[0].id)
    full = sorted({c.floor for c in cards} - {c.floor for c in cards if c.status == UnitStatus.VACANT})
    if not full:
        pytest.skip("every floor of the demo has a vacant unit")
    wizard = window.part(TenancyMenu).move_in()
    assert wizard is not None
    page = wizard.units_page
    page.floor_box.setCurrentIndex(page.floor_box.findText(full[0]))
    assert page.units.count() == 1 and "No vacant unit" in page.units.item(0).text()
    assert page.units.item(0).flags() == Qt.ItemFlag.NoItemFlags  # nothing to tick there
    wizard.reject()
